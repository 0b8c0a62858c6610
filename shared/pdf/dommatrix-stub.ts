// pdf.js constructs a DOMMatrix when it loads, even to read text. Node has none, and the canvas
// package that provides one is a native module we do not ship to Lambda (ENGINEERING.md trap 1).
// Text extraction never uses the matrix's maths, so an empty class is enough. No imports: it must
// run before pdf.js is evaluated.
const scope = globalThis as { DOMMatrix?: unknown };
if (typeof scope.DOMMatrix === 'undefined') {
  scope.DOMMatrix = class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
  };
}
