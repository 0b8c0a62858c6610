// Gold records + predicted records → per-field scores and the overall macro score, with the same
// rules as test/fixtures/corpus/score.mjs (exact scalars, set F1 for lists, consultations by body).

export interface FieldScore {
  field: string;
  score: number;
  detail: string;
}

export interface CorpusScore {
  documents: number;
  overall: number;
  fields: FieldScore[];
  misses: string[];
}

type Json = Record<string, unknown>;

const SCALAR_FIELDS = [
  'documentType',
  'documentNumber',
  'rotel',
  'diarienummer',
  'title',
  'subject.kind',
  'subject.reference',
  'subject.from',
  'outcome',
  'presenter',
  'decisionBody',
  'proposedBy',
  'date',
] as const;

function norm(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return String(v)
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function get(o: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((x, k) => (x === null || x === undefined ? undefined : (x as Json)[k]), o);
}

function list(o: unknown, path: string): Json[] {
  const v = get(o, path);
  return Array.isArray(v) ? (v as Json[]) : [];
}

export function scoreCorpus(
  gold: ReadonlyMap<string, Json>,
  predicted: ReadonlyMap<string, Json>,
): CorpusScore {
  const stats = new Map<string, { hit: number; total: number; tp: number; fp: number; fn: number }>();
  const misses: string[] = [];
  const add = (f: string, k: 'hit' | 'total' | 'tp' | 'fp' | 'fn') => {
    const s = stats.get(f) ?? { hit: 0, total: 0, tp: 0, fp: 0, fn: 0 };
    s[k]++;
    stats.set(f, s);
  };
  const setF1 = <T>(field: string, g: readonly T[], p: readonly T[], key: (x: T) => string) => {
    const left = p.map(key);
    for (const x of g.map(key)) {
      const i = left.indexOf(x);
      if (i >= 0) {
        add(field, 'tp');
        left.splice(i, 1);
      } else {
        add(field, 'fn');
        misses.push(`${field} missing ${x}`);
      }
    }
    for (const x of left) {
      add(field, 'fp');
      misses.push(`${field} extra ${x}`);
    }
  };
  const names = [...gold.keys()].sort();
  for (const doc of names) {
    const g = gold.get(doc) ?? {};
    const p = predicted.get(doc) ?? {};
    for (const f of SCALAR_FIELDS) {
      add(f, 'total');
      const gv = norm(get(g, f));
      const pv = norm(get(p, f));
      if (gv === pv) add(f, 'hit');
      else misses.push(`${f} ${doc} gold=${gv} pred=${pv}`);
    }
    const authorKey = (a: Json) => `${norm(a.name)}|${norm(a.party)}`;
    setF1('subject.authors', list(g, 'subject.authors'), list(p, 'subject.authors'), authorKey);
    setF1('signatories', list(g, 'signatories'), list(p, 'signatories'), (x) => norm(x) ?? '');
    setF1('proposedDecision', list(g, 'proposedDecision'), list(p, 'proposedDecision'), (x) => norm(x) ?? '');
    const partiesKey = (r: Json) =>
      `${norm(r.kind)}|${(Array.isArray(r.parties) ? r.parties : []).map(norm).sort().join(',')}`;
    setF1('reservations', list(g, 'reservations'), list(p, 'reservations'), partiesKey);
    const gc = list(g, 'consultations');
    const pc = [...list(p, 'consultations')];
    setF1('consultations.body', gc, pc, (c) => norm(c.body) ?? '');
    for (const gcon of gc) {
      const i = pc.findIndex((x) => norm(x.body) === norm(gcon.body));
      const match = i >= 0 ? pc.splice(i, 1)[0] : undefined;
      for (const attr of ['stance', 'bodyType', 'meetingDate', 'statementDate']) {
        const f = `consultations.${attr}`;
        add(f, 'total');
        const gv = norm(gcon[attr]);
        const pv = match ? norm(match[attr]) : '<no match>';
        if (gv === pv) add(f, 'hit');
        else misses.push(`${f} ${doc} ${String(gcon.body)}: gold=${gv} pred=${pv}`);
      }
    }
  }
  const fields: FieldScore[] = [];
  for (const [field, s] of stats) {
    if (s.total > 0) fields.push({ field, score: s.hit / s.total, detail: `${s.hit}/${s.total}` });
    else {
      const prec = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
      const rec = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
      const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
      fields.push({ field, score: f1, detail: `tp=${s.tp} fp=${s.fp} fn=${s.fn}` });
    }
  }
  const overall = fields.reduce((a, r) => a + r.score, 0) / Math.max(1, fields.length);
  return { documents: names.length, overall, fields, misses };
}
