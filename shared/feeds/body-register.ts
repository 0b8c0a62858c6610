// Published cases + the extractor's municipality registry → the register of consulted bodies: one
// entry per (municipality, official name) with its type, registry aliases (and which of them the
// evidence passages print), era, years seen, stance counts, and the bodies it replaced or was
// replaced by; and one body's answers, newest first, with its stances per year. Pure.
import { z } from 'zod';
import { municipalityNamed } from '../extraction/municipalities/registry.ts';
import { slugify, toMunicipalitySlug } from '../model/case-id.ts';
import { BodyTypeSchema, type CaseRecord, type Consultation, StanceSchema } from '../model/case-record.ts';
import { emptyStanceCounts } from './case-aggregates.ts';

/**
 * Renames and mergers the registry records only as eras (and comments): which bodies took over from
 * which. Those with a shared alias or a shared district name are found from the registry itself
 * (see `derivedLineage`); these are the rest. One row per change, with an English gloss.
 * TODO(registry): a `replaces` field on RegisteredBody/District would let this table go.
 */
const LINEAGE: readonly {
  municipality: string;
  from: readonly string[];
  to: readonly string[];
  year: number;
}[] = [
  // 2007: Katarina-Sofia and Maria-Gamla stan became Södermalm
  {
    municipality: 'Stockholms stad',
    from: ['Katarina-Sofia stadsdelsnämnd', 'Maria-Gamla stans stadsdelsnämnd'],
    to: ['Södermalms stadsdelsnämnd'],
    year: 2007,
  },
  // July 2023: Rinkeby-Kista and Spånga-Tensta became Järva
  {
    municipality: 'Stockholms stad',
    from: ['Rinkeby-Kista stadsdelsnämnd', 'Spånga-Tensta stadsdelsnämnd'],
    to: ['Järva stadsdelsnämnd'],
    year: 2023,
  },
  // July 2023: Norrmalm and Östermalm became Norra innerstaden
  {
    municipality: 'Stockholms stad',
    from: ['Norrmalms stadsdelsnämnd', 'Östermalms stadsdelsnämnd'],
    to: ['Norra innerstadens stadsdelsnämnd'],
    year: 2023,
  },
  // 2007: the social services committee took over labour-market matters; split again in 2015
  {
    municipality: 'Stockholms stad',
    from: ['Socialtjänstnämnden'],
    to: ['Socialtjänst- och arbetsmarknadsnämnden'],
    year: 2007,
  },
  {
    municipality: 'Stockholms stad',
    from: ['Socialtjänst- och arbetsmarknadsnämnden'],
    to: ['Socialnämnden', 'Arbetsmarknadsnämnden'],
    year: 2015,
  },
  // 2007: streets and properties → traffic and waste; 2015 back to a traffic committee
  {
    municipality: 'Stockholms stad',
    from: ['Gatu- och fastighetsnämnden', 'Trafiknämnden'],
    to: ['Trafik- och renhållningsnämnden'],
    year: 2007,
  },
  {
    municipality: 'Stockholms stad',
    from: ['Trafik- och renhållningsnämnden'],
    to: ['Trafiknämnden'],
    year: 2015,
  },
  // 2017: the water company took over waste collection
  {
    municipality: 'Stockholms stad',
    from: ['Stockholm Vatten AB'],
    to: ['Stockholm Vatten och Avfall AB'],
    year: 2017,
  },
];

const LinkSchema = z.object({
  body: z.string(),
  /** The linked body's page, when it has answered in a published case. */
  slug: z.string().nullable(),
  year: z.number().int(),
});

const StanceCountsSchema = z.record(
  z.union([StanceSchema, z.literal('unknown')]),
  z.number().int().nonnegative(),
);

export const BodyEntrySchema = z.object({
  slug: z.string(),
  body: z.string().describe('official name'),
  bodyType: BodyTypeSchema,
  municipality: z.string().nullable(),
  aliases: z.array(z.string()).describe('other forms the registry knows for it (lower-case)'),
  aliasesSeen: z.array(z.string()).describe('those of `aliases` printed in its evidence passages'),
  era: z
    .object({ from: z.number().int().nullable(), to: z.number().int().nullable() })
    .nullable()
    .describe('the years the registry says it existed under this name; null when it is not in the registry'),
  years: z
    .object({ first: z.string().nullable(), last: z.string().nullable() })
    .describe('year of its first and last answer in the published cases'),
  cases: z.number().int().nonnegative(),
  stances: StanceCountsSchema,
  predecessors: z.array(LinkSchema).describe('bodies it took over from (renames and mergers)'),
  successors: z.array(LinkSchema).describe('bodies that took over from it'),
});
export type BodyEntry = z.infer<typeof BodyEntrySchema>;

export const BodyAnswerSchema = z.object({
  caseId: z.string(),
  diarienummer: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable().describe('the case’s date'),
  stance: StanceSchema.nullable(),
  confidence: z.number().nullable(),
  meetingDate: z.string().nullable(),
  statementDate: z.string().nullable(),
  evidence: z.string().nullable(),
  page: z.number().int().nullable(),
});
export type BodyAnswer = z.infer<typeof BodyAnswerSchema>;

export const BodyPageSchema = z.object({
  body: BodyEntrySchema,
  answers: z.array(BodyAnswerSchema).describe('every answer in a published case, newest first'),
  stancesByYear: z.array(z.object({ year: z.string(), stances: StanceCountsSchema })),
  /** Answers whose stance is `unclear` or `no_response`, and their share of all answers. */
  unread: z.object({
    unclear: z.number().int().nonnegative(),
    noResponse: z.number().int().nonnegative(),
    share: z.number().min(0).max(1),
  }),
});
export type BodyPage = z.infer<typeof BodyPageSchema>;

export const bodySlugOf = (municipality: string | null, body: string) =>
  `${toMunicipalitySlug(municipality)}-${slugify(body)}`;

const keyOf = (municipality: string | null, body: string) => `${municipality ?? ''}\u0000${body}`;

/** The year an answer speaks for: its statement, else its meeting, else the case's date. */
const answerDate = (record: CaseRecord, c: Consultation) => c.statementDate ?? c.meetingDate ?? record.date;

interface Registered {
  type: BodyEntry['bodyType'];
  aliases: string[];
  from: number | null;
  to: number | null;
  /** District area names, for finding mergers by shared names. */
  areas: string[];
}

/** Every body the registry knows for a municipality, by official name (several eras may share one). */
function registeredBodies(municipality: string | null): Map<string, Registered[]> {
  const out = new Map<string, Registered[]>();
  const m = municipalityNamed(municipality);
  if (!m) return out;
  const add = (name: string, entry: Registered) => out.set(name, [...(out.get(name) ?? []), entry]);
  for (const b of m.bodies) {
    add(b.name, {
      type: b.type,
      aliases: [...(b.aliases ?? [])],
      from: b.from ?? null,
      to: b.to ?? null,
      areas: [],
    });
  }
  for (const d of m.districts ?? []) {
    add(d.body, {
      type: 'stadsdelsnamnd',
      aliases: [],
      from: d.from ?? null,
      to: d.to ?? null,
      areas: [...d.names],
    });
  }
  return out;
}

const partsOf = (areas: readonly string[]) =>
  new Set(areas.flatMap((a) => a.toLocaleLowerCase('sv').split(/[-\s]+/u)).filter((p) => p.length > 2));

/**
 * Successions the registry implies: A ends the year before (or the year) B begins, of one type, and
 * they share an alias (Trafik- och renhållningsnämnden → Trafiknämnden, both `trafikkontoret`) or a
 * district name (Hägersten + Liljeholmen → Hägersten-Liljeholmen).
 */
function derivedLineage(bodies: Map<string, Registered[]>): { from: string; to: string; year: number }[] {
  const flat = [...bodies.entries()].flatMap(([name, eras]) => eras.map((e) => ({ name, ...e })));
  const out: { from: string; to: string; year: number }[] = [];
  for (const a of flat) {
    if (a.to === null) continue;
    for (const b of flat) {
      if (b.name === a.name || b.from === null || b.type !== a.type) continue;
      if (b.from !== a.to && b.from !== a.to + 1) continue;
      const sharedAlias = a.aliases.some((x) => b.aliases.includes(x));
      const aParts = partsOf(a.areas);
      const sharedArea = [...partsOf(b.areas)].some((p) => aParts.has(p));
      if (sharedAlias || sharedArea) out.push({ from: a.name, to: b.name, year: b.from });
    }
  }
  return out;
}

/** The register of every body that answered in `records` (live cases only), most answers first. */
export function buildBodyRegister(records: readonly CaseRecord[]): BodyEntry[] {
  const groups = new Map<
    string,
    { municipality: string | null; body: string; answers: [CaseRecord, Consultation][] }
  >();
  for (const record of records) {
    if (record.deleted) continue;
    for (const c of record.consultations) {
      const key = keyOf(record.municipality, c.body);
      let group = groups.get(key);
      if (!group) {
        group = { municipality: record.municipality, body: c.body, answers: [] };
        groups.set(key, group);
      }
      group.answers.push([record, c]);
    }
  }
  const registries = new Map<string, Map<string, Registered[]>>();
  const registryOf = (municipality: string | null) => {
    const key = municipality ?? '';
    let found = registries.get(key);
    if (!found) {
      found = registeredBodies(municipality);
      registries.set(key, found);
    }
    return found;
  };
  const lineages = new Map<string, { from: string; to: string; year: number }[]>();
  const lineageOf = (municipality: string | null) => {
    const key = municipality ?? '';
    let found = lineages.get(key);
    if (!found) {
      const explicit = LINEAGE.filter((l) => l.municipality === municipality).flatMap((l) =>
        l.from.flatMap((from) => l.to.map((to) => ({ from, to, year: l.year }))),
      );
      const derived = derivedLineage(registryOf(municipality)).filter(
        (d) => !explicit.some((e) => e.from === d.from && e.to === d.to),
      );
      found = [...explicit, ...derived];
      lineages.set(key, found);
    }
    return found;
  };
  const slugOfAnswered = (municipality: string | null, body: string) =>
    groups.has(keyOf(municipality, body)) ? bodySlugOf(municipality, body) : null;

  const entries = [...groups.values()].map((group): BodyEntry => {
    const { municipality, body, answers } = group;
    const eras = registryOf(municipality).get(body) ?? [];
    const aliases = [...new Set(eras.flatMap((e) => e.aliases))].sort((a, b) => a.localeCompare(b, 'sv'));
    const evidence = answers.map(([, c]) => (c.evidence ?? '').toLocaleLowerCase('sv')).join('\n');
    const stances = emptyStanceCounts();
    const years: string[] = [];
    for (const [record, c] of answers) {
      stances[c.stance ?? 'unknown']++;
      const year = answerDate(record, c)?.slice(0, 4);
      if (year) years.push(year);
    }
    years.sort();
    const lineage = lineageOf(municipality);
    const froms = eras.map((e) => e.from);
    const tos = eras.map((e) => e.to);
    return {
      slug: bodySlugOf(municipality, body),
      body,
      bodyType: eras[0]?.type ?? answers[0]?.[1].bodyType ?? 'other',
      municipality,
      aliases,
      aliasesSeen: aliases.filter((a) => evidence.includes(a)),
      era:
        eras.length === 0
          ? null
          : {
              from: froms.includes(null) ? null : Math.min(...(froms as number[])),
              to: tos.includes(null) ? null : Math.max(...(tos as number[])),
            },
      years: { first: years[0] ?? null, last: years.at(-1) ?? null },
      cases: new Set(answers.map(([r]) => r.id)).size,
      stances,
      predecessors: lineage
        .filter((l) => l.to === body)
        .map((l) => ({ body: l.from, slug: slugOfAnswered(municipality, l.from), year: l.year })),
      successors: lineage
        .filter((l) => l.from === body)
        .map((l) => ({ body: l.to, slug: slugOfAnswered(municipality, l.to), year: l.year })),
    };
  });
  return entries.sort((a, b) => b.cases - a.cases || a.body.localeCompare(b.body, 'sv'));
}

/** One body's page: its entry, its answers newest first, stances per year, the unread share. */
export function buildBodyPage(records: readonly CaseRecord[], entry: BodyEntry): BodyPage {
  const answers: BodyAnswer[] = [];
  const perYear = new Map<string, BodyEntry['stances']>();
  for (const record of records) {
    if (record.deleted || record.municipality !== entry.municipality) continue;
    for (const c of record.consultations) {
      if (c.body !== entry.body) continue;
      answers.push({
        caseId: record.id,
        diarienummer: record.diarienummer,
        title: record.title,
        date: record.date,
        stance: c.stance,
        confidence: c.confidence ?? null,
        meetingDate: c.meetingDate,
        statementDate: c.statementDate,
        evidence: c.evidence ?? null,
        page: c.page ?? null,
      });
      const year = answerDate(record, c)?.slice(0, 4) ?? 'okänt';
      const counts = perYear.get(year) ?? emptyStanceCounts();
      counts[c.stance ?? 'unknown']++;
      perYear.set(year, counts);
    }
  }
  const dateOf = (a: BodyAnswer) => a.statementDate ?? a.meetingDate ?? a.date ?? '';
  answers.sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.caseId.localeCompare(b.caseId));
  const unclear = answers.filter((a) => a.stance === 'unclear').length;
  const noResponse = answers.filter((a) => a.stance === 'no_response').length;
  return {
    body: entry,
    answers,
    stancesByYear: [...perYear.entries()]
      .sort(([a], [b]) => (a === 'okänt' ? 1 : b === 'okänt' ? -1 : a.localeCompare(b)))
      .map(([year, stances]) => ({ year, stances })),
    unread: {
      unclear,
      noResponse,
      share: answers.length === 0 ? 0 : (unclear + noResponse) / answers.length,
    },
  };
}
