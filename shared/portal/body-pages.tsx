// The body register → the portal's pages of consulted bodies: /bodies (every body with its type,
// aliases, years and stance counts) and /bodies/{slug} (its answers newest first, its stances per
// year, the share it left unclear or unanswered, and the bodies it replaced or was replaced by).
// hono/jsx, cards rather than tables so a phone shows it all. Pure.
import type { FC } from 'hono/jsx';
import type { BodyEntry, BodyPage } from '../feeds/body-register.ts';
import { BODY_TYPE_LABELS } from '../feeds/stance-labels.ts';
import { StanceBars } from './charts.tsx';
import { En, renderPage, STANCE_ORDER, StanceBadge } from './layout.tsx';
import { AnswerDates } from './pages.tsx';
import { count, formatDate, formatPercent } from './swedish-format.ts';

const yearsOf = (years: BodyEntry['years']) =>
  years.first === null
    ? 'inga daterade svar'
    : years.first === years.last
      ? years.first
      : `${years.first}–${years.last}`;

const eraOf = (era: BodyEntry['era']) => {
  if (!era || (era.from === null && era.to === null)) return null;
  if (era.from !== null && era.to !== null) return `${era.from}–${era.to}`;
  return era.from !== null ? `från ${era.from}` : `till ${era.to}`;
};

const Links: FC<{ label: string; links: BodyEntry['successors'] }> = ({ label, links }) =>
  links.length === 0 ? null : (
    <p class="lineage">
      {label}{' '}
      {links.map((l, i) => (
        <>
          {i > 0 ? ', ' : ''}
          {l.slug ? <a href={`/bodies/${l.slug}`}>{l.body}</a> : l.body} ({l.year})
        </>
      ))}
    </p>
  );

const StanceCounts: FC<{ entry: BodyEntry }> = ({ entry }) => (
  <p class="stances">
    {STANCE_ORDER.filter((s) => (entry.stances[s] ?? 0) > 0).map((s, i) => (
      <>
        {i > 0 ? ' ' : ''}
        <StanceBadge stance={s === 'unknown' ? null : s} count={entry.stances[s]} />
      </>
    ))}
  </p>
);

export function renderBodiesPage(register: readonly BodyEntry[]): string {
  return renderPage(
    'Remissinstanser',
    <>
      <h1>
        Remissinstanser <En>consulted bodies</En>
      </h1>
      <p class="count" id="body-count">
        {count(register.length, 'remissinstans', 'remissinstanser')} har svarat i publicerade ärenden.{' '}
        <span lang="en">Official names; renamed and merged bodies link to each other.</span>
      </p>
      <ol class="cards" id="body-list">
        {register.map((b) => (
          <li class="card body-card">
            <h2 class="card-title">
              <a href={`/bodies/${b.slug}`}>{b.body}</a>
            </h2>
            <p class="meta">
              {BODY_TYPE_LABELS[b.bodyType].sv}
              {b.municipality ? ` · ${b.municipality}` : ''} · {count(b.cases, 'ärende', 'ärenden')} · svar{' '}
              {yearsOf(b.years)}
            </p>
            {b.aliases.length ? <p class="aliases">Även: {b.aliases.join(', ')}</p> : null}
            <StanceCounts entry={b} />
            <Links label="Efterträdde" links={b.predecessors} />
            <Links label="Ersattes av" links={b.successors} />
          </li>
        ))}
      </ol>
    </>,
    'bodies',
  );
}

export function renderBodyPage(page: BodyPage): string {
  const { body, answers, stancesByYear, unread } = page;
  const era = eraOf(body.era);
  return renderPage(
    body.body,
    <>
      <p>
        <a href="/bodies">
          ← Alla remissinstanser <span lang="en">/ all consulted bodies</span>
        </a>
      </p>
      <h1>{body.body}</h1>
      <dl class="facts">
        <dt>
          Typ <En>type</En>
        </dt>
        <dd>
          {BODY_TYPE_LABELS[body.bodyType].sv} <En>({BODY_TYPE_LABELS[body.bodyType].en})</En>
        </dd>
        {body.municipality ? (
          <>
            <dt>
              Kommun <En>municipality</En>
            </dt>
            <dd>{body.municipality}</dd>
          </>
        ) : null}
        {era ? (
          <>
            <dt>
              Fanns <En>existed</En>
            </dt>
            <dd>{era}</dd>
          </>
        ) : null}
        <dt>
          Svar <En>answers</En>
        </dt>
        <dd>
          {count(answers.length, 'svar', 'svar')} i {count(body.cases, 'ärende', 'ärenden')},{' '}
          {yearsOf(body.years)}
        </dd>
        {body.aliases.length ? (
          <>
            <dt>
              Även skrivet <En>also printed as</En>
            </dt>
            <dd>
              {body.aliases.join(', ')}
              {body.aliasesSeen.length ? ` (i citaten: ${body.aliasesSeen.join(', ')})` : ''}
            </dd>
          </>
        ) : null}
        <dt>
          Oklart eller inget svar <En>unclear or no response</En>
        </dt>
        <dd id="unread-share">
          {formatPercent(unread.share)} ({unread.unclear} oklara, {unread.noResponse} utan svar av{' '}
          {count(answers.length, 'svar', 'svar')})
        </dd>
      </dl>
      <Links label="Efterträdde" links={body.predecessors} />
      <Links label="Ersattes av" links={body.successors} />
      <h2>
        Ställningstaganden per år <En>stances per year</En>
      </h2>
      <figure>
        <figcaption>
          {body.body}: ställningstaganden per år <En>stances per year</En>
        </figcaption>
        <StanceBars
          id="chart-body-years"
          title={`${body.body}: ställningstaganden per år`}
          rows={stancesByYear.map((y) => ({ label: y.year, stances: y.stances }))}
          limit={60}
        />
      </figure>
      <h2>
        Svar, nyast först <En>answers, newest first</En>
      </h2>
      <ol class="cards" id="answers">
        {answers.map((a) => (
          <li class="card answer">
            <h3>
              <a href={`/cases/${a.caseId}`}>{a.title ?? a.diarienummer ?? a.caseId}</a>
            </h3>
            <p class="meta">
              {a.diarienummer ?? 'utan diarienummer'} · ärendets datum {formatDate(a.date)}
            </p>
            <StanceBadge stance={a.stance} />
            <AnswerDates meetingDate={a.meetingDate} statementDate={a.statementDate} />
            {a.evidence ? <blockquote>{a.evidence}</blockquote> : null}
            {a.page ? <p class="count">s. {a.page}</p> : null}
          </li>
        ))}
      </ol>
    </>,
    'bodies',
  );
}
