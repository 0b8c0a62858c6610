// `npm run upload -- --wait` against the real local stack: one line per file with its terminal
// status, then the summary table of counts per status; exit code 1 unless every file published.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { formatSummaryTable } from '../../local/cli/upload.ts';
import { textPdf, utlatandePdf } from '../fixtures/hostile/text-pdf.ts';

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

    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'local/cli/upload.ts',
        '--wait',
        '--endpoint',
        inject('apiUrl'),
        '--s3-endpoint',
        inject('s3Endpoint'),
        '--timeout',
        '100',
        dir,
      ],
      { cwd: new URL('../../', import.meta.url), encoding: 'utf8', timeout: 110_000 },
    );

    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.includes('a-html.pdf'))).toMatch(/^failed\s+not_pdf/);
    expect(lines.find((l) => l.includes('c-no-dnr.pdf'))).toMatch(/^needs_review\s/);
    expect(lines.find((l) => l.includes('d-scan.pdf'))).toMatch(/^needs_ocr\s/);
    expect(lines.find((l) => l.includes('e-case.pdf'))).toMatch(/^published\s+stockholm-2093-/);
    expect(lines).toContain('failed        not_pdf      2');
    expect(lines.some((l) => /^published\s+1$/.test(l))).toBe(true);
    expect(lines.some((l) => /^total\s+5$/.test(l))).toBe(true);
  });
});
