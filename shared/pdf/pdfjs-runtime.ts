// Makes pdf.js loadable in Node and in a single-file bundle: the DOMMatrix stub first, then the
// worker module evaluated in-process (it registers globalThis.pdfjsWorker), so pdf.js never tries
// to load `pdf.worker.mjs` from a path that does not exist inside a bundle.
import './dommatrix-stub.ts';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
