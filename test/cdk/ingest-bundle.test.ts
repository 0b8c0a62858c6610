// The one test that really bundles (ENGINEERING.md trap 8): synthesizes the stack with local esbuild
// and imports the shipped ingest bundle in a plain Node process, as Lambda would, so a bundling
// option that breaks the handler (ESM + require shim, pdf.js worker) fails here, not after a deploy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PDF_PARSER_BUNDLE_FILE } from '../../shared/config.ts';
import { buildStack } from './cdk-app.ts';

type FunctionResource = {
  Properties: { Code: { S3Key: string }; Environment?: { Variables: Record<string, unknown> } };
};

describe('ingest function bundle', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'remissvar-cdk-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  /** The bundle the first test built, reused by the next: bundling costs ~20 s. */
  let bundledEntry: string | undefined;
  /** The OCR function's bundle from the same synth. */
  let ocrEntry: string | undefined;

  it('is one ESM file whose handler imports in plain Node', () => {
    const { app, stack } = buildStack({ bundle: true, outdir });

    const assembly = app.synth();

    const resources = assembly.getStackByName(stack.stackName).template.Resources as Record<string, unknown>;
    const ingest = Object.values(resources).find(
      (r) =>
        (r as FunctionResource).Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME ===
        'remissvar-ingest',
    ) as FunctionResource | undefined;
    expect(ingest).toBeDefined();
    const assetHash = ingest!.Properties.Code.S3Key.replace(/\.zip$/, '');
    const entry = join(outdir, `asset.${assetHash}`, 'index.mjs');
    expect(existsSync(entry)).toBe(true);
    bundledEntry = entry;
    const ocr = Object.values(resources).find(
      (r) =>
        (r as FunctionResource).Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME ===
        'remissvar-ocr',
    ) as FunctionResource | undefined;
    if (ocr) ocrEntry = join(outdir, `asset.${ocr.Properties.Code.S3Key.replace(/\.zip$/, '')}`, 'index.mjs');

    // exits explicitly: the init has started the parser thread, which (as on Lambda,
    // where nothing waits for an empty event loop) lives as long as the process
    const script = `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(typeof m.handler); process.exit(0);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      // What Lambda would give it; no credentials are needed because nothing is called.
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-north-1',
        TABLE_NAME: 'bundle-test',
        ORIGINALS_BUCKET: 'bundle-test',
        AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    // Only the tail of stderr: a crash inside a minified bundle otherwise prints a megabyte line.
    const stderrTail = run.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && line.length < 300)
      .slice(-12)
      .join('\n');
    expect(run.status, `importing the bundle failed:\n${stderrTail}`).toBe(0);
    const out = run.stdout;
    expect(out.trim().split('\n').at(-1)).toBe('function');
    // Bundles all four functions with esbuild: ~20 s alone, several times that beside other suites.
  }, 240_000);

  it("parses PDFs in worker threads started from the parser's own bundle file beside it", () => {
    expect(bundledEntry, 'the bundling test above must run first').toBeDefined();
    const fixtures = new URL('../fixtures/', import.meta.url);
    // the capped reader the handler builds; its threads import pdf-parser.mjs (isolated-pdf-reader.ts),
    // which the bundle itself does not contain: pdf.js is in the parser's file only
    expect(existsSync(join(dirname(bundledEntry ?? ''), PDF_PARSER_BUNDLE_FILE))).toBe(true);
    expect(readFileSync(bundledEntry ?? '', 'utf8')).not.toContain('InvalidPDFException');
    const script = `
      import fs from 'node:fs';
      const m = await import(${JSON.stringify(pathToFileURL(bundledEntry ?? '').href)});
      const reader = m.createPdfReader({ parseMemoryMb: 256, parseTimeoutMs: 30000, parseMaxInflatedMb: 64, parseThreads: 1 });
      const text = await reader.read(fs.readFileSync(new URL('corpus/seed-2017-000991.pdf', ${JSON.stringify(fixtures.href)})));
      const bomb = await reader.read(fs.readFileSync(new URL('hostile/decompression-bomb.pdf', ${JSON.stringify(fixtures.href)}))).catch((e) => e.reason);
      await reader.close();
      console.log(JSON.stringify({ pages: text.pages.length, hasDnr: text.pages.flatMap((p) => p.items.map((i) => i.str)).join('').includes('2017/000991'), bomb }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-north-1',
        AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const stderrTail = run.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && line.length < 300)
      .slice(-12)
      .join('\n');
    expect(run.status, `parsing in the bundle failed:\n${stderrTail}`).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({
      pages: 8,
      hasDnr: true,
      bomb: 'too_large',
    });
  }, 120_000);

  it('OCRs a scanned page in plain Node from the OCR bundle, with only the files shipped beside it', () => {
    expect(ocrEntry, 'the bundling test above must run first').toBeDefined();
    const fixtures = new URL('../fixtures/', import.meta.url);
    // the asset directory is outside the repository: nothing can resolve from its node_modules, so
    // the language data, Tesseract's worker and wasm and the canvas must be the ones in the bundle
    const script = `
      import fs from 'node:fs';
      const m = await import(${JSON.stringify(pathToFileURL(ocrEntry ?? '').href)});
      const reader = m.createOcrReader({ parseMaxInflatedMb: 64, ocr: { timeoutMs: 120000, memoryMb: 1536, maxPages: 20, dpi: 300, maxPagePixels: 40e6, maxImagePixels: 150e6, threads: 1 } });
      const text = await reader.read(fs.readFileSync(new URL('ocr/38-lund-vegetarisk-norm.mixed.pdf', ${JSON.stringify(fixtures.href)})));
      await reader.close();
      const words = text.pages[1].items.map((i) => i.str).join('');
      console.log(JSON.stringify({ sources: text.readings.map((r) => r.source), confidence: text.readings[1].confidence, lund: /Lund/.test(words) }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-north-1',
        AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
      },
      encoding: 'utf8',
      timeout: 150_000,
    });
    const stderrTail = run.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && line.length < 300)
      .slice(-12)
      .join('\n');
    expect(run.status, `OCR in the bundle failed:\n${stderrTail}`).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      sources: string[];
      confidence: number;
      lund: boolean;
    };
    expect(result.sources).toEqual(['text', 'ocr']);
    expect(result.confidence).toBeGreaterThan(0.9);
    expect(result.lund).toBe(true);
  }, 180_000);
});
