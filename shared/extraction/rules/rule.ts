// A label table row (pattern → label, with an English gloss) and the tiny first-match categoriser
// that runs a table over a text. Tables are data: a new phrasing is a new row, never a new `if`.

export interface LabelRule<L> {
  pattern: RegExp;
  label: L;
  /** What the Swedish pattern says, in English, for readers who do not read Swedish. */
  gloss: string;
}

export interface RuleMatch<L> {
  label: L;
  rule: LabelRule<L>;
  index: number;
  text: string;
}

/** The first row (in table order) whose pattern occurs in `text`; null when none does. */
export function matchFirstRule<L>(text: string, rules: readonly LabelRule<L>[]): RuleMatch<L> | null {
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(text);
    if (m) return { label: rule.label, rule, index: m.index, text: m[0] };
  }
  return null;
}
