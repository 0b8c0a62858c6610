// A consulted body's statement → its stance on what the case proposes. First match wins, so the
// table runs from the most specific reading (no answer, no stand, partly) to the most general.
// Most opposition never says `avstyrker`: no need, already possible, someone else's task.
// Patterns are lower-case: the statement is lower-cased once before the table runs.
import type { Stance } from '../../model/case-record.ts';
import type { LabelRule } from './rule.ts';

const SUPPORT =
  '(?:tillstyrk(?:er|t|a|te)|ställer\\s+sig\\s+(?:[^.]{0,60}?)(?:positiv|positivt|bakom)|(?:är|var)\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+){0,2}positiv[at]?|ser\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?positivt|välkomnar|instämmer|delar\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+){0,2}(?:uppfattning|bedömning|syn|bild|intention|intentioner|ambition|ambitioner|syfte)|stöd(?:jer|er)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])|bejakar|biträder)';
const OPPOSE =
  '(?:avstyrk(?:er|t|a|te|s)|anser\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+){0,2}inte|bedömer\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+){0,2}inte|inte\\s+(?:kan\\s+)?(?:tillstyrka|ställa\\s+sig\\s+bakom)|ser\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?(?:inte|inget|ingen|inga)\\s+(?:något\\s+|någon\\s+|några\\s+)?(?:behov|skäl|anledning)|motsätter\\s+sig|avvisar|(?:är|ställer\\s+sig)\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?(?:negativ|tveksam|avvisande)|avråder\\s+från)';

export const STANCE_RULES: readonly LabelRule<Stance>[] = [
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:inte|ej)\s+(?:inkommit|kommit\s+in)\s+med\s+(?:något\s+)?(?:remissvar|remissyttrande|svar|yttrande)|\bavst(?:ått|å|år|od)\s+från\s+att\s+(?:yttra\s+sig|svara|besvara|lämna\s+(?:något\s+)?(?:svar|yttrande)|lämna\s+(?:några\s+)?synpunkter)|\bavböj(?:er|t|de|a)\s+att\s+(?:yttra\s+sig|svara|besvara)|\bhar\s+(?:inte|ej)\s+(?:yttrat\s+sig|svarat|besvarat\s+remissen|lämnat\s+(?:något\s+)?(?:svar|yttrande))|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:inget|något)\s+(?:svar|yttrande)\s+har\s+(?:inte\s+)?(?:inkommit|lämnats)|\bsvar\s+har\s+(?:inte|ej)\s+(?:inkommit|lämnats)|(?:beslutat|beslutade|beslöt|valt|valde)\s+att\s+inte\s+(?:yttra\s+sig|svara|besvara\s+remissen|lämna\s+(?:något\s+)?(?:svar|yttrande))/u,
    label: 'no_response',
    gloss: 'has not answered / declined to comment',
  },
  {
    pattern:
      /\btar\s+(?:inte|ej)\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+)?ställning|\btar\s+ingen\s+ställning|\bavstår\s+från\s+att\s+ta\s+ställning|\butan\s+(?:eget\s+)?ställningstagande|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:inte|ej)\s+tagit\s+ställning/u,
    label: 'no_position',
    gloss: 'takes no stand',
  },
  {
    pattern: new RegExp(
      `${SUPPORT}[^.]{0,250}?(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:men|dock|däremot|samtidigt\\s+som)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])[^.]{0,250}?${OPPOSE}`,
      'u',
    ),
    label: 'partly',
    gloss: 'supports X but opposes Y (one sentence)',
  },
  {
    pattern: new RegExp(
      `${OPPOSE}[^.]{0,250}?(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:men|däremot)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])[^.]{0,250}?${SUPPORT}`,
      'u',
    ),
    label: 'partly',
    gloss: 'opposes X but supports Y (one sentence)',
  },
  {
    pattern: new RegExp(
      `${SUPPORT}[\\s\\S]{0,600}?(?:(?:avstyrker|anser|bedömer|ser)\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?(?:däremot|dock)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:däremot|dock)\\s+(?:inte|avstyrker|emot))`,
      'u',
    ),
    label: 'partly',
    gloss: 'supports X; however opposes Y (next sentences)',
  },
  {
    pattern: new RegExp(
      `${SUPPORT}[^.]{0,200}?(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:under\\s+(?:förutsättning|förutsättningen)\\s+att|på\\s+villkor\\s+att|förutsatt\\s+att|med\\s+(?:vissa\\s+)?förbehåll|med\\s+reservation\\s+för)`,
      'u',
    ),
    label: 'partly',
    gloss: 'supports only on (substantial) conditions',
  },
  {
    pattern:
      /\btillstyrker\s+delvis\b|\bdelvis\s+(?:positiv|tillstyrk)|\btillstyrker\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+){0,3}med\s+(?:följande|vissa)\s+(?:ändringar|förbehåll|undantag)/u,
    label: 'partly',
    gloss: 'supports in part / with changes',
  },
  {
    pattern:
      /^(?![\s\S]*(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:men|dock|däremot|emellertid|avstyrk[a-zß-ÿ]*|delvis|inte\s+tillstyrk[a-zß-ÿ]*)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d]))[\s\S]*?(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:tillstyrker|ställer\s+sig\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+)?(?:positiv|bakom))\s+(?:till\s+)?(?:motionen|förslaget|förslagen|medborgarförslaget|hemställan|motionens\s+förslag)(?=\s*[.,;]|\s+och\s)/u,
    label: 'supports',
    gloss: 'supports the whole proposal, and nothing in the answer qualifies it',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:har|hade|lämnar)\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+)?(?:inget|ingenting|inga|ingen)\s+(?:att\s+)?(?:invända|erinra|erinran|anföra|invändning(?:ar)?|synpunkter|kommentarer|att\s+tillägga)|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:inte|ej)\s+(?:har\s+|ha\s+)?(?:någon|några)\s+(?:erinran|invändning(?:ar)?|synpunkter)|\butan\s+(?:erinran|invändning(?:ar)?)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|\binget\s+att\s+(?:erinra|invända)|\bingen\s+erinran\b|\binga\s+(?:synpunkter|invändningar)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
    label: 'no_objection',
    gloss: 'no objection / no comments',
  },
  {
    pattern: new RegExp(
      [
        OPPOSE,
        '(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:inte|inget|ingen)\\s+(?:finns\\s+)?(?:något\\s+)?behov',
        '\\bfinns\\s+(?:det\\s+)?(?:inte|inget|ingen)\\s+(?:något\\s+)?behov',
        '\\bbehövs\\s+(?:därför\\s+|alltså\\s+)?inte|\\binte\\s+(?:behövs|behöver\\s+(?:införas|inrättas|göras|tas\\s+fram))',
        '\\bredan\\s+(?:i\\s*dag\\s+|idag\\s+|nu\\s+)?(?:kan|finns|tillgodoses|tillgodosedd|hanteras|pågår|görs|bedrivs|sker|ingår|omfattas|är\\s+möjligt|regleras|arbetar)',
        '(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])är\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?huvudman\\b',
        '\\butanför\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?(?:ansvarsområde|ansvar|uppdrag|rådighet|kompetens)',
        '\\binte\\s+(?:är|utgör)\\s+(?:en\\s+|ett\\s+)?(?:kommunal|kommunens|stadens|nämndens)\\S*\\s+(?:uppdrag|uppgift|ansvar|angelägenhet|fråga)',
        '(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])åligger\\s+(?:en\\s+)?annan|\\bansvaret\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+){0,3}ligger\\s+hos|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])är\\s+en\\s+statlig\\s+(?:uppgift|angelägenhet)|\\bhar\\s+uppdraget\\s+att',
        '\\binte\\s+(?:är|vore|skulle\\s+vara)\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?(?:ändamålsenligt|lämpligt|motiverat|nödvändigt|rimligt|möjligt|rätt\\s+väg)',
        '(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])är\\s+tillräcklig[at]?\\b',
        '(?<![a-zß-ÿ\\d])(?:är|vore)\\s+(?:i\\s+första\\s+hand\\s+|ytterst\\s+|främst\\s+)?(?:en\\s+)?(?:statlig|statens|regionens|region\\s+stockholms|landstingets|polisens|länsstyrelsens|[a-zß-ÿ]+verkets|[a-zß-ÿ]+myndighetens)\\s+(?:uppgift|ansvar|angelägenhet)',
        '\\bfinns\\s+redan\\b|\\bredan\\s+(?:i\\s*dag\\s+|idag\\s+)?(?:möjligt|möjlighet)',
        '\\bföreslår\\s+att\\s+(?:motionen|förslaget|medborgarförslaget|skrivelsen)\\s+(?:ska\\s+|bör\\s+)?avslås|\\b(?:bör|ska|skall)\\s+avslås',
        '\\bsaknas\\s+(?:det\\s+)?(?:något\\s+)?behov',
        '\\bredan\\s+(?:i\\s*dag\\s+|idag\\s+|nu\\s+)?är\\s+(?:omhändertag(?:en|et|na)|tillgodosedd|tillgodosett|tillgodosedda)',
      ].join('|'),
      'u',
    ),
    label: 'opposes',
    gloss: 'opposes, finds no need, already possible, or another body’s task',
  },
  {
    pattern: new RegExp(
      `${SUPPORT}|\\bföreslår\\s+att\\s+(?:motionen|förslaget|medborgarförslaget|hemställan)\\s+(?:ska\\s+|bör\\s+)?(?:bifalls|bifallas|tillstyrks)|\\b(?:bör|ska|skall)\\s+bifallas(?!\\s+delvis)|\\bbifall\\b|(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:är|vore)\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\\s+)?(?:angeläget|välkommet)`,
      'u',
    ),
    label: 'supports',
    gloss: 'supports (tillstyrker, positive, agrees)',
  },
  {
    pattern:
      /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:redogör|redovisar|informerar|beskriver|lämnar\s+(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+){0,3}information|konstaterar|framhåller|pekar\s+på|påminner|lyfter)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u,
    label: 'unclear',
    gloss: 'gives information without a position',
  },
];
