import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../../shared/extraction/extract-case.ts';
import {
  bodyTypeOf,
  findMunicipalityInHeader,
  isAcronymOf,
  type Municipality,
  municipalityNamed,
  officeNames,
  resolveArea,
  resolveBody,
  UNKNOWN_MUNICIPALITY,
} from '../../../../shared/extraction/municipalities/registry.ts';

function registered(name: string): Municipality {
  const m = municipalityNamed(name);
  if (!m) throw new Error(`${name} is not in the registry`);
  return m;
}
const STOCKHOLM = registered('Stockholms stad');
const GOTEBORG = registered('Göteborgs Stad');
const MALMO = registered('Malmö stad');
const UPPSALA = registered('Uppsala kommun');
const LUND = registered('Lunds kommun');

describe('resolveArea', () => {
  it.each([
    // before the 2007 mergers: Rinkeby and Kista were separate districts
    ['Rinkeby', 2005, 'Rinkeby stadsdelsnämnd'],
    ['Kista', 2005, 'Kista stadsdelsnämnd'],
    ['Rinkebys', 2003, 'Rinkeby stadsdelsnämnd'],
    ['Rinkeby-Kista', 2010, 'Rinkeby-Kista stadsdelsnämnd'],
    ['Hägersten', 2005, 'Hägerstens stadsdelsnämnd'],
    ['Enskede', 2003, 'Enskede-Årsta stadsdelsnämnd'],
    // 1997–1998: the twenty-four districts
    ['Vällingby', 1998, 'Vällingby stadsdelsnämnd'],
    ['Hässelby', 1997, 'Hässelby stadsdelsnämnd'],
    ['Hässelby-Vällingby', 2001, 'Hässelby-Vällingby stadsdelsnämnd'],
    ['Maria-Gamla stan', 2002, 'Maria-Gamla stans stadsdelsnämnd'],
    ['Katarina-Sofia', 2005, 'Katarina-Sofia stadsdelsnämnd'],
    // 2007–2019
    ['Hägersten-Liljeholmen', 2015, 'Hägersten-Liljeholmens stadsdelsnämnd'],
    ['Älvsjö', 2015, 'Älvsjö stadsdelsnämnd'],
    ['Enskede-Årsta-Vantör', 2012, 'Enskede-Årsta-Vantörs stadsdelsnämnd'],
    ['Årsta', 2012, 'Enskede-Årsta-Vantörs stadsdelsnämnd'],
    ['Spånga', 2015, 'Spånga-Tensta stadsdelsnämnd'],
    ['Hässelby', 2015, 'Hässelby-Vällingby stadsdelsnämnd'],
    // 2020: Hägersten-Älvsjö; July 2023: Järva and Norra innerstaden
    ['Hägersten-Älvsjö', 2021, 'Hägersten-Älvsjö stadsdelsnämnd'],
    ['Norrmalm', 2022, 'Norrmalms stadsdelsnämnd'],
    ['Järva', 2024, 'Järva stadsdelsnämnd'],
    ['Norra innerstaden', 2024, 'Norra innerstadens stadsdelsnämnd'],
  ])('names the Stockholm district %s in %i %s', (area, year, name) => {
    const body = resolveArea(STOCKHOLM, area, 'stadsdelsnämnd', year);
    expect(body.name).toBe(name);
    expect(body.type).toBe('stadsdelsnamnd');
  });

  it('gives a district the forms it is called by in running text', () => {
    const { aliases } = resolveArea(STOCKHOLM, 'Skarpnäck', 'stadsdelsnämnd', 2019);
    expect(aliases).toEqual(
      expect.arrayContaining([
        'skarpnäcks stadsdelsnämnd',
        'skarpnäcks stadsdelsförvaltning',
        'stadsdelsnämnden i skarpnäck',
        'stadsdelsnämnden skarpnäck',
      ]),
    );
  });

  it.each([
    [GOTEBORG, 'Angered', 'stadsdelsnämnd', 2015, 'Stadsdelsnämnden Angered'],
    [GOTEBORG, 'Majorna-Linné', 'stadsdelsnämnd', 2016, 'Stadsdelsnämnden Majorna-Linné'],
    [MALMO, 'Norr', 'stadsområdesnämnd', 2015, 'Stadsområdesnämnd Norr'],
    [LUND, 'Lunds öster', 'barn- och skolnämnd', 2010, 'Barn- och skolnämnd Lunds öster'],
  ])('names an area committee of %s the way that municipality does', (m, area, kind, year, name) => {
    expect(resolveArea(m, area, kind, year).name).toBe(name);
  });

  it.each([
    // places take the genitive (none after a vowel); compass and centre names take the head first
    ['Ås', 'stadsdelsnämnd', 'Ås stadsdelsnämnd', 'stadsdelsnamnd'],
    ['Backa', 'stadsdelsnämnd', 'Backa stadsdelsnämnd', 'stadsdelsnamnd'],
    ['Kortedala', 'stadsdelsnämnd', 'Kortedala stadsdelsnämnd', 'stadsdelsnamnd'],
    ['Hisingsbacken', 'stadsdelsnämnd', 'Hisingsbackens stadsdelsnämnd', 'stadsdelsnamnd'],
    ['Centrum', 'kommundelsnämnd', 'Kommundelsnämnden Centrum', 'stadsdelsnamnd'],
    ['Väster', 'stadsdelsnämnd', 'Stadsdelsnämnden Väster', 'stadsdelsnamnd'],
  ])('names an area outside the registry: %s', (area, kind, name, type) => {
    expect(resolveArea(UNKNOWN_MUNICIPALITY, area, kind, 2015)).toMatchObject({ name, type });
  });
});

describe('resolveBody', () => {
  it.each([
    ['trafiknämnden', 2003, 'Trafiknämnden'],
    ['trafiknämnden', 2010, 'Trafik- och renhållningsnämnden'],
    ['trafiknämnden', 2016, 'Trafiknämnden'],
    ['Socialtjänstnämnden', 2003, 'Socialtjänstnämnden'],
    ['socialnämnden', 2016, 'Socialnämnden'],
    ['handikapprådet', 2008, 'Kommunstyrelsens handikappråd'],
    ['handikapprådet', 2015, 'Kommunstyrelsens råd för funktionshinderfrågor'],
    ['Stockholm Vatten', 2015, 'Stockholm Vatten AB'],
    ['Stockholm vatten och avfall', 2019, 'Stockholm Vatten och Avfall AB'],
    ['stadsmissionen', 2019, 'Stockholms Stadsmission'],
  ])('names the Stockholm body printed %j in %i %s', (printed, year, name) => {
    expect(resolveBody(STOCKHOLM, printed, year).name).toBe(name);
  });

  it.each([
    ['Stadsdelsnämnden i Farsta', 2019, 'Farsta stadsdelsnämnd'],
    ['Kista stadsdelsnämnd', 2005, 'Kista stadsdelsnämnd'],
    ['Rinkebys stadsdelsnämnd', 2004, 'Rinkeby stadsdelsnämnd'],
    ['Hägersten-Älvsjö stadsdelsförvaltning', 2022, 'Hägersten-Älvsjö stadsdelsnämnd'],
    ['Kungsholmens stadsdelsförvaltning', 2015, 'Kungsholmens stadsdelsnämnd'],
  ])('names a district body printed %j in %i by its committee', (printed, year, name) => {
    expect(resolveBody(STOCKHOLM, printed, year)).toMatchObject({ name, type: 'stadsdelsnamnd' });
  });

  it.each([
    ['kpr', 'Kommunstyrelsens pensionärsråd', 'rad'],
    ['Kommunstyrelsens pensionärsråd (KPR)', 'Kommunstyrelsens pensionärsråd', 'rad'],
    ['SISAB', 'Skolfastigheter i Stockholm AB', 'bolag'],
    ['Plan- och byggnadsnämnden (PBN)', 'Plan- och byggnadsnämnden', 'namnd'],
  ])('reads an acronym %j as the body it stands for', (printed, name, type) => {
    expect(resolveBody(STOCKHOLM, printed, 2019)).toMatchObject({ name, type });
  });

  it('keeps a company group with the subsidiary it answers through, and both parts as aliases', () => {
    const body = resolveBody(STOCKHOLM, 'Stockholms Stadshus AB (SISAB)', 2019);
    expect(body.name).toBe('Stockholms Stadshus AB (SISAB)');
    expect(body.type).toBe('bolag');
    expect(body.aliases).toEqual(expect.arrayContaining(['stockholms stadshus ab', 'sisab']));
  });

  it('keeps an organisation and its unit as printed, each part an alias', () => {
    const body = resolveBody(STOCKHOLM, 'Region Stockholm (trafikförvaltningen)', 2019);
    expect(body).toMatchObject({ name: 'Region Stockholm (trafikförvaltningen)', type: 'extern' });
    expect(body.aliases).toEqual(expect.arrayContaining(['region stockholm', 'trafikförvaltningen']));
  });

  it.each([
    [UPPSALA, 'KPR', 'Kommunala pensionärsrådet'],
    [
      registered('Huddinge kommun'),
      'Södertörns brandförsvarsförbund (SBFF)',
      'Södertörns brandförsvarsförbund',
    ],
    [MALMO, 'MKB', 'MKB Fastighets AB'],
    [GOTEBORG, 'Stadsdelsnämnden Angered', 'Stadsdelsnämnden Angered'],
  ])('reads a short form in another municipality’s register: %s', (m, printed, name) => {
    expect(resolveBody(m, printed, 2015).name).toBe(name);
  });

  it.each([
    ['tekniska nämnden', 'Tekniska nämnden', 'namnd'],
    ['Bygg- och miljönämnden', 'Bygg- och miljönämnden', 'namnd'],
    ['Västerås Stadshus AB', 'Västerås Stadshus AB', 'bolag'],
    ['Seniorrådet', 'Seniorrådet', 'rad'],
    ['Trafikverket', 'Trafikverket', 'extern'],
    ['Kommunledningskontoret', 'Kommunledningskontoret', 'kontor'],
  ])(
    'keeps an unregistered name %j as printed, capitalised, with a type from its form',
    (printed, name, type) => {
      expect(resolveBody(UNKNOWN_MUNICIPALITY, printed, 2015)).toMatchObject({ name, type });
    },
  );
});

describe('bodyTypeOf', () => {
  it.each([
    ['Farsta stadsdelsnämnd', 'stadsdelsnamnd'],
    ['Stadsområdesnämnd Norr', 'stadsdelsnamnd'],
    ['Stockholms Stads Parkerings AB', 'bolag'],
    ['Kommunala tillgänglighetsrådet', 'rad'],
    ['Rådet för funktionshinderfrågor', 'rad'],
    ['Länsstyrelsen i Skåne län', 'extern'],
    ['Naturskyddsföreningen', 'extern'],
    ['Stadsbyggnadskontoret', 'kontor'],
    ['Kulturnämnden', 'namnd'],
    ['Hembygdsgillet', 'extern'],
    ['Nämnden för vård och omsorg', 'namnd'],
    // a unit of an office, and an organisation's unit after a comma (the organisation's kind)
    ['Ekonomienheten', 'kontor'],
    ['Norrby IK, skidsektionen', 'extern'],
    ['Mellanregionen, kulturnämnden', 'extern'],
    ['Norrby kommun, kommunledningskontoret', 'kontor'],
    ['Kultur-, fritids- och turismnämnden', 'namnd'],
    ['Styrelsen för Tibro sjukhus', 'namnd'],
    ['Förvaltningen för utbildning, kultur och fritid', 'kontor'],
    ['Sektor lärande', 'kontor'],
    ['Föreningen för Tibros historia', 'extern'],
  ])('types %s as %s', (name, type) => {
    expect(bodyTypeOf(name)).toBe(type);
  });
});

describe('isAcronymOf', () => {
  it.each([
    ['ÖBO', 'Örebrobostäder AB', true],
    ['HSO', 'Handikappförbundens samarbetsorgan', true],
    ['SISAB', 'Stockholms Stadshus AB', false],
    ['KPR', 'Trafiknämnden', false],
  ])('%s of %s: %s', (acronym, name, expected) => {
    expect(isAcronymOf(acronym, name)).toBe(expected);
  });
});

describe('municipalities', () => {
  it('finds a municipality by its letterhead form', () => {
    expect(findMunicipalityInHeader('MALMÖ STAD\nStadskontoret')?.name).toBe('Malmö stad');
    expect(findMunicipalityInHeader('Göteborgs stad\nStadsledningskontoret')?.name).toBe('Göteborgs Stad');
  });

  it('lists the own offices of a municipality together with the generic ones', () => {
    expect(officeNames(STOCKHOLM)).toEqual(
      expect.arrayContaining(['stadsledningskontoret', 'kommunledningskontoret']),
    );
  });

  it('uses generic rules and reports an issue for a municipality outside the registry', () => {
    const { record, issues } = extractCase([
      `Storträsk kommun
Kommunledningskontoret
Tjänsteskrivelse
2019-09-02
Dnr KS 2019/88

Motion om fler parkbänkar

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.

Ärendet
Motionen har remitterats till tekniska nämnden och kommundelsnämnderna Centrum och Norr.

Tekniska nämnden tillstyrker motionen.

Kommundelsnämnden Norr tillstyrker motionen.`,
    ]);
    expect(record.municipality).toBe('Storträsk kommun');
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'municipality_unknown', path: 'municipality' }),
    );
    expect(record.consultations.map((c) => [c.body, c.bodyType])).toEqual([
      ['Tekniska nämnden', 'namnd'],
      ['Kommundelsnämnden Centrum', 'stadsdelsnamnd'],
      ['Kommundelsnämnden Norr', 'stadsdelsnamnd'],
    ]);
    expect(record.consultations[2]?.stance).toBe('supports');
  });

  it.each([
    [
      'Region Ekby Norrland    REMISSVAR\nDnr RS 2024/12\n\nYttrande över betänkandet',
      'Region Ekby Norrland',
    ],
    ['REGION EKBY LÄN\nTjänsteskrivelse\n\nYttrande över betänkandet', 'Region Ekby län'],
    ['Region Ekby Tjänsteskrivelse\nDnr RS 2024/12\n\nYttrande över betänkandet', 'Region Ekby'],
  ])(
    'reads a region’s letterhead of one or two words, without the document kind after it: %j',
    (text, name) => {
      expect(extractCase([text]).record.municipality).toBe(name);
    },
  );

  it('reports an issue, with a null municipality, when no municipality is named at all', () => {
    const { record, issues } = extractCase(['Tjänsteskrivelse\n2020-01-01\n\nMotion om bänkar']);
    expect(record.municipality).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ code: 'municipality_unknown' }));
  });

  it('reads a Göteborg district list head first, and its pensioners’ council by its short form', () => {
    const { record } = extractCase([
      `Göteborgs Stad
Stadsledningskontoret
Tjänsteutlåtande
Utfärdat 2016-04-11
Diarienummer 0789/15

Yttrande över motion om fler parkbänkar

Förslag till beslut
I kommunstyrelsen
Motionen avslås.

Remissförfarande
Ärendet har remitterats till stadsdelsnämnderna Angered och Majorna-Linné samt Göteborgs Stads pensionärsråd.

Stadsdelsnämnden Angered tillstyrker motionen.

Stadsdelsnämnden Majorna-Linné avstyrker motionen.

Pensionärsrådet har inget att erinra.

Bedömning
Stadsledningskontoret föreslår avslag.`,
    ]);
    expect(record.consultations.map((c) => [c.body, c.bodyType, c.stance])).toEqual([
      ['Stadsdelsnämnden Angered', 'stadsdelsnamnd', 'supports'],
      ['Stadsdelsnämnden Majorna-Linné', 'stadsdelsnamnd', 'opposes'],
      ['Göteborgs Stads pensionärsråd', 'rad', 'no_objection'],
    ]);
  });

  it('reads a Malmö area list and a company by its short form', () => {
    const { record } = extractCase([
      `Malmö stad
Stadskontoret
Tjänsteskrivelse
2016-05-02
STK-2016-123

Motion om fler parkbänkar

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.

Remiss
Motionen har remitterats till stadsområdesnämnderna Norr och Öster samt MKB Fastighets AB.

Stadsområdesnämnd Norr ställer sig positiv till motionen.

Stadsområdesnämnd Öster ser inget behov av fler bänkar.

MKB har inga synpunkter.`,
    ]);
    expect(record.diarienummer).toBe('STK-2016-123');
    expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
      ['Stadsområdesnämnd Norr', 'supports'],
      ['Stadsområdesnämnd Öster', 'opposes'],
      ['MKB Fastighets AB', 'no_objection'],
    ]);
  });

  it('names the consulted bodies by the year the document speaks from', () => {
    const bodies = (header: string, list: string) =>
      extractCase([
        `${header}
Fler sittplatser i parkerna
Motion av Per Holm (V)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.

Motionen avslås.

Beredning

Ärendet har remitterats till ${list}.`,
      ]).record.consultations.map((c) => c.body);
    expect(
      bodies('Utlåtande 2024:12 RV (Dnr KS 2023/0456)', 'stadsdelsnämnderna Järva och Norra innerstaden'),
    ).toEqual(['Järva stadsdelsnämnd', 'Norra innerstadens stadsdelsnämnd']);
    expect(
      bodies('Utlåtande 2010:31 RV (Dnr 305-1200/2009)', 'trafiknämnden och Rinkeby-Kista stadsdelsnämnd'),
    ).toEqual(['Trafik- och renhållningsnämnden', 'Rinkeby-Kista stadsdelsnämnd']);
    expect(bodies('Utlåtande 2016:31 RV (Dnr 123-1200/2015)', 'trafiknämnden')).toEqual(['Trafiknämnden']);
  });
});
