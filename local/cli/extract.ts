// `npm run extract -- [--out DIR] FILE.pdf…`: pure extraction, no services. One case record per PDF
// as JSON Lines on stdout, or DIR/NAME.json for NAME.pdf (the layout the corpus scorer reads).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTRACTOR_VERSION, extractCase } from '../../shared/extraction/extract-case.ts';
import { extractText } from '../../shared/pdf/extract-text.ts';
import { PdfReadError } from '../../shared/pdf/pdf-errors.ts';

const USAGE = 'usage: npm run extract -- [--out DIR] FILE.pdf…';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.out) fs.mkdirSync(values.out, { recursive: true });
  let failures = 0;
  for (const file of positionals) {
    try {
      const { pages } = await extractText(fs.readFileSync(file));
      const { record, issues } = extractCase(pages);
      const output = {
        file: path.basename(file),
        ...record,
        extractor: { version: EXTRACTOR_VERSION, warnings: issues },
      };
      if (values.out) {
        const target = path.join(values.out, `${path.basename(file).replace(/\.pdf$/i, '')}.json`);
        fs.writeFileSync(target, `${JSON.stringify(output, null, 2)}\n`);
      } else {
        process.stdout.write(`${JSON.stringify(output)}\n`);
      }
    } catch (error) {
      failures++;
      const reason =
        error instanceof PdfReadError ? `${error.reason}: ${error.message}` : (error as Error).message;
      console.error(`${file}: ${reason}`);
    }
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
