import fs from 'node:fs';
import { extractText } from '../shared/pdf/extract-text.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
const dir = '/work/shared/corpus/dev';
const texts = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'))) texts.push((await extractText(fs.readFileSync(`${dir}/${f}`))).pages);
const t = performance.now();
for (let r = 0; r < 20; r++) for (const p of texts) extractCase(p);
console.log('ms', performance.now() - t);
