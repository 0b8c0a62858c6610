// The portal's pages parsed as a browser would (linkedom) and its SVG charts as strict XML: tests
// read elements and attributes, never the markup's text.
import { jsx } from 'hono/jsx';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { summarizeSelection } from '../../../shared/feeds/case-aggregates.ts';
import { StanceChart, YearChart } from '../../../shared/portal/charts.tsx';
import { renderToString } from '../../../shared/portal/layout.tsx';
import { renderCasePage, renderHomePage } from '../../../shared/portal/pages.tsx';
import { parseXml, type XmlElement } from '../../support/parse-xml.ts';
import { makeRecord } from '../feeds/record-fixture.ts';

const documentOf = (html: string) => parseHTML(html).document;
const descendants = (e: XmlElement): XmlElement[] => e.children.flatMap((c) => [c, ...descendants(c)]);

describe('renderHomePage', () => {
  const record = makeRecord({ title: '<script>alert(1)</script> Parker' });

  it('returns a Swedish page with a labelled filter form, the cases and both charts', () => {
    const doc = documentOf(
      renderHomePage({
        params: { q: 'park' },
        error: null,
        items: [record],
        next: '/?cursor=x',
        summary: summarizeSelection([record]),
      }),
    );
    const search = doc.querySelector('#f-q');

    expect(doc.documentElement.getAttribute('lang')).toBe('sv');
    expect(doc.querySelector('label[for="f-q"]')).not.toBeNull();
    expect([
      search?.getAttribute('name'),
      search?.getAttribute('type'),
      search?.getAttribute('value'),
    ]).toEqual(['q', 'search', 'park']);
    const caseLink = doc.querySelector('a[href="/cases/stockholm-2017-000991"]');
    expect(caseLink?.textContent).toBe('<script>alert(1)</script> Parker');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const downloads = [...doc.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(downloads).toContain('/v1/cases.csv?q=park&limit=1000');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/?cursor=x');
    expect(doc.querySelector('#chart-years-title')).not.toBeNull();
    expect(doc.querySelector('#chart-stances-title')).not.toBeNull();
  });

  it('returns the error message in an alert when a filter is bad', () => {
    const doc = documentOf(
      renderHomePage({
        params: { from: 'x' },
        error: 'parameter from: bad',
        items: [],
        next: null,
        summary: summarizeSelection([]),
      }),
    );

    expect(doc.querySelector('[role="alert"]')?.textContent).toContain('parameter from: bad');
  });
});

describe('renderCasePage', () => {
  it('returns the consultations table with text stance labels, evidence and the PDF link', () => {
    const doc = documentOf(renderCasePage(makeRecord()));
    const rows = [...doc.querySelectorAll('#consultations tbody tr')];

    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toMatch(/Stadsledningskontoret[\s\S]*Avstyrker/);
    expect(rows[0]?.querySelector('[lang="en"]')?.textContent).toBe('(opposes)');
    expect(rows[0]?.querySelector('blockquote')?.textContent).toBe('avstyrker därmed förslaget');
    expect(doc.querySelector('a[type="application/pdf"]')?.getAttribute('href')).toBe(
      `/v1/cases/stockholm-2017-000991/documents/${'a'.repeat(64)}`,
    );
    const csv = doc.querySelector('a[href="/v1/cases/stockholm-2017-000991/consultations.csv"]');
    expect(csv?.hasAttribute('download')).toBe(true);
  });

  it('returns a withdrawal notice for a tombstone', () => {
    const doc = documentOf(renderCasePage(makeRecord({ deleted: true })));

    expect(doc.body.textContent).toContain('Ärendet har återkallats');
    expect(doc.querySelectorAll('#consultations tbody tr')).toHaveLength(0);
  });
});

describe('renderYearChart', () => {
  it('returns an SVG image with a bar and a text label per year', () => {
    const svg = parseXml(
      renderToString(
        jsx(YearChart, {
          years: [
            { year: '2018', cases: 2 },
            { year: '2019', cases: 1 },
          ],
        }),
      ),
    );
    const all = descendants(svg);

    expect(svg.name).toBe('svg');
    expect(svg.attributes.role).toBe('img');
    expect(all.filter((e) => e.name === 'rect')).toHaveLength(2);
    expect(all.filter((e) => e.name === 'text').map((e) => e.text)).toEqual(
      expect.arrayContaining(['2018', '2019']),
    );
  });
});

describe('renderStanceChart', () => {
  it('returns stacked segments per stance and a text legend', () => {
    const html = renderToString(
      jsx(StanceChart, {
        bodies: [
          {
            body: 'Stadsledningskontoret',
            bodyType: 'kontor',
            cases: 3,
            stances: {
              supports: 1,
              opposes: 2,
              partly: 0,
              no_position: 0,
              no_response: 0,
              no_objection: 0,
              unclear: 0,
              unknown: 0,
            },
          },
        ],
      }),
    );
    const doc = documentOf(`<!doctype html><html><body>${html}</body></html>`);

    expect(doc.querySelectorAll('svg rect')).toHaveLength(2);
    const legend = [...doc.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(legend).toEqual(expect.arrayContaining(['(supports)', '(opposes)']));
  });
});
