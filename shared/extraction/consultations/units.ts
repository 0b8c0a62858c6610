// The document's lines → sentence units, the bottom layer of the consultation reader: headings,
// list or table items (complete statements without final punctuation) and sentences, each with its
// offset, page and paragraph. Sentences never cross a paragraph break or a heading. Types shared by
// the layers above (inventory → attribution → stance) live here, so those files form no cycle.
import type { BodyType, Stance } from '../../model/case-record.ts';
import type { DocumentText, TextLine } from '../text/document-text.ts';

export type UnitKind = 'heading' | 'item' | 'sentence';

export interface Unit {
  /** Whitespace-collapsed text. */
  text: string;
  kind: UnitKind;
  /** Offset of the unit's first character in the document text. */
  start: number;
  page: number;
  /** Index of the paragraph the unit belongs to (a heading is a paragraph of its own). */
  paragraph: number;
  /** Index of the first line of the unit. */
  line: number;
  /** Side-by-side cells of a one-line item (a table row), else empty. */
  cells: string[];
}

/** A consulted body, as the inventory found it. */
export interface Body {
  /** Official name (the register's, or as printed and capitalised). */
  name: string;
  type: BodyType;
  /** Lower-case forms that refer to this body in running text, longest first. */
  aliases: string[];
  /** Acronyms the list gave it in parentheses, lower-case (two-letter ones are aliases only here). */
  acronyms?: string[];
  /** Where the body came from: the remiss list(s), an unsolicited answer, a heading, a statement. */
  source: 'list' | 'unsolicited' | 'heading' | 'table' | 'underlag' | 'statement';
}

/** Where a unit stands in a body's passage. */
export type Role = 'decision' | 'office' | 'statement' | 'summary' | 'table' | 'list';

/** One unit read as (part of) a body's answer. */
export interface Attributed {
  unit: Unit;
  role: Role;
  /** The passage is the compilation's (Remissammanställning) rather than the summary's. */
  detailed: boolean;
}

export interface StanceReading {
  stance: Stance | null;
  confidence: number;
  evidence: Unit[];
  /** Why: the reading rule that decided (for issues and tests). */
  basis: string;
}

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
  'prop',
  'dir',
  'kr',
  'tkr',
  'mnkr',
  'milj',
  'bil',
  'sid',
  'tel',
]);

/** A sentence's end; a parenthesis standing alone after one (`… inte. (Beslut 2014-02-11, § 19) Nämnden …`) ends too. */
const SENTENCE_END_RE = /[.!?](?=\s+[\p{Lu}\d–"(«»”])|\)(?=\s+\p{Lu})/gu;
const BULLET_RE = /^(?:[–•*▪·-]|\d{1,2}[.)])\s/u;
const MAX_UNIT_CHARS = 2_000;

/** Abbreviations that are also words (`bil` a car, `sid` a side): abbreviations only before a number. */
const BEFORE_NUMBER = new Set(['bil', 'sid', 'tel']);

function endsWithAbbreviation(before: string, after: string): boolean {
  const token = /\S*$/u.exec(before)?.[0].toLowerCase() ?? '';
  if (BEFORE_NUMBER.has(token)) return /^\s*\d/u.test(after);
  return ABBREVIATIONS.has(token) || /^\p{L}$/u.test(token);
}

/** A line that stands alone as a heading: typeset as one, or short and unpunctuated between breaks. */
export type HeadingTest = (line: TextLine, next: TextLine | undefined) => boolean;

/**
 * Units of lines [from, to). `isHeading` decides which short lines are headings (the caller knows
 * section words and body names); bullets and multi-cell table rows are items of their own.
 */
export function splitUnits(doc: DocumentText, from: number, to: number, isHeading: HeadingTest): Unit[] {
  const out: Unit[] = [];
  let buffer = '';
  let bufferStart = 0;
  let bufferPage = 1;
  let bufferLine = 0;
  let paragraph = 0;
  const push = (text: string, kind: UnitKind, start: number, page: number, line: number, cells: string[]) => {
    // most units have single spaces already: the normalising pass only when it changes something
    const flat = /\s\s|[\t\n\r\u00a0]/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim();
    if (flat) out.push({ text: flat.slice(0, MAX_UNIT_CHARS), kind, start, page, paragraph, line, cells });
  };
  const flush = () => {
    if (buffer.trim())
      push(buffer, BULLET_RE.test(buffer) ? 'item' : 'sentence', bufferStart, bufferPage, bufferLine, []);
    buffer = '';
  };
  const end = Math.min(to, doc.lines.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const line = doc.lines[i];
    if (!line) break;
    if (isHeading(line, doc.lines[i + 1])) {
      flush();
      paragraph++;
      push(line.text, 'heading', line.start, line.page, i, []);
      paragraph++;
      continue;
    }
    const isItem = BULLET_RE.test(line.text) || line.cells.length > 1;
    // a vertical gap inside a sentence (a lower-case line after an unfinished one) is no paragraph
    const continues = buffer !== '' && /^[\p{Ll}\d]/u.test(line.text) && !/[.!?:]$/u.test(buffer);
    // a list item goes on over wrapped lines; a capitalised line after it starts the prose again
    const endsItem =
      BULLET_RE.test(buffer) && !continues && !/(?:[,–-]|\s(?:och|samt|med|för|till|av|i))$/u.test(buffer);
    if ((line.paragraphStart && !continues) || isItem || endsItem) {
      flush();
      if (line.paragraphStart) paragraph++;
    }
    if (line.cells.length > 1) {
      push(line.text, 'item', line.start, line.page, i, line.cells);
      continue;
    }
    if (!buffer) {
      bufferStart = line.start;
      bufferPage = line.page;
      bufferLine = i;
    }
    const base = buffer ? `${buffer} ` : '';
    const joined = base + line.text;
    let cut = 0;
    // the previous line may have ended with a sentence's period: look from just before the join
    SENTENCE_END_RE.lastIndex = Math.max(0, base.length - 2);
    for (let m = SENTENCE_END_RE.exec(joined); m; m = SENTENCE_END_RE.exec(joined)) {
      if (
        m[0] === '.' &&
        endsWithAbbreviation(
          joined.slice(Math.max(cut, m.index - 12), m.index),
          joined.slice(m.index + 1, m.index + 4),
        )
      )
        continue;
      if (m[0] === ')' && !/^\([^()]*$/u.test(joined.slice(cut, m.index))) continue;
      push(
        joined.slice(cut, m.index + 1),
        BULLET_RE.test(joined.slice(cut)) ? 'item' : 'sentence',
        bufferStart + cut,
        bufferPage,
        bufferLine,
        [],
      );
      cut = m.index + 1;
      while (joined.charAt(cut) === ' ') cut++;
    }
    buffer = joined.slice(cut);
    bufferStart += cut;
    // what is left begins on this line (and page)
    if (cut > 0) {
      bufferLine = i;
      bufferPage = line.page;
    }
  }
  flush();
  return out;
}
