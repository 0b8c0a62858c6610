import { describe, expect, it } from 'vitest';
import { summarizeSelection } from '../../../shared/feeds/case-aggregates.ts';
import { renderStanceChart, renderYearChart } from '../../../shared/portal/charts.ts';
import { renderCasePage, renderHomePage } from '../../../shared/portal/pages.ts';
import { makeRecord } from '../feeds/record-fixture.ts';

describe('renderHomePage', () => {
  const record = makeRecord({ title: '<script>alert(1)</script> Parker' });

  it('returns a Swedish page with a labelled filter form, the cases and both charts', () => {
    const html = renderHomePage({
      params: { q: 'park' },
      error: null,
      items: [record],
      next: '/?cursor=x',
      summary: summarizeSelection([record]),
    });

    expect(html).toContain('<html lang="sv">');
    expect(html).toMatch(/<label for="f-q">/);
    expect(html).toContain('id="f-q" name="q" type="search" value="park"');
    expect(html).toContain('href="/cases/stockholm-2017-000991"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/v1/cases.csv?q=park&amp;limit=1000"');
    expect(html).toContain('rel="next" href="/?cursor=x"');
    expect(html).toContain('<title id="chart-years-title">');
    expect(html).toContain('<title id="chart-stances-title">');
  });

  it('returns the error message when a filter is bad', () => {
    const html = renderHomePage({
      params: { from: 'x' },
      error: 'parameter from: bad',
      items: [],
      next: null,
      summary: summarizeSelection([]),
    });

    expect(html).toContain('role="alert"');
    expect(html).toContain('parameter from: bad');
  });
});

describe('renderCasePage', () => {
  it('returns the consultations table with text stance labels, evidence and the PDF link', () => {
    const html = renderCasePage(makeRecord());

    expect(html).toContain('Avstyrker <span class="en" lang="en">(opposes)</span>');
    expect(html).toContain('<blockquote>avstyrker därmed förslaget</blockquote>');
    expect(html).toContain(`href="/v1/cases/stockholm-2017-000991/documents/${'a'.repeat(64)}"`);
    expect(html).toContain('href="/v1/cases/stockholm-2017-000991/consultations.csv"');
  });

  it('returns a withdrawal notice for a tombstone', () => {
    expect(renderCasePage(makeRecord({ deleted: true }))).toContain('Ärendet har återkallats');
  });
});

describe('renderYearChart', () => {
  it('returns an SVG with a bar and a text label per year', () => {
    const svg = renderYearChart([
      { year: '2018', cases: 2 },
      { year: '2019', cases: 1 },
    ]);

    expect(svg).toMatch(/^<svg role="img"/);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('>2018</text>');
  });
});

describe('renderStanceChart', () => {
  it('returns stacked segments per stance and a text legend', () => {
    const svg = renderStanceChart([
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
    ]);

    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('Tillstyrker <span class="en" lang="en">(supports)</span>');
    expect(svg).toContain('Avstyrker <span class="en" lang="en">(opposes)</span>');
  });
});
