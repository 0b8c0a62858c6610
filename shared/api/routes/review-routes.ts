// The portal's archivist pages: the review queue, one case's review, and the forms behind them
// (correct or confirm a field, withdraw a correction, give an upload its Dnr, re-read a case).
// Server-rendered, working without JavaScript: every form posts, then redirects back (303) with
// what happened. Each route is protect()ed like the archivist API; forms also need their CSRF token.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { encodeCursor } from '../../feeds/cursor.ts';
import { CompletionError, completeUpload } from '../../ingest/complete-upload.ts';
import { parseFormValue } from '../../portal/review/fields.ts';
import {
  type PageFrame,
  renderCaseReviewPage,
  renderReviewQueuePage,
  renderTokenPage,
  type UploadWaiting,
} from '../../portal/review/review-pages.tsx';
import { valueAtPath } from '../../publishing/apply-corrections.ts';
import { CorrectionError, correctCase, withdrawCorrection } from '../../publishing/corrections.ts';
import type { ApiApp, ApiContext } from '../api-app.ts';
import { notFoundOnBadPath } from '../api-app.ts';
import { ApiError } from '../api-errors.ts';
import { CaseIdParamSchema } from '../api-schemas.ts';
import { archivistOf, credentialsOf, csrfTokenFor, safeReturnPath } from '../archivist-auth.ts';
import { ARCHIVIST, protect, reviewQueuePage, UNAUTHORIZED } from './archivist-routes.ts';

const TAGS = ['archivists'];
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });
const REDIRECT = { 303: { description: 'done (or refused): back to the page, saying which' } };
const FORBIDDEN = { 403: html('the form came from another site, or without its CSRF token') };
const form = <S extends z.ZodRawShape>(shape: S) => ({
  body: {
    content: {
      'application/x-www-form-urlencoded': { schema: z.object({ csrf: z.string().max(100), ...shape }) },
    },
    required: true,
  },
});

/** What a redirect after a form says: codes, never free text from the query (no reflected content). */
const DONE: Record<string, string> = {
  corrected: 'Rättelsen är sparad och ärendet publicerat på nytt. / Correction saved, case published.',
  confirmed: 'Värdet är bekräftat. / Value confirmed.',
  withdrawn: 'Rättelsen är återkallad; det lästa värdet gäller igen. / Correction withdrawn.',
  completed: 'Uppladdningen har fått sitt diarienummer och ärendet är publicerat. / Upload completed.',
  reextracted: 'Ärendets dokument är omlästa. / Documents re-read.',
};
const ERRORS: Record<string, string> = {
  bad_value: 'Värdet passar inte fältet. / The value does not fit the field.',
  no_case: 'Ärendet finns inte. / No such case.',
  withdrawn_case: 'Ärendet är återkallat. / The case was withdrawn.',
  no_correction: 'Rättelsen finns inte. / No such correction.',
  not_active: 'Rättelsen gäller inte längre. / The correction is no longer in force.',
  no_upload: 'Uppladdningen finns inte. / No such upload.',
  not_waiting: 'Uppladdningen väntar inte på ett diarienummer. / The upload is not waiting for a Dnr.',
  no_reading:
    'Uppladdningen lästes innan inläsningen sparades: kör npm run reextract -- --status needs_review. / Re-extract it first.',
  no_reader: 'Här finns ingen PDF-läsare: kör npm run reextract. / No PDF reader here.',
};

const NoticeQuerySchema = z.object({
  done: z.string().max(40).optional(),
  error: z.string().max(40).optional(),
  field: z.string().max(300).optional(),
});

const reviewQueueRoute = createRoute({
  method: 'get',
  path: '/review',
  operationId: 'reviewQueuePage',
  tags: TAGS,
  summary: 'Archivists: the review queue (HTML)',
  security: ARCHIVIST,
  request: { query: NoticeQuerySchema.extend({ cursor: z.string().max(2000).optional() }) },
  responses: { 200: html('the queue'), ...UNAUTHORIZED },
});

const caseReviewRoute = createRoute({
  method: 'get',
  path: '/review/cases/{id}',
  operationId: 'caseReviewPage',
  tags: TAGS,
  summary: 'Archivists: one case’s review, with its page texts and corrections (HTML)',
  security: ARCHIVIST,
  request: { params: CaseIdParamSchema, query: NoticeQuerySchema },
  responses: { 200: html('the case’s review'), 404: html('no such case'), ...UNAUTHORIZED },
});

const tokenRoute = createRoute({
  method: 'get',
  path: '/review/token',
  operationId: 'archivistTokenPage',
  tags: TAGS,
  summary: 'Archivists: the signed-in token, for ARCHIVIST_TOKEN of the CLIs (HTML)',
  security: ARCHIVIST,
  responses: { 200: html('the token'), ...UNAUTHORIZED },
});

const correctionFormRoute = createRoute({
  method: 'post',
  path: '/review/corrections',
  operationId: 'correctionForm',
  tags: TAGS,
  summary: 'Archivists: the form that corrects or confirms a field',
  security: ARCHIVIST,
  request: form({
    caseId: CaseIdParamSchema.shape.id,
    path: z.string().min(1).max(300),
    value: z.string().max(20_000).optional(),
    action: z.enum(['correct', 'confirm']).default('correct'),
    note: z.string().max(2000).optional(),
    return: z.string().max(500).optional(),
  }),
  responses: { ...REDIRECT, ...UNAUTHORIZED, ...FORBIDDEN },
});

const withdrawFormRoute = createRoute({
  method: 'post',
  path: '/review/corrections/withdraw',
  operationId: 'withdrawCorrectionForm',
  tags: TAGS,
  summary: 'Archivists: the form that withdraws a correction',
  security: ARCHIVIST,
  request: form({
    caseId: CaseIdParamSchema.shape.id,
    correctionId: z.string().max(100),
    note: z.string().max(2000).optional(),
  }),
  responses: { ...REDIRECT, ...UNAUTHORIZED, ...FORBIDDEN },
});

const uploadFormRoute = createRoute({
  method: 'post',
  path: '/review/uploads/{ingestId}',
  operationId: 'completeUploadForm',
  tags: TAGS,
  summary: 'Archivists: the form that gives a needs_review upload its Dnr',
  security: ARCHIVIST,
  request: {
    params: z.object({ ingestId: z.string().regex(/^[0-9a-f]{32}$/) }),
    ...form({
      diarienummer: z.string().max(100),
      municipality: z.string().max(200).optional(),
      note: z.string().max(2000).optional(),
    }),
  },
  responses: { ...REDIRECT, ...UNAUTHORIZED, ...FORBIDDEN },
});

const reextractFormRoute = createRoute({
  method: 'post',
  path: '/review/cases/{id}/reextract',
  operationId: 'reextractCaseForm',
  tags: TAGS,
  summary: 'Archivists: the form that re-reads one case’s documents (where a PDF reader runs)',
  security: ARCHIVIST,
  request: { params: CaseIdParamSchema, ...form({}) },
  responses: { ...REDIRECT, ...UNAUTHORIZED, ...FORBIDDEN },
});

/** `/review?done=x` (keeping other parameters of the return path). */
function withNotice(path: string, notice: Record<string, string>): string {
  const url = new URL(path, 'http://x');
  for (const [k, v] of Object.entries(notice)) url.searchParams.set(k, v);
  return url.pathname + url.search;
}

/** A refusal of a correction or completion → where to send the archivist, saying why. */
function refusedTo(path: string, error: unknown, field?: string): string {
  if (error instanceof CorrectionError || error instanceof CompletionError)
    return withNotice(path, { error: error.kind, ...(field ? { field } : {}) });
  throw error;
}

/** The payload of a token the gate already verified: its expiry, for the token page. */
function expiryOf(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? new Date(payload.exp * 1000).toISOString() : null;
  } catch {
    return null;
  }
}

export function registerReviewRoutes(app: ApiApp, { deps, signIn, archivistGate }: ApiContext): void {
  const frameOf = (c: Context, query: z.infer<typeof NoticeQuerySchema>): PageFrame => {
    const error = query.error ? (ERRORS[query.error] ?? null) : null;
    return {
      archivist: archivistOf(c).name,
      csrf: csrfTokenFor(c, signIn.secret),
      message: query.done ? (DONE[query.done] ?? null) : null,
      error: error && query.field ? `${error} (${query.field})` : error,
    };
  };

  protect(app, archivistGate, reviewQueueRoute);
  app.openapi(reviewQueueRoute, async (c) => {
    const query = c.req.valid('query');
    const frame = frameOf(c, query);
    const page = await reviewQueuePage(deps, query.cursor);
    const uploads: UploadWaiting[] = await Promise.all(
      page.uploads.map(async (ingest) => {
        const [reading, firstPage] = await Promise.all([
          deps.ingests.getReading(ingest.ingestId),
          ingest.sha256 ? deps.objects.readPageTexts(ingest.sha256) : Promise.resolve(null),
        ]);
        return {
          ingest,
          municipality: reading?.extracted.municipality ?? null,
          firstPage: firstPage?.[0] ?? null,
        };
      }),
    );
    const cursor = page.after ? encodeCursor(page.after, 'review', deps.cursorSecret) : null;
    const next = cursor ? `/review?${new URLSearchParams({ cursor }).toString()}` : null;
    return c.html(renderReviewQueuePage({ frame, uploads, cases: page.cases, next }), 200);
  });

  const noCase = (id: string) => `Ärendet finns inte / no case ${id.slice(0, 200)}`;
  protect(app, archivistGate, caseReviewRoute);
  app.openapi(
    caseReviewRoute,
    async (c) => {
      const { id } = c.req.valid('param');
      const frame = frameOf(c, c.req.valid('query'));
      const [record, review, corrections] = await Promise.all([
        deps.cases.get(id),
        deps.cases.getReview(id),
        deps.cases.listCaseCorrections(id),
      ]);
      if (!record) throw new ApiError(404, 'not_found', noCase(id));
      // each document's page texts once (the object the search index reads too)
      const documents = new Set(
        (review?.items ?? []).flatMap((i) => (i.document ? [i.document.sha256] : [])),
      );
      const texts = new Map(
        await Promise.all(
          [...documents].map(async (sha256) => [sha256, await deps.objects.readPageTexts(sha256)] as const),
        ),
      );
      const pageTexts = new Map<string, string | null>();
      for (const item of review?.items ?? []) {
        if (!item.document || !item.page) continue;
        pageTexts.set(
          `${item.document.sha256}#${item.page}`,
          texts.get(item.document.sha256)?.[item.page - 1] ?? null,
        );
      }
      return c.html(
        renderCaseReviewPage({
          frame,
          record,
          review,
          corrections: [...corrections].reverse(),
          pageTexts,
          canReextract: deps.reextract !== undefined,
        }),
        200,
      );
    },
    notFoundOnBadPath((c) => noCase(c.req.param('id') ?? '')),
  );

  protect(app, archivistGate, tokenRoute);
  app.openapi(tokenRoute, async (c) => {
    const frame = frameOf(c, {});
    const token = credentialsOf(c)?.token ?? '';
    return c.html(renderTokenPage({ frame, token, expires: expiryOf(token) }), 200);
  });

  protect(app, archivistGate, correctionFormRoute);
  app.openapi(correctionFormRoute, async (c) => {
    const archivist = archivistOf(c);
    const body = c.req.valid('form');
    const back = safeReturnPath(body.return ?? `/review/cases/${body.caseId}`);
    try {
      let value: unknown;
      if (body.action === 'confirm') {
        const record = await deps.cases.get(body.caseId);
        if (!record) throw new CorrectionError('no_case', `no case ${body.caseId}`);
        value = valueAtPath(record, body.path);
      } else {
        value = parseFormValue(body.path, body.value ?? '');
      }
      await correctCase(
        deps.cases,
        { caseId: body.caseId, path: body.path, value, note: body.note },
        archivist.name,
        deps.now,
      );
      return c.redirect(
        withNotice(back, { done: body.action === 'confirm' ? 'confirmed' : 'corrected' }),
        303,
      );
    } catch (error) {
      return c.redirect(refusedTo(back, error, body.path), 303);
    }
  });

  protect(app, archivistGate, withdrawFormRoute);
  app.openapi(withdrawFormRoute, async (c) => {
    const archivist = archivistOf(c);
    const body = c.req.valid('form');
    const back = `/review/cases/${body.caseId}`;
    try {
      await withdrawCorrection(deps.cases, body, archivist.name, deps.now);
      return c.redirect(withNotice(back, { done: 'withdrawn' }), 303);
    } catch (error) {
      return c.redirect(refusedTo(back, error), 303);
    }
  });

  protect(app, archivistGate, uploadFormRoute);
  app.openapi(uploadFormRoute, async (c) => {
    const archivist = archivistOf(c);
    const { ingestId } = c.req.valid('param');
    const body = c.req.valid('form');
    try {
      const { record } = await completeUpload(deps, { ingestId, ...body }, archivist.name);
      return c.redirect(withNotice(`/review/cases/${record.id}`, { done: 'completed' }), 303);
    } catch (error) {
      return c.redirect(refusedTo('/review', error), 303);
    }
  });

  protect(app, archivistGate, reextractFormRoute);
  app.openapi(reextractFormRoute, async (c) => {
    archivistOf(c);
    const { id } = c.req.valid('param');
    const back = `/review/cases/${id}`;
    if (!deps.reextract) return c.redirect(withNotice(back, { error: 'no_reader' }), 303);
    await deps.reextract({ caseId: id }, () => undefined);
    return c.redirect(withNotice(back, { done: 'reextracted' }), 303);
  });
}
