// Header block of the main document → the case heading (title) and the subject line under it.
// Strips the header tokens (`Utlåtande 2017:19 RI (Dnr …)`, `§ 14`, Dnr) and metadata lines only.

import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import { DECISION_INTRO_RULES, NUMBERED_POINT_RE } from '../rules/decision-rules.ts';
import { PARTY_LETTERS } from '../rules/party-rules.ts';
import { CONTACT_LABEL_RE, HEADER_META_LINE_RES, SECTION_HEADING_RE } from '../rules/section-rules.ts';
import { SUBJECT_START_RE } from '../rules/subject-rules.ts';
import type { TextLine } from '../text/document-text.ts';
import { isLabelRow, isValueRow } from '../text/header-table.ts';
import { isPersonName } from '../text/person-names.ts';

export interface TitleFields {
  title: string | null;
  /** The subject line (`Motion (2017:40) av …`), or the heading itself when it is one. */
  subjectLine: string | null;
}

const MAX_HEADER_LINES = 25;
/** Stands in for a header-table row; a control character, so no document text can equal it. */
const TABLE_ROW = '\u0001';
const HEADER_TOKEN_RES: readonly RegExp[] = [
  /Utdrag ur (?:sammanträdes)?protokoll[\s\S]{0,200}?\b\d{4}\b/gu,
  // `Bilaga 4:11 till kommunstyrelsens protokoll den 22 februari 2006, 7`
  /(?:^|\s)Bilaga\s+\d+(?:[:.]\d+)?\s+till\s+\p{L}+\s+protokoll\s+(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*,\s*\d{1,3}(?![\d:]))?/gu,
  // `Utlåtande 2017:19 RI (Dnr …)`, with a number slot that may be empty or missing with its colon
  /(?:^|\s)(?:Utlåtande|PM)\s+(?:\d{4}(?:\s*:\s*\d{0,4})?\s*(?:R\s?|Rotel\s*)?|Rotel\s*|R\s?(?=[IVX]))(?:[IVX]{1,5}(?:\s*\+\s*R?\s?[IVX]{1,5})*)?\s*(?:\((?:Dnr|dnr)?[^)]*\))?/gu,
  /^(?:KF|KS)\s+\d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+\d{4}(?:\s+Nr\s+\d+\.?)?/gmu,
  /(?:^|\s)Ärende\s+nr\s+[\d.]+/giu,
  /(?:^|\s)(?:Sammanträdesdatum|Mötesdatum|Justeringsdatum)\s*:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})/gu,
  /(?:^|\s)(?:Diariekod|Diarieplan|Ärendekod|Klassificering)\s*:?\s*[\d.]+/gu,
  /(?:^|\s)(?:PROTOKOLLSUTDRAG|Protokollsutdrag|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll)(?![\p{L}])/gu,
  // a case number's registry suffix left after the Dnr token (`2015/0346 KS-3`)
  /(?:^|\s)\p{Lu}{1,4}-\d{1,3}(?=\s|$)/gmu,
  /\(\s*(?:Dnr|dnr)?\s*\)/gu,
  // contact details in a header: an e-mail address, a phone number
  /(?:^|\s)\S+@\S+\.\p{L}{2,}/gu,
  /(?:^|\s)(?:\p{Lu}{1,5}\s+)?§\s*\d{1,4}\b/gu,
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Dnr|DNR|Diarienr|DIARIENR)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])\.?:?\s*(?:[A-ZÅÄÖ]{1,6}[- ])?\d[\d.]*(?:[-/:][A-ZÅÄÖ]{0,4}\d[\d.]*)+/gu,
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])[A-ZÅÄÖ]{2,6}-\d{4}[-/]\d{1,6}\b/gu,
  // an unlabelled case number beside the paragraph: `KS/2009:412-612`
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])[A-ZÅÄÖ]{2,6}\/\d{4}:\d{1,6}(?:-\d{1,6})?(?![\d:])/gu,
];
const YEAR_RANGE_RE = /^\d{4}\s*[–-]\s*\d{4}$/u;
/** A subtitle naming what is to be decided, not the case: `Godkännande av …`, `Remissammanställning och …`. */
const SUBTITLE_RE =
  /^(?:Godkännande|Antagande|Fastställande|Remissammanställning|Revidering|Återrapportering|Förslag till antagande|Beslut om antagande|Slutligt förslag|Reviderat förslag|Sammanställning av (?:remissvar|remissyttranden|inkomna synpunkter))(?![\p{L}])/u;
const REGION_END_RE =
  /^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+ föreslår\b|Föredragande\b|Kommunstyrelsens förslag\b|Förslag från \p{L}+s (?:arbetsutskott|presidium|beredningsutskott)\b)/u;
/** The sentence that reports the motion: `Lena Hallberg (c) och Tommy Sjöberg (v) har i en motion …`. */
const REPORTED_MOTION_RE = new RegExp(
  `^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2} \\(${PARTY_LETTERS}\\)(?: och | har | föreslår |,)(?=.*\\s(?:har|föreslår|föreslog)\\s)`,
  'u',
);

/** A numbered section heading: `1 Beslutsförslag`, `2. Sammanfattning`. */
const SECTION_NUMBER_RE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u;

function isRegionEnd(line: TextLine): boolean {
  // a cell of a header table (`Kommunstyrelsens förslag | Datum 2015-05-18`) is no section heading
  if (line.cells.length > 1) return false;
  const text = line.text;
  if (SECTION_HEADING_RE.test(text.replace(SECTION_NUMBER_RE, ''))) return true;
  if (REGION_END_RE.test(text) || REPORTED_MOTION_RE.test(text) || NUMBERED_POINT_RE.test(text)) return true;
  return DECISION_INTRO_RULES.some((r) => {
    r.pattern.lastIndex = 0;
    const m = r.pattern.exec(text);
    return m !== null && m.index === 0;
  });
}

const DATE_OR_NUMBER_RE =
  /\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Ll}+\s+\d{4}|\d+\/\d{2,4}|\p{Lu}{2,}[- ]\d{4}|(?:^|\s)(?:Dnr|Diarienummer|Ärendenr)(?![\p{L}])/u;

/**
 * A row of letterhead cells (`Kommunstyrelsen | till kommunfullmäktige Diarienummer KS-2021/0612`,
 * `Ledningsstaben | 14 februari 2024`): the office, the addressee, a date or a number side by side,
 * none of them a heading's length.
 */
function isLetterheadRow(line: TextLine): boolean {
  const { cells } = line;
  if (cells.length < 2 || cells.some((c) => c.trim().split(/\s+/u).length >= 7)) return false;
  return (
    isMetaLine(cells[0]?.trim() ?? '') || cells.some((c) => isMetaLine(c.trim()) || DATE_OR_NUMBER_RE.test(c))
  );
}

function isProse(line: string): boolean {
  return line.split(/\s+/u).length >= 12 && /[.]$/u.test(line) && !SUBJECT_START_RE.test(line.slice(0, 30));
}

function isMetaLine(line: string): boolean {
  if (YEAR_RANGE_RE.test(line)) return false;
  return HEADER_META_LINE_RES.some((re) => re.test(line));
}

/** A line that continues the one before it: a wrapped heading (`(SOU` / `2019:28)`). */
function continuesPrevious(prev: TextLine, line: TextLine, hasLayout: boolean): boolean {
  // rows of side-by-side cells are header tables or letterheads, each row complete
  if (prev.cells.length > 1 || line.cells.length > 1) return false;
  if (/^\p{Ll}|^\d{4}:\d+\)|^\(\d{4}:\d+\)$/u.test(line.text) && !/[.:]$/u.test(prev.text)) return true;
  if (/\([^)]*$/u.test(prev.text)) return true;
  return (
    hasLayout &&
    !line.paragraphStart &&
    prev.heading === line.heading &&
    !isMetaLine(line.text) &&
    !isMetaLine(prev.text)
  );
}

export function extractTitle(ctx: ExtractionContext): TitleFields {
  const { doc } = ctx;
  const raw: string[] = [];
  /** Lines the layout set as headings (larger or bolder type). */
  const headingTexts = new Set<string>();
  let previous: TextLine | null = null;
  for (let i = ctx.mainLine; i < doc.lines.length && raw.length < MAX_HEADER_LINES; i++) {
    const line = doc.lines[i];
    if (!line) break;
    const text = line.text;
    if (isRegionEnd(line)) break;
    // a header table's label row and its values are metadata, never part of a heading
    if (
      isLabelRow(line) ||
      (previous && isLabelRow(previous) && isValueRow(previous, line)) ||
      isLetterheadRow(line)
    ) {
      raw.push(TABLE_ROW);
      previous = line;
      continue;
    }
    // a wrapped line of the same paragraph is joined, so header tokens and titles are read whole
    if (previous && raw.length > 0 && continuesPrevious(previous, line, doc.hasLayout))
      raw[raw.length - 1] = `${raw[raw.length - 1]} ${text}`;
    else {
      // running prose (a long sentence) is past the header: the heading stood before it
      if (raw.length > 1 && isProse(raw[raw.length - 1] ?? '')) {
        raw.pop();
        break;
      }
      raw.push(text);
      if (line.heading) headingTexts.add(text);
    }
    previous = line;
  }
  if (raw.length > 1 && isProse(raw[raw.length - 1] ?? '')) raw.pop();
  // the case officer's name under its label is contact information, not a heading
  for (let i = 1; i < raw.length; i++)
    if (CONTACT_LABEL_RE.test(raw[i - 1] ?? '') && isPersonName(raw[i] ?? '')) raw[i] = '';
  let region = raw.join('\n');
  for (const re of HEADER_TOKEN_RES) region = region.replace(re, '\n');
  const lines = region.split('\n').map((l) => l.trim());
  // an excerpt that starts mid-sentence (`att fritidsgårdarna …` under the running header) has no heading
  const opening = lines.find((l) => l !== '' && l !== TABLE_ROW && !isMetaLine(l));
  // (a lower-case letterhead wrap such as `stadsdelsförvaltning` or `kommun` is no sentence)
  if (opening && /^\p{Ll}/u.test(opening) && opening.split(/\s+/u).length >= 6) {
    addIssue(
      ctx,
      'missing_field',
      'title',
      'the text starts mid-sentence, not at a heading',
      mainOffset(ctx),
    );
    return { title: null, subjectLine: null };
  }
  const block: string[] = [];
  let collecting = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (line === TABLE_ROW || isMetaLine(line)) {
      if (collecting) break;
      continue;
    }
    collecting = true;
    block.unshift(line);
  }
  // with layout, a line in body type before the heading is the letterhead's unit
  // (`Demokrati och civilsamhälle`), and a decision-kind subtitle after it is not the case's name
  // (`Remissammanställning och förslag till antagande`)
  const firstHeading = block.findIndex((l) =>
    [...headingTexts].some((h) => h.startsWith(l) || l.startsWith(h)),
  );
  // (not when the heading is the subject line: then the title above it is in body type)
  if (doc.hasLayout && firstHeading > 0 && !SUBJECT_START_RE.test((block[firstHeading] ?? '').slice(0, 40)))
    block.splice(0, firstHeading);
  while (block.length > 1 && SUBTITLE_RE.test(block[block.length - 1] ?? '')) block.pop();
  const text = block.join(' ').replace(/\s+/gu, ' ').trim();
  // an excerpt that starts mid-sentence or in running prose has no heading of its own
  if (text && (/^\p{Ll}/u.test(text) || (/[.!?]$/u.test(text) && text.split(/\s+/u).length >= 10))) {
    addIssue(
      ctx,
      'missing_field',
      'title',
      'the text starts in running prose, not at a heading',
      mainOffset(ctx),
    );
    return { title: null, subjectLine: null };
  }
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
