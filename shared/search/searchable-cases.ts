// Published records + a reader of stored page texts → what the search index is built from. A
// document whose texts were never stored (read before they were kept) counts as missing, and its
// case is still indexed by its title; `npm run reextract` stores them. No storage of its own.
import type { CaseRecord } from '../model/case-record.ts';
import type { SearchableCase } from './search-index.ts';

/** Reads that run at once: S3 answers each in tens of milliseconds, so latency, not bandwidth, rules. */
const READ_CONCURRENCY = 16;

export interface SearchableCases {
  cases: SearchableCase[];
  /** Documents that have no stored page texts. */
  documentsWithoutText: number;
}

export async function collectSearchableCases(
  records: readonly CaseRecord[],
  readPageTexts: (sha256: string) => Promise<string[] | null>,
): Promise<SearchableCases> {
  const cases: SearchableCase[] = records.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    updatedAt: r.updatedAt,
    documents: [],
  }));
  const jobs = records.flatMap((record, i) => record.documents.map((d, j) => ({ i, j, sha256: d.sha256 })));
  const found: (string[] | null)[] = new Array(jobs.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const at = next++;
      const job = jobs[at];
      if (job) found[at] = await readPageTexts(job.sha256);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, jobs.length) }, worker));
  let documentsWithoutText = 0;
  jobs.forEach((job, at) => {
    const pages = found[at];
    if (!pages) documentsWithoutText++;
    else cases[job.i]?.documents.push({ sha256: job.sha256, pages });
  });
  return { cases, documentsWithoutText };
}
