// A small XML writer for the documents the feeds build (Atom, DCAT RDF/XML): elements with
// attributes and either child elements or text, pretty-printed with two-space indents. Every text
// and attribute value is escaped, and characters XML 1.0 forbids (C0 controls but tab, newline and
// carriage return; lone surrogates; U+FFFE, U+FFFF) are dropped, as the records may hold them.
// Replaces xmlbuilder2 (~0.3 MB with its DOM in the API bundle) with the same output, except that
// it escapes every `&` (xmlbuilder2 leaves `&amp;`, `&#38;` and `&x;` as they are, which changes
// or breaks what a parser reads) and writes tab, newline and carriage return in attribute values as
// character references (a parser would otherwise read them as spaces).

/** Any character XML 1.0 does not allow, a lone surrogate included (the `u` flag sees pairs whole). */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export const escapeXmlText = (text: string): string =>
  text.replace(FORBIDDEN, '').replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);

export const escapeXmlAttribute = (value: string): string =>
  value.replace(FORBIDDEN, '').replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

/** XML names are the code's own constants; a wrong one is a bug, not input to clean. */
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

export class XmlElement {
  private readonly attributes: [string, string][] = [];
  private readonly children: XmlElement[] = [];
  private text = '';

  constructor(
    readonly name: string,
    attributes: Readonly<Record<string, string>> = {},
  ) {
    if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
    for (const [key, value] of Object.entries(attributes)) this.att(key, value);
  }

  /** Appends a child element and returns it. */
  ele(name: string, attributes: Readonly<Record<string, string>> = {}): XmlElement {
    if (this.text) throw new Error(`<${this.name}> has text; this writer does not mix content`);
    const child = new XmlElement(name, attributes);
    this.children.push(child);
    return child;
  }

  /** Sets an attribute (in the order first set) and returns this element. */
  att(name: string, value: string): this {
    if (!NAME.test(name)) throw new Error(`not an XML name: ${name}`);
    const existing = this.attributes.find(([key]) => key === name);
    if (existing) existing[1] = value;
    else this.attributes.push([name, value]);
    return this;
  }

  /** Appends text and returns this element. */
  txt(text: string): this {
    if (this.children.length)
      throw new Error(`<${this.name}> has elements; this writer does not mix content`);
    this.text += text;
    return this;
  }

  /** This element and everything in it, starting at `depth` indents, each line ending in a newline. */
  write(out: string[], depth: number): void {
    const indent = '  '.repeat(depth);
    const attributes = this.attributes
      .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
      .join('');
    const text = escapeXmlText(this.text);
    if (this.children.length) {
      out.push(`${indent}<${this.name}${attributes}>\n`);
      for (const child of this.children) child.write(out, depth + 1);
      out.push(`${indent}</${this.name}>\n`);
    } else if (text) out.push(`${indent}<${this.name}${attributes}>${text}</${this.name}>\n`);
    else out.push(`${indent}<${this.name}${attributes}/>\n`);
  }
}

/** The document: an XML 1.0 declaration (UTF-8) and the root element, pretty-printed. */
export function toXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  root.write(out, 0);
  return out.join('');
}
