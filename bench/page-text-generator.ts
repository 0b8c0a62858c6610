// Generated page texts for the search benchmarks: words drawn with the frequencies of the real
// corpus texts (test/fixtures/corpus/*.txt), so index size and query cost follow Swedish council
// prose rather than random letters. Deterministic: case i always gets the same text.
import fs from 'node:fs';
import path from 'node:path';

const CORPUS_DIR = path.resolve(import.meta.dirname, '../test/fixtures/corpus');

export interface WordSampler {
  /** Page texts of case `index`: about `words` words over `pages` pages, lines of ~12 words. */
  pagesOf(index: number, options?: { words?: number; pages?: number }): string[];
  /** The vocabulary, most frequent first. */
  vocabulary: readonly string[];
}

/** A small PRNG (mulberry32): the same seed gives the same text on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createWordSampler(): WordSampler {
  const counts = new Map<string, number>();
  for (const file of fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'))) {
    for (const word of fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8').match(/\p{L}[\p{L}\p{N}-]*/gu) ??
      []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const cumulative: number[] = [];
  let total = 0;
  for (const w of vocabulary) {
    total += counts.get(w) ?? 0;
    cumulative.push(total);
  }
  const pick = (r: number) => {
    const target = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo] ?? '';
  };
  return {
    vocabulary,
    pagesOf(index, { words = 1100, pages = 3 } = {}) {
      const random = prng(index + 1);
      const out: string[] = [];
      const perPage = Math.ceil(words / pages);
      for (let p = 0; p < pages; p++) {
        const lines: string[] = [];
        let line: string[] = [];
        for (let w = 0; w < perPage; w++) {
          line.push(pick(random()));
          if (line.length === 12) {
            lines.push(line.join(' '));
            line = [];
          }
        }
        if (line.length) lines.push(line.join(' '));
        out.push(lines.join('\n'));
      }
      return out;
    },
  };
}
