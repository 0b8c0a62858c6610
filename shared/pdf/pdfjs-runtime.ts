// Makes pdf.js loadable in Node and in a single-file bundle: the DOMMatrix stub first, then the
// worker module evaluated in-process (it registers globalThis.pdfjsWorker), so pdf.js never tries
// to load `pdf.worker.mjs` from a path that does not exist inside a bundle. The engine's built-ins
// are kept before pdf.js loads and put back after it (native-builtins.ts: its polyfills slow down
// the whole process).
import { restoreNativeBuiltins } from './native-builtins.ts';
import './dommatrix-stub.ts';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import 'pdfjs-dist/legacy/build/pdf.mjs';

restoreNativeBuiltins();
