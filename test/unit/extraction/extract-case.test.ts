import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../shared/extraction/extract-case.ts';
import { ExtractedCaseSchema } from '../../../shared/model/case-record.ts';

// A synthetic utlåtande in the genre: invented case, names and wording, not taken from any fixture.
const UTLATANDE = [
  `Utlåtande 2021:57 RIV (Dnr KS 2020/0815)
Fler bänkar längs
stadens promenadstråk Motion (2020:31) av Lina Ek (C) och Olle Brant (L)
Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.
1. Motionen bifalls i den del som gäller bänkar vid Mälarstranden.
2. Motionen avslås i övrigt.
Kommunstyrelsen beslutar för egen del följande.
1. Trafiknämnden får i uppdrag att redovisa arbetet.
Föredragande borgarrådet Maja Holm anför följande.
Ärendet
Motionärerna vill att staden sätter upp fler bänkar.
Beredning
Ärendet har remitterats till trafiknämnden, stadsdelsnämnderna Bromma, Hägersten-Älvsjö
och Södermalm samt kommunstyrelsens pensionärsråd.
Trafiknämnden ser inget behov av ett särskilt program.
Bromma stadsdelsnämnd har inget att erinra mot motionen.
Kommunstyrelsens pensionärsråd välkomnar motionen.
Hägersten-Älvsjö stadsdelsnämnd har avstått från att yttra sig.
Mina synpunkter
Jag delar delvis motionärernas uppfattning.
Sida 1 (2)`,
  `Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.
Kommunstyrelsen delar borgarrådsberedningens uppfattning och föreslår att
kommunfullmäktige beslutar följande.
1. Motionen bifalls i den del som gäller bänkar vid Mälarstranden.
2. Motionen avslås i övrigt.
Reservation anförs av Nils Berg m.fl. (S) enligt följande.
1. Att bifalla motionen
Stockholm den 12 maj 2021
På kommunstyrelsens vägnar:
A N N A  S T R Ö M
Maja Holm
Remissammanställning
Trafiknämnden
Trafiknämnden beslutade vid sitt sammanträde den 18 mars 2021 att som svar på remissen
överlämna kontorets tjänsteutlåtande.
Trafikkontorets tjänsteutlåtande daterat den 2 mars 2021 har i huvudsak följande lydelse.
Kontoret ser inget behov av ett särskilt program.
Sida 2 (2)`,
];

describe('extractCase', () => {
  it('reads every field of a synthetic utlåtande', () => {
    // arrange / act
    const { record } = extractCase(UTLATANDE);
    // assert
    expect(record).toMatchObject({
      municipality: 'Stockholms stad',
      documentType: 'utlatande',
      documentNumber: '2021:57',
      rotel: 'IV',
      diarienummer: 'KS 2020/0815',
      title: 'Fler bänkar längs stadens promenadstråk',
      subject: { kind: 'motion', reference: '2020:31', from: null },
      outcome: 'delvis_bifall',
      presenter: 'Maja Holm',
      decisionBody: 'Kommunfullmäktige',
      proposedBy: 'Kommunstyrelsen',
      date: '2021-05-12',
      signatories: ['Anna Ström', 'Maja Holm'],
    });
    expect(record.subject.authors).toEqual([
      { name: 'Lina Ek', party: 'C', partyCode: 'C' },
      { name: 'Olle Brant', party: 'L', partyCode: 'L' },
    ]);
    expect(record.proposedDecision).toEqual([
      'Motionen bifalls i den del som gäller bänkar vid Mälarstranden.',
      'Motionen avslås i övrigt.',
    ]);
    expect(record.reservations).toEqual([
      { kind: 'reservation', parties: ['S'], names: ['Nils Berg'], in: 'Kommunstyrelsen' },
    ]);
  });

  it('expands a grouped remiss list and reads stances out of list order', () => {
    const { record } = extractCase(UTLATANDE);
    const byBody = record.consultations.map((c) => [
      c.body,
      c.bodyType,
      c.stance,
      c.meetingDate,
      c.statementDate,
    ]);
    expect(byBody).toEqual([
      ['Trafiknämnden', 'namnd', 'opposes', '2021-03-18', '2021-03-02'],
      ['Bromma stadsdelsnämnd', 'stadsdelsnamnd', 'no_objection', null, null],
      ['Hägersten-Älvsjö stadsdelsnämnd', 'stadsdelsnamnd', 'no_response', null, null],
      ['Södermalms stadsdelsnämnd', 'stadsdelsnamnd', null, null, null],
      ['Kommunstyrelsens pensionärsråd', 'rad', 'supports', null, null],
    ]);
  });

  it('gives each read stance its evidence and page, and an issue for a missing answer', () => {
    const { record, issues } = extractCase(UTLATANDE);
    // the deciding sentence is the body's own statement (its office's text in the compilation)
    expect(record.consultations[0]).toMatchObject({
      evidence: 'Kontoret ser inget behov av ett särskilt program.',
      page: 2,
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'stance_not_found', path: 'consultations[3].stance' }),
    );
  });

  it('returns byte-identical output for the same input', () => {
    expect(JSON.stringify(extractCase(UTLATANDE))).toBe(JSON.stringify(extractCase(UTLATANDE)));
  });

  it('returns an empty record and an issue for empty text', () => {
    const { record, issues } = extractCase([]);
    expect(record.title).toBeNull();
    expect(record.consultations).toEqual([]);
    expect(issues.map((i) => i.code)).toContain('empty_text');
  });

  it('returns null and an issue when the Dnr line is missing', () => {
    const { record, issues } = extractCase([
      'Utlåtande 2021:3 RII\nRubrik\nKommunstyrelsen föreslår att kommunfullmäktige beslutar följande.\nMotionen avslås.',
    ]);
    expect(record.diarienummer).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ code: 'missing_field', path: 'diarienummer' }));
  });

  it('never throws and always yields a valid record for broken input', () => {
    // arrange: a seeded generator keeps the fuzz inputs the same on every run
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const alphabet =
      'abcåäöABCÅÄÖ0123456789 .,:;()-–\n\tDnr§ den januari Motion remitterats till stadsdelsnämnderna och ';
    const randomText = (n: number) =>
      Array.from({ length: n }, () => alphabet.charAt(next() % alphabet.length)).join('');
    const inputs: unknown[][] = [
      [''],
      ['\n\n\n'],
      [randomText(5000)],
      [randomText(200), randomText(200), ''],
      ['Ärendet har remitterats till , och .'],
      ['(((((((((((((((((((('.repeat(500)],
      ['stadsdelsnämnderna '.repeat(2000)],
      [`Reservation anförs av ${'A '.repeat(3000)}`],
      ['x'.repeat(300_000)],
      [UTLATANDE.join('\n').repeat(20)],
      [null as unknown, 5, { text: 'x' }],
    ];
    for (const pages of inputs) {
      // act
      const result = extractCase(pages as string[]);
      // assert
      expect(ExtractedCaseSchema.safeParse(result.record).success).toBe(true);
    }
  });

  it('stays linear on a long document', () => {
    const long = Array.from({ length: 200 }, () => UTLATANDE[1] ?? '');
    const started = performance.now();
    extractCase(long);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
