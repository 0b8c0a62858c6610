// Text → text with every character XML 1.0 forbids removed (NUL, BEL and the other C0 controls but
// tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), so one stray byte in a PDF cannot make the Atom feed,
// the DCAT catalog or any XML a subscriber builds from the JSON ill-formed. Pure; never adds text.

/** Not an XML 1.0 `Char`; the `u` flag makes an unpaired surrogate one code point of its own. */
const XML_FORBIDDEN = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

export const hasXmlForbidden = (text: string): boolean => text.search(XML_FORBIDDEN) !== -1;

/** The same JSON-like value with stripXmlForbidden applied to every string in it (keys too). */
export function stripXmlForbiddenDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlForbidden(value) as T;
  if (Array.isArray(value)) return value.map(stripXmlForbiddenDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [stripXmlForbidden(k), stripXmlForbiddenDeep(v)]),
    ) as T;
  }
  return value;
}
