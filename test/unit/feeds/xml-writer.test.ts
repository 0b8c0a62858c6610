// The feeds' XML writer: what a strict parser reads back is what was written (every value escaped,
// forbidden characters dropped, tab/newline/CR kept), and the structure is the one built.
import { describe, expect, it } from 'vitest';
import { escapeXmlText, toXmlDocument, XmlElement } from '../../../shared/feeds/xml-writer.ts';
import { parseXml } from '../../support/parse-xml.ts';

const NS = 'urn:example:ns';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Text a caller might hand over, entity look-alikes and markup included. */
const TRICKY = [
  'Parker & <torg> "citat" \'apos\' ]]> > end',
  '&amp; &#38; &#x26; &lt; &x; &',
  'tab\there new\nline cr\rend',
  'å ä ö é 😀 \u{10FFFF} \uFFFD',
];

describe('XmlElement / toXmlDocument', () => {
  it('reads back every text and attribute value as written', () => {
    const root = new XmlElement('root', { xmlns: NS, 'xml:lang': 'sv' });
    TRICKY.forEach((value, i) => {
      root.ele('item', { n: String(i), value }).txt(value);
    });

    const parsed = parseXml(toXmlDocument(root));

    expect(parsed).toMatchObject({ ns: NS, name: 'root' });
    // a parser reads a CR (or CR LF) in text as a newline, as XML 1.0 §2.11 says
    expect(parsed.children.map((c) => c.text)).toEqual(TRICKY.map((t) => t.replace(/\r\n?/g, '\n')));
    // attribute values keep tab, newline and CR (written as character references)
    expect(parsed.children.map((c) => c.attributes.value)).toEqual(TRICKY);
    expect(parsed.children.map((c) => c.attributes.n)).toEqual(['0', '1', '2', '3']);
  });

  it('drops the characters XML 1.0 forbids, lone surrogates included, and keeps the rest', () => {
    const dirty = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uD800h\uDC00i\uFFFEj\uFFFFk😀';
    const root = new XmlElement('root', { value: dirty });
    root.ele('text').txt(dirty);

    const parsed = parseXml(toXmlDocument(root));

    expect(parsed.attributes.value).toBe('abcdefghijk😀');
    expect(parsed.children[0]?.text).toBe('abcdefghijk😀');
    expect(escapeXmlText('\u0001')).toBe('');
  });

  it('nests elements, keeps attribute order, and writes empty ones self-closed', () => {
    const root = new XmlElement('rdf:RDF', { 'xmlns:rdf': RDF, 'xmlns:ex': NS });
    const node = root.ele('ex:Thing').att('rdf:about', 'urn:a').att('ex:b', '1');
    node.ele('ex:label', { 'xml:lang': 'en' }).txt('A');
    node.ele('ex:empty');
    node.ele('ex:blank').txt('\u0001');

    const xml = toXmlDocument(root);
    const parsed = parseXml(xml);

    const thing = parsed.children[0];
    expect(thing).toMatchObject({ ns: NS, name: 'Thing', nsAttributes: { [`{${RDF}}about`]: 'urn:a' } });
    expect(thing?.children.map((c) => [c.name, c.text])).toEqual([
      ['label', 'A'],
      ['empty', ''],
      ['blank', ''],
    ]);
    // the declaration, then one element per line indented by depth (what a reader of the file sees)
    expect(xml.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      `<rdf:RDF xmlns:rdf="${RDF}" xmlns:ex="${NS}">`,
      '  <ex:Thing rdf:about="urn:a" ex:b="1">',
    ]);
    expect(xml.endsWith('</rdf:RDF>\n')).toBe(true);
  });

  it('refuses names that are not XML names and mixed content', () => {
    expect(() => new XmlElement('a b')).toThrow(/not an XML name/);
    expect(() => new XmlElement('a').att('1x', 'v')).toThrow(/not an XML name/);
    const withText = new XmlElement('a').txt('t');
    expect(() => withText.ele('b')).toThrow(/mix content/);
    const withChild = new XmlElement('a');
    withChild.ele('b');
    expect(() => withChild.txt('t')).toThrow(/mix content/);
  });
});
