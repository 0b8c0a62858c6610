// Case records → the portal's HTML pages: the searchable, filterable list with its charts and
// download links, and one case with its consultations. Server-rendered, works without JavaScript;
// Swedish first with English glosses. Pure: the caller fetches the records.
import type { SelectionSummary } from '../feeds/case-aggregates.ts';
import { DOCUMENT_TYPE_LABELS, OUTCOME_LABELS, STANCE_LABELS } from '../feeds/stance-labels.ts';
import { type CaseRecord, DOCUMENT_TYPES, OUTCOMES, STANCES, type Stance } from '../model/case-record.ts';
import { renderStanceChart, renderYearChart } from './charts.ts';
import { esc, layout, stanceBadge } from './html.ts';

const FILTER_NAMES = [
  'q',
  'from',
  'to',
  'body',
  'stance',
  'outcome',
  'documentType',
  'party',
  'rotel',
] as const;

function filterParams(params: Record<string, string>): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = params[name]?.trim();
    if (v) out.set(name, v);
  }
  return out;
}

const withQuery = (path: string, query: URLSearchParams, extra: Record<string, string> = {}) => {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
};

function input(name: string, label: string, en: string, value: string | undefined, type = 'text') {
  return `<div><label for="f-${name}">${esc(label)} <span class="en" lang="en">${esc(en)}</span></label>
<input id="f-${name}" name="${name}" type="${type}" value="${esc(value ?? '')}"></div>`;
}

function select(
  name: string,
  label: string,
  en: string,
  value: string | undefined,
  options: readonly { value: string; label: string }[],
) {
  const opts = options
    .map(
      (o) =>
        `<option value="${esc(o.value)}"${o.value === value ? ' selected' : ''}>${esc(o.label)}</option>`,
    )
    .join('');
  return `<div><label for="f-${name}">${esc(label)} <span class="en" lang="en">${esc(en)}</span></label>
<select id="f-${name}" name="${name}"><option value="">Alla / all</option>${opts}</select></div>`;
}

function stanceSummary(record: CaseRecord): string {
  if (record.consultations.length === 0) return '<span class="count">–</span>';
  const counts = new Map<Stance | null, number>();
  for (const c of record.consultations) counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
  return [...counts.entries()].map(([stance, count]) => stanceBadge(stance, { count })).join(' ');
}

export interface HomePageInput {
  params: Record<string, string>;
  error: string | null;
  items: readonly CaseRecord[];
  next: string | null;
  /** Count and chart data of every case matching the filters. */
  summary: SelectionSummary;
}

export function renderHomePage({ params, error, items, next, summary }: HomePageInput): string {
  const filters = filterParams(params);
  const form = `<form class="filters" method="get" action="/" role="search" aria-label="Filtrera ärenden">
${input('q', 'Sök i titel', 'search titles', params.q, 'search')}
${input('body', 'Remissinstans', 'consulted body', params.body)}
${select(
  'stance',
  'Ställningstagande',
  'stance',
  params.stance,
  STANCES.map((s) => ({ value: s, label: `${STANCE_LABELS[s].sv} (${STANCE_LABELS[s].en})` })),
)}
${select(
  'outcome',
  'Utfall',
  'outcome',
  params.outcome,
  OUTCOMES.map((o) => ({ value: o, label: `${OUTCOME_LABELS[o].sv} (${OUTCOME_LABELS[o].en})` })),
)}
${select(
  'documentType',
  'Dokumenttyp',
  'document type',
  params.documentType,
  DOCUMENT_TYPES.map((d) => ({ value: d, label: DOCUMENT_TYPE_LABELS[d] })),
)}
${input('from', 'Från datum', 'from date', params.from, 'date')}
${input('to', 'Till datum', 'to date', params.to, 'date')}
${input('party', 'Parti', 'party', params.party)}
${input('rotel', 'Rotel', 'department', params.rotel)}
<div class="actions"><button type="submit">Sök <span lang="en">/ Search</span></button> <a href="/">Rensa / clear</a></div>
</form>`;
  const rows = items
    .map(
      (r) => `<tr>
<td class="nowrap">${esc(r.date ?? '–')}</td>
<td class="nowrap">${esc(r.diarienummer ?? '–')}</td>
<td><a href="/cases/${esc(r.id)}">${esc(r.title ?? r.id)}</a></td>
<td>${esc(DOCUMENT_TYPE_LABELS[r.documentType])}</td>
<td>${stanceSummary(r)}</td>
</tr>`,
    )
    .join('\n');
  const table =
    items.length === 0
      ? '<p>Inga ärenden matchar. <span class="en" lang="en">No cases match.</span></p>'
      : `<table>
<caption class="sr-only">Ärenden, senast ändrade först</caption>
<thead><tr><th scope="col">Datum</th><th scope="col">Diarienummer</th><th scope="col">Titel <span class="en" lang="en">title</span></th><th scope="col">Typ</th><th scope="col">Remissinstanser <span class="en" lang="en">consulted bodies</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  const downloads = `<ul class="downloads">
<li><a href="${esc(withQuery('/v1/cases.csv', filters, { limit: '1000' }))}" download>Ärenden CSV</a></li>
<li><a href="${esc(withQuery('/v1/cases.csv', filters, { limit: '1000', sep: 'semicolon' }))}" download>Ärenden CSV (semikolon, Excel)</a></li>
<li><a href="${esc(withQuery('/v1/consultations.csv', filters, { limit: '1000' }))}" download>Remissvar CSV <span lang="en">(consultations)</span></a></li>
<li><a href="${esc(withQuery('/v1/cases', filters))}">JSON</a></li>
<li><a href="${esc(withQuery('/v1/cases.atom', filters))}">Atom</a></li>
<li><a href="/v1/bulk">Bulkfiler <span lang="en">(bulk files)</span></a></li>
</ul>`;
  const body = `
<h2 id="search">Sök ärenden <span class="en" lang="en">Search cases</span></h2>
${error ? `<p class="error" role="alert">Felaktigt filter / bad filter: ${esc(error)}</p>` : ''}
${form}
<h2 id="results">Ärenden <span class="en" lang="en">Cases</span></h2>
<p class="count" id="result-count">${summary.cases} ärenden <span lang="en">(${summary.cases} cases)</span></p>
${table}
${next ? `<p><a rel="next" href="${esc(next)}">Nästa sida → <span lang="en">next page</span></a></p>` : ''}
<h2 id="downloads">Ladda ner <span class="en" lang="en">Download</span></h2>
${downloads}
<h2 id="charts">Statistik <span class="en" lang="en">Charts</span></h2>
<div class="charts">
<figure><figcaption>Ärenden per år <span class="en" lang="en">cases per year</span></figcaption>${renderYearChart(summary.years)}</figure>
<figure><figcaption>Ställningstaganden per remissinstans <span class="en" lang="en">stances per consulted body</span></figcaption>${renderStanceChart(summary.bodies)}</figure>
</div>`;
  return layout('Ärenden', body);
}

const fmtBytes = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;

export function renderCasePage(record: CaseRecord): string {
  const title = record.title ?? record.diarienummer ?? record.id;
  if (record.deleted) {
    return layout(
      title,
      `<p><a href="/">← Alla ärenden <span lang="en">/ all cases</span></a></p>
<h2>${esc(record.diarienummer ?? record.id)}</h2>
<p class="error" role="status">Ärendet har återkallats (${esc(record.updatedAt.slice(0, 10))}). <span lang="en">This case was withdrawn.</span></p>`,
    );
  }
  const fact = (label: string, en: string, value: string | null | undefined) =>
    value ? `<dt>${esc(label)} <span class="en" lang="en">${esc(en)}</span></dt><dd>${value}</dd>` : '';
  const subject = record.subject;
  const authors = subject.authors.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)).join(', ');
  const consultations =
    record.consultations.length === 0
      ? '<p>Inga remissinstanser hittades. <span class="en" lang="en">No consulted bodies found.</span></p>'
      : `<table id="consultations">
<caption class="sr-only">Remissinstanser och deras ställningstaganden</caption>
<thead><tr><th scope="col">Remissinstans <span class="en" lang="en">body</span></th><th scope="col">Ställningstagande <span class="en" lang="en">stance</span></th><th scope="col">Sammanträde</th><th scope="col">Yttrande</th><th scope="col">Underlag <span class="en" lang="en">evidence</span></th></tr></thead>
<tbody>
${record.consultations
  .map(
    (c) => `<tr>
<th scope="row">${esc(c.body)}<br><span class="en">${esc(c.bodyType)}</span></th>
<td>${stanceBadge(c.stance)}</td>
<td class="nowrap">${esc(c.meetingDate ?? '–')}</td>
<td class="nowrap">${esc(c.statementDate ?? '–')}</td>
<td>${c.evidence ? `<blockquote>${esc(c.evidence)}</blockquote>${c.page ? `<span class="en">s. ${c.page}</span>` : ''}` : '–'}</td>
</tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  const documents = record.documents
    .map(
      (d) =>
        `<li><a href="${esc(d.url)}" type="application/pdf">${esc(d.fileName)}</a> (PDF, ${d.pages} sidor, ${fmtBytes(d.bytes)}, ${esc(DOCUMENT_TYPE_LABELS[d.documentType])})</li>`,
    )
    .join('');
  const reservations = record.reservations
    .map((r) => `<li>${esc(r.kind)}: ${esc(r.parties.join(', '))}${r.in ? ` (${esc(r.in)})` : ''}</li>`)
    .join('');
  const revisions = Array.from({ length: record.revision }, (_, i) => i + 1)
    .map((n) => `<a href="/v1/cases/${esc(record.id)}/revisions/${n}">${n}</a>`)
    .join(' ');
  const body = `<p><a href="/">← Alla ärenden <span lang="en">/ all cases</span></a></p>
<article>
<h2>${esc(title)}</h2>
<dl class="facts">
${fact('Diarienummer', 'case number', esc(record.diarienummer))}
${fact('Datum', 'date', esc(record.date))}
${fact('Kommun', 'municipality', esc(record.municipality))}
${fact('Dokumenttyp', 'document type', esc(DOCUMENT_TYPE_LABELS[record.documentType]))}
${fact('Rotel', 'department', esc(record.rotel))}
${fact('Ärendet gäller', 'subject', [subject.kind, subject.reference, subject.from].filter(Boolean).map(esc).join(' · ') || null)}
${fact('Förslagsställare', 'authors', authors ? esc(authors) : null)}
${fact('Utfall', 'outcome', record.outcome ? `${esc(OUTCOME_LABELS[record.outcome].sv)} <span class="en" lang="en">(${esc(OUTCOME_LABELS[record.outcome].en)})</span>` : null)}
${fact('Beslutande organ', 'decision body', esc(record.decisionBody))}
${fact('Föredragande', 'presenter', esc(record.presenter))}
</dl>
${record.proposedDecision.length ? `<h3>Förslag till beslut <span class="en" lang="en">proposed decision</span></h3><ol>${record.proposedDecision.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>` : ''}
<h3>Remissinstanser <span class="en" lang="en">consulted bodies</span></h3>
${consultations}
${reservations ? `<h3>Reservationer <span class="en" lang="en">reservations</span></h3><ul>${reservations}</ul>` : ''}
<h3>Handlingar <span class="en" lang="en">source documents</span></h3>
<ul>${documents}</ul>
<h3>Ladda ner <span class="en" lang="en">download</span></h3>
<ul class="downloads">
<li><a href="/v1/cases/${esc(record.id)}">JSON</a></li>
<li><a href="/v1/cases/${esc(record.id)}/consultations.csv" download>Remissvar CSV <span lang="en">(consultations)</span></a></li>
<li><a href="/v1/bulk">Bulkfiler <span lang="en">(bulk files)</span></a></li>
</ul>
<p class="count">Revision ${record.revision} (${revisions}) · uppdaterad ${esc(record.updatedAt)}</p>
</article>`;
  return layout(title, body);
}

export function renderMessagePage(status: number, message: string): string {
  return layout(
    String(status),
    `<p><a href="/">← Alla ärenden <span lang="en">/ all cases</span></a></p><h2>${status}</h2><p class="error" role="alert">${esc(message)}</p>`,
  );
}
