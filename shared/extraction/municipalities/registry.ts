// The registry of municipalities, and the lookups field code uses: which municipality a document
// comes from, and a printed body name → its official name, type and the forms that refer to it.
// A municipality outside the registry still gets generic rules (printed names kept, capitalised).
import type { BodyType } from '../../model/case-record.ts';
import { BODY_TYPE_RULES } from '../rules/body-type-rules.ts';
import { matchFirstRule } from '../rules/rule.ts';
import type { District, Municipality, RegisteredBody } from './municipality.ts';
import { UNKNOWN_MUNICIPALITY } from './municipality.ts';
import {
  GOTEBORG,
  HUDDINGE,
  LUND,
  MALMO,
  NACKA,
  NAME_ONLY,
  SOLLENTUNA,
  SOLNA,
  UMEA,
  UPPSALA,
} from './others.ts';
import { STOCKHOLM } from './stockholm.ts';

export type { Municipality };
export { UNKNOWN_MUNICIPALITY };

export const MUNICIPALITIES: readonly Municipality[] = [
  STOCKHOLM,
  GOTEBORG,
  MALMO,
  UPPSALA,
  HUDDINGE,
  SOLNA,
  NACKA,
  SOLLENTUNA,
  LUND,
  UMEA,
  ...NAME_ONLY,
];

/**
 * Sweden's regions (county councils) named `Region X`, by X (`Region Gävleborg`): 19 of the 21.
 * After a comma such a name is the next organisation, never an authority's regional division
 * (`Trafikverket, Region Väst`). Stockholm is left out, since the state's authorities name a
 * division after it too, and Västra Götalandsregionen has no `Region X` form.
 */
export const COUNTY_REGION_PLACES: readonly string[] = [
  'Uppsala',
  'Sörmland',
  'Östergötland',
  'Jönköpings län',
  'Kronoberg',
  'Kalmar län',
  'Gotland',
  'Blekinge',
  'Skåne',
  'Halland',
  'Värmland',
  'Örebro län',
  'Västmanland',
  'Dalarna',
  'Gävleborg',
  'Västernorrland',
  'Jämtland Härjedalen',
  'Västerbotten',
  'Norrbotten',
];

export function municipalityNamed(name: string | null): Municipality | null {
  if (!name) return null;
  return MUNICIPALITIES.find((m) => m.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/** A registry entry whose letterhead form occurs in `text` (the document's header lines). */
export function findMunicipalityInHeader(text: string): Municipality | null {
  return MUNICIPALITIES.find((m) => m.nameForms.some((re) => re.test(text))) ?? null;
}

export function findMunicipalityByMarkers(text: string): Municipality | null {
  return MUNICIPALITIES.find((m) => m.markers?.test(text)) ?? null;
}

/**
 * The municipality whose own district committee or office the header names (`Skärholmens
 * stadsdelsförvaltning`, `Farsta stadsdelsnämnd`): only when exactly one municipality has it.
 */
export function findMunicipalityByOwnBodies(header: string): Municipality | null {
  const lower = header.toLowerCase().replace(/\s+/gu, ' ');
  const owners = MUNICIPALITIES.filter((m) =>
    (m.districts ?? []).some((d) => {
      const body = d.body.toLowerCase();
      return lower.includes(body) || lower.includes(body.replace(/nämnd$/u, 'förvaltning'));
    }),
  );
  return owners.length === 1 ? (owners[0] ?? null) : null;
}

export function findMunicipalityBySigningPlace(place: string): Municipality | null {
  const lower = place.toLowerCase();
  return MUNICIPALITIES.find((m) => m.signingPlace.toLowerCase() === lower) ?? null;
}

export interface ResolvedBody {
  name: string;
  type: BodyType;
  /** Lower-case printed forms that refer to the body in running text. */
  aliases: string[];
}

function validIn(entry: { from?: number; to?: number }, year: number | null): boolean {
  if (year === null) return true;
  return (entry.from ?? 0) <= year && year <= (entry.to ?? 9999);
}

export function bodyTypeOf(name: string): BodyType {
  // an organisation's unit after a comma is of the organisation's kind (`Järna SK, cykelsektionen`,
  // `Västra Götalandsregionen, kollektivtrafiknämnden`), unless the organisation is a municipality
  const owner = /^([^,]*[^,-]),\s/u.exec(name)?.[1];
  if (
    owner &&
    /^\p{Lu}/u.test(owner) &&
    !/\s(?:kommun|stad)$|^(?:Sektor|Verksamhetsområde|Förvaltningen|Kontoret)\s/u.test(owner)
  ) {
    const kind = matchFirstRule(owner, BODY_TYPE_RULES)?.label ?? 'extern';
    if (kind === 'extern' || kind === 'bolag') return kind;
  }
  return matchFirstRule(name, BODY_TYPE_RULES)?.label ?? 'extern';
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface RegistryIndex {
  byName: Map<string, RegisteredBody[]>;
  byAlias: Map<string, RegisteredBody[]>;
  lineages: Map<RegisteredBody, string[]>;
}

/** Lower-case lookups of a municipality's bodies, built once per municipality. */
const INDEXES = new WeakMap<Municipality, RegistryIndex>();

function indexOf(m: Municipality): RegistryIndex {
  const known = INDEXES.get(m);
  if (known) return known;
  const byName = new Map<string, RegisteredBody[]>();
  const byAlias = new Map<string, RegisteredBody[]>();
  const push = (map: Map<string, RegisteredBody[]>, key: string, b: RegisteredBody) => {
    const list = map.get(key);
    if (list) list.push(b);
    else map.set(key, [b]);
  };
  for (const b of m.bodies) {
    push(byName, b.name.toLowerCase(), b);
    for (const a of b.aliases ?? []) push(byAlias, a, b);
  }
  // entries that are the same body under another name: they share a printed form
  const lineages = new Map<RegisteredBody, string[]>();
  for (const entry of m.bodies) {
    const names = new Set<string>([entry.name.toLowerCase(), ...(entry.aliases ?? [])]);
    for (const other of m.bodies) {
      const forms = [other.name.toLowerCase(), ...(other.aliases ?? [])];
      if (forms.some((f) => names.has(f))) for (const f of forms) names.add(f);
    }
    lineages.set(entry, [...names]);
  }
  const index = { byName, byAlias, lineages };
  INDEXES.set(m, index);
  return index;
}

function lineage(m: Municipality, entry: RegisteredBody): string[] {
  return indexOf(m).lineages.get(entry) ?? [entry.name.toLowerCase()];
}

/**
 * The register entry a printed form names in a given year: the entry of that name valid then,
 * else the entry valid then that has the form as an alias (a shorthand, an outdated name), else
 * any entry of that name.
 */
function findRegistered(m: Municipality, lower: string, year: number | null): RegisteredBody | null {
  const index = indexOf(m);
  const byName = index.byName.get(lower) ?? [];
  const byAlias = index.byAlias.get(lower) ?? [];
  return (
    byName.find((b) => validIn(b, year)) ??
    byAlias.find((b) => validIn(b, year)) ??
    byName[0] ??
    byAlias[0] ??
    null
  );
}

function stripGenitive(word: string): string[] {
  const forms = [word];
  if (word.endsWith('s') && word.length > 3) forms.push(word.slice(0, -1));
  return forms;
}

/** A district by one of its area names (`Farsta`, a misspelt genitive `Rinkebys`) in a given year. */
export function findDistrict(m: Municipality, area: string, year: number | null): District | null {
  const districts = m.districts ?? [];
  const forms = stripGenitive(area.trim().toLowerCase());
  const exact = districts.filter((d) => d.names.some((n) => forms.includes(n.toLowerCase())));
  const pick = (list: District[]) => list.find((d) => validIn(d, year)) ?? null;
  const exactNow = pick(exact);
  if (exactNow) return exactNow;
  // a shortened name of a district merged under a longer one (`Rinkeby` for Rinkeby-Kista in 2010):
  // the district valid in the year wins over an exact name from another era
  const partOf = districts.filter((d) =>
    d.names.some((n) =>
      n
        .toLowerCase()
        .split('-')
        .some((part) => forms.includes(part)),
    ),
  );
  return pick(partOf) ?? exact[0] ?? null;
}

function districtAliases(d: District): string[] {
  const out = new Set<string>([d.body.toLowerCase()]);
  for (const n of d.names) {
    const lower = n.toLowerCase();
    const genitive = /[sxz]$/u.test(lower) ? lower : `${lower}s`;
    for (const g of new Set([genitive, lower])) {
      out.add(`${g} stadsdelsnämnd`);
      out.add(`${g} stadsdelsförvaltning`);
    }
    for (const head of [
      'stadsdelsnämnden',
      'stadsdelsförvaltningen',
      'stadsområdesnämnd',
      'stadsområdesnämnden',
    ])
      out.add(`${head} ${lower}`);
    out.add(`stadsdelsnämnden i ${lower}`);
    out.add(`stadsdelsförvaltningen i ${lower}`);
    // the usual abbreviation of a district committee, in tables: `SDN Angered`
    out.add(`sdn ${lower}`);
    // head first, definite or not: `Stadsdelsnämnden Angered` ↔ `stadsdelsnämnd Angered`
    const headFirst = /^(\p{L}+(?:-\s?och\s\p{L}+)?)(?:en)?\s+(.+)$/u.exec(d.body.toLowerCase());
    if (headFirst?.[1] && headFirst[2] && headFirst[2] === lower) {
      out.add(`${headFirst[1]} ${lower}`);
      out.add(`${headFirst[1]}en ${lower}`);
    }
  }
  return [...out];
}

/** The committee of one area in a grouped list (`stadsdelsnämnderna Farsta och …`). */
/** Area names that are directions or the centre: no genitive form (`Väster`, `Centrum`, `Norra`). */
const COMPASS_AREA_RE =
  /^(?:Väster|Öster|Norr|Söder|Väst|Öst|Nord|Syd|Centrum|Mitt|Innerstaden|Ytterstaden)$/u;

export function resolveArea(
  m: Municipality,
  area: string,
  /** The singular kind, lower-case: `stadsdelsnämnd`, `barn- och skolnämnd`. */
  kind: string,
  year: number | null,
): ResolvedBody {
  const district = findDistrict(m, area, year);
  if (district)
    return { name: district.body, type: bodyTypeOf(district.body), aliases: districtAliases(district) };
  const clean = area.replace(/\s+/gu, ' ').trim();
  let name: string;
  // an association of municipalities is named by its area in the genitive (`Fyrbodals kommunalförbund`)
  if (/förbund$/u.test(kind)) name = `${/[sxz]$/iu.test(clean) ? clean : `${clean}s`} ${kind}`;
  else if (m.areaNameForm === 'definite-head-first') name = `${capitalizeFirst(kind)}en ${clean}`;
  else if (m.areaNameForm === 'indefinite-head-first') name = `${capitalizeFirst(kind)} ${clean}`;
  // compass and centre names take the head first (`Stadsdelsnämnden Väster`); places take a genitive
  else if (COMPASS_AREA_RE.test(clean)) name = `${capitalizeFirst(kind)}en ${clean}`;
  // `Farsta stadsdelsnämnd`, `Hammarby stadsdelsnämnd`, but `Skarpnäcks`, `Kungsholmens`
  else name = `${/[sxzaeiouyåäö]$/iu.test(clean) ? clean : `${clean}s`} ${kind}`;
  const synthetic: District = { names: [clean], body: name };
  return {
    name,
    type: bodyTypeOf(name),
    aliases: [...districtAliases(synthetic), `${clean.toLowerCase()} ${kind}`],
  };
}

/**
 * `ÖBO` for `Örebrobostäder AB`, `HSO` for `Handikappförbundens samarbetsorgan`: the acronym starts
 * with the name's first letter and its letters occur in the name in order. `SISAB` in `Stockholms
 * Stadshus AB (SISAB)` does not: there the parenthesis names a subsidiary.
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase();
  const text = name.toLowerCase();
  if (letters.charAt(0) !== text.charAt(0)) return false;
  let at = 1;
  for (const ch of letters.slice(1)) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const DISTRICT_BODY_RE = /^(.+?)\s+stadsdels(?:nämnd|förvaltning)(?:en)?$/iu;
const HEAD_FIRST_DISTRICT_RE = /^stadsdels(?:nämnden|förvaltningen|nämnd)\s+(?:i\s+|för\s+)?(.+)$/iu;
const PARENTHESISED_RE = /^(.{3,}?)\s*\(([^()]{2,})\)$/u;

/** A printed body name → official name (register, year-aware), type and the forms that refer to it. */
export function resolveBody(m: Municipality, printed: string, year: number | null): ResolvedBody {
  const clean = printed.replace(/\s+/gu, ' ').trim();
  const lower = clean.toLowerCase();
  const districtName =
    DISTRICT_BODY_RE.exec(clean)?.[1] ??
    HEAD_FIRST_DISTRICT_RE.exec(clean)?.[1] ??
    // `SDN Angered`: the abbreviation of stadsdelsnämnd
    /^SDN\s+(\p{Lu}[\p{L} -]+)$/iu.exec(clean)?.[1];
  const district = districtName ? findDistrict(m, districtName, year) : null;
  if (district)
    return {
      name: district.body,
      type: bodyTypeOf(district.body),
      aliases: [lower, ...districtAliases(district)],
    };
  const entry = findRegistered(m, lower, year);
  if (entry) return { name: entry.name, type: entry.type, aliases: [lower, ...lineage(m, entry)] };
  const parts = PARENTHESISED_RE.exec(clean);
  if (parts?.[1] && parts[2]) {
    const outer = findRegistered(m, parts[1].toLowerCase(), year);
    const inner = parts[2].trim();
    // `Kommunstyrelsens pensionärsråd (KPR)`: an acronym of a registered non-company body
    if (outer && outer.type !== 'bolag' && /^\p{Lu}{2,6}$/u.test(inner))
      return {
        name: outer.name,
        type: outer.type,
        aliases: [lower, inner.toLowerCase(), ...lineage(m, outer)],
      };
    // `Plan- och byggnadsnämnden (PBN)`: the acronym is an alias, not part of the name — but a
    // company group keeps the subsidiary it answers through (`Stockholms Stadshus AB (SISAB)`)
    const outerType = outer?.type ?? bodyTypeOf(parts[1]);
    if (/^\p{Lu}{2,6}$/u.test(inner) && (outerType !== 'bolag' || isAcronymOf(inner, parts[1]))) {
      const named = outer?.name ?? capitalizeFirst(parts[1]);
      return {
        name: named,
        type: outerType,
        aliases: [lower, parts[1].toLowerCase(), inner.toLowerCase(), ...(outer ? lineage(m, outer) : [])],
      };
    }
    // `Stockholms Stadshus AB (SISAB)`, `Region Stockholm (trafikförvaltningen)`: kept as printed,
    // and either part alone refers to it in the answers
    const name = capitalizeFirst(clean);
    return {
      name,
      type: outer?.type ?? bodyTypeOf(parts[1]),
      aliases: [lower, parts[1].toLowerCase(), inner.toLowerCase(), ...(outer ? lineage(m, outer) : [])],
    };
  }
  const name = capitalizeFirst(clean);
  return { name, type: bodyTypeOf(name), aliases: [lower] };
}

/** The municipality's own offices, lower-case (they prepare cases; not consulted unless remitted). */
export function officeNames(m: Municipality): string[] {
  return [...new Set([...m.offices, ...UNKNOWN_MUNICIPALITY.offices])];
}
