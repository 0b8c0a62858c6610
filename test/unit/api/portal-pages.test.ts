// The portal's pages parsed as a browser would (linkedom) and its SVG charts as strict XML: tests
// read elements and attributes, never the markup's text.
import { jsx } from 'hono/jsx';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildBodyPage, buildBodyRegister } from '../../../shared/feeds/body-register.ts';
import { summarizeSelection } from '../../../shared/feeds/case-aggregates.ts';
import { renderBodiesPage, renderBodyPage } from '../../../shared/portal/body-pages.tsx';
import { StanceBars, YearChart } from '../../../shared/portal/charts.tsx';
import { renderToString } from '../../../shared/portal/layout.tsx';
import { renderCasePage, renderHomePage } from '../../../shared/portal/pages.tsx';
import { parseXml, type XmlElement } from '../../support/parse-xml.ts';
import { makeRecord } from '../feeds/record-fixture.ts';

const documentOf = (html: string) => parseHTML(html).document;
const descendants = (e: XmlElement): XmlElement[] => e.children.flatMap((c) => [c, ...descendants(c)]);
const text = (e: { textContent: string | null } | null | undefined) =>
  (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('renderHomePage', () => {
  const record = makeRecord({ title: '<script>alert(1)</script> Parker' });

  it('returns a Swedish page with a labelled filter form, the cases as cards and both charts', () => {
    const doc = documentOf(
      renderHomePage({
        params: { q: 'park' },
        error: null,
        items: [record],
        next: '/?cursor=x',
        summary: summarizeSelection([record]),
        bodyNames: ['Farsta stadsdelsnämnd', 'Stadsledningskontoret'],
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
    const caseLink = doc.querySelector('.case-card a[href="/cases/stockholm-2017-000991"]');
    expect(caseLink?.textContent).toBe('<script>alert(1)</script> Parker');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(text(doc.querySelector('.case-card .meta'))).toBe('25 april 2018 · 2017/000991 · Utlåtande');
    const downloads = [...doc.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    expect(downloads).toContain('/v1/cases.csv?q=park&limit=1000');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/?cursor=x');
    expect(doc.querySelector('#chart-years-title')).not.toBeNull();
    expect(doc.querySelector('#chart-stances-title')).not.toBeNull();
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
  });

  it('returns the count with the right plural and the body names as suggestions', () => {
    const one = documentOf(
      renderHomePage({
        params: {},
        error: null,
        items: [record],
        next: null,
        summary: summarizeSelection([record]),
        bodyNames: ['Farsta stadsdelsnämnd', 'Stadsledningskontoret'],
      }),
    );
    const two = documentOf(
      renderHomePage({
        params: {},
        error: null,
        items: [],
        next: null,
        summary: summarizeSelection([record, record]),
      }),
    );

    expect(text(one.querySelector('#result-count'))).toBe('1 ärende (1 case)');
    expect(text(two.querySelector('#result-count'))).toBe('2 ärenden (2 cases)');
    expect(one.querySelector('#f-body')?.getAttribute('list')).toBe('body-names');
    expect([...one.querySelectorAll('#body-names option')].map((o) => o.getAttribute('value'))).toEqual([
      'Farsta stadsdelsnämnd',
      'Stadsledningskontoret',
    ]);
    expect(one.querySelector('#f-sort option[selected]')?.getAttribute('value')).toBe('updated');
  });

  it('returns a search hit with its matched words marked and a link to its PDF page', () => {
    const doc = documentOf(
      renderHomePage({
        params: { q: 'park' },
        error: null,
        items: [record],
        matches: new Map([
          [
            record.id,
            {
              snippet: '…nya parker <b>och</b> bänkar…',
              page: 3,
              document: 'a'.repeat(64),
              highlights: [{ start: 5, end: 11 }],
            },
          ],
        ]),
        next: null,
        summary: summarizeSelection([record]),
      }),
    );

    expect([...doc.querySelectorAll('.snippet mark')].map((m) => m.textContent)).toEqual(['parker']);
    expect(doc.querySelectorAll('.snippet b')).toHaveLength(0);
    expect(doc.querySelector('.snippet a.page-link')?.getAttribute('href')).toBe(
      `/v1/cases/stockholm-2017-000991/documents/${'a'.repeat(64)}#page=3`,
    );
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
  it('returns one block per consulted body with a stance label, dates, evidence and a link to the body', () => {
    const doc = documentOf(renderCasePage(makeRecord()));
    const blocks = [...doc.querySelectorAll('#consultations > li')];

    expect(blocks).toHaveLength(2);
    expect(text(blocks[0]?.querySelector('h3'))).toBe('Stadsledningskontoret');
    expect(blocks[0]?.querySelector('h3 a')?.getAttribute('href')).toBe(
      '/bodies/stockholm-stadsledningskontoret',
    );
    expect(text(blocks[0]?.querySelector('.meta'))).toBe('Förvaltning');
    expect(text(blocks[0]?.querySelector('.badge'))).toBe('✗ Avstyrker (opposes)');
    expect(text(blocks[0]?.querySelector('.dates'))).toBe('Yttrande 15 februari 2018');
    expect(blocks[0]?.querySelector('blockquote')?.textContent).toBe('avstyrker därmed förslaget');
    expect(text(blocks[1]?.querySelector('.meta'))).toBe('Stadsdelsnämnd');
    expect(doc.querySelector('a[type="application/pdf"]')?.getAttribute('href')).toBe(
      `/v1/cases/stockholm-2017-000991/documents/${'a'.repeat(64)}`,
    );
    const csv = doc.querySelector('a[href="/v1/cases/stockholm-2017-000991/consultations.csv"]');
    expect(csv?.hasAttribute('download')).toBe(true);
  });

  it('returns the signatories, proposedBy, labelled reservations and Swedish dates', () => {
    const doc = documentOf(
      renderCasePage(
        makeRecord({
          proposedBy: 'Kommunstyrelsen',
          signatories: ['Anna Berg', 'Karin Holm'],
          reservations: [{ kind: 'sarskilt_uttalande', parties: ['V'], names: [], in: 'Kommunstyrelsen' }],
          updatedAt: '2026-12-01T07:44:00.000Z',
        }),
      ),
    );
    const facts = Object.fromEntries(
      [...doc.querySelectorAll('dl.facts dt')].map((dt) => [
        text(dt)
          .slice(0, text(dt).length - text(dt.querySelector('.en')).length)
          .trim(),
        text(dt.nextElementSibling),
      ]),
    );

    expect(facts['Undertecknat av']).toBe('Anna Berg, Karin Holm');
    expect(facts['Föreslås av']).toBe('Kommunstyrelsen');
    expect(facts.Datum).toBe('25 april 2018');
    expect(facts['Ärendet gäller']).toBe('Motion · 2017:40');
    expect(text(doc.querySelector('#reservations li'))).toBe('Särskilt uttalande: V (Kommunstyrelsen)');
    expect(text(doc.querySelector('time'))).toBe('1 december 2026 kl. 08.44');
    expect(doc.body.textContent).not.toMatch(/sarskilt_uttalande|stadsdelsnamnd|\bnamnd\b|\bkontor\b/);
  });

  it('returns a withdrawal notice for a tombstone', () => {
    const doc = documentOf(renderCasePage(makeRecord({ deleted: true })));

    expect(doc.body.textContent).toContain('Ärendet har återkallats');
    expect(doc.querySelectorAll('#consultations > li')).toHaveLength(0);
  });
});

describe('the OCR badge', () => {
  const base = makeRecord().documents[0]!;
  const scanned = makeRecord({
    documents: [
      base,
      {
        ...base,
        sha256: 'b'.repeat(64),
        fileName: 'skannad.pdf',
        url: `/v1/cases/stockholm-2017-000991/documents/${'b'.repeat(64)}`,
        textSource: 'ocr',
        ocrConfidence: 0.94,
        ocrPages: [
          { page: 1, confidence: 0.95 },
          { page: 2, confidence: 0.93 },
        ],
      },
    ],
  });

  it('marks the document read by OCR on the case page with its confidence, and no other', () => {
    const doc = documentOf(renderCasePage(scanned));
    const items = [...doc.querySelectorAll('li')].filter((li) =>
      li.querySelector('a[type="application/pdf"]'),
    );

    const badges = items.map((li) => li.querySelector('.badge.ocr')?.textContent ?? null);

    expect(badges).toEqual([null, 'OCR · 94 %']);
  });

  it("names a mixed document's scanned pages", () => {
    const mixed = makeRecord({
      documents: [
        { ...base, textSource: 'mixed', ocrConfidence: 0.9, ocrPages: [{ page: 2, confidence: 0.9 }] },
      ],
    });

    expect(documentOf(renderCasePage(mixed)).querySelector('.badge.ocr')?.textContent).toBe(
      'OCR s. 2 · 90 %',
    );
  });

  it('shows in the case list on the card of a case with a scanned document only', () => {
    const doc = documentOf(
      renderHomePage({
        params: {},
        error: null,
        items: [scanned, makeRecord({ id: 'stockholm-2017-000992', diarienummer: '2017/000992' })],
        next: null,
        summary: summarizeSelection([scanned]),
      }),
    );
    const cards = [...doc.querySelectorAll('#case-list .case-card')];

    expect(cards.map((card) => card.querySelector('.badge.ocr')?.textContent ?? null)).toEqual([
      'OCR · 94 %',
      null,
    ]);
  });
});

describe('renderBodiesPage and renderBodyPage', () => {
  const records = [
    makeRecord(),
    makeRecord({
      id: 'stockholm-2019-000001',
      diarienummer: '2019/000001',
      date: '2019-05-02',
      consultations: [
        {
          body: 'Stadsledningskontoret',
          bodyType: 'kontor',
          stance: 'unclear',
          meetingDate: null,
          statementDate: '2019-04-01',
          evidence: 'SLK har synpunkter',
          page: 1,
          confidence: 0.4,
          corrected: [],
        },
      ],
    }),
  ];
  const register = buildBodyRegister(records);

  it('returns a card per body linking its page, with type and stance counts', () => {
    const doc = documentOf(renderBodiesPage(register));
    const cards = [...doc.querySelectorAll('#body-list > li')];

    expect(cards.map((c) => c.querySelector('a')?.getAttribute('href'))).toEqual([
      '/bodies/stockholm-stadsledningskontoret',
      '/bodies/stockholm-farsta-stadsdelsnamnd',
    ]);
    expect(text(cards[0]?.querySelector('.meta'))).toBe(
      'Förvaltning · Stockholms stad · 2 ärenden · svar 2018–2019',
    );
    expect([...(cards[0]?.querySelectorAll('.badge') ?? [])].map(text)).toEqual([
      '✗ Avstyrker ×1',
      '– Oklart ×1',
    ]);
  });

  it('returns a body page with its answers newest first and the unclear share', () => {
    const entry = register.find((b) => b.body === 'Stadsledningskontoret');
    if (!entry) throw new Error('no entry');
    const doc = documentOf(renderBodyPage(buildBodyPage(records, entry)));
    const answers = [...doc.querySelectorAll('#answers > li')];

    expect(answers.map((a) => a.querySelector('a')?.getAttribute('href'))).toEqual([
      '/cases/stockholm-2019-000001',
      '/cases/stockholm-2017-000991',
    ]);
    expect(text(doc.querySelector('#unread-share'))).toBe('50 % (1 oklara, 0 utan svar av 2 svar)');
    expect(doc.querySelector('#chart-body-years-title')).not.toBeNull();
  });
});

describe('YearChart', () => {
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

describe('StanceBars', () => {
  it('returns stacked segments per stance and a text legend', () => {
    const html = renderToString(
      jsx(StanceBars, {
        id: 'chart-x',
        title: 'Ställningstaganden',
        rows: [
          {
            label: 'Stadsledningskontoret',
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
    expect(doc.querySelector('#chart-x-title')?.textContent).toBe('Ställningstaganden');
    const legend = [...doc.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
    expect(legend).toEqual(expect.arrayContaining(['(supports)', '(opposes)']));
  });
});
