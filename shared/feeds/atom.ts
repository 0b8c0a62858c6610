// Case records → an Atom 1.0 feed (RFC 4287) of new and changed cases, newest first, with a
// rel="next" link for paging. Pure: base URL and `now` are passed in; all text is XML-escaped.
import type { CaseRecord } from '../model/case-record.ts';
import { STANCE_LABELS } from './stance-labels.ts';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
  const entries = records.map((r) =>
    [
      '  <entry>',
      `    <id>${xml(`${base}/v1/cases/${r.id}`)}</id>`,
      `    <title>${xml(r.title ?? r.diarienummer ?? r.id)}</title>`,
      `    <updated>${xml(r.updatedAt)}</updated>`,
      `    <published>${xml(r.createdAt)}</published>`,
      `    <link rel="alternate" type="text/html" href="${xml(`${base}/cases/${r.id}`)}"/>`,
      `    <link rel="alternate" type="application/json" href="${xml(`${base}/v1/cases/${r.id}`)}"/>`,
      ...(r.documentType ? [`    <category term="${xml(r.documentType)}"/>`] : []),
      `    <summary>${xml(summaryOf(r))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${xml(options.selfUrl)}</id>`,
    '  <title>Remissvar: nya och ändrade ärenden</title>',
    `  <updated>${xml(updated)}</updated>`,
    '  <author><name>Remissvar</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${base}/`)}"/>`,
    ...(options.nextUrl
      ? [`  <link rel="next" type="application/atom+xml" href="${xml(options.nextUrl)}"/>`]
      : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
