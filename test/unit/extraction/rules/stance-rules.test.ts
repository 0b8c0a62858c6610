import { describe, expect, it } from 'vitest';
import { matchFirstRule } from '../../../../shared/extraction/rules/rule.ts';
import { STANCE_RULES } from '../../../../shared/extraction/rules/stance-rules.ts';

const classify = (sentence: string) => matchFirstRule(sentence.toLowerCase(), STANCE_RULES)?.label ?? null;

describe('STANCE_RULES', () => {
  it.each([
    ['Kulturnämnden ställer sig positiv till motionen.', 'supports'],
    ['Förvaltningen delar motionärens uppfattning och föreslår att ett sådant uppdrag ges.', 'supports'],
    ['Förvaltningen instämmer i motionärernas bedömning.', 'supports'],
    ['Förvaltningen föreslår att motionen bifalls.', 'supports'],
    ['Nämnden ser inget behov av en särskild handlingsplan.', 'opposes'],
    ['Kontoret anser att frågan redan hanteras inom ramen för budgeten.', 'opposes'],
    ['Kontoret bedömer att det inte är kommunens uppgift att driva frågan.', 'opposes'],
    ['Nämnden anser att det är Trafikverkets ansvar.', 'opposes'],
    ['Det finns redan i dag möjlighet att söka bidrag.', 'opposes'],
    ['Förvaltningen ser positivt på motionens intentioner men anser att frågan redan hanteras.', 'opposes'],
    ['Nämnden är positiv till förslagets inriktning men avstyrker förslaget om avgifter.', 'partly'],
    ['Rådet tillstyrker förslaget under förutsättning att lokalerna blir tillgängliga.', 'partly'],
    ['Förvaltningen tillstyrker delvis motionen.', 'partly'],
    ['Bolaget har inget att erinra mot förslaget.', 'no_objection'],
    ['Nämnden lämnar förslaget utan erinran.', 'no_objection'],
    ['Förvaltningen har inga synpunkter på förslaget.', 'no_objection'],
    ['Nämnden avstår från att yttra sig.', 'no_response'],
    ['Stadsdelsnämnden har inte inkommit med svar.', 'no_response'],
    ['Nämnden har beslutat att inte yttra sig.', 'no_response'],
    ['Nämnden tar inte ställning i frågan.', 'no_position'],
    ['Nämnden lämnar ärendet utan eget ställningstagande.', 'no_position'],
    ['Förvaltningen redovisar hur arbetet bedrivs i dag.', 'unclear'],
    // wording variants beyond the dev documents
    ['Förvaltningen är i grunden positiv till förslaget.', 'supports'],
    ['Nämnden anser att motionen bör bifallas.', 'supports'],
    ['Nämnden föreslår att motionen ska bifallas.', 'supports'],
    ['Nämnden anser att motionen ska avslås.', 'opposes'],
    ['Förvaltningen bedömer att det saknas behov av en ny plan.', 'opposes'],
    ['Förvaltningen ställer sig tveksam till förslaget.', 'opposes'],
    ['Förvaltningen ställer sig avvisande till förslaget.', 'opposes'],
    ['Kontoret avråder från förslaget.', 'opposes'],
    ['Förvaltningen delar motionärens intentioner men anser att frågan redan är omhändertagen.', 'opposes'],
    ['Nämnden är positiv till förslaget om fler bänkar men ställer sig tveksam till en ny avgift.', 'partly'],
    [
      'Förvaltningen tillstyrker förslaget. Förvaltningen bedömer att det inte krävs några ytterligare medel.',
      'supports',
    ],
    ['Nämnden tillstyrker motionen. Arbetet pågår redan i viss omfattning och kan byggas ut.', 'supports'],
    ['Bolaget har inget att anföra.', 'no_objection'],
    ['Svar har inte lämnats.', 'no_response'],
    ['Nämnden har inte inkommit med något remissvar.', 'no_response'],
    ['Nämnden har avböjt att svara på remissen.', 'no_response'],
    ['Länsstyrelsen avstår från att lämna synpunkter.', 'no_response'],
  ])('reads %s as %s', (sentence, stance) => {
    // arrange / act
    const label = classify(sentence);
    // assert
    expect(label).toBe(stance);
  });

  it('returns null for a sentence without any stance phrase', () => {
    expect(classify('Sammanträdet hölls i Stadshuset.')).toBeNull();
  });

  it('glosses every row in English', () => {
    for (const rule of STANCE_RULES) expect(rule.gloss.length).toBeGreaterThan(5);
  });
});
