// Extraction overhead: our full extract (PDF bytes → case record) against bare pdf-parse text
// extraction of the same corpus PDFs in the same warm process. Shows what our own code adds on top
// of the PDF library that dominates ingest time (goal: at most 10 % more).
// pdf.js's runtime first: it keeps the engine's built-ins before pdf-parse loads pdf.js, so both
// paths run with them (native-builtins.ts); imported after pdf-parse it could not.
import '../shared/pdf/pdfjs-runtime.ts';
import { PDFParse } from 'pdf-parse';
import { extractCase } from '../shared/extraction/extract-case.ts';
import { extractText } from '../shared/pdf/extract-text.ts';
import type { PositionedPage } from '../shared/pdf/positioned-text.ts';
import { readCorpusPdfs } from './bench-inputs.ts';
import { type BenchOptions, type BenchRow, median, ms, times } from './report.ts';

async function bareText(bytes: Uint8Array): Promise<number> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const result = await parser.getText();
    return result.pages.length;
  } finally {
    await parser.destroy();
  }
}

async function fullExtract(bytes: Uint8Array): Promise<number> {
  const text = await extractText(bytes);
  extractCase(text.pages);
  return text.pages.length;
}

/** CPU time of this process in ms: other processes on a shared machine do not inflate it. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export async function benchExtractionOverhead(options: BenchOptions): Promise<BenchRow[]> {
  const pdfs = readCorpusPdfs().map((p) => p.bytes);
  const rounds = options.quick ? 3 : 10;
  // warm both paths (JIT, the pdf.js worker module, regex compilation) before timing
  for (const bytes of pdfs) {
    await bareText(bytes);
    await fullExtract(bytes);
  }
  const texts: PositionedPage[][] = [];
  for (const bytes of pdfs) texts.push((await extractText(bytes)).pages);
  const pages = texts.reduce((n, t) => n + t.length, 0);
  const bare: number[] = [];
  const full: number[] = [];
  const pureExtract: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let bareSum = 0;
    let fullSum = 0;
    // pair the two per PDF and alternate which goes first, so drift hits both alike
    for (const [i, bytes] of pdfs.entries()) {
      const order = (round + i) % 2 ? [fullExtract, bareText] : [bareText, fullExtract];
      for (const run of order) {
        const started = cpuMs();
        await run(bytes);
        const spent = cpuMs() - started;
        if (run === bareText) bareSum += spent;
        else fullSum += spent;
      }
    }
    bare.push(bareSum);
    full.push(fullSum);
    const started = cpuMs();
    for (const t of texts) extractCase(t);
    pureExtract.push(cpuMs() - started);
  }
  const fullMs = median(full);
  const bareMs = median(bare);
  const pureMs = median(pureExtract);
  options.log(
    `extraction: ${pdfs.length} PDFs, ${pages} pages; full ${ms(fullMs)}, bare ${ms(bareMs)}, extractCase alone ${ms(pureMs)} CPU per round`,
  );
  const ratio = fullMs / bareMs;
  return [
    {
      measure: `extract overhead: full extract vs bare pdf-parse, CPU time (${pdfs.length} corpus PDFs, ${pages} pp, median of ${rounds})`,
      value: `${ms(fullMs)} (${(fullMs / pages).toFixed(2)} ms/page)`,
      reference: `${ms(bareMs)} (${(bareMs / pages).toFixed(2)} ms/page)`,
      ratio: times(ratio),
      goal: '≤ 1.10×',
      met: ratio <= 1.1,
      note: `extractCase alone (page texts → record) costs ${ms(pureMs)} CPU per round of ${pages} pages, ${((pureMs / bareMs) * 100).toFixed(1)} % of bare pdf-parse; CPU time, not wall, because the machine is shared`,
    },
  ];
}
