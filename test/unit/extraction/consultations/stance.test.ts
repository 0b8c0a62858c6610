import { describe, expect, it } from 'vitest';
import { STANCE_CERTAIN_THRESHOLD } from '../../../../shared/model/case-record.ts';
import { consultationsOf, kulturnamndenAnswers, utlatande } from './remiss-document.ts';

// The stance composer read through extractCase. Each sentence is kulturnämnden's whole answer to
// a remiss of a motion about park benches; invented wording in the style of council documents.
const stanceOf = (answer: string) => kulturnamndenAnswers(answer)?.stance;

describe('readUnit and composeReadings', () => {
  it.each([
    'Kulturnämnden beslutade att i nuläget inte ta ställning till motionen.',
    'Kulturnämnden har valt att inte ta ställning till motionen, eftersom den gäller en annan nämnd.',
  ])('reads `inte ta ställning` as no position: %s', (answer) => {
    expect(stanceOf(answer)).toBe('no_position');
  });

  it.each([
    'Kulturnämnden stöder motionens förslag om fler bänkar, men avstyrker förslaget om nya papperskorgar.',
    'Kulturnämnden välkomnar motionens inriktning, men avstyrker förslaget om nya papperskorgar.',
  ])('reads support for one part and opposition to another as partly: %s', (answer) => {
    expect(stanceOf(answer)).toBe('partly');
  });

  it.each([
    'Kulturnämnden ser motionen som angelägen men vänder sig mot att bänkarna ska vara av trä.',
    'Kulturnämnden kan inte se att ett krav på trä är rimligt och stöder därför bara motionens första att-sats.',
    'Kulturnämnden tillstyrker endast den första att-satsen.',
    'Kulturnämnden stöder målet om fler sittplatser men motsätter sig planens skrivning om att bänkarna ska vara av trä.',
    'Kulturnämnden tillstyrker fler bänkar men säger nej till förslaget om nya papperskorgar.',
    'Kulturnämnden säger ja till fler bänkar, nej till nya papperskorgar.',
    'Kulturnämnden föreslår att motionen bifalls i den del som avser bänkarna och att den avslås i den del som avser papperskorgarna.',
    'Kulturnämnden ser fler bänkar som angeläget. Nya papperskorgar anser nämnden däremot inte vara motiverat.',
    'Kulturnämnden ser fler bänkar som ett bra förslag. Att byta papperskorgar ser nämnden däremot inte som meningsfullt.',
    'Kulturnämnden tillstyrker förslaget om bänkar. Ett krav på trä anser nämnden däremot vara svårt att motivera.',
    'Kulturnämnden är positiv till fler bänkar. En sommarkiosk kan däremot inte tillstyrkas, eftersom platsen saknar el.',
    'Kulturnämnden ställer sig i huvudsak bakom förslaget, men nämnden måste tillföras särskilda medel om bänkarna ska kunna skötas.',
    'Kulturnämnden kan tänka sig att byta ut bänkarna, men utan ett nytt avtal kan nämnden inte medverka till fler bänkar.',
    'Kulturnämnden är positiv till planen i övrigt, men kan inte acceptera kraven på trä om inte fullmäktige tillför medel för dem.',
    'Kulturnämnden ställer sig bakom förslagen om fler bänkar. Nämnden framhåller samtidigt att den föreslagna belysningen redan finns och inte behöver ingå i planen.',
  ])(
    'reads a verdict restricted to one part, or support beside `vänder sig mot`, as partly: %s',
    (answer) => {
      expect(stanceOf(answer)).toBe('partly');
    },
  );

  it.each([
    'Kulturnämnden föreslår därför att motionen inte genomförs av staden.',
    'Kulturnämnden framhåller att staden inte är huvudman för parkerna i länet.',
    'Kulturnämnden påpekar att skötseln av bänkarna inte ingår i nämndens uppdrag.',
    'Kulturnämnden konstaterar att beslut om parkernas möblering fattas av regionen.',
    'Kulturnämnden anser att motionen därför inte kan tillstyrkas.',
    'Kulturnämnden påpekar att bänkarna står på kvartersmark och att frågan därför inte är kulturnämndens ansvar.',
  ])(
    'reads `föreslår därför att … inte` and `is not the responsible authority` as opposition: %s',
    (answer) => {
      expect(stanceOf(answer)).toBe('opposes');
    },
  );

  it.each([
    'Kulturnämnden anser att behovet av sittplatser är tydligt och att fler bänkar bör ställas ut.',
    'Kulturnämnden instämmer i motionens intentioner och vill att förslaget genomförs redan i år.',
    'Kulturnämnden har i en skrivelse daterad den 2 april 2020 anslutit sig till motionens förslag.',
    'Kulturnämnden anser i skrivelse daterad den 3 maj 2020 att förslaget är angeläget och bör genomföras.',
    'Kulturnämnden skriver i sitt yttrande att bänkar är efterfrågade och att motionens förslag därför bör genomföras.',
  ])('reads wanting the measure done, in a coordinated att-clause too, as support: %s', (answer) => {
    expect(stanceOf(answer)).toBe('supports');
  });

  it.each([
    'Kulturnämnden har meddelat att nämnden inte avser att yttra sig, då frågan ligger utanför nämndens ansvarsområde.',
    'Kulturnämnden har avstått från att yttra sig eftersom bänkarna inte är nämndens ansvar.',
  ])('reads declining to answer, with its reason in the same sentence, as no response: %s', (answer) => {
    expect(stanceOf(answer)).toBe('no_response');
  });

  it('reads the office’s statement a committee stands behind as the committee’s answer', () => {
    expect(
      stanceOf(
        'Kulturnämnden har i beslut den 3 maj 2020 ställt sig bakom tekniska förvaltningens yttrande. Förvaltningen anför att parkerna är ett ansvar för regionen.',
      ),
    ).toBe('opposes');
  });

  it('reads agreement with the aim alone, against the measure, as opposition', () => {
    expect(stanceOf('Kulturnämnden delar motionens syfte, men avstyrker förslaget.')).toBe('opposes');
  });

  it.each([
    'Kulturnämnden bedömer att frågan redan är omhändertagen i det arbetet.',
    'Kulturnämnden konstaterar att frågan hanteras redan i den pågående översynen.',
    'Kulturnämnden bedömer att motionens syfte bäst tas om hand i det pågående arbetet.',
  ])('reads work already under way as indirect opposition: %s', (answer) => {
    expect(stanceOf(answer)).toBe('opposes');
  });

  it('reads a committee forwarding a statement that has no remarks as no objection', () => {
    expect(
      stanceOf(
        'Kulturnämnden beslutade att överlämna förvaltningens tjänsteutlåtande, som inte innehåller några synpunkter på motionen.',
      ),
    ).toBe('no_objection');
  });

  it('keeps a negation in a coordinated clause from reaching the verdict of the next one', () => {
    expect(
      stanceOf(
        'Kulturnämnden anser att ansvaret bör ligga hos staten och inte hos kommunerna, och avstyrker därför motionen.',
      ),
    ).toBe('opposes');
  });

  describe('verdict verbs', () => {
    it.each([
      'Kulturnämnden tillstyrker förslaget.',
      'Kulturnämnden tillstyrker således motionen i sin helhet.',
      'Kulturnämnden ställer sig bakom motionen.',
      'Kulturnämnden ställer sig i huvudsak bakom förslaget.',
      'Kulturnämnden stöder förslaget.',
      'Kulturnämnden biträder förslaget.',
      'Kulturnämnden anser att motionen bör bifallas.',
      'Kulturnämnden föreslår att motionen bifalls.',
      'Kulturnämnden instämmer i motionärernas förslag.',
    ])('reads %j as support', (answer) => {
      expect(stanceOf(answer)).toBe('supports');
    });

    it.each([
      'Kulturnämnden avstyrker förslaget.',
      'Kulturnämnden avstyrker således motionen.',
      'Kulturnämnden motsätter sig motionens förslag.',
      'Kulturnämnden anser att förslaget bör avslås.',
      'Kulturnämnden föreslår att motionen avslås.',
      'Kulturnämnden ställer sig inte bakom motionen.',
      'Kulturnämnden kan inte ställa sig bakom motionen.',
      'Kulturnämnden tillstyrker inte motionen.',
      'Kulturnämnden förordar en annan lösning.',
      'Kulturnämnden föreslår en annan lösning i stället, nämligen flyttbara bänkar.',
    ])('reads %j as opposition', (answer) => {
      expect(stanceOf(answer)).toBe('opposes');
    });

    it('gives a verdict verb more confidence than an evaluation', () => {
      const verdict = kulturnamndenAnswers('Kulturnämnden tillstyrker motionen.');
      const evaluation = kulturnamndenAnswers('Kulturnämnden välkomnar motionen.');
      expect(verdict?.confidence).toBeGreaterThan(evaluation?.confidence ?? 1);
      expect(evaluation?.confidence).toBeGreaterThanOrEqual(STANCE_CERTAIN_THRESHOLD);
    });
  });

  describe('evaluations without a verdict verb', () => {
    it.each([
      'Kulturnämnden är positiv till motionen.',
      'Kulturnämnden välkomnar motionen.',
      'Kulturnämnden ser positivt på förslaget.',
      'Kulturnämnden anser att förslaget är rimligt.',
      'Kulturnämnden anser att förslaget är både rimligt och angeläget.',
      'Kulturnämnden ser förslaget som ett bra första steg.',
      'Kulturnämnden ser stora fördelar med förslaget.',
      'Kulturnämnden bedömer att förslaget skulle underlätta för äldre besökare.',
      'Kulturnämnden anser att staden bör införa fler bänkar.',
      'Kulturnämnden anser att förslaget kan rymmas inom befintlig budget.',
      'Kulturnämnden ser gärna att förslaget genomförs.',
      'Kulturnämnden delar motionärernas uppfattning.',
    ])('reads %j as support', (answer) => {
      expect(stanceOf(answer)).toBe('supports');
    });

    it.each([
      'Kulturnämnden är negativ till motionen.',
      'Kulturnämnden är tveksam till förslaget.',
      'Kulturnämnden bedömer att åtgärden skulle försvåra snöröjningen.',
      'Kulturnämnden anser att staden inte bör införa fler bänkar.',
    ])('reads %j as opposition', (answer) => {
      expect(stanceOf(answer)).toBe('opposes');
    });
  });

  describe('negation and its scope', () => {
    it.each([
      ['Kulturnämnden anser inte att förslaget är lämpligt.', 'opposes'],
      ['Kulturnämnden anser inte att förslaget är rimligt.', 'opposes'],
      ['Kulturnämnden anser inte att förslaget bör genomföras.', 'opposes'],
      ['Kulturnämnden bedömer inte att en ny bänkpolicy behövs.', 'opposes'],
      ['Kulturnämnden anser att motionen inte bör bifallas.', 'opposes'],
      ['Kulturnämnden avstyrker inte motionen.', 'no_objection'],
      ['Kulturnämnden motsätter sig inte förslaget.', 'no_objection'],
      ['Kulturnämnden anser inte att motionen bör avslås.', 'no_objection'],
    ])('reads the negation in %j (raised or following) as %s', (answer, stance) => {
      expect(stanceOf(answer)).toBe(stance);
    });

    it('reads `varken … eller` as negating the clause’s predicate', () => {
      expect(
        stanceOf(
          'Kulturnämnden anser att varken en ny policy eller fler bänkar skulle förbättra situationen.',
        ),
      ).toBe('opposes');
    });

    it.each([
      ['Kulturnämnden delar motionärens syfte men anser att förslaget inte är rätt väg att gå.', 'opposes'],
      [
        'Kulturnämnden anser inte att förslaget är lämpligt, däremot välkomnar nämnden en översyn av skyltningen.',
        'opposes',
      ],
      ['Kulturnämnden anser att förslaget är lämpligt men att det inte bör genomföras i år.', 'partly'],
    ])('ends a negation’s scope at a clause break (men, däremot): %s', (answer, stance) => {
      expect(stanceOf(answer)).toBe(stance);
    });

    it.each([
      ['Kulturnämnden anser att det inte är acceptabelt att bristen på sittplatser kvarstår.', 'supports'],
      ['Kulturnämnden anser att den nuvarande ordningen inte är tillräcklig.', 'supports'],
      ['Kulturnämnden konstaterar att dagens situation inte är tillfredsställande.', 'unclear'],
    ])('does not read a negated judgement of the status quo as opposition: %s', (answer, stance) => {
      expect(stanceOf(answer)).toBe(stance);
    });
  });

  describe('indirect opposition', () => {
    it.each([
      ['no need', 'Kulturnämnden ser inget behov av fler bänkar.'],
      ['no need', 'Kulturnämnden ser inte något behov av förslaget.'],
      ['no need', 'Kulturnämnden anser att det inte finns behov av fler bänkar.'],
      ['no need', 'Kulturnämnden ser ingen anledning att genomföra förslaget.'],
      ['no need', 'Kulturnämnden anser att förslaget inte behövs.'],
      ['sufficient already', 'Kulturnämnden anser att nuvarande ordning är tillräcklig.'],
      ['already under way', 'Kulturnämnden konstaterar att arbetet med fler bänkar redan pågår.'],
      ['already possible', 'Kulturnämnden anser att det redan i dag är möjligt att ställa ut bänkar.'],
      [
        'already investigated',
        'Kulturnämnden noterar att frågan redan utreds inom ramen för parkprogrammet.',
      ],
      ['another authority', 'Kulturnämnden anser att frågan är Trafikverkets ansvar.'],
      ['another authority', 'Kulturnämnden påpekar att det är regionen som ansvarar för kollektivtrafiken.'],
      ['another authority', 'Kulturnämnden anser att ansvaret ligger hos trafiknämnden.'],
      ['another authority', 'Kulturnämnden anser att frågan är en statlig angelägenhet.'],
      ['not municipal', 'Kulturnämnden anser att frågan inte är en kommunal angelägenhet.'],
      ['outside the remit', 'Kulturnämnden anser att frågan ligger utanför nämndens ansvarsområde.'],
      ['no money', 'Kulturnämnden konstaterar att det saknas medel för åtgärden.'],
      ['no money', 'Kulturnämnden anser att förslaget inte ryms inom befintlig budget.'],
      ['await an inquiry', 'Kulturnämnden anser att resultatet av den pågående utredningen bör inväntas.'],
      ['await an inquiry', 'Kulturnämnden vill avvakta den pågående översynen.'],
      ['do not anticipate', 'Kulturnämnden anser att staden inte bör föregripa den pågående utredningen.'],
    ])('reads %s as opposition: %s', (_why, answer) => {
      expect(stanceOf(answer)).toBe('opposes');
    });

    it('reads an indirect reason with less confidence than a verdict', () => {
      const reason = kulturnamndenAnswers('Kulturnämnden ser inget behov av fler bänkar.');
      const verdict = kulturnamndenAnswers('Kulturnämnden avstyrker motionen.');
      expect(reason?.confidence).toBeLessThan(verdict?.confidence ?? 0);
    });

    it('keeps a verdict for when the reasons against are only remarks', () => {
      expect(
        stanceOf(
          'Kulturnämnden tillstyrker motionen. Nämnden konstaterar att det redan finns bänkar i några parker.',
        ),
      ).toBe('supports');
    });
  });

  describe('conditions', () => {
    it.each([
      'Kulturnämnden tillstyrker förslaget under förutsättning att nämnden tillförs medel för ändamålet.',
      'Kulturnämnden tillstyrker förslaget förutsatt att kostnaderna bärs av trafiknämnden.',
      'Kulturnämnden tillstyrker förslaget på villkor att staden står för driftskostnaderna.',
      'Kulturnämnden tillstyrker motionen. Utan ytterligare medel kan nämnden inte genomföra förslaget.',
      'Kulturnämnden tillstyrker motionen, men utan statlig finansiering går det inte att genomföra.',
      'Kulturnämnden är positiv till förslaget. Ett genomförande förutsätter dock att nämnden kompenseras för ökade kostnader.',
      'Kulturnämnden ställer sig bakom förslaget men förutsätter att regionen medfinansierar ombyggnaden.',
      'Kulturnämnden ser positivt på fler bänkar men kan inte finansiera dem inom befintlig ram.',
    ])(
      'reads support on a substantial condition (cost or responsibility elsewhere) as partly: %s',
      (answer) => {
        expect(stanceOf(answer)).toBe('partly');
      },
    );

    it.each([
      'Kulturnämnden tillstyrker förslaget under förutsättning att arbetet samordnas med trafiknämnden.',
      'Kulturnämnden tillstyrker förslaget, förutsatt att det kan ske inom ramen för ordinarie verksamhet, vilket nämnden bedömer är möjligt.',
      'Kulturnämnden tillstyrker förslaget med vissa förbehåll.',
      'Kulturnämnden tillstyrker förslaget. Nämnden vill dock betona vikten av samråd med de boende.',
    ])('keeps support with a hedge or a condition already met: %s', (answer) => {
      expect(stanceOf(answer)).toBe('supports');
    });

    it('cites the condition as the evidence when it lives in a sentence of its own', () => {
      const found = kulturnamndenAnswers(
        'Kulturnämnden tillstyrker motionen. Utan ytterligare medel kan nämnden inte genomföra förslaget.',
      );
      expect(found?.evidence).toBe('Utan ytterligare medel kan nämnden inte genomföra förslaget.');
    });
  });

  it('leaves the clause after `medan` with another body as its subject to that body', () => {
    expect(
      stanceOf(
        'Kulturnämnden ställer sig positiv till motionen, medan Ekby hembygdsförening anser att dagens ordning fungerar väl.',
      ),
    ).toBe('supports');
  });

  it.each([
    'Kulturnämnden ser positivt på fler bänkar. Förslaget om att byta alla papperskorgar avstyrks, eftersom det är en fråga för trafiknämnden.',
    'Kulturnämnden avstyrker att bänkarna placeras i Ekparken. Mot motionens övriga delar har nämnden ingen erinran.',
  ])('reads a rejected part beside support or accepted other parts as partly: %s', (answer) => {
    expect(stanceOf(answer)).toBe('partly');
  });

  it.each([
    'Kulturnämnden beslutade den 3 maj 2021 att ställa sig bakom motionen. Utan ytterligare medel kan nämnden inte genomföra förslaget.',
    'Kulturnämnden behandlade motionen den 3 maj 2021 och ser ett stort värde i fler bänkar. Nämnden föreslår att motionen bifalls i den del som avser bänkarna och att den avslås i den del som avser papperskorgarna.',
  ])(
    'lets the answer qualify a decision sentence: a substantial condition, or verdicts both ways after a judgement: %s',
    (answer) => {
      expect(stanceOf(answer)).toBe('partly');
    },
  );

  it('reads a verdict past an inserted `, i tjänsteskrivelse daterad den …,`', () => {
    expect(
      stanceOf('Kulturnämnden ser, i tjänsteskrivelse daterad den 9 februari 2024, positivt på motionen.'),
    ).toBe('supports');
  });

  describe('partial verdicts', () => {
    it('reads a rejection of the whole that also names the part it weighs most as opposition', () => {
      expect(
        stanceOf(
          'Kulturnämnden avstyrker motionen och avstyrker särskilt förslaget i den del som rör papperskorgarna.',
        ),
      ).toBe('opposes');
    });

    it.each([
      'Kulturnämnden tillstyrker delvis motionen.',
      'Kulturnämnden tillstyrker motionen till viss del.',
      'Kulturnämnden tillstyrker motionen i vissa delar.',
      'Kulturnämnden avstyrker delvis motionen.',
      'Kulturnämnden tillstyrker motionens första att-sats men avstyrker den andra.',
      'Kulturnämnden tillstyrker förslaget om bänkar men avstyrker förslaget om belysning.',
    ])('reads %j as partly', (answer) => {
      expect(stanceOf(answer)).toBe('partly');
    });

    it('reads `i huvudsak` as a verdict on the whole', () => {
      expect(stanceOf('Kulturnämnden tillstyrker i huvudsak motionen.')).toBe('supports');
    });
  });

  describe('support for the aim only', () => {
    it.each([
      'Kulturnämnden delar motionärens intentioner men avstyrker motionen.',
      'Kulturnämnden delar motionärens bild av problemet men avstyrker förslaget.',
      'Kulturnämnden ser positivt på motionens syfte men avstyrker förslaget eftersom det redan pågår ett liknande arbete.',
      'Kulturnämnden avstyrker motionen. Nämnden ser dock positivt på att frågan lyfts.',
    ])('reads %j as opposition', (answer) => {
      expect(stanceOf(answer)).toBe('opposes');
    });

    it('gives agreement with the aim alone less confidence than support for the measure', () => {
      const aim = kulturnamndenAnswers('Kulturnämnden ser mycket positivt på motionens intentioner.');
      expect(aim?.stance).toBe('supports');
      expect(aim?.confidence).toBeLessThan(STANCE_CERTAIN_THRESHOLD);
    });
  });

  describe('declarations', () => {
    it.each([
      'Kulturnämnden har inget att invända mot motionen.',
      'Kulturnämnden har inga invändningar mot förslaget.',
      'Kulturnämnden har inte några invändningar mot förslaget.',
      'Kulturnämnden har ingen erinran mot förslaget.',
      'Kulturnämnden har inget att erinra mot förslaget.',
      'Kulturnämnden lämnar förslaget utan erinran.',
      'Kulturnämnden lämnar inga synpunkter.',
      'Kulturnämnden har ingenting att tillägga.',
      'Kulturnämnden ser inga hinder för ett genomförande.',
      'Kulturnämnden ser inget hinder mot att förslaget genomförs.',
      'Kulturnämnden har inga invändningar mot förslaget i övrigt.',
    ])('reads %j as no objection', (answer) => {
      expect(stanceOf(answer)).toBe('no_objection');
    });

    it.each([
      'Kulturnämnden tar inte ställning till förslaget.',
      'Kulturnämnden avstår från att ta ställning.',
    ])('reads %j as no position', (answer) => {
      expect(stanceOf(answer)).toBe('no_position');
    });

    it.each([
      'Kulturnämnden har avstått från att yttra sig.',
      'Kulturnämnden har valt att inte yttra sig.',
      'Kulturnämnden har beslutat att inte lämna något yttrande.',
      'Kulturnämnden har inte inkommit med något svar.',
      'Kulturnämnden avböjer att yttra sig.',
      'Kulturnämnden har inte svarat inom remisstiden.',
    ])('reads %j as no response', (answer) => {
      expect(stanceOf(answer)).toBe('no_response');
    });

    it.each([
      'Kulturnämnden redogör för sitt arbete med parkmiljöer.',
      'Kulturnämnden beskriver de regler som gäller för möblering av parker.',
      'Kulturnämnden informerar om pågående arbete med parkplanen.',
    ])('reads information without a position in %j as unclear, with low confidence', (answer) => {
      const { record, issues } = utlatande(`Ärendet har remitterats till kulturnämnden.\n\n${answer}`);
      expect(record.consultations[0]?.stance).toBe('unclear');
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'low_confidence', path: 'consultations[0].stance' }),
      );
    });
  });

  describe('no answer in the document', () => {
    it('gives a listed body without an answer a null stance, confidence, evidence and page, and an issue', () => {
      const { record, issues } = utlatande(`Ärendet har remitterats till kulturnämnden och idrottsnämnden.

Kulturnämnden tillstyrker motionen.`);
      expect(record.consultations[1]).toMatchObject({
        body: 'Idrottsnämnden',
        stance: null,
        confidence: null,
        evidence: null,
        page: null,
      });
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'stance_not_found', path: 'consultations[1].stance' }),
      );
      expect(issues.filter((i) => i.code === 'stance_not_found')).toHaveLength(1);
    });

    it('gives a read stance its evidence sentence and page', () => {
      expect(kulturnamndenAnswers('Kulturnämnden avstyrker motionen.')).toMatchObject({
        evidence: 'Kulturnämnden avstyrker motionen.',
        page: 1,
      });
    });
  });

  describe('a stance held before', () => {
    it('reads the present stance over one the body held before', () => {
      expect(
        stanceOf('Kulturnämnden har tidigare varit tveksam till förslaget men tillstyrker nu motionen.'),
      ).toBe('supports');
    });
  });

  describe('the body’s own decision and its office’s text', () => {
    it.each([
      [
        'Kulturnämnden beslutade att tillstyrka motionen.',
        'Kulturförvaltningen avstyrker i sitt tjänsteutlåtande motionen.',
        'supports',
      ],
      [
        'Kulturnämnden beslutade den 12 mars 2020 att avstyrka motionen.',
        'Kulturförvaltningens tjänsteutlåtande daterat den 28 februari 2020 har i huvudsak följande lydelse. Förvaltningen anser att förslaget är rimligt och tillstyrker motionen.',
        'opposes',
      ],
    ])('lets the decision %j decide over the office’s text', (decision, office, stance) => {
      const found = kulturnamndenAnswers(`${decision}\n\n${office}`);
      expect(found?.stance).toBe(stance);
      expect(found?.evidence).toBe(decision);
    });

    it.each([
      [
        'Kulturnämnden beslutade att överlämna förvaltningens tjänsteutlåtande som svar på remissen.',
        'Förvaltningen tillstyrker motionen.',
        'supports',
      ],
      [
        'Kulturnämnden beslutade vid sitt sammanträde den 12 mars 2020 att godkänna förvaltningens förslag till yttrande.',
        'Förvaltningen ser inget behov av fler bänkar.',
        'opposes',
      ],
    ])('reads the office’s text when the decision only adopts it: %s', (decision, office, stance) => {
      const found = kulturnamndenAnswers(`${decision}\n\n${office}`);
      expect(found?.stance).toBe(stance);
      expect(found?.evidence).toBe(office);
    });

    it('is more confident in a decision than in a statement', () => {
      const decision = kulturnamndenAnswers('Kulturnämnden beslutade att tillstyrka motionen.');
      const statement = kulturnamndenAnswers('Kulturnämnden tillstyrker motionen.');
      expect(decision?.confidence).toBeGreaterThan(statement?.confidence ?? 1);
    });
  });

  describe('stance by reference', () => {
    it.each([
      [
        'Idrottsnämnden ställer sig bakom kulturnämndens yttrande.',
        'supports',
        'Kulturnämnden ställer sig bakom motionen.',
      ],
      ['Idrottsnämnden instämmer i kulturnämndens yttrande.', 'opposes', 'Kulturnämnden avstyrker motionen.'],
      ['Idrottsnämnden delar kulturnämndens bedömning.', 'opposes', 'Kulturnämnden avstyrker motionen.'],
    ])('inherits the stance of the text referred to by %j', (reference, stance, referenced) => {
      const [kultur, idrott] = consultationsOf(
        `Ärendet har remitterats till kulturnämnden och idrottsnämnden.\n\n${referenced}\n\n${reference}`,
      );
      expect(idrott?.stance).toBe(stance);
      expect(idrott?.stance).toBe(kultur?.stance);
      // both sentences are the evidence, and the borrowed reading is less certain than the original
      expect(idrott?.evidence).toBe(`${referenced} … ${reference}`);
      expect(idrott?.confidence).toBeLessThan(kultur?.confidence ?? 0);
    });

    it('reads a reference to a text not in the document as unclear', () => {
      const { record, issues } = utlatande(
        'Ärendet har remitterats till kulturnämnden.\n\nKulturnämnden hänvisar till förvaltningens tjänsteutlåtande.',
      );
      expect(record.consultations[0]?.stance).toBe('unclear');
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'low_confidence', path: 'consultations[0].stance' }),
      );
    });
  });
});
