// How a proposal is introduced (`Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.`)
// → who proposes and who decides. Groups: `proposer`, `decider`, and `runIn` when the points follow
// on the same sentence (`besluta att …`). The earliest introduction in the document wins.

export interface DecisionIntroRule {
  pattern: RegExp;
  gloss: string;
}

export const DECISION_INTRO_RULES: readonly DecisionIntroRule[] = [
  {
    pattern:
      /(?<proposer>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+)\s+föreslår\s+(?:att\s+)?(?<decider>kommunfullmäktige|kommunstyrelsen|fullmäktige|regionfullmäktige|nämnden|styrelsen|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+nämnden|borgarrådsberedningen)\s+(?:beslutar|besluta|fattar\s+följande\s+beslut)(?:\s+följande)?(?<runIn>\s+att\b)?[.:]?/u,
    gloss: 'X proposes that Y decides (the following)',
  },
  {
    pattern:
      /^(?<proposer>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+)\s+föreslår\s+att\s+(?<decider>kommunfullmäktige|kommunstyrelsen|nämnden|styrelsen|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+nämnden)\s*$/mu,
    gloss: 'X proposes that Y (numbered points follow)',
  },
  {
    pattern: /^(?<proposer>Kommunstyrelsen)s förslag till (?<decider>kommunfullmäktige)\s*$/mu,
    gloss: "the executive board's proposal to the council",
  },
];

/** A numbered decision point: `1. Motionen avslås.`, `2) …`. */
export const NUMBERED_POINT_RE = /^(\d{1,2})[.)]\s+(.*)$/u;
/** Splits run-in att-satser: `att anta …, samt att uppdra …`. */
export const RUN_IN_SPLIT_RE = /\s*(?:[,;]\s*(?:samt\s+|och\s+)?|\s+samt\s+)att\s+/u;
/** Words that, ending a line, mean the sentence continues on the next line. */
export const CONTINUING_WORD_RE =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:och|eller|samt|att|i|med|för|till|av|om|på|från|vid|som|inom|mot|under|enligt|hos|efter|de|den|det|en|ett)$/u;

/** Proposer/decider words as printed → the body's name, where the word alone names it. */
export const DECISION_BODY_NAMES: Readonly<Record<string, string>> = {
  kommunfullmäktige: 'Kommunfullmäktige',
  fullmäktige: 'Kommunfullmäktige',
  regionfullmäktige: 'Regionfullmäktige',
  kommunstyrelsen: 'Kommunstyrelsen',
  borgarrådsberedningen: 'Borgarrådsberedningen',
};
