// Where the OCR engine's files are: the Swedish language data, Tesseract's worker script and wasm, and
// pdf.js's image decoders. In the OCR function's bundle they sit in `ocr-runtime/` beside the bundle
// file (cdk/constructs/ocr-pipeline.ts puts them there); from sources they come from node_modules.
// Nothing is ever fetched: a missing file is an error at start, not a download.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OCR_BUNDLE_FILES } from '../../config.ts';

const { dir: OCR_RUNTIME_DIR, tesseractWorker: TESSERACT_WORKER_FILE } = OCR_BUNDLE_FILES;
/** The language: Swedish, LSTM "best" model quantised to integers (the package's LSTM-only data). */
export const OCR_LANGUAGE = OCR_BUNDLE_FILES.language;
const LANGUAGE_DATA_FILE = `${OCR_LANGUAGE}.traineddata.gz`;

export interface OcrRuntime {
  /** Directory holding `swe.traineddata.gz`. */
  langPath: string;
  /** Tesseract's worker script; undefined: tesseract.js's own (from node_modules). */
  workerPath: string | undefined;
  /** pdf.js's wasm decoders (JPEG 2000, ICC), with a trailing slash as pdf.js wants it. */
  pdfjsWasmDir: string;
}

let cached: OcrRuntime | undefined;

export function locateOcrRuntime(): OcrRuntime {
  cached ??= findRuntime();
  return cached;
}

function findRuntime(): OcrRuntime {
  const shipped = fileURLToPath(new URL(`./${OCR_RUNTIME_DIR}/`, import.meta.url));
  if (fs.existsSync(path.join(shipped, TESSERACT_WORKER_FILE))) {
    return {
      langPath: shipped,
      workerPath: path.join(shipped, TESSERACT_WORKER_FILE),
      pdfjsWasmDir: shipped,
    };
  }
  const require = createRequire(import.meta.url);
  const langPath = path.join(
    path.dirname(require.resolve('@tesseract.js-data/swe')),
    OCR_BUNDLE_FILES.languageDataVariant,
  );
  const pdfjsWasmDir = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'wasm')}${path.sep}`;
  if (!fs.existsSync(path.join(langPath, LANGUAGE_DATA_FILE)))
    throw new Error(`the OCR language data is missing: ${path.join(langPath, LANGUAGE_DATA_FILE)}`);
  return { langPath, workerPath: undefined, pdfjsWasmDir };
}
