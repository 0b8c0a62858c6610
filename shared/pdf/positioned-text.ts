// The shape of a page's text as it sits on the page: runs of text with their position, size and
// font, as pdf.js's getTextContent (or an OCR engine) reports them. Plain data, no pdf.js types, so
// it crosses worker threads and the extraction core can read it without knowing where it came from.

/** One run of text in one font on one baseline. Coordinates in PDF points, origin top-left. */
export interface PositionedItem {
  str: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline, measured from the top of the page (grows downwards). */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** An opaque font key: equal keys mean the same font within one document. */
  font: string;
}

export interface PositionedPage {
  width: number;
  height: number;
  items: PositionedItem[];
}

/** True for a page given as positioned runs rather than as a plain string. */
export function isPositionedPage(page: unknown): page is PositionedPage {
  return (
    typeof page === 'object' &&
    page !== null &&
    Array.isArray((page as PositionedPage).items) &&
    typeof (page as PositionedPage).width === 'number' &&
    typeof (page as PositionedPage).height === 'number'
  );
}
