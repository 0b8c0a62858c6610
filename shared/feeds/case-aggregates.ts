// Case records → the numbers the portal charts and /v1/bodies show: cases per year, and per
// consulted body its cases and stance counts. Pure; tombstones are the caller's to leave out.
import { z } from 'zod';
import { BodyTypeSchema, type CaseRecord, STANCES, StanceSchema } from '../model/case-record.ts';

export const BodySummarySchema = z.object({
  body: z.string(),
  bodyType: BodyTypeSchema,
  /** Cases that consulted this body. */
  cases: z.number().int().nonnegative(),
  /** Cases per stance; `unknown` where no stance was read. */
  stances: z.record(z.union([StanceSchema, z.literal('unknown')]), z.number().int().nonnegative()),
});
export type BodySummary = z.infer<typeof BodySummarySchema>;
export type StanceCounts = BodySummary['stances'];

export const emptyStanceCounts = (): StanceCounts =>
  Object.fromEntries([...STANCES, 'unknown'].map((s) => [s, 0])) as StanceCounts;

/** One entry per body name (as printed), most-consulted first, then by name. */
export function summarizeBodies(records: readonly CaseRecord[]): BodySummary[] {
  const byBody = new Map<string, BodySummary>();
  for (const record of records) {
    for (const c of record.consultations) {
      let entry = byBody.get(c.body);
      if (!entry) {
        entry = { body: c.body, bodyType: c.bodyType, cases: 0, stances: emptyStanceCounts() };
        byBody.set(c.body, entry);
      }
      entry.cases++;
      entry.stances[c.stance ?? 'unknown']++;
    }
  }
  return [...byBody.values()].sort((a, b) => b.cases - a.cases || a.body.localeCompare(b.body, 'sv'));
}

/** Cases per year of their date, years ascending with empty years filled in; undated last. */
export function countCasesPerYear(records: readonly CaseRecord[]): { year: string; cases: number }[] {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const r of records) {
    const year = r.date?.slice(0, 4);
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
    else undated++;
  }
  const years = [...counts.keys()].map(Number);
  const out: { year: string; cases: number }[] = [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  if (years.length > 0 && last - first <= 40) {
    for (let y = first; y <= last; y++) out.push({ year: String(y), cases: counts.get(String(y)) ?? 0 });
  } else {
    for (const y of years.sort((a, b) => a - b))
      out.push({ year: String(y), cases: counts.get(String(y)) ?? 0 });
  }
  if (undated > 0) out.push({ year: 'unknown', cases: undated });
  return out;
}

/** What the portal's count and charts and /v1/bodies need from a selection of cases. */
export interface SelectionSummary {
  cases: number;
  years: { year: string; cases: number }[];
  bodies: BodySummary[];
}

export function summarizeSelection(records: readonly CaseRecord[]): SelectionSummary {
  return { cases: records.length, years: countCasesPerYear(records), bodies: summarizeBodies(records) };
}
