// municipality + diarienummer → the stable, URL-safe case id (`stockholm-2017-000991`).
// Pure; the id must never change for the same printed inputs, so clients can key on it.

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
 * `Stockholms stad` + `2017/000991` → `stockholm-2017-000991`. Year-first and year-last forms are
 * kept as printed (`326-4495/2005` → `326-4495-2005`) so two different numbers never collide.
 */
export function toCaseId(municipality: string | null, diarienummer: string): string {
  return `${toMunicipalitySlug(municipality)}-${slugify(diarienummer)}`;
}
