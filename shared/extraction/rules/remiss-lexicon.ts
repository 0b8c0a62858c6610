// Sentences that name consulted bodies → where in the sentence the list of bodies sits. The list is
// read by the body-name grammar; these rows only find it. Adverbials may stand between verb and
// list (`har även internt remitterats till`), and the bodies may be object or subject.
// Patterns run on a sentence as printed (case matters only where a name must start upper-case).

const W = '[\\p{L}\\d.–-]+';
/** Up to four inserted words: `även`, `för yttrande`, `under hösten 2019`, `internt`. */
const GAP = `(?:\\s+${W}){0,4}?`;

export type ListSentenceKind =
  /** The case was sent to the list (the document's own consultation). */
  | 'remitted'
  /** The list answered without being asked. */
  | 'unsolicited'
  /** The list is said to have answered (no remiss verb, but these are the respondents). */
  | 'answered'
  /** A council dealt with the case at its meeting: the sentence is its answer, and its passage goes on. */
  | 'dealt';

export interface ListSentenceRule {
  pattern: RegExp;
  kind: ListSentenceKind;
  /** Whether the list precedes the verb (subject) or follows it (object). */
  listIs: 'after' | 'before';
  /** A quick test a sentence must pass for the pattern to be worth running. */
  cue: RegExp;
  gloss: string;
}

/**
 * What a consulted body has been or has got, in the passive: asked, heard, given the opportunity,
 * sent the case for comment (`har beretts tillfälle att yttra sig`, `har tillfrågats`, `har ombetts
 * yttra sig`, `har fått remissen`, `har fått del av remissen`, `har fått förslaget för synpunkter`).
 */
const CONSULTED = `(?:fått\\s+yttra\\s+sig|(?:beretts|getts|givits|fått|erbjudits)${GAP}\\s+(?:tillfälle|möjlighet)\\s+att\\s+(?:yttra\\s+sig|lämna\\s+(?:synpunkter|yttranden?|remissvar|svar)|inkomma|svara|ta\\s+del)|tillfrågats|hörts(?!\\s+av)|konsulterats|(?:ombetts|anmodats|uppmanats|inbjudits|bjudits\\s+in)\\s+(?:att\\s+)?(?:yttra\\s+sig|lämna\\s+(?:synpunkter|yttrande|svar)|svara|inkomma|komma\\s+in)|(?:fått|erhållit|mottagit)\\s+(?:${W}\\s+){0,5}?(?:på\\s+remiss|för\\s+(?:yttrande|synpunkter|kännedom\\s+och\\s+(?:eventuella\\s+)?synpunkter)|som\\s+remiss)|(?:fått|erhållit|mottagit)\\s+(?:ta\\s+)?(?:del\\s+av\\s+)?remiss(?:en)?)(?![\\p{L}])`;
/** No `inte` / `ej` before the participle: `X har inte tillfrågats` names no consulted body. */
const NOT_NEGATED = `(?!(?:\\s+${W}){0,3}?\\s+(?:inte|ej|aldrig)(?![\\p{L}]))`;
const CONSULTED_CUE =
  /tillfälle|möjlighet|tillfrågats|hörts|konsulterats|ombetts|anmodats|uppmanats|inbjudits|bjudits|remiss|yttra|synpunkter/iu;
/**
 * What may stand before `har` in a V2 sentence: a fronted adverbial (`Därutöver`, `Inom
 * stadsdelsområdet`, `Utanför den egna förvaltningen`, `Inom regionen`) or a fronted clause (`Eftersom skolan ligger
 * i ett världsarv`, `Då förslaget rör trafiken`).
 */
const FRONTED = `(?:Därutöver|Dessutom|Vidare|Även|Också|Därtill|Slutligen|Härutöver|Externt|Internt|Därefter|Samtidigt|Parallellt|Därför|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){1,4}|(?:Inom|Utanför|Utöver|Bland|Hos)\\s+[^,.;:]{3,60}?|(?:Eftersom|Då|När|Sedan|Efter\\s+att|Med\\s+tanke\\s+på\\s+att)\\s+[^,.;:]{3,150}?,?)`;

/** A period the case was out for comment: `under perioden 20 juni–30 september 2024`, `under tiden 1–31 maj`. */
const PERIOD = `(?:\\s+under\\s+(?:perioden|tiden)\\s+[^,.;:]{3,50}?)?`;
/** An adverbial set off by commas: `har, efter beslut av kansliet, remitterats`, `lämnats, utan att ha begärts, av`. */
const INSERTED = `(?:\\s*,[^,.;:]{3,80},)?`;

/**
 * The case itself sent to bodies, with no word of consulting: `har skickat förslaget till A och B`,
 * `Motionen har sänts till …`. A decision, minutes or a statement sent on is no consultation.
 */
const CASE_STEMS = [
  'ärende',
  'förslag',
  'motion',
  'remiss',
  'program',
  'plan',
  'strategi',
  'betänkande',
  'promemoria',
  'utredning',
  'skrivelse',
  'hemställan',
  'framställan',
];
/** A word naming the case (`förslaget`, `Medborgarförslaget`, `handlingsplanen`, `remissförslag`), either case first. */
const CASE_NOUN = `(?:\\p{L}*(?:${CASE_STEMS.join('|')})|${CASE_STEMS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})\\p{L}*`;
const CASE_SENT_TO = `(?:skickat|sänt|översänt|skickats|sänts|översänts)\\s+(?:ut\\s+)?(?:${CASE_NOUN}(?:\\s+${W}){0,2}?\\s+)?till\\s`;

/** A council by name: `Kommunala pensionärsrådet`, `Rådet för funktionshinderfrågor (KRF)` (one body: no `och` before `råd`). */
const COUNCIL = `(?:(?:(?!\\s(?:och|samt)\\s)[^,.;:]){0,60}?råd|Råd)(?:et)?(?:\\s+för\\s+[\\p{L}-]+(?:\\s+och\\s+[\\p{L}-]+)?)?(?:\\s+\\([^()]{2,12}\\))?`;
/** What a council dealt with: the case, or the information about it. */
const DEALT_OBJECT = `(?:${CASE_NOUN}|informationen|frågan)(?![\\p{L}])`;

export const LIST_SENTENCE_RULES: readonly ListSentenceRule[] = [
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade|har\\s+nu)${INSERTED}(?:\\s+${W}){0,6}?${PERIOD}\\s+(?:remitterats|skickats${GAP}\\s+på\\s+remiss|sänts${GAP}\\s+på\\s+remiss|gått\\s+på\\s+(?:intern)?remiss|varit\\s+(?:ute\\s+|utsänt\\s+|utsänd\\s+|utskickat\\s+)?på\\s+(?:intern)?(?:remiss|samråd)|varit\\s+(?:utsänd|utsänt|utskickad|utskickat)(?=\\s+till\\s)|skickats\\s+ut\\s+på\\s+remiss|remitterats\\s+för\\s+yttrande)${GAP}\\s+(?:till|hos)\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the case has (also) been remitted / sent out for comment to … (been on remiss with …)',
    cue: /remi|remiss|samråd|utsän|utskick/iu,
  },
  {
    // `Motionen har för yttrande lämnats till …`, `… har överlämnats för yttrande till …`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${INSERTED}${GAP}\\s+(?:för\\s+yttrande\\s+(?:lämnats|överlämnats|översänts|skickats|sänts)|(?:lämnats|överlämnats|översänts|skickats|sänts)${GAP}\\s+för\\s+yttrande)${GAP}\\s+till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the case has been sent to … for their statements',
    cue: /för\s+yttrande/iu,
  },
  {
    // the purpose after the list: `Förslaget har lämnats till A och B för yttrande`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${INSERTED}${GAP}\\s+(?:lämnats|överlämnats|översänts)\\s+till\\s+(?=[^.;]{3,300}?\\s+för\\s+(?:yttrande|synpunkter)(?![\\p{L}]))`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the case has been handed to … for their statements (the purpose after the list)',
    cue: /lämnats|översänts/iu,
  },
  {
    // the list fronted with its preposition: `Till A, B och C har motionen skickats för yttrande`
    pattern:
      /^Till\s+(?<list>.{3,400}?)\s+(?:har|hade)\s+(?:\p{L}+\s+){1,3}?(?:remitterats|skickats|sänts|lämnats|överlämnats|gått)(?:\s+ut)?\s+(?:för\s+yttrande|på\s+remiss|för\s+synpunkter)/u,
    kind: 'remitted',
    listIs: 'after',
    gloss: 'to A, B and C the case has been sent for comment',
    cue: /^Till\s/u,
  },
  {
    // the case sent with no word of consulting: `Förslaget har skickats till A och B`
    pattern: new RegExp(
      `^(?:${FRONTED}\\s+(?:har|hade)\\s+)?(?:(?:[Ee]tt|[Ee]n|[Dd]et|[Dd]en)\\s+)?${CASE_NOUN}(?:\\s+(?:har|hade))?${GAP}\\s+(?:skickats|sänts|översänts)(?:\\s+ut)?\\s+till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the case has been sent to …',
    cue: /skickats|sänts/iu,
  },
  {
    // the active verb without `har`: `beslutade att remittera motionen till …`, `KS remitterade ärendet till …`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:remittera|remitterar|remitterade)\\s+(?:${W}\\s+){0,3}?till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'to remit / remitted the case to …',
    cue: /remitter/iu,
  },
  {
    // the simple past with the bodies as subject: `A och B fick förslaget på remiss`, `A bereddes tillfälle att yttra sig`
    pattern: new RegExp(
      `^(?<list>.{3,600}?)\\s+(?:(?:fick|erhöll)\\s+(?:${W}\\s+){0,9}?(?:på\\s+remiss|för\\s+(?:yttrande|synpunkter))|(?:fick|erhöll)(?:\\s+(?:också|även|dessutom))?\\s+remissen(?![\\p{L}])|(?:bereddes|gavs|erbjöds|fick)${GAP}\\s+(?:tillfälle|möjlighet)\\s+att\\s+(?:yttra\\s+sig|lämna|svara|inkomma)|(?:tillfrågades|konsulterades)(?![\\p{L}])|ombads\\s+(?:att\\s+)?(?:yttra\\s+sig|lämna|svara|inkomma))`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'before',
    gloss: '… got the case for comment / were given the opportunity / were asked (simple past)',
    cue: /fick|erhöll|bereddes|gavs|erbjöds|tillfrågades|konsulterades|ombads/iu,
  },
  {
    // the same with a fronted adverbial, the bodies after the verb: `Vidare fick A och B möjlighet att
    // yttra sig`, `Under hösten bereddes även C tillfälle att svara`
    pattern: new RegExp(
      `^${FRONTED}\\s+(?:fick|gavs|bereddes|erbjöds)\\s+(?:(?:även|också|dessutom)\\s+)?(?<list>.{3,400}?)\\s+(?:tillfälle|möjlighet)\\s+att\\s+(?:yttra\\s+sig|lämna\\s+(?:sina\\s+)?(?:synpunkter|yttranden?|remissvar|svar)|svara|inkomma\\s+med)`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'then … were given the opportunity to comment (simple past, subject after the verb)',
    cue: /fick|gavs|bereddes|erbjöds/iu,
  },
  {
    // the simple past of the passive: `Förslaget sändes den 4 mars 2024 på remiss till …`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:remitterades|skickades|sändes|gick)${GAP}(?:\\s+(?:(?:ut\\s+)?på\\s+(?:remiss|samråd)|för\\s+(?:yttrande|synpunkter)))?${GAP}\\s+till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the case was remitted / sent out for comment to …',
    cue: /remitterades|skickades|sändes|gick/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${GAP}\\s+(?:remitterat\\s+(?:${W}\\s+){0,3}?|(?:skickat|sänt)\\s+(?:(?:${W}\\s+){0,3}?(?:på\\s+remiss|för\\s+yttrande)\\s+|(?:ut\\s+)?${CASE_NOUN}(?:\\s+${W}){0,2}?\\s+))till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'X has remitted / sent the case (for comment) to … (a decision sent on is no consultation)',
    cue: /remitterat|skickat|sänt/iu,
  },
  {
    // the active simple past, adverbials after the verb: `Kansliet skickade i maj hemställan till A och B
    // för yttrande`, `Nämnden sände förslaget på remiss till …`: the case noun or the purpose is
    // required (a decision sent on is no consultation)
    pattern: new RegExp(
      `(?<![\\p{L}])(?:skickade|sände|översände)(?:\\s+ut)?(?:\\s+${W}){0,3}?\\s+(?:(?:på\\s+remiss|för\\s+(?:yttrande|synpunkter))\\s+|(?:ut\\s+)?${CASE_NOUN}(?:\\s+${W}){0,2}?\\s+(?:(?:på\\s+remiss|för\\s+(?:yttrande|synpunkter))\\s+|(?=till\\s+[^.;]{3,300}?\\s(?:för\\s+(?:yttrande|synpunkter)|på\\s+remiss)(?![\\p{L}]))))till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'X sent the case (for comment) to … (simple past)',
    cue: /skickade|sände/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${GAP}\\s+(?:gett|givit|berett|erbjudit)\\s+(?<list>.{3,600}?)\\s+(?:tillfälle|möjlighet)\\s+att\\s+(?:yttra\\s+sig|lämna\\s+(?:synpunkter|yttranden?|remissvar|svar)|inkomma|svara)`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'X has given … the opportunity to comment',
    cue: /tillfälle|möjlighet/iu,
  },
  {
    // the opportunity fronted: `Tillfälle att yttra sig har dessutom getts A, B och C`
    pattern: new RegExp(
      `^(?:Tillfälle|Möjlighet)\\s+att\\s+(?:yttra\\s+sig|lämna\\s+(?:synpunkter|yttrande))\\s+har${GAP}\\s+(?:getts|givits|beretts|erbjudits)\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the opportunity to comment has (also) been given to …',
    cue: /tillfälle|möjlighet/iu,
  },
  {
    // dealt with in a council: `Förslaget har också behandlats i Kommunala pensionärsrådet`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${GAP}\\s+behandlats\\s+(?:i|av)\\s+(?=[^.;]{0,40}?råd(?:et)?(?![\\p{L}]))`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the case has also been dealt with in (a council)',
    cue: /behandlats/iu,
  },
  {
    // a council that dealt with the case at its meeting, its sentence its answer: `Kommunala
    // pensionärsrådet har behandlat motionen vid sitt möte`, `Rådet för X tog del av förslaget`
    pattern: new RegExp(
      `^(?<list>${COUNCIL})\\s+(?:(?:har|hade)\\s+(?:(?:även|också|därefter)\\s+)?(?:behandlat|diskuterat|noterat|tagit\\s+del\\s+av)|behandlade|diskuterade|noterade|tog\\s+del\\s+av)\\s+(?:(?:vid|på|under)\\s+[^,.;]{3,60}?\\s+)?${DEALT_OBJECT}`,
      'u',
    ),
    kind: 'dealt',
    listIs: 'before',
    gloss: 'a council has dealt with / taken note of the case (at its meeting)',
    cue: /behandla|diskutera|noterat|noterade|del\s+av/iu,
  },
  {
    // the same after a fronted adverbial: `Vid sitt möte den 17 september noterade kommunala
    // funktionshinderrådet informationen om motionen`
    pattern: new RegExp(
      `^(?:Vid|Under|På|I)\\s+[^,.;]{3,80}?\\s+(?:behandlade|diskuterade|noterade)\\s+(?<list>${COUNCIL})\\s+${DEALT_OBJECT}`,
      'u',
    ),
    kind: 'dealt',
    listIs: 'before',
    gloss: 'at its meeting a council dealt with / took note of the case',
    cue: /behandlade|diskuterade|noterade/iu,
  },
  {
    // the causative: `Förvaltningen har låtit A, B och C lämna synpunkter på förslaget`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:(?:har|hade)${GAP}\\s+låtit|lät)\\s+(?<list>.{3,400}?)\\s+(?:yttra\\s+sig|lämna\\s+(?:sina\\s+)?(?:synpunkter|yttranden?|remissvar|svar)|svara\\s+på)(?![\\p{L}])`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'X has let A and B comment on the case (causative)',
    cue: /låtit|lät/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${GAP}\\s+(?:inhämtat|hämtat\\s+in|begärt|efterfrågat|inhämtats)\\s+(?:${W}\\s+){0,2}?(?:yttranden?|synpunkter|remissvar|svar)\\s+från\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'X has obtained statements / comments from …',
    cue: /inhämta|hämtat|begärt|efterfrågat/iu,
  },
  {
    pattern: new RegExp(`^(?<list>.{3,600}?)\\s+(?:har|hade)${NOT_NEGATED}${GAP}\\s+${CONSULTED}`, 'u'),
    kind: 'remitted',
    listIs: 'before',
    gloss: '… have been asked / heard / given the opportunity to comment / sent the case for comment',
    cue: CONSULTED_CUE,
  },
  {
    // V2 order after a fronted adverbial or clause: `Därutöver har A och B beretts tillfälle att
    // yttra sig`, `Inom stadsdelsområdet har A, B och C getts tillfälle …`, `Eftersom … har även X
    // tillfrågats`
    pattern: new RegExp(
      `^${FRONTED}\\s+(?:har|hade)\\s+(?:även\\s+|också\\s+|dessutom\\s+)?(?<list>.{3,400}?)\\s+(?:även\\s+|också\\s+|dessutom\\s+)?${CONSULTED}`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    cue: CONSULTED_CUE,
    gloss:
      'furthermore / within the district / since …, A and B have been given the opportunity to comment (been asked, heard)',
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])Remiss(?:en|er)?\\s+har${GAP}\\s+(?:gått|skickats|sänts)\\s+(?:ut\\s+)?till\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'a remiss has gone (out) to …',
    cue: /remiss/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:Remissen|Ärendet|Motionen|Förslaget|Betänkandet|Promemorian|Hemställan)\\s+har${GAP}\\s+besvarats\\s+av\\s+`,
      'u',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the remiss has been answered by …',
    cue: /besvarats/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:yttranden?|synpunkter|remissvar)\\s+(?:har|hade)${GAP}\\s+(?:inhämtats|begärts|hämtats\\s+in|efterfrågats)\\s+från\\s+`,
      'iu',
    ),
    kind: 'remitted',
    listIs: 'after',
    gloss: 'comments have been obtained from … (passive)',
    cue: /inhämtats|begärts|hämtats|efterfrågats/iu,
  },
  {
    // existential: `Bland remissinstanserna fanns A, B och C`, `Till remissinstanserna hörde …`
    pattern:
      /(?<![\p{L}])(?:Bland|Till)\s+(?:de\s+)?(?:remissinstanserna|tillfrågade\s+(?:instanserna|organen))\s+(?:fanns|finns|återfanns|märktes|märks|ingick|ingår|hörde|hör|var|är)\s+(?:bland\s+annat\s+|bl\.\s?a\.\s+)?/u,
    kind: 'remitted',
    listIs: 'after',
    gloss: 'among the consulted bodies were …',
    cue: /remissinstanserna|tillfrågade/iu,
  },
  {
    // the participle fronted before the copula: `Beredda tillfälle att yttra sig var A, B och C`,
    // `Tillfrågade har varit …`
    pattern:
      /(?<![\p{L}])(?:Beredda|Tillfrågade|Ombedda|Inbjudna)(?:\s+(?:tillfälle|möjlighet)\s+att\s+(?:yttra\s+sig|lämna\s+synpunkter|svara))?\s+(?:var|har\s+varit|blev)\s+/u,
    kind: 'remitted',
    listIs: 'after',
    gloss: 'invited to comment were … (the participle fronted)',
    cue: /Beredda|Tillfrågade|Ombedda|Inbjudna/u,
  },
  {
    pattern: /(?<![\p{L}])Remissinstanser(?:na)?\s*(?:har\s+varit|är|var)?\s*:?\s*/u,
    kind: 'remitted',
    listIs: 'after',
    gloss: 'the consulted bodies (are): …',
    cue: /remissinstanser/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:Yttranden?|Synpunkter|Remissvar|Svar|Skrivelser?)\\s+har${GAP}\\s+(?:även|också|dessutom|därutöver|vidare)${GAP}\\s+(?:inkommit|kommit\\s+in|lämnats|inlämnats|getts|framförts)${INSERTED}\\s+(?:från|av)\\s+`,
      'u',
    ),
    kind: 'unsolicited',
    listIs: 'after',
    gloss: 'statements have also been received from … (unasked)',
    cue: /inkommit|kommit|lämnats|getts|framförts/iu,
  },
  {
    // a letter received: `Förvaltningen har dessutom tagit emot en skrift från X, som inte fanns med på remisslistan`
    pattern: new RegExp(
      `(?<![\\p{L}])(?:har|hade)${GAP}\\s+(?:tagit\\s+emot|mottagit|fått\\s+in)\\s+(?:en\\s+|ett\\s+)?(?:skrift|skrivelse|yttrande|synpunkter|brev)\\s+från\\s+`,
      'u',
    ),
    kind: 'unsolicited',
    listIs: 'after',
    gloss: 'X has received a letter / statement from … (unasked)',
    cue: /tagit\s+emot|mottagit|fått\s+in/iu,
  },
  {
    pattern:
      /^(?:Även|Dessutom\s+har|Därutöver\s+har|Vidare\s+har|Också)\s+(?<list>(?:\p{Ll}+\s+)?\p{Lu}.{2,200}?)\s+(?:har\s+)?(?:på\s+eget\s+initiativ\s+)?(?:yttrat\s+sig|inkommit\s+med\s+(?:ett\s+)?(?:yttrande|synpunkter|en\s+skrivelse)|lämnat\s+(?:in\s+)?(?:ett\s+)?(?:yttrande|synpunkter|en\s+skrivelse)|kommit\s+in\s+med|(?:skickat|sänt)\s+in\s+(?:ett\s+)?(?:yttrande|synpunkter|en\s+skrivelse))/u,
    kind: 'unsolicited',
    listIs: 'before',
    gloss: 'also … has commented (unasked)',
    cue: /yttrat|inkommit|lämnat|kommit|skickat|sänt/iu,
  },
  {
    pattern: new RegExp(
      `^(?<list>\\p{Lu}.{2,200}?)(?:\\s+har|,\\s+som\\s+(?:har|har\\s+även|också\\s+har))${GAP}\\s+(?:(?:på\\s+eget\\s+initiativ|utan\\s+att\\s+(?:ha\\s+)?(?:tillfrågats|ombetts|vara\\s+remissinstans|ha\\s+fått\\s+\\p{L}+\\s+på\\s+remiss))${GAP}\\s*,?\\s*(?:yttrat\\s+sig|inkommit|lämnat|skickat|sänt|behandlat)|(?:yttrat\\s+sig|inkommit\\s+med\\s+\\p{L}+|lämnat\\s+\\p{L}+)\\s+(?:på\\s+eget\\s+initiativ|utan\\s+att\\s+(?:ha\\s+)?(?:tillfrågats|ombetts|vara\\s+remissinstans)))`,
      'u',
    ),
    kind: 'unsolicited',
    listIs: 'before',
    gloss: '… has commented on its own initiative',
    cue: /initiativ|utan\s+att/iu,
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?:Yttranden?|Remissvar|Svar)\\s+har${GAP}\\s+(?:inkommit|kommit\\s+in|lämnats)${INSERTED}\\s+(?:från|av)\\s+`,
      'u',
    ),
    kind: 'answered',
    listIs: 'after',
    gloss: 'statements have been received from / given by …',
    cue: /inkommit|kommit|lämnats/iu,
  },
];

/**
 * A quick test a sentence must pass to be read as a list sentence at all: the rules' own cues
 * together (so no rule is ever gated out), and the words of lists that no rule reads (a bulleted
 * list under `följande remissinstanser:`, a list after `yttranden från`, the case sent on).
 */
export const LIST_SENTENCE_GATE_RE = new RegExp(
  [
    ...new Set(LIST_SENTENCE_RULES.map((r) => r.cue.source)),
    'remi[st]|yttra|synpunkt|svar|skrivelse|tillfälle|möjlighet|samråd',
    CASE_SENT_TO,
  ].join('|'),
  'iu',
);

/** The tail that adds bodies to a sentence's list: `…, liksom X`, `…, och detsamma gäller X`, `…, och så även X`. */
export const LIST_CONTINUED_RE =
  /,\s+(?:liksom|och\s+(?:detsamma|det\s+samma)\s+gäller(?:\s+för)?|och\s+så\s+(?:även|också))\s+(?:även\s+|också\s+)?(?<more>.{3,160}?)\.?$|\s(?:har|hade)\s+liksom\s+(?<also>[^.;]{3,200}?)\s+(?:fått|beretts|getts|erhållit|tillfrågats|hörts)(?![\p{L}])/u;

/** A list printed as bullets under its introduction: `… till följande remissinstanser:` */
export const BULLET_LIST_INTRO_RE =
  /(?:till|från)\s*(?:följande(?:\s+\p{L}+){0,3})?\s*:$|(?<![\p{L}])Remissinstanser(?:na)?(?:\s+(?:var|är|har\s+varit))?\s*:?$/u;

/**
 * A remiss sent to the document's author by a higher body: its list names the author's fellow
 * recipients, not bodies the author consulted (`Kommunstyrelsen har remitterat ärendet till bl.a.
 * nämnden`, `Nämnden har fått ärendet på remiss från kommunstyrelsen`). After an adjective the noun
 * is part of a name (`Regionala rådet för … har fått remissen`), not the author.
 */
export const UPSTREAM_REMISS_RE =
  /(?<![\p{L}]|\p{L}a\s)(?:nämnden|förvaltningen|kontoret|styrelsen|bolaget|rådet|förbundet|kommunen|staden|\p{Lu}\p{L}+s\s+(?:kommun|stad)|regionen)(?![\p{L}])(?:\s+\p{L}+){0,4}?\s+(?:har\s+)?(?:fått|erhållit|mottagit|getts|beretts)\s+(?:\p{L}+\s+){0,3}?(?:på\s+remiss|för\s+yttrande|möjlighet|tillfälle|remissen)|(?:till|bland\s+annat|bl\.\s?a\.)\s+(?:nämnden|förvaltningen|kontoret)(?![\p{L}])(?!\s+för\s)|(?:till|bland\s+annat|bl\.\s?a\.)\s+\p{Ll}+(?:nämnden|förvaltningen)\s+för\s+(?:yttrande|kännedom)/iu;

/**
 * A remiss sent to the municipalities as a group (`till kommunerna i länet`, `samtliga kommuner i
 * Halland`, `ett trettiotal kommuner`): the author is one of its recipients, so the list is the
 * sender's, not the author's consultation.
 */
export const MUNICIPALITIES_RECIPIENT_RE =
  /(?<![\p{L}])(?:(?:till|bland\s+andra|bland\s+annat|bl\.\s?a\.)\s+)(?:kommunerna|samtliga\s+kommuner|alla\s+kommuner|de\s+(?:\p{L}+\s+){1,2}kommunerna|(?:länets|regionens|övriga)\s+(?:övriga\s+)?(?:\p{L}+\s+)?kommuner|landets\s+kommuner|regionens\s+kommuner|ett\s+(?:antal|\p{L}+tal)\s+kommuner|\d+\s+kommuner)(?![\p{L}])/iu;

/** Words of answering and consulting: a sentence without one names no consulted bodies. */
export const CONSULT_WORD_RE =
  /(?<![\p{L}])(?:remitter\p{L}*|remiss(?:en|er|erna)?|remissinstans\p{L}*|skrivelse(?:n)?|yttra(?:t|de)?\s+sig|yttrande(?:n|t|na)?|synpunkter(?:na)?|tillfälle|besvara(?:t|ts|de)|svarat|hört\s+av\s+sig|kommit\s+in\s+med|inkommit|diskuterats\s+med|samråd(?:et|it)?)(?![\p{L}])/iu;

/**
 * Sentences about who wrote, prepared or handed over a text, or about a dissent — not about who
 * answered (`Yttrandet har tagits fram av kontoret`, `… överlämna ett yttrande från SL`, `Ett
 * medborgarförslag har inkommit från Eva Lind`).
 */
export const AUTHORING_RE =
  /(?<![\p{L}])(?:(?:medborgarförslag|e-förslag|motion|förslag|skrivelse|hemställan|framställan)(?:et|en)?\s+(?:har\s+)?(?:inkommit|kommit\s+in|lämnats\s+in)\s+från|tagits\s+fram|upprättats|utarbetats|skrivits|sammanställts|beretts\s+(?:av|inom)|handlagts|överlämna\p{L}*|underremitter\p{L}*|särskil(?:t|da)\s+(?:yttrande|uttalande)|reservation\p{L}*|ersättaryttrande)(?![\p{L}])/iu;

/**
 * Where a list of answering bodies starts: right after an answering verb and its preposition
 * (`… besvarats av`, `… begärts in från`, `… diskuterats med`, `… inhämtats från`), or the body that
 * gathered them (`Synpunkter från kommunerna har inhämtats genom kommunförbundet`).
 */
export const LIST_PREPOSITION_RE = new RegExp(
  `(?<![\\p{L}])(?:besvarats|besvarades|begärts(?:\\s+in)?|inhämtats|hämtats\\s+in|diskuterats|samråtts|lämnats|kommit\\s+in|inkommit|yttrat\\s+sig|synpunkter|yttranden?|remissvar)${GAP}\\s+(?:av|från|med|hos)\\s+(?:bland\\s+annat\\s+)?|(?<![\\p{L}])(?:begärts(?:\\s+in)?|inhämtats|hämtats\\s+in)${GAP}\\s+genom\\s+(?:bland\\s+annat\\s+)?`,
  'gu',
);

/**
 * The subject of an answering sentence: the names before `har yttrat sig`, `har lämnat ett
 * yttrande`, `har kommit in med`, `har hört av sig`, `har skickat in`, after an optional fronted
 * adverbial (`Även`, `Dessutom`).
 */
/** What an answering body did: `yttrat sig`, `lämnat synpunkter`, `kommit in med`, `svarat`. */
/**
 * The subject after the finite verb (`Kortfattat har de svarat`, `I maj har samtliga yttrat sig`):
 * V2 order, so what stands before the verb is an adverbial, not the bodies.
 */
const NO_SUBJECT_AFTER =
  '(?!\\s+(?:de|dessa|vi|man|alla|samtliga|flera|några|instanserna|remissinstanserna|nämnderna)(?![\\p{L}]))';
const ANSWERED = `(?:yttrat\\s+sig|lämnat\\s+(?:ett\\s+|en\\s+)?(?:\\p{L}+\\s+)?(?:yttrande|synpunkter|skrivelse|svar)|kommit\\s+in\\s+med|inkommit\\s+med|hört\\s+av\\s+sig|skickat\\s+in|svarat|besvarat)`;
export const SUBJECT_SPAN_RE = new RegExp(
  `^(?:(?:Även|Också|Dessutom|Vidare|Därutöver)\\s+)?(?<list>\\p{Lu}[^.;:]{1,300}?)\\s+(?:har|hade)${NO_SUBJECT_AFTER}${GAP}\\s+(?:${ANSWERED}|i\\s+(?:en|ett)\\s+(?:skrivelse|yttrande))`,
  'u',
);
/** The same in V2 order after a fronted adverbial: `Inför yttrandet har A, B och C lämnat synpunkter`. */
export const SUBJECT_V2_SPAN_RE = new RegExp(
  `^${FRONTED}\\s+(?:har|hade)\\s+(?:även\\s+|också\\s+|dessutom\\s+)?(?<list>[^.;:]{3,300}?)(?:\\s+(?:även|också|dessutom|självmant|redan))?\\s+${ANSWERED}`,
  'u',
);

/** An answer given unasked: `självmant`, `på eget initiativ`, `utan att ha ombetts`, `inte föranletts av någon remiss`. */
export const UNSOLICITED_MARKER_RE =
  /(?<![\p{L}])(?:självmant|på\s+eget\s+initiativ|oombedd|utan\s+att\s+(?:ha\s+)?(?:ombetts|tillfrågats|efterfrågats|begärts|anmodats|blivit\s+tillfrågad|vara\s+remissinstans)|inte\s+(?:har\s+)?föranletts\s+av|hört\s+av\s+sig|(?:även|också|dessutom)\s+(?:inkommit|kommit\s+in)|(?:ej|inte)\s+(?:är\s+|var\s+)?remissinstans|utöver\s+remissinstanserna)(?![\p{L}])/iu;

/**
 * The subject of a sentence marked as an unasked answer, whatever its verb: `Företagarna Ystad har,
 * utan att vara remissinstans, beskrivit …`, `Utöver remissinstanserna har X i en skrivelse …`.
 */
/** The fronted form with no second verb: `Utöver remissinstanserna har X i en skrivelse … ställt sig bakom …`. */
export const UNASKED_FRONTED_SUBJECT_RE =
  /^(?:Utöver\s+remissinstanserna|Därutöver|Dessutom|Vidare|Därtill)\s+(?:har|hade)\s+(?<list>\p{Lu}[^,.;:]{1,80}?)(?=\s+(?:i|på|genom)\s+(?!\p{Lu})|,|\s+\p{Ll}+(?:at|it|tt|t)\s)/u;
export const UNASKED_SUBJECT_RE =
  /^(?:(?:Utöver\s+remissinstanserna|Därutöver|Dessutom|Även|Vidare|Därtill)\s+(?:har|hade)\s+)?(?<list>\p{Lu}[^,.;:]{1,80}?)(?:\s+har|\s+hade|,\s+som\s+(?:inte|ej))(?![\p{L}])/u;
