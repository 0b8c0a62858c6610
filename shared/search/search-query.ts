// A visitor's `q` → the terms every hit must hold: plain words (matched by stem, so hemtjänsten
// finds hemtjänst), `word*` prefixes, and "quoted phrases" (their words in that order). Pure.
import { indexTermOf, isStopword, stemOf, tokenize } from './search-terms.ts';

export interface SearchTerm {
  /** The stem looked up in the index. */
  stem: string;
  /** `cykel*`: every indexed term that starts with the stem. */
  prefix: boolean;
}

export interface SearchQuery {
  /** All must match (AND); function words are left out. */
  terms: SearchTerm[];
  /** Each phrase's words, which must stand in this order in the title or on one page. */
  phrases: string[][];
}

const PART = /"([^"]*)"?|(\S+)/gu;

export function parseSearchQuery(q: string): SearchQuery {
  const terms: SearchTerm[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  const add = (term: SearchTerm) => {
    const key = `${term.stem}${term.prefix ? '*' : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const part of q.normalize('NFC').matchAll(PART)) {
    const [, quoted, bare] = part;
    if (quoted !== undefined) {
      const words = tokenize(quoted);
      if (words.length > 1) phrases.push(words);
      for (const word of words) {
        const stem = indexTermOf(word);
        if (stem) add({ stem, prefix: false });
      }
      continue;
    }
    const prefix = bare?.endsWith('*') ?? false;
    const words = tokenize(bare ?? '');
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      // a prefix keeps its function words (`för*` is förskola, not "för")
      if (last && prefix) add({ stem: stemOf(word), prefix: true });
      else if (!isStopword(word)) add({ stem: stemOf(word), prefix: false });
    });
  }
  return { terms, phrases };
}
