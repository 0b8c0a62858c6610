// A page's plain text + the evidence passage the extractor quoted → the page split around that
// passage, so it can be marked. The quote was normalised (spacing, hyphenation at line ends), so the
// match ignores white space and soft line-end hyphens; null when the passage is not on the page.

export interface Highlighted {
  before: string;
  passage: string;
  after: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Between two words of the quote the page may have any white space, or a hyphen and a line break. */
const GAP = '(?:-?\\s+|\\s*)';

export function highlightPassage(pageText: string, passage: string | null): Highlighted | null {
  const words = (passage ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // inside a word, a line-end hyphen may split it on the page
  const word = (w: string) => [...w].map(escapeRegExp).join('(?:-\\n)?');
  const pattern = new RegExp(words.map(word).join(GAP), 'u');
  const match = pattern.exec(pageText);
  if (!match) return null;
  return {
    before: pageText.slice(0, match.index),
    passage: match[0],
    after: pageText.slice(match.index + match[0].length),
  };
}
