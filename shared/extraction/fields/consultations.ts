// The remiss list and the answers → one consultation per consulted body, in list order: official
// name, body type, stance (with the passage it was read from and its page), meeting and statement
// dates. A listed body whose answer is not in the document keeps stance null and gets an issue.
import type { Consultation, Stance } from '../../model/case-record.ts';
import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import { STOCKHOLM_BODIES } from '../rules/body-register.ts';
import {
  BULLET_LIST_HEAD_RE,
  BULLET_LIST_ITEM_RE,
  DISTRICT_GROUP_RE,
  DISTRICT_GROUP_STATEMENT_RE,
  DISTRICT_GROUP_SUFFIX_RE,
  INDIRECT_SUBJECT_RE,
  MEETING_DATE_RES,
  REMISS_LIST_END_RE,
  REMISS_LIST_RES,
  STATEMENT_DATE_RES,
  SUMMARY_END_RE,
  UNLISTED_ANSWER_RES,
} from '../rules/consultation-rules.ts';
import { matchFirstRule } from '../rules/rule.ts';
import { OPINION_HEADING_RE, SECTION_HEADING_RE } from '../rules/section-rules.ts';
import { STANCE_RULES } from '../rules/stance-rules.ts';
import { lineIndexAtOffset, pageAtOffset } from '../text/document-text.ts';
import { isoFromGroups } from '../text/swedish-date.ts';
import { type ResolvedBody, resolveBody, resolveDistrictItem } from './body-names.ts';

interface Sentence {
  text: string;
  start: number;
  isHeading: boolean;
}

interface Chunk {
  body: number;
  primary: boolean;
  sentences: Sentence[];
}

const LIST_SPLIT_RE = /\s*[,;]\s*|(?<!-)\s+(?:och|samt)\s+/u;
/** Abbreviations whose final period does not end a sentence (`m.fl.`, `t.ex.`), lower-case. */
const ABBREVIATIONS = new Set([
  'm.fl',
  'fl',
  't.ex',
  'ex',
  'bl.a',
  'b.la',
  's.k',
  'd.v.s',
  'dvs',
  'resp',
  'ca',
  'nr',
  'kap',
  'jfr',
  'st',
  'f.d',
  'o.d',
  'fr.o.m',
  't.o.m',
  'p',
  'l',
  'mom',
  'a',
  'm',
  's',
  'k',
]);

function endsWithAbbreviation(before: string): boolean {
  const token = /\S*$/u.exec(before)?.[0].toLowerCase() ?? '';
  return ABBREVIATIONS.has(token);
}
const SENTENCE_END_RE = /[.!?](?=\s+[A-ZÀ-ÖØ-Þ\d–"(])/gu;
const BULLET_RE = /^[–•*-]\s/u;
const MAX_EVIDENCE = 400;
const JOINED_REGISTER_NAMES = new Set(
  STOCKHOLM_BODIES.map((b) => b.name.toLowerCase()).filter((n) => /[^-] och /u.test(n)),
);

interface ListedBody extends ResolvedBody {
  /** A bare proper name that only makes sense inside a grouped district list. */
  isBare: boolean;
}

function findListStart(text: string, from: number): { index: number; end: number } | null {
  let best: { index: number; end: number } | null = null;
  const slice = text.slice(from);
  for (const re of REMISS_LIST_RES) {
    const m = re.exec(slice);
    if (m && (!best || from + m.index < best.index))
      best = { index: from + m.index, end: from + m.index + m[0].length };
  }
  return best;
}

const REMISS_LIST_GLOBAL_RES = REMISS_LIST_RES.map((re) => new RegExp(re.source, `${re.flags}g`));

function findAllListStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  for (const re of REMISS_LIST_GLOBAL_RES) {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  }
  return starts.sort((a, b) => a - b);
}

function sentenceSlice(text: string, start: number): string {
  const rest = text.slice(start, start + 1500);
  const end = REMISS_LIST_END_RE.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).replace(/\s+/gu, ' ').trim();
}

/** The items of a list printed as bullets after `till följande …:`; null when it is not one. */
function bulletItems(text: string, start: number): string[] | null {
  const rest = text.slice(start, start + 3000);
  const head = BULLET_LIST_HEAD_RE.exec(rest);
  if (!head) return null;
  const items: string[] = [];
  for (const line of rest.slice(head[0].length).split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    const m = BULLET_LIST_ITEM_RE.exec(t);
    if (!m?.[1]) break;
    items.push(m[1]);
  }
  return items.length > 0 ? items : null;
}

function splitItems(list: string): string[] {
  const raw = list
    .split(LIST_SPLIT_RE)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const items: string[] = [];
  for (const item of raw) {
    const prev = items[items.length - 1];
    if (prev !== undefined && JOINED_REGISTER_NAMES.has(`${prev} och ${item}`.toLowerCase())) {
      items[items.length - 1] = `${prev} och ${item}`;
    } else items.push(item);
  }
  return items;
}

function resolveItems(items: readonly string[], year: number | null, stockholm: boolean): ListedBody[] {
  const out: ListedBody[] = [];
  let inGroup = false;
  for (const item of items) {
    const group = DISTRICT_GROUP_RE.exec(item);
    if (group?.[1]) {
      const d = resolveDistrictItem(group[1], year, stockholm);
      if (d) {
        out.push({ ...d, isBare: false });
        inGroup = true;
        continue;
      }
    }
    const suffix = DISTRICT_GROUP_SUFFIX_RE.exec(item);
    if (suffix?.[1]) {
      // `Farsta, Norrmalms och Östermalms stadsdelsnämnder`: earlier bare names belong to the group
      for (let i = out.length - 1; i >= 0 && out[i]?.isBare; i--) {
        const bare = out[i];
        const d = bare ? resolveDistrictItem(bare.name, year, stockholm) : null;
        if (d) out[i] = { ...d, isBare: false };
      }
      const d = resolveDistrictItem(suffix[1], year, stockholm);
      if (d) out.push({ ...d, isBare: false });
      inGroup = false;
      continue;
    }
    if (inGroup) {
      const d = resolveDistrictItem(item, year, stockholm);
      if (d) {
        out.push({ ...d, isBare: false });
        continue;
      }
      inGroup = false;
    }
    const body = resolveBody(item, year, stockholm);
    out.push({ ...body, isBare: /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+s?$/u.test(item) });
  }
  const seen = new Set<string>();
  return out.filter((b) => {
    const key = b.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sentences of lines [from, to); heading lines and bullets are sentences of their own. */
function splitSentences(
  ctx: ExtractionContext,
  from: number,
  to: number,
  isHeading: (line: string) => boolean,
): Sentence[] {
  const out: Sentence[] = [];
  let buffer = '';
  let start = 0;
  const flush = () => {
    if (buffer.trim()) out.push({ text: buffer.trim(), start, isHeading: false });
    buffer = '';
  };
  for (let i = from; i < to; i++) {
    const line = ctx.doc.lines[i];
    if (!line) break;
    if (isHeading(line.text)) {
      flush();
      out.push({ text: line.text, start: line.start, isHeading: true });
      continue;
    }
    if (BULLET_RE.test(line.text)) flush();
    if (!buffer) start = line.start;
    const base = buffer ? `${buffer} ` : '';
    const joined = base + line.text;
    let cut = 0;
    SENTENCE_END_RE.lastIndex = Math.max(0, base.length - 1);
    for (let m = SENTENCE_END_RE.exec(joined); m; m = SENTENCE_END_RE.exec(joined)) {
      if (endsWithAbbreviation(joined.slice(Math.max(cut, m.index - 12), m.index))) continue;
      out.push({ text: joined.slice(cut, m.index + 1).trim(), start: start + cut, isHeading: false });
      cut = m.index + 1;
      while (joined.charAt(cut) === ' ') cut++;
    }
    buffer = joined.slice(cut);
    start += cut;
    if (/[.!?]$/u.test(line.text) && i + 1 < to) flush();
  }
  flush();
  return out;
}

interface AliasEntry {
  alias: string;
  body: number;
}

/** Aliases by their first three letters, longest first, so a sentence is checked against few. */
interface AliasIndex {
  byPrefix: Map<string, AliasEntry[]>;
  exact: Map<string, number>;
  all: AliasEntry[];
}

function buildAliases(bodies: readonly ListedBody[]): AliasIndex {
  const all: AliasEntry[] = [];
  bodies.forEach((b, body) => {
    for (const alias of new Set([b.name.toLowerCase(), ...b.aliases]))
      if (alias.length >= 3) all.push({ alias, body });
  });
  all.sort((a, b) => b.alias.length - a.alias.length);
  const byPrefix = new Map<string, AliasEntry[]>();
  const exact = new Map<string, number>();
  for (const e of all) {
    const key = e.alias.slice(0, 3);
    const list = byPrefix.get(key);
    if (list) list.push(e);
    else byPrefix.set(key, [e]);
    if (!exact.has(e.alias)) exact.set(e.alias, e.body);
  }
  return { byPrefix, exact, all };
}

/** The name ends here, allowing a genitive ending (`nämndens`, `AB:s`). */
const NAME_END_RE = /^(?:s:s|:s|ns|s)?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;

function isNameEnd(text: string, at: number): boolean {
  return NAME_END_RE.test(text.slice(at, at + 4));
}

function mentionAtStart(lower: string, aliases: AliasIndex): number | null {
  for (const { alias, body } of aliases.byPrefix.get(lower.slice(0, 3)) ?? []) {
    if (lower.startsWith(alias) && isNameEnd(lower, alias.length)) return body;
  }
  return null;
}

function mentionNearStart(lower: string, aliases: AliasIndex): number | null {
  const head = lower.slice(0, 160);
  for (const { alias, body } of aliases.all) {
    const at = head.indexOf(` ${alias}`);
    if (at >= 0 && isNameEnd(head, at + 1 + alias.length)) return body;
  }
  return null;
}

function headingBody(line: string, aliases: AliasIndex): number | null {
  if (line.length > 90) return null;
  return aliases.exact.get(line.trim().toLowerCase()) ?? null;
}

function isListSentence(text: string): boolean {
  // cheap guard first: most sentences never mention a remiss
  if (!/remi[st]|Remissinstans/u.test(text)) return false;
  return REMISS_LIST_RES.some((re) => re.test(text));
}

/** The bodies of a statement made for several districts at once; empty unless two or more. */
function groupBodies(flat: string, aliases: AliasIndex): number[] {
  const m = DISTRICT_GROUP_STATEMENT_RE.exec(flat);
  const names = m?.[1] ?? m?.[2];
  if (!names) return [];
  const bodies: number[] = [];
  for (const name of names.split(/\s*,\s*|\s+och\s+/u)) {
    const body = aliases.exact.get(`${name.toLowerCase()} stadsdelsnämnd`);
    if (body !== undefined && !bodies.includes(body)) bodies.push(body);
  }
  return bodies.length >= 2 ? bodies : [];
}

function collectChunks(
  ctx: ExtractionContext,
  from: number,
  to: number,
  aliases: AliasIndex,
  primary: boolean,
  byHeadingOnly: boolean,
): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  /** Further chunks that share the current one's sentences (a statement for several districts). */
  let shared: Chunk[] = [];
  let inList = false;
  const isHeading = (line: string) => SECTION_HEADING_RE.test(line) || headingBody(line, aliases) !== null;
  for (const s of splitSentences(ctx, from, to, isHeading)) {
    if (s.isHeading) {
      const body = headingBody(s.text, aliases);
      current = body === null ? null : { body, primary, sentences: [] };
      shared = [];
      if (current) chunks.push(current);
      continue;
    }
    // the bullets of a remiss list name bodies but say nothing of their answers
    if (inList && BULLET_RE.test(s.text)) continue;
    const flat = s.text.replace(/\s+/gu, ' ').replace(BULLET_RE, '');
    inList = isListSentence(flat);
    if (inList) {
      current = null;
      shared = [];
      continue;
    }
    const group = byHeadingOnly ? [] : groupBodies(flat, aliases);
    if (group.length > 0) {
      const made = group.map((body) => ({ body, primary, sentences: [] as Sentence[] }));
      chunks.push(...made);
      current = made[0] ?? null;
      shared = made.slice(1);
    } else if (!byHeadingOnly) {
      const lower = flat.toLowerCase();
      const body =
        mentionAtStart(lower, aliases) ??
        (INDIRECT_SUBJECT_RE.test(flat) ? mentionNearStart(lower, aliases) : null);
      if (body !== null && (body !== current?.body || shared.length > 0)) {
        current = { body, primary, sentences: [] };
        shared = [];
        chunks.push(current);
      }
    }
    current?.sentences.push({ ...s, text: flat });
    for (const c of shared) c.sentences.push({ ...s, text: flat });
  }
  return chunks;
}

interface StanceReading {
  stance: Stance;
  evidence: string;
  offset: number;
}

function readChunk(chunk: Chunk): StanceReading | null {
  if (chunk.sentences.length === 0) return null;
  const text = chunk.sentences.map((s) => s.text).join(' ');
  const match = matchFirstRule(text.toLowerCase(), STANCE_RULES);
  let pos = 0;
  let sentence = chunk.sentences[0];
  for (const s of chunk.sentences) {
    if (match && pos > match.index) break;
    sentence = s;
    pos += s.text.length + 1;
  }
  if (!sentence) return null;
  return {
    stance: match?.label ?? 'unclear',
    evidence: sentence.text.slice(0, MAX_EVIDENCE),
    offset: sentence.start,
  };
}

function readStance(chunks: readonly Chunk[]): StanceReading | null {
  const primary = chunks.filter((c) => c.primary);
  const pool = primary.length > 0 ? primary : chunks;
  let first: StanceReading | null = null;
  for (const chunk of pool) {
    const reading = readChunk(chunk);
    if (!reading) continue;
    if (reading.stance !== 'unclear') return reading;
    first ??= reading;
  }
  return first;
}

function readDate(chunks: readonly Chunk[], res: readonly RegExp[], guard: RegExp): string | null {
  for (const chunk of chunks) {
    for (const s of chunk.sentences) {
      if (!guard.test(s.text)) continue;
      for (const re of res) {
        const m = re.exec(s.text);
        const iso = m ? isoFromGroups(m, 1) : null;
        if (iso) return iso;
      }
    }
  }
  return null;
}

function zoneEnd(ctx: ExtractionContext, fromLine: number): number {
  for (let i = fromLine + 1; i < ctx.doc.lines.length; i++) {
    const text = ctx.doc.lines[i]?.text ?? '';
    if (OPINION_HEADING_RE.test(text) || text === 'Remissammanställning' || SUMMARY_END_RE.test(text))
      return i;
  }
  return ctx.doc.lines.length;
}

export function extractConsultations(
  ctx: ExtractionContext,
  year: number | null,
  stockholm: boolean,
): Consultation[] {
  const { doc } = ctx;
  const list = findListStart(doc.text, mainOffset(ctx));
  if (!list) return [];
  const bulleted = bulletItems(doc.text, list.end);
  const items = bulleted ? bulleted.flatMap(splitItems) : splitItems(sentenceSlice(doc.text, list.end));
  const bodies = resolveItems(items, year, stockholm);
  for (const re of UNLISTED_ANSWER_RES) {
    const m = re.exec(doc.text);
    if (!m) continue;
    const extra = resolveItems(
      splitItems(sentenceSlice(doc.text, m.index + m[0].length).replace(/\s+har\s+.*$/u, '')),
      year,
      stockholm,
    );
    for (const b of extra) if (!bodies.some((x) => x.name === b.name)) bodies.push(b);
  }
  if (bodies.length === 0) {
    addIssue(
      ctx,
      'unreadable_list',
      'consultations',
      'remiss list found but no bodies could be read',
      list.index,
    );
    return [];
  }
  const aliases = buildAliases(bodies);
  const chunks: Chunk[] = [];
  let covered = -1;
  for (const start of findAllListStarts(doc.text, mainOffset(ctx))) {
    const startLine = lineIndexAtOffset(doc, start);
    if (startLine < covered) continue;
    covered = zoneEnd(ctx, startLine);
    chunks.push(...collectChunks(ctx, startLine, covered, aliases, true, false));
  }
  doc.lines.forEach((l, i) => {
    // decision lists (`Beslutsunderlag`) date the answers but carry no stance
    if (l.text === 'Beslutsunderlag' && i >= ctx.mainLine) {
      let end = i + 1;
      while (end < doc.lines.length && !SECTION_HEADING_RE.test(doc.lines[end]?.text ?? '')) end++;
      chunks.push(...collectChunks(ctx, i + 1, end, aliases, false, false));
    }
  });
  let lastSummary = -1;
  doc.lines.forEach((l, i) => {
    if (l.text === 'Remissammanställning' && i >= covered) lastSummary = i;
  });
  if (lastSummary >= 0) {
    const hasHeadings = doc.lines.slice(lastSummary).some((l) => headingBody(l.text, aliases) !== null);
    chunks.push(...collectChunks(ctx, lastSummary + 1, doc.lines.length, aliases, false, hasHeadings));
  }
  return bodies.map((b, i) => {
    const own = chunks.filter((c) => c.body === i);
    const reading = readStance(own);
    const path = `consultations[${i}]`;
    if (!reading)
      addIssue(
        ctx,
        'missing_answer',
        `${path}.stance`,
        `no answer from ${b.name} found in the document`,
        list.index,
      );
    else if (reading.stance === 'unclear') {
      addIssue(
        ctx,
        'low_confidence',
        `${path}.stance`,
        `no stance phrase recognised for ${b.name}`,
        reading.offset,
      );
    }
    return {
      body: b.name,
      bodyType: b.type,
      stance: reading?.stance ?? null,
      meetingDate: readDate(own, MEETING_DATE_RES, /\d{4}/u),
      statementDate: readDate(own, STATEMENT_DATE_RES, /\d{4}/u),
      evidence: reading?.evidence ?? null,
      page: reading ? pageAtOffset(doc, reading.offset) : null,
      confidence: reading ? (reading.stance === 'unclear' ? 0.4 : 0.8) : null,
    };
  });
}
