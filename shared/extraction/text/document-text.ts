// Page texts → one normalised text with its logical lines and page map: page numbers and running
// headers removed, line-end hyphenation undone, letter-spaced names collapsed. Never throws.
import { collapseLetterSpaced, collectKnownNames, isLetterSpaced } from './person-names.ts';

export interface TextLine {
  text: string;
  /** 1-based page the line starts on. */
  page: number;
  /** Offset of the line in `DocumentText.text`. */
  start: number;
}

export interface DocumentText {
  /** Logical lines joined by `\n`. */
  text: string;
  lines: TextLine[];
  pageCount: number;
}

/** Guards against pathological input: text beyond this is ignored (real cases are < 200 k chars). */
const MAX_CHARS = 2_000_000;
const MAX_LINE = 2_000;

const PAGE_MARK_TAIL_RE = /\s*\bSida\s+\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*$/u;
const PAGE_MARK_HEAD_RE = /^\s*Sida\s+\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*/u;
const PAGE_NUMBER_LINE_RE =
  /^(?:[-–]\s*)?\d{1,4}(?:\s*\(\s*\d{1,4}\s*\))?(?:\s*[-–])?$|^\d{1,4}\s*\/\s*\d{1,4}$/u;
/** A document header repeated at a page edge: `Utlåtande 2013:142 RII (Dnr …)`, `HUDDINGE KOMMUN … 2 (2)`. */
const RUNNING_HEADER_RE =
  /^(?:Utlåtande|PM|Tjänsteutlåtande|TJÄNSTEUTLÅTANDE|Tjänsteskrivelse|TJÄNSTESKRIVELSE|Protokollsutdrag|Remissvar|Yttrande|[A-ZÀ-ÖØ-Þ]{2,}(?:\s[A-ZÀ-ÖØ-Þ]{2,})*\s(?:KOMMUN|STAD))(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d]).{0,110}$/u;
const HEADER_MARKER_RE =
  /\bDnr\b|\bR[IVX]{1,5}\b|\d{4}:\d*|\d+\s*\(\d+\)|\d{4}-\d{2}-\d{2}|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])[A-ZÀ-ÖØ-Þ]{2,5}-\d{4}/u;
const TRAILING_COUNTER_RE = /\s+\d{1,4}(?:\s*\(\s*\d{1,4}\s*\))?$/u;

function cleanRaw(page: unknown): string[] {
  const raw = typeof page === 'string' ? page : '';
  return raw
    .normalize('NFC')
    .replace(/\u00ad/gu, '')
    .replace(/[\u00a0\u2007\u202f]/gu, ' ')
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/\t/gu, ' ')
    .split(/\r\n|\r|\n/u)
    .map((l) => {
      const line = l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l;
      const text = line.includes('Sida')
        ? line.replace(PAGE_MARK_TAIL_RE, '').replace(PAGE_MARK_HEAD_RE, '')
        : line;
      return text.trim();
    })
    .filter((l) => l.length > 0);
}

function headerKey(line: string): string {
  return line.replace(TRAILING_COUNTER_RE, '').trim();
}

function isRunningHeader(line: string, repeated: ReadonlySet<string>): boolean {
  const key = headerKey(line);
  if (key.length > 0 && repeated.has(key)) return true;
  return RUNNING_HEADER_RE.test(line) && HEADER_MARKER_RE.test(line);
}

/** Edge lines (top two, bottom three) that recur on several pages are running headers or footers. */
function findRepeatedEdgeLines(pages: readonly string[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set<string>();
    for (const l of [...lines.slice(0, 2), ...lines.slice(-3)]) {
      if (PAGE_NUMBER_LINE_RE.test(l)) continue;
      const key = headerKey(l);
      if (key.length >= 6) edge.add(key);
    }
    for (const key of edge) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [key, n] of seen) if (n >= 2) repeated.add(key);
  return repeated;
}

function stripPageEdges(lines: string[], pageIndex: number, repeated: ReadonlySet<string>): string[] {
  const out = [...lines];
  // the first page's own header is the document header, not a running one
  const isFirstPage = pageIndex === 0;
  for (let i = 0; i < 4 && out.length > 0; i++) {
    const last = out[out.length - 1] ?? '';
    const isHeader = (!isFirstPage || out.length > 2) && isRunningHeader(last, repeated);
    if (PAGE_NUMBER_LINE_RE.test(last) || isHeader) out.pop();
    else break;
  }
  for (let i = 0; i < 3 && out.length > 0 && !isFirstPage; i++) {
    const first = out[0] ?? '';
    if (PAGE_NUMBER_LINE_RE.test(first) || isRunningHeader(first, repeated)) out.shift();
    else break;
  }
  return out;
}

const SUSPENDED_NEXT_RE = /^(?:och|eller|samt|respektive|resp\.|till|som)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;

/** Joins physical lines; undoes line-end hyphenation (`hälsoskydds-` + `nämnden`). */
function joinLines(pages: readonly string[][]): { text: string; lines: TextLine[] } {
  const lines: TextLine[] = [];
  let current: { text: string; page: number } | null = null;
  const flush = () => {
    if (current) lines.push({ text: current.text, page: current.page, start: 0 });
    current = null;
  };
  pages.forEach((pageLines, pageIndex) => {
    for (const line of pageLines) {
      if (current) {
        const prev: string = current.text;
        const first = line.charAt(0);
        const isLower = first !== first.toUpperCase() && first === first.toLowerCase();
        const isUpper = first !== first.toLowerCase();
        if (
          /[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]-$/u.test(prev) &&
          !/\s[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]{1,2}-$/u.test(prev) &&
          !SUSPENDED_NEXT_RE.test(line)
        ) {
          if (isLower) {
            current.text = prev.slice(0, -1) + line;
            continue;
          }
          if (isUpper) {
            current.text = prev + line;
            continue;
          }
        }
        if (/[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]--$/u.test(prev) && (isUpper || isLower)) {
          current.text = prev.slice(0, -1) + line;
          continue;
        }
        if (/\d-$/u.test(prev) && isLower) {
          current.text = prev + line;
          continue;
        }
      }
      flush();
      current = { text: line, page: pageIndex + 1 };
    }
  });
  flush();
  let offset = 0;
  for (const l of lines) {
    l.start = offset;
    offset += l.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join('\n'), lines };
}

export function buildDocumentText(pages: readonly unknown[]): DocumentText {
  const list = Array.isArray(pages) ? pages : [];
  let budget = MAX_CHARS;
  const cleaned: string[][] = [];
  for (const page of list) {
    if (budget <= 0) break;
    const text = typeof page === 'string' ? page.slice(0, budget) : '';
    budget -= text.length;
    cleaned.push(cleanRaw(text));
  }
  const repeated = findRepeatedEdgeLines(cleaned);
  const stripped = cleaned.map((lines, i) => stripPageEdges(lines, i, repeated));
  let known: Map<string, string> | null = null;
  const collapsed = stripped.map((lines) =>
    lines.map((l) => {
      if (!isLetterSpaced(l)) return l.replace(/ {2,}/gu, ' ');
      known ??= collectKnownNames(stripped.map((p) => p.join('\n')).join('\n'));
      return collapseLetterSpaced(l, known);
    }),
  );
  const { text, lines } = joinLines(collapsed);
  return { text, lines, pageCount: cleaned.length };
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
