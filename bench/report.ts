// The one table every benchmark reports into: measure | value | reference | ratio | goal | met?,
// printed for the terminal and as markdown for BENCHMARKS.md. Formatting only; nothing is measured.

export interface BenchRow {
  measure: string;
  value: string;
  reference: string;
  /** value ÷ reference (or the ratio the goal speaks of), already formatted; '—' when none. */
  ratio: string;
  goal: string;
  /** true/false when the row has a goal; null when it only informs. */
  met: boolean | null;
  /** Why a row was skipped or what to read into it; printed under the table. */
  note?: string;
}

export interface BenchOptions {
  quick: boolean;
  log: (message: string) => void;
}

export const COLUMNS = ['measure', 'value', 'reference', 'ratio', 'goal', 'met?'] as const;

export const ms = (n: number) => (n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const times = (n: number) => `${n.toFixed(2)}×`;
export const perSecond = (n: number) => `${n >= 100 ? Math.round(n) : n.toFixed(1)}/s`;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function metLabel(met: boolean | null): string {
  if (met === null) return '—';
  return met ? 'yes' : 'NO';
}

/** A row for a benchmark that could not run (missing tool, crashed service): the table stays whole. */
export function skippedRow(measure: string, goal: string, reason: string): BenchRow {
  return { measure, value: 'skipped', reference: '—', ratio: '—', goal, met: null, note: reason };
}

function cells(row: BenchRow): string[] {
  return [row.measure, row.value, row.reference, row.ratio, row.goal, metLabel(row.met)];
}

export function formatTable(rows: readonly BenchRow[]): string {
  const all = [[...COLUMNS], ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(all[0] as string[]), rule, ...all.slice(1).map(line)].join('\n');
}

export function formatMarkdownTable(rows: readonly BenchRow[]): string {
  const escapeCell = (c: string) => c.replace(/\|/g, '\\|');
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

export function formatNotes(rows: readonly BenchRow[]): string[] {
  return rows.filter((r) => r.note).map((r) => `${r.measure}: ${r.note}`);
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spreadOf(values: readonly number[]): Spread {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

/** `1.42× (min 1.30×, max 1.61×, n 7)`: a paired ratio's median with its spread. */
export function formatRatioSpread(s: Spread): string {
  return s.n > 1
    ? `${times(s.median)} (min ${times(s.min)}, max ${times(s.max)}, n ${s.n})`
    : times(s.median);
}
