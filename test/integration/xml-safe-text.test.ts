// A PDF whose text holds characters XML forbids (NUL, BEL, ESC, U+FFFE) as a subscriber meets it:
// the case publishes without them, and the Atom feed and the DCAT catalog stay well-formed XML.
import { describe, expect, it } from 'vitest';
import { ATOM_NS } from '../../shared/feeds/atom.ts';
import { hasXmlForbidden } from '../../shared/model/xml-chars.ts';
import { utlatandePdf } from '../fixtures/hostile/text-pdf.ts';
import { api, uploadBytes, waitForIngest } from '../support/local-client.ts';
import { childOf, childrenOf, parseXml } from '../support/parse-xml.ts';
import { getJson, uniqueWord } from './feed-support.ts';

const collectStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(collectStrings)
      : [];

describe('a PDF with control characters in its text', () => {
  it('returns a published case without them and a well-formed Atom feed', async () => {
    const word = uniqueWord('ctl');
    const diarienummer = `2094/${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    // the font's ToUnicode map makes these WinAnsi codes extract as BEL, NUL, ESC and U+FFFE
    const toUnicode = new Map([
      [0x80, '\u0007'],
      [0x99, '\u0000'],
      [0xa4, '\u001b'],
      [0xae, '\ufffe'],
    ]);
    const title = `Motion om \u0080parker\u0099 och \u00a4torg\u00ae ${word}`;
    const pdf = utlatandePdf({ diarienummer, title, toUnicode });

    const ingest = await waitForIngest(await uploadBytes('styrtecken.pdf', pdf));
    const record = await getJson<Record<string, unknown>>(`/v1/cases/${ingest.caseId}`);
    const atom = await api(`/v1/cases.atom?q=${word}`);
    const feed = parseXml(await atom.text());

    expect(ingest.status).toBe('published');
    expect(record.title).toBe(`Motion om parker och torg ${word}`);
    expect(collectStrings(record).filter(hasXmlForbidden)).toEqual([]);
    const [entry] = childrenOf(feed, ATOM_NS, 'entry');
    expect(entry && childOf(entry, ATOM_NS, 'title').text).toBe(`Motion om parker och torg ${word}`);
  });
});
