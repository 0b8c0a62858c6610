// An archivist's correction (or its withdrawal) → a stored correction item and the case published
// again with it applied (a new revision, updatedAt moved, in the change feed). Checks the field and
// value first; a correction of a field replaces the earlier one of that field (kept, `superseded`).
import { randomBytes } from 'node:crypto';
import type { CaseRecord } from '../model/case-record.ts';
import { type Correction, toCorrectionId } from '../model/correction.ts';
import { type CaseRepository, WriteConflictError } from '../storage/case-repository.ts';
import { checkCorrection, inForce, parseCorrectionPath, sameBody } from './apply-corrections.ts';
import { publishCase } from './publish-case.ts';

/** Why a correction was not taken: the caller turns it into a 400, 404 or 409. */
export class CorrectionError extends Error {
  override name = 'CorrectionError';
  constructor(
    readonly kind: 'bad_value' | 'no_case' | 'withdrawn_case' | 'no_correction' | 'not_active',
    message: string,
  ) {
    super(message);
  }
}

export interface CorrectionRequest {
  caseId: string;
  path: string;
  value: unknown;
  note?: string | null | undefined;
}

const sameTarget = (a: string, b: string) => {
  const x = parseCorrectionPath(a);
  const y = parseCorrectionPath(b);
  if (!x || !y || x.kind !== y.kind || x.field !== y.field) return false;
  return x.kind !== 'consultation' || (y.kind === 'consultation' && sameBody(x.body, y.body));
};

/**
 * Stores the correction and publishes the case with it. A correction whose value is what is
 * published already is a confirmation: stored and shown the same way (the field leaves review).
 */
export async function correctCase(
  cases: CaseRepository,
  request: CorrectionRequest,
  by: string,
  now: () => string,
): Promise<{ correction: Correction; record: CaseRecord }> {
  const check = checkCorrection(request.path, request.value);
  if (!check.ok) throw new CorrectionError('bad_value', check.message);
  for (let attempt = 1; ; attempt++) {
    const latest = await cases.get(request.caseId);
    if (!latest) throw new CorrectionError('no_case', `no case ${request.caseId}`);
    if (latest.deleted)
      throw new CorrectionError(
        'withdrawn_case',
        `case ${request.caseId} was withdrawn: it takes no corrections`,
      );
    const target = check.target;
    if (target.kind === 'consultation' && !latest.consultations.some((c) => sameBody(c.body, target.body)))
      throw new CorrectionError('bad_value', `case ${request.caseId} has no consulted body "${target.body}"`);
    const at = now();
    const correction: Correction = {
      correctionId: toCorrectionId(at, randomBytes(4).toString('hex')),
      caseId: request.caseId,
      path: request.path,
      value: check.value,
      note: request.note?.trim() || null,
      by,
      at,
      status: 'active',
      endedBy: null,
      endedAt: null,
      endNote: null,
    };
    const replaced = inForce(await cases.listCaseCorrections(request.caseId)).filter((c) =>
      sameTarget(c.path, request.path),
    );
    try {
      await cases.saveCorrection(
        correction,
        replaced.map((c) => c.correctionId),
      );
    } catch (error) {
      // the one it replaces was withdrawn or replaced meanwhile: look again
      if (error instanceof WriteConflictError && attempt < 5) continue;
      throw error;
    }
    const { record } = await publishCase(cases, request.caseId, now);
    return { correction, record };
  }
}

/** Withdraws a correction in force: the extracted value shows again; the item is kept as `withdrawn`. */
export async function withdrawCorrection(
  cases: CaseRepository,
  request: { caseId: string; correctionId: string; note?: string | null | undefined },
  by: string,
  now: () => string,
): Promise<{ correction: Correction; record: CaseRecord }> {
  const existing = await cases.getCorrection(request.caseId, request.correctionId);
  if (!existing)
    throw new CorrectionError(
      'no_correction',
      `case ${request.caseId} has no correction ${request.correctionId}`,
    );
  const ended = await cases.endCorrection(request.caseId, request.correctionId, {
    by,
    at: now(),
    note: request.note?.trim() || null,
  });
  if (!ended)
    throw new CorrectionError(
      'not_active',
      `correction ${request.correctionId} is ${existing.status === 'active' ? 'no longer active' : existing.status}`,
    );
  const { record } = await publishCase(cases, request.caseId, now);
  const correction = await cases.getCorrection(request.caseId, request.correctionId);
  return { correction: correction ?? existing, record };
}
