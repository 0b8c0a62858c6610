// municipality + diarienummer → the stable, URL-safe case id (`stockholm-2024-001234`).
// Pure; the id must never change for the same printed inputs, so clients can key on it, and two
// different printed diarienummer must never share one: the mapping below loses nothing.
import { createHash } from 'node:crypto';

const MUNICIPALITY_SUFFIX = /\s+(stad|kommun|region)$/i;

/** Municipalities whose own name ends in -s, so `Borås stad` is not a genitive of "Borå". */
const NAMES_ENDING_IN_S = new Set([
  'borås',
  'bollnäs',
  'degerfors',
  'grums',
  'hagfors',
  'hofors',
  'höganäs',
  'kramfors',
  'munkfors',
  'mönsterås',
  'robertsfors',
  'sotenäs',
  'storfors',
  'strängnäs',
  'torsås',
  'tranås',
  'vännäs',
  'västerås',
]);

/** `Stockholms stad` → `stockholm`, `Malmö stad` → `malmo`, `Uppsala kommun` → `uppsala`. */
export function toMunicipalitySlug(municipality: string | null): string {
  if (!municipality) return 'okand';
  const full = municipality.trim();
  let name = full.replace(MUNICIPALITY_SUFFIX, '');
  // the genitive `Stockholms stad` names the city Stockholm
  if (name !== full && /s$/i.test(name) && !NAMES_ENDING_IN_S.has(name.toLowerCase()))
    name = name.slice(0, -1);
  return slugify(name) || 'okand';
}

/** Lower-case ASCII letters, digits and single dashes; å/ä/ö folded to a/a/o. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A printed diarienummer as it is compared: Unicode-normalised (NFKC), trimmed, each run of white
 * space one space. Two documents whose Dnr read the same after this belong to one case.
 */
export function normalizeDiarienummer(diarienummer: string): string {
  return diarienummer.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/**
 * The characters registries print Dnr with, each with its own stand-in, so the id can be read back
 * to the Dnr: `2024/001234` → `2024-001234`, `326-1452/2004` → `326_1452-2004`, `1.5.1-143/2017` →
 * `1.5.1_143-2017`, `KSN-2013-0456` → `ksn_2013_0456`. Letters are the printed capitals.
 */
const STAND_INS: Readonly<Record<string, string>> = { '/': '-', '-': '_', '.': '.' };
const DIGIT_OR_CAPITAL = /^[0-9A-Z]$/;

/** The lossless id part, or null when the Dnr has a character outside the table above. */
function encodeLosslessly(printed: string): string | null {
  let out = '';
  for (const ch of printed) {
    if (DIGIT_OR_CAPITAL.test(ch)) out += ch.toLowerCase();
    else if (STAND_INS[ch] !== undefined) out += STAND_INS[ch];
    else return null;
  }
  return out;
}

/**
 * `Stockholms stad` + `2024/001234` → `stockholm-2024-001234`. One-to-one on the normalised printed
 * Dnr: the usual forms map character by character (see STAND_INS); any other (a space, a colon,
 * lower case, å) keeps a readable slug and adds `~` and 10 hex digits of the Dnr's sha256
 * (`KF 2017:45` → `kf-2017-45~…`). No lossless id contains `~`, so the two kinds never meet.
 */
export function toCaseId(municipality: string | null, diarienummer: string): string {
  const printed = normalizeDiarienummer(diarienummer);
  const lossless = encodeLosslessly(printed);
  const body =
    lossless ??
    `${slugify(printed) || 'dnr'}~${createHash('sha256').update(printed).digest('hex').slice(0, 10)}`;
  return `${toMunicipalitySlug(municipality)}-${body}`;
}

/** The characters a case id is made of (what the API accepts in a path before asking the store). */
export const CASE_ID_PATTERN = /^[a-z0-9][a-z0-9._~-]{0,199}$/;
