// Case records → the portal's HTML pages: the searchable, filterable list with its charts and
// download links, and one case with its consultations. Server-rendered with hono/jsx (escaping is
// the template library's), works without JavaScript; Swedish first with English glosses. Pure: the
// caller fetches the records.
import type { Child, FC } from 'hono/jsx';
import type { SelectionSummary } from '../feeds/case-aggregates.ts';
import { DOCUMENT_TYPE_LABELS, OUTCOME_LABELS, STANCE_LABELS } from '../feeds/stance-labels.ts';
import { type CaseRecord, DOCUMENT_TYPES, OUTCOMES, STANCES, type Stance } from '../model/case-record.ts';
import type { SearchMatch } from '../search/search-index.ts';
import { StanceChart, YearChart } from './charts.tsx';
import { En, renderPage, StanceBadge } from './layout.tsx';

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

interface FieldProps {
  name: string;
  label: string;
  en: string;
  value: string | undefined;
}

const TextInput: FC<FieldProps & { type?: string }> = ({ name, label, en, value, type = 'text' }) => (
  <div>
    <label for={`f-${name}`}>
      {label} <En>{en}</En>
    </label>
    <input id={`f-${name}`} name={name} type={type} value={value ?? ''} />
  </div>
);

const SelectInput: FC<FieldProps & { options: readonly { value: string; label: string }[] }> = ({
  name,
  label,
  en,
  value,
  options,
}) => (
  <div>
    <label for={`f-${name}`}>
      {label} <En>{en}</En>
    </label>
    <select id={`f-${name}`} name={name}>
      <option value="">Alla / all</option>
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
);

const StanceSummary: FC<{ record: CaseRecord }> = ({ record }) => {
  if (record.consultations.length === 0) return <span class="count">–</span>;
  const counts = new Map<Stance | null, number>();
  for (const c of record.consultations) counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
  return (
    <>
      {[...counts.entries()].map(([stance, count], i) => (
        <>
          {i > 0 ? ' ' : ''}
          <StanceBadge stance={stance} count={count} />
        </>
      ))}
    </>
  );
};

/** The snippet of a search hit, the matched words in <mark>, and a link to its page of the PDF. */
const Snippet: FC<{ record: CaseRecord; match: SearchMatch }> = ({ record, match }) => {
  const pieces: Child[] = [];
  let at = 0;
  for (const { start, end } of match.highlights) {
    if (start > at) pieces.push(match.snippet.slice(at, start));
    pieces.push(<mark>{match.snippet.slice(start, end)}</mark>);
    at = end;
  }
  if (at < match.snippet.length) pieces.push(match.snippet.slice(at));
  const document = record.documents.find((d) => d.sha256 === match.document);
  return (
    <p class="snippet">
      {pieces}
      {match.page !== null && document ? (
        <>
          {' '}
          <a class="page-link" href={`${document.url}#page=${match.page}`}>
            s. {match.page}
          </a>
        </>
      ) : null}
    </p>
  );
};

export interface HomePageInput {
  params: Record<string, string>;
  error: string | null;
  items: readonly CaseRecord[];
  /** With `q`: where each listed case matched. */
  matches?: ReadonlyMap<string, SearchMatch> | undefined;
  next: string | null;
  /** Count and chart data of every case matching the filters. */
  summary: SelectionSummary;
}

const FilterForm: FC<{ params: Record<string, string> }> = ({ params }) => (
  <search aria-label="Filtrera ärenden">
    <form class="filters" method="get" action="/">
      <TextInput name="q" label="Sök" en="search titles and documents" value={params.q} type="search" />
      <TextInput name="body" label="Remissinstans" en="consulted body" value={params.body} />
      <SelectInput
        name="stance"
        label="Ställningstagande"
        en="stance"
        value={params.stance}
        options={STANCES.map((s) => ({ value: s, label: `${STANCE_LABELS[s].sv} (${STANCE_LABELS[s].en})` }))}
      />
      <SelectInput
        name="outcome"
        label="Utfall"
        en="outcome"
        value={params.outcome}
        options={OUTCOMES.map((o) => ({
          value: o,
          label: `${OUTCOME_LABELS[o].sv} (${OUTCOME_LABELS[o].en})`,
        }))}
      />
      <SelectInput
        name="documentType"
        label="Dokumenttyp"
        en="document type"
        value={params.documentType}
        options={DOCUMENT_TYPES.map((d) => ({ value: d, label: DOCUMENT_TYPE_LABELS[d] }))}
      />
      <TextInput name="from" label="Från datum" en="from date" value={params.from} type="date" />
      <TextInput name="to" label="Till datum" en="to date" value={params.to} type="date" />
      <TextInput name="party" label="Parti" en="party" value={params.party} />
      <TextInput name="rotel" label="Rotel" en="department" value={params.rotel} />
      <div class="actions">
        <button type="submit">
          Sök <span lang="en">/ Search</span>
        </button>{' '}
        <a href="/">Rensa / clear</a>
      </div>
    </form>
  </search>
);

const CaseTable: FC<{
  items: readonly CaseRecord[];
  matches?: ReadonlyMap<string, SearchMatch> | undefined;
}> = ({ items, matches }) =>
  items.length === 0 ? (
    <p>
      Inga ärenden matchar. <En>No cases match.</En>
    </p>
  ) : (
    <table>
      <caption class="sr-only">Ärenden, senast ändrade först</caption>
      <thead>
        <tr>
          <th scope="col">Datum</th>
          <th scope="col">Diarienummer</th>
          <th scope="col">
            Titel <En>title</En>
          </th>
          <th scope="col">Typ</th>
          <th scope="col">
            Remissinstanser <En>consulted bodies</En>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr>
            <td class="nowrap">{r.date ?? '–'}</td>
            <td class="nowrap">{r.diarienummer ?? '–'}</td>
            <td>
              <a href={`/cases/${r.id}`}>{r.title ?? r.id}</a>
              {matches?.get(r.id) ? <Snippet record={r} match={matches.get(r.id) as SearchMatch} /> : null}
            </td>
            <td>{DOCUMENT_TYPE_LABELS[r.documentType]}</td>
            <td>
              <StanceSummary record={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

const Downloads: FC<{ filters: URLSearchParams }> = ({ filters }) => (
  <ul class="downloads">
    <li>
      <a href={withQuery('/v1/cases.csv', filters, { limit: '1000' })} download>
        Ärenden CSV
      </a>
    </li>
    <li>
      <a href={withQuery('/v1/cases.csv', filters, { limit: '1000', sep: 'semicolon' })} download>
        Ärenden CSV (semikolon, Excel)
      </a>
    </li>
    <li>
      <a href={withQuery('/v1/consultations.csv', filters, { limit: '1000' })} download>
        Remissvar CSV <span lang="en">(consultations)</span>
      </a>
    </li>
    <li>
      <a href={withQuery('/v1/cases', filters)}>JSON</a>
    </li>
    <li>
      <a href={withQuery('/v1/cases.atom', filters)}>Atom</a>
    </li>
    <li>
      <a href="/v1/bulk">
        Bulkfiler <span lang="en">(bulk files)</span>
      </a>
    </li>
  </ul>
);

export function renderHomePage({ params, error, items, matches, next, summary }: HomePageInput): string {
  return renderPage(
    'Ärenden',
    <>
      <h2 id="search">
        Sök ärenden <En>Search cases</En>
      </h2>
      {error ? (
        <p class="error" role="alert">
          Felaktigt filter / bad filter: {error}
        </p>
      ) : null}
      <FilterForm params={params} />
      <h2 id="results">
        Ärenden <En>Cases</En>
      </h2>
      <p class="count" id="result-count">
        {summary.cases} ärenden <span lang="en">({summary.cases} cases)</span>
      </p>
      <CaseTable items={items} matches={matches} />
      {next ? (
        <p>
          <a rel="next" href={next}>
            Nästa sida → <span lang="en">next page</span>
          </a>
        </p>
      ) : null}
      <h2 id="downloads">
        Ladda ner <En>Download</En>
      </h2>
      <Downloads filters={filterParams(params)} />
      <h2 id="charts">
        Statistik <En>Charts</En>
      </h2>
      <div class="charts">
        <figure>
          <figcaption>
            Ärenden per år <En>cases per year</En>
          </figcaption>
          <YearChart years={summary.years} />
        </figure>
        <figure>
          <figcaption>
            Ställningstaganden per remissinstans <En>stances per consulted body</En>
          </figcaption>
          <StanceChart bodies={summary.bodies} />
        </figure>
      </div>
    </>,
  );
}

const fmtBytes = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;

const BackLink: FC = () => (
  <p>
    <a href="/">
      ← Alla ärenden <span lang="en">/ all cases</span>
    </a>
  </p>
);

const Fact: FC<{ label: string; en: string; children: Child }> = ({ label, en, children }) =>
  children === null || children === undefined || children === '' ? null : (
    <>
      <dt>
        {label} <En>{en}</En>
      </dt>
      <dd>{children}</dd>
    </>
  );

const Consultations: FC<{ record: CaseRecord }> = ({ record }) =>
  record.consultations.length === 0 ? (
    <p>
      Inga remissinstanser hittades. <En>No consulted bodies found.</En>
    </p>
  ) : (
    <table id="consultations">
      <caption class="sr-only">Remissinstanser och deras ställningstaganden</caption>
      <thead>
        <tr>
          <th scope="col">
            Remissinstans <En>body</En>
          </th>
          <th scope="col">
            Ställningstagande <En>stance</En>
          </th>
          <th scope="col">Sammanträde</th>
          <th scope="col">Yttrande</th>
          <th scope="col">
            Underlag <En>evidence</En>
          </th>
        </tr>
      </thead>
      <tbody>
        {record.consultations.map((c) => (
          <tr>
            <th scope="row">
              {c.body}
              <br />
              <span class="en">{c.bodyType}</span>
            </th>
            <td>
              <StanceBadge stance={c.stance} />
            </td>
            <td class="nowrap">{c.meetingDate ?? '–'}</td>
            <td class="nowrap">{c.statementDate ?? '–'}</td>
            <td>
              {c.evidence ? (
                <>
                  <blockquote>{c.evidence}</blockquote>
                  {c.page ? <span class="en">s. {c.page}</span> : null}
                </>
              ) : (
                '–'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

export function renderCasePage(record: CaseRecord): string {
  const title = record.title ?? record.diarienummer ?? record.id;
  if (record.deleted) {
    return renderPage(
      title,
      <>
        <BackLink />
        <h2>{record.diarienummer ?? record.id}</h2>
        <p class="error" role="status">
          Ärendet har återkallats ({record.updatedAt.slice(0, 10)}).{' '}
          <span lang="en">This case was withdrawn.</span>
        </p>
      </>,
    );
  }
  const subject = record.subject;
  const authors = subject.authors.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)).join(', ');
  const subjectText = [subject.kind, subject.reference, subject.from].filter(Boolean).join(' · ');
  const revisions = Array.from({ length: record.revision }, (_, i) => i + 1);
  return renderPage(
    title,
    <>
      <BackLink />
      <article>
        <h2>{title}</h2>
        <dl class="facts">
          <Fact label="Diarienummer" en="case number">
            {record.diarienummer}
          </Fact>
          <Fact label="Datum" en="date">
            {record.date}
          </Fact>
          <Fact label="Kommun" en="municipality">
            {record.municipality}
          </Fact>
          <Fact label="Dokumenttyp" en="document type">
            {DOCUMENT_TYPE_LABELS[record.documentType]}
          </Fact>
          <Fact label="Rotel" en="department">
            {record.rotel}
          </Fact>
          <Fact label="Ärendet gäller" en="subject">
            {subjectText || null}
          </Fact>
          <Fact label="Förslagsställare" en="authors">
            {authors || null}
          </Fact>
          <Fact label="Utfall" en="outcome">
            {record.outcome ? (
              <>
                {OUTCOME_LABELS[record.outcome].sv} <En>({OUTCOME_LABELS[record.outcome].en})</En>
              </>
            ) : null}
          </Fact>
          <Fact label="Beslutande organ" en="decision body">
            {record.decisionBody}
          </Fact>
          <Fact label="Föredragande" en="presenter">
            {record.presenter}
          </Fact>
        </dl>
        {record.proposedDecision.length ? (
          <>
            <h3>
              Förslag till beslut <En>proposed decision</En>
            </h3>
            <ol>
              {record.proposedDecision.map((p) => (
                <li>{p}</li>
              ))}
            </ol>
          </>
        ) : null}
        <h3>
          Remissinstanser <En>consulted bodies</En>
        </h3>
        <Consultations record={record} />
        {record.reservations.length ? (
          <>
            <h3>
              Reservationer <En>reservations</En>
            </h3>
            <ul>
              {record.reservations.map((r) => (
                <li>
                  {r.kind}: {r.parties.join(', ')}
                  {r.in ? ` (${r.in})` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>
          Handlingar <En>source documents</En>
        </h3>
        <ul>
          {record.documents.map((d) => (
            <li>
              <a href={d.url} type="application/pdf">
                {d.fileName}
              </a>{' '}
              (PDF, {d.pages} sidor, {fmtBytes(d.bytes)}, {DOCUMENT_TYPE_LABELS[d.documentType]})
            </li>
          ))}
        </ul>
        <h3>
          Ladda ner <En>download</En>
        </h3>
        <ul class="downloads">
          <li>
            <a href={`/v1/cases/${record.id}`}>JSON</a>
          </li>
          <li>
            <a href={`/v1/cases/${record.id}/consultations.csv`} download>
              Remissvar CSV <span lang="en">(consultations)</span>
            </a>
          </li>
          <li>
            <a href="/v1/bulk">
              Bulkfiler <span lang="en">(bulk files)</span>
            </a>
          </li>
        </ul>
        <p class="count">
          Revision {record.revision} (
          {revisions.map((n, i) => (
            <>
              {i > 0 ? ' ' : ''}
              <a href={`/v1/cases/${record.id}/revisions/${n}`}>{n}</a>
            </>
          ))}
          ) · uppdaterad {record.updatedAt}
        </p>
      </article>
    </>,
  );
}

export function renderMessagePage(status: number, message: string): string {
  return renderPage(
    String(status),
    <>
      <BackLink />
      <h2>{status}</h2>
      <p class="error" role="alert">
        {message}
      </p>
    </>,
  );
}
