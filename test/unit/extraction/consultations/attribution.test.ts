import { describe, expect, it } from 'vitest';
import { consultationsOf, stancesOf, utlatande } from './remiss-document.ts';

// attributeUnits read through extractCase: which sentences are whose answer. Invented wording.
const THREE = 'Ärendet har remitterats till kulturnämnden, idrottsnämnden och socialnämnden.';
const TWO = 'Ärendet har remitterats till kulturnämnden och idrottsnämnden.';

describe('attributeUnits', () => {
  describe('coordinated and grouped subjects', () => {
    it.each([
      ['Kulturnämnden och idrottsnämnden tillstyrker motionen. Socialnämnden avstyrker motionen.'],
      ['Kulturnämnden, idrottsnämnden samt socialnämnden avstyrker motionen.'],
    ])('gives one sentence to every body in its subject: %s', (answers) => {
      const found = consultationsOf(`${THREE}\n\n${answers}`);
      const evidence = found.map((c) => c.evidence);
      expect(found).toHaveLength(3);
      // the first two share one sentence
      expect(evidence[0]).toBe(evidence[1]);
      expect(found[0]?.stance).toBe(found[1]?.stance);
    });

    it('gives a sentence that names its body after `från` to that body, fronted or not', () => {
      const answers = [
        'Svar från kulturnämnden saknas.',
        'Från idrottsnämnden har något yttrande inte kommit in.',
        'Något svar har inte kommit från socialnämnden. Från idrottsnämnden har inga synpunkter kommit in.',
      ].join('\n\n');
      expect(stancesOf(consultationsOf(`${THREE}\n\n${answers}`))).toEqual([
        ['Kulturnämnden', 'no_response'],
        ['Idrottsnämnden', 'no_response'],
        ['Socialnämnden', 'no_response'],
      ]);
    });

    it('takes the stance of the body whose points another one shares, and reads a reference to a subsidiary from what follows', () => {
      const answers = [
        'Kulturnämnden avstyrker motionen.',
        'Idrottsnämnden delar i allt väsentligt de synpunkter som kulturnämnden har lämnat.',
        'Socialnämnden hänvisar till yttrandet från Micasa Fastigheter AB. Micasa tillstyrker motionen och vill gärna bidra.',
      ].join('\n\n');
      expect(stancesOf(consultationsOf(`${THREE}\n\n${answers}`))).toEqual([
        ['Kulturnämnden', 'opposes'],
        ['Idrottsnämnden', 'opposes'],
        ['Socialnämnden', 'supports'],
      ]);
    });

    it('gives a hedged summary of the bodies to none of them, and ends a passage at a foundation that speaks', () => {
      const answers = [
        'Kulturnämnden har inte inkommit med svar.',
        'Idrottsnämnden har avstått från att yttra sig.',
        'Remissinstanserna är i huvudsak positiva. Nämnderna är överlag positiva.',
        'Socialnämnden tillstyrker motionen.',
        'Stiftelsen Håll Sverige Rent välkomnar motionen.',
      ].join('\n\n');
      expect(stancesOf(consultationsOf(`${THREE}\n\n${answers}`))).toEqual([
        ['Kulturnämnden', 'no_response'],
        ['Idrottsnämnden', 'no_response'],
        ['Socialnämnden', 'supports'],
        ['Stiftelsen Håll Sverige Rent', 'supports'],
      ]);
    });

    it('reads an unasked answer from its own sentence and the anaphor after it', () => {
      const found = consultationsOf(`${TWO}

Kulturnämnden tillstyrker motionen. Idrottsnämnden avstyrker motionen.

Tierps Schackklubb har på eget initiativ yttrat sig i en skrivelse. Klubben ställer sig bakom motionen.

Därutöver har Tierps Hembygdsförening, som inte är remissinstans, i en skrivelse uttryckt sitt stöd för motionen.`);
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Idrottsnämnden', 'opposes'],
        ['Tierps Schackklubb', 'supports'],
        ['Tierps Hembygdsförening', 'supports'],
      ]);
    });

    it('gives `…, och det gör även X, som på eget initiativ har yttrat sig` to both', () => {
      const found = consultationsOf(`${TWO}

Kulturnämnden avstyrker motionen. Idrottsnämnden välkomnar motionen, och det gör även Tierps Schackklubb, som på eget initiativ har yttrat sig.`);
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'opposes'],
        ['Idrottsnämnden', 'supports'],
        ['Tierps Schackklubb', 'supports'],
      ]);
    });

    it('ends a passage at an organisation the list did not name, and takes it as a body that spoke unasked', () => {
      const found = consultationsOf(`${TWO}

Kulturnämnden beskriver sina lokaler.

Tierps Företagarförening välkomnar motionen och vill att den genomförs snart.

Idrottsnämnden avstyrker motionen.`);
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'unclear'],
        ['Idrottsnämnden', 'opposes'],
        ['Tierps Företagarförening', 'supports'],
      ]);
    });

    it('keeps a list naming an office as the office, not the committee the register files it under', () => {
      const found =
        consultationsOf(`Under beredningen har synpunkter begärts in från trafikkontoret och kulturnämnden.

Trafikkontoret avstyrker motionen. Kulturnämnden tillstyrker motionen.`);
      expect(found.map((c) => [c.body, c.bodyType, c.stance])).toEqual([
        ['Trafikkontoret', 'kontor', 'opposes'],
        ['Kulturnämnden', 'namnd', 'supports'],
      ]);
    });

    it('reads the list after `Övriga remissinstanser –` as the subject, acronyms and wrapped names too', () => {
      const found =
        consultationsOf(`Ärendet har remitterats till kulturnämnden, Tierps Fastighets AB (TIFAB) och Region Uppsala.

Kulturnämnden tillstyrker motionen.

Övriga remissinstanser – TIFAB och Region
Uppsala – har inget att invända mot motionen.`);
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Tierps Fastighets AB', 'no_objection'],
        ['Region Uppsala', 'no_objection'],
      ]);
    });

    it('reads `Stadsdelsnämnderna A och B` as the subject of both areas', () => {
      const found =
        consultationsOf(`Ärendet har remitterats till stadsdelsnämnderna Farsta, Bromma och Södermalm.

Stadsdelsnämnderna Farsta och Bromma tillstyrker motionen.

Södermalms stadsdelsnämnd avstyrker motionen.`);
      expect(stancesOf(found)).toEqual([
        ['Farsta stadsdelsnämnd', 'supports'],
        ['Bromma stadsdelsnämnd', 'supports'],
        ['Södermalms stadsdelsnämnd', 'opposes'],
      ]);
    });

    it('reads `A och Bs stadsdelsnämnder` as the subject of both areas', () => {
      const found = consultationsOf(`Ärendet har remitterats till Farsta och Skarpnäcks stadsdelsnämnder.

Farsta och Skarpnäcks stadsdelsnämnder ser inget behov av förslaget.`);
      expect(stancesOf(found)).toEqual([
        ['Farsta stadsdelsnämnd', 'opposes'],
        ['Skarpnäcks stadsdelsnämnd', 'opposes'],
      ]);
    });

    it('reads `Två av stadsdelsnämnderna, A och B, …` as those two', () => {
      const found =
        consultationsOf(`Ärendet har remitterats till stadsdelsnämnderna Farsta, Bromma och Skarpnäck.

Två av stadsdelsnämnderna, Farsta och Bromma, avstyrker motionen. Skarpnäcks stadsdelsnämnd tillstyrker motionen.`);
      expect(stancesOf(found)).toEqual([
        ['Farsta stadsdelsnämnd', 'opposes'],
        ['Bromma stadsdelsnämnd', 'opposes'],
        ['Skarpnäcks stadsdelsnämnd', 'supports'],
      ]);
    });

    it('reads a body named with its meeting in parentheses as the subject', () => {
      const found = consultationsOf(
        `${TWO}\n\nKulturnämnden (2020-03-12, § 14) tillstyrker motionen.\n\nIdrottsnämnden avstyrker motionen.`,
      );
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Idrottsnämnden', 'opposes'],
      ]);
    });
  });

  describe('collectives', () => {
    it('gives `Samtliga remissinstanser` to every listed body', () => {
      const found = consultationsOf(`${THREE}\n\nSamtliga remissinstanser tillstyrker motionen.`);
      expect(found.map((c) => c.stance)).toEqual(['supports', 'supports', 'supports']);
    });

    it('gives `Remissinstanserna` to every listed body', () => {
      const found = consultationsOf(`${TWO}\n\nRemissinstanserna är positiva till motionen.`);
      expect(found.map((c) => c.stance)).toEqual(['supports', 'supports']);
    });

    it('gives `Övriga remissinstanser` only to those that have not answered yet', () => {
      const found = consultationsOf(
        `${THREE}\n\nSocialnämnden avstyrker motionen. Övriga remissinstanser tillstyrker motionen.`,
      );
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Idrottsnämnden', 'supports'],
        ['Socialnämnden', 'opposes'],
      ]);
    });

    it('leaves out the bodies after `utom`', () => {
      const found = consultationsOf(
        `${THREE}\n\nSamtliga nämnder utom socialnämnden tillstyrker motionen. Socialnämnden avstyrker motionen.`,
      );
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Idrottsnämnden', 'supports'],
        ['Socialnämnden', 'opposes'],
      ]);
    });

    it('gives `Samtliga stadsdelsnämnder` to the district committees only', () => {
      const found =
        consultationsOf(`Ärendet har remitterats till stadsdelsnämnderna Farsta och Bromma samt kulturnämnden.

Samtliga stadsdelsnämnder avstyrker motionen.

Kulturnämnden tillstyrker motionen.`);
      expect(stancesOf(found)).toEqual([
        ['Farsta stadsdelsnämnd', 'opposes'],
        ['Bromma stadsdelsnämnd', 'opposes'],
        ['Kulturnämnden', 'supports'],
      ]);
    });
  });

  describe('anaphors and fronted adverbials', () => {
    it.each([
      [
        'Kulturnämnden konstaterar att staden har många parker. Nämnden tillstyrker motionen.',
        'Nämnden tillstyrker motionen.',
      ],
      [
        'Kulturnämnden redogör för sitt arbete med parkerna. Förvaltningen avstyrker dock motionen.',
        'Förvaltningen avstyrker dock motionen.',
      ],
      [
        'Kulturnämnden har gått igenom frågan. Den ser inget behov av fler bänkar.',
        'Den ser inget behov av fler bänkar.',
      ],
    ])('continues the current body with a pronoun or kind noun: %s', (answer, evidence) => {
      const [kultur, idrott] = consultationsOf(`${TWO}\n\n${answer}\n\nIdrottsnämnden tillstyrker motionen.`);
      expect(kultur?.evidence).toBe(evidence);
      expect(idrott?.stance).toBe('supports');
    });

    it.each([
      [
        'I sitt yttrande daterat den 3 februari 2020 ställer sig kulturnämnden bakom motionen.',
        'supports',
        '2020-02-03',
      ],
      ['Enligt kulturnämnden finns det inget behov av fler bänkar.', 'opposes', null],
      ['Även kulturnämnden avstyrker motionen.', 'opposes', null],
      [
        'Vid sitt sammanträde den 3 mars 2020 beslutade kulturnämnden att tillstyrka motionen.',
        'supports',
        null,
      ],
    ])('finds the subject after a fronted adverbial: %s', (answer, stance, statementDate) => {
      const [kultur] = consultationsOf(`${TWO}\n\nIdrottsnämnden har inga synpunkter.\n\n${answer}`);
      expect(kultur?.stance).toBe(stance);
      expect(kultur?.statementDate).toBe(statementDate);
    });
  });

  describe('other speakers end a passage', () => {
    it.each([
      'Stadsbyggnadskontoret har tidigare avstyrkt ett liknande förslag.',
      'Motionären anser att alla andra förslag bör avstyrkas.',
      'Kommunstyrelsen avstyrkte ett liknande förslag år 2017.',
      'Jag avstyrker motionen.',
    ])('does not give %j to the body whose passage it follows', (other) => {
      const [kultur, idrott] = consultationsOf(
        `${TWO}\n\nKulturnämnden redogör för sitt arbete med parkerna. ${other}\n\nIdrottsnämnden tillstyrker motionen.`,
      );
      expect(kultur?.stance).toBe('unclear');
      expect(kultur?.evidence).toBe('Kulturnämnden redogör för sitt arbete med parkerna.');
      expect(idrott?.stance).toBe('supports');
    });
  });

  describe('reservations', () => {
    it('does not read a minority’s dissent in a body’s passage as the body’s answer', () => {
      const found = consultationsOf(
        `${TWO}\n\nKulturnämnden beslutade att tillstyrka motionen. Reservation anfördes av Lisa Berg (M) som ville avstyrka motionen.\n\nIdrottsnämnden tillstyrker motionen.`,
      );
      expect(found[0]).toMatchObject({
        stance: 'supports',
        evidence: 'Kulturnämnden beslutade att tillstyrka motionen.',
      });
    });

    it('does not read a dissent as an answer when the body itself gave none', () => {
      const [kultur] = consultationsOf(
        `${TWO}\n\nKulturnämnden redogör för sitt arbete med parker. Ledamöterna för (M) reserverade sig och ville avstyrka motionen.\n\nIdrottsnämnden tillstyrker motionen.`,
      );
      expect(kultur?.stance).toBe('unclear');
    });

    it('skips the sentences that explain a dissent until the next named subject', () => {
      const found = consultationsOf(
        `${TWO}\n\nKulturnämnden beslutade att tillstyrka motionen. Särskilt uttalande gjordes av Per Ek (S). Han ansåg att nämnden borde ha avstyrkt motionen.\n\nIdrottsnämnden tillstyrker motionen.`,
      );
      expect(stancesOf(found)).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Idrottsnämnden', 'supports'],
      ]);
    });
  });

  describe('answers in the list sentence itself', () => {
    it('reads `X har beretts tillfälle att yttra sig men har avstått` as X’s answer', () => {
      const found = consultationsOf('Kulturnämnden har beretts tillfälle att yttra sig men har avstått.');
      expect(found).toEqual([expect.objectContaining({ body: 'Kulturnämnden', stance: 'no_response' })]);
    });

    it('gives a coordinated declined answer to both bodies', () => {
      const found = consultationsOf(`${TWO}\n\nKulturnämnden och idrottsnämnden har inte yttrat sig.`);
      expect(found.map((c) => c.stance)).toEqual(['no_response', 'no_response']);
    });
  });

  describe('summary and compilation', () => {
    const compiled = utlatande(`${'Ärendet har remitterats till kulturnämnden och Farsta stadsdelsnämnd.'}

Kulturnämnden tillstyrker motionen. Farsta stadsdelsnämnd avstyrker motionen.

Remissammanställning

Kulturnämnden

Kulturnämnden beslutade vid sitt sammanträde den 12 mars 2020 att som svar på remissen överlämna förvaltningens tjänsteutlåtande.

Kulturförvaltningens tjänsteutlåtande daterat den 28 februari 2020 har i huvudsak följande lydelse.

Förvaltningen ser positivt på motionen och tillstyrker den.

Farsta stadsdelsnämnd

Nämnden beslutade den 19 mars 2020 att avstyrka motionen. Nämnden anser att det redan finns tillräckligt många bänkar.

Reservation anfördes av Olle Berg m.fl. (S) som ville tillstyrka motionen.

Hembygdsföreningen i Farsta

Hembygdsföreningen i Farsta har på eget initiativ lämnat synpunkter och välkomnar motionen.`).record
      .consultations;

    it('reads a body’s section under its own heading, with the office’s quoted statement', () => {
      expect(compiled[0]).toMatchObject({
        body: 'Kulturnämnden',
        stance: 'supports',
        meetingDate: '2020-03-12',
        statementDate: '2020-02-28',
        evidence: 'Förvaltningen ser positivt på motionen och tillstyrker den.',
      });
    });

    it('lets a body’s own decision in its section decide, over a dissent under it', () => {
      expect(compiled[1]).toMatchObject({
        body: 'Farsta stadsdelsnämnd',
        stance: 'opposes',
        meetingDate: '2020-03-19',
        evidence: 'Nämnden beslutade den 19 mars 2020 att avstyrka motionen.',
      });
      expect(compiled[1]?.confidence).toBeGreaterThanOrEqual(0.9);
    });

    it('adds an organisation found only as a compilation heading, after the listed bodies', () => {
      expect(compiled.map((c) => [c.body, c.bodyType, c.stance])).toContainEqual([
        'Hembygdsföreningen i Farsta',
        'extern',
        'supports',
      ]);
      expect(compiled).toHaveLength(3);
    });

    it('reports a summary that disagrees with the compilation and lowers the confidence', () => {
      const { record, issues } = utlatande(`Ärendet har remitterats till kulturnämnden.

Kulturnämnden tillstyrker motionen.

Remissammanställning

Kulturnämnden

Nämnden avstyrker motionen eftersom den saknar finansiering.`);
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'summary_disagrees', path: 'consultations[0].stance' }),
      );
      expect(record.consultations[0]?.confidence).toBeLessThanOrEqual(0.6);
    });
  });

  describe('dates', () => {
    it('reads the meeting date and the statement date, not the remiss or deadline dates', () => {
      const found =
        consultationsOf(`Ärendet har remitterats till kulturnämnden och idrottsnämnden. Remissen skickades ut den 1 februari 2020 med svar senast den 15 mars 2020.

Kulturnämnden beslutade den 10 mars 2020 att tillstyrka motionen.

Idrottsnämnden har i sitt svar den 12 mars 2020 ställt sig bakom motionen.`);
      expect(found.map((c) => [c.body, c.meetingDate, c.statementDate])).toEqual([
        ['Kulturnämnden', '2020-03-10', null],
        ['Idrottsnämnden', null, '2020-03-12'],
      ]);
    });
  });
});

describe('subjects and sections named the way documents name them', () => {
  const stances = (beredning: string) => consultationsOf(beredning).map((c) => [c.body, c.stance]);

  it('gives `Varken A eller B har något att invända` to both, as no objection', () => {
    expect(
      stances(
        'Motionen har remitterats till kulturnämnden och idrottsnämnden.\n\nVarken kulturnämnden eller idrottsnämnden har något att invända mot motionen.',
      ),
    ).toEqual([
      ['Kulturnämnden', 'no_objection'],
      ['Idrottsnämnden', 'no_objection'],
    ]);
  });

  it('reads an organisation named with its place by its definite head alone', () => {
    expect(
      stances(
        'Motionen har remitterats till kulturnämnden och Räddningstjänsten Ekby.\n\nKulturnämnden tillstyrker motionen. Räddningstjänsten har ingen erinran.',
      ),
    ).toEqual([
      ['Kulturnämnden', 'supports'],
      ['Räddningstjänsten Ekby', 'no_objection'],
    ]);
  });

  it('continues two coordinated bodies with a plural kind noun (`Organisationerna ställer sig bakom …`)', () => {
    expect(
      stances(
        'Motionen har remitterats till PRO Ekby och SPF Ekby.\n\nPRO Ekby och SPF Ekby har lämnat ett gemensamt yttrande. Organisationerna ställer sig bakom motionen.',
      ),
    ).toEqual([
      ['PRO Ekby', 'supports'],
      ['SPF Ekby', 'supports'],
    ]);
  });

  it('takes a numbered heading for the body it names', () => {
    expect(
      stances(
        'Motionen har remitterats till kulturnämnden och Ekbyhem AB.\n\n1. Kulturnämnden\n\nNämnden tillstyrker motionen.\n\n2. Ekbyhem AB\n\nBolaget avstyrker motionen.',
      ),
    ).toEqual([
      ['Kulturnämnden', 'supports'],
      ['Ekbyhem AB', 'opposes'],
    ]);
  });
});
