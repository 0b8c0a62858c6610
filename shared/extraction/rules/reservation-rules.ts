// How a dissent is introduced → its kind. `names` holds who made it (parties in brackets);
// `in` comes from the decision paragraph it follows, unless the sentence names the body itself.
import type { RESERVATION_KINDS } from '../../model/case-record.ts';
import { PARTY_NAMES } from './party-rules.ts';

/** A list of party letters: `M och KD`, `S, V och MP`, `(M) och (KD)`, `M+KD`. */
const PARTIES = '\\(?\\p{L}{1,4}\\)?(?:\\s*(?:,|och|\\+)\\s*\\(?\\p{L}{1,4}\\)?)*';

type ReservationKind = (typeof RESERVATION_KINDS)[number];

export interface ReservationRule {
  pattern: RegExp;
  kind: ReservationKind;
  /** A literal the text must contain for the pattern to be worth running. */
  requires: string;
  gloss: string;
}

export const RESERVATION_RULES: readonly ReservationRule[] = [
  {
    pattern:
      /\bReservation\s+(?:anförs|anfördes|lämnas|lämnades|avges|anmäls|anmäldes)(?:\s+i\s+(?<in>\p{Ll}+))?\s+av\s+(?:borgarråden\s+|borgarrådet\s+)?(?<names>(?:[^.]|\bm\.\s?fl\.){3,400}?)(?:\s+enligt\s+följande|\s+med\s+hänvisning|\s+och\s+hänvisar|\s+\(bilaga|,\s+som\s|\s*(?<![\s.]m|\bfl)[.:](?:\s|$))/gu,
    kind: 'reservation',
    requires: 'Reservation',
    gloss: 'a reservation is made by …',
  },
  {
    pattern:
      /\bSärskilt\s+uttalande\s+(?:(?:görs|gjordes|lämnas|lämnades|anförs|anfördes|avges|anmäls|anmäldes)(?:\s+i\s+(?<in>\p{Ll}+))?\s+av|gör|gjorde|lämnar|lämnade)\s+(?<names>(?:[^.]|\bm\.\s?fl\.){3,400}?)(?:\s+enligt\s+följande|\s+med\s+hänvisning|\s+\(bilaga|,\s+som\s|\s*(?<![\s.]m|\bfl)[.:](?:\s|$))/gu,
    kind: 'sarskilt_uttalande',
    requires: 'uttalande',
    gloss: 'a special statement is made by … / X makes a special statement',
  },
  {
    pattern:
      /\bErsättaryttrande\s+(?:(?:görs|gjordes|lämnas|lämnades|anförs|anfördes|avges|anmäls|anmäldes)\s+av|gör|gjorde|lämnar|lämnade)\s+(?<names>(?:[^.]|\bm\.\s?fl\.){3,400}?)(?:\s+enligt\s+följande|\s+med\s+hänvisning|\s+\(bilaga|\s*(?<![\s.]m|\bfl)[.:](?:\s|$))/gu,
    kind: 'ersattaryttrande',
    requires: 'Ersättaryttrande',
    gloss: "a deputy member's statement is made by … / X makes one",
  },
  {
    pattern:
      /(?<=^|[.:]\s)(?<names>(?:[^.\n]|\bm\.\s?fl\.){3,400}?\([^()]{1,20}\)[^.\n]{0,10}?)\s+reserverar\s+sig\b/gmu,
    kind: 'reservation',
    requires: 'reserverar sig',
    gloss: 'X (party) dissents',
  },
  {
    pattern:
      /\bReservation\s+\((?<parties>[A-Za-zÅÄÖåäö]{1,4}(?:\s*(?:,|och|\+)\s*[A-Za-zÅÄÖåäö]{1,4})*)\)\s+från\s+(?<in>[A-Za-zÀ-ÖØ-öø-ÿĀ-ž -]{3,60}?)(?=\s*(?:\n|$|–|,|\.))/gu,
    kind: 'reservation',
    requires: 'Reservation (',
    gloss: 'reservation (party) from committee X',
  },
  {
    // `Simon Ahlqvist (SD) lämnar ett särskilt yttrande`, `I trafiknämnden lämnade S och V ett gemensamt särskilt yttrande`
    pattern: new RegExp(
      String.raw`(?:(?<=^|[.:]\s)I\s+(?<in>\p{Ll}[\p{L} -]{2,60}?|\p{Lu}[\p{L} -]{2,60}?)\s+(?:lämnade|lämnar|avgav|avger)\s+(?<parties>${PARTIES})\s+|(?<=^|[.:]\s)(?<names>(?:[^.\n]|\bm\.\s?fl\.){3,300}?\([^()]{1,20}\)[^.\n]{0,40}?)\s+(?:lämnar|lämnade|avger|avgav|anmäler|anmälde)\s+)(?:ett\s+)?(?:gemensamt\s+)?särskilt\s+(?:yttrande|uttalande)`,
      'gmu',
    ),
    kind: 'sarskilt_uttalande',
    requires: 'särskilt',
    gloss: 'X (party) makes a special statement; in body Y, parties P made a joint special statement',
  },
  {
    // `Särskilt yttrande (M) från stadsbyggnadsnämnden` in a decision list
    pattern: new RegExp(
      String.raw`\bSärskilt\s+(?:yttrande|uttalande)\s+\((?<parties>${PARTIES})\)\s+från\s+(?<in>[\p{L} -]{3,60}?)(?=\s*(?:\n|$|–|,|\.))`,
      'gu',
    ),
    kind: 'sarskilt_uttalande',
    requires: 'Särskilt',
    gloss: 'special statement (party) from committee X',
  },
  {
    // party-only dissents: `Ledamöterna för S och V reserverade sig`, `I X reserverade sig ledamöterna från M och KD`
    pattern: new RegExp(
      String.raw`(?:(?<=^|[.:]\s)I\s+(?<in>[\p{L} -]{3,60}?)\s+reserverade\s+sig\s+(?:ledamöterna|ledamoten|företrädarna)\s+(?:från|för)\s+(?<parties>${PARTIES})|(?<=^|[.:]\s)(?:Ledamöterna|Ledamoten|Företrädarna)\s+(?:från|för)\s+(?<parties2>${PARTIES})\s+(?:reserverade|reserverar)\s+sig(?:\s+mot\s+(?<in2>\p{L}[\p{L} -]{2,60}?)s\s+beslut)?)`,
      'gmu',
    ),
    kind: 'reservation',
    requires: 'reserver',
    gloss: 'the members for parties P dissented (in body X)',
  },
  {
    // `… beslut 2017-06-13 § 54, med reservation (V och MP)`, `beslutet fattades med reservation från (M)`
    pattern: new RegExp(
      String.raw`(?:(?<in>\p{Lu}[\p{L} -]{2,60}?)s\s+beslut\s+[^,\n]{0,40},\s+)?med\s+reservation\s+(?:från\s+)?(?:\((?<parties>${PARTIES})\)|(?<parties2>\(\p{L}{1,4}\)(?:\s*(?:,|och|\+)\s*\(\p{L}{1,4}\))*))`,
      'gu',
    ),
    kind: 'reservation',
    requires: 'med reservation',
    gloss: 'a decision taken with a reservation from (parties)',
  },
];

/** Decision paragraphs that tell in which body the dissents after them were made. */
export const RESERVATION_CONTEXT_RULES: readonly { pattern: RegExp; body: string | null; gloss: string }[] = [
  {
    pattern: /^Borgarrådsberedningen\s+(?:tillstyrker|föreslår|beslutar)/u,
    body: 'Borgarrådsberedningen',
    gloss: 'the mayoral committee endorses / proposes',
  },
  {
    pattern: /^Kommunstyrelsen\s+(?:delar|föreslår|beslutar|tillstyrker)/u,
    body: 'Kommunstyrelsen',
    gloss: 'the executive board agrees / proposes / decides',
  },
  {
    pattern: /^Kommunfullmäktige\s+beslutar|^Kommunfullmäktiges\s+beslut\b/u,
    body: 'Kommunfullmäktige',
    gloss: 'the council decides',
  },
  {
    pattern: /^Kommunstyrelsens\s+beslut\b/u,
    body: 'Kommunstyrelsen',
    gloss: "the executive board's decision",
  },
  {
    pattern: /^Utdrag ur protokoll[^\n]*kommunfullmäktige/iu,
    body: 'Kommunfullmäktige',
    gloss: 'extract of the council minutes',
  },
  {
    pattern: /^Utdrag ur protokoll[^\n]*kommunstyrelsen/iu,
    body: 'Kommunstyrelsen',
    gloss: 'extract of the executive board minutes',
  },
  {
    // a consulted body's own decision in the remiss summary: its dissents follow
    pattern:
      /^([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*(?:\s+och\s+[a-zß-öø-ÿ-]+|(?:\s+[a-zß-öø-ÿ-]+){1,2})?(?:nämnden|nämnd|styrelsen|rådet))\s+(?:beslutade|beslöt|har\s+beslutat)\s+(?:vid\s+sitt\s+sammanträde\s+)?(?:den\s+)?\d/u,
    body: null,
    gloss: 'body X decided on <date> (a consulted body, in the remiss summary)',
  },
];

/** A dissent printed on its own page: `Reservation` then `<body> <date>`. */
export const RESERVATION_PAGE_HEAD_RE =
  /^Reservation(?:er)?\s*\n(?<in>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž -]{2,80}?)\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+\d{4})\s*$/mu;
/** One signer line of such a page: `Eva Lind (SD)`. */
export const RESERVATION_SIGNER_RE =
  /^(?<name>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})\s+\((?<party>[A-Za-zÅÄÖåäö]{1,4})\)$/u;

/**
 * The words that make a sentence a dissent, for the sentence reader that catches what the phrasings
 * above do not: its kind comes from the word, its parties from the sentence.
 */
export const DISSENT_CUE_RE =
  /reserverar\s+sig|reserverade\s+sig|reservera\s+sig|med\s+reservation|(?<![\p{L}])[Rr]eservation\s+från|särskil(?:t|da)\s+(?:yttrande|uttalande)(?!n)|[Ee]rsättaryttrande/gu;

/** The parties' letters as they are printed in dissents (never a word: `C` alone, `KD`, `fp`). */
const PARTY_CODE = '(?:KD|MP|SD|FP|FI|S|M|V|C|L|kd|mp|sd|fp)';

// Parties written out (`PARTY_NAMES`): the record keeps their letters, as the rest of the record
// prints parties (letters in lower case, as older documents print them, are kept as printed).
const PARTY_NAME = `(?:${PARTY_NAMES.map((p) => p.name.replace(/ /gu, '\\s+')).join('|')})s?(?:\\s*\\(${PARTY_CODE}\\))?`;
const PARTY_ITEM = `(?:${PARTY_NAME}|\\(?${PARTY_CODE}\\)?)`;
const PARTY_CODES = `${PARTY_ITEM}(?:\\s*(?:,|och|samt|\\+)\\s*${PARTY_ITEM})*`;
/**
 * `ledamöterna för M och SD`, `från Centerpartiet (C)`, `Socialdemokraternas och Vänsterpartiets
 * ledamöter`; the letters only after för/från, before the members, or opening the sentence.
 */
export const DISSENT_PARTIES_RES: readonly RegExp[] = [
  new RegExp(`(?:för|från)\\s+(${PARTY_CODES})(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])(${PARTY_CODES})\\s+(?:ledamöter|ledamot|företrädare)(?![\\p{L}])`, 'u'),
  new RegExp(`^(${PARTY_CODES})\\s+(?:reserverar|reserverade|lämnar|lämnade|avger|avgav)(?![\\p{L}])`, 'u'),
];

/** Each written-out party as a whole item, nominative or genitive. */
const PARTY_NAME_FORMS = PARTY_NAMES.map((p) => ({ form: new RegExp(`^${p.name}s?$`, 'iu'), code: p.code }));

/** One party of such a list → its letters as printed (`(kd)` → `kd`), a name → its letters (`Centerpartiet (C)` → `C`). */
export function partyCodeOf(item: string): string | null {
  const bracketed = /\((\p{L}{1,4})\)/u.exec(item)?.[1];
  if (bracketed) return bracketed;
  const bare = item.replace(/[()]/gu, '').trim();
  const spaced = bare.replace(/\s+/gu, ' ');
  const named = PARTY_NAME_FORMS.find((p) => p.form.test(spaced));
  if (named) return named.code;
  return /^\p{L}{1,4}$/u.test(bare) ? bare : null;
}

/** A list of parties as a dissent prints it → their letters, in order. */
export function partiesOfList(list: string): string[] {
  const out: string[] = [];
  for (const item of list.split(/\s*(?:,|\soch\s|\ssamt\s|\+)\s*/u)) {
    const code = partyCodeOf(item);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}
