// Clauses that carry no stance of the body's own (sixth round): a reason (`eftersom …`) judges a
// premise, not the proposal, and a clause after `medan` whose subject is another body is that
// body's. Each document is written for the test; none of the wording is taken from the corpus or
// a blind set.
import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../../shared/extraction/extract-case.ts';

function stances(answers: string) {
  return extractCase([
    `VÄSTERBY KOMMUN
Kommunstyrelsens förvaltning
Tjänsteskrivelse
2020-09-01
Dnr KS 2020/77

Till kommunstyrelsen

Svar på motion om säkrare skolvägar

Ärendet

Motionen har remitterats till tekniska nämnden, barn- och utbildningsnämnden och trafikgruppen.

${answers}`,
  ]).record.consultations.map((c) => [c.body, c.stance]);
}

describe('a reason judges its premise, not the proposal', () => {
  it('reads no opposition from an unfavourable premise', () => {
    expect(
      stances(
        'Trafikgruppen anser att fler övergångsställen är befogade, eftersom korsningarna vid skolan är olämpliga för barn att passera.',
      ),
    ).toContainEqual(['Trafikgruppen', 'supports']);
  });

  it('still reads the verdict of the main clause', () => {
    expect(
      stances(
        'Tekniska nämnden avstyrker motionen, eftersom de föreslagna åtgärderna redan ingår i den antagna trafikplanen.',
      ),
    ).toContainEqual(['Tekniska nämnden', 'opposes']);
  });
});

describe('a condition judges its premise, not the proposal', () => {
  it('keeps no objection under a hedge as no objection', () => {
    expect(
      stances(
        'Tekniska nämnden har inget att invända mot förslaget, så länge arbetet ryms inom nämndens budget.',
      ),
    ).toContainEqual(['Tekniska nämnden', 'no_objection']);
  });
});

describe('support for one thing and not another in one sentence', () => {
  it.each([
    [
      '`stöder att … men tycker inte att …`',
      'Trafikgruppen stöder att övergångsställena byggs om men tycker inte att hastigheten behöver sänkas.',
    ],
    [
      '`är positiv till … men anser att … bör vänta tills …`',
      'Trafikgruppen är positiv till nya övergångsställen men anser att hastighetsdämpningen bör vänta tills trafikmätningen är klar.',
    ],
  ])('is partly (%s)', (_form, sentence) => {
    expect(stances(sentence)).toContainEqual(['Trafikgruppen', 'partly']);
  });

  it('reads `… och att X i stället borde …` as an alternative to the proposal', () => {
    expect(
      stances(
        'Trafikgruppen menar att fler parkeringsplatser lockar till bilåkande och att pengarna i stället borde gå till cykelbanor.',
      ),
    ).toContainEqual(['Trafikgruppen', 'opposes']);
  });
});

describe('a good thing in the body’s opinion is support', () => {
  it('reads `tycker att det är ett bra förslag` as support', () => {
    expect(stances('Barn- och utbildningsnämnden tycker att det är ett bra förslag.')).toContainEqual([
      'Barn- och utbildningsnämnden',
      'supports',
    ]);
  });
});

describe('a clause after `medan` with another body as its subject', () => {
  it.each([
    [
      'avstår',
      'Tekniska nämnden har ingen erinran, medan barn- och utbildningsnämnden avstår från att ta ställning.',
    ],
    [
      'avråder',
      'Tekniska nämnden har ingen erinran, medan barn- och utbildningsnämnden avråder från förslaget.',
    ],
  ])('is not the first body’s (`%s`)', (_verb, sentence) => {
    expect(stances(sentence)).toContainEqual(['Tekniska nämnden', 'no_objection']);
  });
});

describe('a reference to another answer by a short form the list never printed', () => {
  it.each([
    ['the stem of an authority', 'Trygghetsrådet ställer sig bakom polisens yttrande.', 'Polismyndigheten'],
    [
      'the first word of a longer name',
      'Trygghetsrådet instämmer i Skolhälsovårdens yttrande.',
      'Skolhälsovården Västerby',
    ],
  ])('inherits the stance (%s)', (_kind, reference, referred) => {
    const found = extractCase([
      `VÄSTERBY KOMMUN
Kommunstyrelsens förvaltning
Tjänsteskrivelse
2020-09-01
Dnr KS 2020/78

Till kommunstyrelsen

Svar på motion om trygga skolvägar

Ärendet

Motionen har remitterats till ${referred} och trygghetsrådet.

${referred} tillstyrker motionen.

${reference}`,
    ]).record.consultations.map((c) => [c.body, c.stance]);
    expect(found).toEqual([
      [referred, 'supports'],
      ['Trygghetsrådet', 'supports'],
    ]);
  });
});

describe('the author’s office speaking between the answers', () => {
  function answers(text: string) {
    return extractCase([
      `VÄSTERBY KOMMUN
Kommunstyrelsens förvaltning
Tjänsteskrivelse
2020-09-01
Dnr KS 2020/79

Till kommunstyrelsen

Svar på motion om fria resor för pensionärer

Ärendet

Motionen har remitterats till Västerby Buss AB och socialnämnden.

${text}`,
    ]).record.consultations.map((c) => [c.body, c.stance]);
  }

  it('does not give a company the office’s judgement that cites the company', () => {
    expect(
      answers(`Västerby Buss AB har redovisat vad fria resor skulle kosta.

Kommunledningskontoret bedömer att kostnaden, som enligt Västerby Buss AB:s beräkning är fyra miljoner kronor per år, inte ryms inom budgeten.`),
    ).toContainEqual(['Västerby Buss AB', 'unclear']);
  });

  it('does not read `Förvaltningen` after a company’s answer as the company', () => {
    expect(
      answers(`Västerby Buss AB har redovisat vad fria resor skulle kosta.

Förvaltningen föreslår att motionen avslås.`),
    ).toContainEqual(['Västerby Buss AB', 'unclear']);
  });
});

describe('neither … nor', () => {
  it('reads `Varken A eller B har svarat` as no response from either', () => {
    expect(stances('Varken tekniska nämnden eller trafikgruppen har svarat på remissen.')).toEqual(
      expect.arrayContaining([
        ['Tekniska nämnden', 'no_response'],
        ['Trafikgruppen', 'no_response'],
      ]),
    );
  });
});

describe('what cannot be done is opposition', () => {
  it.each([
    [
      'it cannot do what is asked',
      'Trafikgruppen framhåller att marken behövs för snöupplag och att gruppen därför inte kan upplåta den för parkering.',
    ],
    [
      'two things cannot be reconciled',
      'Trafikgruppen menar att en gångfartsgata och busstrafiken inte går att förena.',
    ],
    [
      'the law does not allow it',
      'Trafikgruppen påpekar att lagen om vägtrafik inte tillåter sådana skyltar.',
    ],
  ])('%s', (_kind, sentence) => {
    expect(stances(sentence)).toContainEqual(['Trafikgruppen', 'opposes']);
  });
});

describe('review mends (sixth round): readings that must stay', () => {
  it('reads the verdict after a reason set in the middle of the sentence', () => {
    expect(
      stances('Tekniska nämnden anser, då planen är väl genomarbetad, att den är lämplig.'),
    ).toContainEqual(['Tekniska nämnden', 'supports']);
  });

  it('does not take `kommunens yttrande` for a council’s answer', () => {
    const found = extractCase([
      `VÄSTERBY KOMMUN
Kommunstyrelsens förvaltning
Tjänsteskrivelse
2020-09-01
Dnr KS 2020/80

Till kommunstyrelsen

Svar på motion om fler bänkar

Ärendet

Motionen har remitterats till kommunala pensionärsrådet och Västerby hembygdsförening.

Kommunala pensionärsrådet avstyrker motionen.

Västerby hembygdsförening instämmer i kommunens yttrande.`,
    ]).record.consultations.map((c) => [c.body, c.stance]);
    expect(found).not.toContainEqual(['Västerby hembygdsförening', 'opposes']);
  });

  it('reads `Förvaltningen` after an outside organisation’s office as that office', () => {
    const found = extractCase([
      `VÄSTERBY KOMMUN
Kommunstyrelsens förvaltning
Tjänsteskrivelse
2020-09-01
Dnr KS 2020/81

Till kommunstyrelsen

Svar på motion om fler busslinjer

Ärendet

Motionen har remitterats till Region Skåne, trafikförvaltningen.

Region Skåne, trafikförvaltningen, har svarat. Förvaltningen tillstyrker motionen.`,
    ]).record.consultations.map((c) => [c.body, c.stance]);
    expect(found).toEqual([['Region Skåne, trafikförvaltningen', 'supports']]);
  });
});
