// debug: print the document lines with layout flags
import fs from 'node:fs';
import { extractText } from '../shared/pdf/extract-text.ts';
import { buildDocumentText } from '../shared/extraction/text/document-text.ts';
const { pages } = await extractText(fs.readFileSync(process.argv[2]!));
const doc = buildDocumentText(pages);
for (const l of doc.lines) console.log(`${String(l.page).padStart(2)} ${l.paragraphStart ? '¶' : ' '}${l.heading ? 'H' : ' '} ${l.cells.length > 1 ? `[${l.cells.join(' | ')}]` : l.text}`);
