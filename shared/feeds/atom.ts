// Case records → an Atom 1.0 feed (RFC 4287) of new and changed cases, newest first, with a
// rel="next" link for paging. Built with xml-writer.ts, which escapes all text and drops any
// character XML forbids (records are cleaned before storage; this also covers older ones).
// Pure: base URL and `now` are passed in.
import type { CaseRecord } from '../model/case-record.ts';
import { STANCE_LABELS } from './stance-labels.ts';
import { toXmlDocument, XmlElement } from './xml-writer.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface AtomOptions {
  baseUrl: string;
  selfUrl: string;
  nextUrl: string | null;
  now: string;
}

function summaryOf(record: CaseRecord): string {
  const parts = [
    record.diarienummer ? `Dnr ${record.diarienummer}` : null,
    record.date ? `datum ${record.date}` : null,
    record.consultations.length > 0
      ? `remissinstanser: ${record.consultations
          .map((c) => `${c.body} (${c.stance ? STANCE_LABELS[c.stance].sv : 'okänt'})`)
          .join('; ')}`
      : null,
  ];
  return parts.filter(Boolean).join('. ');
}

export function toAtomFeed(records: readonly CaseRecord[], options: AtomOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  const updated =
    records
      .map((r) => r.updatedAt)
      .sort()
      .at(-1) ?? options.now;
  const feed = new XmlElement('feed', { xmlns: ATOM_NS, 'xml:lang': 'sv' });
  feed.ele('id').txt(options.selfUrl);
  feed.ele('title').txt('Remissvar: nya och ändrade ärenden');
  feed.ele('updated').txt(updated);
  feed.ele('author').ele('name').txt('Remissvar');
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: options.selfUrl });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: `${base}/` });
  if (options.nextUrl) feed.ele('link', { rel: 'next', type: 'application/atom+xml', href: options.nextUrl });
  for (const r of records) {
    const entry = feed.ele('entry');
    entry.ele('id').txt(`${base}/v1/cases/${r.id}`);
    entry.ele('title').txt(r.title ?? r.diarienummer ?? r.id);
    entry.ele('updated').txt(r.updatedAt);
    entry.ele('published').txt(r.createdAt);
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: `${base}/cases/${r.id}` });
    entry.ele('link', { rel: 'alternate', type: 'application/json', href: `${base}/v1/cases/${r.id}` });
    if (r.documentType) entry.ele('category', { term: r.documentType });
    entry.ele('summary').txt(summaryOf(r));
  }
  return toXmlDocument(feed);
}
