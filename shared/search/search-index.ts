// Published cases with their page texts → a full-text index (MiniSearch, BM25, Swedish Snowball
// stems) as two files, and back: ranked case ids for a query, and for each a snippet of the page it
// matched with the matched words marked. The index (JSON) holds terms and case facts; the page texts,
// needed only for snippets and phrases, are a second, gzipped file, kept in memory as one buffer
// outside the JS heap and decoded per case only for the hits shown. Pure: the caller does the I/O.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { SearchQuery } from './search-query.ts';
import { foldCase, indexTermOf, isStopword, stemOf, tokenize } from './search-terms.ts';

/** Bumped when the file's shape or the terms it holds change: an older file is rebuilt, not read. */
export const SEARCH_INDEX_FORMAT = 2;

/** Where the publish function writes the index, beside the bulk files. */
export const SEARCH_INDEX_FILE = 'search/index.json';
/** The page texts' files: the publish function writes the one the current index does not name. */
export const SEARCH_TEXTS_FILES = ['search/texts-a.bin', 'search/texts-b.bin'] as const;

export interface SearchableCase {
  id: string;
  title: string | null;
  /** The case's date and last change, so hits can be sorted without reading the records. */
  date: string | null;
  updatedAt: string;
  /** Each source document's page texts, in the case's document order. */
  documents: { sha256: string; pages: readonly string[] }[];
}

/** Where a hit matched, for the listing's `match`. */
export interface SearchMatch {
  /** About 160 characters around the best match, whitespace collapsed, `…` where cut. */
  snippet: string;
  /** Page (1-based) of `document` the snippet is from; null when only the title matched. */
  page: number | null;
  /** sha256 of the source document the page belongs to; null for the title. */
  document: string | null;
  /** The matched words within `snippet`, as [start, end) offsets in UTF-16 code units. */
  highlights: { start: number; end: number }[];
}

export interface SearchHit {
  id: string;
  score: number;
  date: string | null;
  updatedAt: string;
}

export interface SearchIndex {
  /** The feed version the index was built at (the store's counter, bumped by every publish). */
  feedVersion: number;
  builtAt: string;
  cases: number;
  /**
   * Every case holding all terms, best first (kept for the index's lifetime, for the last 100
   * queries: paging and the portal's count ask again). Phrases are not checked here: they need
   * the texts, so the caller checks `hasPhrases` only for the hits it shows.
   */
  search(query: SearchQuery): SearchHit[];
  /** Whether a hit's title or one of its pages holds every phrase of the query in order. */
  hasPhrases(id: string, query: SearchQuery): boolean;
  /** The snippet of one hit; null if the case is not in the index. */
  matchOf(id: string, query: SearchQuery): SearchMatch | null;
}

const IndexFileSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  feedVersion: z.number().int().nonnegative(),
  builtAt: z.string(),
  /** The bulk file holding the page texts, and its sha256 (a reader checks it got those bytes). */
  textsFile: z.string(),
  textsSha256: z.string(),
  cases: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      date: z.string().nullable(),
      updatedAt: z.string(),
      /** [offset, length] of the case's texts (UTF-8 JSON) in the unzipped texts file. */
      texts: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
      documents: z.array(z.string()),
    }),
  ),
  index: z.record(z.string(), z.unknown()),
});
type IndexFile = z.infer<typeof IndexFileSchema>;

/** The file does not hold a search index this code can read (wrong format, truncated…). */
export class SearchIndexFormatError extends Error {
  override name = 'SearchIndexFormatError';
}

interface IndexedCase {
  id: number;
  title: string;
  text: string;
}

const FIELDS = ['title', 'text'];
const MINISEARCH_OPTIONS = {
  fields: FIELDS,
  tokenize,
  processTerm: indexTermOf,
  // query terms arrive as stems already (search-query.ts): looked up as they are
  searchOptions: { processTerm: (term: string) => term },
};
/** Queries whose hits a loaded index keeps. */
const RECENT_QUERIES = 100;
/** A title word weighs as much as three in the body. */
const TITLE_BOOST = 3;

export interface BuiltSearchIndex {
  /** The index file (JSON), to be written last: it names the texts file. */
  index: string;
  /** The texts file's name and bytes, to be written first. */
  textsFile: string;
  texts: Buffer;
}

export function buildSearchIndex(
  cases: readonly SearchableCase[],
  meta: { feedVersion: number; builtAt: string; textsFile: string },
): BuiltSearchIndex {
  const miniSearch = new MiniSearch<IndexedCase>(MINISEARCH_OPTIONS);
  const blobs: Buffer[] = [];
  const entries: IndexFile['cases'] = [];
  let offset = 0;
  cases.forEach((c, i) => {
    miniSearch.add({ id: i, title: c.title ?? '', text: c.documents.flatMap((d) => d.pages).join('\n') });
    const blob = Buffer.from(JSON.stringify(c.documents.map((d) => d.pages)), 'utf8');
    blobs.push(blob);
    entries.push({
      id: c.id,
      title: c.title,
      date: c.date,
      updatedAt: c.updatedAt,
      texts: [offset, blob.byteLength],
      documents: c.documents.map((d) => d.sha256),
    });
    offset += blob.byteLength;
  });
  const texts = gzipSync(Buffer.concat(blobs));
  const textsFile = meta.textsFile;
  const file: IndexFile = {
    format: SEARCH_INDEX_FORMAT,
    feedVersion: meta.feedVersion,
    builtAt: meta.builtAt,
    textsFile,
    textsSha256: createHash('sha256').update(texts).digest('hex'),
    cases: entries,
    index: miniSearch.toJSON() as unknown as Record<string, unknown>,
  };
  return { index: JSON.stringify(file), textsFile, texts };
}

/** The texts file an index file names, without loading the index (a few bytes are read). */
export function textsFileOf(indexJson: string): string {
  const name = /"textsFile":"([^"]+)"/.exec(indexJson.slice(0, 512))?.[1];
  if (!name) throw new SearchIndexFormatError('the index names no texts file');
  return name;
}

export function loadSearchIndex(json: string, texts: Uint8Array): SearchIndex {
  let file: IndexFile;
  try {
    const parsed = IndexFileSchema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new SearchIndexFormatError(parsed.error.message);
    file = parsed.data;
  } catch (error) {
    if (error instanceof SearchIndexFormatError) throw error;
    throw new SearchIndexFormatError(`not a search index: ${(error as Error).message}`);
  }
  const got = createHash('sha256').update(texts).digest('hex');
  if (got !== file.textsSha256) {
    throw new SearchIndexFormatError(`${file.textsFile} is not the texts file of this index (sha256 ${got})`);
  }
  const miniSearch = MiniSearch.loadJS<IndexedCase>(
    file.index as unknown as AsPlainObject,
    MINISEARCH_OPTIONS,
  );
  const position = new Map(file.cases.map((c, i) => [c.id, i]));
  // unzipped once: decoding one case's slice then costs microseconds, not an inflate per hit
  let unzipped: Buffer;
  try {
    unzipped = gunzipSync(texts);
  } catch (error) {
    throw new SearchIndexFormatError(`${file.textsFile} is not gzip: ${(error as Error).message}`);
  }
  const textsOf = (entry: CaseEntry): Texts => {
    const [offset, length] = entry.texts;
    const pages = JSON.parse(unzipped.toString('utf8', offset, offset + length)) as string[][];
    return {
      title: entry.title,
      documents: entry.documents.map((sha256, i) => ({ sha256, pages: pages[i] ?? [] })),
    };
  };
  /** Per query: its hits and the stems each matched (for the snippets), least recently used first. */
  const recent = new Map<
    string,
    { hits: SearchHit[]; terms: Map<number, readonly string[]>; phrases: Map<number, boolean> }
  >();
  const keyOf = (query: SearchQuery) => JSON.stringify(query);

  function run(query: SearchQuery) {
    const key = keyOf(query);
    const cached = recent.get(key);
    if (cached) {
      recent.delete(key);
      recent.set(key, cached);
      return cached;
    }
    // MiniSearch's own arrays, kept as they are: a common word has tens of thousands of hits
    const terms = new Map<number, readonly string[]>();
    const hits: SearchHit[] = [];
    const entry = { hits, terms, phrases: new Map<number, boolean>() };
    if (query.terms.length === 0) return entry;
    const results = miniSearch.search(
      {
        combineWith: 'AND',
        queries: query.terms.map((t) => ({ queries: [t.stem], prefix: t.prefix })),
      },
      { boost: { title: TITLE_BOOST } },
    );
    for (const result of results) {
      const at = result.id as number;
      const found = file.cases[at];
      if (!found) continue;
      terms.set(at, result.terms);
      hits.push({ id: found.id, score: result.score, date: found.date, updatedAt: found.updatedAt });
    }
    recent.set(key, entry);
    for (const old of recent.keys()) {
      if (recent.size <= RECENT_QUERIES) break;
      recent.delete(old);
    }
    return entry;
  }

  function hasPhrasesOf(id: string, query: SearchQuery): boolean {
    if (query.phrases.length === 0) return true;
    const at = position.get(id);
    const entry = at === undefined ? undefined : file.cases[at];
    if (at === undefined || !entry) return false;
    const memo = run(query).phrases;
    let known = memo.get(at);
    if (known === undefined) {
      known = hasPhrases(textsOf(entry), query.phrases);
      memo.set(at, known);
    }
    return known;
  }

  function matchOf(id: string, query: SearchQuery): SearchMatch | null {
    const at = position.get(id);
    const entry = at === undefined ? undefined : file.cases[at];
    if (at === undefined || !entry) return null;
    const matched = recent.get(keyOf(query))?.terms.get(at);
    const fromSearch = matched ? new Set(matched) : undefined;
    const caseTexts = textsOf(entry);
    return bestMatch(caseTexts, fromSearch ?? matchedTermsOf(caseTexts, query), query.phrases);
  }

  return {
    feedVersion: file.feedVersion,
    builtAt: file.builtAt,
    cases: file.cases.length,
    search: (query) => run(query).hits,
    hasPhrases: hasPhrasesOf,
    matchOf,
  };
}

type CaseEntry = IndexFile['cases'][number];
/** One case's title and page texts, inflated for its snippet. */
interface Texts {
  title: string | null;
  documents: { sha256: string; pages: readonly string[] }[];
}

/**
 * The match of a case the index does not hold yet (published after it was built), read from its
 * title alone: null unless the title holds every term and phrase.
 */
export function matchTitle(title: string | null, query: SearchQuery): SearchMatch | null {
  if (!title || query.terms.length === 0) return null;
  const stems = new Set(tokenize(title).map(stemOf));
  const found = new Set<string>();
  for (const term of query.terms) {
    const hit = [...stems].filter((s) => (term.prefix ? s.startsWith(term.stem) : s === term.stem));
    if (hit.length === 0) return null;
    for (const s of hit) found.add(s);
  }
  if (!query.phrases.every((p) => phraseHitsIn(title, p).length > 0)) return null;
  return {
    snippet: title,
    page: null,
    document: null,
    highlights: highlightsOf(title, found, query.phrases),
  };
}

/** The stems of a case that answer the query's terms (for a case not found by the last search). */
function matchedTermsOf(entry: Texts, query: SearchQuery): Set<string> {
  const out = new Set<string>();
  const texts = [entry.title ?? '', ...entry.documents.flatMap((d) => d.pages)];
  for (const text of texts) {
    for (const token of tokenize(text)) {
      const stem = stemOf(token);
      if (query.terms.some((t) => (t.prefix ? stem.startsWith(t.stem) : stem === t.stem))) out.add(stem);
    }
  }
  return out;
}

const IS_WORD_CHAR = /[\p{L}\p{N}]/u;
const startsWord = (text: string, at: number) => at === 0 || !IS_WORD_CHAR.test(text[at - 1] ?? '');

/** Compiled patterns by source: a query's patterns run over many pages, compiling once is enough. */
const patterns = new Map<string, RegExp>();
function compiled(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'giu');
    if (patterns.size > 1000) patterns.clear();
    patterns.set(source, pattern);
  }
  // matchAll copies the pattern, so a shared one is safe; lastIndex is never read
  return pattern;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = '[\\p{L}\\p{N}]';

/**
 * Candidate words for the matched stems: a Snowball stem is a prefix of the lower-cased word, so a
 * regex finds the few candidates, and only those are stemmed to confirm.
 */
function hitsIn(text: string, stems: ReadonlySet<string>): { start: number; end: number; stem: string }[] {
  if (stems.size === 0) return [];
  const alternatives = [...stems].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // no look-behind: a pattern that starts with its literals lets the engine skip ahead fast
  const pattern = compiled(`(?:${alternatives.join('|')})${WORD_CHAR}*`);
  const out: { start: number; end: number; stem: string }[] = [];
  for (const m of text.matchAll(pattern)) {
    if (!startsWord(text, m.index)) continue;
    const stem = stemOf(m[0]);
    if (stems.has(stem)) out.push({ start: m.index, end: m.index + m[0].length, stem });
  }
  return out;
}

/** Where each phrase stands in `text` (word by word: stems for content words, function words as they are). */
function phraseHitsIn(text: string, phrase: readonly string[]): { start: number; end: number }[] {
  const parts = phrase.map((word) =>
    isStopword(word) ? `(${escapeRegExp(foldCase(word))})` : `(${escapeRegExp(stemOf(word))}${WORD_CHAR}*)`,
  );
  const pattern = compiled(`${parts.join(`[^\\p{L}\\p{N}]+`)}(?!${WORD_CHAR})`);
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(pattern)) {
    if (!startsWord(text, m.index)) continue;
    const ok = phrase.every((word, i) => {
      const got = m[i + 1] ?? '';
      return isStopword(word) ? foldCase(got) === foldCase(word) : stemOf(got) === stemOf(word);
    });
    if (ok) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function hasPhrases(entry: Texts, phrases: readonly string[][]): boolean {
  const texts = [entry.title ?? '', ...entry.documents.flatMap((d) => d.pages)];
  return phrases.every((phrase) => texts.some((text) => phraseHitsIn(text, phrase).length > 0));
}

const SNIPPET_BEFORE = 70;
const SNIPPET_AFTER = 90;

interface Candidate {
  text: string;
  page: number | null;
  document: string | null;
}

function bestMatch(entry: Texts, stems: ReadonlySet<string>, phrases: readonly string[][]): SearchMatch {
  const candidates: Candidate[] = entry.documents.flatMap((d) =>
    d.pages.map((text, i) => ({ text, page: i + 1, document: d.sha256 })),
  );
  let best: { candidate: Candidate; score: number; at: number } | null = null;
  for (const candidate of candidates) {
    const hits = hitsIn(candidate.text, stems);
    const phraseHits = phrases.flatMap((p) => phraseHitsIn(candidate.text, p));
    if (hits.length === 0 && phraseHits.length === 0) continue;
    const distinct = new Set(hits.map((h) => h.stem)).size;
    const score = phraseHits.length * 10_000 + distinct * 100 + Math.min(hits.length, 99);
    if (!best || score > best.score) {
      best = { candidate, score, at: phraseHits[0]?.start ?? densestAt(hits) };
    }
  }
  if (!best) {
    // only the title matched: the title is the snippet
    const title = entry.title ?? '';
    return { snippet: title, page: null, document: null, highlights: highlightsOf(title, stems, phrases) };
  }
  const snippet = cutAround(best.candidate.text, best.at);
  return {
    snippet,
    page: best.candidate.page,
    document: best.candidate.document,
    highlights: highlightsOf(snippet, stems, phrases),
  };
}

/** The start of the hit with the most other distinct matched words close after it. */
function densestAt(hits: readonly { start: number; stem: string }[]): number {
  let bestAt = hits[0]?.start ?? 0;
  let bestCount = 0;
  for (const hit of hits) {
    const near = new Set(
      hits.filter((h) => h.start >= hit.start && h.start - hit.start < SNIPPET_AFTER).map((h) => h.stem),
    ).size;
    if (near > bestCount) {
      bestCount = near;
      bestAt = hit.start;
    }
  }
  return bestAt;
}

function cutAround(text: string, at: number): string {
  let start = Math.max(0, at - SNIPPET_BEFORE);
  let end = Math.min(text.length, at + SNIPPET_AFTER);
  // never cut inside a word
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end] ?? '')) end++;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

function highlightsOf(
  snippet: string,
  stems: ReadonlySet<string>,
  phrases: readonly string[][],
): { start: number; end: number }[] {
  const spans = [
    ...hitsIn(snippet, stems).map(({ start, end }) => ({ start, end })),
    ...phrases.flatMap((p) => phraseHitsIn(snippet, p)),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // merge overlaps (a phrase covers its own words)
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
