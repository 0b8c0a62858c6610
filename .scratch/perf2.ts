import fs from 'node:fs';
import { extractText } from '../shared/pdf/extract-text.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
const dir = '/work/shared/corpus/dev';
const texts = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'))) texts.push((await extractText(fs.readFileSync(`${dir}/${f}`))).pages);
for (const p of texts) extractCase(p);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const runs = [];
for (let r = 0; r < 7; r++) { const t = cpu(); for (const p of texts) extractCase(p); runs.push(cpu() - t); }
runs.sort((a, b) => a - b);
console.log('extractCase cpu ms per corpus pass: min', runs[0].toFixed(0), 'median', runs[3].toFixed(0));
