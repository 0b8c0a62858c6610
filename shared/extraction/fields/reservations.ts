// Dissents → reservations (kind, parties as printed, names, the body where they were made), in
// document order. `in` comes from the decision paragraph a dissent follows, or the text naming it.
import type { Reservation } from '../../model/case-record.ts';
import { capitalizeFirst, type ExtractionContext } from '../extraction-context.ts';
import {
  DISSENT_CUE_RE,
  DISSENT_PARTIES_RES,
  partiesOfList,
  RESERVATION_CONTEXT_RULES,
  RESERVATION_PAGE_HEAD_RE,
  RESERVATION_RULES,
  RESERVATION_SIGNER_RE,
} from '../rules/reservation-rules.ts';
import { OPINION_HEADING_RE } from '../rules/section-rules.ts';
import { lineIndexAtOffset } from '../text/document-text.ts';
import { parsePersonList, partiesIn } from '../text/person-names.ts';

const LEADING_HEADING_RE =
  /^\s*(?:Reservation(?:er)?|Särskil(?:t|da)\s+(?:yttrande|yttranden|uttalande|uttalanden)|Ersättaryttrande(?:n)?|Protokollsanteckning(?:ar)?)\s*:?\s*\n/u;

/** Who dissented, given by party only: `ledamöterna för (S) och (V)`, `(KD) och (M)`. */
const PARTIES_ONLY_RE =
  /^(?:(?:de\s+)?(?:ledamöterna|ledamoten|företrädarna|ersättarna)\s+(?:för|från)\s+)?\(\p{L}{1,4}\)(?:\s*(?:,|och)\s*\(\p{L}{1,4}\))*$/u;

interface Positioned {
  offset: number;
  reservation: Reservation;
}

/** For each line, the body whose decision paragraph it follows (one pass over the document). */
function contextBodies(ctx: ExtractionContext): (string | null)[] {
  let body: string | null = null;
  /** The last council body named by a fixed rule; a consulted body's context ends at the next opinion. */
  let fixed: string | null = null;
  return ctx.doc.lines.map((line) => {
    if (body !== fixed && OPINION_HEADING_RE.test(line.text) && !/^(?:Reservation|Särskilt)/u.test(line.text))
      body = fixed;
    for (const rule of RESERVATION_CONTEXT_RULES) {
      const m = rule.pattern.exec(line.text);
      if (m) {
        body = rule.body ?? (m[1] ? capitalizeFirst(m[1]) : null);
        if (rule.body) fixed = rule.body;
        break;
      }
    }
    return body;
  });
}

function readPageReservations(ctx: ExtractionContext): Positioned[] {
  const out: Positioned[] = [];
  const { doc } = ctx;
  for (let page = 1; page <= doc.pageCount; page++) {
    const first = doc.lines.findIndex((l) => l.page === page);
    if (first < 0) continue;
    const head = `${doc.lines[first]?.text ?? ''}\n${doc.lines[first + 1]?.text ?? ''}`;
    const m = RESERVATION_PAGE_HEAD_RE.exec(head);
    if (!m?.groups?.in) continue;
    const names: string[] = [];
    const parties: string[] = [];
    for (let i = first + 2; i < doc.lines.length && doc.lines[i]?.page === page; i++) {
      const signer = RESERVATION_SIGNER_RE.exec(doc.lines[i]?.text ?? '');
      if (!signer?.groups?.name || !signer.groups.party) continue;
      names.push(signer.groups.name);
      if (!parties.includes(signer.groups.party)) parties.push(signer.groups.party);
    }
    out.push({
      offset: doc.lines[first]?.start ?? 0,
      reservation: { kind: 'reservation', parties, names, in: capitalizeFirst(m.groups.in.trim()) },
    });
  }
  return out;
}

/** How far before its keyword a dissent's names may start, and how far after it the sentence may run. */
const BEFORE = 480;
const AFTER = 260;

/**
 * A rule's matches, searched only in windows around its keyword (a rule with a long lazy prefix is
 * costly over a whole document); each window starts at a line start, so no match starts mid-name.
 */
function matchesNear(
  text: string,
  rule: (typeof RESERVATION_RULES)[number],
): { m: RegExpExecArray; at: number }[] {
  const out: { m: RegExpExecArray; at: number }[] = [];
  const seen = new Set<number>();
  for (
    let idx = text.indexOf(rule.requires);
    idx >= 0;
    idx = text.indexOf(rule.requires, idx + rule.requires.length)
  ) {
    const start = text.lastIndexOf('\n', Math.max(0, idx - BEFORE)) + 1;
    const window = text.slice(start, idx + AFTER);
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(window); m; m = rule.pattern.exec(window)) {
      const at = start + m.index;
      if (!seen.has(at)) {
        seen.add(at);
        out.push({ m, at });
      }
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  return out;
}

const SENTENCE_END_RE = /(?<!\bm\.\s?fl|\bbl\.a|\bt\.ex|\bo\.s\.v|\bd\.v\.s|\bfl)[.:](?=\s)/gu;

function kindOf(cue: string): Reservation['kind'] {
  if (/^[Ee]rsättar/u.test(cue)) return 'ersattaryttrande';
  if (/^särskil/u.test(cue)) return 'sarskilt_uttalande';
  return 'reservation';
}

/** The parties whose members (not named) dissent: `ledamöterna för C och SD` → `['C', 'SD']`. */
function membersOf(text: string): string[] | null {
  const list = MEMBERS_OF_RE.exec(text)?.groups?.list;
  const parties = list
    ? partiesOfList(list.split(/\s(?:reserverar|reserverade|lämnar|lämnade|till\s+förmån|mot)\s/u)[0] ?? '')
    : [];
  return parties.length > 0 ? parties : null;
}

const MEMBERS_OF_RE =
  /(?<![\p{L}])(?:[Ll]edamöterna|[Ll]edamoten|[Ff]öreträdarna)\s+(?:för|från)\s+(?<list>[^.]{1,160})/u;

/**
 * Dissent sentences no phrasing above read (`KD och M reserverar sig mot beslutet`, `Ledamoten för V
 * lämnade ett särskilt yttrande`, `… fattades med reservation från ledamöterna för C`): the kind from
 * the dissent word, the parties from the sentence, the people from their party brackets.
 */
function readDissentSentences(
  ctx: ExtractionContext,
  already: readonly Positioned[],
  contexts: () => (string | null)[],
): Positioned[] {
  const text = ctx.doc.text;
  const out: Positioned[] = [];
  DISSENT_CUE_RE.lastIndex = 0;
  for (let m = DISSENT_CUE_RE.exec(text); m; m = DISSENT_CUE_RE.exec(text)) {
    const cue = m.index;
    const before = text.slice(Math.max(0, cue - 400), cue);
    // the sentence starts after the last full stop that is no abbreviation's (`m.fl.`, `bl.a.`)
    let stop = -1;
    for (const end of before.matchAll(SENTENCE_END_RE)) stop = end.index;
    // a heading line above the sentence (`Reservation`) starts it as well
    const lineStart = before.lastIndexOf('\n');
    const headingAbove =
      lineStart > 0 &&
      LEADING_HEADING_RE.test(`${before.slice(before.lastIndexOf('\n', lineStart - 1) + 1, lineStart)}\n`);
    // … and so does its paragraph (a heading line over it is its own paragraph)
    let para = lineIndexAtOffset(ctx.doc, cue);
    while (para > 0 && !ctx.doc.lines[para]?.paragraphStart && !ctx.doc.lines[para - 1]?.heading) para--;
    const paraStart = ctx.doc.hasLayout ? (ctx.doc.lines[para]?.start ?? 0) : 0;
    const start = Math.max(
      cue - before.length + Math.max(stop >= 0 ? stop + 2 : 0, headingAbove ? lineStart + 1 : 0),
      paraStart,
    );
    const endMatch = /\.(?:\s|$)/u.exec(text.slice(cue));
    const end = cue + (endMatch ? endMatch.index : Math.min(300, text.length - cue));
    if (already.some((f) => f.offset >= start && f.offset <= end) || out.some((f) => f.offset === start))
      continue;
    const sentence = text.slice(start, end).replace(/\s+/gu, ' ').trim();
    // the people before the dissent word, or after it (`Mot beslutet reserverar sig Eva Lind (MP) …`)
    const lead = sentence.slice(0, cue - start);
    const people = /\(\p{L}{1,4}\)/u.test(lead)
      ? parsePersonList(lead)
      : parsePersonList(
          sentence
            .slice(cue - start + m[0].length)
            .split(/\s(?:mot|till förmån|med hänvisning|skriftligen)\b/u)[0] ?? '',
        );
    let parties = partiesIn(people);
    let names = people.filter((p) => p.party !== null).map((p) => p.name);
    // `ledamöterna för (kd), (v) och (c)`: the parties' members, no one by name
    const members = membersOf(sentence);
    if (members) {
      parties = members;
      names = [];
    }
    // (`Mot beslutet reserverar sig ledamöterna för (kd), (v) och (c)`: with no names, the party
    // list says more than the first bracket read as a person's)
    if (names.length === 0) {
      const list = DISSENT_PARTIES_RES.map((re) => re.exec(sentence)?.[1]).find((x) => x);
      const listed = list ? partiesOfList(list) : [];
      if (listed.length > parties.length) parties = listed;
    }
    if (parties.length === 0) continue;
    out.push({
      offset: start,
      reservation: {
        kind: kindOf(m[0]),
        parties,
        names: parties.length > 0 ? names : [],
        in: contexts()[lineIndexAtOffset(ctx.doc, start)] ?? null,
      },
    });
  }
  return out;
}

export function extractReservations(ctx: ExtractionContext): Reservation[] {
  const text = ctx.doc.text;
  const found: Positioned[] = readPageReservations(ctx);
  let context: (string | null)[] | null = null;
  for (const rule of RESERVATION_RULES) {
    for (const { m, at } of matchesNear(text, rule)) {
      const g = m.groups ?? {};
      let names: string[] = [];
      let parties: string[] = [];
      const partyList = g.parties ?? g.parties2;
      if (g.names) {
        // a heading line (`Reservation`, `Särskilt yttrande`) above the dissent is not part of its names
        // (`Socialdemokraternas ledamöter (S) genom Eva Lind`: the party's members speak through her)
        const printed = g.names
          .replace(LEADING_HEADING_RE, '')
          .replace(/^[^()]*\((\p{L}{1,4})\)\s+genom\s+([^()]+)$/u, '$2 ($1)');
        const people = parsePersonList(printed);
        names = people.map((p) => p.name);
        parties = partiesIn(people);
        // `Ledamöterna för Centerpartiet (C), Moderaterna (M) och …`: members of parties, no names
        const members = membersOf(printed);
        if (members) {
          parties = members;
          names = [];
        }
        // `ledamöterna för (S) och (V)`, `(KD) och (M)`: the parties alone, no names
        if (names.length === 0 && PARTIES_ONLY_RE.test(printed.trim()))
          parties = [...printed.matchAll(/\((\p{L}{1,4})\)/gu)].map((p) => p[1] ?? '').filter(Boolean);
      } else if (partyList) {
        parties = partyList
          .split(/\s*(?:,|och|\+)\s*/u)
          .map((p) => p.replace(/[()]/gu, '').trim())
          .filter((p) => /^\p{L}{1,4}$/u.test(p));
      }
      if (names.length === 0 && parties.length === 0) continue;
      context ??= contextBodies(ctx);
      const place = g.in ?? g.in2;
      const where = place
        ? capitalizeFirst(place.trim().replace(/^(?:sitt|ett|den|det)\s+/u, ''))
        : (context[lineIndexAtOffset(ctx.doc, at)] ?? null);
      found.push({ offset: at, reservation: { kind: rule.kind, parties, names, in: where } });
    }
  }
  found.push(...readDissentSentences(ctx, found, () => (context ??= contextBodies(ctx))));
  // one dissent reported twice (a decision list and the summary) is one reservation
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.offset - b.offset)
    .map((p) => p.reservation)
    .filter((r) => {
      const key = `${r.kind}|${[...r.parties]
        .map((x) => x.toUpperCase())
        .sort()
        .join(',')}|${(r.in ?? '').toLowerCase()}|${r.names.join(',')}`;
      const loose = `${r.kind}|${[...r.parties]
        .map((x) => x.toUpperCase())
        .sort()
        .join(',')}|${(r.in ?? '').toLowerCase()}`;
      if (seen.has(key) || (r.names.length === 0 && seen.has(loose))) return false;
      seen.add(key);
      seen.add(loose);
      return true;
    });
}
