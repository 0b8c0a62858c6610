import { describe, expect, it } from 'vitest';
import { toAtomFeed } from '../../../shared/feeds/atom.ts';
import { makeRecord } from './record-fixture.ts';

describe('toAtomFeed', () => {
  const options = {
    baseUrl: 'https://data.example.se',
    selfUrl: 'https://data.example.se/v1/cases.atom?q=a',
    nextUrl: 'https://data.example.se/v1/cases.atom?q=a&cursor=x',
    now: '2026-03-01T00:00:00.000Z',
  };

  it('returns one entry per case with escaped text and links to the portal and JSON', () => {
    const feed = toAtomFeed([makeRecord({ title: 'Parker & <torg>' })], options);

    expect(feed).toContain('<title>Parker &amp; &lt;torg&gt;</title>');
    expect(feed).toContain('<id>https://data.example.se/v1/cases/stockholm-2017-000991</id>');
    expect(feed).toContain('href="https://data.example.se/cases/stockholm-2017-000991"');
    expect(feed).toContain('Stadsledningskontoret (Avstyrker)');
    expect(feed).toContain(
      '<link rel="next" type="application/atom+xml" href="https://data.example.se/v1/cases.atom?q=a&amp;cursor=x"/>',
    );
    expect(feed).toContain('<updated>2026-01-01T00:00:00.000Z</updated>');
  });

  it('returns an empty feed updated now when there are no cases', () => {
    const feed = toAtomFeed([], { ...options, nextUrl: null });

    expect(feed).not.toContain('<entry>');
    expect(feed).not.toContain('rel="next"');
    expect(feed).toContain('<updated>2026-03-01T00:00:00.000Z</updated>');
  });
});
