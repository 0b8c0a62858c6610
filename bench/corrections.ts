// Corrections and the review queue: what an archivist's correction costs against a plain publish
// of the same case (its floor: a new document content, the same read-build-write), what a publish
// costs once a case carries many corrections, and the review queue's page against the public
// listing of as many cases. Same run, same store (DynamoDB Local); measured, never asserted.
import { createDependencies } from '../lambdas/dependencies.ts';
import { tokenVerifier } from '../shared/api/archivist-auth.ts';
import { createApp } from '../shared/api/create-app.ts';
import { requireCursorSecret } from '../shared/config.ts';
import { EXTRACTOR_VERSION } from '../shared/extraction/extract-case.ts';
import type { StoredCaseDocument } from '../shared/model/case-document.ts';
import { type Consultation, emptyExtractedCase, textLayerSource } from '../shared/model/case-record.ts';
import { correctCase } from '../shared/publishing/corrections.ts';
import { publishCase } from '../shared/publishing/publish-case.ts';
import { startBenchServices } from './bench-services.ts';
import { type BenchOptions, type BenchRow, median, ms, times } from './report.ts';

const BODIES = ['Trafiknämnden', 'Idrottsnämnden', 'Kulturnämnden', 'Miljö- och hälsoskyddsnämnden'];

function documentOf(i: number, variant: number): StoredCaseDocument {
  const sha256 = (i.toString(16).padStart(8, '0') + variant.toString(16).padStart(8, '0')).repeat(4);
  const consultation = (body: string): Consultation => ({
    body,
    bodyType: 'namnd',
    stance: 'unclear',
    meetingDate: null,
    statementDate: null,
    evidence: `${body} har lämnat synpunkter på motionen.`,
    page: 2,
    confidence: 0.45,
  });
  return {
    document: {
      sha256,
      pages: 4,
      bytes: 40_000,
      fileName: `bench-${i}.pdf`,
      documentType: 'utlatande',
      uploadedAt: '2026-01-01T00:00:00.000Z',
      url: `/v1/cases/stockholm-2031-${String(i).padStart(6, '0')}/documents/${sha256}`,
      ...textLayerSource(),
    },
    objectKey: `uploads/bench/${i}.pdf`,
    extracted: {
      ...emptyExtractedCase(),
      municipality: 'Stockholms stad',
      documentType: 'utlatande',
      diarienummer: `2031/${String(i).padStart(6, '0')}`,
      title: `Motion om bänkar nummer ${i} (läsning ${variant})`,
      consultations: BODIES.map(consultation),
    },
    extractorVersion: EXTRACTOR_VERSION,
    warnings: [],
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function benchCorrections(options: BenchOptions): Promise<BenchRow[]> {
  const cases = options.quick ? 60 : 200;
  const rounds = options.quick ? 20 : 60;
  const bench = await startBenchServices('corrections');
  const deps = createDependencies(bench.services.env);
  const now = () => new Date().toISOString();
  try {
    const ids: string[] = [];
    for (let i = 0; i < cases; i++) {
      const id = `stockholm-2031-${String(i).padStart(6, '0')}`;
      await deps.cases.saveDocument(id, documentOf(i, 0));
      await publishCase(deps.cases, id, now);
      ids.push(id);
    }
    options.log(`corrections: ${cases} doubtful cases published`);

    // the floor: a re-read that changes the case (a new title), published; then a correction
    const floor: number[] = [];
    const correcting: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const i = r % cases;
      const id = ids[i] ?? '';
      floor.push(
        await timed(async () => {
          await deps.cases.saveDocument(id, documentOf(i, r + 1));
          await publishCase(deps.cases, id, now);
        }),
      );
      correcting.push(
        await timed(() =>
          correctCase(
            deps.cases,
            {
              caseId: id,
              path: `consultations[${BODIES[r % BODIES.length]}].stance`,
              value: r % 2 ? 'opposes' : 'supports',
            },
            'bench',
            now,
          ),
        ),
      );
    }
    // one case with 40 corrections in force (10 fields × 4 bodies) published again after a re-read
    const heavyId = ids[0] ?? '';
    for (let k = 0; k < 40; k++) {
      const body = BODIES[k % BODIES.length];
      const field = ['stance', 'bodyType', 'meetingDate', 'statementDate'][Math.floor(k / 10) % 4];
      const value =
        field === 'stance'
          ? 'partly'
          : field === 'bodyType'
            ? 'kontor'
            : `2020-01-${String((k % 28) + 1).padStart(2, '0')}`;
      await correctCase(
        deps.cases,
        { caseId: heavyId, path: `consultations[${body}].${field}`, value },
        'bench',
        now,
      );
    }
    const heavy: number[] = [];
    for (let r = 0; r < rounds; r++) {
      heavy.push(
        await timed(async () => {
          await deps.cases.saveDocument(heavyId, documentOf(0, 1000 + r));
          await publishCase(deps.cases, heavyId, now);
        }),
      );
    }

    // the review queue's page vs the public listing of as many cases, in process (no cache)
    const app = createApp({
      ...deps,
      cursorSecret: requireCursorSecret(deps.config),
      responseCache: false,
      signIn: {
        verifier: tokenVerifier('bench-token'),
        mode: { kind: 'token' },
        secret: 'bench-secret-bench',
      },
    });
    const auth = { headers: { Authorization: 'Bearer bench-token' } };
    const page = async (url: string, init = {}) => {
      const response = await app.request(url, init);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await response.arrayBuffer();
    };
    for (let w = 0; w < 3; w++) {
      await page('/v1/review', auth);
      await page('/review', auth);
      await page('/v1/cases?limit=50');
    }
    const listing: number[] = [];
    const queue: number[] = [];
    const queuePage: number[] = [];
    for (let r = 0; r < rounds; r++) {
      listing.push(await timed(() => page('/v1/cases?limit=50')));
      queue.push(await timed(() => page('/v1/review', auth)));
      queuePage.push(await timed(() => page('/review', auth)));
    }
    const [f, c, h, l, q, qp] = [floor, correcting, heavy, listing, queue, queuePage].map(median) as number[];
    options.log(
      `corrections: publish ${ms(f ?? 0)}, correction ${ms(c ?? 0)}, publish with 40 corrections ${ms(h ?? 0)}; /v1/cases ${ms(l ?? 0)}, /v1/review ${ms(q ?? 0)}, /review ${ms(qp ?? 0)}`,
    );
    return [
      {
        measure: `correction: store it and publish the case again (median of ${rounds})`,
        value: ms(c ?? 0),
        reference: `publish after a re-read ${ms(f ?? 0)}`,
        ratio: times((c ?? 0) / Math.max(0.1, f ?? 0)),
        goal: '≤ 2×',
        met: (c ?? 0) <= 2 * (f ?? 0),
      },
      {
        measure: `publish of a case with 40 corrections in force, after a re-read (median of ${rounds})`,
        value: ms(h ?? 0),
        reference: `with none ${ms(f ?? 0)}`,
        ratio: times((h ?? 0) / Math.max(0.1, f ?? 0)),
        // 40 corrections on one case is far past what review produces; the record and its two
        // stored copies grow by them, and every publish reads the case's whole correction history
        goal: '≤ 2×',
        met: (h ?? 0) <= 2 * (f ?? 0),
      },
      {
        measure: `review queue: GET /v1/review and /review (50 of ${cases} cases, in process, median of ${rounds})`,
        value: `${ms(q ?? 0)} / ${ms(qp ?? 0)}`,
        reference: `/v1/cases?limit=50 ${ms(l ?? 0)}`,
        ratio: times((qp ?? 0) / Math.max(0.1, l ?? 0)),
        goal: '/review ≤ 2× the listing',
        met: (qp ?? 0) <= 2 * (l ?? 0),
      },
    ];
  } finally {
    deps.dynamo.destroy();
    deps.s3.destroy();
    await bench.stop();
  }
}
