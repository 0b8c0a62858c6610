// Header block of the main document → the case heading (title) and the subject line under it.
// Strips the header tokens (`Utlåtande 2017:19 RI (Dnr …)`, `§ 14`, Dnr) and metadata lines only.
import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import { DECISION_INTRO_RULES, NUMBERED_POINT_RE } from '../rules/decision-rules.ts';
import { HEADER_META_LINE_RES, SECTION_HEADING_RE } from '../rules/section-rules.ts';
import { SUBJECT_START_RE } from '../rules/subject-rules.ts';

export interface TitleFields {
  title: string | null;
  /** The subject line (`Motion (2017:40) av …`), or the heading itself when it is one. */
  subjectLine: string | null;
}

const MAX_HEADER_LINES = 25;
const HEADER_TOKEN_RES: readonly RegExp[] = [
  /Utdrag ur (?:sammanträdes)?protokoll[\s\S]{0,200}?\b\d{4}\b/gu,
  /(?:^|\s)(?:Utlåtande|PM)\s+(?:\d{4}\s*:\s*\d{0,4}|Rotel)\s*(?:R\s?|Rotel\s*)?(?:[IVX]{1,5}(?:\s*\+\s*R?\s?[IVX]{1,5})*)?\s*(?:\((?:Dnr|dnr)[^)]*\))?/gu,
  /^(?:KF|KS)\s+\d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+\d{4}(?:\s+Nr\s+\d+\.?)?/gmu,
  /(?:^|\s)§\s*\d{1,4}\b/gu,
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Dnr|DNR|Diarienr|DIARIENR)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])\.?:?\s*(?:[A-ZÅÄÖ]{1,6}[- ])?\d[\d.]*(?:[-/:]\d[\d.]*)+/gu,
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])[A-ZÅÄÖ]{2,6}-\d{4}[-/]\d{1,6}\b/gu,
];
const YEAR_RANGE_RE = /^\d{4}\s*[–-]\s*\d{4}$/u;
const REGION_END_RE =
  /^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+ föreslår\b|Föredragande\b|Kommunstyrelsens förslag\b)/u;

function isRegionEnd(line: string): boolean {
  if (SECTION_HEADING_RE.test(line) || REGION_END_RE.test(line) || NUMBERED_POINT_RE.test(line)) return true;
  return DECISION_INTRO_RULES.some((r) => {
    r.pattern.lastIndex = 0;
    const m = r.pattern.exec(line);
    return m !== null && m.index === 0;
  });
}

function isMetaLine(line: string): boolean {
  if (YEAR_RANGE_RE.test(line)) return false;
  return HEADER_META_LINE_RES.some((re) => re.test(line));
}

export function extractTitle(ctx: ExtractionContext): TitleFields {
  const { doc } = ctx;
  const raw: string[] = [];
  for (let i = ctx.mainLine; i < doc.lines.length && raw.length < MAX_HEADER_LINES; i++) {
    const text = doc.lines[i]?.text ?? '';
    if (isRegionEnd(text)) break;
    raw.push(text);
  }
  let region = raw.join('\n');
  for (const re of HEADER_TOKEN_RES) region = region.replace(re, '\n');
  const lines = region.split('\n').map((l) => l.trim());
  const block: string[] = [];
  let collecting = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (isMetaLine(line)) {
      if (collecting) break;
      continue;
    }
    collecting = true;
    block.unshift(line);
  }
  const text = block.join(' ').replace(/\s+/gu, ' ').trim();
  if (!text) {
    addIssue(ctx, 'missing_field', 'title', 'no case heading found in the header', mainOffset(ctx));
    return { title: null, subjectLine: null };
  }
  const start = SUBJECT_START_RE.exec(text);
  if (start?.index === 0) {
    // a heading that reads as a subject (`Remiss av motion om …`) with its own subject line under it
    const skip = start[0].length;
    const next = SUBJECT_START_RE.exec(text.slice(skip));
    if (!next) return { title: stripEnd(text), subjectLine: text };
    const at = skip + next.index + (next[0].length - next[0].trimStart().length);
    return { title: stripEnd(text.slice(0, at)), subjectLine: text.slice(at).trim() };
  }
  if (!start) return { title: stripEnd(text), subjectLine: null };
  const at = start.index + (start[0].length - start[0].trimStart().length);
  return { title: stripEnd(text.slice(0, at)), subjectLine: text.slice(at).trim() };
}

function stripEnd(text: string): string {
  return text.replace(/[\s,;:]+$/u, '').trim();
}
