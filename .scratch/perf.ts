import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { extractText } from '../shared/pdf/extract-text.ts';
import { extractCase } from '../shared/extraction/extract-case.ts';
const dir = '/work/shared/corpus/dev';
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => fs.readFileSync(`${dir}/${f}`));
async function bare(b: Buffer) { const p = new PDFParse({ data: new Uint8Array(b), verbosity: 0 }); try { return (await p.getText()).text.length; } finally { await p.destroy(); } }
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let warm = 0; warm < 2; warm++) for (const b of files) { await bare(b); extractCase((await extractText(b)).pages); }
let tb = 0, tt = 0, te = 0;
for (let r = 0; r < 5; r++) for (const b of files) {
  let t = cpu(); await bare(b); tb += cpu() - t;
  t = cpu(); const { pages } = await extractText(b); tt += cpu() - t;
  t = cpu(); extractCase(pages); te += cpu() - t;
}
console.log(`bare pdf-parse ${tb.toFixed(0)} ms, our text ${tt.toFixed(0)} ms, extractCase ${te.toFixed(0)} ms, ratio full/bare ${((tt + te) / tb).toFixed(3)}`);
