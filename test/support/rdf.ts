// RDF for tests: RDF/XML parsed strictly (rdfxml-streaming-parser) into quads, Turtle via n3, and
// SHACL validation (rdf-validate-shacl) of a data graph against shape files kept in test/fixtures.
import fs from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { Store, Parser as TurtleParser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

export function parseRdfXml(xml: string, baseIRI = 'https://remissvar.test/'): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}

export const parseTurtleFile = (file: string | URL): Quad[] =>
  new TurtleParser().parse(fs.readFileSync(file, 'utf8')) as Quad[];

export interface ShaclResult {
  severity: string;
  focusNode: string;
  path: string;
  message: string;
}

/** The SHACL report of `data` against the union of the shape files: conforms, and each result. */
export async function validateShacl(
  shapeFiles: readonly (string | URL)[],
  data: readonly Quad[],
): Promise<{ conforms: boolean; results: ShaclResult[] }> {
  const shapes = new Store(shapeFiles.flatMap(parseTurtleFile));
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(new Store([...data]));
  const results = report.results.map((r) => ({
    severity: r.severity?.value.replace(/.*#/, '') ?? '',
    focusNode: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    message: r.message.map((m) => m.value).join(' '),
  }));
  return { conforms: report.conforms, results };
}

/** Objects of (subject, predicate) in `quads`, as strings. */
export const objectsOf = (quads: readonly Quad[], subject: string, predicate: string): string[] =>
  quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value);
