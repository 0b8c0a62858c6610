// The archivists' review pages (hono/jsx, server-rendered, no JavaScript needed): the queue —
// uploads waiting for their Dnr, then each case's fields that need a person, with the value read,
// its evidence, the source page and a form to confirm or correct — and one case's review with its
// page texts, the passage marked, and its corrections (withdrawable). Pure rendering.
import type { FC } from 'hono/jsx';
import type { CaseRecord } from '../../model/case-record.ts';
import type { Correction } from '../../model/correction.ts';
import { COMPLETABLE_REASONS, explainIngest, type IngestRecord } from '../../model/ingest-record.ts';
import type { CaseReview, ReviewItem, ReviewKind } from '../../model/review-item.ts';
import { En, renderPage, StanceBadge } from '../layout.tsx';
import { formTextOf, inputOf, labelOf } from './fields.ts';
import { highlightPassage } from './highlight.ts';

export const KIND_LABELS: Record<ReviewKind, { sv: string; en: string }> = {
  disagreement: {
    sv: 'Sammanfattning och remissammanställning säger olika',
    en: 'summary and compilation disagree',
  },
  stance_missing: { sv: 'Ställningstagande saknas', en: 'no stance found' },
  low_confidence: { sv: 'Osäkert ställningstagande', en: 'uncertain stance' },
  field_issue: { sv: 'Flaggat av inläsningen', en: 'flagged by the extractor' },
  correction_unmatched: { sv: 'Rättelse utan fält', en: 'correction without its field' },
};

export interface PageFrame {
  archivist: string;
  csrf: string;
  /** After a form: what was done, or why not. */
  message: string | null;
  error: string | null;
}

const Notices: FC<{ frame: PageFrame }> = ({ frame }) => (
  <>
    {frame.message ? (
      <p class="count" role="status">
        {frame.message}
      </p>
    ) : null}
    {frame.error ? (
      <p class="error" role="alert">
        {frame.error}
      </p>
    ) : null}
  </>
);

const SignedIn: FC<{ frame: PageFrame }> = ({ frame }) => (
  <form method="post" action="/sign-out" class="actions">
    <span class="count">
      Inloggad som {frame.archivist} <En>signed in</En>
    </span>{' '}
    <a href="/review/token">token för CLI</a> <button type="submit">Logga ut</button>
  </form>
);

const Value: FC<{ path: string; value: ReviewItem['value'] }> = ({ path, value }) => {
  if (path.endsWith('.stance')) return <StanceBadge stance={value as never} />;
  if (value === null) return <em>saknas / none</em>;
  return <>{Array.isArray(value) ? value.join('; ') : value}</>;
};

/** The confirm-or-correct form of one field; `n` keeps its control ids unique on the page. */
const CorrectionForm: FC<{ caseId: string; item: ReviewItem; n: number; csrf: string; returnTo: string }> = ({
  caseId,
  item,
  n,
  csrf,
  returnTo,
}) => {
  const input = inputOf(item.path);
  const label = labelOf(item.path);
  const id = `value-${n}`;
  const current = formTextOf(item.value);
  return (
    <form method="post" action="/review/corrections" class="filters" data-path={item.path}>
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="path" value={item.path} />
      <input type="hidden" name="return" value={returnTo} />
      <div>
        <label for={id}>Nytt värde: {label.sv}</label>
        {input.kind === 'select' ? (
          <select id={id} name="value">
            {input.nullable ? (
              <option value="" selected={current === ''}>
                — finns inte i dokumentet (null)
              </option>
            ) : null}
            {input.options.map((o) => (
              <option value={o.value} selected={o.value === current}>
                {o.label}
              </option>
            ))}
          </select>
        ) : input.kind === 'lines' ? (
          <textarea id={id} name="value" rows={4}>
            {current}
          </textarea>
        ) : (
          <input id={id} name="value" type={input.kind === 'date' ? 'date' : 'text'} value={current} />
        )}
      </div>
      <div>
        <label for={`note-${n}`}>Anteckning / note</label>
        <input id={`note-${n}`} name="note" type="text" maxlength={2000} />
      </div>
      <div class="actions">
        <button type="submit" name="action" value="correct">
          Rätta
        </button>
        <button type="submit" name="action" value="confirm">
          Bekräfta läst värde
        </button>
      </div>
    </form>
  );
};

const ItemFacts: FC<{ item: ReviewItem }> = ({ item }) => (
  <dl class="facts">
    <dt>
      Läst värde <En>value read</En>
    </dt>
    <dd>
      <Value path={item.path} value={item.value} />
      {item.confidence !== null ? (
        <span class="count"> säkerhet {Math.round(item.confidence * 100)} %</span>
      ) : null}
    </dd>
    {item.evidence ? (
      <>
        <dt>
          Underlag <En>evidence</En>
        </dt>
        <dd>
          <blockquote>{item.evidence}</blockquote>
        </dd>
      </>
    ) : null}
    {item.document ? (
      <>
        <dt>
          Källa <En>source</En>
        </dt>
        <dd>
          <a href={`${item.document.url}${item.page ? `#page=${item.page}` : ''}`} type="application/pdf">
            {item.document.fileName}
            {item.page ? `, sida ${item.page}` : ''}
          </a>
        </dd>
      </>
    ) : null}
    {item.issues.length ? (
      <>
        <dt>
          Inläsningen <En>extractor</En>
        </dt>
        <dd>
          <ul>
            {item.issues.map((issue) => (
              <li>
                <code>{issue.code}</code> {issue.message}
              </li>
            ))}
          </ul>
        </dd>
      </>
    ) : null}
  </dl>
);

const ItemHeading: FC<{ item: ReviewItem }> = ({ item }) => {
  const label = labelOf(item.path);
  return (
    <h4>
      {label.sv} <En>{label.en}</En> · <span class="count">{KIND_LABELS[item.kind].sv}</span>
    </h4>
  );
};

export interface UploadWaiting {
  ingest: IngestRecord;
  /** The municipality the extractor read, to start the form from. */
  municipality: string | null;
  firstPage: string | null;
}

const UploadForm: FC<{ upload: UploadWaiting; csrf: string; n: number }> = ({ upload, csrf, n }) => {
  const { ingest } = upload;
  const completable = COMPLETABLE_REASONS.includes(ingest.reason ?? '');
  return (
    <li class="review-item" data-ingest={ingest.ingestId}>
      <h4>
        {ingest.fileName} <span class="count">({ingest.createdAt.slice(0, 10)})</span>
      </h4>
      <p>{explainIngest(ingest)}</p>
      {upload.firstPage ? <blockquote>{upload.firstPage.slice(0, 600)}</blockquote> : null}
      {completable ? (
        <form method="post" action={`/review/uploads/${ingest.ingestId}`} class="filters">
          <input type="hidden" name="csrf" value={csrf} />
          <div>
            <label for={`dnr-${n}`}>Diarienummer</label>
            <input id={`dnr-${n}`} name="diarienummer" type="text" required placeholder="KS 2024/001234" />
          </div>
          <div>
            <label for={`municipality-${n}`}>Kommun</label>
            <input
              id={`municipality-${n}`}
              name="municipality"
              type="text"
              required
              value={upload.municipality ?? ''}
            />
          </div>
          <div>
            <label for={`unote-${n}`}>Anteckning / note</label>
            <input id={`unote-${n}`} name="note" type="text" maxlength={2000} />
          </div>
          <div class="actions">
            <button type="submit">Publicera ärendet</button>
          </div>
        </form>
      ) : null}
    </li>
  );
};

export function renderReviewQueuePage(input: {
  frame: PageFrame;
  uploads: UploadWaiting[];
  cases: CaseReview[];
  next: string | null;
}): string {
  const { frame } = input;
  let n = 0;
  const itemCount = input.cases.reduce((sum, c) => sum + c.items.length, 0);
  return renderPage(
    'Granskning',
    <>
      <SignedIn frame={frame} />
      <h2>
        Granskning <En>review queue</En>
      </h2>
      <Notices frame={frame} />
      <p class="count">
        {input.uploads.length} uppladdningar väntar på diarienummer · {itemCount} fält i {input.cases.length}{' '}
        ärenden på den här sidan
      </p>
      {input.uploads.length ? (
        <section id="uploads">
          <h3>
            Uppladdningar utan diarienummer <En>uploads waiting for their case number</En>
          </h3>
          <ol>
            {input.uploads.map((upload) => (
              <UploadForm upload={upload} csrf={frame.csrf} n={n++} />
            ))}
          </ol>
        </section>
      ) : null}
      <section id="cases">
        <h3>
          Ärenden att granska <En>cases to review</En>
        </h3>
        {input.cases.length === 0 ? (
          <p>
            Inget väntar. <En>Nothing waits for review.</En>
          </p>
        ) : (
          <ol>
            {input.cases.map((review) => (
              <li class="review-case" data-case={review.caseId}>
                <h3>
                  <a href={`/review/cases/${review.caseId}`}>{review.title ?? review.caseId}</a>{' '}
                  <span class="count">
                    {review.diarienummer} · revision {review.revision}
                  </span>
                </h3>
                <ol>
                  {review.items.map((item) => (
                    <li class="review-item" data-path={item.path}>
                      <ItemHeading item={item} />
                      <ItemFacts item={item} />
                      {item.kind === 'correction_unmatched' ? (
                        <p>
                          <a href={`/review/cases/${review.caseId}`}>Se rättelserna / see corrections</a>
                        </p>
                      ) : (
                        <CorrectionForm
                          caseId={review.caseId}
                          item={item}
                          n={n++}
                          csrf={frame.csrf}
                          returnTo="/review"
                        />
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        )}
        {input.next ? (
          <p>
            <a href={input.next} rel="next">
              Nästa sida / next page
            </a>
          </p>
        ) : null}
      </section>
    </>,
  );
}

const PageText: FC<{ text: string | null; evidence: string | null; page: number | null }> = ({
  text,
  evidence,
  page,
}) => {
  if (!page) return null;
  if (text === null)
    return (
      <p class="count">
        Sidans text finns inte sparad (läst före granskningen fanns); <code>npm run reextract</code> sparar
        den.
      </p>
    );
  const found = highlightPassage(text, evidence);
  return (
    <details open={found !== null}>
      <summary>
        Sida {page} <En>page text</En>
      </summary>
      <pre class="page-text" style="white-space:pre-wrap">
        {found ? (
          <>
            {found.before}
            <mark>{found.passage}</mark>
            {found.after}
          </>
        ) : (
          text
        )}
      </pre>
    </details>
  );
};

const CorrectionRow: FC<{ correction: Correction; csrf: string; n: number }> = ({ correction, csrf, n }) => {
  const label = labelOf(correction.path);
  return (
    <tr data-correction={correction.correctionId}>
      <td>
        {label.sv}
        <br />
        <code>{correction.path}</code>
      </td>
      <td>
        <Value path={correction.path} value={correction.value} />
      </td>
      <td>
        {correction.by}
        <br />
        <span class="count">{correction.at}</span>
        {correction.note ? <blockquote>{correction.note}</blockquote> : null}
      </td>
      <td>
        {correction.status === 'active' ? (
          <form method="post" action="/review/corrections/withdraw">
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="caseId" value={correction.caseId} />
            <input type="hidden" name="correctionId" value={correction.correctionId} />
            <label for={`wnote-${n}`} class="sr-only">
              Varför / why
            </label>
            <input id={`wnote-${n}`} name="note" type="text" placeholder="varför / why" />{' '}
            <button type="submit">Återkalla rättelsen</button>
          </form>
        ) : (
          <span class="count">
            {correction.status === 'withdrawn' ? 'återkallad' : 'ersatt'} {correction.endedAt?.slice(0, 10)}{' '}
            av {correction.endedBy}
          </span>
        )}
      </td>
    </tr>
  );
};

export function renderCaseReviewPage(input: {
  frame: PageFrame;
  record: CaseRecord;
  review: CaseReview | null;
  corrections: Correction[];
  /** Page texts by `sha256#page`. */
  pageTexts: ReadonlyMap<string, string | null>;
  canReextract: boolean;
}): string {
  const { frame, record, review } = input;
  const returnTo = `/review/cases/${record.id}`;
  let n = 0;
  return renderPage(
    `Granska ${record.title ?? record.id}`,
    <>
      <SignedIn frame={frame} />
      <p>
        <a href="/review">← Granskningskön / review queue</a> ·{' '}
        <a href={`/cases/${record.id}`}>Ärendets sida / public case page</a>
      </p>
      <h2>{record.title ?? record.id}</h2>
      <p class="count">
        {record.diarienummer} · revision {record.revision} · uppdaterad {record.updatedAt}
      </p>
      <Notices frame={frame} />
      {record.deleted ? (
        <p class="error">
          Ärendet är återkallat. <En>The case was withdrawn.</En>
        </p>
      ) : null}
      <h3>
        Att granska <En>to review</En>
      </h3>
      {!review || review.items.length === 0 ? (
        <p>
          Inget väntar i det här ärendet. <En>Nothing waits in this case.</En>
        </p>
      ) : (
        <ol>
          {review.items.map((item) => (
            <li class="review-item" data-path={item.path}>
              <ItemHeading item={item} />
              <ItemFacts item={item} />
              <PageText
                page={item.page}
                evidence={item.evidence}
                text={
                  item.document && item.page
                    ? (input.pageTexts.get(`${item.document.sha256}#${item.page}`) ?? null)
                    : null
                }
              />
              {item.kind === 'correction_unmatched' ? null : (
                <CorrectionForm
                  caseId={record.id}
                  item={item}
                  n={n++}
                  csrf={frame.csrf}
                  returnTo={returnTo}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>
        Rättelser <En>corrections</En>
      </h3>
      {input.corrections.length === 0 ? (
        <p>
          Inga rättelser. <En>No corrections.</En>
        </p>
      ) : (
        <table id="corrections">
          <thead>
            <tr>
              <th scope="col">Fält</th>
              <th scope="col">Värde</th>
              <th scope="col">Av</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {input.corrections.map((correction) => (
              <CorrectionRow correction={correction} csrf={frame.csrf} n={n++} />
            ))}
          </tbody>
        </table>
      )}
      {input.canReextract && !record.deleted ? (
        <form method="post" action={`/review/cases/${record.id}/reextract`}>
          <input type="hidden" name="csrf" value={frame.csrf} />
          <button type="submit">Läs om ärendets dokument</button>{' '}
          <En>re-read this case's documents with the current extractor (corrections stay)</En>
        </form>
      ) : null}
    </>,
  );
}

/** The signed-in archivist's token, for the CLIs (ARCHIVIST_TOKEN). */
export function renderTokenPage(input: { frame: PageFrame; token: string; expires: string | null }): string {
  return renderPage(
    'Token för CLI',
    <>
      <SignedIn frame={input.frame} />
      <h2>
        Token för kommandoraden <En>token for the CLIs</En>
      </h2>
      <p>
        Sätt <code>ARCHIVIST_TOKEN</code> till den här texten för <code>npm run upload -- --wait</code>,{' '}
        <code>withdraw</code> och <code>reextract</code>
        {input.expires ? ` (giltig till ${input.expires})` : ''}. Dela den inte.
      </p>
      <pre class="page-text" style="white-space:pre-wrap">
        {input.token}
      </pre>
    </>,
  );
}
