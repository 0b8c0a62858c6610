// Benchmark inputs: the corpus PDFs, marked copies of them (different bytes, same content) and
// generated long documents written to a temp dir for tools that need a path (pdftotext, children).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateUtlatande } from './pdf-generator.ts';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../test/fixtures/corpus');

let corpus: { name: string; bytes: Buffer }[] | undefined;

/** The corpus PDFs (13 development documents, 2–8 pages), read once per process. */
export function readCorpusPdfs(): { name: string; bytes: Buffer }[] {
  corpus ??= fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(CORPUS_DIR, name)) }));
  return corpus;
}

/** The same PDF with a comment after %%EOF: still valid, but a different sha256 (not a duplicate). */
export function withMarker(bytes: Uint8Array, marker: string): Buffer {
  return Buffer.concat([bytes, Buffer.from(`\n%${marker}\n`)]);
}

/** A temp dir that the caller removes with the returned function. */
export function makeTempDir(label: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `remissvar-bench-${label}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a generated utlåtande of `pages` pages to `dir` and returns its path. */
export function writeGeneratedPdf(dir: string, pages: number, seed: number): string {
  const file = path.join(dir, `generated-${pages}p-${seed}.pdf`);
  fs.writeFileSync(file, generateUtlatande(pages, seed));
  return file;
}
