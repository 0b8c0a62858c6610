// A greyscale page image → Tesseract's lines and words with their boxes and confidences, through
// tesseract.js (Tesseract 5 compiled to wasm, LSTM engine, Swedish data from @tesseract.js-data/swe).
// The language data is read from disk (locateOcrRuntime); nothing is downloaded or cached to disk.
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrLine, OcrPageResult, PixelBox } from './ocr-page-text.ts';
import { OCR_LANGUAGE, type OcrRuntime } from './ocr-runtime.ts';

export interface OcrEngine {
  /** Reads one image (any format Leptonica reads; PGM here) rendered at `dpi`. */
  recognize(image: Uint8Array, dpi: number): Promise<OcrPageResult>;
  terminate(): Promise<void>;
}

const box = (b: { x0: number; y0: number; x1: number; y1: number }): PixelBox => ({
  x0: b.x0,
  y0: b.y0,
  x1: b.x1,
  y1: b.y1,
});

export async function createTesseractEngine(runtime: OcrRuntime): Promise<OcrEngine> {
  const worker: Worker = await createWorker(OCR_LANGUAGE, OEM.LSTM_ONLY, {
    langPath: runtime.langPath,
    gzip: true,
    // 'none': never write swe.traineddata into the working directory (read-only on Lambda)
    cacheMethod: 'none',
    ...(runtime.workerPath ? { workerPath: runtime.workerPath } : {}),
  });
  // PSM 3: Tesseract finds the columns and blocks itself; the layout code needs its line boxes
  await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
  let lastDpi = 0;
  return {
    async recognize(image, dpi) {
      // a PGM carries no resolution, and Tesseract guesses 70 dpi without one (its size filters
      // then throw away small print)
      const rounded = String(Math.round(dpi));
      if (Math.round(dpi) !== lastDpi) {
        await worker.setParameters({ user_defined_dpi: rounded });
        lastDpi = Math.round(dpi);
      }
      // rotateAuto: Tesseract measures the skew and reads a straightened image (boxes refer to it)
      const { data } = await worker.recognize(
        Buffer.from(image),
        { rotateAuto: true },
        { text: false, blocks: true },
      );
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            lines.push({
              box: box(line.bbox),
              baseline: box(line.baseline),
              rowHeight: line.rowAttributes?.rowHeight ?? 0,
              words: line.words.map((w) => ({ text: w.text, confidence: w.confidence, box: box(w.bbox) })),
            });
          }
        }
      }
      return { dpi, confidence: data.confidence, lines };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
