import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../../shared/extraction/extract-case.ts';
import { consultationsOf, utlatande } from './remiss-document.ts';

// The inventory (findLists + buildInventory) read through extractCase: which bodies a document
// says it consulted, in list order, unsolicited answers last. Invented wording throughout.
const bodiesOf = (beredning: string) => consultationsOf(beredning).map((c) => c.body);

describe('findLists and buildInventory', () => {
  describe('remiss sentences in different word orders', () => {
    it.each([
      [
        'Ärendet har remitterats till idrottsnämnden, kulturnämnden och Skarpnäcks stadsdelsnämnd.',
        ['Idrottsnämnden', 'Kulturnämnden', 'Skarpnäcks stadsdelsnämnd'],
      ],
      [
        'Motionen har skickats på remiss till trafiknämnden och socialnämnden.',
        ['Trafiknämnden', 'Socialnämnden'],
      ],
      ['Motionen har remitterats för yttrande till fastighetsnämnden.', ['Fastighetsnämnden']],
      [
        'Ärendet har under våren skickats ut på remiss till kulturnämnden och Farsta stadsdelsnämnd.',
        ['Kulturnämnden', 'Farsta stadsdelsnämnd'],
      ],
      [
        'Stadsledningskontoret har remitterat motionen till utbildningsnämnden och äldrenämnden.',
        ['Utbildningsnämnden', 'Äldrenämnden'],
      ],
      [
        'Kommunstyrelsen har gett idrottsnämnden och kulturnämnden tillfälle att yttra sig.',
        ['Idrottsnämnden', 'Kulturnämnden'],
      ],
      [
        'Yttranden har inhämtats från exploateringsnämnden och stadsbyggnadsnämnden.',
        ['Exploateringsnämnden', 'Stadsbyggnadsnämnden'],
      ],
      [
        'Remissinstanser har varit trafiknämnden, miljö- och hälsoskyddsnämnden och Kungsholmens stadsdelsnämnd.',
        ['Trafiknämnden', 'Miljö- och hälsoskyddsnämnden', 'Kungsholmens stadsdelsnämnd'],
      ],
      [
        'Trafiknämnden och socialnämnden har beretts tillfälle att yttra sig över motionen.',
        ['Trafiknämnden', 'Socialnämnden'],
      ],
      ['Stadsbyggnadsnämnden har fått ärendet på remiss.', ['Stadsbyggnadsnämnden']],
      ['Remissen har besvarats av kulturnämnden och idrottsnämnden.', ['Kulturnämnden', 'Idrottsnämnden']],
      ['Remissvar har inkommit från kulturnämnden och idrottsnämnden.', ['Kulturnämnden', 'Idrottsnämnden']],
      // the passive of being consulted, with the bodies as subject
      ['Kulturnämnden och idrottsnämnden har fått remissen.', ['Kulturnämnden', 'Idrottsnämnden']],
      ['Trafiknämnden har tillfrågats om sin syn på förslaget.', ['Trafiknämnden']],
      ['Socialnämnden och äldrenämnden har ombetts att yttra sig.', ['Socialnämnden', 'Äldrenämnden']],
      // V2 order after a fronted adverbial or a fronted clause
      [
        'Därtill har trafiknämnden och miljö- och hälsoskyddsnämnden fått del av remissen.',
        ['Trafiknämnden', 'Miljö- och hälsoskyddsnämnden'],
      ],
      ['Eftersom förslaget rör parkerna har även fastighetsnämnden tillfrågats.', ['Fastighetsnämnden']],
      [
        'Inför beslutet har exploateringsnämnden och stadsbyggnadsnämnden inom staden lämnat synpunkter.',
        ['Exploateringsnämnden', 'Stadsbyggnadsnämnden'],
      ],
      // a list continued after the sentence's verb
      [
        'Kulturnämnden har fått remissen, och detsamma gäller Farsta stadsdelsnämnd och idrottsnämnden.',
        ['Kulturnämnden', 'Farsta stadsdelsnämnd', 'Idrottsnämnden'],
      ],
      // a kind noun with its owner and adjectives before a company name that has `och` in it
      [
        'Motionen har remitterats till stadens helägda bolag Norra Vatten och Avlopp AB och kulturnämnden.',
        ['Norra Vatten och Avlopp AB', 'Kulturnämnden'],
      ],
      // an academic unit and its university are one body
      [
        'Motionen har remitterats till Institutionen för kulturgeografi, Stockholms universitet, och kulturnämnden.',
        ['Institutionen för kulturgeografi, Stockholms universitet', 'Kulturnämnden'],
      ],
      // the case sent with no word of consulting, actively and passively
      [
        'För att få ett brett underlag har förvaltningen skickat motionen till kulturnämnden och idrottsnämnden.',
        ['Kulturnämnden', 'Idrottsnämnden'],
      ],
      ['Förslaget har skickats till trafiknämnden och socialnämnden.', ['Trafiknämnden', 'Socialnämnden']],
      [
        'Ett remissförslag har under hösten skickats till trafiknämnden och till de två bolagen Stockholms Hamn AB och Micasa Fastigheter AB.',
        ['Trafiknämnden', 'Stockholms Hamn AB', 'Micasa Fastigheter AB'],
      ],
      [
        'Bland de statliga myndigheterna har motionen sänts till Trafikverket och Länsstyrelsen i Stockholms län.',
        ['Trafikverket', 'Länsstyrelsen i Stockholms län'],
      ],
      [
        'Externt har Länsstyrelsen i Stockholms län fått förslaget på remiss.',
        ['Länsstyrelsen i Stockholms län'],
      ],
      // a name that starts with a definite organisation noun ends before `och`
      [
        'Motionen har remitterats till Räddningstjänsten Södra Roslagen och Roslagsvatten AB.',
        ['Räddningstjänsten Södra Roslagen', 'Roslagsvatten AB'],
      ],
      // the simple past, with the bodies as subject or after a date and `för synpunkter`
      [
        'Trafiknämnden och kulturnämnden fick förslaget på remiss, liksom Stockholms Hamn AB.',
        ['Trafiknämnden', 'Kulturnämnden', 'Stockholms Hamn AB'],
      ],
      [
        'Ett förslag skickades i maj 2020 för synpunkter till trafiknämnden och idrottsnämnden.',
        ['Trafiknämnden', 'Idrottsnämnden'],
      ],
      // a count and the municipality's committees as a group are no bodies
      [
        'Remissen sändes till kommunens nämnder och bolag samt till kulturnämnden. Totalt har tolv instanser getts möjlighet att yttra sig.',
        ['Kulturnämnden'],
      ],
      // the active verb without `har`, and names with `&`
      [
        'Kommunfullmäktige beslutade att remittera motionen till Nämnden för Kultur & Fritid och Byggnadsnämnden.',
        ['Nämnden för Kultur & Fritid', 'Byggnadsnämnden'],
      ],
      // a consulted company's own remiss in a relative clause leaves the list before it standing
      [
        'Motionen har remitterats till kulturnämnden och Stockholms Stadshus AB, som i sin tur har inhämtat synpunkter från AB Svenska Bostäder.',
        ['Kulturnämnden', 'Stockholms Stadshus AB'],
      ],
      // an acronym introduced in the list is not part of the name
      ['Motionen har remitterats till Brottsförebyggande rådet (Brå).', ['Brottsförebyggande rådet']],
      // answers given by (passive agent `av`), the causative `låtit … lämna synpunkter`, the simple
      // past passive `tillfrågades`, a period between `har` and `varit på remiss hos`
      [
        'Remissvar har lämnats av trafiknämnden och Ekbackens hembygdsförening.',
        ['Trafiknämnden', 'Ekbackens hembygdsförening'],
      ],
      [
        'Kontoret har låtit idrottsnämnden och Sjöstadens företagarförening lämna synpunkter på förslaget.',
        ['Idrottsnämnden', 'Sjöstadens företagarförening'],
      ],
      ['Även Länsstyrelsen i Västra Götalands län tillfrågades.', ['Länsstyrelsen i Västra Götalands län']],
      [
        'Planen har under perioden 3 mars–14 april 2023 varit på remiss hos kulturnämnden och miljönämnden.',
        ['Kulturnämnden', 'Miljönämnden'],
      ],
      // a fronted place adverbial with a name in it, and a plural kind before what each member is `för`
      [
        'Inom Ekby kommun har nämnderna för Kultur & Bildning, Miljö & Bygg och Service fått tillfälle att yttra sig.',
        ['Nämnden för Kultur & Bildning', 'Nämnden för Miljö & Bygg', 'Nämnden för Service'],
      ],
      // an adverbial set off by commas, before the verb and before the agent
      [
        'Motionen har, efter beslut av kansliet, för yttrande remitterats till kulturnämnden och miljönämnden.',
        ['Kulturnämnden', 'Miljönämnden'],
      ],
      // an organisation and its sub-unit after a comma (a parish, a club's section)
      [
        'Motionen har remitterats till Ekby IF, friidrottssektionen, och till Svenska kyrkan, Ekby församling.',
        ['Ekby IF, friidrottssektionen', 'Svenska kyrkan, Ekby församling'],
      ],
      // a consultation called `samråd`, after a time adverbial
      [
        'Förslaget skickades i mars 2025 på samråd till kulturnämnden och miljö- och hälsoskyddsnämnden.',
        ['Kulturnämnden', 'Miljö- och hälsoskyddsnämnden'],
      ],
      // an auditing body, a descriptor in a compound, a branch with its number
      [
        'Motionen har varit utsänd på remiss till kommunrevisionen och pensionärsorganisationerna PRO Ekby och SKPF avdelning 12 Ekby.',
        ['Kommunrevisionen', 'PRO Ekby', 'SKPF avdelning 12 Ekby'],
      ],
      // a place after the last of two councils is both councils'
      [
        'Motionen har remitterats till kulturnämnden. Ungdomsrådet och seniorrådet i Ekby har också fått motionen för synpunkter.',
        ['Kulturnämnden', 'Ungdomsrådet i Ekby', 'Seniorrådet i Ekby'],
      ],
      // a parenthesis that describes the body is no part of its name; a holding company's names its subsidiary
      [
        'Motionen har remitterats till exploateringsnämnden (mark och exploatering) och Stockholms Stadshus AB (SISAB).',
        ['Exploateringsnämnden', 'Stockholms Stadshus AB (SISAB)'],
      ],
      // a role in apposition, and a letter received unasked
      [
        'Motionen har skickats på remiss till kulturnämnden, Region Ekby i dess roll som regional kollektivtrafikmyndighet, och kommunala pensionärsrådet.',
        ['Kulturnämnden', 'Region Ekby', 'Kommunala pensionärsrådet'],
      ],
      [
        'Motionen har remitterats till kulturnämnden. Förvaltningen har dessutom tagit emot en skrift från Ekby hembygdsförening, som inte fanns med på remisslistan.',
        ['Kulturnämnden', 'Ekby hembygdsförening'],
      ],
      // the case sent in V2 order with an adverbial after it; the kind first and capitalised, with commas after `för`
      [
        'Inför yttrandet har remissversionen inom kommunkoncernen skickats till Förvaltningen för utbildning, kultur och fritid och Förvaltningen för vård och omsorg.',
        ['Förvaltningen för utbildning, kultur och fritid', 'Förvaltningen för vård och omsorg'],
      ],
      // sent out, the remiss named in the sentence before
      [
        'Utskottet beslutade att planen skulle skickas på remiss. Den har under perioden 15 november 2022–31 januari 2023 varit utsänd till kulturnämnden och Ekby Vatten & Energi AB.',
        ['Kulturnämnden', 'Ekby Vatten & Energi AB'],
      ],
      // the opportunity fronted; co-subjects after `har liksom`
      [
        'Motionen har remitterats till kulturnämnden. Tillfälle att yttra sig har dessutom getts Ekby hembygdsförening och AB Familjebostäder.',
        ['Kulturnämnden', 'Ekby hembygdsförening', 'AB Familjebostäder'],
      ],
      [
        'Kulturnämnden och idrottsnämnden har liksom äldrenämnden och socialnämnden fått promemorian på remiss.',
        ['Kulturnämnden', 'Idrottsnämnden', 'Äldrenämnden', 'Socialnämnden'],
      ],
      // a long adverbial between `har` and the participle
      [
        'Motionen har för yttrande under våren 1998 remitterats till kulturnämnden och miljönämnden.',
        ['Kulturnämnden', 'Miljönämnden'],
      ],
      // the case dealt with in a council
      [
        'Motionen har remitterats till kulturnämnden. Motionen har också behandlats i Kommunala pensionärsrådet.',
        ['Kulturnämnden', 'Kommunala pensionärsrådet'],
      ],
      // the district's councils in the plural are a group, the councils named after them the bodies
      [
        'Förvaltningen har gett stadsdelsnämndens råd möjlighet att lämna synpunkter. Pensionärsrådet i Ekby och Ungdomsrådet i Ekby har fått förslaget för synpunkter.',
        ['Pensionärsrådet i Ekby', 'Ungdomsrådet i Ekby'],
      ],
      // units named kind first
      [
        'Motionen har remitterats till sektor utbildning och sektor samhällsbyggnad.',
        ['Sektor utbildning', 'Sektor samhällsbyggnad'],
      ],
    ])('finds the bodies of %j', (sentence, bodies) => {
      expect(bodiesOf(sentence)).toEqual(bodies);
    });

    it('reads a bulleted list under `till följande remissinstanser:`', () => {
      const bodies = bodiesOf(`Motionen har remitterats till följande remissinstanser:

– Kulturnämnden
– Idrottsnämnden
– Region Stockholm (trafikförvaltningen)

Kulturnämnden tillstyrker motionen.`);
      expect(bodies).toEqual(['Kulturnämnden', 'Idrottsnämnden', 'Region Stockholm (trafikförvaltningen)']);
    });

    it.each(['stadsdelsnämndens', 'stadsdelens'])(
      'names the councils of the author’s own committee by their kind (%s)',
      (owner) => {
        const { record } = extractCase([
          `Tierps kommun\nTjänsteskrivelse\nFörslag till lekplatsprogram\nÄrendet\nFörvaltningen har gett ${owner} pensionärsråd, råd för funktionshinderfrågor och ungdomsråd möjlighet att lämna synpunkter.\n\nPensionärsrådet tillstyrker förslaget.`,
        ]);
        expect(record.consultations.map((c) => c.body)).toEqual([
          'Pensionärsrådet',
          'Rådet för funktionshinderfrågor',
          'Ungdomsrådet',
        ]);
      },
    );

    it('names the councils of a district committee after the district (R4), and gives each its answer', () => {
      const { record } = extractCase([
        'Stockholms stad\nFarsta stadsdelsförvaltning\nTjänsteutlåtande\nDnr 1.5-123/2024\nUpprustning av badplatsen\nTill Farsta stadsdelsnämnd\nFörslag till beslut\n1. Stadsdelsnämnden godkänner förvaltningens förslag.\nÄrendet\nFörvaltningen har gett stadsdelsnämndens pensionärsråd och funktionshinderråd tillfälle att yttra sig.\n\nFarsta stadsdelsnämnds pensionärsråd, som behandlade ärendet den 15 februari 2024, ställer sig bakom förslaget.\n\nFunktionshinderrådet avstyrker förslaget.',
      ]);
      expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
        ['Farsta stadsdelsnämnds pensionärsråd', 'supports'],
        ['Farsta stadsdelsnämnds funktionshinderråd', 'opposes'],
      ]);
    });

    it('names the district’s council after the district when the list gives its acronym', () => {
      const { record } = extractCase([
        'Stockholms stad\nSkärholmens stadsdelsförvaltning\nTjänsteutlåtande\nDnr 1.5-78/2024\nNya sittbänkar\nTill Skärholmens stadsdelsnämnd\nÄrendet\nInom stadsdelsområdet har stadsdelsnämndens pensionärsråd (SPR) fått remissen för synpunkter.\n\nSPR tillstyrker förslaget.',
      ]);
      expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
        ['Skärholmens stadsdelsnämnds pensionärsråd', 'supports'],
      ]);
    });

    it('names a central council as the document prints it with its owner, when the register’s name is not printed', () => {
      expect(
        bodiesOf(
          'Motionen har remitterats till kulturnämnden och Stockholms stads pensionärsråd.\n\nPensionärsrådet tillstyrker motionen. Kulturnämnden tillstyrker motionen.',
        ),
      ).toEqual(['Kulturnämnden', 'Stockholms stads pensionärsråd']);
      expect(
        bodiesOf(
          'Motionen har remitterats till kulturnämnden och pensionärsrådet.\n\nPensionärsrådet tillstyrker motionen. Kulturnämnden tillstyrker motionen.',
        ),
      ).toEqual(['Kulturnämnden', 'Kommunstyrelsens pensionärsråd']);
    });

    it('reads an unasked answer whose agent follows an adverbial set off by commas', () => {
      expect(
        bodiesOf(
          'Motionen har remitterats till kulturnämnden.\n\nYttrande har dessutom lämnats, utan att ha begärts, av Ekby hembygdsförening.\n\nKulturnämnden tillstyrker motionen. Ekby hembygdsförening tillstyrker motionen.',
        ),
      ).toEqual(['Kulturnämnden', 'Ekby hembygdsförening']);
    });

    it('reads a region’s own list: the county’s municipalities grouped, two regions apart, and never the sender’s list that names the region', () => {
      const { record } = extractCase([
        'Region Ekby Norrland    REMISSVAR\nDnr RS 2024/12\nYttrande över betänkandet Vård nära\nSocialdepartementet har sänt betänkandet på remiss till bland andra Region Ekby Norrland, Region Västerbotten och Sveriges Kommuner och Regioner. Inom regionen har betänkandet skickats för yttrande till patientnämnden, liksom till Bergs, Krokoms och Ekby kommuner.\n\nPatientnämnden har inga synpunkter. Bergs kommun tillstyrker förslaget. Krokoms kommun avstyrker förslaget. Ekby kommun har inte yttrat sig.',
      ]);
      expect(record.municipality).toBe('Region Ekby Norrland');
      expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
        ['Patientnämnden', 'no_objection'],
        ['Bergs kommun', 'supports'],
        ['Krokoms kommun', 'opposes'],
        ['Ekby kommun', 'no_response'],
      ]);
    });

    it('names the councils of `stadsdelens` after the district’s place, in the genitive', () => {
      const { record } = extractCase([
        'Stockholms stad\nSkärholmens stadsdelsförvaltning\nTjänsteutlåtande\nDnr 1.5-77/2024\nNya sittbänkar i parkerna\nTill Skärholmens stadsdelsnämnd\nÄrendet\nVidare har stadsdelens pensionärsråd och råd för funktionshinderfrågor fått tillfälle att yttra sig.\n\nPensionärsrådet tillstyrker förslaget. Rådet för funktionshinderfrågor har inget att invända.',
      ]);
      expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
        ['Skärholmens pensionärsråd', 'supports'],
        ['Skärholmens råd för funktionshinderfrågor', 'no_objection'],
      ]);
    });

    it.each([
      'Motionen har för yttrande lämnats till kulturnämnden och till de kommunala bolagen Tierpsbyggen AB och Tierps Energi AB.',
      'Förslaget sändes den 4 mars 2024 på remiss till kulturnämnden, Tierpsbyggen AB och Tierps Energi AB.',
    ])('reads the list of %j', (sentence) => {
      expect(bodiesOf(`${sentence}\n\nKulturnämnden tillstyrker motionen.`)).toEqual([
        'Kulturnämnden',
        'Tierpsbyggen AB',
        'Tierps Energi AB',
      ]);
    });

    it('leaves out the region’s remiss to `de sex halländska kommunerna` and the others it names', () => {
      expect(
        bodiesOf(
          'Region Ekby har skickat planen på remiss till de sex halländska kommunerna, Högskolan i Ekby och Länsstyrelsen i Ekby län.\n\nÄrendet har remitterats till kulturnämnden.\n\nKulturnämnden tillstyrker planen.',
        ),
      ).toEqual(['Kulturnämnden']);
    });

    it('takes the compilation’s headings as the bodies when the list defers to them (`från nedanstående instanser`)', () => {
      expect(
        bodiesOf(
          'Förslaget har remitterats till samtliga nämnder och bolag. Remissvar har kommit in från nedanstående instanser och redovisas i sammandrag.\n\nKulturnämnden\n\nNämnden tillstyrker förslaget.\n\nEkbyhem AB\n\nBolaget avstyrker förslaget.',
        ),
      ).toEqual(['Kulturnämnden', 'Ekbyhem AB']);
    });

    it('leaves out the sender’s own remiss to the municipalities as a group', () => {
      expect(
        bodiesOf(
          'Länsstyrelsen har sänt förslaget på remiss till kommunerna i länet, Trafikverket och Region Uppsala.\n\nÄrendet har remitterats till kulturnämnden och idrottsnämnden.\n\nKulturnämnden tillstyrker förslaget. Idrottsnämnden tillstyrker förslaget.',
        ),
      ).toEqual(['Kulturnämnden', 'Idrottsnämnden']);
    });

    it('adds the unasked body of `Utöver remissinstanserna har X i en skrivelse …`, with its answer', () => {
      expect(
        consultationsOf(
          'Motionen har remitterats till kulturnämnden.\n\nKulturnämnden avstyrker motionen.\n\nUtöver remissinstanserna har Tierps Schackklubb i en skrivelse ställt sig bakom motionen.',
        ).map((c) => [c.body, c.stance]),
      ).toEqual([
        ['Kulturnämnden', 'opposes'],
        ['Tierps Schackklubb', 'supports'],
      ]);
      expect(
        bodiesOf(
          'Motionen har remitterats till kulturnämnden.\n\nKulturnämnden tillstyrker motionen.\n\nUtöver remissinstanserna har Tierps Schackklubb i en skrivelse ställt sig bakom motionen.',
        ),
      ).toEqual(['Kulturnämnden', 'Tierps Schackklubb']);
    });

    it('adds the bodies of a list continued in a later sentence, each once', () => {
      expect(
        bodiesOf(
          'Ärendet har remitterats till kulturnämnden och idrottsnämnden. Därefter har ärendet även remitterats till kulturnämnden och socialnämnden.',
        ),
      ).toEqual(['Kulturnämnden', 'Idrottsnämnden', 'Socialnämnden']);
    });

    it('reads a list sentence in a `Ärendet` section as well as in `Beredning`', () => {
      const { record } = extractCase([
        `Utlåtande 2021:14 RII (Dnr KS 2020/0456)
Belysning på gångstråk
Motion (2020:12) av Sara Ek (C)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.

Motionen bifalls.

Ärendet

Motionen har remitterats till trafiknämnden och Bromma stadsdelsnämnd.

Trafiknämnden tillstyrker motionen.

Bromma stadsdelsnämnd tillstyrker motionen.

Mina synpunkter

Jag delar remissinstansernas bedömning.`,
      ]);
      expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
        ['Trafiknämnden', 'supports'],
        ['Bromma stadsdelsnämnd', 'supports'],
      ]);
    });
  });

  describe('official names and types', () => {
    it('resolves printed forms to the register’s names, dropping an acronym and adding a company form', () => {
      const found = consultationsOf(
        'Ärendet har remitterats till Kommunstyrelsens pensionärsråd (KPR), Familjebostäder och Stockholm Vatten och Avfall AB.',
      );
      expect(found.map((c) => [c.body, c.bodyType])).toEqual([
        ['Kommunstyrelsens pensionärsråd', 'rad'],
        ['AB Familjebostäder', 'bolag'],
        ['Stockholm Vatten och Avfall AB', 'bolag'],
      ]);
    });

    it('expands a grouped list into one district committee per area', () => {
      const found = consultationsOf(
        'Ärendet har remitterats till stadsdelsnämnderna Farsta, Bromma och Södermalm.',
      );
      expect(found.map((c) => [c.body, c.bodyType])).toEqual([
        ['Farsta stadsdelsnämnd', 'stadsdelsnamnd'],
        ['Bromma stadsdelsnämnd', 'stadsdelsnamnd'],
        ['Södermalms stadsdelsnämnd', 'stadsdelsnamnd'],
      ]);
    });

    it('keeps one body for two printed forms of the same name', () => {
      const found = consultationsOf(`Ärendet har remitterats till Stockholms Stadsmission och kulturnämnden.

Stadsmissionen tillstyrker motionen.`);
      expect(found.map((c) => [c.body, c.stance])).toEqual([
        ['Stockholms Stadsmission', 'supports'],
        ['Kulturnämnden', null],
      ]);
    });

    it('keeps other municipalities a region consulted, never the document’s own', () => {
      const { record } = extractCase([
        'Region Uppsala\nTjänsteskrivelse\nDnr RS 2022/1\nRegional plan för seniorresor\nFörslag till beslut\n1. Regionstyrelsen antar planen.\nSammanfattning\nPlanen beskriver hur äldre ska kunna resa i hela länet.\nDen bygger på en enkät bland resenärerna.\nDen tar upp taxor, färdtjänst och tillgänglighet.\nÄrendet\nFörslaget har remitterats till kollektivtrafiknämnden, Heby kommun och Enköpings kommun.\n\nHeby kommun tillstyrker planen. Enköpings kommun avstyrker planen.',
      ]);
      expect(record.consultations.map((c) => [c.body, c.stance])).toEqual([
        ['Kollektivtrafiknämnden', null],
        ['Heby kommun', 'supports'],
        ['Enköpings kommun', 'opposes'],
      ]);
    });

    it('drops the municipality itself from a list', () => {
      expect(
        bodiesOf(
          'Ärendet har remitterats till kulturnämnden, Hembygdsföreningen i Farsta och Stockholms stad.',
        ),
      ).toEqual(['Kulturnämnden', 'Hembygdsföreningen i Farsta']);
    });

    it('keeps the city’s own office when a remiss list names it, but not when only an answer list does', () => {
      expect(bodiesOf('Ärendet har remitterats till stadsledningskontoret och kulturnämnden.')).toEqual([
        'Stadsledningskontoret',
        'Kulturnämnden',
      ]);
      expect(bodiesOf('Yttranden har inkommit från stadsledningskontoret och kulturnämnden.')).toEqual([
        'Kulturnämnden',
      ]);
    });
  });

  describe('unsolicited answers', () => {
    it('lists bodies that answered unasked after the listed ones, with their own stances', () => {
      const found = consultationsOf(`Ärendet har remitterats till kulturnämnden och idrottsnämnden.

Yttranden har också inkommit från Hyresgästföreningen och Stockholms Stadsmission.

Stadsmissionen avstyrker motionen.

Hyresgästföreningen tillstyrker motionen.

Kulturnämnden tillstyrker motionen.

Idrottsnämnden har inga synpunkter.`);
      expect(found.map((c) => [c.body, c.bodyType, c.stance])).toEqual([
        ['Kulturnämnden', 'namnd', 'supports'],
        ['Idrottsnämnden', 'namnd', 'no_objection'],
        ['Hyresgästföreningen', 'extern', 'supports'],
        ['Stockholms Stadsmission', 'extern', 'opposes'],
      ]);
    });

    it('lists an unsolicited answer last even when it is mentioned before the remiss list', () => {
      expect(
        bodiesOf(`Även Cykelfrämjandet har yttrat sig.

Ärendet har remitterats till kulturnämnden.`),
      ).toEqual(['Kulturnämnden', 'Cykelfrämjandet']);
    });

    it('reads `X har på eget initiativ inkommit med synpunkter` as an unsolicited answer with its stance', () => {
      const found = consultationsOf(`Ärendet har remitterats till kulturnämnden.

Kulturnämnden tillstyrker motionen.

Hyresgästföreningen har på eget initiativ inkommit med synpunkter och avstyrker motionen.`);
      expect(found.map((c) => [c.body, c.stance])).toEqual([
        ['Kulturnämnden', 'supports'],
        ['Hyresgästföreningen', 'opposes'],
      ]);
    });
  });

  describe('a remiss that reached the author from above', () => {
    const districtOffice = (background: string) =>
      extractCase([
        `Stockholms stad
Farsta stadsdelsförvaltning
Tjänsteutlåtande
Dnr 1.2.3-45/2020
2020-03-02

Handläggare
Anna Ek

Till
Farsta stadsdelsnämnd
2020-03-19

Remiss av motion om fler parkbänkar
Motion (2019:40) av Per Holm (V)

Förvaltningens förslag till beslut
Farsta stadsdelsnämnd överlämnar förvaltningens tjänsteutlåtande som svar på remissen.

Bakgrund

${background}

Förvaltningens synpunkter

Förvaltningen tillstyrker motionen.`,
      ]).record.consultations;

    it('does not read the author’s fellow recipients as its consultations', () => {
      expect(
        districtOffice(
          'Kommunstyrelsen har remitterat motionen till bland annat Farsta stadsdelsnämnd, trafiknämnden och idrottsnämnden.',
        ),
      ).toEqual([]);
    });

    it('does not read a list sent to `bl.a. nämnden` as consultations', () => {
      expect(bodiesOf('Ärendet har remitterats till bl.a. nämnden och kulturnämnden.')).toEqual([]);
    });
  });

  describe('lists that name no body', () => {
    it('reports a list given only by number as unreadable, with no consultations', () => {
      const { record, issues } = utlatande('Ärendet har remitterats till tre stadsdelsnämnder.');
      expect(record.consultations).toEqual([]);
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'unreadable_list', path: 'consultations' }),
      );
    });

    it('keeps the bodies the author’s own office consulted in its turn, after the council remitted the case to it', () => {
      expect(
        bodiesOf(
          'Kommunfullmäktige beslutade att remittera motionen till kommunstyrelsen för beredning. Stadsledningskontoret har i sin tur inhämtat yttranden från kulturnämnden och idrottsnämnden.',
        ),
      ).toEqual(['Kulturnämnden', 'Idrottsnämnden']);
    });

    it('leaves out the bodies a consulted company consulted in its turn', () => {
      expect(
        bodiesOf(
          'Motionen har remitterats till Stockholms Stadshus AB. Stockholms Stadshus AB har i sin tur inhämtat yttranden från AB Svenska Bostäder och AB Familjebostäder.',
        ),
      ).toEqual(['Stockholms Stadshus AB']);
    });

    it.each([
      'Kommunstyrelsen har skickat beslutet till trafiknämnden och socialnämnden.',
      'Trafiknämnden har inte tillfrågats i ärendet.',
      'Kulturnämnden har ännu inte hörts av i ärendet.',
      'Ett medborgarförslag har inkommit från Eva Lind, Ekby, om att kommunen ska anlägga ett utegym.',
    ])(
      'reads no consulted body from a negated or idiomatic participle, or the case’s own author: %j',
      (sentence) => {
        expect(bodiesOf(sentence)).toEqual([]);
      },
    );

    it('keeps the named body beside a collective', () => {
      expect(bodiesOf('Ärendet har remitterats till samtliga stadsdelsnämnder och kulturnämnden.')).toEqual([
        'Kulturnämnden',
      ]);
    });

    it('reads no consultations from a document without a remiss', () => {
      const { record, issues } = utlatande(
        'Motionären vill att staden ställer ut fler bänkar. Kostnaden är låg.',
      );
      expect(record.consultations).toEqual([]);
      expect(issues.map((i) => i.code)).not.toContain('unreadable_list');
    });
  });
});
