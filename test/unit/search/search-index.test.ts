// The full-text index on small made-up cases: stems, AND, phrases, prefixes, ranking, snippets
// with their page and highlights, and a file that round-trips through JSON.
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  loadSearchIndex,
  matchTitle,
  type SearchableCase,
  SearchIndexFormatError,
  textsFileOf,
} from '../../../shared/search/search-index.ts';
import { parseSearchQuery } from '../../../shared/search/search-query.ts';

const sha = (c: string) => c.repeat(64);
const cases: SearchableCase[] = [
  {
    id: 'stockholm-2020-000001',
    title: 'Bänkar i parken',
    date: '2020-01-01',
    updatedAt: '2020-01-02T00:00:00.000Z',
    documents: [
      {
        sha256: sha('a'),
        pages: [
          'Kommunstyrelsen föreslår att motionen avslås.',
          'Äldreförvaltningen anser att hemtjänsten i Skarpnäck behöver fler\nanställda under sommaren.',
        ],
      },
    ],
  },
  {
    id: 'stockholm-2020-000002',
    title: 'Hemtjänst i ytterstaden',
    date: '2020-02-01',
    updatedAt: '2020-02-02T00:00:00.000Z',
    documents: [{ sha256: sha('b'), pages: ['Motionen handlar om cykelbanor längs vattnet.'] }],
  },
  {
    id: 'stockholm-2020-000003',
    title: 'Förskolor i Hjulsta',
    date: null,
    updatedAt: '2020-03-02T00:00:00.000Z',
    documents: [{ sha256: sha('c'), pages: ['Nya cykelbanorna ska byggas längs vattnet och parken.'] }],
  },
];
const build = (list: SearchableCase[], feedVersion = 1) => {
  const built = buildSearchIndex(list, {
    feedVersion,
    builtAt: '2026-01-01T00:00:00Z',
    textsFile: 'search/texts-a.bin',
  });
  return { built, index: loadSearchIndex(built.index, built.texts) };
};
const { built, index } = build(cases, 7);
const ids = (q: string) => {
  const query = parseSearchQuery(q);
  return index
    .search(query)
    .filter((h) => index.hasPhrases(h.id, query))
    .map((h) => h.id);
};
const marked = (m: { snippet: string; highlights: { start: number; end: number }[] }) =>
  m.highlights.map((h) => m.snippet.slice(h.start, h.end));

describe('loadSearchIndex', () => {
  it('returns the build metadata it was written with, naming its texts file', () => {
    expect([index.feedVersion, index.builtAt, index.cases]).toEqual([7, '2026-01-01T00:00:00Z', 3]);
    expect(textsFileOf(built.index)).toBe(built.textsFile);
    expect(built.textsFile).toBe('search/texts-a.bin');
  });

  it('finds an inflected form through its stem, title matches ranked first', () => {
    expect(ids('hemtjänsten')).toEqual(['stockholm-2020-000002', 'stockholm-2020-000001']);
  });

  it('returns only cases holding every word', () => {
    expect(ids('hemtjänst Skarpnäck')).toEqual(['stockholm-2020-000001']);
  });

  it('returns prefix matches for a word ending in *', () => {
    expect(ids('förskol*').sort()).toEqual(['stockholm-2020-000003']);
    expect(ids('cykel*').sort()).toEqual(['stockholm-2020-000002', 'stockholm-2020-000003']);
  });

  it('returns only cases where a quoted phrase stands in order', () => {
    expect(ids('"cykelbanor längs vattnet"')).toEqual(['stockholm-2020-000002']);
    expect(ids('"cykelbanor ska byggas"')).toEqual(['stockholm-2020-000003']);
    expect(ids('"vattnet längs"')).toEqual([]);
    expect(ids('"vattnet och parken"')).toEqual(['stockholm-2020-000003']);
  });

  it('returns nothing for function words alone', () => {
    expect(ids('och att')).toEqual([]);
  });

  it('returns a snippet from the page that matched, with the matched words highlighted', () => {
    const query = parseSearchQuery('hemtjänsten skarpnäck');
    index.search(query);
    const match = index.matchOf('stockholm-2020-000001', query);

    expect(match?.page).toBe(2);
    expect(match?.document).toBe(sha('a'));
    expect(match?.snippet).not.toMatch(/\n/);
    expect(marked(match ?? { snippet: '', highlights: [] })).toEqual(['hemtjänsten', 'Skarpnäck']);
  });

  it('returns the title as the snippet when only the title matched', () => {
    const query = parseSearchQuery('ytterstaden');
    const match = index.matchOf('stockholm-2020-000002', query);

    expect(match).toEqual({
      snippet: 'Hemtjänst i ytterstaden',
      page: null,
      document: null,
      highlights: [{ start: 12, end: 23 }],
    });
  });

  it('marks a phrase as one span', () => {
    const query = parseSearchQuery('"längs vattnet"');
    index.search(query);
    const match = index.matchOf('stockholm-2020-000003', query);

    expect(marked(match ?? { snippet: '', highlights: [] })).toEqual(['längs vattnet']);
  });

  it('cuts a long page around the match, at word boundaries', () => {
    const filler = 'ord '.repeat(200);
    const { index: long } = build([
      {
        id: 'x-1',
        title: null,
        date: null,
        updatedAt: '2020-01-01T00:00:00Z',
        documents: [{ sha256: sha('d'), pages: [`${filler}solceller ${filler}`] }],
      },
    ]);
    const query = parseSearchQuery('solcellerna');
    const match = long.matchOf('x-1', query);

    expect(match?.snippet.length).toBeLessThan(200);
    expect(match?.snippet).toMatch(/^…ord .* ord…$/);
    expect(marked(match ?? { snippet: '', highlights: [] })).toEqual(['solceller']);
  });

  it('returns a title match for a case the index does not hold yet', () => {
    expect(matchTitle('Solceller på skolornas tak', parseSearchQuery('skolor solcell*'))).toEqual({
      snippet: 'Solceller på skolornas tak',
      page: null,
      document: null,
      highlights: [
        { start: 0, end: 9 },
        { start: 13, end: 22 },
      ],
    });
    expect(matchTitle('Solceller på skolornas tak', parseSearchQuery('hemtjänst'))).toBeNull();
  });

  it('throws a SearchIndexFormatError for a file that is not an index', () => {
    expect(() => loadSearchIndex('{"format":0}', new Uint8Array())).toThrow(SearchIndexFormatError);
    expect(() => loadSearchIndex('not json', new Uint8Array())).toThrow(SearchIndexFormatError);
    expect(() => loadSearchIndex(built.index, Buffer.from('other texts'))).toThrow(SearchIndexFormatError);
  });
});
