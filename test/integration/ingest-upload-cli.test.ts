// `npm run upload -- --wait` against the real local stack: one line per file with its terminal
// status, the reason's explanation and each warning's text, then the summary table; exit code 0
// only when every file ended published or duplicate. PORT and S3_PORT are all it needs.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { exitCodeOf, formatFileResult, formatSummaryTable } from '../../local/cli/upload.ts';
import { REASON_EXPLANATIONS } from '../../shared/model/ingest-record.ts';
import { textPdf, utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { findFreePort } from '../support/free-port.ts';

const hostile = (name: string) => fs.readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url));

describe('formatSummaryTable', () => {
  it('counts files per status and failure reason, with a total', () => {
    const table = formatSummaryTable([
      { status: 'failed', reason: 'not_pdf' },
      { status: 'published', reason: null },
      { status: 'failed', reason: 'not_pdf' },
      { status: 'needs_ocr', reason: 'no_text_layer' },
    ]);

    expect(table.split('\n')).toEqual([
      'status     reason   files',
      '-------------------------',
      'published               1',
      'needs_ocr               1',
      'failed     not_pdf      2',
      '-------------------------',
      'total                   4',
    ]);
  });
});

describe('exitCodeOf', () => {
  it('returns 0 after --wait only when every file ended published or duplicate', () => {
    expect(exitCodeOf([{ status: 'published' }, { status: 'duplicate' }], true)).toBe(0);
    expect(exitCodeOf([{ status: 'published' }, { status: 'needs_review' }], true)).toBe(1);
    expect(exitCodeOf([{ status: 'timeout_waiting' }], true)).toBe(1);
    expect(exitCodeOf([{ status: 'queued' }], false)).toBe(0);
    expect(exitCodeOf([{ status: 'upload_failed' }], false)).toBe(1);
  });
});

describe('formatFileResult', () => {
  it('returns the file line, then the explanation and each warning indented', () => {
    const text = formatFileResult({
      file: 'a.pdf',
      status: 'needs_review',
      reason: 'no_diarienummer',
      caseId: null,
      explanation: REASON_EXPLANATIONS.no_diarienummer ?? '',
      warnings: ['diarienummer: no Dnr found in the header (page 1)'],
    });

    expect(text.split('\n')).toEqual([
      `needs_review   no_diarienummer              a.pdf`,
      `               ${REASON_EXPLANATIONS.no_diarienummer}`,
      '               warning: diarienummer: no Dnr found in the header (page 1)',
    ]);
  });
});

/** The CLI with only PORT and S3_PORT set, as `npm run upload` after `npm start` on those ports. */
function upload(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'local/cli/upload.ts', ...args], {
    cwd: new URL('../../', import.meta.url),
    encoding: 'utf8',
    timeout: 110_000,
    env: {
      ...process.env,
      PORT: new URL(inject('apiUrl')).port,
      S3_PORT: String(inject('s3Port')),
      ARCHIVIST_TOKEN: inject('archivistToken'),
      ...env,
    },
  });
}

describe('upload --wait exit codes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-upload-ok-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('returns 0 for new cases and 0 again when the same folder is uploaded a second time', () => {
    for (const n of [1, 2]) {
      fs.writeFileSync(
        path.join(dir, `case-${n}.pdf`),
        utlatandePdf({
          diarienummer: `2095/${(Date.now() + n) % 1_000_000}`,
          title: `Motion om bänkar ${n}`,
        }),
      );
    }

    const first = upload(['--wait', '--timeout', '100', dir]);
    const again = upload(['--wait', '--timeout', '100', dir]);

    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.split('\n').filter((l) => /^published\s+stockholm-2095-/.test(l))).toHaveLength(2);
    expect(again.status, again.stderr).toBe(0);
    const duplicates = again.stdout.split('\n').filter((l) => /^duplicate\s+stockholm-2095-/.test(l));
    expect(duplicates).toHaveLength(2);
    expect(again.stdout).toMatch(/^\s+same bytes as upload [0-9a-f]+ \(not read again\)$/m);
  });

  it('returns 2 with one line naming S3_PORT when no local stack answers there', async () => {
    const run = upload(['--wait', dir], { S3_PORT: String(await findFreePort()) });

    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^upload: nothing answers at http:\/\/127\.0\.0\.1:\d+ \(S3_PORT\)/);
  });
});

describe('upload --wait', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remissvar-upload-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each file with its terminal status and a summary table', () => {
    const nonce = randomUUID();
    fs.writeFileSync(path.join(dir, 'a-html.pdf'), hostile('html-page.pdf'));
    fs.writeFileSync(path.join(dir, 'b-empty.pdf'), hostile('empty.pdf'));
    fs.writeFileSync(
      path.join(dir, 'c-no-dnr.pdf'),
      textPdf([['Yttrande utan nummer om skolskjutsar i kommunen', nonce]]),
    );
    // a trailing comment makes the scan's bytes new to the stack (it already saw the fixture)
    fs.writeFileSync(
      path.join(dir, 'd-scan.pdf'),
      Buffer.concat([hostile('image-only-scan.pdf'), Buffer.from(`%${nonce}\n`)]),
    );
    fs.writeFileSync(
      path.join(dir, 'e-case.pdf'),
      utlatandePdf({ diarienummer: `2093/${Date.now() % 1_000_000}`, title: 'Motion om uppladdning' }),
    );

    const run = upload(['--wait', '--timeout', '100', dir]);

    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.split('\n');
    // a file's line and the indented lines under it
    const block = (file: string) => {
      const start = lines.findIndex((l) => l.includes(file));
      const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
      return lines.slice(start, end).join('\n');
    };
    expect(lines.find((l) => l.includes('a-html.pdf'))).toMatch(/^failed\s+not_pdf/);
    expect(block('a-html.pdf')).toContain(`\n               ${REASON_EXPLANATIONS.not_pdf}`);
    expect(block('d-scan.pdf')).toContain(`\n               ${REASON_EXPLANATIONS.ocr_low_confidence}`);
    expect(block('c-no-dnr.pdf')).toMatch(/\n {15}warning: diarienummer: [^\n]+/);
    expect(lines.find((l) => l.includes('c-no-dnr.pdf'))).toMatch(/^needs_review\s/);
    // --wait waits through OCR: the 60 dpi scan is read, and too unsure to publish
    expect(lines.find((l) => l.includes('d-scan.pdf'))).toMatch(/^needs_review\s+ocr_low_confidence/);
    expect(lines.find((l) => l.includes('e-case.pdf'))).toMatch(/^published\s+stockholm-2093-/);
    expect(lines).toContain('failed        not_pdf      2');
    expect(lines.some((l) => /^published\s+1$/.test(l))).toBe(true);
    expect(lines.some((l) => /^total\s+5$/.test(l))).toBe(true);
  });
});
