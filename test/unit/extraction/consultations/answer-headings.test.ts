// Answers under headings that name who gave them, in documents whose remiss sentences name only
// some bodies or none (sixth round): the headings are bodies wherever they stand, and a heading
// that is a title about an organisation, the author's own section or a letterhead line is none.
// Each document is written for the test; none of the wording is taken from the corpus or a blind set.
import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../../shared/extraction/extract-case.ts';

/** A municipal tjänsteskrivelse whose body is `text`. */
function tjansteskrivelse(text: string) {
  return extractCase([
    `ÅSBRO KOMMUN
Kommunledningskontoret
Tjänsteskrivelse
2022-10-04
Dnr KS 2022/140

Till kommunstyrelsen

Friluftsplan för Åsbro kommun

${text}`,
  ]).record.consultations;
}

const stances = (found: ReturnType<typeof tjansteskrivelse>) => found.map((c) => [c.body, c.stance]);

describe('answers under their bodies’ headings beside a list of who did not answer', () => {
  it('finds the headed bodies although the only list names the silent ones', () => {
    const found = tjansteskrivelse(`Ärendet

Planen sändes ut i april. Elva instanser fick den. Svaren följer här ett i taget.

Tekniska nämnden

Nämnden beslutade den 12 maj att tillstyrka planen.

Skogsbygdens hembygdsförening

Föreningen är kritisk och avstyrker planen i sin helhet, eftersom den öppnar för nya leder genom betesmarkerna.

Socialnämnden

Nämnden har inget att invända mot planen.

Två av instanserna, Länsstyrelsen och Åsbro Energi AB, har inte svarat.

Kontorets bedömning

Kontoret anser att planen kan antas.`);
    expect(stances(found)).toEqual([
      ['Länsstyrelsen', 'no_response'],
      ['Åsbro Energi AB', 'no_response'],
      ['Tekniska nämnden', 'supports'],
      ['Skogsbygdens hembygdsförening', 'opposes'],
      ['Socialnämnden', 'no_objection'],
    ]);
  });
});

describe('headings that name no answering body', () => {
  const withHeadings = (heading: string) =>
    tjansteskrivelse(`Ärendet

Planen har sänts på remiss till tekniska nämnden.

Tekniska nämnden

Nämnden tillstyrker planen.

${heading}

Planen har tagits fram under hösten och bygger på tre möten med allmänheten.`).map((c) => c.body);

  it.each([
    ['a title about organisations', 'Synpunkter från kommunens bolag'],
    ['a title about a preparation', 'Beredning inom förvaltningen'],
    ['a part of the record', 'Reservation i kommunstyrelsen'],
    ['an indefinite description', 'Ett förbund för vattenvård'],
    ['an activity named by a kind word', 'Samråd'],
    ['the author’s own section in a genitive', 'Åsbro kommuns ställningstagande i korthet'],
    ['the document’s own municipality', 'Åsbro kommun'],
    ['a letterhead’s committees run together', 'Kommunstyrelsen Kulturnämnden Kommunledningskontoret'],
  ])('%s (`%s`)', (_kind, heading) => {
    expect(withHeadings(heading)).toEqual(['Tekniska nämnden']);
  });

  it('does not take the signing office over its signer for an answer', () => {
    const found = tjansteskrivelse(`Ärendet

Planen har sänts på remiss till tekniska nämnden.

Tekniska nämnden

Nämnden tillstyrker planen.

Miljöförvaltningen

Karin Åberg`);
    expect(found.map((c) => c.body)).toEqual(['Tekniska nämnden']);
  });
});

describe('an answer under its heading without a sentence of its own', () => {
  it('finds the body whose answer is a short unpunctuated line', () => {
    const found = tjansteskrivelse(`Ärendet

Planen har sänts på remiss till tekniska nämnden.

Tekniska nämnden

Nämnden tillstyrker planen.

Länsstyrelsen i Örebro län

– Inga synpunkter på planen`);
    expect(found.map((c) => [c.body, c.stance])).toEqual([
      ['Tekniska nämnden', 'supports'],
      ['Länsstyrelsen i Örebro län', 'no_objection'],
    ]);
  });
});
