// Lexicons the stance composer reads, as data: predicate classes (each row one phrase family with
// an English gloss), negators, contrast and condition markers, reporting frames, target words.
// A stance is composed from these clause by clause (consultations/stance.ts); no row decides it
// alone. Patterns run on lower-cased clauses; `\b` is rewritten to a Unicode-aware word boundary.

export type PredicateClass =
  /** A verdict for the proposal: tillstyrker, ställer sig bakom. */
  | 'support'
  /** Judged good, welcome, reasonable, in line with plans: support without a verdict verb. */
  | 'positive'
  /** A verdict against: avstyrker, motsätter sig. */
  | 'oppose'
  /** Judged unsuitable, harmful, doubtful: opposition without a verdict verb. */
  | 'negative'
  /** Indirect opposition: no need, already possible or under way, someone else's task, no money. */
  | 'unneeded'
  | 'no_objection'
  | 'no_position'
  /** The answer exists but is not in this text (`finns i ärendeakten`, `se bilaga 3`). */
  | 'absent'
  | 'no_response'
  /** Takes its stance from another text: hänvisar till, instämmer i X:s yttrande. */
  | 'reference'
  /** Gives facts without a position: redogör för, beskriver. */
  | 'information';

export interface LexiconRow {
  cls: PredicateClass;
  /** Literal stems one of which every match contains: a cheap test before the pattern runs. */
  cues: readonly string[];
  pattern: RegExp;
  gloss: string;
  /** What the predicate is about regardless of its object (an alternative proposed rejects the whole). */
  scope?: 'whole';
  /**
   * A negation keeps the row's meaning instead of reversing it: `kommunen är inte huvudman` says, as
   * `regionen är huvudman` does, that the matter is someone else's task.
   */
  negationKeeps?: true;
}

/**
 * The lexicon runs on lower-cased text, where a letter is one of a small set: an explicit class is
 * several times faster in V8 than the Unicode property `\p{L}`.
 */
const LOWER_LETTER = 'a-zß-öø-ÿā-ž';
const BOUNDARY_START = `(?<![${LOWER_LETTER}\\d])`;
const BOUNDARY_END = `(?![${LOWER_LETTER}\\d])`;

/**
 * Compiles a row's source for lower-cased text: `\b` becomes a boundary that knows Swedish letters
 * — an end boundary after a word character or a closing group, a start boundary anywhere else —
 * and `\p{L}` the lower-case letter class.
 */
export function words(source: string): RegExp {
  const src = source
    .replace(/\\b/gu, (_, offset: number) => {
      const before = source.charAt(offset - 1);
      const after = source.slice(offset + 2, offset + 5);
      // after a quantifier a word may start (`[^.]{0,60}?\bmåste`); after a letter one ends
      const wordFollows = /^(?:[\p{L}\d[\\]|\((?!\?[!=<]))/u.test(after);
      if (/[?*+}]/u.test(before)) return wordFollows ? BOUNDARY_START : BOUNDARY_END;
      return /[\p{L}\d)\]]/u.test(before) ? BOUNDARY_END : BOUNDARY_START;
    })
    .replace(/\[\\p\{L\}/gu, `[${LOWER_LETTER}`)
    .replace(/\\p\{L\}/gu, `[${LOWER_LETTER}]`);
  return new RegExp(src, 'u');
}

/** Up to three inserted words (`ställer sig i huvudsak positiv`, `ser mycket positivt`). */
const G = '(?:\\s+[\\p{L}-]+){0,3}?';
/** Up to six inserted words, for a long parenthetical between verb and predicate. */
const G6 = '(?:\\s+[\\p{L}\\d,:–()-]+){0,6}?';
/** Up to nine inserted tokens: `ställer sig i sitt yttrande daterat den 20 september 2019 bakom`. */
const G9 = '(?:\\s+[\\p{L}\\d,:–()-]+){0,9}?';
/** What a small clause judges: the proposal, or its aim (`motionens inriktning`). */
const JUDGED =
  '(?:förslaget|förslagen|motionen|idén|åtgärden|åtgärderna|programmet|riktlinjerna|planen|planförslaget|strategin|(?:motionens|förslagets|planens|programmets|strategins)\\s+(?:inriktning|syfte|förslag))';
/** What a small clause judges the proposal to be: reasonable, well founded, in line with plans, long awaited. */
const JUDGED_WELL =
  '(?:rimlig[at]?|välgrunda(?:d|t|de)|väl\\s+avväg(?:d|t|da)|ändamålsenlig[at]?|lämplig[at]?|motivera(?:d|t|de)|angeläge(?:n|t)|angelägna|genomförbar[at]?|värdefull[at]?|bra|(?:väl\\s+)?förenlig[at]?\\s+med|efterlängta(?:d|t|de))';
/** What a body accepts or cannot accept: the proposal as a whole. */
const ACCEPTED =
  '(?:motionen|förslag(?:et|en)|medborgarförslaget|hemställan|programmet|planen|planförslaget|strategin|handlingsplanen|riktlinjerna|policyn)';
/** A reference to another body's text: `kontorets yttrande`, `stadsledningskontorets bedömning`. */
const TEXT =
  '(?:tjänsteutlåtande[nt]?|yttrande[nt]?|bedömning(?:en|ar)?|förslag(?:et)?\\s+till\\s+(?:yttrande|beslut|svar)|svar(?:et)?|synpunkter(?:na)?|ställningstagande[nt]?|remissvar(?:et)?|skrivelse[n]?)';

/** A verdict cell of a table of answers: the phrase alone between the cell separators (`X ; Positiv ; –`). */
const cell = (phrase: string) => `(?:^|;\\s*)${phrase}(?=\\s*\\.?\\s*(?:;|$))`;

const row = (
  cls: PredicateClass,
  cues: readonly string[],
  source: string,
  gloss: string,
  scope?: 'whole',
): LexiconRow => ({
  cls,
  cues,
  pattern: words(source),
  gloss,
  ...(scope ? { scope } : {}),
});
/** A row whose negation says the same (`X är inte ansvarig myndighet`: someone else is). */
const sameWhenNegated = (r: LexiconRow): LexiconRow => ({ ...r, negationKeeps: true });

export const PREDICATES: readonly LexiconRow[] = [
  // answered, but declined to give an answer
  row(
    'no_response',
    ['inkommit', 'kommit in'],
    `\\b(?:har|hade)${G}\\s+(?:inte|ej)\\s+(?:inkommit|kommit\\s+in)\\s+med${G}\\s+(?:svar|yttrande|remissvar|synpunkter)\\b`,
    'has not submitted an answer',
  ),
  row(
    'no_response',
    ['yttrat', 'svarat', 'besvarat', 'lämnat', 'avgett', 'avgivit', 'skickat in', 'hunnit'],
    `\\b(?:har|hade)${G}\\s+(?:inte|ej)\\s+(?:yttrat\\s+sig|svarat|besvarat|(?:lämnat|avgett|avgivit|skickat\\s+in)${G}\\s+(?:svar|yttrande|remissvar|synpunkter)|hunnit\\s+(?:behandla|yttra\\s+sig|svara|besvara|lämna${G}\\s+(?:svar|yttrande|synpunkter)))\\b`,
    'has not commented / answered',
  ),
  row(
    'no_response',
    ['varken'],
    `^varken\\s[^.;]{3,160}?\\seller\\s[^.;]{3,160}?\\s(?:har|hade)\\s+(?:yttrat\\s+sig|svarat|besvarat|inkommit|kommit\\s+in|(?:lämnat|avgett|skickat\\s+in)${G}\\s+(?:svar|yttrande|remissvar|synpunkter))\\b`,
    'neither A nor B has answered (the negation in `varken … eller`)',
  ),
  row(
    'no_response',
    ['hörts av', 'hört av', 'återkommit', 'inkommit med', 'kommit in med'],
    `\\b(?:inte|ej)\\s+(?:har\\s+)?(?:hörts\\s+av|hört\\s+av\\s+sig|återkommit|inkommit\\s+med|kommit\\s+in\\s+med)\\b`,
    'has not been heard from, has not come back',
  ),
  row(
    'no_response',
    ['avst'],
    `\\bavst(?:år|od|ått|å)${G}\\s+från\\s+att\\s+(?:yttra\\s+sig|svara|besvara|lämna${G}\\s+(?:svar|yttrande|synpunkter)|inkomma)\\b`,
    'declines to comment',
  ),
  row(
    'no_response',
    ['avstått'],
    `\\b(?:har\\s+)?avstått\\b(?!\\s+från\\s+att\\s+ta)`,
    'has abstained (from answering)',
  ),
  row(
    'no_response',
    ['att inte', 'att ej'],
    `\\b(?:beslutade|beslöt|valde|har\\s+beslutat|har\\s+valt)${G6}\\s+att\\s+(?:inte|ej)\\s+(?:yttra\\s+sig|svara|besvara|(?:lämna|avge)${G}\\s+(?:svar|yttrande))\\b`,
    'decided not to answer (not to give comments is no objection)',
  ),
  row(
    'no_response',
    ['avser', 'kommer att'],
    `\\b(?:(?:inte|ej)\\s+(?:avser|kommer)|(?:avser|kommer)\\s+(?:inte|ej))\\s+att\\s+(?:yttra\\s+sig|svara|besvara|lämna${G}\\s+(?:svar|yttrande|synpunkter))\\b`,
    'does not intend to comment',
  ),
  row(
    'no_response',
    ['svar', 'yttrande'],
    `\\b(?:inget|något)\\s+(?:svar|yttrande|remissvar)\\s+har${G}\\s+(?:inkommit|lämnats|kommit\\s+in)\\b|^\\s*(?:inget|ej|inte)\\s+(?:yttrande|svar|inkommet\\s+svar)\\s*$|\\b(?:svar(?:et)?|yttrande(?:t)?|remissvar(?:et)?)\\s+har\\s+(?:inte|ej)\\s+(?:inkommit|lämnats|kommit)\\b`,
    'no answer has come in',
  ),
  row(
    'no_response',
    ['svar', 'yttrande', 'synpunkter'],
    `\\b(?:inget|något|ingen|några)\\s+(?:svar|yttranden?|remissvar|synpunkter)\\s+från\\s+[^.;]{1,80}?\\s+(?:har|hade)${G}\\s+(?:inkommit|lämnats|kommit\\s+in)\\b|\\b(?:har|hade)\\s+(?:(?:inget|ingen)\\s+(?:svar|yttranden?|remissvar)|(?:något|några)\\s+(?:svar|yttranden?|remissvar)\\s+(?:ännu\\s+)?(?:inte|ej))\\s+(?:inkommit|kommit\\s+in|lämnats)\\b`,
    'no answer from X has come in; from X no answer has come in',
  ),
  row(
    'no_response',
    ['kommit in', 'inkommit'],
    `\\b(?:har\\s+)?(?:inga|några)\\s+(?:synpunkter|yttranden|svar)\\s+(?:har\\s+)?(?:inte\\s+)?(?:kommit\\s+in|inkommit)\\b`,
    'no comments have come in (from X)',
  ),
  row(
    'no_response',
    ['saknas'],
    `\\b(?:svar(?:et)?|yttrande(?:t)?|remissvar(?:et)?)(?:\\s+från\\s+[^.;]{1,80}?)?\\s+saknas\\b|\\bsaknas\\s+(?:ännu\\s+)?(?:svar|yttrande|remissvar)\\b`,
    'the answer (from X) is missing',
  ),
  row(
    'no_response',
    ['besvarat', 'besvarad', 'inkommit', 'inkommet'],
    `(?:^|\\s)(?:ej|inte)\\s+(?:besvarat|besvarad|inkommit|inkommet)\\b`,
    'not answered (a status, as in a table of answers: `Ej besvarat`)',
  ),
  // a table of answers' verdict cell, alone between the cell separators (`Kungälv Energi AB ; Inget svar ; –`)
  row(
    'no_response',
    ['inget svar', 'ej svar', 'inget yttrande', 'ej yttrande'],
    cell('(?:inget|ej|inte)\\s+(?:svar|yttrande|inkommet\\s+svar)'),
    'no answer (a verdict cell)',
  ),
  row(
    'negative',
    ['något att', 'några invändningar'],
    `\\bhar${G}\\s+(?:något\\s+att\\s+(?:invända|erinra)|några\\s+invändningar)\\b`,
    'has something to object (negated — `varken … eller`, `inte` — it is no objection)',
  ),
  row(
    'no_position',
    ['ingen värdering', 'ingen ståndpunkt', 'ingen ställning'],
    cell('ingen\\s+(?:värdering|ståndpunkt|ställning(?:stagande)?)'),
    'no position taken (a verdict cell)',
  ),
  row(
    'no_response',
    ['avböj', 'remisstiden'],
    `\\bavböj(?:er|t|de|a)\\s+att\\s+(?:yttra\\s+sig|svara|besvara)\\b|\\binte${G}\\s+inom\\s+remisstiden\\b`,
    'declined / not within the deadline',
  ),
  // takes no stand
  row(
    'no_position',
    ['ställning'],
    `\\b(?:tar|tagit|ta|tog)${G}\\s+(?:inte|ej|ingen)${G}\\s+ställning\\b|\\b(?:inte|ej)\\s+(?:tagit|tar|ta|tog|velat\\s+ta)\\s+(?:någon\\s+)?ställning\\b`,
    'takes no position',
  ),
  row(
    'no_position',
    ['ställning', 'uppfattning', 'åsikt', 'mening'],
    `\\bavst(?:år|od|ått|å)${G}\\s+från\\s+att\\s+(?:ta\\s+ställning|ha\\s+(?:någon|en)\\s+(?:uppfattning|åsikt|mening))\\b|\\butan\\s+(?:eget\\s+)?ställningstagande\\b|\\butan\\s+att\\s+(?:ta|ha\\s+tagit)\\s+(?:någon\\s+|egen\\s+)?ställning\\b`,
    'abstains from taking a position (`utan att ta ställning`: without taking one)',
  ),
  row(
    'no_position',
    ['ställningstagande'],
    `\\b(?:lämnar|gör|har|redovisar)${G}\\s+(?:inget|inte\\s+något)\\s+(?:eget\\s+)?ställningstagande\\b`,
    'gives no position of its own',
  ),
  // the answer is not in this document
  row(
    'absent',
    [
      'ärendeakt',
      'bilaga',
      'kom in efter',
      'inkom efter',
      'för sent',
      'inte här',
      'ej här',
      'inte i denna',
      'ej i denna',
    ],
    `\\b(?:finns|återfinns|redovisas|bifogas)${G}\\s+(?:tillgängligt?\\s+)?i\\s+(?:ärendeakten|akten|bilaga\\s*\\d*)\\b|\\b(?:kom\\s+in|inkom|inkommit)\\s+(?:först\\s+)?(?:efter\\s+(?:det\\s+)?att|för\\s+sent)\\b|\\b(?:redovisas|återges|tas\\s+upp)\\s+(?:därför\\s+)?(?:inte|ej)\\s+(?:här|i\\s+(?:denna|den\\s+här)\\s+(?:sammanställning|skrivelse|tjänsteskrivelse))\\b|\\b(?:se|enligt)\\s+bilaga\\s*\\d+\\b(?=\\s*[.)]?\\s*$)`,
    'its answer is in the file or an attachment, or not reported here',
  ),
  // no objection
  row(
    'no_objection',
    ['invända', 'erinra', 'anföra', 'invändning', 'synpunkter', 'kommentarer', 'tillägga'],
    `\\b(?:har|hade|lämnar|ha)${G}\\s+(?:inget|ingenting|inga|ingen)\\s+(?:att\\s+)?(?:invända|erinra|erinran|anföra|invändning(?:ar)?|synpunkter|kommentarer|tillägga|att\\s+tillägga)\\b`,
    'has nothing to object / no comments',
  ),
  row(
    'no_objection',
    ['erinra', 'invända', 'invändning', 'synpunkt'],
    `\\b(?:inte|ej)\\s+(?:har\\s+|ha\\s+|innehåller\\s+|innehöll\\s+|lämna\\s+)?(?:något|några|någon)\\s+(?:att\\s+)?(?:erinra|invända|erinran|invändning(?:ar)?|synpunkt(?:er)?)\\b`,
    'does not have any objection',
  ),
  row(
    'no_objection',
    ['erinran', 'invändning', 'synpunkter', 'erinring', 'inget att'],
    `\\b(?:ingen|inga)\\s+(?:erinran|invändningar|erinringar)\\b|\\b(?<!innehåller\\s)(?:ingen|inga)\\s+synpunkter\\b|\\butan\\s+(?:erinran|invändning(?:ar)?)\\b|\\binget\\s+att\\s+(?:invända|erinra|tillägga)\\b`,
    'no objection (noun form; `svaret innehåller inga synpunkter på …` tells what the answer lacks, objections it may lack are still none)',
  ),
  row(
    'no_objection',
    ['saknar'],
    `\\bsaknar${G}\\s+(?:synpunkter|invändningar|erinringar|kommentarer)\\b`,
    'lacks comments / objections (has none)',
  ),
  row(
    'no_objection',
    ['anledning', 'skäl'],
    `\\b(?:ser|finner|har\\s+(?:inte\\s+)?funnit|finns)${G}\\s+(?:ingen|inte\\s+någon|inte)?\\s*(?:anledning|skäl)\\s+(?:att|till\\s+att)\\s+(?:motsätta\\s+sig|invända|avstyrka|ha\\s+synpunkter|erinra)\\b`,
    'sees no reason to oppose or object',
  ),
  row(
    'no_objection',
    ['invändningar', 'erinran', 'föranleder'],
    `\\b(?:inte|ej)\\s+(?:har\\s+)?haft\\s+(?:några|någon|något)\\s+(?:invändningar|invändning|erinran|synpunkter)\\b|\\b(?:inte\\s+föranleder|föranleder\\s+(?:inte|ingen))\\s+(?:någon\\s+)?(?:erinran|invändning|kommentar|synpunkt|åtgärd)\\b`,
    'has had no objection; gives no cause for comment',
  ),
  row(
    'no_objection',
    ['hinder'],
    `\\bser\\s+(?:inga|inte\\s+några|inget)\\s+hinder\\b|\\bfinns\\s+(?:inga|inte\\s+några)\\s+hinder\\b`,
    'sees no obstacles',
  ),
  // another text decides
  row(
    'reference',
    ['hänvisa'],
    `\\bhänvisa(?:r|de|t)?${G6}\\s+till(?:\\s+(?:sitt|sina|\\p{L}+s|\\p{L}+-\\s+och\\s+\\p{L}+s|det|de))?${G}\\s+${TEXT}`,
    "refers to another body's statement",
  ),
  row(
    'reference',
    ['bakom'],
    `\\b(?:ställer|ställt|ställa|ställde)\\s+sig${G}\\s+bakom\\s+(?:(?:tekniska|sociala|kommunala|regionala|\\p{L}+a)\\s+)?(?:\\p{L}+s|\\p{L}+-\\s+och\\s+\\p{L}+s|det|de|den)${G}\\s+${TEXT}`,
    "endorses another body's statement",
  ),
  row(
    'reference',
    ['instäm', 'anslut', 'anslöt'],
    `\\b(?:(?:instämmer|instämma|instämde|instämt)${G}\\s+i|(?:ansluter|ansluta|anslöt|anslutit)\\s+sig${G}\\s+till)\\s+(?:\\p{L}+a\\s+)?(?:\\p{L}+s|\\p{L}+:s|\\p{L}+-\\s+och\\s+\\p{L}+s|det|de|den)${G}\\s+${TEXT}`,
    "concurs with / joins another body's statement (`ansluter sig till KPR:s yttrande`)",
  ),
  row(
    'reference',
    ['dela'],
    `\\b(?:delar|dela|delade)${G}\\s+(?:den\\s+)?(?:\\p{L}+s\\s+)?(?:bedömning(?:en)?|uppfattning(?:en)?|synpunkter(?:na)?)\\s+(?:som\\s+)?(?!motionär|förslagsställar|utredning)\\p{L}+(?:nämnd|förvaltning|kontor|styrelse|råd|bolag)(?:en|et)?\\s+gör\\b`,
    'shares the assessment another body makes',
  ),
  row(
    'reference',
    ['dela'],
    `\\b(?:delar|dela|delade)${G}\\s+(?!motionär|förslagsställar|utredning)\\p{L}+(?:nämnd|förvaltning|kontor|styrelse|råd|bolag)(?:en|et|ens|ets|s)\\s+(?:bedömning|uppfattning|synpunkter)\\b`,
    "shares another body's assessment",
  ),
  row(
    'reference',
    ['ansluter'],
    `\\bansluter\\s+sig${G9}\\s+till\\s+(?:de\\s+synpunkter|den\\s+bedömning|det\\s+yttrande|(?:\\p{L}+\\s+)?\\p{L}+s\\s+${TEXT})`,
    "joins another body's comments",
  ),
  row(
    'reference',
    ['som'],
    `\\b(?:instämmer|instämde|ansluter\\s+sig|anslöt\\s+sig|håller\\s+med|delar|delade)${G}\\s+(?:i\\s+|till\\s+|om\\s+)?(?:det|de\\s+synpunkter|den\\s+bedömning)\\s+som\\s+[^.;]{3,80}?\\s+(?:har\\s+|hade\\s+)?(?:anfört|framfört|anför|framför|lämnat|lämnar|sagt|skrivit|yttrat|föreslagit|gör|gjort)\\b`,
    'concurs with what another body has said',
  ),
  row(
    'reference',
    ['överlämna'],
    `\\böverlämna(?:r|de|t)?${G}\\s+(?:förvaltningens|kontorets|\\p{L}+s)\\s+(?:tjänsteutlåtande|yttrande|förslag\\s+till\\s+yttrande|skrivelse)\\b`,
    "hands over its office's statement as the answer",
  ),
  row(
    'reference',
    ['godkän', 'anta', 'antog'],
    `\\b(?:godkänna|godkänner|godkände|anta|antar|antog)\\s+(?:förvaltningens|kontorets)\\s+(?:förslag\\s+till\\s+(?:yttrande|svar)|tjänsteutlåtande|yttrande)\\b`,
    "approves its office's draft statement",
  ),
  // verdicts
  row(
    'support',
    ['tillstyrkas', 'bifallas'],
    `\\b(?:kan|bör|ska|skall)${G}\\s+(?:tillstyrkas|bifallas)\\b`,
    'can / should be approved (passive, any subject: `En kiosk kan däremot inte tillstyrkas`)',
  ),
  row(
    'support',
    ['ansluter', 'anslöt', 'anslutit'],
    `\\b(?:ansluter|anslöt|anslutit)\\s+sig${G}\\s+till\\s+(?:motionens|förslagets|medborgarförslagets|skrivelsens)\\s+(?:förslag|intentioner|syfte)|\\b(?:ansluter|anslöt|anslutit)\\s+sig${G}\\s+till\\s+(?:motionen|förslaget|förslagen|medborgarförslaget|skrivelsen)\\b`,
    'joins the proposal (ansluter sig till motionens förslag)',
  ),
  row(
    'support',
    ['medverka'],
    `\\b(?:kan|vill|är\\s+beredd\\s+att)${G}\\s+medverka\\s+till\\b`,
    'is willing to take part in carrying it out',
  ),
  row('positive', ['tänka sig'], `\\bkan\\s+tänka\\s+sig\\s+att\\b`, 'can consider doing it'),
  row(
    'support',
    ['genomföras', 'införas', 'bifallas', 'antas'],
    `\\b(?:motionens|förslagets|medborgarförslagets|utredningens|skrivelsens)\\s+förslag(?:\\s+om\\s+[^.;,]{1,80}?)?\\s+(?:bör|ska|skall)\\s+(?:genomföras|införas|bifallas|antas)\\b`,
    "the proposal's measure should be carried out",
  ),
  row('oppose', ['avstyrk'], `\\bavstyrk(?:er|a|s|t|te|ts|ande)\\b`, 'rejects (avstyrker)'),
  row(
    'oppose',
    ['invändningar'],
    `\\b(?:har|hade|riktar|framför)\\s+(?:vissa\\s+|flera\\s+|en\\s+del\\s+|allvarliga\\s+|starka\\s+)?invändningar\\s+mot\\b`,
    'objects to (has objections against)',
  ),
  row(
    'oppose',
    ['motsatte', 'motsätter', 'avvisar', 'avråder', 'negativ', 'avvisande', 'kritisk', 'vänder', 'nej till'],
    `\\b(?:motsätter|motsatte)\\s+sig\\b|\\b(?:vänder|vände)\\s+sig\\s+(?:e)?mot\\b|\\b(?:säger|sa|sade)\\s+nej\\s+till\\b|(?:^|[,;]\\s*|\\s)[Nn]ej\\s+till\\b|\\bavvisar\\b|\\bavråder\\b|\\bställer\\s+sig${G}\\s+(?:negativ|avvisande|kritisk)\\b`,
    'opposes, turns down, advises against',
  ),
  row(
    'oppose',
    ['avslås', 'avvisas'],
    `\\b(?:motionen|förslaget|förslagen|medborgarförslaget|hemställan|skrivelsen|e-förslaget)\\s+(?:bör|ska|skall|kan)${G}\\s+(?:avslås|avvisas)\\b|\\b(?:föreslår|förordar|anser|rekommenderar)\\s+att\\s+(?:motionen|förslaget(?!\\s+om\\s)|medborgarförslaget|hemställan)${G}\\s+avslås\\b|\\b(?:och|samt)\\s+att\\s+(?:den|det|de)\\s+(?:avslås|avvisas)\\b`,
    'the proposal should be refused (`… bifalls i en del och att den avslås i en annan`)',
  ),
  row(
    'oppose',
    ['avslås', 'avvisas'],
    `(?<=\\bförslag(?:et|en)\\s+om\\s+[^.;,]{3,60}?\\s)(?:bör|ska|skall)${G}\\s+(?:avslås|avvisas)\\b`,
    'a proposed part should be refused (`förslaget om X bör avslås`: its subject is the part)',
  ),
  row('support', ['tillstyrk'], `\\btillstyrk(?:er|a|s|t|te|ts|ande)\\b`, 'supports (tillstyrker)'),
  row(
    'support',
    ['positiv'],
    cell('(?:delvis\\s+|i\\s+huvudsak\\s+|mycket\\s+)?positiv[at]?'),
    'positive (a verdict cell: `Positiv`, `Delvis positiv`)',
  ),
  row(
    'negative',
    ['kritisk', 'tveksam', 'avvisande'],
    cell('(?:kritisk|tveksam|avvisande)'),
    'critical, doubtful (a verdict cell)',
  ),
  row(
    'support',
    ['önskar', 'vill att'],
    `\\b(?:önskar|vill)\\s+att\\s+(?:motionens\\s+|medborgarförslagets\\s+)?(?:förslag(?:et|en)?|motionen|medborgarförslaget|åtgärderna|åtgärden)\\s+(?:genomförs|införs|förverkligas|bifalls|antas)\\b`,
    'wishes the proposal carried out',
  ),
  row(
    'oppose',
    ['negativ'],
    cell('(?:delvis\\s+|i\\s+huvudsak\\s+)?negativ[at]?'),
    'negative (a verdict cell)',
  ),
  row(
    'support',
    ['instäm'],
    `\\b(?:instämmer|instämde|instämt)${G}\\s+i\\s+(?:det\\s+som\\s+(?:sägs|anförs|föreslås|skrivs)\\s+i\\s+)?(?:motionen|medborgarförslaget|förslaget|motionärens|motionärernas|förslagsställarens)\\b`,
    'concurs with the motion itself (what the motion says)',
  ),
  row(
    'support',
    ['bejakar', 'bejakade'],
    `\\b(?:bejakar|bejakade)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:en|et|na|erna|arna)\\b`,
    'affirms a thing (a measure, a part: `bejakar inventeringen`)',
  ),
  row(
    'support',
    ['ja till'],
    `(?:^|[,;:]\\s*|\\s)(?:[Jj]a)\\s+till\\b(?!\\s+att\\s+(?:inte|ej))`,
    'yes to it (a verdict as a table of answers prints it: `Ja till A, nej till B`)',
  ),
  row(
    'support',
    ['bakom'],
    `\\b(?:ställer|ställt|ställa|ställde|står|stå)(?:\\s+sig)?${G9}\\s+bakom\\b`,
    'stands behind (a date or reference may stand between)',
  ),
  row(
    'support',
    ['stöd', 'stött', 'biträder', 'bejakar', 'bifaller'],
    `\\b(?:stöder|stödjer|stödja|stött|biträder|bejakar|bifaller)\\s+(?:\\p{L}+\\s+){0,2}?(?:motionen|förslaget|förslagen|förslag|hemställan|motionens|betänkandets|utredningens|promemorians|programmet|riktlinjerna|inriktningen|idén|tanken|planen|planförslaget|strategin|handlingsplanen|policyn|medborgarförslaget|åtgärden|åtgärderna|dessa|detta|det|ett\\s+sådant|en\\s+sådan|målet\\s+om|målen\\s+om)(?:s\\s+\\p{L}+)?\\b|\\b(?:stöder|stödjer)\\s+att\\b`,
    'backs, endorses the proposal (or a part of it: `stöder planens satsningar på järnväg`, `stöder att X får Y`)',
  ),
  row(
    'support',
    ['stöd'],
    `\\b(?:uttrycker|uttryckt|uttryckte|ger|gett|gav|uttalar|uttalat)\\s+(?:sitt\\s+|sitt\\s+fulla\\s+|ett\\s+(?:starkt\\s+|brett\\s+|tydligt\\s+)?|starkt\\s+)?stöd\\s+(?:för|till)\\s+(?:\\p{L}+\\s+){0,2}?(?:motionen|förslaget|förslagen|medborgarförslaget|hemställan|programmet|planen|inriktningen|idén|åtgärden|åtgärderna)\\b`,
    'expresses its support for the proposal',
  ),
  row(
    'support',
    ['godta', 'godkän', 'accepter'],
    `\\b(?:godt(?:ar|a|og|agit)|godkän(?:ner|na|de)|accepter(?:ar|a|ade))\\s+(?:\\p{L}+\\s+){0,2}?${ACCEPTED}\\b|\\b${ACCEPTED}\\s+(?:(?:inte|ej)\\s+)?(?:kan|bör|ska)${G}\\s+(?:godtas|godkännas|accepteras)\\b`,
    'accepts / approves the proposal (negated: cannot accept it)',
  ),
  row(
    'support',
    ['bifalla', 'bifalls', 'tillstyrk', 'genomför', 'antas', 'införas'],
    `\\b(?:motionen|förslaget|förslagen|medborgarförslaget|hemställan|skrivelsen|e-förslaget|programmet|planen|planförslaget|strategin|handlingsplanen|riktlinjerna|den|det)\\s+(?:bör|ska|skall|kan)${G}\\s+(?:bifallas|tillstyrkas|genomföras|antas|införas)\\b|\\b(?:föreslår|förordar|anser|rekommenderar)${G}\\s+att\\s+(?:motionen|förslaget|medborgarförslaget|hemställan|e-förslaget)${G}\\s+(?:bifalls|tillstyrks|genomförs)\\b`,
    'the proposal should be approved / carried out',
  ),
  row(
    'support',
    ['instäm'],
    `\\b(?:instämmer|instämma|instämde|instämt)${G}\\s+i\\s+(?:motionen|förslaget|förslagen|medborgarförslaget|programmet|planen|planförslaget|handlingsplanen|strategin|riktlinjerna|policyn|motionär(?:ens|ernas|s)|förslagsställarens|utredningens|betänkandets|(?:\\p{L}+s\\s+)?(?:inriktning|förslag|åtgärder|slutsatser|satsning(?:ar|en|arna)?|prioritering(?:ar|en|arna)?)|de\\s+flesta|merparten|huvuddelen|flertalet)\\b`,
    'concurs with the proposal',
  ),
  row(
    'support',
    ['instäm'],
    `\\b(?:motionen|förslaget|medborgarförslaget|hemställan|planen|programmet|strategin)\\s[^.;]{0,80}?\\s(?:och|samt)\\s+(?:instämmer|instämde|instämt)\\s+i\\s+(?:den|det)\\b`,
    'dealt with the proposal and concurs with it (`… behandlade motionen och instämmer i den`)',
  ),
  row(
    'support',
    ['stöd'],
    `\\b(?:ger|gav|ger\\s+därför)\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{L}*förslag\\p{L}*|motion\\p{L}*|\\p{L}*plan\\p{L}*|\\p{L}*program\\p{L}*|strategi\\p{L}*|inriktning\\p{L}*)(?:\\s+[^.;,]{0,80}?)?\\s+sitt\\s+(?:fulla\\s+|helhjärtade\\s+|odelade\\s+)?stöd\\b`,
    'gives the proposal (or a proposed part) its (full) support',
  ),
  row(
    'positive',
    ['åtar sig', 'åtog sig'],
    `\\b(?:åtar|åtog)\\s+sig\\s+(?:gärna|också|därför)?\\s*att\\s+(?:utarbeta|ta\\s+fram|genomföra|utföra|bygga|ansvara|driva|samordna)\\b`,
    'undertakes to carry out (a part of) it',
  ),
  row(
    'positive',
    ['bere', 'vill att'],
    `\\bär\\s+(?:beredd|berett|beredda)\\s+att\\s+(?:medverka|bidra|utföra|genomföra|delta|ställa\\s+upp|bygga|upplåta)\\b|\\bvill\\s+att\\s+(?:förslaget|motionen|strategin|planen|programmet|åtgärden|åtgärderna|den|det|de)\\s+(?:ska\\s+)?(?:genomförs|genomföras|införs|införas|antas)\\b`,
    'is ready to take part in carrying it out; wants it carried out',
  ),
  // evaluation without a verdict verb
  row(
    'positive',
    ['positiv'],
    `\\b(?:ställer|ställt|ställa)\\s+sig${G9}\\s+positiv[at]?\\b|\\b(?:är|var|vore)${G}\\s+positiv[at]?\\b|\\b(?:ser|se)${G9}\\s+(?:mycket\\s+)?positivt\\b|\\bpositiv[at]?\\s+till\\b`,
    'is positive to (a date or reference may stand between)',
  ),
  row(
    'positive',
    ['värde', 'fördel'],
    `\\bser${G}\\s+(?:ett\\s+|stora\\s+|klara\\s+|flera\\s+)?(?:stort\\s+)?(?:värde|fördelar)\\s+(?:i|med)\\b`,
    'sees value in it, advantages of it',
  ),
  row(
    'positive',
    [
      'steg',
      'som ett',
      'som en',
      'som rimlig',
      'som bra',
      'som vikt',
      'som natur',
      'som lämplig',
      'som välkom',
      'som angelägen',
      'som angeläget',
      'som positiv',
      'som värdefull',
      'som meningsfull',
      'som motiverat',
    ],
    `\\bser${G9}\\s+som\\s+(?:(?:ett|en)\\s+)?(?:mycket\\s+)?(?:rimligt?|bra|viktigt?|naturligt?|lämpligt?|välkommet?|angeläget?|positivt?|värdefullt?|meningsfullt?|motiverat?)\\b|\\b(?:är|vore)\\s+(?:ett|en)\\s+(?:rimligt|bra|viktigt|naturligt|lämpligt|välkommet|angeläget)\\s+(?:första\\s+)?steg\\b`,
    'sees it as a reasonable (first) step',
  ),
  row(
    'positive',
    ['välgjor', 'förankra', 'genomarbeta', 'underbyggd', 'avvägd', 'fram emot'],
    `\\b(?:är|vore)${G}\\s+(?:välgjord[at]?|väl\\s+(?:förankra(?:d|t|de)|genomarbeta(?:d|t|de)|underbyggd[at]?|avvägd[at]?)|genomarbeta(?:d|t|de))\\b|\\bser${G}\\s+fram\\s+emot\\s+att\\b`,
    'is well made, well grounded; looks forward to (doing) it',
  ),
  row(
    'positive',
    ['lyft', 'tillgång', 'förbättring', 'tillskott', 'sätt att'],
    `\\b(?:är|vore|blir|skulle\\s+vara)\\s+(?:ett|en)\\s+(?:mycket\\s+|stort\\s+|klart\\s+|tydlig\\s+|välkommet\\s+|värdefullt\\s+)?(?:lyft|tillgång|förbättring|tillskott)\\b|\\b(?:är|vore)\\s+(?:ett|en)\\s+(?:rimligt|bra)\\s+sätt\\s+att\\b`,
    'would be a boost, an asset, an improvement; a reasonable way to',
  ),
  row(
    'positive',
    ['avser'],
    `\\bavser${G}\\s+att\\s+(?:genomföra|inleda|påbörja|utreda|ta\\s+fram|införa|inrätta|göra)\\b`,
    'intends to carry it out',
  ),
  row(
    'positive',
    ['möjligheter', 'värdefull', 'viktig', 'bra', 'välkom', 'tillför'],
    `\\bser${G}\\s+(?:goda|stora|mycket\\s+goda)\\s+möjligheter\\b|\\b(?:bli|vara|utgöra)\\s+(?:en|ett)\\s+(?:mycket\\s+)?(?:värdefull[t]?|viktig[t]?|bra|välkommen|välkommet)\\s+\\p{L}+|\\b(?:skulle\\s+|kan\\s+|kommer\\s+att\\s+)?tillföra?\\s+(?:något|mycket|ett\\s+mervärde|värde)\\b`,
    'sees good prospects; it would be a valuable addition, add value',
  ),
  row(
    'positive',
    ['behov'],
    `\\b(?:ser|finns|föreligger)${G}\\s+(?:ett\\s+)?(?:(?!inget|inga|ingen|inte|ej|något|några)\\p{L}+\\s+)?behov\\s+av\\b`,
    'sees a need for it',
  ),
  row(
    'positive',
    ['välkom', 'gärna', 'vore'],
    `\\bvälkomna(?:r|de|t)?\\b|\\bvälkom(?:met|men|na)\\s+(?:steg|tillskott|initiativ|förslag|förbättring|åtgärd)\\b|\\bsom\\s+(?:ett\\s+|en\\s+)?(?:mycket\\s+)?välkom(?:met|men|na)\\b|\\bser\\s+gärna\\b|\\bvore\\s+(?:bra|välkommet|värdefullt|önskvärt)\\b`,
    'welcomes',
  ),
  row(
    'positive',
    [
      'rimlig',
      'angeläg',
      'välkom',
      'bra',
      'god',
      'värdefull',
      'lämplig',
      'motivera',
      'ändamålsenlig',
      'genomförbar',
      'realistisk',
      'viktig',
      'avväg',
      'genomarbeta',
      'genomtänkt',
      'välgrunda',
      'balansera',
      'förenlig',
    ],
    `\\b(?:förslaget|förslagen|motionen|motionens\\s+förslag|idén|åtgärden|åtgärderna|hemställan|programmet|riktlinjerna|planen|planförslaget|handlingsplanen|strategin|ett\\s+sådant\\s+\\p{L}+|en\\s+sådan\\s+\\p{L}+)${G}\\s+(?:är|vore|skulle\\s+vara|framstår\\s+som|bedöms\\s+vara)${G}\\s+(?:rimlig[at]?|angelägen|angeläget|angelägna|välkommen|välkommet|bra|god[at]?|värdefull[at]?|lämplig[at]?|motivera(?:d|t|de)|ändamålsenlig[at]?|genomförbar[at]?|realistisk[at]?|viktig[at]?|väl\\s+avväg(?:d|t|da|de)|välavväg(?:d|t|da|de)|väl\\s+genomarbeta(?:d|t|de)|genomtänkt[a]?|välgrunda(?:d|t|de)|balansera(?:d|t|de)|förenlig[at]?)\\b`,
    'the proposal is judged reasonable, welcome, good, well balanced',
  ),
  row(
    'positive',
    ['anser', 'bedömer', 'menar', 'tycker', 'finner'],
    `\\b(?:anser|bedömer|menar|tycker|finner)(?:${G}\\s+att\\s+[^.;]{0,140}?\\s(?:är|vore|skulle\\s+vara|blir)|${G}\\s+vara)${G}\\s+(?:ändamålsenlig[at]?|lämplig[at]?|motivera(?:d|t|de)|rimlig[at]?|angelägen|angeläget|angelägna|välkommen|välkommet|värdefull[at]?|realistisk[at]?|genomförbar[at]?|acceptabel[t]?|acceptabla|försvarbar[at]?|tillfredsställande|befoga(?:d|t|de)|(?:en|ett)\\s+(?:bra|gott|välkommet|välkommen|angeläget|värdefullt)\\s+\\p{L}+)\\b`,
    'X is judged suitable, justified, reasonable, acceptable, a good thing (`bedömer … att X är`, `tycker att det är ett bra program`, `som nämnden bedömer vara angelägna`)',
  ),
  row(
    'positive',
    ['finner', 'anser', 'bedömer'],
    `\\b(?:finner|anser|bedömer)\\s+${JUDGED}\\s+(?:vara\\s+)?${JUDGED_WELL}\\b`,
    'finds the proposal reasonable (small clause: finner X välgrundat, väl förenligt med …)',
  ),
  row(
    'positive',
    ['ser'],
    `\\bser\\s+${JUDGED}\\s+som\\s+(?:ett\\s+|en\\s+)?${JUDGED_WELL}\\b`,
    'sees the proposal as reasonable (small clause: ser X som väl avvägt, som efterlängtat)',
  ),
  row(
    'positive',
    ['linje', 'överensstämmer', 'stämmer'],
    `\\b(?:ligger|går|är)${G}\\s+i\\s+linje\\s+med\\b|\\böverensstämmer${G}\\s+med\\b|\\bstämmer\\s+väl\\s+överens\\s+med\\b`,
    'is in line with existing policy or plans',
  ),
  // (these two take the subject and the verb after the modal, so that on the same words they are
  // longer than `wants the measure done`, which the overlap rule would otherwise keep)
  row(
    'negative',
    ['fortsättningsvis'],
    `\\b(?:[\\p{L}-]+\\s+)?(?:anser|menar|bedömer)${G}\\s+att\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:även\\s+|också\\s+)?fortsättningsvis\\s+(?:bör|ska|behöver|måste)(?:\\s+[\\p{L}-]+)?\\b`,
    'wants the present arrangement kept',
  ),
  row(
    'negative',
    ['oro'],
    `\\b(?:uttrycker|uttryckte|uttryckt|framför|framförde|framfört|känner|kände)${G}\\s+oro\\s+(?:för|över)\\b`,
    'expresses concern about it',
  ),
  row(
    'oppose',
    ['inte bakom', 'ej bakom', 'inte för förslaget', 'inte till förslaget'],
    `(?:\\b(?:men|dock)\\s+|^\\s*)(?:inte|ej)\\s+(?:bakom|för|till)\\s+(?:förslaget|förslagen|motionens|kravet|att|den\\s+delen|delen)\\b`,
    'but not behind another part (the verdict verb elided)',
  ),
  row(
    'oppose',
    ['stället', 'istället'],
    `\\b(?:[\\p{L}-]+\\s+)?(?:anser|menar|bedömer)${G}\\s+att\\s+(?:[^.;]{3,140}?\\s+och\\s+att\\s+)?(?:[\\p{L}-]+\\s+){1,4}?(?:i\\s+stället|istället)\\s+(?!för\\s)(?:bör|ska|borde|skulle|behöver)(?:\\s+[\\p{L}-]+)?\\b`,
    'holds that something else should be done instead (of this part; also in a second att-clause)',
  ),
  row(
    'positive',
    ['bra att', 'positivt att', 'glädjande att', 'välkommet att', 'tillfredsställande att'],
    `\\b(?:anser|tycker|menar|bedömer|finner|konstaterar)${G}\\s+att\\s+det\\s+(?:är|vore)\\s+(?:mycket\\s+|särskilt\\s+)?(?:bra|positivt|glädjande|välkommet|tillfredsställande)\\s+att\\b`,
    'finds it good that (a point of the proposal)',
  ),
  row(
    'positive',
    ['finner'],
    `\\bfinner${G}\\s+(?:motionens|förslagets|programmets|planens|medborgarförslagets)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:förslag|åtgärder|delar|inriktning|mål)\\s+(?:angelägna|angeläget|angelägen|rimliga|rimligt|väl\\s+avvägda|välgrundade|motiverade)\\b`,
    "finds the proposal's measures urgent, reasonable, well founded",
  ),
  row(
    'positive',
    ['instämmer i att', 'instämde i att'],
    `\\binstämm(?:er|de)${G}\\s+i\\s+att\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:behöver|bör|ska|måste)\\s+(?!inte\\b|ej\\b)\\p{L}+`,
    'agrees that a point of the proposal needs doing',
  ),
  row(
    'positive',
    ['delar'],
    `\\bdelar${G}\\s+(?:motionär(?:ens|ernas|s)|förslagsställarens|motionens|utredningens|promemorians|betänkandets|förslagets|remissens|programmets|planens|strategins|handlingsplanens)\\s+(?:uppfattning|bedömning|syn|intentioner?|ambitioner?|syfte|bild|inriktning)\\b`,
    "shares the proposer's view (or the proposal's direction: `delar handlingsplanens inriktning`)",
  ),
  row(
    'positive',
    ['anser', 'menar', 'tycker', 'bedömer', 'skriver', 'framhåller', 'understryker'],
    `\\b(?:anser|menar|tycker|bedömer|skriver|framhåller|understryker)${G}\\s+att\\s+(?:[^.;]{0,140}?\\s(?:och|samt)\\s+att\\s+)?(?:[\\p{L}-]+\\s+){1,4}?(?:ska|bör|borde|behöver|måste)\\s+(?!inte\\b|ej\\b|\\p{L}+\\s+först\\b|avvakta|invänta|vänta|avslås|avstyrkas|utgå|strykas|slopas|tas\\s+bort|anses\\s+(?:vara\\s+)?besvarad|lösas\\s+(?:inom|i)|hanteras\\s+(?:inom|i)|läggas\\s+på|användas\\s+(?:till|för|på)|prioriteras|riktas\\s+mot|finansieras|bekostas|täckas|bäras)\\p{L}+`,
    'wants the measure done (anser att X ska / behöver …; who pays is a condition, not this)',
  ),
  row(
    'positive',
    ['behovet'],
    `\\bbehovet\\s+(?:av|för)\\s+[^.;]{1,60}?\\s+(?:är|är\\s+mycket)\\s+(?:tydligt|stort|uppenbart|påtagligt|angeläget|väl\\s+dokumenterat)\\b`,
    'the need for it is clear',
  ),
  row(
    'positive',
    ['positiv'],
    `^\\s*(?:i\\s+huvudsak\\s+|övervägande\\s+|mycket\\s+)?positiva?t?\\s*$`,
    'a verdict cell of a table; positive',
  ),
  row(
    'positive',
    ['vill att'],
    `\\bvill\\s+att\\s+(?:motionen|förslaget|förslagen|medborgarförslaget|programmet|planen|åtgärden|åtgärderna|idén)${G}\\s+(?:genomförs|införs|bifalls|antas|förverkligas|realiseras)\\b`,
    'wants the proposal carried out',
  ),
  row(
    'positive',
    ['inom'],
    `\\b(?:kan|ska|skulle)${G}\\s+(?:genomföras|rymmas|hanteras|inrymmas)\\s+inom\\s+(?:ramen\\s+för\\s+)?(?:befintlig|nämndens|förvaltningens|ordinarie|den\\s+befintliga)\\b|\\bryms\\s+inom\\b(?!.*\\binte\\b)`,
    'feasible within the existing remit or budget',
  ),
  row(
    'positive',
    ['möjligt', 'genomförbart'],
    `\\bbör\\s+(?:vara\\s+möjligt|kunna\\s+(?:genomföras|prövas|införas))\\b|\\bär\\s+(?:möjligt|genomförbart)\\s+att\\s+genomföra\\b`,
    'ought to be possible',
  ),
  row(
    'negative',
    ['negativ'],
    `^\\s*(?:i\\s+huvudsak\\s+|övervägande\\s+|mycket\\s+)?negativa?t?\\s*$`,
    'a verdict cell of a table; negative',
  ),
  row(
    'negative',
    ['negativ', 'tveksam', 'kritisk', 'avvisande', 'ifrågasätter'],
    `\\b(?:är|var|vore|ställer\\s+sig|ställde\\s+sig)${G}\\s+(?:negativ[at]?|tveksam[t]?|tveksamma|kritisk[at]?|avvisande)\\b|\\bser\\s+negativt\\b|\\bifrågasätter\\b`,
    'is negative, doubtful, critical',
  ),
  row(
    'negative',
    ['svårt att', 'svåra att', 'svår att'],
    `\\bsvår[at]?\\s+att\\s+(?:motivera|försvara|genomföra|förena|finansiera|uppnå|realisera)\\b`,
    'is hard to justify, carry out or pay for',
  ),
  row(
    'negative',
    ['begränsar', 'försvårar', 'omöjliggör', 'motverkar'],
    `\\b(?:begränsar|försvårar|omöjliggör|motverkar)\\s+(?:kraftigt\\s+|avsevärt\\s+)?(?:möjligheten|möjligheterna|arbetet|förutsättningarna)\\b`,
    'limits or hinders what the body must do',
  ),
  row(
    'negative',
    ['omarbetas', 'arbetas om', 'revideras', 'görs om'],
    `\\b(?:förordar|föreslår|anser|vill)${G}\\s+att\\s+(?:planen|förslaget|programmet|strategin|riktlinjerna|handlingsplanen|policyn)\\s+(?:omarbetas|arbetas\\s+om|revideras|görs\\s+om)\\b`,
    'wants the proposal reworked before it is adopted',
    'whole',
  ),
  row(
    'oppose',
    ['förorda', 'stället', 'istället'],
    `\\bförordar${G}\\s+(?:en\\s+|ett\\s+)?(?:annan|annat|andra)\\s+(?:lösning|inriktning|modell|placering|väg|alternativ)\\b|\\b(?:föreslår|förordar)\\s+(?:att\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:i\\s+stället|istället)\\b|\\bförordar\\s+att\\s+(?:[\\p{L}-]+\\s+){1,6}?(?:stegvis|successivt|inom\\s+ramen\\s+för|i\\s+samband\\s+med\\s+ordinarie)\\b`,
    'argues for another solution instead of the proposal',
    'whole',
  ),
  row(
    'positive',
    ['instämmer', 'delar'],
    `\\b(?:instämmer\\s+i|delar)${G}\\s+(?:\\p{L}+s\\s+)?(?:intentioner(?:na)?|syfte(?:t)?|ambition(?:er|erna)?|mål(?:et|en)?)\\b`,
    'shares the aims',
  ),
  row(
    'negative',
    ['utgå', 'strykas', 'tas bort', 'slopas'],
    `\\b(?:bör|ska|skall|borde)\\s+(?:[\\p{L}-]+\\s+)?(?:utgå|strykas|tas\\s+bort|slopas|utgå\\s+ur)\\b`,
    'should be struck from the proposal',
  ),
  row(
    'negative',
    ['inte', 'ej'],
    `\\b(?:bör|ska|skall)\\s+(?:inte|ej)${G}\\s+(?:antas|införas|genomföras|inrättas|tas\\s+fram|läggas|låsas|binda|utökas)\\b|\\binte\\s+bör${G}\\s+(?:antas|införas|genomföras|inrättas|utökas|låsas|läggas|utföras)\\b`,
    'should not be adopted or introduced',
  ),
  row(
    'positive',
    ['underlätta', 'förbättra', 'stärka', 'förenkla', 'främja', 'gynna', 'bidra'],
    `\\b(?:kommer\\s+att|skulle|kan|bör|torde)${G}\\s+(?:underlätta|förbättra|stärka|förenkla|främja|gynna|bidra\\s+till)\\b`,
    'would make things easier, better, stronger',
  ),
  row(
    'negative',
    [
      'försvaga',
      'försämra',
      'försvåra',
      'motverka',
      'urholka',
      'missgynna',
      'straffa',
      'anspråk',
      'svårare',
      'krångligare',
      'otydligare',
    ],
    `\\b(?:skulle|riskerar\\s+att|kan)${G}\\s+(?:försvaga|försämra|försvåra|motverka|urholka|missgynna|straffa|ta${G}\\s+i\\s+anspråk|göra\\s+det\\s+(?:svårare|krångligare|otydligare))\\b`,
    'would weaken, worsen, take land needed elsewhere',
  ),
  row(
    'negative',
    ['inte', 'ej'],
    `\\b(?:inte|ej)\\s+(?:är|vore|skulle\\s+vara|bedöms\\s+vara|vara)${G}\\s+(?:ändamålsenlig[at]?|lämplig[at]?|motivera(?:d|t|de)|rimlig[at]?|nödvändig[at]?|rätt\\s+väg|möjlig[at]?|genomförbar[at]?|realistisk[at]?)\\b`,
    'is not suitable, justified, necessary',
  ),
  row(
    'negative',
    ['acceptera', 'godta', 'godkänna', 'acceptab', 'godtagbar'],
    `\\b(?:kan|vill|bör)${G}\\s+(?:inte|ej)\\s+(?:acceptera|godta|godkänna)\\b|\\b(?:inte|ej)\\s+(?:acceptabel[t]?|acceptabla|godtagbar[t]?)\\b|\\b(?:anser|bedömer|menar)${G}\\s+(?:inte|ej)\\s+att\\s+[^.;]{3,80}?\\s+kan\\s+(?:godtas|accepteras)\\b`,
    'cannot accept it',
  ),
  row(
    'negative',
    ['inte bör', 'bör inte', 'ej bör', 'bör ej'],
    `\\b(?:anser|bedömer|menar|finner)${G}\\s+att\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:inte|ej)\\s+bör\\s+(?!behöva)\\p{L}+|\\b(?:anser|bedömer|menar|finner)${G}\\s+att\\s+(?:[\\p{L}-]+\\s+){1,4}?bör\\s+(?:inte|ej)\\s+(?!behöva)\\p{L}+`,
    'holds that it should not be done',
  ),
  row(
    'negative',
    [
      'olämplig',
      'onödig',
      'ogenomförbar',
      'orimlig',
      'omotiverad',
      'orealistisk',
      'oförenlig',
      'strider',
      'förena',
      'tillåter',
    ],
    `\\b(?:olämplig[at]?|onödig[at]?|ogenomförbar[at]?|orimlig[at]?|omotivera(?:d|t|de)|orealistisk[at]?|oförenlig[at]?)\\b|\\bstrider${G}\\s+mot\\b|\\b(?:inte|ej)\\s+går\\s+att\\s+förena\\b|\\bgår\\s+(?:inte|ej)\\s+att\\s+förena\\b|\\b(?:lagen|lagstiftningen|regelverket|reglerna|\\p{L}+lagen)(?:\\s+om(?:\\s+\\p{L}+){1,3}?)?\\s+(?:(?:inte|ej)\\s+tillåter|tillåter\\s+(?:inte|ej))\\b`,
    'unsuitable, unnecessary, unfeasible, contrary to rules (cannot be reconciled, the law does not allow it)',
  ),
  row(
    'oppose',
    ['inte kan', 'ej kan'],
    `\\batt\\s+(?:bolaget|nämnden|föreningen|förvaltningen|kontoret|rådet|styrelsen|myndigheten|regionen|verket|gruppen|enheten|sektorn|vi)\\s+(?:därför\\s+|heller\\s+|tyvärr\\s+)?(?:inte|ej)\\s+kan\\s+(?:upplåta|avsätta|tillstyrka|stödja|ställa\\s+sig\\s+bakom|medverka\\s+till|genomföra|bekosta|finansiera)\\b`,
    'says that it cannot do what is asked (`… och att bolaget därför inte kan upplåta marken`)',
  ),
  row(
    'negative',
    ['dyr', 'kostsam', 'resurskrävande', 'svårt att', 'för höga', 'för stora', 'alltför'],
    `\\b(?:är|blir|vore|skulle\\s+bli)${G}\\s+(?:för\\s+|alltför\\s+|mycket\\s+)?(?:dyr[t]?|dyra|kostsam[t]?|kostsamma|resurskrävande)\\b|\\bsvårt?\\s+att\\s+(?:genomföra|förverkliga|finansiera|införa)\\b|\\b(?:kostnaderna|kostnaden|utgifterna)${G}\\s+(?:är|blir|vore)\\s+(?:för|alltför)\\s+(?:höga|hög|stora|stor)\\b`,
    'too costly or hard to carry out',
  ),
  row(
    'negative',
    [
      'inte genomförbar',
      'inte möjlig',
      'inte realistisk',
      'inte lämplig',
      'inte motivera',
      'ej genomförbar',
      'ej möjlig',
    ],
    `(?:^\\s*|\\b(?:dock|men)\\s+)(?:inte|ej)\\s+(?:genomförbar[t]?|möjlig[t]?|realistisk[t]?|lämplig[t]?|motivera[dt])\\b`,
    'but not feasible (elliptic)',
  ),
  row(
    'unneeded',
    ['inom ordinarie', 'inom befintlig', 'inom ramen', 'ordinarie'],
    `\\b(?:bör|kan|ska)\\s+(?:lösas|hanteras|prövas|tas\\s+om\\s+hand|behandlas)\\s+(?:inom|i)\\s+(?:den\\s+)?(?:ordinarie|befintlig[at]?|ramen\\s+för)\\b`,
    'should be handled in the ordinary process instead',
  ),
  row(
    'unneeded',
    ['pågående', 'befintliga', 'ordinarie'],
    `\\b(?:bäst|lämpligen|hellre)\\s+(?:löses|hanteras|prövas|tas\\s+om\\s+hand|behandlas|omhändertas)\\s+(?:inom|i)\\s+(?:det|den|de)\\s+(?:pågående|befintliga|ordinarie)\\b`,
    'is best handled in work already under way',
  ),
  row(
    'negative',
    ['beredd'],
    `\\b(?:inte|ej)\\s+är\\s+beredd\\s+att\\b|\\binte\\s+beredd\\s+att\\b`,
    'is not prepared to',
  ),
  // indirect opposition (R5)
  row(
    'unneeded',
    ['behov', 'skäl', 'anledning'],
    `\\b(?:ser|finns|fanns|föreligger|har)${G}\\s+(?:inte|ej)${G}\\s+(?:något|några|någon|större|tillräckligt)?\\s*(?:behov|skäl|anledning)\\b|\\b(?:ser|finns|fanns|föreligger)${G}\\s+(?:inget|inga|ingen)${G}\\s+(?:behov|skäl|anledning)\\b|\\bsaknas${G}\\s+(?:behov|skäl|anledning)\\b`,
    'sees no need / reason',
  ),
  row(
    'unneeded',
    ['inte finns', 'inte fanns', 'inte föreligger', 'ej finns'],
    `\\b(?:inte|ej)\\s+(?:finns|fanns|föreligger)\\s+(?:något|några|någon|tillräckligt|tillräckliga)?\\s*(?:behov|skäl|anledning|underlag)\\b`,
    'there is no need or basis (subordinate order: att det inte finns …)',
  ),
  row(
    'unneeded',
    ['behövs', 'krävs', 'behov', 'skäl', 'anledning'],
    `\\b(?:anser|bedömer|ser|tror|menar)${G}\\s+(?:inte|ej)\\s+att${G}\\s+(?:behövs|krävs|finns\\s+(?:ett\\s+)?behov|(?:finns|föreligger)\\s+(?:något\\s+|tillräckliga?\\s+)?(?:skäl|anledning)\\s+att)\\b`,
    'does not think it is needed (or that there is reason to do it)',
  ),
  row(
    'unneeded',
    ['behövs', 'behöver'],
    `\\bbehövs${G}\\s+(?:inte|ej)\\b|\\b(?:inte|ej)\\s+(?:behövs|behöver\\s+(?:införas|inrättas|göras|tas\\s+fram|ändras))\\b`,
    'is not needed',
  ),
  row(
    'unneeded',
    ['redan'],
    `\\bredan${G}\\s+(?:i\\s*dag\\s+|idag\\s+|nu\\s+)?(?:kan|finns|fanns|tillgodoses|tillgodosedd|tillgodosett|hanteras|pågår|görs|bedrivs|sker|ingår|omfattas|är\\s+möjligt|regleras|arbetar|erbjuds|genomför|genomförs|serveras|ger|täcks|uppfyll(?:s|er)|erbjuder|tillhandahåller|ordnar|har|utreds|planeras|övervägs|prövas|behandlas|är\\s+(?:på\\s+gång|under\\s+utredning))\\b`,
    'is already done, possible or under way',
  ),
  row(
    'unneeded',
    ['redan'],
    `\\b(?:hanteras|omhändertas|behandlas|tillgodoses|ingår|pågår|sker|görs)\\s+redan\\b|\\bredan${G}\\s+(?:är\\s+omhändertag(?:en|et|na)|omhändertas|tas\\s+om\\s+hand)\\b`,
    'is already taken care of (either word order)',
  ),
  row(
    'unneeded',
    ['tillräcklig', 'tillgodose'],
    `\\b(?:är|blir|var)${G}\\s+tillräcklig[at]?\\b|\\b(?:tillgodosedd|tillgodosett|tillgodosedda)\\b`,
    'the current arrangement is sufficient',
  ),
  row(
    'unneeded',
    ['fungerar', 'räcker', 'tillgodoser'],
    `\\b(?:dagens|nuvarande|befintlig[at]?|i\\s*dag)\\b[^.;]{0,100}?\\s(?:fungerar\\s+(?:väl|bra|tillfredsställande)|räcker(?:\\s+gott|\\s+väl)?|väl\\s+tillgodoser|tillgodoser\\s+(?:[\\p{L}-]+\\s+){0,2}behov\\p{L}*)\\b`,
    'what exists today works well, is enough, meets the needs',
  ),
  row(
    'unneeded',
    [
      'se vad',
      'se att',
      'se någon',
      'se vilken',
      'ser inte att',
      'ser ej att',
      'tillför',
      'mervärde',
      'nytta',
    ],
    `\\b(?:(?:kan\\s+)?(?:inte|ej)\\s+(?:kan\\s+)?se|ser(?:\\s+(?:därför|alltså|således|dock|heller))?\\s+(?:inte|ej))\\s+(?:vad|att|vilken|någon)\\b[^.;]{0,120}?\\s(?:tillföra|tillför|ge|ger|förbättr\\p{L}*|nytta|mervärde)\\b`,
    'cannot see what it would add, that it would improve anything',
  ),
  row(
    'unneeded',
    ['hellre', 'i stället', 'istället', ' än att'],
    `\\b(?:hellre|i\\s+stället|istället)\\s+(?:borde|bör|skulle|ska)\\s+(?:läggas|användas|satsas|prioriteras)\\s+(?:på|till)\\b|\\b(?:vore|är|skulle\\s+vara)\\s+(?:det\\s+)?(?:mer|mera|bättre)\\s+(?:ändamålsenligt|effektivt|rimligt|angeläget)\\s+att\\s+[^.;]{3,120}?\\s+än\\s+att\\b`,
    'the money would better be spent on something else; something else would serve better than the proposal',
  ),
  row(
    'unneeded',
    ['prioritera', 'medel saknas', 'för att motivera', 'påkallad'],
    `\\b(?:kan|kommer\\s+att)${G}\\s+(?:inte|ej)\\s+prioritera\\b|\\b(?:inte|ej)\\s+(?:kommer\\s+att|kan)\\s+prioritera\\b|\\bmedel\\s+saknas\\b|\\bför\\s+(?:liten|litet|små|låg|lågt|få)\\s+för\\s+att\\s+motivera\\b|\\b(?:inte|ej)\\s+påkallad[et]?\\b`,
    'cannot or will not give it priority; there are no funds; too little to justify it; not called for',
  ),
  sameWhenNegated(
    row(
      'unneeded',
      [
        'huvudman',
        'kollektivtrafikmyndighet',
        'ansvarig',
        'statlig',
        'statens',
        'regionens',
        'landstingets',
        'polisens',
        'fråga som',
        'ankommer',
        'ansvar',
        'uppgift',
        'angelägenhet',
        'sak',
      ],
      `\\bär${G}\\s+(?:huvudman|kollektivtrafikmyndighet|ansvarig\\s+myndighet)\\b|\\b(?:är|vore)${G}\\s+(?:en\\s+)?(?:statlig|statens|regionens|landstingets|polisens)\\s+(?:uppgift|angelägenhet|ansvar|fråga)\\b|\\b(?:är|vore)${G}\\s+(?:region\\s+[\\p{L}-]+s|\\p{L}+verkets|\\p{L}+myndighetens|länsstyrelsens|trafikförvaltningens)\\s+(?:ansvar|uppgift|angelägenhet|sak)\\b|\\ben\\s+fråga\\s+som\\s+(?:staten|regionen|landstinget)\\b|\\bankommer${G}\\s+på\\s+(?:staten|regionen|landstinget)\\b`,
      "is another authority's task",
    ),
  ),
  row(
    'unneeded',
    ['som har', 'som ansvarar', 'som ska', 'som bör', 'uppdrag', 'ansvar', 'åligger'],
    `\\b(?:det\\s+är|är\\s+det)\\s+(?:staten|regionen|landstinget|polisen|\\p{L}+verket|\\p{L}+myndigheten)\\s+(?:och\\s+inte\\s+\\p{L}+\\s+)?som\\s+(?:har|ansvarar|ska|bör)\\b|\\b(?:\\p{L}+verket|\\p{L}+myndigheten|staten|regionen|landstinget|polisen|länsstyrelsen|försäkringskassan|arbetsförmedlingen)\\s+(?:har\\s+(?:\\p{L}+\\s+){0,2}?(?:uppdraget|i\\s+uppdrag|ansvaret|ansvar\\s+för)|ansvarar\\s+för)\\b|\\bansvaret${G}\\s+(?:ligger|vilar)\\s+(?:hos|på)\\b|\\båligger${G}\\s+(?:en\\s+)?annan\\b`,
    "another authority's task (it is the state's job, the agency is responsible)",
  ),
  row(
    'unneeded',
    ['inte', 'ej'],
    `\\b(?:inte|ej)\\s+(?:är|utgör)${G}\\s+(?:en\\s+)?(?:kommunal[at]?|kommunens|stadens|nämndens)\\s+(?:uppdrag|uppgift(?:er)?|angelägenhet(?:er)?|ansvar|fråga)\\b`,
    'is not a municipal task',
  ),
  row(
    'unneeded',
    ['uppgift för', 'fråga för', 'ansvar för', 'ske genom', 'ske inom', 'ske hos'],
    `\\b(?:inte|ej)\\s+(?:är|utgör)\\s+(?:en\\s+)?(?:uppgift|fråga|angelägenhet)\\s+för\\b|\\bbör${G}\\s+(?:i\\s+så\\s+fall\\s+)?ske\\s+(?:genom|inom|hos)\\s+(?:\\p{L}+s|regionens|statens)\\b`,
    'not a task for it; should be done through another body',
  ),
  sameWhenNegated(
    row(
      'unneeded',
      ['ansvar', 'uppgift', 'angelägenhet'],
      `\\b(?:(?:inte|ej)\\s+(?:är|utgör)|(?:är|utgör)\\s+(?:därför\\s+|alltså\\s+|således\\s+)?(?:inte|ej))\\s+(?:\\p{L}+s\\s+)(?:ansvar|uppgift|angelägenhet)\\b`,
      "is not the body's own responsibility",
    ),
  ),
  row(
    'unneeded',
    ['ansvar för', 'uppgift för', 'uppgift som', 'fråga för'],
    `\\bär\\s+(?:ett|en)\\s+(?:ansvar|uppgift|angelägenhet|fråga)\\s+för\\s+(?:region\\s+\\p{L}+|regionen|staten|landstinget|trafikverket|länsstyrelsen|\\p{L}+verket|\\p{L}+myndigheten)\\b|\\b(?:ser|anser)\\s+(?:inte|ej)\\s+att\\s+(?:detta|det|frågan)\\s+är\\s+en\\s+uppgift\\s+som\\b`,
    'is a task for another authority; is not a task for this body',
  ),
  sameWhenNegated(
    row(
      'unneeded',
      ['ingår', 'hör'],
      `\\b(?:(?:inte|ej)\\s+(?:ingår|hör)|(?:ingår|hör)\\s+(?:inte|ej))\\s+(?:i|till)\\s+(?:\\p{L}+s\\s+)?(?:uppdrag(?:et)?|ansvar(?:et)?|ansvarsområde(?:t)?|verksamhet|uppgifter)\\b`,
      'is not part of its remit (`ingår inte i`, `hör inte till`)',
    ),
  ),
  row(
    'unneeded',
    ['fattas', 'avgörs', 'beslutas', 'bestäms', 'hanteras av'],
    `\\b(?:fattas|avgörs|beslutas|bestäms)\\s+(?:\\p{L}+\\s+){0,2}?av\\s+(?:region\\s+\\p{L}+|regionen|staten|landstinget|regeringen|riksdagen|trafikverket|länsstyrelsen|\\p{L}+myndigheten|\\p{L}+verket)\\b|\\bbör${G}\\s+hanteras\\s+av\\s+(?!nämnden|förvaltningen|bolaget|rådet|oss)\\p{L}+(?:förvaltningen|kontoret|nämnden|myndigheten|verket|regionen)\\b`,
    'the matter is decided or handled by another body',
  ),
  row(
    'unneeded',
    ['åtgärd'],
    `\\bföreslår${G}\\s+(?:(?:inte|ej)\\s+(?:några|någon)|inga|ingen)\\s+(?:\\p{L}+\\s+)?åtgärd(?:er)?\\b`,
    'proposes no measures in response (the proposal is not taken up)',
  ),
  row(
    'unneeded',
    ['utanför'],
    `\\butanför${G}\\s+(?:nämndens|kommunens|stadens|bolagets|förvaltningens)?\\s*(?:ansvarsområde|ansvar|uppdrag|rådighet|kompetens)\\b`,
    "is outside the body's remit",
  ),
  row(
    'unneeded',
    ['först när'],
    `\\bförst\\s+när\\s+[^.;]{0,60}?\\b(?:redovisa\\p{L}*|är\\s+klar|har\\s+slutförts|föreligger|är\\s+avslutad)\\b`,
    'only once the inquiry has reported (await it)',
  ),
  row(
    'unneeded',
    ['avvakta', 'invänta', 'avvaktan', 'föregripa', 'vänta'],
    `\\b(?:avvakta|invänta|avvaktas|inväntas)\\b|\\b(?:bör|ska|skall|borde|får)\\s+vänta\\s+(?:tills|till\\s+dess|med)\\b|\\bi\\s+avvaktan\\s+på\\b|\\b(?:inte|ej)\\s+(?:bör|ska|skall|borde)?\\s*föregripa\\b|\\b(?:bör|ska|skall|borde)\\s+(?:inte|ej)\\s+föregripa\\b`,
    'results should be awaited, a part wait until (not anticipated)',
  ),
  row(
    'unneeded',
    ['ryms', 'saknas', 'utrymme', 'medel'],
    `\\b(?:inte|ej)\\s+ryms\\s+inom\\b|\\bryms\\s+(?:inte|ej)\\s+inom\\b|\\bsaknas${G}\\s+(?:medel|utrymme|finansiering)\\b|\\binte${G}\\s+(?:utrymme|medel)\\s+(?:att|för|inom)\\b`,
    'there is no money for it',
  ),
  row(
    'unneeded',
    ['stöd', 'underlag', 'evidens', 'belägg'],
    `\\bsaknar?${G}\\s+(?:stöd|underlag|evidens|belägg)\\b|\\b(?:inget|inte\\s+något)\\s+(?:stöd|underlag|belägg)\\s+för\\b`,
    'there is no evidence or basis',
  ),
  // information without a position
  row(
    'information',
    [
      'redogör',
      'redogjorde',
      'beskriv',
      'beskrev',
      'informer',
      'redovis',
      'återger',
      'lyfter',
      'information',
      'bakgrund',
      'redogörelse',
    ],
    `\\b(?:redogör|redogjorde|beskriver|beskrev|informerar|informerade|redovisar|redovisade|återger|lyfter\\s+fram|lämnar${G}\\s+information|ger\\s+en\\s+(?:bakgrund|beskrivning|redogörelse))\\b`,
    'reports facts / describes',
  ),
];

/** A verdict for a part only: `tillstyrker motionen delvis`, `delvis tillstyrker`. */
export const PARTIAL_VERDICT_RE = words(
  '^\\s*(?:\\p{L}+\\s+){0,2}?(?:delvis|till\\s+viss\\s+del|i\\s+vissa\\s+delar|i\\s+delar|(?:vissa\\s+)?delar\\s+av|(?:bara|endast|enbart)\\s+(?!om\\b|under\\b|på\\s+villkor|förutsatt|i\\s+den\\s+mån)(?:\\p{L}+\\s+)?(?:motionens|förslagets|den\\s+(?:första|andra|tredje|sista)|de\\s+(?:första|två|tre)|en\\s+del|delar|vissa|någon|några|ett\\s+av|en\\s+av|(?:första|andra|tredje|sista)\\s+att-sats))\\b|^[^.;]{0,60}?\\s(?:de\\s+flesta|merparten|huvuddelen|flertalet|större\\s+delen)\\s+av\\b|^[^.;]{0,40}?\\s(?:i\\s+(?:den|de)\\s+del(?:ar)?\\s+som|såvitt\\s+(?:avser|gäller))\\b|^\\s*(?:\\p{L}+\\s+){0,2}?med\\s+undantag\\s+(?:för|av)\\b|^\\s*(?:den\\s+(?:första|andra|tredje|fjärde|sista)\\s+att-satsen|motionens\\s+(?:första|andra|tredje|fjärde|sista)\\s+att-sats|den\\s+delen(?:\\s+av\\s+(?:förslaget|motionen|programmet|planen))?)(?=\\s*[.,;]|\\s+(?:men|och)\\s|$)',
);
export const PARTIAL_BEFORE_RE = words('\\b(?:delvis|till\\s+viss\\s+del|bara|endast|enbart)\\s+$');

/** Negators. Their scope runs to the end of the clause. */
export const NEGATION_RE = words(
  '\\b(?:inte|ej|icke|aldrig|knappast|inga|inget|ingen|varken|tveksamt\\s+om|osäkert\\s+om)\\b',
);

/** Where a clause ends inside a sentence: contrast markers, semicolons, coordinated new subjects. */
export const CLAUSE_BREAK_RE = words(
  '[;:]\\s+|,\\s+(?:(?:men|dock|emellertid|samtidigt\\s+som|medan|vilket|då|när|så\\s+länge|förutsatt\\s+att|under\\s+förutsättning\\s+att)\\b|och\\s+(?=(?:nämnden|förvaltningen|kontoret|bolaget|rådet|styrelsen|bedömer|anser|menar|konstaterar|framhåller|påpekar|tycker|föreslår|understryker)\\b))\\s*|\\s+(?:(?:men|medan|eftersom)\\b|(?<!\\b(?:föreslår|föreslog|anser|ansåg|bedömer|menar|konstaterar|tycker|finner|förordar|yrkar|beslutar|beslutade)\\s+)därför\\s+att|då\\s+(?=(?:det|den|de|ansvaret|behovet|frågan|detta|kostnaderna|\\p{L}+en)\\s))\\s*',
);

/** Markers of the concluding, deciding sentence of a statement. */
export const CONCLUSION_RE = words(
  '\\b(?:därför|således|sammantaget|sammanfattningsvis|därmed|följaktligen|mot\\s+(?:denna|den)\\s+bakgrund|av\\s+(?:dessa|detta|dessa\\s+skäl|detta\\s+skäl)|med\\s+hänsyn\\s+till\\s+detta|slutsatsen)\\b',
);

/** A stance the body held before and has left (`har tidigare ställt sig tveksam`). */
// (`det tidigare målet`, `sina tidigare beslut`: an adjective of a thing, not of the stance)
export const PAST_STANCE_RE = words(
  '\\btidigare\\b(?<!\\b(?:det|den|de|dess|sitt|sin|sina|ett|en|nämndens|bolagets)\\s+tidigare)(?!\\s+(?:år|beslut(?:et)?|mål(?:et)?|förslag(?:et)?|plan(?:en)?|utredning(?:en)?))|\\btill\\s+en\\s+början\\b|\\bursprungligen\\b',
);

/** `utan X kan vi inte …`: without X the body cannot (a condition, and a substantial one by its form). */
const WITHOUT_CANNOT =
  '\\butan\\s+(?:[\\p{L}-]+\\s+){1,5}?(?:kan|går|skulle)\\s+(?:\\p{L}+\\s+){0,2}?(?:inte|ej)\\b';
/** `i annat fall kan nämnden inte …`, `annars går det inte`. */
const OTHERWISE_CANNOT =
  '\\b(?:i\\s+annat\\s+fall|annars)\\s+(?:kan|går|skulle)\\s+(?:\\p{L}+\\s+){0,2}?(?:inte|ej)\\b';
/** `… innan programmet antas`: before the proposal is adopted. */
const BEFORE_ADOPTION =
  '\\s+(?:programmet|planen|förslaget|strategin|riktlinjerna|policyn)\\s+(?:antas|fastställs|genomförs|beslutas)\\b';

/** Condition markers. */
export const CONDITION_RE = words(
  `\\bkan\\s+(?:inte|ej)\\s+[^.;]{0,50}?\\s+utan\\s+att\\b|\\b(?:(?:endast|bara|enbart)\\s+)?med\\s+(?:den\\s+ändringen\\s+att|de\\s+ändringar\\s+som|följande\\s+ändring(?:ar)?)\\b|\\binnan${BEFORE_ADOPTION}|${OTHERWISE_CANNOT}|\\bså\\s+länge\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:saknas|fattas|inte|ej)\\b|\\bhar\\s+(?:inte|ej|inga)\\s+medel\\b|\\bkan\\s+(?:inte|ej)\\s+(?:finansiera|bekosta|bära\\s+kostnad(?:en|erna)?)\\b|\\b(?:inte|ej)\\s+(?:kan\\s+)?(?:finansieras|bekostas)\\s+inom\\b|\\bkrav(?:en)?\\s+[^.]{0,60}?\\bmåste\\s+(?:vara\\s+)?(?:uppfyll\\p{L}*|tillgodoses|säkerställas)\\b|${WITHOUT_CANNOT}|\\bkostnader(?:na)?\\s+(?:för\\s+[\\p{L}-]+\\s+)?måste\\s+(?:täckas|bäras|finansieras|bekostas)\\b|\\bmåste\\s+(?:finansieras|bekostas|täckas)\\s+(?:av|genom)\\b|\\b(?:med\\s+(?:vissa\\s+)?(?:villkor|förbehåll)|villkora(?:d|t|de))\\b|\\b(?:måste|behöver)\\s+tillföras\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:medel|resurser)\\b|\\b(?:under\\s+(?:förutsättning(?:en)?|villkor)\\s+att|förutsatt\\s+att|på\\s+villkor\\s+att|(?:endast|bara|enbart)\\s+om|(?:endast|bara|enbart)\\s+under\\s+(?:den\\s+|denna\\s+)?förutsättning(?:en)?|förutsätter(?:\\s+\\p{L}+){0,2}\\s+att|med\\s+(?:vissa\\s+)?förbehåll|om\\s+(?:staden|kommunen|nämnden|stadsdelsnämnden)\\s+(?:tillförs|får|kompenseras))\\b`,
);

/**
 * A condition that is substantial: it shifts cost or responsibility to someone else, or the
 * support stands or falls with it (`endast om`, `utan … kan vi inte`). Other conditions are hedges.
 */
export const STRONG_CONDITION_RE = words(
  '\\b(?:medel|\\p{L}*kostnad(?:er|erna)?|kostnadstäckning|\\p{L}*finansier\\p{L}*|kompenser\\p{L}*|tillför\\p{L}*|tillskott|budget\\p{L}*|ersättning|resurser|full\\s+täckning|fullt|fullständig[at]?|samtliga\\s+krav|fattar\\s+beslut|beslutar\\s+om|först|endast|bara|enbart|ansvar(?:et)?\\s+för|ansvarar\\s+för|står\\s+för|bekostar|svarar\\s+för|måste)\\b',
);
/**
 * A condition whose form makes it substantial whatever it asks for: without it the body cannot
 * take part (`utan sådana tider kan föreningen inte medverka`, `i annat fall kan nämnden inte åta sig …`).
 */
export const CANNOT_WITHOUT_RE = words(
  `${WITHOUT_CANNOT}|${OTHERWISE_CANNOT}|\\bmåste\\s+[^.;]{0,60}?\\s+innan${BEFORE_ADOPTION}`,
);
/** A condition that is already met, or declared feasible: it leaves the support whole. */
export const MET_CONDITION_RE = words(
  '\\b(?:vilket|något\\s+som|detta|det)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:redan|bör\\s+vara\\s+möjligt|kan\\s+vara\\s+möjligt|är\\s+möjligt|har\\s+påbörja\\p{L}*|pågår)\\b|\\bredan\\s+(?:har\\s+)?(?:påbörja\\p{L}*|uppfyll\\p{L}*|inlett\\p{L}*|sker|görs)\\b|\\b(?:kan|ska|går\\s+att)\\s+(?:finansieras|rymmas|hanteras|bekostas)\\s+inom\\s+(?:befintlig|nuvarande|given|egen)\\s+(?:ram|budget(?:ram)?)\\b',
);

/** What a verdict is about: the whole proposal. */
export const WHOLE_TARGET_RE = words(
  '^\\s*(?:(?:därför|således|också|även|däremot|dock|emellertid|alltså|heller|inte|ej|nu|i\\s+huvudsak|sammantaget)\\s+)*(?:till\\s+|i\\s+|på\\s+|mot\\s+)?(?:att\\s+)?(?:motionen|förslaget|förslagen|hemställan|betänkandet|betänkandets\\s+förslag|promemorian|promemorians\\s+förslag|remissen|programmet|riktlinjerna|planen|medborgarförslaget|e-förslaget|skrivelsen|utredningens\\s+förslag|motionens\\s+(?:samtliga\\s+)?förslag|samtliga\\s+förslag|förslagen\\s+i\\s+sin\\s+helhet|(?:det|detta|dem)(?=\\s*[.,;]|$))(?!\\s+(?:om|i\\s+den\\s+del|såvitt|när\\s+det|vad\\s+gäller|i\\s+fråga|att)\\b)(?!-)',
);
/** …or a part of it: one att-sats, one proposal named by its content. */
export const PART_TARGET_RE = words(
  '\\b(?:förslag(?:et|en)?\\s+om|förslag(?:et|en)?\\s+att|(?:\\p{L}+s\\s+)?(?:skrivning|formulering)(?:en|ar|arna)?\\s+om|att-sats(?:en|er|erna)?|i\\s+de(?:n)?\\s+del(?:en|ar|arna)?|de(?:n)?\\s+del(?:en|ar|arna)\\s+som|den\\s+delen|såvitt\\s+avser|när\\s+det\\s+gäller|vad\\s+gäller|i\\s+fråga\\s+om|med\\s+undantag\\s+för|i\\s+övrigt|övriga\\s+förslag|första|andra|tredje|fjärde)\\b',
);
/** …or only its aim, its description of a problem: agreeing with that is not support for a measure. */
export const AIM_TARGET_RE = words(
  '^\\s*(?:(?:till|på|i|bakom|med)\\s+)?(?:\\p{L}+s\\s+)?(?:syfte[tn]?|intention(?:en|er|erna)|ambition(?:en|er|erna)|målet(?!\\s+om\\b)|målen(?!\\s+om\\b)|målsättning(?:en)?|bilden\\s+av|problembeskrivning(?:en)?|beskrivning(?:en)?\\s+av|utgångspunkt(?:en)?|idén\\s+bakom)\\b|^\\s*(?:(?:till|på)\\s+)?att\\s+(?:utredningen|motionen|motionärerna|förslagsställaren|\\p{L}+)\\s+(?:har\\s+)?(?:uppmärksamma\\p{L}*|lyft\\p{L}*|förenklas|moderniseras|ses\\s+över|redovisar|belyser|tar\\s+upp|engagerar\\s+sig)\\b',
);
/** A negated judgement about the current state, not the proposal (`det är inte acceptabelt att problemet kvarstår`). */
export const STATUS_QUO_RE = words(
  '\\batt\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:problemet|problemen|situationen|bristen|bristerna|kvarstår|fortsätter|består|saknas|råder)\\b|\\b(?:dagens|nuvarande)\\s+(?:situation|ordning|brister|problem)\\p{L}*\\s+(?:kvarstår|fortsätter|består|råder)\\b',
);
