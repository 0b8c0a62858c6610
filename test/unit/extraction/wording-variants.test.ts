import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../shared/extraction/extract-case.ts';

// Synthetic texts in the genre with wording the dev documents do not use: invented case, names
// and wording, not taken from any fixture.
const head = `Utlåtande 2019:45 RVII (Dnr 123-456/2018)
Fler bänkar längs stadens promenadstråk
Motion (2018:31) av Erik Sten och Maria Lund (båda L)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.

Motionen avslås.
`;

const extract = (tail: string) => extractCase([`${head}\n${tail}`]).record;

describe('wording variants', () => {
  it('reads a signing date broken across two lines and the names under it', () => {
    const record = extract(`Stockholm den 3 april
2019

På kommunstyrelsens vägnar:

A N N A  S T E N B E R G

Karl Ohlsson
`);
    expect(record.date).toBe('2019-04-03');
    expect(record.signatories).toEqual(['Anna Stenberg', 'Karl Ohlsson']);
  });

  it('reads `Särskilt uttalande gör X (P).` and `Ersättaryttrande gör X (P).`', () => {
    const record = extract(`Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.

Kommunstyrelsen delar borgarrådsberedningens uppfattning och föreslår att kommunfullmäktige beslutar följande.

Motionen avslås.

Särskilt uttalande gör Olle Nordin (MP).

Ersättaryttrande gör Sven Östlund (SD).
`);
    expect(record.reservations).toEqual([
      { kind: 'sarskilt_uttalande', parties: ['MP'], names: ['Olle Nordin'], in: 'Kommunstyrelsen' },
      { kind: 'ersattaryttrande', parties: ['SD'], names: ['Sven Östlund'], in: 'Kommunstyrelsen' },
    ]);
  });

  it('keeps `m.fl.` out of the names when the sentence ends right after it', () => {
    const record = extract(`Kommunstyrelsen delar borgarrådsberedningens uppfattning.

Särskilt uttalande görs av Anna Ekberg (V) m.fl.

Reservation anförs av Karl Berg m. fl. (S).
`);
    expect(record.reservations.map((r) => r.names)).toEqual([['Anna Ekberg'], ['Karl Berg']]);
  });

  it('drops the second title from two presenters', () => {
    const record = extract(
      'Föredragande borgarrådet Ulla Holmberg och borgarrådet Sten Nyberg anför följande.\n',
    );
    expect(record.presenter).toBe('Ulla Holmberg och Sten Nyberg');
  });

  it('reads a tjänsteutlåtande whose points follow `Förvaltningens förslag till beslut` directly', () => {
    const { record } = extractCase([
      `Kulturförvaltningen
Tjänsteutlåtande
Dnr 4.1-0345/2019
2019-05-14

Handläggare
Eva Grön

Till
Kulturnämnden
2019-06-11

Remiss av motion om fler bibliotek i ytterstaden
Motion (2019:12) av Ahmed Karimi (S)

Förvaltningens förslag till beslut
Kulturnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.

Lars Malmgren
Kulturdirektör

Eva Stålberg
Avdelningschef

Sammanfattning

Förvaltningen avstyrker förslaget om nya filialer.`,
    ]);
    expect(record.title).toBe('Remiss av motion om fler bibliotek i ytterstaden');
    expect(record.subject.reference).toBe('2019:12');
    expect(record.proposedDecision).toEqual([
      'Kulturnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.',
    ]);
    expect(record.decisionBody).toBe('Kulturnämnden');
    expect(record.proposedBy).toBe('Kulturförvaltningen');
    expect(record.outcome).toBe('besvarad');
    expect(record.signatories).toEqual(['Lars Malmgren', 'Eva Stålberg']);
  });

  it('reads `Kommunstyrelsens förslag` with the points right under it in a council extract', () => {
    const { record } = extractCase([
      `Utdrag ur protokoll fört vid sammanträde med kommunfullmäktige i Stockholm den 10 juni 2019

§ 22 Utökad simundervisning Dnr KS 2018/1456

Motion (2018:77) av Hanna Ekdahl (MP)

Kommunstyrelsens förslag

Motionen avslås.

Beslut

Motionen avslås.`,
    ]);
    expect(record.proposedDecision).toEqual(['Motionen avslås.']);
    expect(record.decisionBody).toBe('Kommunfullmäktige');
    expect(record.proposedBy).toBe('Kommunstyrelsen');
    expect(record.outcome).toBe('avslag');
  });

  it('reads `föreslår kommunfullmäktige att …` and a motion line dated instead of numbered', () => {
    const { record } = extractCase([
      `NACKA KOMMUN
Tjänsteskrivelse
2020-03-02
Dnr KFKS 2019/845

Motion om fler laddstolpar
Motion den 14 oktober 2019 av Sara Blomqvist m.fl. (V)

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.

Sammanfattning
Motionären föreslår att kommunen bygger fler laddstolpar.`,
    ]);
    expect(record.title).toBe('Motion om fler laddstolpar');
    expect(record.subject.kind).toBe('motion');
    expect(record.subject.authors.map((a) => [a.name, a.party])).toEqual([['Sara Blomqvist', 'V']]);
    expect(record.proposedDecision).toEqual(['avslå motionen']);
    expect(record.decisionBody).toBe('Kommunfullmäktige');
    expect(record.outcome).toBe('avslag');
  });

  it('reads a remiss list printed as bullets, and a body named with its part in brackets', () => {
    const record = extract(`Beredning

Motionen har remitterats till följande remissinstanser:
– Stadsledningskontoret
– Trafiknämnden
– Region Stockholm (trafikförvaltningen)

Yttrande har även inkommit från Svenska Bostäder AB.

Stadsledningskontoret anser att frågan i första hand är Region Stockholms ansvar.

Trafiknämnden tillstyrker motionen.

Region Stockholm meddelar att trafikförvaltningen redan arbetar med trygghetsvärdar.

Svenska Bostäder AB välkomnar förslaget.

Mina synpunkter
`);
    expect(record.consultations.map((c) => [c.body, c.bodyType, c.stance])).toEqual([
      ['Stadsledningskontoret', 'kontor', 'opposes'],
      ['Trafiknämnden', 'namnd', 'supports'],
      ['Region Stockholm (trafikförvaltningen)', 'extern', 'opposes'],
      ['AB Svenska Bostäder', 'bolag', 'supports'],
    ]);
  });
});

describe('header variants', () => {
  it.each([
    ['Utlåtande 2019:45 R VII (Dnr 123-456/2018)', 'VII'],
    ['Utlåtande 2019:45 RI + RVII (Dnr 123-456/2018)', 'I+VII'],
  ])('reads the rotel of %s as %s', (header, rotel) => {
    const { record } = extractCase([
      `${header}\nFler bänkar i parken\nMotion (2018:31) av Erik Sten (L)\n\nKommunstyrelsen föreslår att kommunfullmäktige beslutar följande.\n\nMotionen avslås.\n`,
    ]);
    expect(record.rotel).toBe(rotel);
    expect(record.title).toBe('Fler bänkar i parken');
  });
});

describe('dissents in a consulted body', () => {
  it('keeps a later dissent in the council body after a sender’s decision in Ärendet', () => {
    const { record } = extractCase([
      `PM 2018:112 RIII (Dnr 2018/004512)
Förskola i Bromma
Hemställan från Bromma stadsdelsnämnd

Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.

1. Bromma stadsdelsnämnds hemställan bifalls.

Ärendet

Bromma stadsdelsnämnd beslutade vid sitt sammanträde den 20 mars 2018 att hemställa om medel.

Mina synpunkter

Jag föreslår att hemställan bifalls.

Särskilt uttalande gör Per Ekman (V).`,
    ]);
    expect(record.reservations.map((r) => [r.kind, r.names, r.in])).toEqual([
      ['sarskilt_uttalande', ['Per Ekman'], 'Borgarrådsberedningen'],
    ]);
  });

  it('places a dissent after a body’s own decision in that body', () => {
    const record =
      extract(`Kommunstyrelsen delar borgarrådsberedningens uppfattning och föreslår att kommunfullmäktige beslutar följande.

Motionen avslås.

Reservation anförs av Karl Berg (L) enligt följande.

Remissammanställning

Trafiknämnden

Trafiknämnden beslutade vid sitt sammanträde den 12 mars 2019 att som svar på remissen överlämna kontorets tjänsteutlåtande.

Reservation anfördes av Lisa Rosén m.fl. (L) med hänvisning till förslag från L.

Bromma stadsdelsnämnd

Bromma stadsdelsnämnd beslutade vid sitt sammanträde den 14 mars 2019 att tillstyrka motionen.

Särskilt uttalande gjordes av Olle Bodin (S).
`);
    expect(record.reservations.map((r) => [r.kind, r.names, r.in])).toEqual([
      ['reservation', ['Karl Berg'], 'Kommunstyrelsen'],
      ['reservation', ['Lisa Rosén'], 'Trafiknämnden'],
      ['sarskilt_uttalande', ['Olle Bodin'], 'Bromma stadsdelsnämnd'],
    ]);
  });
});

describe('dissents that name parties written out', () => {
  it.each([
    [
      'Ledamöterna för Centerpartiet och Sverigedemokraterna reserverar sig mot beslutet.',
      [['reservation', ['C', 'SD']]],
    ],
    [
      'Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet.',
      [['reservation', ['S', 'V']]],
    ],
    [
      'Mot beslutet reserverar sig ledamöterna för (kd), (v) och (c) till förmån för eget yrkande.',
      [['reservation', ['kd', 'v', 'c']]],
    ],
    ['Sverigedemokraterna lämnade ett särskilt yttrande.', [['sarskilt_uttalande', ['SD']]]],
    [
      'Ledamöterna för Folkpartiet liberalerna och Miljöpartiet de gröna reserverar sig mot beslutet.',
      [['reservation', ['FP', 'MP']]],
    ],
    [
      'Ledamöterna för Centerpartiet (C), Moderaterna (M) och Kristdemokraterna (KD) reserverar sig mot beslutet.',
      [['reservation', ['C', 'M', 'KD']]],
    ],
  ])('%s', (sentence, expected) => {
    const record = extract(`Kommunstyrelsen beslutar att avslå motionen.\n\n${sentence}\n`);
    expect(record.reservations.map((r) => [r.kind, r.parties])).toEqual(expected);
  });
});

describe('signature variants', () => {
  it.each([
    [
      'Stockholm den 3 april 2019\n\nPå kommunstyrelsens vägnar:\n\nANNA ANDERSSON\n\nKarl Karlsson',
      ['Anna Andersson', 'Karl Karlsson'],
    ],
    [
      'Stockholm den 3 april 2019\nPå kommunstyrelsens vägnar:\nA N N A - K A R I N  A N D E R S S O N\nKarl Karlsson',
      ['Anna-Karin Andersson', 'Karl Karlsson'],
    ],
    [
      'Stockholm 2019-04-03\n\nPå kommunstyrelsens vägnar:\n\nA N N A  A N D E R S S O N\n\nKarl Karlsson',
      ['Anna Andersson', 'Karl Karlsson'],
    ],
    // two signers whose names the layout kept in one run
    [
      'Stockholm den 3 april 2019\n\nPå kommunstyrelsens vägnar:\n\nKarin Sjölund Anna Ljungberg',
      ['Karin Sjölund', 'Anna Ljungberg'],
    ],
    // a row of titles over the names is no signer
    [
      'Stockholm den 3 april 2019\n\nPå kommunstyrelsens vägnar:\n\nOrdförande Justerande\n\nKarin Sjölund\n\nAnna Ljungberg',
      ['Karin Sjölund', 'Anna Ljungberg'],
    ],
  ])('reads the signing block %j', (block, names) => {
    const record = extract(`${block}\n`);
    expect(record.date).toBe('2019-04-03');
    expect(record.signatories).toEqual(names);
  });
});

describe('consultation variants', () => {
  it('gives a statement made for several districts to each of them, and resolves acronyms and company forms', () => {
    const record = extract(`Beredning

Ärendet har remitterats till idrottsnämnden, stadsdelsnämnderna i Bromma, Kungsholmen, Farsta och Östermalm, Kommunstyrelsens pensionärsråd (KPR) och Familjebostäder AB.

Idrottsnämnden har inga synpunkter.

Bromma och Kungsholmens stadsdelsnämnder avstyrker motionen.

Stadsdelsnämnderna i Farsta och Östermalm tillstyrker motionen.

KPR tillstyrker motionen.

Familjebostäder AB har inget att erinra.

Mina synpunkter
`);
    expect(record.consultations.map((c) => [c.body, c.bodyType, c.stance])).toEqual([
      ['Idrottsnämnden', 'namnd', 'no_objection'],
      ['Bromma stadsdelsnämnd', 'stadsdelsnamnd', 'opposes'],
      ['Kungsholmens stadsdelsnämnd', 'stadsdelsnamnd', 'opposes'],
      ['Farsta stadsdelsnämnd', 'stadsdelsnamnd', 'supports'],
      ['Östermalms stadsdelsnämnd', 'stadsdelsnamnd', 'supports'],
      ['Kommunstyrelsens pensionärsråd', 'rad', 'supports'],
      ['AB Familjebostäder', 'bolag', 'no_objection'],
    ]);
  });

  it('reads statement dates printed after a comma and meeting dates broken across lines', () => {
    const record = extract(`Beredning

Ärendet har remitterats till trafiknämnden och Bromma stadsdelsnämnd.

Trafiknämnden beslutade den 12 mars 2019 att som svar på remissen överlämna kontorets tjänsteutlåtande, daterat den 20 februari 2019. Kontoret avstyrker motionen.

Bromma stadsdelsnämnd beslutade vid sitt sammanträde den 21
mars 2019 att godkänna förvaltningens tjänsteutlåtande, daterat 2019-03-01, som svar på remissen. Förvaltningen ställer sig positiv.

Mina synpunkter
`);
    expect(record.consultations.map((c) => [c.body, c.stance, c.meetingDate, c.statementDate])).toEqual([
      ['Trafiknämnden', 'opposes', '2019-03-12', '2019-02-20'],
      ['Bromma stadsdelsnämnd', 'supports', '2019-03-21', '2019-03-01'],
    ]);
  });
});

describe('other municipalities', () => {
  it('reads a `Göteborgs Stad` letterhead, contact lines and a decision headed `I kommunfullmäktige`', () => {
    const { record } = extractCase([
      `Göteborgs Stad
Stadsledningskontoret
Tjänsteutlåtande
Utfärdat 2021-03-15
Diarienummer 0456/20

Handläggare
Karl Ekström
Telefon: 031-365 00 00
E-post: karl.ekstrom@example.se

Motion av Hans Bergman (M) om fler kommunala ordningsvakter

Förslag till beslut
I kommunfullmäktige
Motionen av Hans Bergman (M) om fler kommunala ordningsvakter avslås.

Sammanfattning
Motionären föreslår fler ordningsvakter.`,
    ]);
    expect(record.municipality).toBe('Göteborgs Stad');
    expect(record.title).toBe('Motion av Hans Bergman (M) om fler kommunala ordningsvakter');
    expect(record.proposedDecision).toEqual([
      'Motionen av Hans Bergman (M) om fler kommunala ordningsvakter avslås.',
    ]);
    expect(record.decisionBody).toBe('Kommunfullmäktige');
    expect(record.proposedBy).toBe('Stadsledningskontoret');
    expect(record.outcome).toBe('avslag');
  });
});

describe('subject variants', () => {
  it('reads the proposer of `Ett medborgarförslag har inkommit från X`', () => {
    const { record } = extractCase([
      `TJÄNSTESKRIVELSE
2019-05-02
KS-2019/345

Medborgarförslag om hundrastgård vid sjön

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att anse medborgarförslaget besvarat.

Sammanfattning
Ett medborgarförslag har inkommit från Lisa Holmgren om en hundrastgård.`,
    ]);
    expect(record.subject.kind).toBe('medborgarforslag');
    expect(record.subject.authors.map((a) => a.name)).toEqual(['Lisa Holmgren']);
    expect(record.outcome).toBe('besvarad');
  });

  it('ends a hemställan’s sender before its topic', () => {
    const { record } = extractCase([
      `PM 2015:40 RV (Dnr 123-555/2015)
Fler förskoleplatser i Bromma
Hemställan från Bromma stadsdelsnämnd om medel för paviljonger

Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande.

1. Bromma stadsdelsnämnds hemställan bifalls.`,
    ]);
    expect(record.subject.kind).toBe('hemstallan');
    expect(record.subject.from).toBe('Bromma stadsdelsnämnd');
  });
});
