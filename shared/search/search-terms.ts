// Words → the terms the full-text index keeps: tokens of letters and digits, lower-cased the Swedish
// way, Swedish function words dropped, and reduced to their Snowball stem (hemtjänsten → hemtjänst,
// cykelbanorna → cykelban). Pure; the index and the query side use the same functions.
import { stemmer } from '@orama/stemmers/swedish';

/** Function words too common to search for; a phrase query still checks them in the text. */
const STOPWORDS = new Set(
  [
    'och', // and
    'att', // to, that
    'i', // in
    'det', // it, the
    'som', // which, as
    'en', // a
    'ett', // a (neuter)
    'på', // on
    'är', // is
    'av', // of
    'för', // for
    'med', // with
    'till', // to
    'den', // it, the
    'de', // they, the
    'har', // has
    'om', // about, if
    'inte', // not
    'kan', // can
    'ska', // shall
    'sig', // oneself
    'så', // so
    'vid', // at
    'men', // but
    'eller', // or
    'från', // from
    'detta', // this
    'denna', // this
  ].map((w) => w.normalize('NFC')),
);

/** A token: a run of letters and digits. */
export const TOKEN = /[\p{L}\p{N}]+/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

export const foldCase = (word: string): string => word.normalize('NFC').toLocaleLowerCase('sv');

export const isStopword = (word: string): boolean => STOPWORDS.has(foldCase(word));

const stems = new Map<string, string>();

/** A word's stem, memoised: vocabularies are small next to the number of words read. */
export function stemOf(word: string): string {
  const folded = foldCase(word);
  let stem = stems.get(folded);
  if (stem === undefined) {
    stem = /^\p{N}+$/u.test(folded) ? folded : stemmer(folded);
    if (stems.size > 200_000) stems.clear();
    stems.set(folded, stem);
  }
  return stem;
}

/** The index's term for a token, or null for a function word (MiniSearch drops it). */
export const indexTermOf = (token: string): string | null => (isStopword(token) ? null : stemOf(token));
