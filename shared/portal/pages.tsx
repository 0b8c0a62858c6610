// Case records → the portal's HTML pages: the searchable, filterable list with its charts and
// download links, and one case with its consultations. Server-rendered with hono/jsx (escaping is
// the template library's), works without JavaScript and on a 390 px phone (cases and consultations
// are cards, never wide tables); Swedish first, codes shown as labels, English glosses where they
// help. Pure: the caller fetches the records.
import type { Child, FC } from 'hono/jsx';
import { bodySlugOf } from '../feeds/body-register.ts';
import type { SelectionSummary } from '../feeds/case-aggregates.ts';
import {
  BODY_TYPE_LABELS,
  DOCUMENT_TYPE_LABELS,
  OUTCOME_LABELS,
  RESERVATION_KIND_LABELS,
  STANCE_LABELS,
  SUBJECT_KIND_LABELS,
} from '../feeds/stance-labels.ts';
import { type CaseRecord, DOCUMENT_TYPES, OUTCOMES, STANCES, type Stance } from '../model/case-record.ts';
import type { SearchMatch } from '../search/search-index.ts';
import { StanceBars, YearChart } from './charts.tsx';
import { En, renderPage, StanceBadge } from './layout.tsx';
import { CaseOcrBadge, OcrBadge } from './ocr-badge.tsx';
import { CorrectedMark, CorrectionsList } from './review/provenance.tsx';
import { count, formatDate, formatDateTime } from './swedish-format.ts';

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
  'sort',
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

const TextInput: FC<FieldProps & { type?: string; list?: string; wide?: boolean }> = ({
  name,
  label,
  en,
  value,
  type = 'text',
  list,
  wide,
}) => (
  <div class={wide ? 'wide' : undefined}>
    <label for={`f-${name}`}>
      {label} <En>{en}</En>
    </label>
    <input id={`f-${name}`} name={name} type={type} value={value ?? ''} list={list} />
  </div>
);

const SelectInput: FC<
  FieldProps & { options: readonly { value: string; label: string }[]; blank?: string | null }
> = ({ name, label, en, value, options, blank = 'Alla / all' }) => (
  <div>
    <label for={`f-${name}`}>
      {label} <En>{en}</En>
    </label>
    <select id={`f-${name}`} name={name}>
      {blank === null ? null : <option value="">{blank}</option>}
      {options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
);

/** Stance counts of one case as badges: `Tillstyrker ×2 Avstyrker ×1`. */
const StanceSummary: FC<{ record: CaseRecord }> = ({ record }) => {
  if (record.consultations.length === 0) return <span class="count">Inga remissinstanser</span>;
  const counts = new Map<Stance | null, number>();
  for (const c of record.consultations) counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
  return (
    <>
      {[...counts.entries()].map(([stance, n], i) => (
        <>
          {i > 0 ? ' ' : ''}
          <StanceBadge stance={stance} count={n} />
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
  /** Official names of the consulted bodies, suggested by the body field. */
  bodyNames?: readonly string[] | undefined;
}

const SORTS = [
  { value: 'updated', label: 'Senast ändrade först' },
  { value: 'date', label: 'Ärendets datum, nyast först' },
  { value: 'relevance', label: 'Bäst träff först (med sökord)' },
];

/** Filters behind "Fler filter", open when one of them is set. */
const ADVANCED = ['stance', 'outcome', 'documentType', 'from', 'to', 'party', 'rotel'] as const;

const FilterForm: FC<{ params: Record<string, string>; bodyNames: readonly string[] }> = ({
  params,
  bodyNames,
}) => (
  <search aria-labelledby="search">
    <form class="filters" method="get" action="/">
      <TextInput name="q" label="Sök" en="in titles and documents" value={params.q} type="search" wide />
      <TextInput
        name="body"
        label="Remissinstans"
        en="consulted body"
        value={params.body}
        list="body-names"
      />
      <datalist id="body-names">
        {bodyNames.map((name) => (
          <option value={name} />
        ))}
      </datalist>
      <SelectInput
        name="sort"
        label="Sortering"
        en="order"
        value={params.sort ?? (params.q ? 'relevance' : 'updated')}
        options={SORTS}
        blank={null}
      />
      <details class="wide more-filters" open={ADVANCED.some((name) => Boolean(params[name]?.trim()))}>
        <summary>
          Fler filter <En>more filters</En>
        </summary>
        <div class="filters">
          <SelectInput
            name="stance"
            label="Ställningstagande"
            en="stance"
            value={params.stance}
            options={STANCES.map((s) => ({
              value: s,
              label: `${STANCE_LABELS[s].sv} (${STANCE_LABELS[s].en})`,
            }))}
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
        </div>
      </details>
      <div class="actions">
        <button type="submit">
          Sök <span lang="en">/ Search</span>
        </button>{' '}
        <a href="/">Rensa / clear</a>
      </div>
    </form>
  </search>
);

const CaseCards: FC<{
  items: readonly CaseRecord[];
  matches?: ReadonlyMap<string, SearchMatch> | undefined;
}> = ({ items, matches }) =>
  items.length === 0 ? (
    <p>
      Inga ärenden matchar. <En>No cases match.</En>
    </p>
  ) : (
    <ol class="cards" id="case-list">
      {items.map((r) => {
        const match = matches?.get(r.id);
        return (
          <li class="card case-card">
            <h3>
              <a href={`/cases/${r.id}`}>{r.title ?? r.diarienummer ?? r.id}</a>
            </h3>
            <p class="meta">
              {formatDate(r.date)} · {r.diarienummer ?? 'utan diarienummer'} ·{' '}
              {DOCUMENT_TYPE_LABELS[r.documentType]} <CaseOcrBadge record={r} />
            </p>
            {match ? <Snippet record={r} match={match} /> : null}
            <p class="stances">
              <StanceSummary record={r} />
            </p>
          </li>
        );
      })}
    </ol>
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

export function renderHomePage({
  params,
  error,
  items,
  matches,
  next,
  summary,
  bodyNames = [],
}: HomePageInput): string {
  return renderPage(
    'Ärenden',
    <>
      <h1 id="search">
        Sök ärenden <En>Search cases</En>
      </h1>
      {error ? (
        <p class="error" role="alert">
          Felaktigt filter / bad filter: {error}
        </p>
      ) : null}
      <FilterForm params={params} bodyNames={bodyNames} />
      <h2 id="results">
        Ärenden <En>Cases</En>
      </h2>
      <p class="count" id="result-count">
        {count(summary.cases, 'ärende', 'ärenden')}{' '}
        <span lang="en">({count(summary.cases, 'case', 'cases')})</span>
      </p>
      <CaseCards items={items} matches={matches} />
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
          <StanceBars
            id="chart-stances"
            title="Ställningstaganden per remissinstans"
            rows={summary.bodies.map((b) => ({ label: b.body, stances: b.stances }))}
          />
        </figure>
      </div>
    </>,
    'cases',
  );
}

const fmtBytes = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(n / 1024)} kB`;

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

/** The dates of an answer, each labelled, only those that are known. */
export const AnswerDates: FC<{ meetingDate: string | null; statementDate: string | null }> = ({
  meetingDate,
  statementDate,
}) =>
  meetingDate || statementDate ? (
    <p class="dates">
      {meetingDate ? `Sammanträde ${formatDate(meetingDate)}` : null}
      {meetingDate && statementDate ? ' · ' : null}
      {statementDate ? `Yttrande ${formatDate(statementDate)}` : null}
    </p>
  ) : (
    <p class="dates">Inget datum för svaret</p>
  );

const ConsultationBlock: FC<{ record: CaseRecord; c: CaseRecord['consultations'][number] }> = ({
  record,
  c,
}) => {
  return (
    <li class="card consultation">
      <div>
        <h3>
          <a href={`/bodies/${bodySlugOf(record.municipality, c.body)}`}>{c.body}</a>
        </h3>
        <p class="meta">{BODY_TYPE_LABELS[c.bodyType].sv}</p>
        <StanceBadge stance={c.stance} /> <CorrectedMark fields={c.corrected} field="stance" />
        <AnswerDates meetingDate={c.meetingDate} statementDate={c.statementDate} />
      </div>
      <div>
        {c.evidence ? (
          <>
            <blockquote>{c.evidence}</blockquote>
            {c.page ? <p class="count">s. {c.page}</p> : null}
          </>
        ) : (
          <p class="count">Inget citat</p>
        )}
      </div>
    </li>
  );
};

const Consultations: FC<{ record: CaseRecord }> = ({ record }) =>
  record.consultations.length === 0 ? (
    <p>
      Inga remissinstanser hittades. <En>No consulted bodies found.</En>
    </p>
  ) : (
    <ul class="cards" id="consultations">
      {record.consultations.map((c) => (
        <ConsultationBlock record={record} c={c} />
      ))}
    </ul>
  );

export function renderCasePage(record: CaseRecord): string {
  const title = record.title ?? record.diarienummer ?? record.id;
  if (record.deleted) {
    return renderPage(
      title,
      <>
        <BackLink />
        <h1>{record.diarienummer ?? record.id}</h1>
        <p class="error" role="status">
          Ärendet har återkallats ({formatDate(record.updatedAt)}).{' '}
          <span lang="en">This case was withdrawn.</span>
        </p>
      </>,
      'cases',
    );
  }
  const subject = record.subject;
  const authors = subject.authors.map((a) => (a.party ? `${a.name} (${a.party})` : a.name)).join(', ');
  const subjectText = [
    subject.kind ? SUBJECT_KIND_LABELS[subject.kind].sv : null,
    subject.reference,
    subject.from,
  ]
    .filter(Boolean)
    .join(' · ');
  const revisions = Array.from({ length: record.revision }, (_, i) => i + 1);
  return renderPage(
    title,
    <>
      <BackLink />
      <article>
        <h1>{title}</h1>
        <dl class="facts">
          <Fact label="Diarienummer" en="case number">
            {record.diarienummer}
          </Fact>
          <Fact label="Datum" en="date">
            {record.date ? formatDate(record.date) : null}
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
          <Fact label="Föreslås av" en="proposed by">
            {record.proposedBy}
          </Fact>
          <Fact label="Beslutande organ" en="decision body">
            {record.decisionBody}
          </Fact>
          <Fact label="Föredragande" en="presenter">
            {record.presenter}
          </Fact>
          <Fact label="Utfall" en="outcome">
            {record.outcome ? (
              <>
                {OUTCOME_LABELS[record.outcome].sv} <En>({OUTCOME_LABELS[record.outcome].en})</En>
              </>
            ) : null}
          </Fact>
          <Fact label="Undertecknat av" en="signed by">
            {record.signatories.length ? record.signatories.join(', ') : null}
          </Fact>
        </dl>
        {record.proposedDecision.length ? (
          <>
            <h2>
              Förslag till beslut <En>proposed decision</En>
            </h2>
            <ol>
              {record.proposedDecision.map((p) => (
                <li>{p}</li>
              ))}
            </ol>
          </>
        ) : null}
        <h2>
          Remissinstanser <En>consulted bodies</En>
        </h2>
        <p class="count">{count(record.consultations.length, 'remissinstans', 'remissinstanser')}</p>
        <Consultations record={record} />
        {record.reservations.length ? (
          <>
            <h2>
              Reservationer och särskilda uttalanden <En>dissents and statements</En>
            </h2>
            <ul id="reservations">
              {record.reservations.map((r) => (
                <li>
                  {RESERVATION_KIND_LABELS[r.kind].sv}:{' '}
                  {[...r.parties, ...r.names].join(', ') || 'okänt av vem'}
                  {r.in ? ` (${r.in})` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <CorrectionsList record={record} />
        <h2>
          Handlingar <En>source documents</En>
        </h2>
        <ul>
          {record.documents.map((d) => (
            <li>
              <a href={d.url} type="application/pdf">
                {d.fileName}
              </a>{' '}
              (PDF, {count(d.pages, 'sida', 'sidor')}, {fmtBytes(d.bytes)},{' '}
              {DOCUMENT_TYPE_LABELS[d.documentType]}) <OcrBadge document={d} />
            </li>
          ))}
        </ul>
        <h2>
          Ladda ner <En>download</En>
        </h2>
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
          Version {record.revision} (
          {revisions.map((n, i) => (
            <>
              {i > 0 ? ' ' : ''}
              <a href={`/v1/cases/${record.id}/revisions/${n}`}>{n}</a>
            </>
          ))}
          ) · uppdaterad <time datetime={record.updatedAt}>{formatDateTime(record.updatedAt)}</time>
        </p>
      </article>
    </>,
    'cases',
  );
}

export function renderMessagePage(status: number, message: string): string {
  return renderPage(
    String(status),
    <>
      <BackLink />
      <h1>{status}</h1>
      <p class="error" role="alert">
        {message}
      </p>
    </>,
  );
}
