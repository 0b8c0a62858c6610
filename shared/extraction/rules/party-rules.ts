// A party's letters as council documents print them after a person's name, in parentheses:
// `(S)`, `(KD)`, and in older documents in lower case (`(fp)`, `(c)`).

/** Regex source of the letters of one party, upper or lower case. */
export const PARTY_LETTERS = '(?:S|M|V|C|L|KD|MP|SD|FP|FI|Fi|s|m|v|c|l|kd|mp|sd|fp|fi)';
