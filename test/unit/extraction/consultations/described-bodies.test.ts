// Bodies a document names by what they are rather than by their name (sixth round): units of an
// office (`enheten`, `gruppen`), sectors named kind first, a county's region after a comma, and a
// body the list describes by its owner that its answer names properly. Each document is written
// for the test; none of the wording is taken from the corpus or a blind set.
import { describe, expect, it } from 'vitest';
import { readBodyList } from '../../../../shared/extraction/consultations/body-grammar.ts';
import { extractCase } from '../../../../shared/extraction/extract-case.ts';
import type { PositionedItem, PositionedPage } from '../../../../shared/pdf/positioned-text.ts';

const printed = (list: string) => readBodyList(list, () => false).names.map((n) => n.printed);

function tjansteskrivelse(text: string) {
  return extractCase([
    `NORRBY KOMMUN
Kommunstyrelsens förvaltning
Tjänsteskrivelse
2019-02-11
Dnr KS 2018/515

Till kommunstyrelsen

Svar på motion om fler busshållplatser

${text}`,
  ]).record.consultations;
}

describe('units of an office and sectors in a remiss list', () => {
  it('reads units and groups as bodies', () => {
    expect(printed('ekonomienheten, fritidsgruppen och socialnämnden')).toEqual([
      'ekonomienheten',
      'fritidsgruppen',
      'socialnämnden',
    ]);
  });

  it('keeps a unit with the office it belongs to as one name', () => {
    expect(printed('måltidsenheten vid omsorgsförvaltningen och tekniska nämnden')).toEqual([
      'måltidsenheten vid omsorgsförvaltningen',
      'tekniska nämnden',
    ]);
  });

  it('goes on with a sector named kind first over its bare nouns, commas and `och`', () => {
    expect(printed('sektor för vård och omsorg, sektor miljö, bygg och teknik samt socialnämnden')).toEqual([
      'sektor för vård och omsorg',
      'sektor miljö, bygg och teknik',
      'socialnämnden',
    ]);
  });

  it('keeps a region’s committee after a comma with the region', () => {
    expect(printed('Norrlandsregionen, kulturnämnden och Trafikverket')).toEqual([
      'Norrlandsregionen, kulturnämnden',
      'Trafikverket',
    ]);
  });

  it('takes a county’s region after a comma for the next organisation, a division for part of its authority', () => {
    expect(printed('Polismyndigheten, Region Dalarna och Trafikverket')).toEqual([
      'Polismyndigheten',
      'Region Dalarna',
      'Trafikverket',
    ]);
    expect(printed('Region Dalarna och Norrbyhem AB')).toEqual(['Region Dalarna', 'Norrbyhem AB']);
    expect(printed('Trafikverket, Region Mitt och Länsstyrelsen')).toEqual([
      'Trafikverket, Region Mitt',
      'Länsstyrelsen',
    ]);
  });
});

describe('a body the list describes takes the name its answer opens with', () => {
  it('names an owner’s group and a unit of an office by their answers', () => {
    const found = tjansteskrivelse(`Ärendet

Yttrande har begärts från tekniska nämnden, från kommunens trafikgrupp och från planenheten vid samhällsbyggnadsförvaltningen.

Tekniska nämnden tillstyrker motionen.

Trafikgruppen anser att två nya hållplatser behövs längs Kvarngatan och stöder därför motionen.

Planenheten avstyrker motionen, eftersom detaljplanen inte medger hållplatser på den sträckan.`);
    expect(found.map((c) => [c.body, c.stance])).toEqual([
      ['Tekniska nämnden', 'supports'],
      ['Trafikgruppen', 'supports'],
      ['Planenheten', 'opposes'],
    ]);
  });

  it('keeps the place that the answer adds to the name', () => {
    const found = tjansteskrivelse(`Ärendet

Motionen har remitterats till det lokala trygghetsrådet.

Trygghetsrådet i Norrby välkomnar motionen.`);
    expect(found.map((c) => [c.body, c.stance])).toEqual([['Trygghetsrådet i Norrby', 'supports']]);
  });
});

describe('who answered, in sentences around the list', () => {
  it('reads an adverbial before the verb in V2 order as no body', () => {
    const found = tjansteskrivelse(`Ärendet

Motionen har remitterats till tekniska nämnden och socialnämnden. Sammanfattningsvis har de svarat så här.

Tekniska nämnden tillstyrker motionen. Socialnämnden avstyrker den.`);
    expect(found.map((c) => c.body)).toEqual(['Tekniska nämnden', 'Socialnämnden']);
  });

  it('finds an organisation that answers after an apposition, or with its county', () => {
    const found = tjansteskrivelse(`Ärendet

Motionen har remitterats till tekniska nämnden.

Tekniska nämnden tillstyrker motionen.

Norrbyhem AB, som äger husen längs Kvarngatan, har meddelat att bolaget inte har några invändningar mot hållplatserna.

Polismyndigheten i Norrbottens län har inte tagit ställning i frågan.`);
    expect(found.map((c) => [c.body, c.stance])).toEqual([
      ['Tekniska nämnden', 'supports'],
      ['Norrbyhem AB', 'no_objection'],
      ['Polismyndigheten i Norrbottens län', 'no_position'],
    ]);
  });

  it('reads a verdict line naming a place’s organisation in the genitive', () => {
    const found = tjansteskrivelse(`Ärendet

Svaren i korthet:

– Tekniska nämnden: tillstyrker

– Norrbys kvinnojour: positiv`);
    expect(found.map((c) => [c.body, c.stance])).toEqual([
      ['Tekniska nämnden', 'supports'],
      ['Norrbys kvinnojour', 'supports'],
    ]);
  });

  it('keeps the place in the name of a body that answered unasked', () => {
    const found = tjansteskrivelse(`Ärendet

Motionen har remitterats till tekniska nämnden.

Tekniska nämnden tillstyrker motionen.

Utöver remissinstanserna har Cykelföreningen i Norrby hört av sig. Föreningen välkomnar motionen.`);
    expect(found.map((c) => [c.body, c.stance])).toEqual([
      ['Tekniska nämnden', 'supports'],
      ['Cykelföreningen i Norrby', 'supports'],
    ]);
  });
});

describe('a table of answers with sectors and other municipalities', () => {
  /** One printed line per entry; an array is a row of cells side by side. */
  function positioned(lines: (string | string[])[]): PositionedPage {
    const items: PositionedItem[] = lines.flatMap((line, row) =>
      (Array.isArray(line) ? line : [line]).map((str, col) => ({
        str,
        x: 60 + col * 260,
        y: 80 + row * 16,
        width: str.length * 5,
        size: 10,
        font: 'F1',
      })),
    );
    return { width: 595, height: 842, items };
  }

  it('reads a sector named kind first and a neighbouring municipality in the first cell', () => {
    const found = extractCase([
      positioned([
        'NORRBY KOMMUN',
        'Kommunstyrelsens förvaltning',
        'Tjänsteskrivelse',
        '2019-02-11',
        'Dnr KS 2018/515',
        'Till kommunstyrelsen',
        'Remissammanställning för cykelplan',
        'Planen har varit ute på remiss. Svaren framgår av tabellen.',
        ['Remissinstans', 'Ställningstagande'],
        ['Sektor vård och omsorg', 'Positivt'],
        ['Västerby kommun', 'Inga synpunkter'],
      ]),
    ]).record.consultations;
    expect(found.map((c) => c.body)).toEqual(['Sektor vård och omsorg', 'Västerby kommun']);
  });
});

describe('a remiss list after a fronted participle and its copula', () => {
  it.each([
    ['Beredda tillfälle att yttra sig var tekniska nämnden, socialnämnden och Norrbyhem AB.'],
    ['Tillfrågade har varit tekniska nämnden, socialnämnden och Norrbyhem AB.'],
  ])('reads the bodies after the copula (%s)', (sentence) => {
    const found = tjansteskrivelse(`Ärendet

${sentence}

Tekniska nämnden tillstyrker motionen.`);
    expect(found.map((c) => c.body)).toEqual(['Tekniska nämnden', 'Socialnämnden', 'Norrbyhem AB']);
  });
});
