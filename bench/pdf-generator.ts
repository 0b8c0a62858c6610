// A tiny PDF writer for benchmark inputs: utlåtande-like text pages of any length (uncompressed
// content streams, Helvetica, WinAnsi), so page-count scaling can be measured without big fixtures.
// Not product code: the file structure is the test fixtures' buildPdf; this adds page layout.
import { buildPdf } from '../test/fixtures/hostile/text-pdf.ts';

const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 10.5;
const LEADING = 14;
const CHARS_PER_LINE = 92;
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);

/** Characters WinAnsiEncoding places outside Latin-1; anything else unknown becomes `?`. */
const WIN_ANSI_EXTRA: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94 };

function toWinAnsi(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    const extra = WIN_ANSI_EXTRA[ch];
    if (extra !== undefined) bytes.push(extra);
    else if (code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0)) bytes.push(code);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

function escapePdfString(bytes: Buffer): Buffer {
  const out: number[] = [];
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out.push(0x5c);
    out.push(b);
  }
  return Buffer.from(out);
}

function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > CHARS_PER_LINE) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Paragraphs → lines laid out on pages; an empty paragraph is a blank line. */
export function layoutPages(paragraphs: readonly string[]): string[][] {
  const pages: string[][] = [[]];
  for (const paragraph of paragraphs) {
    const lines = paragraph.trim() === '' ? [''] : wrap(paragraph);
    for (const line of lines) {
      let page = pages.at(-1) as string[];
      if (page.length >= LINES_PER_PAGE) {
        page = [];
        pages.push(page);
      }
      page.push(line);
    }
  }
  return pages;
}

/** Lines per page → the bytes of a valid PDF with one uncompressed Helvetica text stream per page. */
export function writePdf(pages: readonly (readonly string[])[]): Buffer {
  return buildPdf(
    pages.map((lines) => {
      const parts: Buffer[] = [
        Buffer.from(`BT /F1 ${FONT_SIZE} Tf ${LEADING} TL ${MARGIN} ${PAGE_HEIGHT - MARGIN} Td\n`),
      ];
      for (const line of lines)
        parts.push(Buffer.from('('), escapePdfString(toWinAnsi(line)), Buffer.from(") '\n"));
      parts.push(Buffer.from('ET\n'));
      return { content: Buffer.concat(parts) };
    }),
  );
}

const BODIES = [
  ['Stadsledningskontoret', 'tillstyrker förslaget'],
  ['Trafiknämnden', 'avstyrker förslaget'],
  ['Socialnämnden', 'har inget att invända mot förslaget'],
  ['Exploateringsnämnden', 'tillstyrker förslaget i huvudsak'],
  ['Kulturnämnden', 'ställer sig positiv till förslaget'],
  ['Södermalms stadsdelsnämnd', 'avstyrker förslaget'],
  ['Rinkeby-Kista stadsdelsnämnd', 'tillstyrker delvis förslaget'],
  ['Miljö- och hälsoskyddsnämnden', 'tillstyrker förslaget'],
] as const;

const FILLER =
  'Nämnden konstaterar att ärendet berör flera av stadens verksamheter och att en samlad bedömning ' +
  'behöver göras av kostnader, tidplan och konsekvenser för invånarna. Förvaltningen har i sitt ' +
  'tjänsteutlåtande redovisat hur förslaget förhåller sig till stadens budget, till gällande ' +
  'styrdokument och till pågående arbete inom området. Det framhålls att åtgärderna bör ' +
  'samordnas med övriga insatser och följas upp årligen i verksamhetsplanen.';

/**
 * An utlåtande of about `pages` pages: a real-looking first page (Dnr, title, proposal, consulted
 * bodies with stances), then remissvar summaries and long reasoning to fill the requested length.
 * `seed` varies the Dnr and title so generated documents are different cases.
 */
export function generateUtlatande(pages: number, seed = 1): Buffer {
  const year = 2018 + (seed % 7);
  const dnr = `${year}/${String(1000 + seed).padStart(6, '0')}`;
  const head = [
    `Utlåtande ${year + 1}:${(seed % 180) + 1} RIII (Dnr ${dnr})`,
    `Åtgärder för ökad trygghet och tillgänglighet i stadsdel ${seed}`,
    `Motion (${year}:${(seed % 90) + 1}) av Anna Berg och Karl Lund (båda S)`,
    '',
    'Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.',
    '',
    'Motionen avslås.',
    '',
    'Föredragande borgarrådet Jonatan Hägg anför följande.',
    '',
    'Ärendet',
    '',
    `I en motion som väcktes i kommunfullmäktige föreslår Anna Berg och Karl Lund (båda S) att staden ska ${FILLER}`,
    '',
    'Beredning',
    '',
    `Ärendet har remitterats till ${BODIES.map(([b]) => b.toLowerCase()).join(', ')}.`,
    '',
  ];
  const answers = BODIES.map(([body, stance]) => [body, '', `${body} ${stance}. ${FILLER}`, '']);
  const closing = [
    'Mina synpunkter',
    '',
    FILLER,
    '',
    'Jag föreslår att kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.',
    '',
    'Motionen avslås.',
    '',
    `Stockholm den 10 maj ${year + 1}`,
    '',
    'På kommunstyrelsens vägnar:',
    'Tove Rådberg',
    'Jonatan Hägg',
  ];
  // pages break on line count only, so fill by counting lines: drop answers that do not fit a short
  // document, then pad with reasoning until the closing lands on the last requested page
  const capacity = Math.max(1, pages) * LINES_PER_PAGE;
  const countLines = (paragraphs: readonly string[]) =>
    paragraphs.reduce((n, p) => n + (p.trim() === '' ? 1 : wrap(p).length), 0);
  const used = [...answers];
  while (used.length > 1 && countLines([...head, ...used.flat(), ...closing]) > capacity) used.pop();
  const paragraphs = [...head, ...used.flat()];
  const filler = [FILLER, ''];
  const fillerLines = countLines(filler);
  let total = countLines([...paragraphs, ...closing]);
  while (total + fillerLines <= capacity) {
    paragraphs.push(...filler);
    total += fillerLines;
  }
  const laid = layoutPages([...paragraphs, ...closing]);
  return writePdf(laid);
}
