// Sentence units + the inventory → for each consulted body, the units that carry its answer, with
// their role (its decision, its office's statement, the summary's sentence about it). A sentence
// can speak for several bodies (coordinated subjects, `N of the bodies, A, B and C`, `the other
// bodies`), an anaphor (`Nämnden`, `Förvaltningen`) continues the current body, a sentence by a
// body that was not consulted ends the passage, and a minority's reservation is no evidence.

import { isAcronymOf } from '../municipalities/registry.ts';
import {
  COMPILATION_HEADING_RE,
  OWN_HEADING_RE,
  SUMMARY_HEADING_RE,
  UNDERLAG_HEADING_RE,
} from '../rules/section-rules.ts';
import { DATE_SOURCE } from '../text/swedish-date.ts';
import type { FoundList } from './inventory.ts';
import type { Attributed, Body, Role, Unit } from './units.ts';

interface AliasEntry {
  alias: string;
  body: number;
}

export interface AliasIndex {
  entries: AliasEntry[];
  /** Entries by their first two characters, longest alias first. */
  byPrefix: Map<string, AliasEntry[]>;
  exact: Map<string, number>;
  /** Length of the longest alias: a longer line is no body name. */
  longest: number;
}

export function buildAliasIndex(bodies: readonly Body[]): AliasIndex {
  const entries: AliasEntry[] = [];
  bodies.forEach((b, body) => {
    // two letters only for an acronym given in the list (`tekniska nämnden (TN)` … `i likhet med TN`)
    for (const alias of new Set([b.name.toLowerCase(), ...b.aliases]))
      if (alias.length >= 3 || (alias.length === 2 && b.acronyms?.includes(alias)))
        entries.push({ alias, body });
  });
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const exact = new Map<string, number>();
  const byPrefix = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    if (!exact.has(e.alias)) exact.set(e.alias, e.body);
    const key = e.alias.slice(0, 2);
    const list = byPrefix.get(key);
    if (list) list.push(e);
    else byPrefix.set(key, [e]);
  }
  return { entries, byPrefix, exact, longest: entries[0]?.alias.length ?? 0 };
}

/** A name ends here, allowing a genitive or definite ending (`nämndens`, `AB:s`, `förvaltningen`). */
const NAME_END_RE = /^(?:s:s|:s|ens|ets|ns|en|et|s|n)?(?![\p{L}\d])/u;

/** The body whose alias starts exactly at `at` in `lower`, with the end of the mention. */
export function mentionAt(
  lower: string,
  at: number,
  index: AliasIndex,
): { body: number; end: number } | null {
  for (const { alias, body } of index.byPrefix.get(lower.slice(at, at + 2)) ?? []) {
    if (!lower.startsWith(alias, at)) continue;
    const tail = NAME_END_RE.exec(lower.slice(at + alias.length, at + alias.length + 4));
    if (tail) return { body, end: at + alias.length + tail[0].length };
  }
  return null;
}

/** Every body mentioned in `text`, in order of appearance. */
export function mentionsIn(text: string, index: AliasIndex): { body: number; start: number; end: number }[] {
  const lower = text.toLowerCase();
  const out: { body: number; start: number; end: number }[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (i > 0 && /[\p{L}\d]/u.test(lower.charAt(i - 1))) continue;
    const m = mentionAt(lower, i, index);
    if (m) {
      out.push({ body: m.body, start: i, end: m.end });
      i = m.end - 1;
    }
  }
  return out;
}

/** Fronted adverbials before the subject (`I sitt yttrande daterat den 12 september 2019 ställer sig X`). */
const FRONTED_RE =
  /^(?:(?:I|Av)\s+(?:sitt|sina|dess|det|deras|ett|en)?\s*(?:\p{L}+\s+){0,2}?(?:yttrande|tjänsteutlåtande|svar|remissvar|skrivelse|beslut|kontorsyttrande)(?:[^.]*?\d{4}(?:-\d{2}-\d{2})?)?,?\s+\p{Ll}+(?:\s+sig)?|Enligt|Även|Också|Vidare|Dessutom|Därutöver|Slutligen|Både|Såväl|Härutöver|Likaså|Styrelsen\s+(?:för|i)|Presidiet\s+(?:för|i)|Ledningen\s+för)\s+/u;
/**
 * Any other fronted adverbial (Swedish is verb-second): `Av de remitterade stadsdelsnämnderna har
 * Kista stadsdelsnämnd …`, `Vid sitt sammanträde den … beslutade X …`. The subject follows the verb.
 */
const FRONTED_PHRASE_RE =
  /^(?:Av|I|Vid|Inom|Efter|Under|Genom|Med|Från|Inför|När\s+det\s+gäller|Vad\s+gäller|Sammanfattningsvis|Slutligen)\s[^.]{0,120}?\s(?:har|hade|är|var|ser|anser|bedömer|beslutade|beslöt|behandlade|diskuterade|noterade|tillstyrker|avstyrker|ställer|framhåller|konstaterar|pekar|delar|välkomnar|lämnar|tar|instämmer|hänvisar)\s+/u;
const COORDINATION_RE = /^\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*|\s+(?:och|samt|liksom|som|och\s+även|eller)\s+)/u;
/** A pronoun or kind noun that continues the current body (or bodies). */
const ANAPHOR_RE =
  /^(?:Nämnden|Nämnderna|Båda\s+nämnderna|Bägge\s+nämnderna|Förvaltningen|Förvaltningarna|Kontoret|Bolaget|Bolagen|Styrelsen|Rådet|Förbundet|Föreningen|Klubben|Sällskapet|Företaget|Myndigheten|Länsstyrelsen|Regionen|Landstinget|Polisen|Organisationen|Organisationerna|Föreningarna|Råden|Båda|Bägge|Utskottet|Stadsdelsnämnden|Stadsdelsförvaltningen|Den|De|Dessa|Man)(?![\p{L}])/u;
/** An office's anaphor never refers to a company, an outside organisation or a council, nor a company's to a committee or office. */
function anaphorFits(text: string, body: Body | undefined): boolean {
  if (!body) return true;
  // (`Region Skåne, trafikförvaltningen`: an outside organisation's office is an office)
  if (OFFICE_ANAPHOR_RE.test(text))
    return (
      (body.type !== 'bolag' && body.type !== 'extern' && body.type !== 'rad') ||
      /(?:förvaltningen|kontoret)$/iu.test(body.name)
    );
  if (COMPANY_ANAPHOR_RE.test(text)) return body.type === 'bolag' || body.type === 'extern';
  return true;
}

const OFFICE_ANAPHOR_RE = /^(?:Förvaltningen|Förvaltningarna|Kontoret|Stadsdelsförvaltningen)(?![\p{L}])/u;
const COMPANY_ANAPHOR_RE = /^(?:Bolaget|Bolagen)(?![\p{L}])/u;

/** A collective subject: all bodies, those of a kind, or the remaining ones. */
const ANSWER_VERB =
  '(?:ställer|står|är|var|har|hade|tillstyrker|avstyrker|anser|ser|bedömer|välkomnar|delar|instämmer|lämnar|pekar|framhåller|konstaterar|avstår|tar|föreslår|stöder|stödjer|motsätter)(?![\\p{L}])';
const ALL_RE = new RegExp(
  `^(?:Samtliga|Alla)\\s+(?:de\\s+)?(?:remitterade\\s+|tillfrågade\\s+)?(?<kind>remissinstanser(?:na)?|stadsdelsnämnder(?:na)?|nämnder(?:na)?|bolag(?:en)?)(?:\\s+utom\\s+(?<except>[^.]{3,200}?))?(?=\\s+${ANSWER_VERB})`,
  'u',
);
const REST_RE = new RegExp(
  `^(?:De\\s+)?[Öö]vriga\\s+(?:remitterade\\s+)?(?<kind>remissinstanser(?:na)?|stadsdelsnämnder(?:na)?|nämnder(?:na)?|bolag(?:en)?)(?=\\s+${ANSWER_VERB})`,
  'u',
);
/** `Övriga remissinstanser – A, B och C – …`, `Tre av remissinstanserna, A, B och C, …`: the list follows. */
const QUANTIFIED_RE =
  /^(?:(?:De\s+)?[Öö]vriga\s+(?:remissinstanser(?:na)?|nämnder(?:na)?|bolag(?:en)?)\s*(?:–|-|,|:)\s*|(?:\d+|Två|Tre|Fyra|Fem|Sex|Sju|Åtta|Nio|Tio|Flera|Några|Ett\s+flertal|En\s+majoritet|Majoriteten)\s+(?:av\s+(?:de\s+)?(?:\p{L}+\s+)?)?(?:remissinstanser(?:na)?|instanser(?:na)?|stadsdelsnämnder(?:na)?|nämnder(?:na)?|bolag(?:en)?|(?:remitterade|tillfrågade)(?:\s+\p{L}+)?)\s*(?:,|:|–)\s*)(?:(?:bland\s+annat|däribland|nämligen)\s+)?/u;
/** A grouped subject: `Stadsdelsnämnderna (i) A, B och C`, `Barn- och skolnämnderna A och B`. */
const GROUP_SUBJECT_RE =
  /^(?:\p{Lu}\p{Ll}*-\s+och\s+)?\p{L}*(?:nämnderna|förvaltningarna)\s+(?:i\s+|för\s+)?(?<list>\p{Lu}[^.]{1,200}?)(?=\s+(?:har|är|ställer|tillstyrker|avstyrker|anser|ser|bedömer|välkomnar|delar|lämnar|pekar|framhåller|konstaterar|redogör|beskriver|instämmer|hänvisar|föreslår|avstår|tar)(?![\p{L}]))/u;
/** Places grouped before a plural kind: `Enköpings och Tierps kommuner`, `Farsta och Skarpnäcks stadsdelsnämnder`. */
const GROUPED_PLACES_RE =
  /^(?<list>\p{Lu}[\p{L}-]+(?:(?:,\s+|\s+och\s+)\p{Lu}[\p{L}-]+)+)\s+(?:kommuner|stadsdelsnämnder)(?![\p{L}])/u;
const THE_BODIES_RE =
  /^(?:Remissinstanserna|De\s+remitterade\s+\p{L}+|De\s+tillfrågade\s+\p{L}+)(?![\p{L}])/u;

/** A summary that speaks for most bodies, not each: `i huvudsak`, `överlag`, `i stort`, `generellt`. */
const HEDGED_SUMMARY_RE =
  /(?<![\p{L}])(?:i\s+huvudsak|överlag|i\s+stort(?:\s+sett)?|generellt|övervägande|till\s+övervägande\s+del|till\s+största\s+delen|i\s+allmänhet)(?![\p{L}])/u;

/** A sentence that names its subject (not a pronoun or a kind noun): it may open a passage. */
const NAMED_SUBJECT_RE =
  /^(?!(?:Nämnden|Nämnderna|Förvaltningen|Kontoret|Bolaget|Styrelsen|Rådet|Den|De|Dessa|Man|Det|Detta)(?![\p{L}]))/u;

/** A sentence opening with a body-like name the inventory does not know: another speaker. */
const OTHER_SPEAKER_RE =
  /^(?:Jag|Vi|Kommunstyrelsen|Kommunfullmäktige|Borgarrådsberedningen|Motionär(?:en|erna)|Förslagsställaren|Utredningen|Regeringen|\p{Lu}[\p{L}-]*(?:kontoret|förvaltningen|nämnden|styrelsen|departementet))(?![\p{L}])/u;

/** A minority's dissent reported in a body's passage: not the body's answer. */
const RESERVATION_RE =
  /(?<![\p{L}])(?:[Rr]eservation(?:er)?\s+(?:anfördes|anförs|lämnades|lämnas|avgavs|anmäldes)|reserverade\s+sig|reserverar\s+sig|[Ss]ärskilt\s+(?:uttalande|yttrande)\s+(?:gjordes|lämnades|avgavs|anmäldes)|lämnade\s+(?:\p{L}+\s+){0,3}?(?:ett\s+)?(?:gemensamt\s+)?särskilt\s+(?:yttrande|uttalande)|[Ee]rsättaryttrande\s+(?:gjordes|lämnades))/u;
/** The body's own decision on its answer. */
const DECISION_RE =
  /(?<![\p{L}])(?:beslutade|beslöt|har\s+beslutat|fattade\s+beslut|behandlade\s+(?:ärendet|remissen|förslaget|motionen)|har\s+behandlat\s+(?:ärendet|remissen|förslaget|motionen)|i\s+beslut\s+den)(?![\p{L}])/u;
/** The start of an office's statement quoted as the body's answer. */
const OFFICE_INTRO_RE =
  /(?:tjänsteutlåtande|yttrande|skrivelse|kontorsyttrande|remissvar|tjänsteskrivelse)(?:t|n)?\s+[^.]{0,80}?(?:(?:har\s+i\s+huvudsak|i\s+huvudsak\s+har)\s+följande\s+lydelse|(?:anför|anförs|framförs|framhålls|sägs|anges)\s+(?:bland\s+annat|bl\.\s?a\.|i\s+huvudsak)?\s*(?:följande)?)/u;

export interface Attribution {
  /** Units per body index. */
  byBody: Map<number, Attributed[]>;
  /** Dissents reported inside a body's passage. */
  reservations: Unit[];
}

interface Subject {
  bodies: number[];
  /** Offset in the sentence where the subject ends. */
  end: number;
}

function parseCoordinated(text: string, from: number, index: AliasIndex): Subject | null {
  const lower = text.toLowerCase();
  const first = mentionAt(lower, from, index);
  if (!first) return null;
  const bodies = [first.body];
  let end = first.end;
  for (;;) {
    const sep = COORDINATION_RE.exec(text.slice(end));
    if (!sep) break;
    const next = mentionAt(lower, end + sep[0].length, index);
    if (!next) break;
    if (!bodies.includes(next.body)) bodies.push(next.body);
    end = next.end;
  }
  // `Socialnämnden (2018-02-20, § 18)`: a parenthetical after the last name
  const paren = /^\s*\([^()]{0,60}\)/u.exec(text.slice(end));
  if (paren) end += paren[0].length;
  return { bodies, end };
}

function kindMembers(kind: string, bodies: readonly Body[]): number[] {
  const all = bodies.map((_, i) => i);
  if (/^stadsdelsnämnd/u.test(kind)) return all.filter((i) => bodies[i]?.type === 'stadsdelsnamnd');
  if (/^nämnd/u.test(kind))
    return all.filter((i) => bodies[i]?.type === 'namnd' || bodies[i]?.type === 'stadsdelsnamnd');
  if (/^bolag/u.test(kind)) return all.filter((i) => bodies[i]?.type === 'bolag');
  return all;
}

function areasOrMentions(list: string, bodies: readonly Body[], index: AliasIndex): number[] {
  const found = new Set<number>();
  for (const m of mentionsIn(list, index)) found.add(m.body);
  for (const part of list.split(/\s*,\s*|\s+(?:och|samt)\s+/u)) {
    const area = part.trim().toLowerCase();
    if (!area) continue;
    bodies.forEach((b, i) => {
      if (
        b.aliases.some((a) => a.startsWith(`${area} `) || a.startsWith(`${area}s `) || a.endsWith(` ${area}`))
      )
        found.add(i);
    });
  }
  return [...found];
}

/** A subject found in the unit's text after its first `offset` characters were cut off. */
function shifted(s: Subject | null, offset: number): Subject | null {
  return s ? { ...s, end: s.end + offset } : null;
}

/** Who a sentence speaks for: named bodies, a collective, an anaphor, or null (no subject found). */
function subjectOf(
  unit: Unit,
  bodies: readonly Body[],
  index: AliasIndex,
  current: readonly number[],
  answered: ReadonlySet<number>,
  listed: readonly number[] = [],
): Subject | 'other' | null {
  // (`Varken A eller B har något att invända`: neither-nor coordinates the subject)
  // (`Det regionala pensionärsrådet …`: the article before an adjective of the name)
  const text = unit.text
    .replace(/^(?:[–•*▪·-]|\d{1,2}[.)])\s*/u, '')
    .replace(/^(?:Varken|Både)\s+/u, '')
    .replace(/^(?:Det|Den)\s+(?=\p{Ll}+a\s)/u, '');
  const offset = unit.text.length - text.length;
  const direct = parseCoordinated(text, 0, index);
  if (direct) return shifted(direct, offset);
  const all = ALL_RE.exec(text);
  if (all?.groups?.kind) {
    const except = all.groups.except ? areasOrMentions(all.groups.except, bodies, index) : [];
    return {
      bodies: kindMembers(all.groups.kind, bodies).filter((b) => !except.includes(b)),
      end: all[0].length + offset,
    };
  }
  const rest = REST_RE.exec(text);
  if (rest?.groups?.kind) {
    return {
      bodies: kindMembers(rest.groups.kind, bodies).filter((b) => !answered.has(b)),
      end: rest[0].length + offset,
    };
  }
  const group = GROUP_SUBJECT_RE.exec(text);
  if (group?.groups?.list) {
    const members = areasOrMentions(group.groups.list, bodies, index);
    if (members.length > 0) return { bodies: members, end: group[0].length + offset };
  }
  // `Enköpings och Tierps kommuner är båda positiva`: grouped places before their plural kind
  const placed = GROUPED_PLACES_RE.exec(text);
  if (placed?.groups?.list) {
    const members = areasOrMentions(placed.groups.list, bodies, index);
    if (members.length > 1) return { bodies: members, end: placed[0].length + offset };
  }
  const quantified = QUANTIFIED_RE.exec(text);
  if (quantified) {
    const listed = parseCoordinated(text, quantified[0].length, index);
    if (listed) return shifted(listed, offset);
  }
  // (`Remissinstanserna är i huvudsak positiva`: the writer's summary of most of them, no one's answer)
  if (THE_BODIES_RE.test(text))
    return HEDGED_SUMMARY_RE.test(text) ? 'other' : { bodies: bodies.map((_, i) => i), end: offset };
  const fronted = FRONTED_RE.exec(text) ?? FRONTED_PHRASE_RE.exec(text);
  if (fronted) {
    const after = parseCoordinated(text, fronted[0].length, index);
    if (after) return shifted(after, offset);
    // V2 order after an adverbial: `I sitt yttrande … ställer sig förvaltningen bakom …`
    const lower = text.toLowerCase();
    for (const m of mentionsIn(text.slice(0, 200), index)) {
      if (
        m.start >= fronted[0].length &&
        !/(?:^|\s)(?:till|av|från|med|om|för|i|på|som)\s+$/u.test(lower.slice(0, m.start))
      )
        return shifted(parseCoordinated(text, m.start, index), offset);
    }
  }
  if (ANAPHOR_RE.test(text) && current.length > 0) {
    // (`Förvaltningen föreslår att motionen avslås` after a company's answer: an office is no
    // company, so the author's office speaks, not the company)
    if (!current.some((b) => anaphorFits(text, bodies[b]))) return 'other';
    return { bodies: [...current], end: offset };
  }
  // `Båda nämnderna tillstyrker` right after a list: the bodies the list named
  if (PLURAL_ANAPHOR_RE.test(text) && listed.length > 1)
    return HEDGED_SUMMARY_RE.test(text) ? 'other' : { bodies: [...listed], end: offset };
  // the speaker named elsewhere in the sentence: `… enligt kulturnämnden`, `Något svar har inte
  // inkommit från kulturnämnden` (not when another speaker is its subject: `Kommunledningskontoret
  // bedömer att kostnaden, enligt Skånetrafikens beräkning …`)
  if (OTHER_SPEAKER_RE.test(text)) return 'other';
  const named = SPEAKER_AFTER_RE.exec(text);
  if (named) {
    const m = mentionAt(text.toLowerCase(), (named.index ?? 0) + named[0].length, index);
    if (m) return { bodies: [m.body], end: offset };
  }
  if (OTHER_SPEAKER_RE.test(text) || isOtherOrganisation(text, bodies, current)) return 'other';
  return null;
}

/** The first cell of a table of answers' header row. */
/** A sentence that introduces the answers listed below it: `Svaren kan sammanfattas på följande sätt:`. */
const ANSWERS_INTRO_RE =
  /(?<![\p{L}])(?:svar(?:en|et)?|remissvar(?:en)?|yttranden(?:a)?|ställningstaganden(?:a)?|synpunkter(?:na)?|remissinstanser(?:na)?)(?![\p{L}])[^.]{0,80}:$/iu;

/** `– Name: what it answered`: a bulleted line whose name ends at a colon. */
const VERDICT_LINE_RE = /^(?:[–•*▪·-]|\d{1,2}[.)])\s*(?<name>\p{Lu}[^:;.]{2,80}?)\s*:\s+\p{L}/u;

const TABLE_HEADER_RE =
  /^(?:Remissinstans(?:er)?|Instans|Remissorgan|Avsändare|Svarande|Organisation|Nämnd\/bolag|Remissvar\s+från)$/iu;

/** A list sentence that says the bodies answered, not only that they were asked. */
const ANSWERED_RE =
  /(?<![\p{L}])(?:har|hade)\s+(?:\p{L}+\s+){0,3}?(?:yttrat\s+sig|lämnat\s+(?:\p{L}+\s+){0,2}?(?:synpunkter|yttrande|yttranden|svar|skrivelse)|svarat|besvarat|kommit\s+in\s+med|inkommit\s+med)(?![\p{L}])/u;

/** No answer has come from the bodies after it: `Svar har inte inkommit från …`. */
const NO_ANSWER_FROM_RE =
  /(?<![\p{L}])(?:[Ss]var|[Yy]ttranden?|[Rr]emissvar)\s+har\s+(?:\p{L}+\s+)?(?:inte|ej)\s+(?:inkommit|kommit\s+in|lämnats)\s+från\s/u;

/** `Detsamma gäller X`, `Samma sak gäller för X`, `Så även X`. */
const SAME_AS_RE =
  /^(?:Detsamma|Samma\s+sak|Samma\s+bedömning|Så)\s+(?:gäller|gör|även|också)(?:\s+för)?\s+/u;
/** `…, liksom X`: a co-subject after the predicate. */
const LIKE_RE = /,?\s+(?:liksom\s+(?:även\s+|också\s+)?|och\s+det\s+gör\s+(?:även|också)\s+)(?=\p{L})/u;

/** `Kulturnämnden tillstyrker motionen, liksom idrottsnämnden`: the co-subject after the predicate joins. */
function withCoSubject(subject: Subject, text: string, index: AliasIndex): Subject {
  const alike = LIKE_RE.exec(text);
  if (!alike || subject.bodies.length === 0) return subject;
  const m = mentionAt(text.toLowerCase(), alike.index + alike[0].length, index);
  return m && !subject.bodies.includes(m.body)
    ? { ...subject, bodies: [...subject.bodies, m.body] }
    : subject;
}

/** A plural anaphor: `Nämnderna`, `Båda nämnderna`, `De båda bolagen`. */
const PLURAL_ANAPHOR_RE =
  /^(?:Båda|Bägge|De\s+båda|De\s+två)?\s*(?:nämnderna|förvaltningarna|bolagen|råden|remissinstanserna)(?![\p{L}])|^(?:Båda|Bägge)\s+(?!\p{Ll}+(?:na|en|et)\s)/iu;
/**
 * Where a sentence names its speaker after the verb or in a fronted phrase: `enligt X`, `… har inte
 * inkommit från X`, `Svar från X saknas`, `Något yttrande från X har inte …`, `Från X har inget …`.
 */
const SPEAKER_AFTER_RE =
  /(?<![\p{L}])enligt\s+|(?:svar|yttrande|remissvar|synpunkter)\s+har\s+(?:inte\s+|ännu\s+inte\s+)?(?:inkommit|kommit\s+in|kommit|lämnats)\s+från\s+|^(?:(?:Något|Inget|Inga|Några|Ett)\s+)?(?:[Ss]var|[Yy]ttranden?|[Rr]emissvar|[Ss]ynpunkter)\s+från\s+|^Från\s+/u;
/** A subject before its finite verb. */
const SUBJECT_BEFORE_VERB_RE =
  /^(?<name>\p{Lu}[\p{L}-]*(?:\s+(?:i|för|och|län|\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*(?:verket|myndigheten|föreningen|förbundet|styrelsen|länsstyrelse|landstinget|regionen|nämnds|nämndens|styrelsens|råd|rådet|förening|förbund)))*)(?:,\s+som\s+[^,.;]{3,100},)?\s+(?:har|hade|är|var|avstyrkte|tillstyrkte|\p{Ll}+(?:er|ar|or)|\p{Ll}{3,}(?:de|te))(?![\p{L}])/u;
/** The sender of the remiss speaking (`Region Halland har skickat förslaget på remiss till …`): no answer. */
const SENDER_RE =
  /^[^.;]{2,80}?\s(?:har|hade)\s+(?:\p{L}+\s+){0,2}?(?:skickat|sänt|remitterat|översänt)\s[^.;]{0,120}?(?:remiss|för\s+yttrande|för\s+synpunkter)/u;
/** Organisation heads: a subject with one of them is an organisation, not a person or a thing. */
const ORGANISATION_HEAD_RE =
  /(?:verket|myndigheten|föreningen|förening|förbundet|förbund|styrelsen|länsstyrelsen|landstinget|regionen|kommunen|bolaget|förvaltningen|kontoret|nämnden|rådet|råd|kammaren|kyrkan|församlingen|organisationen|sällskapet|klubb|klubben|AB)$|^(?:Region|Företagarna|Föreningen|Stiftelsen|Förbundet|Riksförbundet|Sällskapet|PRO|SPF|RPG|SKPF|LRF)\s/u;
/** A name without the place it is at (`Polismyndigheten i Norrbottens län` → `Polismyndigheten`). */
function organisationHead(name: string): string {
  return name.split(/\s+i\s+(?=\p{Lu})/u)[0] ?? name;
}
/** An acronym alone as a subject (`KPR behandlade …`): another speaker, unless it abbreviates the current body. */
const BARE_ACRONYM_RE = /^\p{Lu}{2,5}$/u;

/**
 * A sentence whose subject is an organisation the inventory does not know (`Trafikverket har
 * däremot avstyrkt …`): another speaker, unless it shares a word with the current body (an
 * office or board answering for it: `Landstingsstyrelsens förvaltning` for the landsting).
 */
function isOtherOrganisation(text: string, bodies: readonly Body[], current: readonly number[]): boolean {
  const name = SUBJECT_BEFORE_VERB_RE.exec(text)?.groups?.name;
  if (!name || ANAPHOR_RE.test(name)) return false;
  // (an acronym of the current body's name is the body: `PRO` for Pensionärernas Riksorganisation)
  if (BARE_ACRONYM_RE.test(name)) return !current.some((b) => isAcronymOf(name, bodies[b]?.name ?? ''));
  if (!ORGANISATION_HEAD_RE.test(organisationHead(name))) return false;
  const own = new Set(current.flatMap((b) => bodies[b]?.aliases.flatMap(wordStems) ?? []));
  return !wordStems(name).some((w) => own.has(w));
}

/** The first six letters of each word of five or more, lower-case. */
function wordStems(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s,-]+/u)
    .filter((w) => w.length >= 5)
    .map((w) => w.slice(0, 6));
}

function roleOf(unit: Unit, inOffice: boolean): Role {
  if (unit.cells.length > 1) return 'table';
  if (DECISION_RE.test(unit.text) && !inOffice) return 'decision';
  return inOffice ? 'office' : 'statement';
}

export interface AttributionInput {
  units: readonly Unit[];
  bodies: Body[];
  /** List sentences the inventory used (they open an answer zone) and those it set aside. */
  lists: readonly FoundList[];
  /** Bodies may be discovered from compilation headings: called for an unknown heading there. */
  discover: (printed: string, next: Unit | undefined, row?: boolean) => Body | readonly Body[] | null;
  /** When the document has no own remiss sentence, answers may stand in any non-own section. */
  openByDefault: boolean;
  /** No list sentence at all (an excerpt that starts mid-document): headings naming organisations are bodies. */
  headingsAreBodies?: boolean;
  /** Starts of the bulleted lines that hold a list: they name bodies, they are no answer. */
  listItems?: ReadonlySet<number>;
}

/** Where a sentence hands over to another speaker: `A tillstyrker, medan B bedömer …`, `…; B anser …`. */
const SPEAKER_BREAK_RE =
  /(?:,\s*(?:medan|men|och|samt|samtidigt\s+som|där)|;|\s+medan)\s+|,\s+(?=\p{Lu}[\p{L}-]*\s+(?:dock|däremot|emellertid|endast|bara)\s)/gu;
/** A finite verb right after a name: the name is the clause's subject, not a list member. */
const FINITE_AFTER_RE =
  /^\s+(?:är|har|ser|var|tar|dock|däremot|emellertid|endast|bara|\p{Ll}+(?:er|ar|or|rer|de|te))(?![\p{L}])/u;

/**
 * A sentence whose later clause has a subject of its own (`Pensionärsrådet ställer sig bakom
 * förslaget, medan äldrenämnden bedömer att …`) is read as two units, one per speaker.
 */
function splitBySpeaker(unit: Unit, index: AliasIndex): Unit[] {
  const lower = unit.text.toLowerCase();
  const cuts: number[] = [];
  SPEAKER_BREAK_RE.lastIndex = 0;
  for (let m = SPEAKER_BREAK_RE.exec(unit.text); m; m = SPEAKER_BREAK_RE.exec(unit.text)) {
    const at = m.index + m[0].length;
    const mention = mentionAt(lower, at, index);
    if (mention && FINITE_AFTER_RE.test(unit.text.slice(mention.end, mention.end + 30))) cuts.push(m.index);
  }
  if (cuts.length === 0) return [unit];
  const parts: Unit[] = [];
  let from = 0;
  for (const cut of [...cuts, unit.text.length]) {
    const text = unit.text
      .slice(from, cut)
      .trim()
      .replace(/^(?:[,;]\s*)?(?:(?:medan|men|och|samt|samtidigt\s+som|där)\s+)?/u, '')
      .trim();
    if (text) parts.push({ ...unit, text: capitaliseFirst(text), start: unit.start + from });
    from = cut;
  }
  return parts;
}

/** What may follow a body's name in its heading: the answer's date (and paragraph), or a note in parentheses. */
const HEADING_QUALIFIER_RE = new RegExp(
  `(?:,?\\s*\\(?(?:(?:yttrande|beslut|protokoll|skrivelse|sammanträde|möte)\\s+)?(?:den\\s+)?${DATE_SOURCE}(?:\\s*,?\\s*§\\s*\\d+)?\\)?|\\s+\\((?=\\p{Ll}[^()]*\\s)[^()]{3,60}\\))$`,
  'iu',
);

/** A heading's text → the body's name in it, and whether a date or a note qualified it. */
function headingName(text: string): { name: string; qualified: boolean } {
  const bare = text.replace(/[:.]$/u, '').trim();
  const m = HEADING_QUALIFIER_RE.exec(bare);
  if (!m || m.index < 3) return { name: bare, qualified: false };
  return {
    name: bare
      .slice(0, m.index)
      .replace(/[,–-]\s*$/u, '')
      .trim(),
    qualified: true,
  };
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function attributeUnits(input: AttributionInput): Attribution {
  const { bodies, lists } = input;
  let index = buildAliasIndex(bodies);
  const listUnits = new Map(lists.map((l) => [l.unit, l]));
  const units = input.units.flatMap((u) =>
    u.kind === 'heading' || listUnits.has(u) ? [u] : splitBySpeaker(u, index),
  );
  const byBody = new Map<number, Attributed[]>();
  const reservations: Unit[] = [];
  const answered = new Set<number>();
  let open = input.openByDefault;
  /** The current section is the author's own (opinion, decision, dissents): nothing opens it. */
  let ownSection = false;
  let detailed = false;
  /** Under the header row of a table of answers: each row's first cell is a body. */
  let inAnswerTable = false;
  let current: number[] = [];
  let inOffice = false;
  let inReservation = false;
  const add = (body: number, unit: Unit, role: Role) => {
    if (role !== 'list') lastAdded = { unit, role };
    const list = byBody.get(body) ?? [];
    list.push({ unit, role, detailed });
    byBody.set(body, list);
    answered.add(body);
  };
  /** A body found outside the lists (a heading, a table row, a speaker): it becomes the current one. */
  const discoverBody = (printed: string, next: Unit | undefined, row = false): boolean => {
    const found = input.discover(printed, next, row);
    if (!found) return false;
    index = buildAliasIndex(bodies);
    // (a heading may name two: `Polisområde Västernorrland och Försäkringskassan`)
    const all: readonly Body[] = Array.isArray(found) ? found : [found as Body];
    current = all.map((b) => bodies.indexOf(b)).filter((i) => i >= 0);
    return current.length > 0;
  };
  let inUnderlag = false;
  /** The bodies the latest list sentence named, for a plural anaphor after it. */
  let lastList: number[] = [];
  /** The last unit given to a body, for `Detsamma gäller X`. */
  let lastAdded: { unit: Unit; role: Role } | null = null;
  /** The previous unit was a list sentence naming several bodies as its subject. */
  let afterList = false;
  /** The items follow a sentence that introduces answers with a colon (`Svaren i korthet:`). */
  let verdictIntro = false;
  units.forEach((unit, position) => {
    if (unit.kind !== 'item') verdictIntro = unit.kind === 'sentence' && ANSWERS_INTRO_RE.test(unit.text);
    if (unit.kind === 'heading') {
      inAnswerTable = false;
      inOffice = false;
      inReservation = false;
      inUnderlag = UNDERLAG_HEADING_RE.test(unit.text.replace(/:$/u, ''));
      // (`4. Kungälvsbostäder AB`: a numbered heading names the body without its number)
      // (`Tekniska nämnden, 2005-04-12`, `X (inte remissinstans)`: the name without what qualifies it)
      const { name, qualified } = headingName(
        unit.text.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\p{L})/u, ''),
      );
      const lower = name.toLowerCase();
      const named =
        index.exact.get(lower) ??
        index.exact.get(lower.replace(/s (?:yttrande|synpunkter|remissvar|svar)$/u, ''));
      ownSection = false;
      if (named !== undefined) {
        open = true;
        current = [named];
        // the heading's date is the answer's: kept with the body, read for no stance
        if (qualified) add(named, unit, 'list');
        return;
      }
      // a heading over a joint answer: `Rinkeby-Kista och Hässelby-Vällingby stadsdelsnämnder`
      if (name.length <= 120 && /\s(?:och|samt)\s/u.test(name) && !/[.;:]/u.test(name)) {
        const areas = name.replace(/\s+\p{Ll}*(?:nämnder|styrelser|förvaltningar)$/u, '');
        const joint = areasOrMentions(areas, bodies, index);
        if (joint.length >= 2) {
          open = true;
          current = joint;
          return;
        }
      }
      if (COMPILATION_HEADING_RE.test(unit.text)) {
        open = true;
        detailed = true;
        current = [];
        return;
      }
      if (SUMMARY_HEADING_RE.test(unit.text)) {
        open = true;
        current = [];
        return;
      }
      if (OWN_HEADING_RE.test(unit.text)) {
        open = false;
        ownSection = true;
        detailed = false;
        current = [];
        return;
      }
      if ((open && detailed) || input.headingsAreBodies) {
        // an unknown heading in the compilation: a body that answered unasked, or another form of a listed one
        if (discoverBody(name, units[position + 1])) {
          open = true;
          const found = current[0];
          if (qualified && found !== undefined) add(found, unit, 'list');
          return;
        }
      }
      open = input.openByDefault && !detailed;
      current = [];
      return;
    }
    if (input.listItems?.has(unit.start)) return;
    // a decision list's lines name each body's documents (read for dates elsewhere), never its words
    if (inUnderlag && (unit.kind === 'item' || (unit.text.length <= 160 && /\d{4}|§/u.test(unit.text)))) {
      current = [];
      return;
    }
    inUnderlag = false;
    const list = listUnits.get(unit);
    if (list) {
      lastList = [...new Set(mentionsIn(unit.text, index).map((m) => m.body))];
      open = true;
      current = [];
      inOffice = false;
      // `X har beretts tillfälle att yttra sig men har avstått`, `Yttrande har även inkommit från X,
      // som tillstyrker motionen`: the list sentence is also the answer of the bodies it names
      if (list.subjectForm) {
        const found = subjectOf(unit, bodies, index, current, answered);
        let subject = found && found !== 'other' ? withCoSubject(found, unit.text, index) : found;
        // `Utöver remissinstanserna har X i en skrivelse …`: the unasked body the sentence names speaks
        if ((!subject || subject === 'other') && list.kind === 'unsolicited') {
          const named = [...new Set(mentionsIn(unit.text, index).map((m) => m.body))];
          if (named.length > 0) subject = { bodies: named, end: 0 };
        }
        if (subject && subject !== 'other') {
          // `X har lämnat synpunkter` says X answered (a statement); `X har beretts tillfälle` only invites
          // and an unasked answer's sentence is its answer (`… har på eget initiativ uttryckt sitt stöd`)
          const role: Role =
            ANSWERED_RE.test(unit.text) || list.kind === 'unsolicited' || list.kind === 'dealt'
              ? 'statement'
              : 'list';
          for (const b of subject.bodies) add(b, unit, role);
          // `A och B har lämnat likalydande yttranden. Nämnderna ser …`: an anaphor continues them
          // (a council's sentence that it dealt with the case goes on like any answer: `X behandlade
          // motionen den 3 december. I protokollet antecknas att rådet …`)
          current = subject.bodies;
          afterList = list.kind !== 'dealt' || subject.bodies.length > 1;
        }
      } else if (list.kind === 'unsolicited') {
        // `A välkomnar motionen, och det gör även B, som på eget initiativ har yttrat sig`: the
        // sentence is an answer whose subject is named; it is read as one below
        const subject = subjectOf(unit, bodies, index, [], answered);
        if (subject && subject !== 'other' && subject.bodies.length > 0 && NAMED_SUBJECT_RE.test(unit.text)) {
          current = [];
          afterList = false;
        } else {
          const named = [...new Set(mentionsIn(unit.text, index).map((m) => m.body))];
          for (const b of named) add(b, unit, 'list');
          if (named.length > 0) current = named;
          afterList = named.length > 1;
          return;
        }
      } else {
        // `Svar har inte inkommit från A, B och C`: the sentence is each one's (missing) answer
        if (NO_ANSWER_FROM_RE.test(unit.text))
          for (const m of mentionsIn(unit.text, index)) add(m.body, unit, 'statement');
        return;
      }
      if (list.subjectForm) return;
    }
    // the header row of a table of answers (`Remissinstans | Synpunkter | Kommentar`) opens it
    if (unit.cells.length > 1 && TABLE_HEADER_RE.test((unit.cells[0] ?? '').trim())) {
      inAnswerTable = true;
      open = true;
      detailed = true;
      current = [];
      return;
    }
    // a verdict line (`– Socialnämnden: tar inte ställning`) is a complete statement: one naming an
    // organisation not found so far is that organisation's answer
    if (unit.kind === 'item' && (open || input.headingsAreBodies || verdictIntro) && !inOffice) {
      const name = VERDICT_LINE_RE.exec(unit.text)?.groups?.name;
      if (name && !mentionAt(name.toLowerCase(), 0, index)) {
        if (discoverBody(name, undefined, true)) {
          open = true;
          for (const b of current) add(b, unit, 'table');
          return;
        }
      }
    }
    if (!open) {
      // a neutral section (`Ärendet`, `Föredragning`) that reports a consulted body's answer by name
      if (ownSection) return;
      const opener = subjectOf(unit, bodies, index, [], answered);
      if (!opener || opener === 'other' || opener.bodies.length === 0 || !NAMED_SUBJECT_RE.test(unit.text))
        return;
      open = true;
    }
    // a row of a table of answers speaks for the body in its first cell only: a row naming no body
    // found so far is an organisation of its own (`Stockholms stift | Tillstyrker`), never the last one's
    if (unit.cells.length > 1 && !inOffice) {
      // (without its meeting or statement in parentheses: `Fritidsnämnden (2023-09-19, § 71)`)
      const first = (unit.cells[0] ?? '').trim().replace(/\s*\([^()]*\)?$/u, '');
      if (first && !mentionAt(first.toLowerCase(), 0, index)) {
        if (discoverBody(first, undefined, inAnswerTable)) for (const b of current) add(b, unit, 'table');
        else current = [];
        return;
      }
    }
    if (RESERVATION_RE.test(unit.text)) {
      if (current.length > 0) reservations.push(unit);
      inReservation = true;
      return;
    }
    if (OFFICE_INTRO_RE.test(unit.text)) {
      const subject = subjectOf(unit, bodies, index, current, answered);
      if (subject && subject !== 'other' && subject.bodies.length > 0) current = subject.bodies;
      inOffice = true;
      inReservation = false;
      for (const b of current) add(b, unit, 'office');
      return;
    }
    // inside an office's quoted statement, only a new decision or statement intro changes the speaker
    if (inOffice && !DECISION_RE.test(unit.text)) {
      for (const b of current) add(b, unit, 'office');
      return;
    }
    // `Detsamma gäller idrottsnämnden`: the named bodies take the previous sentence as theirs
    const same = SAME_AS_RE.exec(unit.text);
    if (same && lastAdded) {
      const named = [...new Set(mentionsIn(unit.text.slice(same[0].length), index).map((m) => m.body))];
      if (named.length > 0) {
        for (const b of named) add(b, lastAdded.unit, lastAdded.role);
        current = named;
        return;
      }
    }
    const read = subjectOf(unit, bodies, index, current, answered, lastList);
    if (read === 'other') {
      current = [];
      inOffice = false;
      // in the part where answers are reported, an organisation that speaks unasked is a body too
      // (`Företagarna Västerås välkomnar promemorian …`)
      // (only one that opens a paragraph of its own: `… har däremot avstyrkt ett liknande förslag`
      // inside another body's passage is a remark about it)
      const speaker = SUBJECT_BEFORE_VERB_RE.exec(unit.text)?.groups?.name;
      const opensParagraph = units[position - 1]?.paragraph !== unit.paragraph;
      if (
        speaker &&
        opensParagraph &&
        !OTHER_SPEAKER_RE.test(unit.text) &&
        !SENDER_RE.test(unit.text) &&
        // (an acronym alone ends the passage but names no body to publish: `KPR behandlade …`)
        ORGANISATION_HEAD_RE.test(organisationHead(speaker))
      ) {
        if (discoverBody(speaker, unit)) for (const b of current) add(b, unit, roleOf(unit, inOffice));
      }
      return;
    }
    // `Kulturnämnden tillstyrker motionen, liksom idrottsnämnden`: a co-subject after the predicate
    const subject = read ? withCoSubject(read, unit.text, index) : read;
    // after a list of several bodies only an anaphor speaks for them; another sentence is not theirs
    const wasAfterList = afterList;
    afterList = false;
    if (wasAfterList && subject === null) {
      current = [];
      return;
    }
    if (subject && subject.bodies.length > 0) {
      const changed =
        subject.bodies.some((b) => !current.includes(b)) || subject.bodies.length !== current.length;
      if (changed) inOffice = false;
      current = subject.bodies;
      inReservation = false;
    } else if (inReservation) return;
    for (const b of current) add(b, unit, roleOf(unit, inOffice));
  });
  return { byBody, reservations };
}
