// A party's letters as council documents print them after a person's name, in parentheses:
// `(S)`, `(KD)`, and in older documents in lower case (`(fp)`, `(c)`).

/** Regex source of the letters of one party, upper or lower case. */
export const PARTY_LETTERS = '(?:S|M|V|C|L|KD|MP|SD|FP|FI|Fi|s|m|v|c|l|kd|mp|sd|fp|fi)';

/**
 * Parties written out, each with its letters. Longer forms first, so that an alternation built from
 * the table takes `Folkpartiet liberalerna` whole. Read where a motion's author is a party (`motion
 * från Liberalerna`) and where a dissent names parties (`Ledamöterna för Centerpartiet och …`).
 */
export const PARTY_NAMES: readonly { name: string; code: string }[] = [
  { name: 'Folkpartiet liberalerna', code: 'FP' },
  { name: 'Miljöpartiet de gröna', code: 'MP' },
  { name: 'Moderata samlingspartiet', code: 'M' },
  { name: 'Feministiskt initiativ', code: 'FI' },
  { name: 'Socialdemokraterna', code: 'S' },
  { name: 'Moderaterna', code: 'M' },
  { name: 'Sverigedemokraterna', code: 'SD' },
  { name: 'Centerpartiet', code: 'C' },
  { name: 'Vänsterpartiet', code: 'V' },
  { name: 'Kristdemokraterna', code: 'KD' },
  { name: 'Liberalerna', code: 'L' },
  { name: 'Folkpartiet', code: 'FP' },
  { name: 'Miljöpartiet', code: 'MP' },
];
