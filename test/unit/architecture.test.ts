// The directions of dependency (STYLE.md) as a test: it reads every source file's imports, so a
// shortcut across layers fails here instead of in review.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1] ?? m[2] ?? '');
}

/** Resolves a relative import to a repo-relative path; package imports are returned as they are. */
function resolveImport(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return path.relative(root, path.resolve(root, path.dirname(file), spec));
}

const violations = (files: string[], isForbidden: (target: string, file: string) => boolean) =>
  files.flatMap((file) =>
    importsOf(file)
      .map((spec) => resolveImport(file, spec))
      .filter((target) => isForbidden(target, file))
      .map((target) => `${file} → ${target}`),
  );

describe('architecture', () => {
  it('keeps shared/ free of imports from lambdas/, local/ and cdk/', () => {
    const found = violations(sourceFiles('shared'), (t) => /^(lambdas|local|cdk)\//.test(t));

    expect(found).toEqual([]);
  });

  it('keeps the AWS SDK inside shared/storage/ within shared/', () => {
    const found = violations(
      sourceFiles('shared').filter((f) => !f.startsWith('shared/storage/')),
      (t) => t.startsWith('@aws-sdk/'),
    );

    expect(found).toEqual([]);
  });

  it('keeps the domain out of shared/storage/: it imports only the model and its own files', () => {
    const found = violations(
      sourceFiles('shared/storage'),
      (t) => t.startsWith('shared/') && !t.startsWith('shared/storage/') && !t.startsWith('shared/model/'),
    );

    expect(found).toEqual([]);
  });

  it('keeps model, pdf, extraction and feeds pure: no env, no logger, no clock', () => {
    const pure = ['shared/model', 'shared/pdf', 'shared/extraction', 'shared/feeds'].flatMap(sourceFiles);
    const impure = pure.filter((file) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      return /process\.env|new Date\(\)|Date\.now\(\)|@aws-lambda-powertools|console\./.test(text);
    });

    expect(impure).toEqual([]);
  });

  it('keeps the extraction core on plain data: no packages, no node built-ins, no pdf.js', () => {
    // the core reads positioned text (shared/pdf/positioned-text.ts, page-layout.ts), never the PDF
    const allowedPdf = new Set(['shared/pdf/positioned-text.ts', 'shared/pdf/page-layout.ts']);
    const found = violations(
      sourceFiles('shared/extraction'),
      (t) =>
        !t.startsWith('shared/') ||
        (t.startsWith('shared/pdf/') && !allowedPdf.has(t)) ||
        !/^shared\/(?:extraction|model|pdf)\//.test(t),
    );

    expect(found).toEqual([]);
  });

  it('has no import cycles in shared/', () => {
    const files = sourceFiles('shared');
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .map((s) => resolveImport(f, s))
          .filter((t) => t.startsWith('shared/')),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);

    expect(files.length).toBeGreaterThan(50);
    expect(cycles).toEqual([]);
  });

  it('lets cdk/ import nothing from shared/ but shared/config.ts', () => {
    const found = violations(sourceFiles('cdk'), (t) => t.startsWith('shared/') && t !== 'shared/config.ts');

    expect(found).toEqual([]);
  });

  it('names no environment variable outside shared/config.ts in product code', () => {
    const files = ['shared', 'lambdas'].flatMap(sourceFiles).filter((f) => f !== 'shared/config.ts');
    const found = files.filter((f) =>
      /process\.env\.[A-Z_]+|process\.env\[/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );

    expect(found).toEqual([]);
  });
});
