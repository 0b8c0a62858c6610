// A body as printed (`trafiknämnden`, `stadsdelsnämnderna Farsta och Norrmalm`, `Rinkebys
// stadsdelsnämnd`) → official name, body type and the printed forms that refer to it. Uses the one
// register for Stockholm documents only; elsewhere the printed name is kept, capitalised.
import type { BodyType } from '../../model/case-record.ts';
import { capitalizeFirst } from '../extraction-context.ts';
import {
  BODY_TYPE_RULES,
  type District,
  type RegisteredBody,
  STOCKHOLM_BODIES,
  STOCKHOLM_DISTRICTS,
} from '../rules/body-register.ts';
import { matchFirstRule } from '../rules/rule.ts';

export interface ResolvedBody {
  name: string;
  type: BodyType;
  /** Lower-case printed forms that name this body in running text (without genitive endings). */
  aliases: string[];
}

const DISTRICT_BODY_RE = /^(.+?)\s+stadsdels(?:nämnd|förvaltning)(?:en)?$/iu;
const PARENTHESISED_RE = /^(.{3,}?)\s*\(([^()]{3,})\)$/u;
const DISTRICT_IN_RE = /^stadsdels(?:nämnden|förvaltningen)\s+(?:i|för)\s+(.+)$/iu;

function validIn(entry: { from?: number; to?: number }, year: number | null): boolean {
  if (year === null) return true;
  return (entry.from ?? 0) <= year && year <= (entry.to ?? 9999);
}

function pickByYear<T extends { from?: number; to?: number }>(
  candidates: readonly T[],
  year: number | null,
): T | undefined {
  return candidates.find((c) => validIn(c, year)) ?? candidates[0];
}

function stripGenitive(word: string): string[] {
  const forms = [word];
  if (word.endsWith('s') && word.length > 3) forms.push(word.slice(0, -1));
  return forms;
}

export function findDistrict(printed: string, year: number | null): District | undefined {
  const candidates: District[] = [];
  const forms = stripGenitive(printed.trim().toLowerCase());
  for (const form of forms) {
    for (const d of STOCKHOLM_DISTRICTS) {
      if (d.names.some((n) => n.toLowerCase() === form) && !candidates.includes(d)) candidates.push(d);
    }
  }
  // a shortened or misspelt name (`Rinkebys`) of a district merged under a longer name
  for (const form of forms) {
    for (const d of STOCKHOLM_DISTRICTS) {
      const partOf = d.names.some((n) => n.toLowerCase().split('-').includes(form));
      if (partOf && validIn(d, year) && !candidates.includes(d)) candidates.push(d);
    }
  }
  return pickByYear(candidates, year);
}

function districtAliases(d: District): string[] {
  const out: string[] = [d.body.toLowerCase()];
  for (const n of d.names) {
    const lower = n.toLowerCase();
    const parts = [lower, ...lower.split('-').slice(0, 1)];
    for (const p of parts) {
      for (const g of [p, `${p}s`]) {
        out.push(`${g} stadsdelsnämnd`, `${g} stadsdelsförvaltning`);
      }
      out.push(`stadsdelsnämnden i ${p}`, `stadsdelsförvaltningen i ${p}`);
    }
  }
  return [...new Set(out)];
}

function registeredCandidates(lower: string): RegisteredBody[] {
  return STOCKHOLM_BODIES.filter((b) => b.name.toLowerCase() === lower || (b.aliases ?? []).includes(lower));
}

/** Register entries that are the same body under another name (a shared alias), built once. */
const LINEAGES: ReadonlyMap<RegisteredBody, string[]> = new Map(
  STOCKHOLM_BODIES.map((entry) => {
    const names = new Set<string>([entry.name.toLowerCase(), ...(entry.aliases ?? [])]);
    for (const other of STOCKHOLM_BODIES) {
      const forms = [other.name.toLowerCase(), ...(other.aliases ?? [])];
      if (forms.some((f) => names.has(f))) for (const f of forms) names.add(f);
    }
    return [entry, [...names]];
  }),
);

function lineage(entry: RegisteredBody): string[] {
  return LINEAGES.get(entry) ?? [entry.name.toLowerCase()];
}

export function bodyTypeOf(name: string): BodyType {
  return matchFirstRule(name, BODY_TYPE_RULES)?.label ?? 'extern';
}

export function resolveBody(printed: string, year: number | null, useRegister: boolean): ResolvedBody {
  const clean = printed.replace(/\s+/gu, ' ').trim();
  const lower = clean.toLowerCase();
  if (useRegister) {
    const districtMatch = DISTRICT_BODY_RE.exec(clean) ?? DISTRICT_IN_RE.exec(clean);
    const district = districtMatch?.[1] ? findDistrict(districtMatch[1], year) : undefined;
    if (district)
      return { name: district.body, type: 'stadsdelsnamnd', aliases: [lower, ...districtAliases(district)] };
    const candidates = registeredCandidates(lower);
    const exact = candidates.filter((c) => c.name.toLowerCase() === lower);
    const entry = year === null ? (exact[0] ?? candidates[0]) : pickByYear(candidates, year);
    if (entry) return { name: entry.name, type: entry.type, aliases: [lower, ...lineage(entry)] };
    // `Kommunstyrelsens pensionärsråd (KPR)`: a registered body with its acronym (not a company's
    // subsidiary, which stays as printed)
    const parts = PARENTHESISED_RE.exec(lower);
    const acronym = parts?.[2] && /^[a-zß-öø-ÿ]{2,6}$/u.test(parts[2]) ? parts[2] : null;
    if (parts?.[1] && acronym && /^[A-ZÀ-ÖØ-Þ]{2,6}$/u.test(clean.slice(-acronym.length - 1, -1))) {
      const outer = registeredCandidates(parts[1]);
      const named = year === null ? outer[0] : pickByYear(outer, year);
      if (named && named.type !== 'bolag')
        return { name: named.name, type: named.type, aliases: [lower, acronym, ...lineage(named)] };
    }
  }
  const name = capitalizeFirst(clean);
  // `Region Stockholm (trafikförvaltningen)`: the answer may name either part alone
  const parts = PARENTHESISED_RE.exec(lower);
  const aliases = parts?.[1] && parts[2] ? [lower, parts[1], parts[2]] : [lower];
  return { name, type: bodyTypeOf(name), aliases };
}

/** A district named alone inside a grouped list (`Farsta` in `stadsdelsnämnderna Farsta och …`). */
export function resolveDistrictItem(
  printed: string,
  year: number | null,
  useRegister: boolean,
): ResolvedBody | null {
  const clean = printed.replace(/\s+/gu, ' ').trim();
  if (useRegister) {
    const d = findDistrict(clean, year);
    if (d) return { name: d.body, type: 'stadsdelsnamnd', aliases: districtAliases(d) };
  }
  // another municipality's district: a single bare proper name without a body suffix
  if (useRegister || !/^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*$/u.test(clean)) return null;
  const genitive = /[aeiouyåäösxz]$/iu.test(clean) ? clean : `${clean}s`;
  const name = `${genitive} stadsdelsnämnd`;
  return {
    name,
    type: 'stadsdelsnamnd',
    aliases: [
      name.toLowerCase(),
      `${clean.toLowerCase()} stadsdelsförvaltning`,
      `${genitive.toLowerCase()} stadsdelsförvaltning`,
    ],
  };
}
