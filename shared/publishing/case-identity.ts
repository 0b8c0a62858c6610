// An extracted record + its page texts → whether its diarienummer may name the case, or is only the
// motion's number that the header reader took for want of a readable Dnr (a case id made from it
// would be wrong and could never be taken back). Pure; reads the text, never changes the record.

import { type PageInput, plainPageTexts } from '../extraction/text/document-text.ts';
import { normalizeDiarienummer } from '../model/case-id.ts';
import type { ExtractedCase, ExtractionIssue } from '../model/case-record.ts';

// What may stand right before a number on its line. Swedish phrasing, so really data of
// shared/extraction/rules/; kept here until the header reader itself refuses motion numbers.
/** `Dnr 2024/001234`, `Diarienr: KS-2014/1872`, `(Dnr 2024/001234)`: the number is the Dnr. */
const DNR_LABEL_BEFORE = /(?:Dnr|DNR|Diarienr|DIARIENR|Diarienummer|DIARIENUMMER)\.?:?[ \t]*\(?[ \t]*$/u;
/** `Motion (2017:45)`, `motionen 2017:45`, `Motion nr 2017:45` (gloss: the motion, number): a motion's. */
const MOTION_BEFORE = /(?<!\p{L})(?:motion|motionen)[ \t]*(?:nr\.?[ \t]*)?\(?[ \t]*$/iu;
/** How much of the line before a number is read for its label. */
const CONTEXT_CHARS = 24;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text on the same line before each place the Dnr is printed. */
function contextsOf(text: string, diarienummer: string): string[] {
  const printed = new RegExp(
    `(?<![\\p{L}\\d])${escapeRegExp(diarienummer).replace(/ /g, '\\s+')}(?![\\p{L}\\d])`,
    'gu',
  );
  const contexts: string[] = [];
  for (const match of text.matchAll(printed)) {
    const start = match.index ?? 0;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    contexts.push(text.slice(Math.max(lineStart, start - CONTEXT_CHARS), start));
  }
  return contexts;
}

/**
 * An `id_from_motion_number` issue when the record's diarienummer is printed only as a motion's
 * number (or equals the motion reference) and never after a Dnr label; null when it may be the Dnr.
 */
export function findMotionNumberAsDiarienummer(
  record: Pick<ExtractedCase, 'diarienummer' | 'subject'>,
  pages: readonly PageInput[],
): ExtractionIssue | null {
  const diarienummer = record.diarienummer ? normalizeDiarienummer(record.diarienummer) : null;
  if (!diarienummer) return null;
  const contexts = contextsOf(plainPageTexts(pages).join('\n'), diarienummer);
  if (contexts.some((before) => DNR_LABEL_BEFORE.test(before))) return null;
  const reference = record.subject.reference ? normalizeDiarienummer(record.subject.reference) : null;
  const isMotionNumber = reference === diarienummer || contexts.some((before) => MOTION_BEFORE.test(before));
  if (!isMotionNumber) return null;
  return {
    code: 'id_from_motion_number',
    path: 'diarienummer',
    message: `no readable Dnr: "${diarienummer}" is printed as the motion's number, not as the case's diarienummer`,
    page: null,
  };
}
