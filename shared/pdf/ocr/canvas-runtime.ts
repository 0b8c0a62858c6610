// Makes pdf.js able to *render* in Node: the real DOMMatrix, Path2D and ImageData of @napi-rs/canvas,
// set over the text-only DOMMatrix stub (../dommatrix-stub.ts) if that was loaded first. pdf.js looks
// these globals up when it draws, so setting them any time before the first render is enough. Only
// the OCR code imports this: the ingest function's bundle ships no native module (ENGINEERING.md 1).
import { DOMMatrix, ImageData, Path2D } from '@napi-rs/canvas';

const scope = globalThis as Record<string, unknown>;
scope.DOMMatrix = DOMMatrix;
scope.Path2D = Path2D;
scope.ImageData = ImageData;
