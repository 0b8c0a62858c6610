// Person names as printed in council documents → clean names with party letters as printed.
// Collapses letter-spaced signatures; never invents a party, and `m.fl.` adds nobody.
import { GIVEN_NAMES } from '../rules/given-names.ts';

export interface PersonWithParty {
  name: string;
  party: string | null;
}

/** `S T E N  N O R D`, also with a spaced hyphen: `A N N A - K A R I N  E K`. */
const LETTER_SPACED_RE = /^[A-ZÀ-ÖØ-Þ](?:[ \t]+(?:[A-ZÀ-ÖØ-Þ]|-[ \t]+[A-ZÀ-ÖØ-Þ])){2,}$/u;
const NAME_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?";
const KNOWN_NAME_RE = new RegExp(`${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3}`, 'gu');
/** A person's name: 1–5 capitalised words, allowing nobiliary particles. */
const PERSON_NAME_RE =
  /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]*(?:\s+(?:af|av|von|van|de|der|da|la|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]*)){0,4}$/u;
const PARTY_PAREN_RE = /\(\s*(?:(?:båda|alla|samtliga|bägge)\s+)?([A-Za-zÅÄÖåäö]{1,4})\s*\)/gu;
const PAREN_RE = /\(([^()]{0,40})\)/gu;
const MFL_RE = /\s*\bm\.?\s?fl\.?(?=\s|$|,)/giu;
/** Role words printed before names that are not part of any name. */
const ROLE_PREFIX_RE =
  /^(?:och\s+|samt\s+)?(?:borgarråden|borgarrådet|borgarråd|ledamöterna|ledamoten|ledamot|ersättarna|ersättaren|ordföranden|vice ordföranden|gruppledaren|kommunalrådet|kommunalråden|oppositionsrådet|oppositionsråden)\s+/iu;
const LIST_SPLIT_RE = /\s*,\s*|\s+och\s+|\s+samt\s+|\s*\/\s*/u;
const PARTY_RE = /^[A-Za-zÅÄÖåäö]{1,4}$/u;

/** `ANNA ANDERSSON` → `Anna Andersson`; names in mixed case are returned as printed. */
export function titleCaseName(name: string): string {
  if (!/^[A-ZÀ-ÖØ-Þ' -]+$/u.test(name) || !/[A-ZÀ-ÖØ-Þ]{2}/u.test(name)) return name;
  return name.split(' ').map(capitalizeWord).join(' ');
}

export function isPersonName(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 60 && t.includes(' ') && PERSON_NAME_RE.test(t);
}

/** `NORDSTRÖM` → `Nordström`, `ANNA-KARIN` → `Anna-Karin`. */
export function capitalizeWord(word: string): string {
  return word
    .toLowerCase()
    .split('-')
    .map((part) => (part ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('-');
}

/** Names printed elsewhere in the text, keyed by their letters only (`stennordström`). */
export function collectKnownNames(text: string): Map<string, string> {
  const known = new Map<string, string>();
  KNOWN_NAME_RE.lastIndex = 0;
  for (let m = KNOWN_NAME_RE.exec(text); m; m = KNOWN_NAME_RE.exec(text)) {
    const key = m[0].replace(/[\s-]+/gu, '').toLowerCase();
    if (!known.has(key)) known.set(key, m[0].replace(/\s+/gu, ' '));
  }
  return known;
}

export function isLetterSpaced(line: string): boolean {
  return LETTER_SPACED_RE.test(line.trim());
}

/**
 * `S T E N  N O R D S T R Ö M` → `Sten Nordström`. Word breaks come from wide gaps (the page layout
 * turns a gap wider than the letter spacing into two spaces), else from the same name printed
 * elsewhere in the document. With neither, the name is kept as one word — a visible gap in the data
 * rather than a split at a guess — and `isUnsplitLetterSpaced` lets the caller raise an issue.
 */
export function collapseLetterSpaced(line: string, known: ReadonlyMap<string, string>): string {
  const trimmed = line.trim();
  if (/\s{2,}/u.test(trimmed)) {
    return trimmed
      .split(/\s{2,}/u)
      .map((w) => capitalizeWord(w.replace(/\s+/gu, '')))
      .join(' ');
  }
  const letters = trimmed.replace(/\s+/gu, '');
  const printed = known.get(letters.replace(/-/gu, '').toLowerCase());
  if (printed) return printed;
  return splitAfterGivenName(letters) ?? capitalizeWord(letters);
}

/**
 * `CAROLINAWENNERBERG` → `Carolina Wennerberg`: the longest common given name the letters start with,
 * when at least two letters of a surname remain. Null when none does.
 */
export function splitAfterGivenName(letters: string): string | null {
  const lower = letters.toLowerCase();
  if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(lower)) return null;
  for (let cut = Math.min(lower.length - 2, 12); cut >= 2; cut--) {
    const given = lower.slice(0, cut);
    const rest = lower.slice(cut);
    // a surname does not open with a doubled letter (`MARIANNEEK` is Marianne Ek, not Maria Nneek)
    if (GIVEN_NAMES.has(given) && /^\p{Ll}/u.test(rest) && rest[0] !== rest[1])
      return `${capitalizeWord(given)} ${capitalizeWord(lower.slice(cut))}`;
  }
  return null;
}

/** A letter-spaced line whose word break neither the layout nor the rest of the text shows. */
export function isUnsplitLetterSpaced(line: string, known: ReadonlyMap<string, string>): boolean {
  const trimmed = line.trim();
  return !/\s{2,}/u.test(trimmed) && !known.has(trimmed.replace(/[\s-]+/gu, '').toLowerCase());
}

function cleanName(raw: string): string | null {
  let name = raw.replace(MFL_RE, '').replace(/\s+/gu, ' ').trim();
  for (let i = 0; i < 2; i++) name = name.replace(ROLE_PREFIX_RE, '');
  name = name.replace(/^[,.;:\s]+|[,.;:\s]+$/gu, '');
  return PERSON_NAME_RE.test(name) && name.length >= 3 ? name : null;
}

function splitNames(segment: string): string[] {
  const out: string[] = [];
  for (const part of segment.replace(MFL_RE, '').split(LIST_SPLIT_RE)) {
    const name = cleanName(part);
    if (name) out.push(name);
  }
  return out;
}

/**
 * `Ina Berg, Ola Dahl (båda MP) och Lars Ek (V)` → three people with their parties.
 * Names after the last party bracket get party null when `keepTrailing` is set.
 */
export function parsePersonList(text: string, keepTrailing = false): PersonWithParty[] {
  const people: PersonWithParty[] = [];
  const flat = text.replace(/\s+/gu, ' ');
  let last = 0;
  PAREN_RE.lastIndex = 0;
  for (let m = PAREN_RE.exec(flat); m; m = PAREN_RE.exec(flat)) {
    PARTY_PAREN_RE.lastIndex = 0;
    const party = PARTY_PAREN_RE.exec(m[0]);
    if (!party?.[1] || !PARTY_RE.test(party[1])) continue;
    for (const name of splitNames(flat.slice(last, m.index))) people.push({ name, party: party[1] });
    last = m.index + m[0].length;
  }
  if (keepTrailing) {
    for (const name of splitNames(flat.slice(last))) people.push({ name, party: null });
  }
  return people;
}

/** Party letters in a list such as `(s) och (mp)` or `(M)`, in order, without repeats. */
export function partiesIn(people: readonly PersonWithParty[]): string[] {
  const parties: string[] = [];
  for (const p of people) if (p.party && !parties.includes(p.party)) parties.push(p.party);
  return parties;
}
