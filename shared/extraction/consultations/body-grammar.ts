// A list of consulted bodies as printed → one entry per body, by a small grammar of body names
// rather than by splitting at commas: suspended hyphens (`miljö-, kultur- och fritidsnämnden` is
// one body), grouped areas in both orders (`stadsdelsnämnderna A, B och C`, `A och Bs
// stadsdelsnämnder`), an organisation and its sub-unit (`Cykelfrämjandet, Stockholmskretsen`),
// parenthesised subsidiaries and acronyms, repeated prepositions (`och även till …`). Anything that
// is not a body name (a quantity, a clause, a cut-off fragment) is dropped, never emitted.

import { COUNTY_REGION_PLACES } from '../municipalities/registry.ts';
import { PARTY_LETTERS } from '../rules/party-rules.ts';

export interface ListedName {
  /** As printed, without leading prepositions or determiners. */
  printed: string;
  /** Set for a member of a grouped list: the singular kind (`stadsdelsnämnd`, `barn- och skolnämnd`). */
  groupKind: string | null;
  /** An acronym given in parentheses (`Södertörns brandförsvarsförbund (SBFF)`). */
  acronym: string | null;
}

export interface BodyList {
  names: ListedName[];
  /** The list names bodies only by number or kind (`tre stadsdelsnämnder`, `samtliga nämnder`). */
  hasCollective: boolean;
  /** Those collective entries as printed, lower-case. */
  collectives?: string[];
}

/** Words that end a body name: the head nouns of committees, offices, councils and companies. */
const HEAD_NOUN =
  '(?:nämnd(?:en|erna|er)?|styrelse(?:n)?|kontor(?:et|en)?|förvaltning(?:en|arna|ar)?|råd(?:et|en)?|kansli(?:et)?|beredning(?:en)?|utskott(?:et)?|fullmäktige|revision(?:en)?|AB|bolag(?:et)?|myndighet(?:en)?|verk(?:et)?|inspektion(?:en)?|länsstyrelse(?:n)?|landsting(?:et)?|förbund(?:et)?|förening(?:en)?|kommun|universitet(?:et)?|högskola(?:n)?|institut(?:et)?|stiftelse(?:n)?|mission(?:en)?|armén|krets(?:en)?|region(?:en)?|organ(?:et)?|forum(?:et)?|nätverk(?:et)?|kommitté(?:n)?|samverkan|centrum|museum|museet|brandförsvar(?:et)?|räddningstjänst(?:en)?|polis(?:en)?|församling(?:en)?|kyrka(?:n)?|sällskap(?:et)?|kammare(?:n)?|allians(?:en)?|organisation(?:en)?|samfund(?:et)?|akademi(?:n)?|sameby(?:n)?|byalag(?:et)?|enhet(?:en)?|grupp(?:en)?|avdelning(?:en)?|sektion(?:en)?)';
const HEAD_RE = new RegExp(`${HEAD_NOUN}(?![\\p{L}])`, 'u');

/** Where a list stops: a relative clause, a deadline, a purpose, the rest of the sentence. */
const LIST_STOP_RE =
  /,?\s+(?:som\s|vilka\s|vilket\s|vars\s|med\s+svar|med\s+sista|med\s+begäran|för\s+yttrande|för\s+synpunkter|för\s+kännedom|för\s+beredning|för\s+handläggning|för\s+eventuella|senast\s|tillfälle\s+att|möjlighet\s+att|att\s+(?:yttra|lämna|inkomma|svara|komma)|och\s+har\s|men\s|inom\s+(?:staden|kommunen|regionen|landstinget|koncernen)(?![\p{L}])|under\s+perioden|inom\s+ramen|i\s+enlighet|har\s+(?:yttrat|inkommit|lämnat|svarat|avstått|beretts|fått|getts)|har\s+(?:även|också|dessutom)\s|beretts\s|getts\s|fått\s|på\s+eget\s+initiativ|utan\s+att\s)|[.:](?=\s|$)|\s+[–-]\s+/u;

/** After a list's purpose (`för synpunkter`), a second list: `, och utanför kommunen till`, `; vidare till`. */
const LIST_RESUMES_RE =
  /^,?\s+(?:för\s+(?:yttrande|synpunkter|kännedom)|inom\s+(?:staden|kommunen|regionen|koncernen|kommunkoncernen))\s*(?:,\s*|;\s*)?(?:och|samt)?\s*(?:(?:även|också|dessutom|vidare|därefter|sedan)\s+|(?:utanför|inom)\s+\p{L}+\s+)?till\s+(?=\p{L})/u;

/** A count and a kind introducing the names: `två externa parter:`, `tre organisationer, nämligen`. */
const COUNTED_KIND_RE =
  /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|ett\s+antal|några|ett\s+par)\s+(?:\p{Ll}+\s+){0,2}?(?:parter|instanser|remissinstanser|organisationer|aktörer|föreningar|myndigheter|bolag|nämnder)\s*(?::|–|,\s*(?:nämligen|dels)?)\s*/u;

/** A role after a name: `i dess roll som …`, `i egenskap av …` (up to the next item). */
const ROLE_APPOSITION_RE =
  /\s+i\s+(?:(?:dess|sin)\s+(?:roll|egenskap)\s+(?:som|av)|egenskap\s+av)\s+[^,;]{3,60}?(?=\s*,|\s+(?:och|samt)\s)/gu;

/**
 * Separators between items, outside parentheses. Sticky: `segments` asks whether one starts at a
 * given position (a global search would scan on to the next separator from every character).
 */
const SEPARATOR_RE =
  /\s+(?:och|samt)\s*,\s*|\s*;\s*|\s*,\s*(?:(?:och|samt)\s+)?(?:(?:även|också|dessutom)\s+)?(?:till\s+)?|\s+(?:och|samt|liksom|respektive)\s+(?:(?:även|också|dessutom)\s+)?(?:till\s+)?/uy;

/** Leading words that are not part of a name. */
const LEADING_RE =
  /^(?:(?:till|från|av|hos|med|liksom|även|också|dessutom|därutöver|därtill|härutöver|vidare|slutligen|bland\s+annat|bl\.\s?a\.|t\.\s?ex\.|bland\s+andra|exempelvis|de|det|den|samt|och)\s+)+/iu;
/** A descriptor before a proper name (`föreningen Hundvänner på Söder`, `bolaget MKB`). */
const DESCRIPTOR_RE =
  /^(?:(?:de\s+)?(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2})\s+\p{Ll}+(?:na|en)\s+(?=\p{Lu})|(?:(?:de|det|den)\s+)?(?:(?:stadens|kommunens|regionens|landstingets)\s+)?(?:(?:kommunala|kommunägda|helägda|delägda|egna|regionala|allmännyttiga|ideella|lokala)\s+)*(?:\p{Ll}*bolag(?:et|en)?|företag(?:et|en)?|\p{Ll}*föreningen|\p{Ll}*föreningarna|\p{Ll}*organisationen|\p{Ll}*organisationerna|nätverket|stiftelsen|intresseorganisationen|branschorganisationen|myndigheten|myndigheterna|förbundet|samfundet)\s+(?=\p{Lu}))/u;

/** A quantity or a kind instead of names: `tre stadsdelsnämnder`, `samtliga nämnder`, `berörda …` (`16 maj` is a date). */
const COLLECTIVE_RE =
  /^(?:(?:kommunens|stadens|regionens|landstingets|stadsdelsnämndens|nämndens|stadsdelens|förvaltningens)\s+(?:nämnder|bolag|förvaltningar|råd(?!\s+för\s))(?![\p{L}])|(?:länets|regionens|länens)\s+(?:kommuner|kommunala\s+bolag)(?![\p{L}])|(?:(?:länets|regionens)\s+)?(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ett\s+antal|flera|samtliga|alla|berörda|övriga|de\s+berörda|ett\s+flertal|ett\s+tiotal)\s+(?!(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?![\p{L}]))\p{Ll})/iu;

/** A plural group head followed by area names: `stadsdelsnämnderna (i|för) Farsta`. */
const GROUP_HEAD_RE =
  /^(?<kind>(?:\p{L}+-\s?(?:,\s*\p{L}+-\s?)*och\s+)?\p{L}\p{Ll}*(?:(?:nämnd|förvaltning)(?:erna|arna)|förbunden))\s+(?:i\s+|för\s+)?(?<area>\p{Lu}.*)$/u;
/** A plural kind before what each member is `för`: `nämnderna för Kultur & Fritid, Teknik och Vård & Omsorg`. */
const FOR_GROUP_HEAD_RE =
  /^(?<kind>\p{Ll}*(?:nämnd|styrelse|förvaltning)(?:erna|arna|rna))\s+för\s+(?<first>\p{Lu}.*)$/u;
/** Suspended prefixes over a plural head: `kultur-, utbildnings- och stadsbyggnadsnämnderna` are three bodies. */
const SUSPENDED_PLURAL_RE =
  /^(?<parts>(?:\p{Ll}+-\s*(?:,|och|samt)\s*)+)(?<last>\p{Ll}+?)(?<head>nämnderna|förvaltningarna|styrelserna)$/u;
const SINGULAR_HEAD: Readonly<Record<string, string>> = {
  nämnderna: 'nämnden',
  förvaltningarna: 'förvaltningen',
  styrelserna: 'styrelsen',
};

/**
 * The bodies of a suspended plural. Each stem is one body (`kultur-, utbildnings- och
 * stadsbyggnadsnämnderna`) unless a body's own name has `och` in it: `barn- och utbildnings- samt
 * gymnasie- och vuxenutbildningsnämnderna` are two. `samt` and a comma then part the bodies, and an
 * `och` joins the stems of one; the register decides where it knows the names.
 */
function suspendedPlural(text: string, isRegistered: (lower: string) => boolean): string[] | null {
  const m = SUSPENDED_PLURAL_RE.exec(text);
  if (!m?.groups?.parts || !m.groups.last || !m.groups.head) return null;
  const head = SINGULAR_HEAD[m.groups.head] ?? m.groups.head;
  const tokens = [...m.groups.parts.matchAll(/(\p{Ll}+)-\s*(,|och|samt)\s*/gu)];
  const stems = [...tokens.map((t) => t[1] ?? ''), m.groups.last];
  const seps = tokens.map((t) => t[2] ?? ',');
  const group = (joinsAt: (k: number) => boolean): string[] => {
    const out: string[] = [];
    let name = '';
    stems.forEach((stem, k) => {
      name += stem;
      if (k < seps.length && joinsAt(k)) name += '- och ';
      else {
        out.push(`${name}${head}`);
        name = '';
      }
    });
    return out;
  };
  const apart = stems.map((stem) => `${stem}${head}`);
  // `och` inside a body's name: an `och` before a comma or a `samt` cannot end the list
  const lastOch = seps.lastIndexOf('och');
  const innerOch = seps.some(
    (sep, k) => sep === 'och' && (k < lastOch || seps.slice(k + 1).some((s) => s !== 'och')),
  );
  const together = group((k) => seps[k] === 'och' && (innerOch || seps.includes('samt')));
  const known = (names: string[]) => names.filter((n) => isRegistered(n.toLowerCase())).length;
  if (known(apart) > known(together)) return apart;
  return together;
}
/** `Hägersten-Älvsjö stadsdelsnämnds pensionärsråd`: a name that opens with its owner's genitive. */
const OWNED_RE =
  /^(?<owner>.*?\p{L}*(?:nämnds|nämndens|styrelsens|förvaltningens|kommuns|stads|stadsdelens|stadsdelsområdets))\s+\p{Ll}/u;
/** A kind with no owner and no definite ending (`råd för funktionshinderfrågor`): it shares the previous owner. */
const OWNERLESS_KIND_RE = /^(?=\p{Ll})[\p{Ll}-]*(?:råd|nämnd|utskott|beredning)(?:\s+för\s+[\p{L}\s-]+)?$/u;
/** Area names followed by the plural head: `Farsta och Norrmalms stadsdelsnämnder`, `Bergs och Krokoms kommuner`. */
const GROUP_TAIL_RE = /^(?<area>\p{Lu}[^,]*?)s?\s+(?<kind>\p{Ll}*(?:nämnd|förvaltning)(?:er|ar)|kommuner)$/u;
/** An area name of a grouped list: `Farsta`, `Norra innerstadens`, `Hässelby-Vällingby`. */
const AREA_RE = /^\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?$/u;

/** A sub-unit after a comma: `Stockholmskretsen`, `region Stockholm`, `Stockholms län`, `Ekby församling`, `cykelsektionen`. */
const SUB_UNIT_RE =
  /^(?:\p{Lu}\p{L}*(?:kretsen|avdelningen|distriktet|regionen|sektionen|föreningen)|\p{L}*(?:[Rr]egion|område|distrikt)\s+\p{Lu}\p{L}*|\p{Lu}[\p{L}-]*\s+(?:krets|distrikt|avdelning|lokalavdelning|lokalförening|stift|församling)|\p{Ll}+(?:sektionen|avdelningen|kretsen)|(?:lokalavdelning|kommungrupp|krets|avdelning|sektion|lokalförening)\s+\p{Lu}\p{L}+|\p{Lu}\p{L}*s\s+län)$/u;
/**
 * Whether `unit` after a comma is a sub-unit of `owner` (`Polismyndigheten, lokalpolisområde
 * Norrmalm`), not the next organisation: `known` when the caller has recognised the pair otherwise.
 * A region is the sub-unit only of an authority named by one word (`Trafikverket, Region Väst`, not
 * `Länsstyrelsen Blekinge, Region Blekinge`, nor `Region Jämtland Härjedalen, Region Västerbotten`);
 * an organisation has one sub-unit, a company none (`Avesta Vatten och Avfall AB, Avesta församling`).
 */
export function isSubUnitOf(unit: string, owner: string, known = false): boolean {
  if (/^Region\s/u.test(unit) && (/\s/u.test(owner) || COUNTY_REGION_PLACES.includes(unit.slice(7))))
    return false;
  if (/,\s/u.test(owner) || /(?:^|\s)AB$/u.test(owner.trim())) return false;
  return known || SUB_UNIT_RE.test(unit);
}

/** A proper name: capitalised words, with the small words names carry (`i`, `för`, `på`). */
const PROPER_NAME_RE =
  /^(?:\p{Lu}[\p{L}'’:.&-]*|\d+)(?:\s+(?:i|för|på|av|och|&|de|du|la|\p{Lu}[\p{L}'’:.&-]*|AB|län|stad|kommun|avdelning|avd\.|krets|\d{1,4}))*$/u;
/** A unit named kind first, as some municipalities do: `sektor samhällsbyggnad`, `verksamhetsområde teknik`. */
const KIND_FIRST =
  '(?:sektor(?:n)?|verksamhetsområde(?:t)?|förvaltningsområde(?:t)?)\\s+(?:för\\s+)?\\p{Ll}[\\p{Ll}\\s,&-]{2,40}';
const KIND_FIRST_RE = new RegExp(`^${KIND_FIRST}$`, 'u');
const LOWER_BODY_RE = new RegExp(
  `^(?=\\p{Ll})(?:${KIND_FIRST}$|[\\p{L}\\s,-]{0,100}?(?:${HEAD_NOUN}(?:\\s+(?:i|för)\\s+[\\p{L}\\s-]+)?|\\p{L}*(?:nämnd|styrelse)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)$)`,
  'u',
);
/** Words a lower-case committee name never contains: the list ran into the rest of the sentence. */
const NOT_IN_NAME_RE =
  /(?<![\p{L}])(?:till|bland|annat|samtliga|alla|som|med|om|vid|från|genom|efter|inför|handlingsplan|förslag)(?![\p{L}])/u;
const VERB_RE =
  /(?<![\p{L}])(?:är|har|ska|skall|kan|bör|blir|var|hade|yttrat|inkommit|lämnat|svarat|beslutat|föreslår|anser|tillstyrker|avstyrker|välkomnar|ställer|ser|delar|instämmer|stöder|stödjer|bedömer|menar|framhåller|konstaterar|påpekar|avstår|tar|daterat|daterad|daterade)(?![\p{L}])/u;

const ADVERB_RE =
  /^(?:därutöver|därtill|dessutom|vidare|även|också|slutligen|härutöver|externt|internt|därefter|samtidigt|parallellt|därför|sedan|tidigare|totalt|sammanlagt|hittills|därmed|således|alltså|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|utöver\s+remissinstanserna)$/iu;
/** The case itself, never a body: `Motionen`, `Förslaget`, `Remissen`. */
const CASE_WORD_RE =
  /^(?:motionen|medborgarförslaget|förslaget|ärendet|remissen|hemställan|skrivelsen|programmet|planen|strategin|promemorian|betänkandet|utredningen|handlingsplanen|riktlinjerna|policyn)$/iu;
const BARE_KIND_RE =
  /^(?:nämnden|nämnderna|förvaltningen|kontoret|styrelsen|bolaget|rådet|stadsdelsnämnden|stadsdelsförvaltningen|kommunen|staden|regionen|myndigheten|bolag|bolagen|nämnder|förvaltningar|föreningar|organisationer|myndigheter|instanser|yttrande[nt]?|yttrandena|synpunkter(?:na)?|svar(?:et|en)?|remissvar(?:et|en)?|skrivelse[nr]?)$/iu;

/** A party's letters in parentheses after a person's name. */
const PARTY_RE = new RegExp(`\\(${PARTY_LETTERS}\\)$`, 'u');

interface Segment {
  text: string;
  /** The separator that followed the segment (normalised: `,` or `och`). */
  next: ',' | 'och' | null;
  /** The conjunction as printed, where it matters (`samt` groups more loosely than `och`). */
  word?: 'och' | 'samt';
}

function segments(list: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let last = 0;
  let i = 0;
  const flat = list.replace(/\s+/gu, ' ');
  while (i < flat.length) {
    const ch = flat.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      SEPARATOR_RE.lastIndex = i;
      const m = SEPARATOR_RE.exec(flat);
      if (m && m[0].length > 0) {
        const word = /samt/u.test(m[0]) ? 'samt' : /och/u.test(m[0]) ? 'och' : undefined;
        out.push({
          text: flat.slice(last, i),
          next: /[,;]/u.test(m[0]) ? ',' : 'och',
          ...(word && { word }),
        });
        i += m[0].length;
        last = i;
        continue;
      }
    }
    i++;
  }
  // a list cut off after its last `och` (`A, B och`): the conjunction is not part of B
  out.push({ text: flat.slice(last).replace(/\s+(?:och|samt)\s*$/u, ''), next: null });
  return out.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text.length > 0);
}

function singularKind(plural: string): string {
  return plural
    .toLowerCase()
    .replace(/(nämnd|förvaltning)(?:erna|arna|er|ar)$/u, '$1')
    .replace(/^kommuner$/u, 'kommun')
    .replace(/(styrelse)rna$/u, '$1')
    .replace(/(förbund)en$/u, '$1');
}

function cleanItem(text: string): string {
  return text
    .replace(LEADING_RE, '')
    .replace(DESCRIPTOR_RE, '')
    .replace(/^[“”"«»]+|[“”"«»,;:]+$/gu, '')
    .trim();
}
/** A lower-case body at a named place or in an office: `elevrådet vid Furuhedsskolan`, `kostenheten vid miljöförvaltningen` → the unit. */
const AT_PLACE_RE =
  /^(\p{Ll}[\p{L}\s-]+?)\s+vid\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|i|på))*(?:(?<=s)\s+\p{Ll}+)?|\p{Ll}+(?:förvaltningen|kontoret|nämnden))$/u;

function isBodyName(text: string): boolean {
  if (text.length < 3 || text.length > 120) return false;
  // `sitt lokala pensionärsråd`: another body's own council, named from its point of view
  if (/^(?:sitt|sina|sin|dess|deras|nämndens|förvaltningens|bolagets)\s/iu.test(text)) return false;
  if (VERB_RE.test(text) || COLLECTIVE_RE.test(text) || /^följande(?![\p{L}])/iu.test(text)) return false;
  // `Nämnden`, `Förvaltningen`: a kind word alone refers back, it names no body; nor does the case
  // (`Motionen har besvarats i följande remissvar`)
  if (BARE_KIND_RE.test(text) || ADVERB_RE.test(text) || CASE_WORD_RE.test(text)) return false;
  // `Simon Ahlqvist (SD)`: a person with a party, never a body
  if (PARTY_RE.test(text)) return false;
  // `Svenska Livräddningssällskapet, Stockholmsdistriktet`: the organisation before its sub-unit
  const bare = text.replace(/\s*\([^()]*\)$/u, '');
  const unit = /,\s+([^,]+)$/u.exec(bare);
  const outer = unit?.[1] && SUB_UNIT_RE.test(unit[1]) ? bare.slice(0, unit.index) : bare;
  // `nämnden för personer med funktionsnedsättning`: what follows `för` may hold small words
  const head = outer.split(/\s+för\s+/u)[0] ?? outer;
  if (/^\p{Ll}/u.test(outer)) {
    // `elevrådet vid Furuhedsskolan`: a body at a named place (a school, a hospital)
    const core = AT_PLACE_RE.exec(outer)?.[1] ?? outer;
    const coreHead = core === outer ? head : core;
    return LOWER_BODY_RE.test(core) && outer.split(/\s+/u).length <= 7 && !NOT_IN_NAME_RE.test(coreHead);
  }
  // (`Förvaltningen för vård och omsorg`: a kind word capitalised at the start is still the head)
  const lowerFirst = outer.charAt(0).toLowerCase() + outer.slice(1);
  return PROPER_NAME_RE.test(outer) || HEAD_RE.test(lowerFirst) || KIND_FIRST_RE.test(lowerFirst);
}

function acronymOf(text: string): string | null {
  // `(SBFF)`, and a short capitalised one (`Brottsförebyggande rådet (Brå)`)
  return /\((\p{Lu}{2,8}|\p{Lu}\p{Ll}{1,3})\)$/u.exec(text)?.[1] ?? null;
}

/**
 * The bodies named in `list` (the text after a remiss verb). `isRegistered` says whether a phrase
 * is a known official name, so names that contain `och` (`Stockholm Vatten och Avfall AB`) stay whole.
 */
export function readBodyList(raw: string, isRegistered: (lower: string) => boolean): BodyList {
  // `Region X i dess roll som regional kollektivtrafikmyndighet, …`: a role in apposition is no
  // relative clause ending the list
  // (`två externa parter: A och B`: the count and kind before the names they stand for)
  // (`Varken A eller B har svarat`: neither-nor coordinates the list)
  const neither = /^(?:varken|både)\s+/iu.test(raw);
  const list = raw
    .replace(ROLE_APPOSITION_RE, '')
    .replace(COUNTED_KIND_RE, '')
    .replace(/^(?:varken|både)\s+/iu, '')
    .replace(neither ? /\s+eller\s+/gu : /$^/u, ' och ');
  const stop = LIST_STOP_RE.exec(list);
  const segs = segments(stop ? list.slice(0, stop.index) : list);
  // suspended hyphens and registered names that contain a separator: join segments back
  const joined: Segment[] = [];
  for (const seg of segs) {
    const prev = joined[joined.length - 1];
    if (prev && /\p{L}-$/u.test(prev.text)) {
      prev.text = `${prev.text}${prev.next === ',' ? ', ' : ` ${prev.word ?? 'och'} `}${seg.text}`;
      prev.next = seg.next;
      prev.word = seg.word;
      continue;
    }
    // `Stockholms läns landsting, trafikförvaltningen`: an external organisation and its unit
    const unitOfExternal =
      /^\p{L}\p{Ll}+(?:förvaltningen|avdelningen|enheten|kontoret|nämnden)$/u.test(seg.text) &&
      /^\p{Lu}/u.test(prev?.text ?? '') &&
      (/(?:landsting(?:et)?|region(?:en)?|myndighet(?:en)?|länsstyrelse(?:n)?|verket|förbundet)$/iu.test(
        prev?.text ?? '',
      ) ||
        /^(?:Region|Landstinget)\s+\p{Lu}/u.test(cleanItem(prev?.text ?? '')));
    // `Odontologiska fakulteten, Malmö universitet`: an academic unit and its university
    const unitOfUniversity =
      /^(?:\p{Lu}[\p{L}-]*\s+)?(?:[Ff]akulteten|[Ii]nstitutionen|[Cc]entrum|[Cc]entret|[Aa]vdelningen)(?:\s+för\s+[\p{L}\s-]+)?$/u.test(
        cleanItem(prev?.text ?? ''),
      ) &&
      /^(?:\p{Lu}\p{L}+\s+(?:universitet|högskola)|Högskolan\s+i\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+[Ii]nstitutet)$/u.test(
        seg.text,
      );
    if (
      prev &&
      isSubUnitOf(seg.text, cleanItem(prev.text), unitOfExternal || unitOfUniversity) &&
      prev.next === ',' &&
      /^\p{Lu}/u.test(cleanItem(prev.text))
    ) {
      prev.text = `${prev.text}, ${seg.text}`;
      prev.next = seg.next;
      continue;
    }
    // `nämnden för arbete och välfärd`: `och` inside what a committee is `för`
    // (and its commas: `Förvaltningen för utbildning, kultur och fritid`)
    const forAnd =
      (prev?.next === 'och' || prev?.next === ',') &&
      /(?:nämnd(?:en)?|råd(?:et)?|styrelse(?:n)?|förvaltning(?:en)?)\s+för\s+[\p{Ll}\s,]+$/iu.test(
        prev.text,
      ) &&
      /^\p{Ll}+$/u.test(seg.text) &&
      !HEAD_RE.test(seg.text);
    // `sektor för teknik och förvaltning`, `Sektor utbildning, kultur och fritid`: a unit named kind
    // first goes on over bare nouns (a body after it is a committee or unit in its definite form)
    const kindFirstAnd =
      (prev?.next === 'och' || prev?.next === ',') &&
      /^(?:[Ss]ektor(?:n)?|[Vv]erksamhetsområde(?:t)?|[Ff]örvaltningsområde(?:t)?)\s+(?:för\s+)?[\p{Ll}\s,]+$/u.test(
        cleanItem(prev.text),
      ) &&
      /^\p{Ll}+$/u.test(seg.text) &&
      // (a body after it is an organisation noun in its definite form: `räddningstjänsten`)
      !(HEAD_RE.test(seg.text) && /(?:en|et|na|n)$/u.test(seg.text) && !/het$/u.test(seg.text));
    if (prev && (forAnd || kindFirstAnd)) {
      prev.text = `${prev.text}${prev.next === ',' ? ', ' : ' och '}${seg.text}`;
      prev.next = seg.next;
      continue;
    }
    // `Nacka vatten och avfall AB`: a company name with `och` in it (the part before has no head noun)
    // (an acronym before `och` is a body of its own: `KPR och Uppsalahem AB`)
    // (a name that starts with a definite organisation noun is whole: `Räddningstjänsten Dala Mitt och Kopparstaden AB`)
    const companyWithAnd =
      prev?.next === 'och' &&
      /^\p{Lu}/u.test(cleanItem(prev.text)) &&
      !/^\p{Lu}\p{Ll}{3,}(?:en|et)\s/u.test(cleanItem(prev.text)) &&
      /\p{Ll}/u.test(prev.text) &&
      // (nor one headed by its kind capitalised: `Region Gävleborg och Ljusdalshem AB` are two)
      !HEAD_RE.test(cleanItem(prev.text).replace(/^\p{Lu}/u, (c) => c.toLowerCase())) &&
      /^\p{L}+\s+AB(?:\s+\([\p{Lu}\d]{2,8}\))?$/u.test(seg.text);
    // `Sveriges Kommuner och Regioner`: a capitalised plural after `och`, the part before it headless
    const nameWithAnd =
      prev?.next === 'och' &&
      /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(cleanItem(prev.text)) &&
      !HEAD_RE.test(prev.text) &&
      /^\p{Lu}\p{Ll}+(?:er|ar|or)$/u.test(seg.text) &&
      /^\p{Lu}\p{Ll}+(?:er|ar|or)$/u.test(cleanItem(prev.text).split(/\s+/u)[1] ?? '');
    if (prev && nameWithAnd) {
      prev.text = `${prev.text} och ${seg.text}`;
      prev.next = seg.next;
      continue;
    }
    if (prev && companyWithAnd) {
      prev.text = `${prev.text} och ${seg.text}`;
      prev.next = seg.next;
      continue;
    }
    if (prev && isRegistered(`${prev.text} och ${seg.text}`.toLowerCase()) && prev.next === 'och') {
      prev.text = `${prev.text} och ${seg.text}`;
      prev.next = seg.next;
      continue;
    }
    joined.push({ ...seg });
  }
  const names: ListedName[] = [];
  let hasCollective = false;
  const collectives: string[] = [];
  let group: string | null = null;
  let forGroup: string | null = null;
  let pendingBare: string[] = [];
  let previousNext: Segment['next'] = null;
  for (const seg of joined) {
    const introducedByAnd = previousNext === 'och';
    previousNext = seg.next;
    const text = cleanItem(seg.text);
    if (!text) continue;
    if (COLLECTIVE_RE.test(text)) {
      hasCollective = true;
      collectives.push(text.toLowerCase());
      group = null;
      continue;
    }
    const suspended = suspendedPlural(text, isRegistered);
    if (suspended) {
      for (const name of suspended) names.push({ printed: name, groupKind: null, acronym: null });
      pendingBare = [];
      group = null;
      continue;
    }
    // `X:s pensionärsråd och råd för funktionshinderfrågor`: the second kind is X's too
    const owner = OWNERLESS_KIND_RE.test(text) ? OWNED_RE.exec(names[names.length - 1]?.printed ?? '') : null;
    if (owner?.groups?.owner) {
      names.push({ printed: `${owner.groups.owner} ${text}`, groupKind: null, acronym: null });
      continue;
    }
    const forHead = FOR_GROUP_HEAD_RE.exec(text);
    if (forHead?.groups?.kind && forHead.groups.first) {
      forGroup = `${singularKind(forHead.groups.kind)
        .replace(/(nämnd|förvaltning)$/u, '$1en')
        .replace(/styrelse$/u, 'styrelsen')} för`;
      names.push({ printed: `${forGroup} ${forHead.groups.first}`, groupKind: null, acronym: null });
      if (seg.next === null) forGroup = null;
      continue;
    }
    if (forGroup && /^\p{Lu}/u.test(text) && !HEAD_RE.test(text) && !text.includes('(')) {
      names.push({ printed: `${forGroup} ${text}`, groupKind: null, acronym: null });
      if (introducedByAnd || seg.next === null) forGroup = null;
      continue;
    }
    forGroup = null;
    const head = GROUP_HEAD_RE.exec(text);
    if (head?.groups?.kind && head.groups.area) {
      group = singularKind(head.groups.kind);
      names.push({ printed: head.groups.area, groupKind: group, acronym: null });
      pendingBare = [];
      if (seg.next === null) group = null;
      continue;
    }
    const tail = GROUP_TAIL_RE.exec(text);
    if (tail?.groups?.kind && tail.groups.area) {
      const kind = singularKind(tail.groups.kind);
      for (const bare of pendingBare) names.push({ printed: bare, groupKind: kind, acronym: null });
      pendingBare = [];
      names.push({ printed: tail.groups.area, groupKind: kind, acronym: null });
      group = null;
      continue;
    }
    const bare = /^\p{Lu}/u.test(text) && !HEAD_RE.test(text) && !text.includes('(');
    if (group && bare) {
      names.push({ printed: text, groupKind: group, acronym: null });
      // `… B och C`: the member after `och` is the group's last
      if (introducedByAnd) group = null;
      continue;
    }
    group = null;
    // a bare area name may belong to a group head that follows (`Farsta, Norra innerstadens och
    // Skärholmens stadsdelsnämnder`); a genitive one can be nothing else
    const area = AREA_RE.test(text) && seg.next !== null && !isRegistered(text.toLowerCase());
    if (!isBodyName(text) || (area && /\p{L}s$/u.test(text) && !HEAD_RE.test(text))) {
      if (area) pendingBare.push(text);
      else pendingBare = [];
      continue;
    }
    if (bare && area) pendingBare.push(text);
    else pendingBare = [];
    names.push({ printed: text, groupKind: null, acronym: acronymOf(text) });
  }
  // `Pensionärsrådet och funktionshinderrådet i Bromma`: the place after the last council is both's
  for (let k = names.length - 2; k >= 0; k--) {
    const place = /^\p{L}*rådet\s+i\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u.exec(
      names[k + 1]?.printed ?? '',
    )?.[1];
    const bareCouncil = names[k];
    if (place && bareCouncil && /^\p{L}*rådet$/u.test(bareCouncil.printed))
      names[k] = { ...bareCouncil, printed: `${bareCouncil.printed} i ${place}` };
  }
  // bare names that a tail group claimed were pushed twice: keep the grouped entry
  const grouped = new Set(names.filter((n) => n.groupKind).map((n) => n.printed));
  const own = names.filter((n) => n.groupKind !== null || !grouped.has(n.printed));
  // `… till A och B för synpunkter, och utanför kommunen till C och D`: the list goes on after its purpose
  const more = stop ? LIST_RESUMES_RE.exec(list.slice(stop.index)) : null;
  if (more) {
    const rest = readBodyList(list.slice((stop?.index ?? 0) + more[0].length), isRegistered);
    return {
      names: [...own, ...rest.names],
      hasCollective: hasCollective || rest.hasCollective,
      collectives: [...collectives, ...(rest.collectives ?? [])],
    };
  }
  return { names: own, hasCollective, collectives };
}

/**
 * Words that name no one body: a plural kind (`nämnderna`, `nämnder och bolag`, `Enskede och Årsta
 * stadsdelsnämnder`), a kind alone (`Förbundet`), or a kind without its name (`hembygdsförening`).
 * Such a reading is a fragment of a list or a sentence, never published as a consulted body.
 */
const FRAGMENT_RES: readonly RegExp[] = [
  /^(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnder|nämnderna|bolagen|förvaltningar|förvaltningarna|styrelser|styrelserna|råden|föreningar|föreningarna|organisationer|organisationerna|instanser|instanserna)(?:\s+(?:och|samt)\s+\p{L}+)?$/iu,
  // a kind word alone: the words a list never takes for a name, and `Förbundet`, `Föreningen`,
  // `Organisationen` (which a list may take, as the start of a name it reads in part)
  BARE_KIND_RE,
  /^(?:förbundet|föreningen|organisationen)$/iu,
  /^\p{Ll}[\p{Ll}-]*(?:förening|nämnd|styrelse|råd|förvaltning|förbund|organisation|bolag)$/u,
  /\s(?:stadsdelsnämnder|nämnder|kommuner|förvaltningar|bolag|föreningar)$/iu,
];

export function isFragmentName(name: string): boolean {
  return FRAGMENT_RES.some((re) => re.test(name.trim()));
}
