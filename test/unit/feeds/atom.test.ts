import { describe, expect, it } from 'vitest';
import { ATOM_NS, toAtomFeed } from '../../../shared/feeds/atom.ts';
import { childOf, childrenOf, parseXml } from '../../support/parse-xml.ts';
import { makeRecord } from './record-fixture.ts';

const options = {
  baseUrl: 'https://data.example.se',
  selfUrl: 'https://data.example.se/v1/cases.atom?q=a',
  nextUrl: 'https://data.example.se/v1/cases.atom?q=a&cursor=x',
  now: '2026-03-01T00:00:00.000Z',
};
const text = (element: ReturnType<typeof parseXml>, name: string) => childOf(element, ATOM_NS, name).text;
const links = (element: ReturnType<typeof parseXml>) =>
  childrenOf(element, ATOM_NS, 'link').map((l) => l.attributes);

describe('toAtomFeed', () => {
  it('returns an Atom feed with one entry per case linking to the portal and the JSON', () => {
    const feed = parseXml(toAtomFeed([makeRecord({ title: 'Parker & <torg>' })], options));
    const [entry] = childrenOf(feed, ATOM_NS, 'entry');

    expect(feed).toMatchObject({ ns: ATOM_NS, name: 'feed' });
    expect(text(feed, 'updated')).toBe('2026-01-01T00:00:00.000Z');
    expect(links(feed)).toContainEqual({ rel: 'next', type: 'application/atom+xml', href: options.nextUrl });
    expect(links(feed)).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: options.selfUrl });
    expect(entry && text(entry, 'title')).toBe('Parker & <torg>');
    expect(entry && text(entry, 'id')).toBe('https://data.example.se/v1/cases/stockholm-2017-000991');
    expect(entry && links(entry)).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://data.example.se/cases/stockholm-2017-000991' },
      {
        rel: 'alternate',
        type: 'application/json',
        href: 'https://data.example.se/v1/cases/stockholm-2017-000991',
      },
    ]);
    expect(entry && text(entry, 'summary')).toContain('Stadsledningskontoret (Avstyrker)');
  });

  it('returns an empty feed updated now, without a next link, when there are no cases', () => {
    const feed = parseXml(toAtomFeed([], { ...options, nextUrl: null }));

    expect(childrenOf(feed, ATOM_NS, 'entry')).toEqual([]);
    expect(links(feed).map((l) => l.rel)).toEqual(['self', 'alternate']);
    expect(text(feed, 'updated')).toBe('2026-03-01T00:00:00.000Z');
  });

  it('returns well-formed XML when a stored record still holds XML-forbidden characters', () => {
    const record = makeRecord({ title: 'Park\u0000er\u0007 i \uFFFEstaden\uD800' });

    const feed = parseXml(toAtomFeed([record], options));

    expect(text(childOf(feed, ATOM_NS, 'entry'), 'title')).toBe('Parker i staden');
  });
});
