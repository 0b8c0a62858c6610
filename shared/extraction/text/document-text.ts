// Pages (positioned runs, or plain strings) → one normalised text with its logical lines and page
// map: page numbers, running headers and footers removed (by position and repetition), line-end
// hyphenation undone, letter-spaced names collapsed, XML-forbidden characters dropped. Each line
// keeps what the layout said of it: paragraph start, heading, side-by-side cells. Never throws.
import { type LayoutLine, layoutPages } from '../../pdf/page-layout.ts';
import { isPositionedPage, type PositionedPage } from '../../pdf/positioned-text.ts';
import {
  collapseLetterSpaced,
  collectKnownNames,
  isLetterSpaced,
  isUnsplitLetterSpaced,
} from './person-names.ts';

export interface TextLine {
  text: string;
  /** 1-based page the line starts on. */
  page: number;
  /** Offset of the line in `DocumentText.text`. */
  start: number;
  /** The line opens a paragraph: a vertical gap above it, or a blank line before it in plain text. */
  paragraphStart: boolean;
  /** Set larger than body text or in another font, and short: a heading. False for plain text. */
  heading: boolean;
  /** Columns side by side on the line (two signers, a header table's cells); one cell when none. */
  cells: string[];
}

export interface DocumentText {
  /** Logical lines joined by `\n`. */
  text: string;
  lines: TextLine[];
  pageCount: number;
  /** Whether the input carried positions and fonts (false for plain page strings). */
  hasLayout: boolean;
  /** What normalising could not settle, for the extractor to report as issues. */
  notes: { code: string; message: string; page: number }[];
}

/** A page as the extractor accepts it: positioned runs from the PDF, or a plain string. */
export type PageInput = PositionedPage | string;

/** Guards against pathological input: text beyond this is ignored (real cases are < 200 k chars). */
const MAX_CHARS = 2_000_000;
const MAX_LINE = 2_000;
/** Lines this close to the top or bottom edge of a page are candidates for running headers/footers. */
const EDGE = 0.085;
/** A heading is at least this much larger than body text, or in another font and this short. */
const HEADING_SIZE_RATIO = 1.08;
const HEADING_MAX_CHARS = 110;
/** A vertical gap this many times the usual leading opens a paragraph. */
const PARAGRAPH_GAP = 1.35;

const PAGE_MARK_TAIL_RE = /\s*\bSida\s+\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*$/u;
const PAGE_MARK_HEAD_RE = /^\s*Sida\s+\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*/u;
const PAGE_NUMBER_LINE_RE =
  /^(?:[-–]\s*)?\d{1,4}(?:\s*\(\s*\d{1,4}\s*\))?(?:\s*[-–])?$|^\d{1,4}\s*\/\s*\d{1,4}$|^(?:Sida|sida|Page)\s+\d{1,4}(?:\s*(?:av|\/|of)\s*\d{1,4})?$/u;
/** A document header repeated at a page edge: `Utlåtande 2013:142 RII (Dnr …)`, `HUDDINGE KOMMUN … 2 (2)`. */
const RUNNING_HEADER_RE =
  /^(?:Utlåtande|PM|Tjänsteutlåtande|TJÄNSTEUTLÅTANDE|Tjänsteskrivelse|TJÄNSTESKRIVELSE|Protokollsutdrag|PROTOKOLLSUTDRAG|Remissvar|Yttrande|\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s(?:KOMMUN|STAD))(?![\p{L}\d]).{0,110}$/u;
const HEADER_MARKER_RE =
  /\bDnr\b|\bR[IVX]{1,5}\b|\d{4}:\d*|\d+\s*\(\d+\)|\d{4}-\d{2}-\d{2}|(?<![\p{L}\d])\p{Lu}{2,5}(?:-| )\d{4}[-/]\d/u;
const TRAILING_COUNTER_RE = /\s+\d{1,4}(?:\s*\(\s*\d{1,4}\s*\))?$/u;
/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE/U+FFFF, lone surrogates): a
 * PDF's text layer can carry them, and one would make every XML feed of the case ill-formed.
 */
const XML_FORBIDDEN_RE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

interface RawLine {
  text: string;
  paragraphStart: boolean;
  heading: boolean;
  cells: string[];
  /** Near the top or bottom edge of its page (positioned input only). */
  edge: 'top' | 'bottom' | null;
  /** Smaller than body text (running headers, footers, footnotes). */
  small: boolean;
}

/** Characters that need cleaning: combining marks, controls, soft hyphens, odd spaces and dashes. */
const NEEDS_CLEANING_RE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: a quick test for anything cleanText would change
  /[\u0000-\u001f\u0300-\u036f\u00a0\u00ad\u2007\u2010\u2011\u202f\ud800-\udfff\ufb00-\ufb06\uff01-\uff5e\ufffe\uffff]/u;

function cleanText(raw: string): string {
  const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
  // most lines are clean already: skip the normalising passes for them
  if (!NEEDS_CLEANING_RE.test(line)) return line;
  return (
    line
      .normalize('NFC')
      // ligatures and full-width letters, which pdf.js is asked not to normalise (it costs more there)
      .replace(/[\ufb00-\ufb06\uff01-\uff5e]/gu, (c) => c.normalize('NFKC'))
      .replace(XML_FORBIDDEN_RE, '')
      .replace(/\u00ad/gu, '')
      .replace(/[\u00a0\u2007\u202f]/gu, ' ')
      .replace(/[\u2010\u2011]/gu, '-')
      .replace(/\t/gu, ' ')
  );
}

function stripPageMark(text: string): string {
  return text.includes('Sida') ? text.replace(PAGE_MARK_TAIL_RE, '').replace(PAGE_MARK_HEAD_RE, '') : text;
}

function plainPageLines(page: string): RawLine[] {
  const out: RawLine[] = [];
  let blankBefore = false;
  // cleaned line by line: the length limit is a line's, not the page's
  for (const raw of page.split(/\r\n|\r|\n/u)) {
    const text = stripPageMark(cleanText(raw)).trim();
    if (text.length === 0) {
      blankBefore = out.length > 0;
      continue;
    }
    out.push({ text, paragraphStart: blankBefore, heading: false, cells: [text], edge: null, small: false });
    blankBefore = false;
  }
  return out;
}

/** The font carrying most characters on each page: producers renumber fonts from page to page. */
function pageBodyFonts(lines: readonly LayoutLine[], pageCount: number): string[] {
  const counts = Array.from({ length: pageCount }, () => new Map<string, number>());
  for (const l of lines) {
    const m = counts[l.page - 1];
    m?.set(l.font, (m.get(l.font) ?? 0) + l.text.length);
  }
  return counts.map((m) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '');
}

function positionedPagesLines(pages: readonly PositionedPage[]): RawLine[][] {
  const { lines, typography } = layoutPages(pages);
  const bodyFonts = pageBodyFonts(lines, pages.length);
  const byPage: RawLine[][] = pages.map(() => []);
  let previous: RawLine | null = null;
  let previousY: { page: number; y: number } | null = null;
  for (const l of lines) {
    const cells = l.cells.map((c) => stripPageMark(cleanText(c.text)).trim()).filter((c) => c.length > 0);
    const text = cells.join(' ');
    if (!text) continue;
    const edge = l.position < EDGE ? 'top' : l.position > 1 - EDGE ? 'bottom' : null;
    const larger = l.size >= typography.bodySize * HEADING_SIZE_RATIO;
    const otherFont = l.font !== bodyFonts[l.page - 1] && Math.abs(l.size - typography.bodySize) < 0.6;
    // the gap is measured from the previous line of the text body, not from a running header; a
    // page's first line continues the previous page's paragraph unless that one had ended
    const samePage = previousY !== null && previousY.page === l.page;
    const paragraphStart = samePage
      ? l.y - (previousY?.y ?? 0) > typography.leading * PARAGRAPH_GAP
      : previous === null || previous.heading || /[.:!?]$/u.test(previous.text);
    const line: RawLine = {
      text,
      cells,
      paragraphStart,
      heading:
        (larger || otherFont) &&
        text.length <= HEADING_MAX_CHARS &&
        !/[.,;]$/u.test(text) &&
        /\p{L}/u.test(text),
      edge,
      small: l.size < typography.bodySize * 0.9,
    };
    byPage[l.page - 1]?.push(line);
    if (edge === null || !line.small) {
      previous = line;
      previousY = { page: l.page, y: l.y };
    }
  }
  return byPage;
}

function headerKey(line: string): string {
  return line.replace(TRAILING_COUNTER_RE, '').replace(/\d+/gu, '#').trim();
}

/** A page-top line naming the document's type with a date or number: `Umeå kommun Kommunstyrelsen Protokollsutdrag 2021-05-25`. */
const EDGE_HEADER_RE =
  /(?<![\p{L}])(?:Utlåtande|PM|Tjänsteutlåtande|TJÄNSTEUTLÅTANDE|Tjänsteskrivelse|TJÄNSTESKRIVELSE|Protokollsutdrag|PROTOKOLLSUTDRAG|Sammanträdesprotokoll|SAMMANTRÄDESPROTOKOLL|Remissvar|Yttrande)(?![\p{L}])/u;

function isRunningHeader(line: RawLine, repeated: ReadonlySet<string>): boolean {
  const key = headerKey(line.text);
  if (key.length > 0 && repeated.has(key)) return true;
  if (
    line.edge === 'top' &&
    line.text.length <= 130 &&
    EDGE_HEADER_RE.test(line.text) &&
    HEADER_MARKER_RE.test(line.text)
  )
    return true;
  // `Region Skåne    2 (2)`: a name and a page mark at a page's edge, printed on one page only
  if (line.edge !== null && line.text.length <= 100 && EDGE_PAGE_MARK_RE.test(line.text)) return true;
  return RUNNING_HEADER_RE.test(line.text) && HEADER_MARKER_RE.test(line.text);
}

/** A line that ends in a page mark `N (M)`. */
const EDGE_PAGE_MARK_RE = /^\p{Lu}.{1,80}\s\d{1,3}\s*\(\s*\d{1,3}\s*\)$/u;

/** Edge lines (top two, bottom three) that recur on several pages are running headers or footers. */
function findRepeatedEdgeLines(pages: readonly RawLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set<string>();
    const candidates = lines.some((l) => l.edge !== null)
      ? lines.filter((l) => l.edge !== null)
      : [...lines.slice(0, 2), ...lines.slice(-3)];
    for (const l of candidates) {
      if (PAGE_NUMBER_LINE_RE.test(l.text)) continue;
      const key = headerKey(l.text);
      if (key.length >= 6) edge.add(key);
    }
    for (const key of edge) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, n] of seen) if (n >= 2) repeated.add(key);
  return repeated;
}

function isEdgeNoise(line: RawLine, repeated: ReadonlySet<string>, mayBeHeader: boolean): boolean {
  if (PAGE_NUMBER_LINE_RE.test(line.text)) return true;
  if (!mayBeHeader) return false;
  return isRunningHeader(line, repeated);
}

function stripPageEdges(lines: RawLine[], pageIndex: number, repeated: ReadonlySet<string>): RawLine[] {
  const positioned = lines.some((l) => l.edge !== null);
  if (positioned) {
    // the first page's own header is the document header; only small or repeated edge lines go
    return lines.filter((l) => {
      if (l.edge === null) return true;
      // (a small-type header line naming the document's kind, `Utlåtande 2013:87 RVII (Dnr …)`, too)
      if (
        pageIndex === 0 &&
        l.edge === 'top' &&
        (!l.small || EDGE_HEADER_RE.test(l.text) || RUNNING_HEADER_RE.test(l.text))
      )
        return !PAGE_NUMBER_LINE_RE.test(l.text);
      return !isEdgeNoise(l, repeated, true);
    });
  }
  const out = [...lines];
  const isFirstPage = pageIndex === 0;
  for (let i = 0; i < 4 && out.length > 0; i++) {
    const last = out[out.length - 1];
    if (!last) break;
    if (isEdgeNoise(last, repeated, !isFirstPage || out.length > 2)) out.pop();
    else break;
  }
  for (let i = 0; i < 3 && out.length > 0 && !isFirstPage; i++) {
    const first = out[0];
    if (first && isEdgeNoise(first, repeated, true)) out.shift();
    else break;
  }
  return out;
}

const SUSPENDED_NEXT_RE = /^(?:och|eller|samt|respektive|resp\.|till|som)(?![\p{L}\d])/u;

interface PageLine extends RawLine {
  page: number;
}

/** Joins physical lines; undoes line-end hyphenation (`hälsoskydds-` + `nämnden`). */
function joinLines(pages: readonly RawLine[][]): TextLine[] {
  const lines: TextLine[] = [];
  let current: PageLine | null = null;
  const flush = () => {
    if (current)
      lines.push({
        text: current.text,
        page: current.page,
        start: 0,
        paragraphStart: current.paragraphStart,
        heading: current.heading,
        cells: current.cells,
      });
    current = null;
  };
  pages.forEach((pageLines, pageIndex) => {
    for (const line of pageLines) {
      // only a line ending in a hyphen can join the next one
      if (current && !line.heading && !current.heading && current.text.endsWith('-')) {
        const prev: string = current.text;
        const next = line.text;
        const first = next.charAt(0);
        const isLower = first !== first.toUpperCase() && first === first.toLowerCase();
        const isUpper = first !== first.toLowerCase();
        let joined: string | null = null;
        if (/\p{L}-$/u.test(prev) && !/\s\p{L}{1,2}-$/u.test(prev) && !SUSPENDED_NEXT_RE.test(next)) {
          if (isLower) joined = prev.slice(0, -1) + next;
          else if (isUpper) joined = prev + next;
        } else if (/\p{L}--$/u.test(prev) && (isUpper || isLower)) joined = prev.slice(0, -1) + next;
        // an abbreviation's compound keeps its hyphen (`RF-` + `SISU`, `VA-` + `verket`)
        else if (/(?:^|\s)\p{Lu}{1,4}-$/u.test(prev) && (isUpper || isLower) && !SUSPENDED_NEXT_RE.test(next))
          joined = prev + next;
        else if (/\d-$/u.test(prev) && isLower) joined = prev + next;
        if (joined !== null) {
          current.text = joined;
          current.cells = [joined];
          continue;
        }
      }
      flush();
      current = {
        text: line.text,
        paragraphStart: line.paragraphStart,
        heading: line.heading,
        cells: line.cells,
        edge: line.edge,
        small: line.small,
        page: pageIndex + 1,
      };
    }
  });
  flush();
  let offset = 0;
  for (const l of lines) {
    l.start = offset;
    offset += l.text.length + 1;
  }
  return lines;
}

function limitChars(pages: readonly unknown[]): PageInput[] {
  let budget = MAX_CHARS;
  const out: PageInput[] = [];
  for (const page of pages) {
    if (budget <= 0) break;
    if (typeof page === 'string') {
      const text = page.slice(0, budget);
      budget -= text.length;
      out.push(text);
    } else if (isPositionedPage(page)) {
      const items = [];
      for (const item of page.items) {
        if (budget <= 0) break;
        if (typeof item?.str !== 'string') continue;
        budget -= item.str.length;
        items.push(item);
      }
      out.push({ width: page.width, height: page.height, items });
    } else out.push('');
  }
  return out;
}

/** The document-kind words of a letterhead, which narrow cells break without a hyphen. */
const LETTERHEAD_KIND_RE =
  /^(?:TJÄNSTESKRIVELSE|TJÄNSTEUTLÅTANDE|PROTOKOLLSUTDRAG|SAMMANTRÄDESPROTOKOLL|REMISSVAR|REMISSYTTRANDE|YTTRANDE|PROTOKOLL|KALLELSE)$/u;

/**
 * A letterhead's kind word broken in a narrow cell with no hyphen (`TJÄNSTESKRIVELS` over `E`,
 * `SAMMANTRÄDESPROTOKO Sida 12` over `LL`): a line of one to three capitals that completes a
 * capitalised word of the line above into such a word is joined to that word, wherever it stands on
 * the line. Anything else (`… STADSHUS` over `AB`) stays as it is.
 */
function joinBrokenCapitals(lines: RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const broken =
      prev && line.cells.length <= 1 && /^\p{Lu}{1,3}$/u.test(line.text)
        ? [...prev.text.matchAll(/\p{Lu}{4,}(?![\p{L}])/gu)].find((m) =>
            LETTERHEAD_KIND_RE.test(`${m[0]}${line.text}`),
          )
        : undefined;
    if (prev && broken) {
      const join = (t: string) =>
        t.replace(new RegExp(`${broken[0]}(?![\\p{L}])`, 'u'), `${broken[0]}${line.text}`);
      const at = prev.cells.findIndex((c) => new RegExp(`${broken[0]}(?![\\p{L}])`, 'u').test(c));
      const cells = prev.cells.map((c, k) => (k === at ? join(c) : c));
      out[out.length - 1] = { ...prev, text: join(prev.text), cells };
      continue;
    }
    out.push(line);
  }
  return out;
}

export function buildDocumentText(pages: readonly unknown[]): DocumentText {
  const list = limitChars(Array.isArray(pages) ? pages : []);
  const positioned = list.filter(isPositionedPage);
  const hasLayout = positioned.length > 0 && positioned.length === list.length;
  const raw: RawLine[][] = hasLayout
    ? positionedPagesLines(positioned)
    : list.map((p) => (typeof p === 'string' ? plainPageLines(p) : []));
  const repeated = findRepeatedEdgeLines(raw);
  const stripped = raw.map((lines, i) => joinBrokenCapitals(stripPageEdges(lines, i, repeated)));
  let known: Map<string, string> | null = null;
  const notes: DocumentText['notes'] = [];
  const collapsed = stripped.map((lines, pageIndex) =>
    lines.map((l) => {
      if (!isLetterSpaced(l.text)) {
        const text = l.text.replace(/ {2,}/gu, ' ');
        return text === l.text ? l : { ...l, text, cells: l.cells.map((c) => c.replace(/ {2,}/gu, ' ')) };
      }
      known ??= collectKnownNames(stripped.map((p) => p.map((x) => x.text).join('\n')).join('\n'));
      const text = collapseLetterSpaced(l.text, known);
      if (isUnsplitLetterSpaced(l.text, known))
        notes.push(
          text.includes(' ')
            ? {
                code: 'name_split_by_given_name',
                message: `a letter-spaced name with no visible word break was split after its given name: ${text}`,
                page: pageIndex + 1,
              }
            : {
                code: 'name_unsplit',
                message: `a letter-spaced name with no visible word break was kept as one word: ${text}`,
                page: pageIndex + 1,
              },
        );
      return { ...l, text, cells: [text], heading: false };
    }),
  );
  const lines = joinLines(collapsed);
  return { text: lines.map((l) => l.text).join('\n'), lines, pageCount: list.length, hasLayout, notes };
}

/** 1-based page of an offset in the document text (1 for an empty document). */
export function pageAtOffset(doc: DocumentText, offset: number): number {
  const lines = doc.lines;
  let lo = 0;
  let hi = lines.length - 1;
  let page = lines[0]?.page ?? 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid];
    if (!line) break;
    if (line.start <= offset) {
      page = line.page;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return page;
}

/** Index of the line containing an offset. */
export function lineIndexAtOffset(doc: DocumentText, offset: number): number {
  const lines = doc.lines;
  let lo = 0;
  let hi = lines.length - 1;
  let idx = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid];
    if (!line) break;
    if (line.start <= offset) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return idx;
}

/** Each page as plain text, one layout line per text line (for readers that want a string). */
export function plainPageTexts(pages: readonly PageInput[]): string[] {
  const positioned = pages.filter(isPositionedPage);
  if (positioned.length !== pages.length) return pages.map((p) => (typeof p === 'string' ? p : ''));
  const out = positioned.map(() => [] as string[]);
  for (const line of layoutPages(positioned).lines) out[line.page - 1]?.push(cleanText(line.text));
  return out.map((lines) => lines.join('\n'));
}
