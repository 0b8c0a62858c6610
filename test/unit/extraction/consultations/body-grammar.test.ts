import { describe, expect, it } from 'vitest';
import { type BodyList, readBodyList } from '../../../../shared/extraction/consultations/body-grammar.ts';

// Lists as they follow a remiss verb, written for these tests in the style of Swedish council
// documents (not taken from the corpus). Unless a test says otherwise no name is registered, so
// the grammar alone has to find the bodies.
const unregistered = (): boolean => false;
const printed = (list: BodyList) => list.names.map((n) => n.printed);
const grouped = (list: BodyList) => list.names.map((n) => [n.printed, n.groupKind]);

describe('readBodyList', () => {
  describe('suspended hyphens', () => {
    it.each([
      [
        'miljö-, kultur- och fritidsnämnden, trafiknämnden och Bromma stadsdelsnämnd',
        ['miljö-, kultur- och fritidsnämnden', 'trafiknämnden', 'Bromma stadsdelsnämnd'],
      ],
      [
        'barn- och ungdomsnämnden, vård- och omsorgsnämnden samt kultur- och fritidsnämnden',
        ['barn- och ungdomsnämnden', 'vård- och omsorgsnämnden', 'kultur- och fritidsnämnden'],
      ],
      [
        'Bygg- och miljönämnden, Gata- och parknämnden samt Skolfastigheter i Uppsala AB',
        ['Bygg- och miljönämnden', 'Gata- och parknämnden', 'Skolfastigheter i Uppsala AB'],
      ],
      ['miljö- och hälsoskyddsnämnden', ['miljö- och hälsoskyddsnämnden']],
    ])('keeps a name whose first parts end in a hyphen whole: %s', (list, names) => {
      expect(printed(readBodyList(list, unregistered))).toEqual(names);
    });

    it.each([
      ['kultur-, skol- och byggnadsnämnderna', ['kulturnämnden', 'skolnämnden', 'byggnadsnämnden']],
      ['vård- och fritidsnämnderna', ['vårdnämnden', 'fritidsnämnden']],
      [
        'vård- och omsorgs- samt kultur- och fritidsnämnderna',
        ['vård- och omsorgsnämnden', 'kultur- och fritidsnämnden'],
      ],
      [
        'bygg- och miljö-, teknik- samt barn- och skolnämnderna',
        ['bygg- och miljönämnden', 'tekniknämnden', 'barn- och skolnämnden'],
      ],
      // once an `och` is inside a name, every `och` is
      [
        'skol- och kultur-, teknik- och byggnadsnämnderna',
        ['skol- och kulturnämnden', 'teknik- och byggnadsnämnden'],
      ],
    ])(
      'parts a suspended plural into its bodies, `och` inside a name when `samt` or a comma follows it: %s',
      (list, names) => {
        expect(printed(readBodyList(list, unregistered))).toEqual(names);
      },
    );

    it('lets the register decide how the stems of a suspended plural group', () => {
      const registered = (lower: string) => lower === 'vårdnämnden' || lower === 'omsorgsnämnden';
      expect(printed(readBodyList('vård- och omsorgs- samt kulturnämnderna', registered))).toEqual([
        'vårdnämnden',
        'omsorgsnämnden',
        'kulturnämnden',
      ]);
    });
  });

  describe('grouped areas', () => {
    it.each([
      [
        'stadsdelsnämnderna Farsta och Norrmalm',
        [
          ['Farsta', 'stadsdelsnämnd'],
          ['Norrmalm', 'stadsdelsnämnd'],
        ],
      ],
      [
        'stadsdelsnämnderna i Skarpnäck, Enskede-Årsta-Vantör och Spånga-Tensta',
        [
          ['Skarpnäck', 'stadsdelsnämnd'],
          ['Enskede-Årsta-Vantör', 'stadsdelsnämnd'],
          ['Spånga-Tensta', 'stadsdelsnämnd'],
        ],
      ],
      [
        'stadsområdesnämnderna Norr och Öster',
        [
          ['Norr', 'stadsområdesnämnd'],
          ['Öster', 'stadsområdesnämnd'],
        ],
      ],
      [
        'barn- och skolnämnderna Lunds stad och Lunds öster',
        [
          ['Lunds stad', 'barn- och skolnämnd'],
          ['Lunds öster', 'barn- och skolnämnd'],
        ],
      ],
    ])('expands a plural head before its areas: %s', (list, expected) => {
      expect(grouped(readBodyList(list, unregistered))).toEqual(expected);
    });

    it.each([
      [
        'Farsta och Norrmalms stadsdelsnämnder',
        [
          ['Farsta', 'stadsdelsnämnd'],
          ['Norrmalm', 'stadsdelsnämnd'],
        ],
      ],
      [
        'Rinkeby-Kista, Bromma och Skärholmens stadsdelsnämnder',
        [
          ['Rinkeby-Kista', 'stadsdelsnämnd'],
          ['Bromma', 'stadsdelsnämnd'],
          ['Skärholmen', 'stadsdelsnämnd'],
        ],
      ],
    ])('expands areas before a plural head, dropping the last genitive: %s', (list, expected) => {
      expect(grouped(readBodyList(list, unregistered))).toEqual(expected);
    });

    it('ends the group at the member after `och`, so a following body is not an area', () => {
      const list = readBodyList('stadsdelsnämnderna Farsta och Norrmalm samt idrottsnämnden', unregistered);
      expect(grouped(list)).toEqual([
        ['Farsta', 'stadsdelsnämnd'],
        ['Norrmalm', 'stadsdelsnämnd'],
        ['idrottsnämnden', null],
      ]);
    });
  });

  describe('organisations and their parts', () => {
    it.each([
      [
        'Polismyndigheten, Polisregion Syd och Länsstyrelsen i Skåne län',
        ['Polismyndigheten, Polisregion Syd', 'Länsstyrelsen i Skåne län'],
      ],
      [
        'Friluftsfrämjandet, region Stockholm och Naturskyddsföreningen',
        ['Friluftsfrämjandet, region Stockholm', 'Naturskyddsföreningen'],
      ],
      [
        'Naturskyddsföreningen, Uppsalakretsen och Friluftsfrämjandet',
        ['Naturskyddsföreningen, Uppsalakretsen', 'Friluftsfrämjandet'],
      ],
      ['Hyresgästföreningen, lokalavdelning Farsta', ['Hyresgästföreningen, lokalavdelning Farsta']],
      [
        'Stockholms läns landsting, trafikförvaltningen och Polisen',
        ['Stockholms läns landsting, trafikförvaltningen', 'Polisen'],
      ],
    ])('keeps a sub-unit after a comma with its organisation: %s', (list, names) => {
      expect(printed(readBodyList(list, unregistered))).toEqual(names);
    });

    it('keeps `och` inside an unregistered company name ending in AB', () => {
      expect(printed(readBodyList('Nacka vatten och avfall AB och tekniska nämnden', unregistered))).toEqual([
        'Nacka vatten och avfall AB',
        'tekniska nämnden',
      ]);
    });

    it('splits two companies when the first already ends in its own head noun', () => {
      expect(printed(readBodyList('Göteborg Energi AB och Förvaltnings AB Framtiden', unregistered))).toEqual(
        ['Göteborg Energi AB', 'Förvaltnings AB Framtiden'],
      );
    });

    it('keeps a registered name that contains `och` whole', () => {
      const isRegistered = (lower: string) => lower === 'sveriges kommuner och regioner';
      expect(printed(readBodyList('Sveriges Kommuner och Regioner och Trafikverket', isRegistered))).toEqual([
        'Sveriges Kommuner och Regioner',
        'Trafikverket',
      ]);
    });

    it('reads acronyms given in parentheses', () => {
      const list = readBodyList(
        'Handikappförbunden (HSO) och Kommunstyrelsens pensionärsråd (KPR)',
        unregistered,
      );
      expect(list.names.map((n) => [n.printed, n.acronym])).toEqual([
        ['Handikappförbunden (HSO)', 'HSO'],
        ['Kommunstyrelsens pensionärsråd (KPR)', 'KPR'],
      ]);
    });

    it('drops a descriptor noun before a proper name', () => {
      expect(
        printed(
          readBodyList('föreningen Cykelfrämjandet, bolaget Stokab och Svenska Bostäder AB', unregistered),
        ),
      ).toEqual(['Cykelfrämjandet', 'Stokab', 'Svenska Bostäder AB']);
    });

    it.each([
      ['bland annat idrottsnämnden och socialnämnden', ['idrottsnämnden', 'socialnämnden']],
      [
        'kulturnämnden och även till Länsstyrelsen i Stockholms län',
        ['kulturnämnden', 'Länsstyrelsen i Stockholms län'],
      ],
      ['Trafikverket; Länsstyrelsen; Polisen', ['Trafikverket', 'Länsstyrelsen', 'Polisen']],
      [
        'Kulturnämnden och Idrottsnämnden respektive Socialnämnden',
        ['Kulturnämnden', 'Idrottsnämnden', 'Socialnämnden'],
      ],
      [
        'AB Familjebostäder, AB Stockholmshem och AB Svenska Bostäder',
        ['AB Familjebostäder', 'AB Stockholmshem', 'AB Svenska Bostäder'],
      ],
    ])('separates items at commas, semicolons and conjunctions: %s', (list, names) => {
      expect(printed(readBodyList(list, unregistered))).toEqual(names);
    });
  });

  describe('collectives', () => {
    it.each([
      ['samtliga stadsdelsnämnder', ['samtliga stadsdelsnämnder']],
      ['tre nämnder', ['tre nämnder']],
      ['de berörda stadsdelsnämnderna', ['berörda stadsdelsnämnderna']],
      ['ett antal föreningar', ['ett antal föreningar']],
    ])('reports %s as a collective and names no body', (list, collectives) => {
      const read = readBodyList(list, unregistered);
      expect(read.names).toEqual([]);
      expect(read.hasCollective).toBe(true);
      expect(read.collectives).toEqual(collectives);
    });

    it('keeps the named bodies beside a collective', () => {
      const read = readBodyList('fyra stadsdelsnämnder och kulturnämnden', unregistered);
      expect(printed(read)).toEqual(['kulturnämnden']);
      expect(read.hasCollective).toBe(true);
    });
  });

  describe('where the list stops', () => {
    it.each([
      ['kulturnämnden, som har svarat', ['kulturnämnden']],
      [
        'Stadsbyggnadsnämnden och Fastighetsnämnden, vilka båda har yttrat sig',
        ['Stadsbyggnadsnämnden', 'Fastighetsnämnden'],
      ],
      ['idrottsnämnden med sista svarsdag den 3 maj', ['idrottsnämnden']],
      ['Länsstyrelsen senast den 12 april 2019', ['Länsstyrelsen']],
      ['Kulturnämnden för yttrande senast den 1 juni', ['Kulturnämnden']],
      ['kulturnämnden för synpunkter', ['kulturnämnden']],
      [
        'kultur- och fritidsnämnden samt barn- och utbildningsnämnden för kännedom',
        ['kultur- och fritidsnämnden', 'barn- och utbildningsnämnden'],
      ],
      ['Idrottsnämnden – med svar senast i maj', ['Idrottsnämnden']],
      ['trafiknämnden och socialnämnden men inte till idrottsnämnden', ['trafiknämnden', 'socialnämnden']],
      ['kulturnämnden och idrottsnämnden har yttrat sig', ['kulturnämnden', 'idrottsnämnden']],
      ['trafiknämnden. Nämnden har svarat', ['trafiknämnden']],
      ['kulturnämnden inom ramen för arbetet med parkplanen', ['kulturnämnden']],
      ['kulturnämnden i enlighet med kommunstyrelsens beslut', ['kulturnämnden']],
      ['kulturnämnden under perioden mars–maj', ['kulturnämnden']],
    ])('stops %j before the rest of the sentence', (list, names) => {
      expect(printed(readBodyList(list, unregistered))).toEqual(names);
    });
  });

  describe('never a fragment', () => {
    it('drops another body’s own council named from its point of view', () => {
      expect(
        printed(
          readBodyList('idrottsnämnden, sitt lokala pensionärsråd och Farsta stadsdelsnämnd', unregistered),
        ),
      ).toEqual(['idrottsnämnden', 'Farsta stadsdelsnämnd']);
    });

    it.each([
      'ett förslag till handlingsplan för parkerna',
      'de synpunkter som har kommit in',
      'en bredare krets av aktörer',
      ', och .',
      '',
    ])('names no body in %j', (list) => {
      expect(readBodyList(list, unregistered).names).toEqual([]);
    });
  });
});

describe('councils sharing an owner', () => {
  it.each([
    [
      'Tierps stadsdelsnämnds pensionärsråd och råd för funktionshinderfrågor',
      ['Tierps stadsdelsnämnds pensionärsråd', 'Tierps stadsdelsnämnds råd för funktionshinderfrågor'],
    ],
    [
      'stadsdelsnämndens pensionärsråd, råd för funktionshinderfrågor och ungdomsråd',
      [
        'stadsdelsnämndens pensionärsråd',
        'stadsdelsnämndens råd för funktionshinderfrågor',
        'stadsdelsnämndens ungdomsråd',
      ],
    ],
  ])('gives the owner of %j to every council after it', (list, expected) => {
    expect(printed(readBodyList(list, unregistered))).toEqual(expected);
  });
});

describe('grouped associations of municipalities and short acronyms', () => {
  it('expands `kommunalförbunden A, B och C` into one association per area', () => {
    expect(grouped(readBodyList('kommunalförbunden Fyrbodal, Sjuhärad och Skaraborg', unregistered))).toEqual(
      [
        ['Fyrbodal', 'kommunalförbund'],
        ['Sjuhärad', 'kommunalförbund'],
        ['Skaraborg', 'kommunalförbund'],
      ],
    );
  });

  it('reads a short capitalised acronym in parentheses as the acronym', () => {
    expect(readBodyList('Brottsförebyggande rådet (Brå)', unregistered).names[0]?.acronym).toBe('Brå');
  });
});

describe('a body at a named place and a repeated preposition', () => {
  it.each([
    [
      'kulturnämnden (2021-02-10, § 4) samt av föräldrarådet vid Ekbackens förskola',
      ['kulturnämnden (2021-02-10, § 4)', 'föräldrarådet vid Ekbackens förskola'],
    ],
    ['tekniska nämnden och elevrådet vid Norrskolan', ['tekniska nämnden', 'elevrådet vid Norrskolan']],
  ])('reads `X vid <place>` as one body: %s', (list, names) => {
    expect(printed(readBodyList(list, unregistered))).toEqual(names);
  });

  it('still stops at `vid` followed by a meeting', () => {
    expect(printed(readBodyList('tekniska nämnden vid sitt sammanträde', unregistered))).not.toContain(
      'tekniska nämnden vid sitt sammanträde',
    );
  });
});

describe('the case is never a body', () => {
  it.each(['Motionen', 'Förslaget', 'Remissen', 'Handlingsplanen'])('reads no body in `%s`', (list) => {
    expect(printed(readBodyList(list, unregistered))).toEqual([]);
  });
});
