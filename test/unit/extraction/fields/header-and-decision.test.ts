import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../../shared/extraction/extract-case.ts';
import { buildDocumentText, type TextLine } from '../../../../shared/extraction/text/document-text.ts';
import { isLabelRow, isValueRow, tableDnrValue } from '../../../../shared/extraction/text/header-table.ts';
import type { PositionedItem, PositionedPage } from '../../../../shared/pdf/positioned-text.ts';
import { consultationsOf } from '../consultations/remiss-document.ts';

// Header tables, case numbers and protocol decisions, on invented documents in the forms of
// Stockholm, Uppsala, Malmö, Umeå, Lund and Huddinge.
function cell(str: string, x: number, y: number, size = 10): PositionedItem {
  return { str, x, y, width: str.length * size * 0.5, size, font: 'Body' };
}
function positioned(items: PositionedItem[]): PositionedPage {
  return { width: 595, height: 842, items };
}
/** Header rows of side-by-side cells at x = 60, 220, 400 … and some body text under them. */
function headerTable(rows: string[][]): PositionedPage {
  const items = rows.flatMap((row, r) => row.map((text, c) => cell(text, 60 + c * 170, 80 + r * 12)));
  const body = [
    'Trafikkontoret',
    'Tjänsteutlåtande',
    'Svar på remiss om fler bänkar',
    'Kontoret har tagit del av remissen och lämnar följande synpunkter.',
  ].map((t, i) => cell(t, 60, 160 + i * 14));
  return positioned([...items, ...body]);
}

describe('header tables', () => {
  const lines = (rows: string[][]) => buildDocumentText([headerTable(rows)]).lines;
  /** The first two lines of a header table: its labels and the row under them. */
  const labelsAndValues = (rows: string[][]): [TextLine, TextLine | undefined] => {
    const [labels, values] = lines(rows);
    if (!labels) throw new Error('no lines');
    return [labels, values];
  };

  it.each([
    [['DATUM', 'DIARIENR', 'SIDA']],
    [['Sammanträdesdatum', 'Paragraf', 'Diarienummer']],
    [['Datum:', 'Dnr:']],
    [['Vår referens', 'Handläggare']],
  ])('reads %j as a row of labels', (labels) => {
    expect(isLabelRow(labelsAndValues([labels, ['2020-05-04', 'T2020-1']])[0])).toBe(true);
  });

  it.each([[['Datum', 'Bänkar i parken']], [['Kulturnämnden']]])(
    'does not read %j as a row of labels',
    (row) => {
      expect(isLabelRow(labelsAndValues([row])[0])).toBe(false);
    },
  );

  it('reads the value under the case-number label', () => {
    const [labels, values] = labelsAndValues([
      ['DATUM', 'DIARIENR', 'SIDA'],
      ['2019-10-10', 'KS-2019/1534.109', '1 (3)'],
    ]);
    expect(isValueRow(labels, values)).toBe(true);
    expect(tableDnrValue(labels, values)).toBe('KS-2019/1534.109');
  });

  it('reads no value when the row under the labels holds no digits', () => {
    const [labels, values] = labelsAndValues([
      ['Datum', 'Dnr'],
      ['Kulturnämnden', 'Idrottsnämnden'],
    ]);
    expect(isValueRow(labels, values)).toBe(false);
    expect(tableDnrValue(labels, values)).toBeNull();
  });

  it('reads no value when the labels have no case-number column', () => {
    const [labels, values] = labelsAndValues([
      ['Datum', 'Sida'],
      ['2020-05-04', '1 (2)'],
    ]);
    expect(tableDnrValue(labels, values)).toBeNull();
  });

  it('reads a label row whose first column is the letterhead (`Office | Datum | Diarienummer`)', () => {
    const [labels, values] = labelsAndValues([
      ['Miljöförvaltningen', 'Datum', 'Diarienummer'],
      ['Enheten för tillsyn', '2023-02-01', 'MN 2023/00412'],
    ]);
    expect(isLabelRow(labels)).toBe(true);
    expect(tableDnrValue(labels, values)).toBe('MN 2023/00412');
  });

  it('reads people and addressees under `Handläggare | Mottagare` as the row’s values', () => {
    const [labels, values] = labelsAndValues([
      ['Handläggare', 'Mottagare'],
      ['Per Lund, controller', 'Tekniska nämnden'],
    ]);
    expect(isValueRow(labels, values)).toBe(true);
  });

  it('gives the table’s case number as the diarienummer of the document', () => {
    const { record } = extractCase([
      headerTable([
        ['Datum', 'Dnr', 'Sida'],
        ['2020-05-04', 'T2020-01234', '1 (2)'],
      ]),
    ]);
    expect(record.diarienummer).toBe('T2020-01234');
  });
});

describe('extractHeader', () => {
  it.each([
    ['Utlåtande 2019:12 RIII (Dnr 123-1456/2018)\nFler bänkar', '123-1456/2018'],
    ['Utlåtande 2019:12 RIII (Dnr KS 2018/1456)\nFler bänkar', 'KS 2018/1456'],
    [
      'Uppsala kommun\nKommunstyrelsen\nTjänsteskrivelse\nDatum 2020-04-02\nDiarienummer KSN-2020-00345\n\nSvar på motion',
      'KSN-2020-00345',
    ],
    [
      'MALMÖ STAD\nStadskontoret\nTjänsteskrivelse\n2021-03-04\nSTK-2021-456\n\nMotion om bänkar',
      'STK-2021-456',
    ],
    [
      'DATUM DIARIENR SIDA\n2019-10-10 KS-2019/1534.109 1 (3)\nHUDDINGE KOMMUN\nTjänsteskrivelse\n\nMotion om bänkar',
      'KS-2019/1534.109',
    ],
    ['Vimmerby kommun\nTjänsteskrivelse\nDnr KS 2020/77\n\nMotion om bänkar', 'KS 2020/77'],
    // registry letters after the slash, mixed-case prefixes, no separator at all
    ['Tierps kommun\nTjänsteskrivelse\nDnr 2019/KS0311\n\nMotion om bänkar', '2019/KS0311'],
    ['Tierps kommun\nProtokollsutdrag\nÄrendenummer: Ks 77/2016\n\nMotion om bänkar', 'Ks 77/2016'],
    ['GNOSJÖ KOMMUN PROTOKOLL\n§ 12 Dnr 19KS88\n\nMotion om bänkar', '19KS88'],
    // dotted series, a registry code with letters and digits, a bare prefix and number in a letterhead
    [
      'Tibro kommun\nPlaneringsavdelningen    Dnr TBF 2019.0312\nTjänsteskrivelse\n\nMotion om bänkar',
      'TBF 2019.0312',
    ],
    ['TIBRO KOMMUN PROTOKOLL\nKs § 12    Dnr 2019.114.531\n\nMotion om bänkar', '2019.114.531'],
    ['Tibro kommun\nTjänsteskrivelse\nDiarienummer KS.2019.0844\n\nMotion om bänkar', 'KS.2019.0844'],
    ['Region Tibro\nTjänsteskrivelse\nDiarienummer RS-LED19-1187\n\nMotion om bänkar', 'RS-LED19-1187'],
    [
      'Tibro kommun\nSamhällsbyggnadsförvaltningen    13 oktober 2023    SBN 2023/118\nTjänsteskrivelse\n\nMotion om bänkar',
      'SBN 2023/118',
    ],
    // an answer to another authority: its own number, never the sender's
    [
      'Ale kommun YTTRANDE\nKommunstyrelsen 2022-01-10\nErt diarienummer TRV 2021/900\nVårt diarienummer KS 2021/0050\n\nYttrande över plan',
      'KS 2021/0050',
    ],
  ])('reads the diarienummer of %j', (header, dnr) => {
    expect(extractCase([header]).record.diarienummer).toBe(dnr);
  });

  it('never takes a committee decision’s reference with its date for the Dnr', () => {
    const { record } = extractCase([
      'TIBRO KOMMUN PROTOKOLL\nKF § 87\n\nMotion om skolskjuts\n\nBildningsnämnden avstyrker motionen (BIN 2010-03-17 § 31).',
    ]);
    expect(record.diarienummer).toBeNull();
  });

  it('gives null and `dnr_incomplete` for a Dnr printed without its number', () => {
    const { record, issues } = extractCase([
      'Utlåtande 2019:12 RIII (Dnr /2019)\nFler bänkar\nMotion (2018:3) av Ola Ek (S)',
    ]);
    expect(record.diarienummer).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ code: 'dnr_incomplete', path: 'diarienummer' }));
  });

  it('does not take the date on the next line for a blank Dnr', () => {
    const { record, issues } = extractCase(['Tjänsteskrivelse\nDnr\n2019-05-02\n\nMotion om bänkar']);
    expect(record.diarienummer).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ code: 'missing_field', path: 'diarienummer' }));
  });

  it.each([
    ['Utlåtande 2019:12 RIII (Dnr 123-1456/2018)', 'utlatande', '2019:12', 'III'],
    ['Utlåtande 2019: RIII (Dnr 123-1456/2018)', 'utlatande', null, 'III'],
    ['PM 2014:88 RVIII (Dnr 305-1200/2014)', 'pm', '2014:88', 'VIII'],
    ['Utlåtande 2019:12 RI + RVII (Dnr 123-1456/2018)', 'utlatande', '2019:12', 'I+VII'],
  ])('reads type, number and rotel of %j', (header, type, number, rotel) => {
    const { record } = extractCase([`${header}\nFler bänkar`]);
    expect([record.documentType, record.documentNumber, record.rotel]).toEqual([type, number, rotel]);
    expect(record.municipality).toBe('Stockholms stad');
  });

  it('reads a protocol extract’s paragraph as its number', () => {
    const { record } = extractCase([
      'Umeå kommun\nProtokollsutdrag\n§ 14 Diarienummer KS-2020-00100\n\nMotion om belysning',
    ]);
    expect([record.documentType, record.documentNumber, record.diarienummer, record.municipality]).toEqual([
      'protokollsutdrag',
      '§ 14',
      'KS-2020-00100',
      'Umeå kommun',
    ]);
  });
});

describe('extractDecision', () => {
  it.each([
    [
      'the board’s proposal heading',
      'Kommunstyrelsens förslag till beslut\n\nMotionen avslås.\n\nYrkanden\n\nEva Lind (V) yrkar bifall till motionen.\n\nKommunfullmäktiges beslut\n\nMotionen avslås.',
    ],
    [
      'the council’s decision heading, the proposer named in the votation',
      'Yrkanden\n\nEva Lind (V) yrkar bifall till motionen.\n\nOrdföranden ställer proposition och finner att fullmäktige beslutar enligt kommunstyrelsens förslag.\n\nKommunfullmäktiges beslut\n\nMotionen avslås.',
    ],
  ])('reads a council extract’s decision from %s', (_, body) => {
    const { record } = extractCase([
      `Ekby kommun\nProtokollsutdrag\nKommunfullmäktige\nSammanträdesdatum 2010-06-14\n§ 88\n\nMotion om skolskjuts\n\n${body}`,
    ]);
    expect(record).toMatchObject({
      proposedDecision: ['Motionen avslås.'],
      outcome: 'avslag',
      decisionBody: 'Kommunfullmäktige',
      proposedBy: 'Kommunstyrelsen',
    });
  });

  it('takes the writing office from a letterhead in capitals whose place wraps above its kind', () => {
    const head = [
      cell('EKBY-NORRBY', 60, 40),
      cell('TJÄNSTEUTLÅTANDE', 380, 40),
      cell('STADSDELSFÖRVALTNING', 60, 52),
      cell('Stockholms stad', 60, 64),
      cell('Dnr 1.2-318/2011', 380, 64),
    ];
    const body = [
      'Till',
      'Ekby-Norrby stadsdelsnämnd',
      'Handlingsplan för trygghet',
      'Förslag till beslut',
      '1. Stadsdelsnämnden godkänner handlingsplanen.',
      'Ärendet',
      'Förvaltningen har tagit fram en handlingsplan.',
    ].map((t, i) => cell(t, 60, 100 + i * 16));
    const { record } = extractCase([positioned([...head, ...body])]);
    expect(record.proposedBy).toBe('Ekby-Norrby stadsdelsförvaltning');
  });

  it('reads a proposer of several words (`Kultur- och fritidsnämnden föreslår kommunfullmäktige att …`)', () => {
    const { record } = extractCase([
      'Ekby kommun\nTjänsteskrivelse\nSvar på medborgarförslag om utegym\n\nFörslag till beslut\n\nKultur- och fritidsnämnden föreslår kommunfullmäktige att avslå medborgarförslaget.\n\nSammanfattning\n\nText.',
    ]);
    expect(record).toMatchObject({
      proposedDecision: ['avslå medborgarförslaget'],
      outcome: 'avslag',
      decisionBody: 'Kommunfullmäktige',
      proposedBy: 'Kultur- och fritidsnämnden',
    });
  });

  it('reads a protocol decision under `Beslut` with the proposer `i enlighet med arbetsutskottets förslag`', () => {
    const { record } = extractCase([
      `Umeå kommun
Kommunstyrelsen
Protokollsutdrag
Sammanträdesdatum 2021-05-25
§ 145
Dnr: KS-2021-00321

Motion om fler bänkar

Beslut
Kommunstyrelsen beslutar i enlighet med arbetsutskottets förslag
att avslå motionen.`,
    ]);
    expect(record).toMatchObject({
      decisionBody: 'Kommunstyrelsen',
      proposedBy: 'Kommunstyrelsens arbetsutskott',
      proposedDecision: ['avslå motionen'],
      outcome: 'avslag',
    });
  });

  it('names another body as the proposer when the decision follows its proposal', () => {
    const { record } = extractCase([
      `Lunds kommun
Protokollsutdrag
Kommunfullmäktige
§ 77 Dnr KS 2020/0456

Motion om fler bänkar

Beslut
Kommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag
att bifalla motionen.`,
    ]);
    expect([record.decisionBody, record.proposedBy, record.proposedDecision, record.outcome]).toEqual([
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      ['bifalla motionen'],
      'bifall',
    ]);
  });

  it.each([
    [
      'Förvaltningen föreslår att kommunstyrelsen föreslår kommunfullmäktige besluta\n\natt bifalla motionens första att-sats, samt\natt anse motionen besvarad i övrigt.',
      ['bifalla motionens första att-sats', 'anse motionen besvarad i övrigt'],
    ],
    [
      'Kommunstyrelsen föreslås hemställa att kommunfullmäktige beslutar\n\n• att bifalla motionens första att-sats,\n• att anse motionen besvarad i övrigt.',
      ['bifalla motionens första att-sats', 'anse motionen besvarad i övrigt'],
    ],
    [
      'Kommunstyrelsen föreslår kommunfullmäktige att\n\n– bifalla motionens första att-sats,\n– anse motionen besvarad i övrigt.',
      ['bifalla motionens första att-sats', 'anse motionen besvarad i övrigt'],
    ],
  ])('reads who proposes to whom, and att-points without their punctuation: %j', (intro, points) => {
    const { record } = extractCase([
      `TIBRO KOMMUN\nKommunstyrelsens förvaltning\nTjänsteskrivelse\n2008-09-02\nDnr KS 2008/112\n\nMotion om badplatser\n\nFörslag till beslut\n\n${intro}\n\nÄrendet\n\nMotionären föreslår tillgängliga badplatser.`,
    ]);
    expect([record.decisionBody, record.proposedBy, record.proposedDecision, record.outcome]).toEqual([
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      points,
      'delvis_bifall',
    ]);
  });

  it('reads att-clauses printed one to a line, and stops at the signers under them', () => {
    const { record } = extractCase([
      `Tibro kommun
Kommunledningsförvaltningen
Tjänsteskrivelse
2021-03-01

Svar på motion om isbanor

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta
att bifalla motionens andra att-sats
att avslå motionens första att-sats
att uppdra åt fritidsnämnden att redovisa en plan för isbanor i Tibro och
Fågelö
Karin Ek                 Per Berg
Kommunchef               Kanslichef`,
    ]);
    expect(record.proposedDecision).toEqual([
      'bifalla motionens andra att-sats',
      'avslå motionens första att-sats',
      'uppdra åt fritidsnämnden att redovisa en plan för isbanor i Tibro och Fågelö',
    ]);
  });

  it('leaves the restated decider (`Kommunfullmäktige beslutar att:`) out of the points', () => {
    const { record } = extractCase([
      `Tibro kommun
Tjänsteskrivelse
2021-03-01

Svar på motion om laddplatser

Förslag till beslut
Kommunfullmäktige beslutar att:
1. Motionen bifalls i den del som avser laddplatser vid stadshuset.
2. Motionen avslås i övrigt.

Ärendebeskrivning
Motionären föreslår fler laddplatser.`,
    ]);
    expect(record.proposedDecision).toEqual([
      'Motionen bifalls i den del som avser laddplatser vid stadshuset.',
      'Motionen avslås i övrigt.',
    ]);
  });

  it.each([
    [
      'one att-sats approved and another refused',
      'att bifalla motionens första att-sats, samt att avslå motionens andra att-sats.',
    ],
    [
      'one att-sats approved and another answered',
      'att bifalla motionens andra att-sats, samt att anse motionens första att-sats besvarad.',
    ],
    ['approval as far as one part goes', 'att bifalla motionen såvitt avser belysningen längs Ågatan.'],
  ])('reads %s as approval in part', (_kind, points) => {
    const { record } = extractCase([
      `Norrby kommun
Kommunstyrelsen
Tjänsteskrivelse
Datum 2021-04-02
Diarienummer KS 2021/345

Svar på motion om belysta gångvägar

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige ${points}`,
    ]);
    expect(record.outcome).toBe('delvis_bifall');
  });

  it('reads the council’s own decision when the proposal heading only reports the proposal', () => {
    const { record } = extractCase([
      `Norrby kommun
Protokollsutdrag
Kommunfullmäktige 2019-05-20
§ 41 Dnr KS 2019/12

Motion om fler bänkar

Kommunstyrelsens förslag
Kommunstyrelsen föreslog den 2 april 2019, § 60, att kommunfullmäktige bifaller motionen.

Kommunfullmäktiges beslut
1. Motionen bifalls.
2. Tekniska nämnden får i uppdrag att ställa ut tio bänkar längs Ågatan.`,
    ]);
    expect(record.proposedDecision).toEqual([
      'Motionen bifalls.',
      'Tekniska nämnden får i uppdrag att ställa ut tio bänkar längs Ågatan.',
    ]);
  });

  it('reads numbered points of a protocol decision', () => {
    const { record } = extractCase([
      `Umeå kommun
Protokollsutdrag
§ 14 Diarienummer KS-2020-00100

Motion om belysning

Beslut
Kommunstyrelsen beslutar
1. Motionen bifalls.
2. Kommunstyrelsen får i uppdrag att genomföra åtgärden.`,
    ]);
    expect(record.proposedDecision).toEqual([
      'Motionen bifalls.',
      'Kommunstyrelsen får i uppdrag att genomföra åtgärden.',
    ]);
    expect(record.outcome).toBe('bifall');
  });

  it('reads `föreslår kommunfullmäktige att …` as a run-in proposal', () => {
    const { record } = extractCase([
      `Uppsala kommun
Kommunstyrelsen
Tjänsteskrivelse
Datum 2020-04-02
Diarienummer KSN-2020-00345

Svar på motion om bänkar

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.`,
    ]);
    expect([record.decisionBody, record.proposedBy, record.proposedDecision, record.outcome]).toEqual([
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      ['avslå motionen'],
      'avslag',
    ]);
  });

  it('stops the proposal before the points decided `för egen del`', () => {
    const { record } = extractCase([
      `Utlåtande 2019:12 RIII (Dnr 123-1456/2018)
Fler bänkar
Motion (2018:3) av Ola Ek (S)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.

1. Motionen bifalls.
2. Trafiknämnden får i uppdrag att placera ut bänkar.

Kommunstyrelsen beslutar för egen del följande.

1. Stadsledningskontoret får i uppdrag att följa upp arbetet.`,
    ]);
    expect(record.proposedDecision).toEqual([
      'Motionen bifalls.',
      'Trafiknämnden får i uppdrag att placera ut bänkar.',
    ]);
    expect([record.decisionBody, record.proposedBy, record.outcome]).toEqual([
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      'bifall',
    ]);
  });

  it('takes the office and the committee of a tjänsteutlåtande from its letterhead', () => {
    const { record } = extractCase([
      `Kulturförvaltningen
Tjänsteutlåtande
Dnr 4.1-0345/2019
2019-05-14

Till
Kulturnämnden

Remiss av motion om bänkar
Motion (2019:12) av Ahmed Karimi (S)

Förslag till beslut
1. Kulturnämnden tillstyrker motionen.
2. Paragrafen justeras omedelbart.

Sammanfattning
Förvaltningen tillstyrker.`,
    ]);
    expect([record.decisionBody, record.proposedBy]).toEqual(['Kulturnämnden', 'Kulturförvaltningen']);
    expect(record.proposedDecision).toEqual([
      'Kulturnämnden tillstyrker motionen.',
      'Paragrafen justeras omedelbart.',
    ]);
  });
});

describe('the case heading among header lines', () => {
  const title = (text: string) => extractCase([text]).record.title;

  it.each([
    [
      'Ärendebeskrivning',
      'Tierps kommun\nProtokoll\n§ 4\nMotion om fler bänkar\nÄrendebeskrivning\nOla Ek (S) föreslår i en motion att fler bänkar ställs ut.',
    ],
    [
      'a numbered heading',
      'Tierps kommun\nTjänsteskrivelse\nMotion om fler bänkar\n1 Beslutsförslag\nKommunstyrelsen föreslår att motionen avslås.',
    ],
    [
      'Handlingar i ärendet',
      'Tierps kommun\nKommunfullmäktige\nÄrende 3\nSammanträde 2020-02-03\nMotion om fler bänkar\nHandlingar i ärendet\n1. Tjänsteskrivelse',
    ],
  ])('ends the heading at %s', (_, text) => {
    expect(title(text)).toBe('Motion om fler bänkar');
  });

  it('does not take the addressee or the case officer’s contact line for the heading', () => {
    const text = [
      'Region Kronoberg Tjänsteskrivelse',
      'Handläggare',
      'Zoran Đurić, utredare, 0470-58 30 00',
      'Regionstyrelsen',
      'Motion om fler bänkar',
      'Förslag till beslut',
      'Regionstyrelsen föreslår regionfullmäktige att avslå motionen.',
    ].join('\n');
    expect(title(text)).toBe('Motion om fler bänkar');
  });

  it.each([
    [
      'a rotel on its own line',
      'Utlåtande 2001:12 RV (Dnr 301-12/00)\nRotel V\nFler bänkar i parkerna\nMotion (2000:4) av Ola Ek (s)',
    ],
    [
      'label lines under the heading',
      'Region Uppsala\nTjänsteskrivelse\nFler bänkar i parkerna\nRemittent: Kulturdepartementet\nSvar senast: 2021-05-01\nFörslag till beslut\n1. Remissen besvaras.',
    ],
    [
      'a motion line `Motion väckt av …`',
      'Tierps kommun\nProtokollsutdrag\n§ 4\nFler bänkar i parkerna\nMotion väckt av Ola Ek (S)\nKommunstyrelsens förslag till kommunfullmäktige\n1. Motionen avslås.',
    ],
    [
      'a proposal heading from the working committee',
      'Tierps kommun\nProtokollsutdrag\n§ 4\nFler bänkar i parkerna\nFörslag från kommunstyrelsens arbetsutskott\nKommunstyrelsen antar planen.',
    ],
  ])('leaves %s out of the heading', (_, text) => {
    expect(title(text)).toBe('Fler bänkar i parkerna');
  });

  it('drops the date of the protocol an attachment belongs to', () => {
    const text =
      'Bilaga 3:2 till kommunstyrelsens protokoll\nden 4 maj 2021, 9 Dnr KS 2021/77\nFler bänkar i parkerna\nRemiss av förslag från trafiknämnden';
    expect(title(text)).toBe('Fler bänkar i parkerna');
  });
});

describe('forms of the header and the proposal seen in unseen documents', () => {
  it('reads a protocol by its meeting-date label and `KF § 87`, and an unlabelled `KS/2009:412-612` as the Dnr', () => {
    const { record } = extractCase([
      'TIERPS KOMMUN\nKommunfullmäktige Sammanträdesdatum 2010-06-14\nKF § 87 KS/2009:412-612\nSvar på motion om fler bänkar\nEva Lind (C) har i en motion föreslagit att staden ställer ut fler bänkar i parkerna.',
    ]);
    expect(record).toMatchObject({
      documentType: 'protokollsutdrag',
      documentNumber: '§ 87',
      diarienummer: 'KS/2009:412-612',
      title: 'Svar på motion om fler bänkar',
    });
  });

  it('reads an office letterhead with a Dnr over `Förslag till beslut` as a tjänsteutlåtande, its proposal without `att`', () => {
    const { record } = extractCase([
      'Tierps kommun\nKommunledningsförvaltningen\nDnr KS/2024:517\nNya riktlinjer för föreningsbidrag\nFörslag till beslut\nRegionala utvecklingsnämnden föreslår regionfullmäktige\n– att anta riktlinjerna,\n– att ge nämnden i uppdrag att följa upp dem.\nSammanfattning\nText.',
    ]);
    expect(record.documentType).toBe('tjansteutlatande');
    expect(record.proposedDecision).toEqual(['anta riktlinjerna', 'ge nämnden i uppdrag att följa upp dem']);
  });

  it.each([
    'Slutligt förslag efter remissbehandling',
    'Sammanställning av remissvar och förslag till antagande',
  ])('leaves the stage subtitle %j out of the title', (subtitle) => {
    const lines: [string, number][] = [
      ['Tierps kommun', 10],
      ['Kommunledningsförvaltningen', 10],
      ['Regional cykelstrategi för Tierp 2022–2030', 14],
      [subtitle, 10],
      ['Förslag till beslut', 12],
      ['1. Kommunstyrelsen antar strategin.', 10],
    ];
    const { record } = extractCase([positioned(lines.map(([t, size], i) => cell(t, 60, 80 + i * 20, size)))]);
    expect(record.title).toBe('Regional cykelstrategi för Tierp 2022–2030');
  });

  it('ends a protocol item’s title before the sentence that reports the motion', () => {
    const { record } = extractCase([
      'TIBRO KOMMUN SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige Sammanträdesdatum 2008-09-29\nKF § 112 Dnr 2007/315\n\nMotion om mer närproducerad mat\nLena Holm (c) och Tomas Berg (v) har i en motion den 26 november 2007 föreslagit att andelen ska öka.',
    ]);
    expect(record.title).toBe('Motion om mer närproducerad mat');
  });

  it('leaves a decision-kind subtitle and, with layout, a letterhead unit line in body type out of the title', () => {
    const lines: [string, number][] = [
      ['Tierps kommun', 10],
      ['Kommunledningsförvaltningen', 10],
      ['Demokrati och civilsamhälle', 10],
      ['Regional cykelstrategi för Tierp 2022–2030', 14],
      ['Remissammanställning och förslag till antagande', 10],
      ['Förslag till beslut', 12],
      ['1. Kommunstyrelsen antar strategin.', 10],
    ];
    const { record } = extractCase([positioned(lines.map(([t, size], i) => cell(t, 60, 80 + i * 20, size)))]);
    expect(record.title).toBe('Regional cykelstrategi för Tierp 2022–2030');
  });

  it('reads a letter headed `Yttrande över …` as a remissvar, dated in its header, but a protocol item as an extract', () => {
    const letter = extractCase([
      'Tibro kommun    Datum: 2022-09-13\nKommunstyrelsen    Diarienummer: KS-2022-318\n\nRegion Skaraborg\n\nYttrande över förslag till trafikplan\n\nKommunstyrelsen har vid sitt sammanträde den 13 september 2022 beslutat att avge detta yttrande.\n\nKommunens synpunkter\n\nKommunen tillstyrker planen.',
    ]).record;
    expect([letter.documentType, letter.date, letter.proposedDecision]).toEqual([
      'remissvar',
      '2022-09-13',
      [],
    ]);
    const item = extractCase([
      'Kommunstyrelsen   Sammanträdesdatum\n2016-10-18\n\n§ 212\nDnr KS/2016:389\n\nYttrande över förslag till kulturplan\n\nBeslut\n\nKommunstyrelsen beslutar att som svar på remissen överlämna förvaltningens yttrande.',
    ]).record;
    expect(item.documentType).toBe('protokollsutdrag');
  });

  it('reads a `Betänkandet …` heading of a remissvar as a remiss', () => {
    const { record } = extractCase([
      'TIERPS KOMMUN REMISSVAR\nKulturdepartementet\nBetänkandet Bättre bibliotek (SOU 2021:3)\nTierps kommun har beretts möjlighet att lämna synpunkter på betänkandet.',
    ]);
    expect(record.subject).toMatchObject({
      kind: 'remiss',
      reference: 'SOU 2021:3',
      from: 'Kulturdepartementet',
    });
  });
});

describe('who sent the remiss', () => {
  const subjectOf = (text: string) => extractCase([text]).record.subject;

  it.each([
    [
      'a `Remittent:` label under a `Remissvar –` heading',
      'Region Uppsala\nTjänsteskrivelse\nRemissvar – Biblioteksplan för länet\nRemittent: Kulturdepartementet (Ku2021/12)\nSvar senast: 2021-05-01\nFörslag till beslut\n1. Remissen besvaras.',
      'Kulturdepartementet',
    ],
    [
      'a sender line with the answering time on the next line',
      'Tierps kommun\nTjänsteskrivelse\nRemiss av betänkandet Bättre bibliotek (SOU 2021:3)\nRemiss från Kulturdepartementet\nRemisstid den 3 maj 2021\nFörslag till beslut\n1. Remissen besvaras.',
      'Kulturdepartementet',
    ],
    [
      '`har av X getts möjlighet` under an `Yttrande över` heading',
      'Tierps kommun\nYttrande över regional vattenförsörjningsplan\nTierps kommun har av Länsstyrelsen Uppsala getts möjlighet att lämna synpunkter på planen.',
      'Länsstyrelsen Uppsala',
    ],
    [
      '`X har sänt … på remiss`',
      'Tierps kommun\nProtokollsutdrag\n§ 4\nYttrande över handlingsplan för klimatanpassning\nLänsstyrelsen i Uppsala län har sänt förslag till handlingsplan på remiss till länets kommuner.',
      'Länsstyrelsen i Uppsala län',
    ],
  ])('reads a remiss and its sender from %s', (_, text, from) => {
    expect(subjectOf(text)).toMatchObject({ kind: 'remiss', from });
  });
});

describe('motion and proposal authors', () => {
  it('reads the motion’s members when the subject line names only their party', () => {
    const { record } = extractCase([
      'Tierps kommun\nTjänsteskrivelse\nSvar på motion från Centerpartiet om fler bänkar\nÄrendet\nI en motion som kom in i mars föreslår Eva Berg (C) och Nils Ek (C) att fler bänkar ställs ut.',
    ]);
    expect(record.subject.authors.map((a) => [a.name, a.partyCode])).toEqual([
      ['Eva Berg', 'C'],
      ['Nils Ek', 'C'],
    ]);
  });

  it('reads every proposer of a citizens’ proposal, never the heading above them', () => {
    const { record } = extractCase([
      'Tierps kommun\nTjänsteskrivelse\nMedborgarförslag om fler bänkar\nSammanfattning\nAnna Lind och Per Holm föreslår i ett medborgarförslag att fler bänkar ställs ut.',
    ]);
    expect(record.subject.authors.map((a) => a.name)).toEqual(['Anna Lind', 'Per Holm']);
  });
});

describe('proposals in the forms of other municipalities', () => {
  const decision = (text: string) => extractCase([text]).record;
  const head =
    'Tierps kommun\nTjänsteskrivelse\nDnr KS 2021/10\nMotion om fler bänkar\nFörslag till beslut\n';

  it('reads numbered points that are att-clauses without their att and trailing och', () => {
    const r = decision(
      `${head}Kommunstyrelsen föreslår kommunfullmäktige besluta\n1. att bifalla motionen, och\n2. att uppdra åt tekniska nämnden att ställa ut bänkar.\nSammanfattning\nText.`,
    );
    expect(r.proposedDecision).toEqual([
      'bifalla motionen',
      'uppdra åt tekniska nämnden att ställa ut bänkar',
    ]);
  });

  it('reads numbered points under `… beslutar att`, each point its own', () => {
    const r = decision(
      `${head}Förvaltningen föreslår att nämnden beslutar att\n1. godkänna svaret\n2. justera paragrafen omedelbart\nSammanfattning\nText.`,
    );
    expect(r.proposedDecision).toEqual(['godkänna svaret', 'justera paragrafen omedelbart']);
  });

  it('reads `föreslår Kommunfullmäktige besluta:` and `föreslår kommunfullmäktige att besluta`', () => {
    expect(
      decision(
        `${head}Kommunstyrelsen föreslår Kommunfullmäktige besluta:\nMotionen bifalles.\n2 Sammanfattning\nText.`,
      ),
    ).toMatchObject({
      proposedDecision: ['Motionen bifalles.'],
      decisionBody: 'Kommunfullmäktige',
      outcome: 'bifall',
    });
    expect(
      decision(
        `${head}Kommunstyrelsen föreslår kommunfullmäktige att besluta\natt avslå motionen.\nBakgrund\nText.`,
      ).proposedDecision,
    ).toEqual(['avslå motionen']);
  });

  it('reads `att fatta följande beslut` and numbered points run together on one line', () => {
    expect(
      decision(
        `${head}Kommunstyrelsen föreslår kommunfullmäktige att fatta följande beslut\n1. Motionen avslås. 2. Paragrafen justeras omedelbart.\nBakgrund\nText.`,
      ).proposedDecision,
    ).toEqual(['Motionen avslås.', 'Paragrafen justeras omedelbart.']);
  });

  it('reads a regional board’s run-in points under the office’s proposal heading', () => {
    const r = decision(
      'Region Uppsala\nTjänsteskrivelse\nDnr RS 2021/10\nRemissvar om tandvård\nRegionkontorets förslag till beslut\nRegionstyrelsen beslutar att som svar på remissen överlämna tjänsteskrivelsen, samt att förklara paragrafen omedelbart justerad.\nSammanfattning\nText.',
    );
    expect(r.proposedDecision).toEqual([
      'som svar på remissen överlämna tjänsteskrivelsen',
      'förklara paragrafen omedelbart justerad',
    ]);
  });

  it('reads the sentence under `Förslag från … arbetsutskott` as the decision', () => {
    const r = decision(
      'Region Uppsala\nProtokollsutdrag\nRegionstyrelsen § 12\nYttrande över busstrafiken\nFörslag från regionstyrelsens arbetsutskott\nRegionstyrelsen godkänner yttrandet och överlämnar det till Trafikverket.\nBeslut\nText.',
    );
    expect(r.proposedDecision).toEqual([
      'Regionstyrelsen godkänner yttrandet och överlämnar det till Trafikverket.',
    ]);
  });

  it('reads the proposal under its heading when the protocol decides `i enlighet med arbetsutskottets förslag`', () => {
    const r = decision(
      'Tierps kommun\nProtokollsutdrag\n§ 4\nFler bänkar i parkerna\nFörslag från kommunstyrelsens arbetsutskott\nKommunstyrelsen antar planen för parkerna.\nBeslut\nKommunstyrelsen beslutar i enlighet med arbetsutskottets förslag.\nÄrendebeskrivning\nText.',
    );
    expect(r.proposedDecision).toEqual(['Kommunstyrelsen antar planen för parkerna.']);
  });

  it('does not take a consulted committee’s `har beslutat att` for the proposal when one is introduced', () => {
    const r = decision(
      `${head}Yttranden\nSocialnämnden har beslutat att inte ta ställning till motionen.\nKulturnämnden tillstyrker motionen.\nKommunstyrelsens förslag\nKommunstyrelsen föreslår att kommunfullmäktige beslutar att motionen ska anses besvarad.\nYrkanden\nText.`,
    );
    expect(r.proposedDecision).toEqual(['motionen ska anses besvarad']);
    expect(r.decisionBody).toBe('Kommunfullmäktige');
  });

  it('gives a remissvar letter the committee of its letterhead as decider, and no points', () => {
    const r = decision(
      'Tierps kommun YTTRANDE\nMiljönämnden 2024-01-10\nDnr MN 2023/99\nNaturvårdsverket\nYttrande över förslag till föreskrifter\nMiljönämnden har vid sitt sammanträde den 9 januari 2024 beslutat att lämna följande yttrande.\nNämnden tillstyrker förslaget.',
    );
    expect(r).toMatchObject({
      documentType: 'remissvar',
      decisionBody: 'Miljönämnden',
      proposedDecision: [],
    });
  });
});

describe('signatories', () => {
  /** Lines of cells, each row 14 pt under the last; cells 200 pt apart. */
  const rows = (lines: string[][]): PositionedPage =>
    positioned(lines.flatMap((row, r) => row.map((text, c) => cell(text, 60 + c * 200, 80 + r * 14))));

  it('reads the names over their titles after the office, not a table row of answers above them', () => {
    const { record } = extractCase([
      rows([
        ['Tierps kommun Tjänsteskrivelse'],
        ['Dnr KS 2021/10'],
        ['Motion om fler bänkar'],
        ['Remissinstans', 'Datum', 'Svar'],
        ['Tierps Företagarförening', '2021-02-01', 'Tillstyrker'],
        ['Pensionärsrådet', '–', 'Avböjt att yttra sig'],
        ['Kommunledningskontoret föreslår att motionen bifalls.'],
        ['Kommunledningskontoret'],
        ['Eva Lind', 'Olle Berg'],
        ['Kommundirektör', 'Kanslichef'],
      ]),
    ]);
    expect(record.signatories).toEqual(['Eva Lind', 'Olle Berg']);
  });

  it.each([
    ['on the label’s line', [['Handläggare: Olle Berg, utredare']]],
    ['in the cell beside the label', [['Handläggare', 'Olle Berg, utredare']]],
  ])(
    'leaves out the handläggare the header names (%s), who signs beside the head of office',
    (_where, contact) => {
      const { record } = extractCase([
        rows([
          ['Tierps kommun Tjänsteskrivelse'],
          ['Dnr KS 2021/11'],
          ...contact,
          ['Motion om fler bänkar'],
          ['Kommunledningskontoret föreslår att motionen bifalls.'],
          ['Eva Lind', 'Olle Berg'],
          ['Kommundirektör', 'Utredare'],
        ]),
      ]);
      expect(record.signatories).toEqual(['Eva Lind']);
    },
  );

  it.each([
    [
      'labels side by side over names run together',
      [
        ['Vid protokollet', 'Justeras'],
        ['Eva Lind, sekreterare', 'Olle Berg, ordförande Stina Ek Per-Åke Holm'],
      ],
      ['Eva Lind', 'Olle Berg', 'Stina Ek', 'Per-Åke Holm'],
    ],
    [
      'a row of labels over one run of names',
      [['Ordförande Justerare Justerare'], ['Olle Berg Stina Ek Per-Åke Holm']],
      ['Olle Berg', 'Stina Ek', 'Per-Åke Holm'],
    ],
    [
      'the label before names, the last role wrapped',
      [
        ['Vid protokollet'],
        ['Eva Lind, sekreterare'],
        ['Justeras Olle Berg, ordförande Stina Ek, justerare Per-Åke Holm,'],
        ['justerare'],
      ],
      ['Eva Lind', 'Olle Berg', 'Stina Ek', 'Per-Åke Holm'],
    ],
  ])('reads a protocol’s signers: %s', (_kind, block, expected) => {
    const { record } = extractCase([
      rows([
        ['Norrby kommun'],
        ['Protokollsutdrag'],
        ['Kommunfullmäktige 2019-05-20'],
        ['§ 41 Dnr KS 2019/12'],
        ['Motion om fler bänkar'],
        ['Beslut'],
        ['Motionen avslås.'],
        ...block,
      ]),
    ]);
    expect(record.signatories).toEqual(expected);
  });

  it('reads every signer after a letter-spaced first one', () => {
    const { record } = extractCase([
      'Utlåtande 2019:3 RII (Dnr 2018/12)\nFler bänkar\nText.\nStockholm den 1 mars 2019\nPå kommunstyrelsens vägnar:\nK A R I N E K L U N D\nOlle Berg\nEva Lind',
    ]);
    expect(record.signatories).toEqual(['Karin Eklund', 'Olle Berg', 'Eva Lind']);
  });

  it('reads a mixed-case letter-spaced name whose word break was lost, after the real signing line', () => {
    const { record } = extractCase([
      'PM 2012:RIII (Dnr 326-12/2012)\nFler bänkar\nRemiss från Kulturdepartementet\nRemisstid den 31 oktober 2012\nText.\nStockholm den 3 oktober 2012\nOlle Berg\nE v a L i n d b e r g',
    ]);
    expect(record.signatories).toEqual(['Olle Berg', 'Eva Lindberg']);
  });

  it('reads signers stacked over titles with a suspended hyphen or a genitive, across a page’s running header', () => {
    const { record } = extractCase([
      'Region Uppsala\nTjänsteskrivelse\nDnr RS 2021/10\nFler bänkar\nText.\nEva Lind\nRegiondirektör\nOlle Berg',
      'Region Uppsala Dnr RS 2021/10\nHälso- och sjukvårdsdirektör\nKarin Ek\nRegionstyrelsens ordförande',
    ]);
    expect(record.signatories).toEqual(['Eva Lind', 'Olle Berg', 'Karin Ek']);
  });
});

describe('dissents read from their sentence', () => {
  const dissents = (text: string) =>
    extractCase([
      `Tierps kommun\nProtokoll\n§ 4\nMotion om fler bänkar\nKommunfullmäktige beslutar att avslå motionen.\n${text}`,
    ]).record.reservations.map((r) => [r.kind, r.parties]);

  it.each([
    ['KD och M reserverar sig mot beslutet.', [['reservation', ['KD', 'M']]]],
    [
      'Mot beslutet reserverar sig Eva Lind (MP) och Ola Berg (V) skriftligen.',
      [['reservation', ['MP', 'V']]],
    ],
    ['Beslutet fattades med\nreservation från (L) och (KD).', [['reservation', ['L', 'KD']]]],
    ['Ledamoten för V lämnade ett särskilt yttrande.', [['sarskilt_uttalande', ['V']]]],
    [
      'Lena Holm (C) lämnar följande särskilda yttrande: Vi stödjer motionen.',
      [['sarskilt_uttalande', ['C']]],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(dissents(sentence)).toEqual(expected);
  });

  it('reads no dissent from a sentence that names no party', () => {
    expect(dissents('Ingen reserverade sig mot beslutet.')).toEqual([]);
  });

  it.each([
    [
      'a reservation made in a named body, by borgarråd',
      'Reservation anfördes i borgarrådsberedningen av borgarråden Eva Lind (S) och Ola Berg (V) enligt följande. Staden bör bifalla motionen.',
      {
        kind: 'reservation',
        parties: ['S', 'V'],
        names: ['Eva Lind', 'Ola Berg'],
        in: 'Borgarrådsberedningen',
      },
    ],
    [
      'a party’s members speaking through one of them',
      'Moderaternas ledamöter (M) genom Karin Ek lämnar ett särskilt uttalande: Vi vill se en tidsplan.',
      { kind: 'sarskilt_uttalande', parties: ['M'], names: ['Karin Ek'] },
    ],
    [
      'dissenters on a line of their own under the signature',
      'Stockholm den 1 mars 2020\nEva Lind\nPer Holm (V) och Anna Ek (MP) reserverar sig mot beslutet.',
      { kind: 'reservation', parties: ['V', 'MP'], names: ['Per Holm', 'Anna Ek'] },
    ],
  ])('reads %s with its people', (_, text, expected) => {
    const found = extractCase([
      `Tierps kommun\nProtokoll\n§ 4\nMotion om fler bänkar\nKommunfullmäktige beslutar att avslå motionen.\nText om bänkar.\n${text}`,
    ]).record.reservations;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('where the case starts', () => {
  it('passes over a council’s cover sheet for the agenda item', () => {
    const { record } = extractCase([
      'Kommunfullmäktige\nSammanträde 25 november 2024\nÄrende 9\nFler bänkar i parkerna',
      'Tierps kommun\nKommunstyrelsen 2024-10-21\nFler bänkar i parkerna\nKommunstyrelsen föreslår kommunfullmäktige besluta\n1. Programmet antas.',
    ]);
    expect(record.date).toBe('2024-10-21');
    expect(record.proposedDecision).toEqual(['Programmet antas.']);
  });

  it('reads a full first page as the case, whatever document kinds a later page names', () => {
    const body = Array.from(
      { length: 26 },
      (_, i) =>
        `Stycke ${i + 1}: motionären vill att staden ställer ut fler bänkar i parkerna och sköter dem väl.`,
    );
    const { record, issues } = extractCase([
      ['TIERPS KOMMUN Protokoll', 'KF § 12 Dnr KS 2023/5', 'Svar på motion om fler bänkar', ...body].join(
        '\n',
      ),
      [
        'Tierps kommun Kommunfullmäktige',
        'Beslutsunderlag',
        'Remissvar från kulturnämnden',
        'Tjänsteskrivelse 2023-01-02',
      ].join('\n'),
    ]);
    expect(record.title).toBe('Svar på motion om fler bänkar');
    expect(issues.map((i) => i.code)).not.toContain('document_starts_later');
  });

  it('reads the protocol item that starts after the end of the previous one, and says so', () => {
    const { record, issues } = extractCase([
      [
        'TIERPS KOMMUN PROTOKOLL Kommunfullmäktige Sammanträdesdatum 2015-05-21',
        'och att ombyggnaden behövs för att skolan ska kunna ta emot fler elever.',
        'Kommunfullmäktige beslutar att bifalla kommunstyrelsens förslag.',
        'Beslutet expedieras till: Lokalförsörjningsnämnden',
        '§ 87 Dnr 2015/KS0214',
        'Svar på motion av Eva Lind (KD) om fler bänkar',
        'Eva Lind (KD) föreslår i en motion att staden ställer ut fler bänkar.',
      ].join('\n'),
    ]);
    expect(record).toMatchObject({
      documentType: 'protokollsutdrag',
      documentNumber: '§ 87',
      diarienummer: '2015/KS0214',
      title: 'Svar på motion av Eva Lind (KD) om fler bänkar',
      date: '2015-05-21',
    });
    expect(issues.map((i) => i.code)).toContain('document_starts_later');
  });

  it('keeps letterhead rows of office, addressee, date and number out of the heading', () => {
    const rows = [
      ['Tierps kommun', 'Kommunstyrelsens förslag'],
      ['Kommunstyrelsen', 'till kommunfullmäktige Diarienummer KS-2021/0612'],
      ['Ledningsstaben', '14 februari 2024'],
    ];
    const items = rows.flatMap((row, r) => row.map((text, c) => cell(text, 60 + c * 250, 80 + r * 12)));
    const heading = [cell('Fler bänkar i parkerna', 60, 130, 14), cell('Förslag till beslut', 60, 150, 12)];
    const body = cell('Kommunstyrelsen föreslår att förslaget antas.', 60, 166);
    expect(extractCase([positioned([...items, ...heading, body])]).record.title).toBe(
      'Fler bänkar i parkerna',
    );
  });
});

describe('a header in small type at the top of page 1', () => {
  it('is read as the document header even when later pages repeat it as a running header', () => {
    const header = 'Utlåtande 2013:87 RVII (Dnr 123-1489/2012)';
    const page = (lines: [string, number][]): PositionedPage =>
      positioned(
        lines.map(([text, size], i) => cell(text, 60, (i === 0 ? 40 : 90 + i * 16) as number, size)),
      );
    const { record } = extractCase([
      page([
        [header, 8],
        ['Fler bänkar i parkerna', 14],
        ['Motion (2012:47) av Eva Lind (V)', 10],
        ['Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.', 10],
        ['Motionen avslås.', 10],
      ]),
      page([
        [header, 8],
        ['Ärendet', 12],
        ['Eva Lind (V) föreslår i en motion att fler bänkar ställs ut.', 10],
      ]),
    ]);
    expect(record).toMatchObject({
      documentType: 'utlatande',
      documentNumber: '2013:87',
      rotel: 'VII',
      diarienummer: '123-1489/2012',
    });
  });
});

describe('a table of answers', () => {
  it('gives each row to the body in its first cell, an unlisted organisation included', () => {
    const rows = [
      ['Remissinstans', 'Svar'],
      ['Kulturnämnden', 'Tillstyrker'],
      ['Region Uppsala', 'Lämnar information'],
      ['Tierps stift', 'Tillstyrker'],
    ];
    const text = [
      'Tierps kommun Tjänsteskrivelse',
      'Motion om fler bänkar',
      'Motionen har remitterats till kulturnämnden och Region Uppsala.',
    ].map((t, i) => cell(t, 60, 80 + i * 16));
    const table = rows.flatMap((row, r) => row.map((t, c) => cell(t, 60 + c * 220, 150 + r * 14)));
    const { record } = extractCase([positioned([...text, ...table])]);
    expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
      ['Kulturnämnden', 'supports'],
      ['Region Uppsala', 'unclear'],
      ['Tierps stift', 'supports'],
    ]);
  });
});

describe('a region’s table of answers from the county’s municipalities', () => {
  it('takes the municipalities its rows name (never the region itself), any name of two words, and reads the verdict cells', () => {
    const rows = [
      ['Remissinstans', 'Ställningstagande', 'Kommentar'],
      ['Ekby kommun', 'Tillstyrker', 'Ser planen som ett stöd för stråket mot Norrby.'],
      [
        'Norrby kommun',
        'Tillstyrker med villkor',
        'Förutsätter att regionen medfinansierar kommunens del av sträckan.',
      ],
      ['Åby kommun', 'Avstyrker', 'Kommunen avstyrker förslaget i den del som rör väg 12.'],
      ['Lilla kommun', 'Ej besvarat', '–'],
      ['Turism Uppland', 'Tillstyrker', 'Ser möjligheter för besöksnäringen.'],
    ];
    const text = [
      'Region Uppsala',
      'Tjänsteskrivelse',
      'Regional cykelplan',
      'Remissen skickades till länets åtta kommuner och Trafikverket.',
      'Trafikverket tillstyrker planen.',
    ].map((t, i) => cell(t, 60, 80 + i * 16));
    const table = rows.flatMap((row, r) => row.map((t, c) => cell(t, 60 + c * 170, 160 + r * 14)));
    const { record } = extractCase([positioned([...text, ...table])]);
    expect(record.municipality).toBe('Region Uppsala');
    expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
      ['Trafikverket', 'supports'],
      ['Ekby kommun', 'supports'],
      ['Norrby kommun', 'partly'],
      ['Åby kommun', 'opposes'],
      ['Lilla kommun', 'no_response'],
      ['Turism Uppland', 'supports'],
    ]);
  });
});

describe('a table of answers with a date column', () => {
  it('reads the date as a committee’s meeting and a company’s statement', () => {
    const rows = [
      ['Remissinstans', 'Datum', 'Synpunkter'],
      ['Fritidsnämnden', '2020-05-20', 'Inga synpunkter.'],
      ['Ekby Vatten AB', '2020-05-14', 'Tillstyrker.'],
    ];
    const text = [
      'Ekby kommun',
      'Tjänsteskrivelse',
      'Riktlinjer för parkering',
      'Riktlinjerna har remitterats till fritidsnämnden och Ekby Vatten AB.',
    ].map((t, i) => cell(t, 60, 80 + i * 16));
    const table = rows.flatMap((row, r) => row.map((t, c) => cell(t, 60 + c * 170, 160 + r * 14)));
    const { record } = extractCase([positioned([...text, ...table])]);
    expect(record.consultations.map((c) => [c.body, c.stance, c.meetingDate, c.statementDate])).toEqual([
      ['Fritidsnämnden', 'no_objection', '2020-05-20', null],
      ['Ekby Vatten AB', 'supports', null, '2020-05-14'],
    ]);
  });

  it('reads `beslutade sitt yttrande den …` as the meeting', () => {
    expect(
      consultationsOf(
        'Motionen har remitterats till trafiknämnden.\n\nTrafiknämnden avstyrker motionen. Trafiknämnden beslutade sitt yttrande den 24 oktober 2024.',
      ).map((c) => [c.meetingDate, c.statementDate]),
    ).toEqual([['2024-10-24', null]]);
  });
});

describe('a later page’s edge line with a name and a page mark', () => {
  it('is page furniture: a sentence broken by it stays with the council that spoke', () => {
    const first = [
      'Region Ekby',
      'Tjänsteskrivelse',
      'Regional plan för färdtjänst',
      'Planen har remitterats till kollektivtrafiknämnden. Regionens pensionärsråd och regionens råd för',
      'funktionshinderfrågor har också getts möjlighet att lämna synpunkter.',
      'Pensionärsrådet tillstyrker planen. Kollektivtrafiknämnden tillstyrker planen.',
      'Rådet för funktionshinderfrågor är mer tveksamt. Rådet befarar att avståndet till',
    ].map((t, i) => cell(t, 60, 80 + i * 16));
    const second = [
      cell('Region Ekby 2 (2)', 60, 30, 8),
      cell('beslutsfattarna ökar. Rådet avstyrker därför planen.', 60, 90),
    ];
    const { record } = extractCase([positioned(first), positioned(second)]);
    expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
      ['Kollektivtrafiknämnden', 'supports'],
      ['Regionens pensionärsråd', 'supports'],
      ['Regionens råd för funktionshinderfrågor', 'opposes'],
    ]);
  });
});

describe('a page excerpt that is only a table of answers', () => {
  it('opens the table at its header row, takes the bodies from the first cells and dates from their parentheses', () => {
    const rows = [
      ['Remissinstans', 'Synpunkter i sammandrag'],
      ['Nämnden för idrott och fritid (2021-04-12, § 31)', 'Nämnden tillstyrker planen i sin helhet.'],
      ['Kulturnämnden (2021-04-14, § 18)', 'Inga synpunkter.'],
      ['Hyresgästföreningen (yttrande 2021-04-02)', 'Föreningen avstyrker förslaget om avgifter.'],
    ];
    const table = rows.flatMap((row, r) => row.map((t, c) => cell(t, 60 + c * 260, 90 + r * 16)));
    const { record } = extractCase([positioned(table)]);
    expect(record.consultations.map((c) => [c.body, c.stance, c.meetingDate, c.statementDate])).toEqual([
      ['Nämnden för idrott och fritid', 'supports', '2021-04-12', null],
      ['Kulturnämnden', 'no_objection', '2021-04-14', null],
      ['Hyresgästföreningen', 'opposes', null, '2021-04-02'],
    ]);
  });
});

describe('a page excerpt that starts mid-document', () => {
  const lines: [string, number][] = [
    [
      'att fritidsgårdarna redan i dag har öppet längre på fredagar, och föreslår att nämnden avstyrker motionen.',
      10,
    ],
    ['Kungsholmens stadsdelsnämnd', 13],
    ['Kungsholmens stadsdelsnämnd avstyrker motionen.', 10],
    ['Tierps Schackklubb', 13],
    ['Klubben tillstyrker motionen.', 10],
  ];
  const excerpt = positioned(lines.map(([text, size], i) => cell(text, 60, 80 + i * 22, size)));

  it('has no heading of its own', () => {
    expect(extractCase([excerpt]).record.title).toBeNull();
  });

  it('takes the organisations its headings name as the consulted bodies', () => {
    expect(extractCase([excerpt]).record.consultations.map((c) => [c.body, c.stance])).toEqual([
      ['Kungsholmens stadsdelsnämnd', 'opposes'],
      ['Tierps Schackklubb', 'supports'],
    ]);
  });
});
