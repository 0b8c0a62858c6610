import { describe, expect, it } from 'vitest';
import { buildDocumentText } from '../../../../shared/extraction/text/document-text.ts';
import { layoutPages } from '../../../../shared/pdf/page-layout.ts';
import type { PositionedItem, PositionedPage } from '../../../../shared/pdf/positioned-text.ts';

// Pages built by hand the way pdf.js reports them: runs with a baseline, an advance width, a size
// and a font key. (This file tests shared/pdf/page-layout.ts; it sits under extraction/ with the
// other reader tests.) Body text is 11 pt with a 14 pt leading; widths are 0.5 em per character.
const BODY = 11;
const LEADING = 14;

function run(str: string, x: number, y: number, size = BODY, font = 'Body'): PositionedItem {
  return { str, x, y, width: str.length * size * 0.5, size, font };
}
/** Runs one after another on a baseline, each starting where the previous one ended plus `gap`. */
function runsAt(y: number, gap: number, ...strs: string[]): PositionedItem[] {
  let x = 60;
  return strs.map((s) => {
    const r = run(s, x, y);
    x += r.width + gap;
    return r;
  });
}
/** Lines of body text from `y` at the usual leading. */
function bodyLines(y: number, ...texts: string[]): PositionedItem[] {
  return texts.map((t, i) => run(t, 60, y + i * LEADING));
}
function page(items: PositionedItem[]): PositionedPage {
  return { width: 595, height: 842, items };
}
/** Single-glyph runs, as letter-spaced names are set: `spacing` between letters, `wordGap` between words. */
function letterSpaced(text: string, y: number, spacing: number, wordGap: number): PositionedItem[] {
  const out: PositionedItem[] = [];
  let x = 60;
  for (const word of text.split(' ')) {
    for (const ch of word) {
      out.push({ str: ch, x, y, width: 6, size: BODY, font: 'Body' });
      x += 6 + spacing;
    }
    x += wordGap;
  }
  return out;
}
const FILLER = [
  'Kulturnämnden har tagit del av motionen om fler bänkar i parkerna',
  'och konstaterar att frågan har betydelse för många äldre besökare',
  'som i dag har svårt att hitta en plats att vila på längs gångstråken.',
];

describe('layoutPages', () => {
  it('joins runs on one baseline from left to right, whatever order they come in', () => {
    const [first, second] = runsAt(300, 3, 'Nämnden tillstyrker', 'motionen.');
    const { lines } = layoutPages([page([second as PositionedItem, first as PositionedItem])]);
    expect(lines.map((l) => l.text)).toEqual(['Nämnden tillstyrker motionen.']);
  });

  it('adds a space only where the runs leave a visible gap', () => {
    const { lines } = layoutPages([
      page([...runsAt(300, 0, 'kultur', 'nämnden'), ...runsAt(320, 3, 'kultur', 'nämnden')]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['kulturnämnden', 'kultur nämnden']);
  });

  it('keeps runs whose baselines differ by less than half a font size on one line', () => {
    const { lines } = layoutPages([
      page([run('Motion', 60, 300), run('1', 96, 297, 7), run('om bänkar', 104, 300)]),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.text).toBe('Motion 1 om bänkar');
  });

  it('starts a new line when the baseline moves by more than that', () => {
    const { lines } = layoutPages([page([run('Första raden', 60, 300), run('Andra raden', 60, 308)])]);
    expect(lines.map((l) => l.text)).toEqual(['Första raden', 'Andra raden']);
  });

  it('splits a line into cells at a gap wider than three font sizes', () => {
    const { lines } = layoutPages([page([run('Karl Ek', 60, 600), run('Lisa Berg', 320, 600)])]);
    expect(lines[0]?.cells.map((c) => [c.text, c.x])).toEqual([
      ['Karl Ek', 60],
      ['Lisa Berg', 320],
    ]);
    expect(lines[0]?.text).toBe('Karl Ek Lisa Berg');
  });

  it('measures each line’s gap to the previous baseline, its size, font and position on the page', () => {
    const { lines } = layoutPages([
      page([
        run('Svar på remiss', 60, 100, 16, 'Bold'),
        ...bodyLines(130, 'Nämnden tillstyrker.', 'Den andra raden.'),
      ]),
    ]);
    expect(lines.map((l) => [l.gapBefore, l.size, l.font])).toEqual([
      [null, 16, 'Bold'],
      [30, BODY, 'Body'],
      [LEADING, BODY, 'Body'],
    ]);
    expect(lines[0]?.position).toBeCloseTo(100 / 842, 5);
  });

  it('gives a line the font that carries most of its characters', () => {
    const { lines } = layoutPages([
      page([run('Obs:', 60, 300, BODY, 'Bold'), run('nämnden har inte svarat.', 90, 300)]),
    ]);
    expect(lines[0]?.font).toBe('Body');
  });

  it('takes body size, font and leading from the text that carries most characters', () => {
    const { typography } = layoutPages([
      page([run('Kulturförvaltningen', 60, 60, 16, 'Bold'), ...bodyLines(100, ...FILLER, ...FILLER)]),
    ]);
    expect(typography).toEqual({ bodySize: BODY, bodyFont: 'Body', leading: LEADING });
  });

  it('numbers pages and starts each page’s gaps afresh', () => {
    const { lines } = layoutPages([
      page(bodyLines(100, 'Sidan ett.')),
      page(bodyLines(80, 'Sidan två.', 'Mer text.')),
    ]);
    expect(lines.map((l) => [l.text, l.page, l.gapBefore])).toEqual([
      ['Sidan ett.', 1, null],
      ['Sidan två.', 2, null],
      ['Mer text.', 2, LEADING],
    ]);
  });

  it('marks the word break in a letter-spaced name with two spaces', () => {
    const { lines } = layoutPages([page(letterSpaced('ANNA STRÖM', 500, 2, 4))]);
    expect(lines[0]?.text).toBe('A N N A  S T R Ö M');
  });

  it('ignores blank runs and runs without finite coordinates', () => {
    const { lines } = layoutPages([
      page([run('  ', 60, 300), run('Text', 60, Number.NaN), run('Kvar.', 60, 320), run('', 90, 320)]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Kvar.']);
  });
});

describe('buildDocumentText on positioned pages', () => {
  const linesOf = (items: PositionedItem[]) => buildDocumentText([page(items)]).lines;

  it('sets two names apart at one wide blank, but not the stretched word gaps of a justified line', () => {
    const blank = (x: number, y: number, width: number): PositionedItem => ({
      str: ' ',
      x,
      y,
      width,
      size: BODY,
      font: 'Body',
    });
    const lines = linesOf([
      ...bodyLines(100, ...FILLER),
      run('Karin Lind', 60, 300),
      blank(115, 300, 30),
      run('Per Holm', 145, 300),
      // justified: every gap as wide, none standing out
      run('kulturnämnden,', 60, 330),
      blank(137, 330, 25),
      run('till', 162, 330),
      blank(184, 330, 25),
      run('idrottsnämnden', 209, 330),
      blank(286, 330, 25),
      run('och', 311, 330),
    ]);
    expect(lines.find((l) => l.text.startsWith('Karin'))?.cells).toEqual(['Karin Lind', 'Per Holm']);
    expect(lines.find((l) => l.text.startsWith('kulturnämnden'))?.cells).toHaveLength(1);
  });

  it('reads a short justified line, its word gaps stretched past the cell gap alike, as one line of words', () => {
    const lines = linesOf([
      ...bodyLines(100, ...FILLER),
      run('kulturnämnden,', 60, 300),
      run('idrottsnämnden', 60 + 77 + 40, 300),
      run('och', 60 + 77 + 40 + 77 + 40, 300),
      run('stadsbyggnadsnämnden', 60 + 77 + 40 + 77 + 40 + 16.5 + 40, 300),
    ]);
    expect(lines.find((l) => l.text.startsWith('kulturnämnden'))?.cells).toEqual([
      'kulturnämnden, idrottsnämnden och stadsbyggnadsnämnden',
    ]);
  });

  it('marks a short line set larger than body text as a heading', () => {
    const lines = linesOf([
      run('Svar på remiss om bänkar', 60, 100, 14, 'Body'),
      ...bodyLines(130, ...FILLER),
    ]);
    expect(lines.map((l) => l.heading)).toEqual([true, false, false, false]);
  });

  it('marks a short line in another font at body size as a heading', () => {
    const lines = linesOf([
      ...bodyLines(100, ...FILLER),
      run('Bedömning', 60, 160, BODY, 'Bold'),
      ...bodyLines(174, ...FILLER),
    ]);
    expect(lines.find((l) => l.text === 'Bedömning')?.heading).toBe(true);
  });

  it('does not make a larger line that ends like a sentence a heading', () => {
    const lines = linesOf([
      run('Nämnden tillstyrker motionen.', 60, 100, 14, 'Body'),
      ...bodyLines(130, ...FILLER),
    ]);
    expect(lines[0]?.heading).toBe(false);
  });

  it('opens a paragraph after a vertical gap wider than the usual leading', () => {
    const lines = linesOf([...bodyLines(100, ...FILLER), ...bodyLines(100 + 3 * LEADING + 12, ...FILLER)]);
    expect(lines.map((l) => l.paragraphStart)).toEqual([true, false, false, true, false, false]);
  });

  it('collapses a letter-spaced name into a name', () => {
    const lines = linesOf([...bodyLines(100, ...FILLER), ...letterSpaced('ANNA STRÖM', 200, 2, 4)]);
    expect(lines.at(-1)?.text).toBe('Anna Ström');
  });

  it('reads a table of answers at the top of a page excerpt, with a narrow gutter and wrapped cells, as rows', () => {
    // columns at 60, 220 and 440 (9 pt, 12 pt leading); the second column's text ends 10 pt before
    // the third's start, narrower than a run-start gap; first cells go on in parentheses
    const cell = (str: string, x: number, y: number) => run(str, x, y, 9);
    const { lines } = layoutPages([
      page([
        cell('Remissinstans', 60, 90),
        cell('Synpunkter i sammandrag', 220, 90),
        cell('Kommentar', 440, 90),
        cell('Idrottsnämnden', 60, 106),
        cell('Nämnden tillstyrker förslaget om fler bänkar i', 220, 106),
        cell('Noteras.', 440, 106),
        cell('(2020-03-02, §', 60, 118),
        cell('parkerna och ser positivt på planen i stort.', 220, 118),
        cell('12)', 60, 130),
        cell('Kulturnämnden', 60, 146),
        cell('Inga synpunkter.', 220, 146),
        cell('–', 440, 146),
      ]),
    ]);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['Remissinstans', 'Synpunkter i sammandrag', 'Kommentar'],
      [
        'Idrottsnämnden (2020-03-02, § 12)',
        'Nämnden tillstyrker förslaget om fler bänkar i parkerna och ser positivt på planen i stort.',
        'Noteras.',
      ],
      ['Kulturnämnden', 'Inga synpunkter.', '–'],
    ]);
  });

  it('reads a table under a smaller header whose last label wraps, with a first cell wrapped after `i`', () => {
    const head = (str: string, x: number, y: number) => run(str, x, y, 8);
    const cell = (str: string, x: number, y: number) => run(str, x, y, 9.5);
    const { lines } = layoutPages([
      page([
        ...bodyLines(100, ...FILLER),
        head('Remissinstans', 60, 300),
        head('Synpunkter', 220, 300),
        head('Kontorets', 440, 300),
        head('kommentar', 440, 310),
        cell('Naturskyddsföreningen i', 60, 326),
        cell('Positiv till planen men vill', 220, 326),
        cell('Noteras.', 440, 326),
        cell('Tierp', 60, 337),
        cell('se fler träd.', 220, 337),
        cell('Kulturnämnden', 60, 356),
        cell('Inga synpunkter.', 220, 356),
        cell('–', 440, 356),
      ]),
    ]);
    const rows = lines.map((l) => l.cells.map((c) => c.text)).filter((cells) => cells.length === 3);
    expect(rows).toEqual([
      ['Remissinstans', 'Synpunkter', 'Kontorets'],
      ['Naturskyddsföreningen i Tierp', 'Positiv till planen men vill se fler träd.', 'Noteras.'],
      ['Kulturnämnden', 'Inga synpunkter.', '–'],
    ]);
  });

  /** The first cells of a three-column table of answers, its lines given as `[y, cells…]` ('' for an empty cell). */
  const firstCells = (rows: [number, string, string, string][]) => {
    const cell = (str: string, x: number, y: number) => run(str, x, y, 9.5);
    const items = rows.flatMap(([y, ...cells]) =>
      cells.flatMap((text, k) => (text ? [cell(text, [60, 220, 440][k] ?? 60, y)] : [])),
    );
    const { lines } = layoutPages([page([...bodyLines(100, ...FILLER), ...items])]);
    return lines
      .map((l) => l.cells.map((c) => c.text))
      .filter((cells) => cells.length === 3)
      .map((cells) => cells[0]);
  };

  it('joins a first cell whose name wraps at a company form or mid-word, and opens a row at `AB X`', () => {
    expect(
      firstCells([
        [300, 'Remissinstans', 'Synpunkter', 'Kommentar'],
        [320, 'Tierps Bostads', 'Inget att erinra.', '–'],
        [331, 'AB', '', ''],
        [350, 'Friluftsförening', 'Positiv till planen.', 'Noteras.'],
        [361, 'en i Tierp', '', ''],
        [380, 'AB Tierpsbyggen', 'Inga synpunkter.', '–'],
        [399, 'Region Uppsala,', 'Välkomnar planen.', 'Noteras.'],
        [410, 'Trafikförvaltningen', '', ''],
      ]),
    ).toEqual([
      'Remissinstans',
      'Tierps Bostads AB',
      'Friluftsföreningen i Tierp',
      'AB Tierpsbyggen',
      'Region Uppsala, Trafikförvaltningen',
    ]);
  });

  it('joins a wrapped row whose other cells go on in lower case, but not a row under a date', () => {
    expect(
      firstCells([
        [300, 'Remissinstans', 'Synpunkter', 'Kommentar'],
        [320, 'Hyresgästföreningen', 'Avstyrker förslaget att avveckla', 'Se avsnittet'],
        [331, 'Tibro', 'lekplatser i hyresområdena.', 'om avveckling.'],
        [350, 'Fritidsnämnden', '2021-03-02', 'Tillstyrker.'],
        [361, 'Kulturnämnden', 'beslut 2021-03-04', 'Inga synpunkter.'],
      ]),
    ).toEqual(['Remissinstans', 'Hyresgästföreningen Tibro', 'Fritidsnämnden', 'Kulturnämnden']);
  });

  it('keeps a header table’s columns as cells', () => {
    const lines = linesOf([
      run('Datum', 60, 90, 9),
      run('Dnr', 200, 90, 9),
      run('2020-05-04', 60, 102),
      run('T2020-01234', 200, 102),
      ...bodyLines(140, ...FILLER),
    ]);
    expect(lines.slice(0, 2).map((l) => l.cells)).toEqual([
      ['Datum', 'Dnr'],
      ['2020-05-04', 'T2020-01234'],
    ]);
  });
});
