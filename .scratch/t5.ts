import fs from 'node:fs';
import { extractText } from '../shared/pdf/extract-text.ts';
import { buildDocumentText } from '../shared/extraction/text/document-text.ts';
import { splitUnits } from '../shared/extraction/consultations/units.ts';
const { pages } = await extractText(fs.readFileSync(process.argv[2]!));
const doc = buildDocumentText(pages);
const units = splitUnits(doc, 0, doc.lines.length, (l) => l.heading && !/[.,;]$/.test(l.text));
for (const u of units) console.log(u.kind.padEnd(8), u.text.slice(0, 150));
