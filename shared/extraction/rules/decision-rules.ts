// How a proposal is introduced (`Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.`)
// → who proposes and who decides. Groups: `proposer`, `decider`, and `runIn` when the points follow
// on the same sentence (`besluta att …`). The earliest introduction in the document wins.

export interface DecisionIntroRule {
  pattern: RegExp;
  /** A heading that stands for the introduction; an explicit `X föreslår …` right under it wins. */
  headingOnly?: boolean;
  /** The deciding body's word when the pattern has no `decider` group. */
  decider?: string;
  /** The proposing body's word when the pattern has no `proposer` group. */
  proposer?: string;
  /** The proposer is named by `i enlighet med X:s förslag`, on the line or later in the section. */
  proposerInAccordance?: boolean;
  /**
   * A form consulted bodies' answers share (`Socialnämnden har beslutat att inte ta ställning …`):
   * the document's own decision only when no explicit introduction is found.
   */
  weak?: boolean;
  /** A literal the text must contain for the pattern to be worth running. */
  cue: string;
  gloss: string;
}

/**
 * The proposing body: one capitalised word (`Kommunstyrelsen`), or a name of a few words that ends
 * in an organisation's noun (`Kultur- och fritidsnämnden`, `Kommunstyrelsens allmänna utskott`).
 */
const PROPOSER =
  '(?<proposer>\\p{Lu}[\\p{L}-]*(?:\\s+(?:och\\s+)?(?!föreslår\\s|att\\s)\\p{Ll}[\\p{L}-]*){1,3}?(?:nämnden|styrelsen|utskott(?:et)?|förvaltningen|kontoret|beredningen)|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+)';

export const DECISION_INTRO_RULES: readonly DecisionIntroRule[] = [
  {
    pattern: new RegExp(
      `${PROPOSER}\\s+föreslår\\s+(?:att\\s+)?(?<decider>[Kk]ommunfullmäktige|[Kk]ommunstyrelsen|[Ff]ullmäktige|[Rr]egionfullmäktige|[Rr]egionstyrelsen|[Nn]ämnden|[Ss]tyrelsen|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+nämnden|[Bb]orgarrådsberedningen)\\s+(?:att\\s+)?(?:beslutar|besluta|fattar\\s+följande\\s+beslut|fatta\\s+följande\\s+beslut)(?:\\s+följande)?(?<runIn>\\s+att(?![\\p{L}]))?[.:]?`,
      'u',
    ),
    gloss: 'X proposes that Y decides (the following)',
    cue: 'föreslår',
  },
  {
    pattern:
      /^(?<proposer>(?:\p{Lu}\p{Ll}+a\s+)?[A-ZÀ-ÖØ-Þa-zß-ÿ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+)\s+föreslår\s+(?:att\s+)?(?<decider>kommunfullmäktige|kommunstyrelsen|regionfullmäktige|regionstyrelsen|nämnden|styrelsen|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+nämnden)\s*:?\s*$/mu,
    gloss: 'X proposes that Y (numbered points follow)',
    cue: 'föreslår',
  },
  {
    // nested: `Förvaltningen föreslår att kommunstyrelsen föreslår kommunfullmäktige besluta att …`,
    // `… att kommunstyrelsen hemställer hos kommunfullmäktige att besluta`: the committee proposes
    pattern:
      /föreslår\s+att\s+(?<proposer>kommunstyrelsen|regionstyrelsen|[\p{Ll}-]*nämnden)\s+(?:föreslår|hemställer\s+hos)\s+(?<decider>kommunfullmäktige|regionfullmäktige|fullmäktige)\s+(?:att\s+)?(?:beslutar|besluta)(?:\s+följande)?(?<runIn>\s+att(?![\p{L}]))?[.:]?/u,
    gloss: 'the office proposes that X proposes that Y decides (X is the proposer)',
    cue: 'föreslår att',
  },
  {
    // passive with the proposer as subject: `Kommunstyrelsen föreslås hemställa att kommunfullmäktige beslutar`
    pattern:
      /(?<proposer>Kommunstyrelsen|Regionstyrelsen|[A-ZÅÄÖ][a-zåäö-]*nämnden)\s+föreslås\s+(?:hemställa|föreslå)\s+(?:hos\s+\p{Ll}+\s+)?(?:att\s+)?(?<decider>kommunfullmäktige|regionfullmäktige|fullmäktige)\s+(?:att\s+)?(?:beslutar|besluta)(?:\s+följande)?(?<runIn>\s+att\b)?[.:]?/u,
    gloss: 'X is proposed to ask Y to decide (X is the proposer)',
    cue: 'föreslås',
  },
  {
    // passive: `Kommunstyrelsen föreslås besluta att …` (the proposer is the office that writes)
    pattern:
      /(?<decider>Kommunfullmäktige|Kommunstyrelsen|Fullmäktige|Nämnden|Styrelsen|[A-ZÅÄÖ][a-zåäö-]*nämnden)\s+föreslås\s+(?:besluta|beslutar|fatta\s+följande\s+beslut)(?:\s+följande)?(?<runIn>\s+att\b)?[.:]?/u,
    proposer: '',
    gloss: 'Y is proposed to decide (passive; the writing office proposes)',
    cue: 'föreslås',
  },
  {
    // a letter: `Kulturnämnden har vid sitt sammanträde den 3 maj 2022 beslutat följande:`
    pattern:
      /^(?<decider>[A-ZÅÄÖ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:nämnden|styrelsen|fullmäktige|rådet)|Kommunstyrelsen)\s+(?:har\s+)?(?:vid\s+sitt\s+sammanträde\s+)?(?:den\s+\d{1,2}\s+[a-zåäö]+\s+\d{4}\s+|\d{4}-\d{2}-\d{2}\s+)?(?:beslutat|beslutade|beslöt)\s+(?:följande|att)(?<runIn>(?<=att))?[.:]?/mu,
    proposer: '',
    weak: true,
    gloss: 'a letter: body X has at its meeting on <date> decided the following',
    cue: 'besl',
  },
  {
    // a remissvar letter: `Nämnden har behandlat ärendet vid sitt sammanträde den … och lämnar följande yttrande`
    pattern:
      /(?<decider>Nämnden|Styrelsen|Kommunstyrelsen|[A-ZÅÄÖ][a-zåäö-]*(?:nämnden|styrelsen))(?:\s+i\s+\p{Lu}\p{L}+\s+(?:stad|kommun))?\s+har\s+(?:behandlat|beslutat\s+om)\s+(?:ärendet|remissen|yttrandet)[^.]{0,80}?\s+och\s+(?:lämnar|avger|beslutat\s+avge)\s+följande\s+yttrande[.:]?/u,
    proposer: '',
    gloss: 'a consultation answer: the committee dealt with the matter and gives the following statement',
    cue: 'följande yttrande',
  },
  {
    // a protocol's decision under its heading: `Beslut` / `Kommunstyrelsen beslutar (i enlighet med
    // arbetsutskottets förslag):` with the points under it
    pattern:
      /^(?:Beslut|Beslut i ärendet|\p{Lu}\p{Ll}*s beslut)\s*\n(?<decider>Kommunfullmäktige|Kommunstyrelsen|Fullmäktige|Regionfullmäktige|Nämnden|Styrelsen|\p{Lu}[\p{Ll}-]*(?:nämnden|styrelsen))\s+beslutar(?:\s+i\s+enlighet\s+med\s+(?<proposer>\p{L}+?)s\s+förslag)?(?:\s+följande)?(?<runIn>\s+att\b)?\s*[.:]?/mu,
    proposer: '',
    proposerInAccordance: true,
    gloss: "a protocol's decision: the body decides (in accordance with X's proposal)",
    cue: 'beslutar',
  },
  {
    // a council extract: `Kommunstyrelsens förslag till beslut` (the executive board proposes to the
    // council), `Arbetsutskottets förslag till beslut` (a committee of the board proposes to the board)
    pattern: /^(?<proposer>Kommunstyrelsen)s\s+förslag\s+till\s+beslut\s*:?\s*$/mu,
    headingOnly: true,
    decider: 'kommunfullmäktige',
    gloss: "the executive board's proposed decision, in the council's extract",
    cue: 'förslag till beslut',
  },
  {
    pattern: /^(?<proposer>Regionstyrelsen)s\s+förslag\s+till\s+beslut\s*:?\s*$/mu,
    headingOnly: true,
    decider: 'regionfullmäktige',
    gloss: "the regional board's proposed decision, in the council's extract",
    cue: 'förslag till beslut',
  },
  {
    // the council's own decision under its heading: `Kommunfullmäktiges beslut` / `Motionen avslås.`
    // (who proposed it: `… beslutar enligt kommunstyrelsens förslag` in the section)
    pattern:
      /^(?<decider>Kommunfullmäktige|Regionfullmäktige|Kommunstyrelsen|Regionstyrelsen|\p{Lu}[\p{Ll}-]*nämnden)s\s+beslut\s*:?\s*$/mu,
    headingOnly: true,
    proposer: '',
    proposerInAccordance: true,
    gloss: "the body's own decision under its heading (a protocol extract)",
    cue: 's beslut',
  },
  {
    pattern: /^(?<proposer>Kommunstyrelsen)s förslag till (?<decider>kommunfullmäktige)\s*$/mu,
    headingOnly: true,
    gloss: "the executive board's proposal to the council",
    cue: 'förslag till',
  },
  {
    pattern: new RegExp(
      `${PROPOSER}\\s+föreslår\\s+(?<decider>kommunfullmäktige|kommunstyrelsen|fullmäktige|regionfullmäktige|nämnden|styrelsen|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+nämnden)(?<runIn>\\s+att(?![\\p{L}]))`,
      'u',
    ),
    gloss: 'X proposes to Y that … (run-in, no `beslutar`)',
    cue: 'föreslår',
  },
  {
    pattern: /^(?<proposer>Kommunstyrelsen)s\s+förslag\s*:?\s*$(?![\s\S]{0,3}^[^\n]*\bföreslår\b)/mu,
    headingOnly: true,
    decider: 'kommunfullmäktige',
    gloss: "heading `the executive board's proposal` in a council extract, the points right under it",
    cue: 'förslag',
  },
  {
    // `Förslag till beslut` / `I kommunfullmäktige` / the points
    pattern:
      /^Förslag\s+till\s+beslut\s*:?\s*\n(?:I|Till)\s+(?<decider>kommunfullmäktige|kommunstyrelsen|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+nämnden)\s*:?\s*$/imu,
    headingOnly: true,
    proposer: 'Förvaltningen',
    gloss: 'proposed decision, headed by the deciding body (`I kommunfullmäktige`)',
    cue: 'örslag till beslut',
  },
  {
    // a tjänsteutlåtande whose points follow its heading directly, without `X föreslår att …`
    pattern:
      /^(?<proposer>Förvaltningen|Stadsdelsförvaltningen|Kontoret|Stadsledningskontoret|\p{Lu}[\p{Ll}-]*(?:förvaltningen|kontoret))s\s+förslag\s+till\s+beslut\s*:?\s*$(?![\s\S]{0,3}^[^\n]*\bföreslår\b)(?:\n(?<decider>Kommunstyrelsen|Kommunfullmäktige|Nämnden|Styrelsen|\p{Lu}\p{Ll}*nämnden)\s+beslutar(?:\s+följande)?\s*:?\s*$)?/mu,
    decider: 'nämnden',
    gloss: "the office's proposed decision (heading; the points follow it)",
    cue: 'örslag till beslut',
  },
  {
    // `Förslag från regionstyrelsens arbetsutskott` over a sentence whose subject decides
    pattern:
      /^Förslag\s+från\s+(?<proposer>\p{L}+)(?:\s+\p{L}+)?\s*:?\s*$(?=\n(?<decider>Kommunfullmäktige|Kommunstyrelsen|Regionfullmäktige|\p{Lu}[\p{Ll}-]*(?:nämnden|styrelsen))\s+(?:antar|godkänner|beslutar|avger|lämnar|överlämnar|tillstyrker|avstyrker|besvarar|bifaller|avslår)\s)/mu,
    headingOnly: true,
    cue: 'Förslag från',
    gloss: 'a heading `proposal from X` over a sentence whose subject decides',
  },
  {
    // a bare `Förslag till beslut` heading with the points right under it: the office proposes to
    // the committee the document is addressed to
    pattern:
      /^Förslag\s+till\s+beslut\s*:?\s*$(?=\n(?:\d{1,2}[.)]\s|[–•-]\s|(?<decider>Kommunfullmäktige|Kommunstyrelsen|\p{Lu}[\p{Ll}-]*(?:nämnden|styrelsen))\s+(?:antar|godkänner|beslutar|avger|lämnar|överlämnar|tillstyrker|avstyrker|besvarar|bifaller|avslår)\s))/mu,
    headingOnly: true,
    proposer: '',
    decider: '',
    cue: 'örslag till beslut',
    gloss:
      'a bare proposed-decision heading over numbered or bulleted points, or a sentence whose subject decides',
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
/** `… beslutar i enlighet med arbetsutskottets förslag`: who proposed what a protocol records. */
export const ACCORDANCE_RE = /\b(?:i\s+enlighet\s+med|enligt)\s+(\p{L}+?)s\s+förslag\b/u;

/** A committee's own sub-units, named after the committee when they propose (`Kommunstyrelsens arbetsutskott`). */
export const SUB_COMMITTEE_RE = /^(?:arbetsutskottet|utskottet|presidiet|beredningsutskottet)$/u;

export const DECISION_BODY_NAMES: Readonly<Record<string, string>> = {
  kommunfullmäktige: 'Kommunfullmäktige',
  fullmäktige: 'Kommunfullmäktige',
  regionfullmäktige: 'Regionfullmäktige',
  kommunstyrelsen: 'Kommunstyrelsen',
  borgarrådsberedningen: 'Borgarrådsberedningen',
};
