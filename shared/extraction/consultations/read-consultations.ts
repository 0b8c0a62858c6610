// The document → one consultation per consulted body, in remiss-list order (unsolicited answers
// last): official name, body type, stance with its confidence and evidence, meeting and statement
// dates. Reads bottom to top: sentence units → inventory → attribution → stance. A listed body whose
// answer is not in the document gets stance null and a `stance_not_found` issue.
import { type Consultation, STANCE_CERTAIN_THRESHOLD } from '../../model/case-record.ts';
import { addIssue, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import type { Municipality } from '../municipalities/registry.ts';
import {
  COMPILATION_HEADING_RE,
  HEADER_META_LINE_RES,
  OWN_HEADING_RE,
  SECTION_HEADING_RE,
  SUMMARY_HEADING_RE,
  UNDERLAG_HEADING_RE,
} from '../rules/section-rules.ts';
import { type DocumentText, lineIndexAtOffset, type TextLine } from '../text/document-text.ts';
import { isPersonName } from '../text/person-names.ts';
import { type AliasIndex, attributeUnits, buildAliasIndex, mentionsIn } from './attribution.ts';
import { isFragmentName } from './body-grammar.ts';
import { readDates } from './dates.ts';
import {
  abbreviates,
  addFoundBody,
  buildInventory,
  type FoundList,
  findLists,
  type Inventory,
  type InventoryContext,
  nameCouncilsInFull,
  nameDescribedBodies,
  refineWithSubUnits,
} from './inventory.ts';
import { type Composition, calibrate, composeReadings, type Reading, readUnit, toReading } from './stance.ts';
import { type Attributed, type Body, type HeadingTest, splitUnits, type Unit } from './units.ts';

export interface ConsultationFacts {
  municipality: Municipality;
  /** The municipality the header names, registered or not (`Varbergs kommun`). */
  municipalityName?: string | null;
  year: number | null;
  /** Lower-case names of the document's author: its office and the committee it serves. */
  authors: readonly string[];
}

const MAX_EVIDENCE = 400;
const SHORT_HEADING_WORDS = 9;

function isStandaloneShort(line: TextLine, next: TextLine | undefined): boolean {
  // nine words are never longer than this
  if (line.text.length > 160 || !line.paragraphStart) return false;
  const words = line.text.split(/\s+/u).length;
  return (
    line.paragraphStart &&
    (next === undefined || next.paragraphStart || next.heading) &&
    words <= SHORT_HEADING_WORDS &&
    /^\p{Lu}/u.test(line.text) &&
    !/[.,;:!?]$/u.test(line.text) &&
    line.cells.length === 1
  );
}

function headingTest(aliases: AliasIndex | null): HeadingTest {
  return (line, next) => {
    if (/[.;,]$/u.test(line.text) || line.cells.length > 1) return false;
    const text = line.text.replace(/:$/u, '');
    if (
      SECTION_HEADING_RE.test(text) ||
      COMPILATION_HEADING_RE.test(text) ||
      SUMMARY_HEADING_RE.test(text) ||
      OWN_HEADING_RE.test(text)
    )
      return true;
    if (aliases?.exact.has(text.toLowerCase())) return true;
    if (line.heading && text.split(/\s+/u).length <= 14 && !/^[–•*-]/u.test(text)) return true;
    return isStandaloneShort(line, next);
  };
}

const BULLET_LINE_RE = /^(?:[–•*▪·-]|\d{1,2}[.)])\s/u;
/** A decision list's lines are short; a longer one is prose after the list. */
const MAX_UNDERLAG_LINE = 160;

/**
 * Decision lists (`Beslutsunderlag`, `I ärendet föreligger`) name answers with their dates: one
 * unit per printed line under the heading, bulleted or not.
 */
function underlagUnits(units: readonly Unit[], doc: DocumentText): Unit[] {
  const out: Unit[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'heading' && UNDERLAG_HEADING_RE.test(u.text.replace(/:$/u, ''))) {
      const next = units.slice(i + 1).find((n) => n.kind === 'heading');
      const end = next ? next.line : doc.lines.length;
      const lines = doc.lines.slice(u.line + 1, end);
      const bulleted = lines.some((l) => BULLET_LINE_RE.test(l.text));
      let last: Unit | null = null;
      for (const [k, line] of lines.entries()) {
        if (line.text.length > MAX_UNDERLAG_LINE) break;
        // a wrapped item goes on: bullets mark the items, or else a line that starts lower-case
        const continues = bulleted ? !BULLET_LINE_RE.test(line.text) : /^[\p{Ll}\d(]/u.test(line.text);
        if (last && continues) {
          last.text = `${last.text} ${line.text}`;
          continue;
        }
        last = {
          ...u,
          kind: 'item',
          text: line.text,
          start: line.start,
          page: line.page,
          line: u.line + 1 + k,
          cells: line.cells,
        };
        out.push(last);
      }
    } else if (/^I\s+ärendet\s+föreligger/u.test(u.text)) {
      // `I ärendet föreligger tjänsteutlåtande …, yttrande från X 2016-03-10, § 21 …`: one unit per part
      for (const part of u.text.split(
        /,\s+(?=(?:yttrande|protokoll|beslut|tjänsteutlåtande|skrivelse)\b)|;\s*/u,
      ))
        out.push({ ...u, text: part });
    }
  });
  return out;
}

/** Bodies a decision list names as answering (`Servicenämndens beslut 2021-08-26 § 87`, `Yttrande från X`). */
const UNDERLAG_BODY_RES: readonly RegExp[] = [
  /^(?:[–•*-]\s*)?(?<name>\p{Lu}[\p{L}\s-]+?)(?:s|:s)\s+(?:beslut|protokoll|yttrande|minnesanteckningar)(?:,?\s+\p{L}+)?\s+\d/u,
  // (`Remissvar enligt sammanställning`: no name without `från` or a capital)
  /^(?:[–•*-]\s*)?(?:Yttrande|Protokollsutdrag|Remissvar|Skrivelse)\s+(?:från\s+(?<name>\p{L}[\p{L}\s-]+?)|(?<name2>\p{Lu}[\p{L}\s-]+?))(?:\s+\d|,|$)/u,
];

/** `– Yttrande från X`: the line is X's although its name does not open it. */
const UNDERLAG_FROM_RE =
  /^(?:[–•*-]\s*)?(?:Yttrande|Remissvar|Remissyttrande|Skrivelse|Protokollsutdrag)\s+från\s+$/u;

/** An organisation's name as a compilation heading: not a section word, a date or a person. */
function isOrganisationHeading(printed: string, next: Unit | undefined, row = false): boolean {
  if (!/^\p{Lu}/u.test(printed) || /\d/u.test(printed) || printed.split(/\s+/u).length > 7) return false;
  // `Till kommunstyrelsen`: an addressee line, not the name of who answered; a name has no colon
  // (`Expedieras till: …`)
  if (/^(?:Till|Från)\s/u.test(printed) || printed.includes(':')) return false;
  // `Ludvika kommun · Kommunstyrelsen`: a letterhead's parts, not one name
  if (/[·|]/u.test(printed)) return false;
  if (
    SECTION_HEADING_RE.test(printed) ||
    OWN_HEADING_RE.test(printed) ||
    COMPILATION_HEADING_RE.test(printed)
  )
    return false;
  // `Nämnder och bolag`: kinds in the plural name no body; a clause is no name
  if (PLURAL_KINDS_RE.test(printed) || HEADING_VERB_RE.test(printed)) return false;
  if (!isNameShaped(printed)) return false;
  // a heading names who answered only over what they said: the signing office's line over a
  // signer, a letterhead's name over the next heading, is no answer's heading
  if (!row && !isStatement(next)) return false;
  if (ORGANISATION_WORD_RE.test(nameHead(printed)) || KIND_FOR_NAME_RE.test(printed)) return true;
  // the first cell of a row under a `Remissinstans` header holds a body: any name of two words or
  // more will do (`Visit Värmland`); one word alone may be a wrapped cell's first line (`Landskrona`)
  // (one word in its definite form is a name too: `Arbetsförmedlingen`, `Försäkringskassan`)
  if (row)
    return (
      ROW_NAME_RE.test(printed) &&
      (/\s/u.test(printed) || /^\p{Lu}\p{Ll}{5,}(?:en|et|an)$/u.test(printed)) &&
      !/(?:\s(?:och|&|i|för|på)|-)$/u.test(printed)
    );
  // a bare name (`Hundvänner på Söder`): only when the statement under it names it
  const first = printed.split(/\s+/u)[0]?.toLowerCase() ?? '';
  return first.length >= 4 && (next?.text.toLowerCase().startsWith(first) ?? false);
}

/**
 * A heading that is a name, not a title about one: no indefinite article (`Ett kommunalförbund för
 * …`), no dangling preposition or conjunction (a letterhead's wrapped `Avdelningen för`), and not
 * several committees run together (`Kommunfullmäktige Kulturnämnden Kommunledningskontoret`).
 */
function isNameShaped(printed: string): boolean {
  if (/^(?:En|Ett)\s/u.test(printed) || TRAILING_LINK_RE.test(printed) || CASE_TITLE_RE.test(printed))
    return false;
  // (a kind in the indefinite form is a kind or an activity, `Samråd`, `Ungdomsråd i stadsdelarna`,
  // not a name, unless a proper name goes with it)
  const [first = '', ...rest] = printed.split(/\s+/u);
  if (INDEFINITE_KIND_RE.test(first) && !rest.some((w) => /^\p{Lu}/u.test(w))) return false;
  return printed.split(/\s+/u).filter((w) => DEFINITE_COMMITTEE_RE.test(w)).length < 2;
}

/**
 * What a body said under its heading: a sentence or a line (`Inga synpunkter`), not another
 * heading nor a person's name (the signing office's line over its signer).
 */
function isStatement(unit: Unit | undefined): boolean {
  if (!unit) return false;
  const text = unit.text.trim();
  if (unit.kind === 'heading') return false;
  // (`Handläggare: Maja Ek`: the letterhead's next line, under the unit that wrote the document)
  if (text.length <= 80 && HEADER_META_LINE_RES.some((re) => re.test(text))) return false;
  // (`Karin Åberg`, `Karin Åberg, utredare`: a signer's line, not an answer)
  return !(/^[^.!?]{0,60}$/u.test(text) && isPersonName(text.replace(/,.*$/u, '')));
}

const TRAILING_LINK_RE = /\s(?:och|&|samt|i|för|på|av|till|från|om|med|inom)$/u;
const DEFINITE_COMMITTEE_RE = /^\p{Lu}\p{L}*(?:nämnden|styrelsen|kontoret|förvaltningen|fullmäktige)$/u;
const INDEFINITE_KIND_RE =
  /^\p{Lu}\p{Ll}*(?:nämnd|styrelse|råd|förvaltning|kontor|förening|förbund|myndighet|verk|landsting)$/u;
/** A title about the case or a part of the record (`Motion om …`, `Reservation i kommunstyrelsen`). */
const CASE_TITLE_RE =
  /^(?:Motion|Medborgarförslag|Förslag|Remiss|Hemställan|Framställan|Skrivelse|Reservation|Svar|Yttrande)(?:en|et|n)?\s/u;

/**
 * The part of a heading before its first preposition: the organisation word of a name stands there
 * (`Rådet för funktionshinderfrågor`, `Naturskyddsföreningen i Härryda`); one after it makes a title
 * about an organisation (`Synpunkter från regionens nämnder`, `Beredning inom regionen`, `Antagande
 * efter samråd`).
 */
function nameHead(printed: string): string {
  return printed.split(/\s(?:från|till|inom|om|efter|på|i|för|av|med|hos|under|vid|mot)\s/u)[0] ?? printed;
}

const PLURAL_KINDS_RE =
  /^(?:\p{L}*(?:nämnder(?:na)?|bolag(?:en)?|förvaltningar(?:na)?|kommuner(?:na)?|organisationer(?:na)?|föreningar(?:na)?))(?:\s*(?:,|och|samt)\s*\p{L}+)*$/iu;
const HEADING_VERB_RE =
  /(?<![\p{L}])(?:föreslår|beslutar|besluta|beslutade|anser|har|är|ska|hemställer|tillstyrker|avstyrker)(?![\p{L}])/u;

/** A name in a table's first cell: capitalised words and the small words names carry. */
const ROW_NAME_RE =
  /^(?:\p{Lu}[\p{L}.&'’-]*(?:\s+(?:i|för|på|och|&|AB|kommun|stad|län|\p{Lu}[\p{L}.&'’-]*))*|\p{Lu}\p{L}+s\s+\p{Ll}{4,}|(?:Sektor|Verksamhetsområde|Förvaltningsområde)\s+\p{Ll}[\p{Ll}\s,&-]{2,60})$/u;

/** Words that make a heading an organisation's name. */
const ORGANISATION_WORD_RE =
  /(?:nämnd(?:en)?|styrelse(?:n)?|kontor(?:et)?|förvaltning(?:en)?|råd(?:et)?|AB|förening(?:en)?|förbund(?:et)?|myndighet(?:en)?|verk(?:et)?|inspektion(?:en)?|landsting(?:et)?|region(?:en)?|mission(?:en)?|armén|kyrka(?:n)?|främjandet|klubb(?:en)?|enhet(?:en)?|grupp(?:en)?|avdelning(?:en)?|stiftelse(?:n)?|stift(?:et)?|församling(?:en)?|organisation(?:en)?|universitet(?:et)?|högskola(?:n)?|kretsen|Företagarna|Handel)(?![\p{L}])|^Region\s|^(?:Sektor|Verksamhetsområde)\s+\p{Ll}|^\p{Lu}\p{L}+s?\s+kommun$|^Polis|^Länsstyrelsen/u;
/** A kind named by what it is for (`Rådet för funktionshinderfrågor`, `Nämnden i Västra Götaland`). */
const KIND_FOR_NAME_RE =
  /^(?:Nämnden|Styrelsen|Rådet|Förvaltningen|Kontoret|Myndigheten|Stiftelsen|Föreningen|Förbundet)\s+(?:för|i)\s+\p{L}/u;

function evidenceText(units: readonly Unit[]): string | null {
  if (units.length === 0) return null;
  const text = units.map((u) => u.text).join(' … ');
  return text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE - 1)}…` : text;
}

/** A sentence opening with municipalities by name: `Knivsta kommun anser`, `Enköpings och Tierps kommuner är`. */
const MUNICIPALITY_SUBJECT_RE =
  /^(?<first>\p{Lu}\p{Ll}+)(?:(?:,\s+|\s+och\s+)(?<more>\p{Lu}\p{Ll}+(?:(?:,\s+|\s+och\s+)\p{Lu}\p{Ll}+)*)\s+kommuner|\s+kommun)\s+(?!och\s|samt\s)\p{Ll}/u;

/**
 * A remiss sent to a collective of municipalities (`till länets åtta kommuner`) names its members
 * only where they answer: each municipality that opens a sentence after the list is one of them
 * (a region's or association's document; the municipality that wrote the document never is).
 */
function addCollectiveMembers(
  inventory: Inventory,
  lists: readonly FoundList[],
  units: readonly Unit[],
  ictx: InventoryContext,
): void {
  const used = new Set(inventory.lists.map((l) => l.unit.start));
  const collective = lists.find(
    (l) => used.has(l.unit.start) && (l.bodies.collectives ?? []).some((c) => /kommuner(?:na)?$/u.test(c)),
  );
  if (!collective) return;
  for (const unit of units) {
    if (unit.start <= collective.unit.start || unit.kind === 'heading') continue;
    const m = MUNICIPALITY_SUBJECT_RE.exec(unit.text)?.groups;
    if (!m?.first) continue;
    const areas = [m.first, ...(m.more ? m.more.split(/,\s+|\s+och\s+/u) : [])];
    // (grouped, the names keep their genitive: `Enköpings och Tierps kommuner` → `Enköpings kommun`)
    for (const area of areas) addFoundBody(inventory, `${area} kommun`, ictx, 'statement');
  }
}

/**
 * The one other body whose name holds the genitive's word before the referred text (`Folktandvårdens
 * yttrande` → `Folktandvården Örebro län`, `pensionärsrådets synpunkter` → `Kommunala
 * pensionärsrådet`), or starts with its stem (`polisens` → `Polismyndigheten`).
 */
function genitiveTarget(text: string, bodies: readonly Body[], self: number): number | undefined {
  const word = REFERRED_GENITIVE_RE.exec(text)?.[1]?.toLowerCase();
  // (`kommunens yttrande`, `förvaltningens förslag`: the author's own text, never a listed body's)
  if (!word || word.length < 5 || OWNER_WORD_RE.test(word)) return undefined;
  const stem = word.replace(/(?:en|et|n)$/u, '');
  const matches = bodies.flatMap((b, k) => {
    if (k === self) return [];
    const words = b.name.toLowerCase().split(/[\s,]+/u);
    return words.includes(word) || (stem.length >= 5 && words[0]?.startsWith(stem)) ? [k] : [];
  });
  return matches.length === 1 ? matches[0] : undefined;
}

const OWNER_WORD_RE = /^(?:kommunen|staden|regionen|landstinget|förvaltningen|kontoret|nämnden|styrelsen)$/u;
const REFERRED_GENITIVE_RE =
  /(?<![\p{L}])(\p{L}+?)s\s+(?:yttrande|synpunkter|svar|remissvar|bedömning|ställningstagande|skrivelse)(?![\p{L}])/u;

/** The one other body a referred text's acronym abbreviates (`KPR:s yttrande` → `Kommunala pensionärsrådet`). */
function acronymTarget(text: string, bodies: readonly Body[], self: number): number | undefined {
  const acronym = /(?<![\p{L}])(\p{Lu}{2,5})(?::s|s)?(?![\p{L}])/u.exec(text)?.[1];
  if (!acronym) return undefined;
  const matches = bodies.flatMap((b, k) => (k !== self && abbreviates(acronym, b.name) ? [k] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

export function readConsultations(ctx: ExtractionContext, facts: ConsultationFacts): Consultation[] {
  const { doc } = ctx;
  const from = lineIndexAtOffset(doc, mainOffset(ctx));
  const ictx: InventoryContext = {
    municipality: facts.municipality,
    year: facts.year,
    authors: facts.authors,
    ownName: facts.municipalityName ?? null,
  };
  const firstPass = splitUnits(doc, from, doc.lines.length, headingTest(null));
  const lists = findLists(firstPass, facts.municipality, facts.municipalityName ?? null);
  const inventory = buildInventory(lists, ictx);
  const underlag = underlagUnits(firstPass, doc);
  for (const u of underlag)
    for (const re of UNDERLAG_BODY_RES) {
      const groups = re.exec(u.text)?.groups;
      const name = groups?.name ?? groups?.name2;
      if (name) addFoundBody(inventory, name, ictx, 'underlag');
    }
  addCollectiveMembers(inventory, lists, firstPass, ictx);
  refineWithSubUnits(inventory, doc.text.slice(mainOffset(ctx)));
  nameCouncilsInFull(inventory, doc.text.slice(mainOffset(ctx)));
  nameDescribedBodies(inventory, doc.text.slice(mainOffset(ctx)));
  // second pass: now that bodies are known, their names on lines of their own are headings (only
  // needed when such a line was not read as a heading already)
  const aliasIndex = buildAliasIndex(inventory.bodies);
  const firstHeadings = new Set(firstPass.filter((u) => u.kind === 'heading').map((u) => u.start));
  const needsSecondPass = doc.lines
    .slice(from)
    .some(
      (l) =>
        l.text.length <= aliasIndex.longest + 1 &&
        !firstHeadings.has(l.start) &&
        aliasIndex.exact.has(l.text.replace(/:$/u, '').toLowerCase()),
    );
  const units = needsSecondPass
    ? splitUnits(doc, from, doc.lines.length, headingTest(aliasIndex))
    : firstPass;
  const listByStart = new Map(inventory.lists.map((l) => [l.unit.start, l]));
  const attribution = attributeUnits({
    units,
    bodies: inventory.bodies,
    lists: units.flatMap((unit) => {
      const list = listByStart.get(unit.start);
      return list ? [{ ...list, unit }] : [];
    }),
    discover: (printed, next, row) => {
      // a heading that names two answering together (`Polisområde Västernorrland och Försäkringskassan`)
      const pair = /^(.{4,60}?)\s+och\s+(\p{Lu}.{3,60})$/u.exec(printed);
      if (
        !row &&
        pair?.[1] &&
        pair[2] &&
        isOrganisationHeading(pair[1], undefined, true) &&
        isOrganisationHeading(pair[2], undefined, true)
      ) {
        const both = [pair[1], pair[2]].map((p) => addFoundBody(inventory, p, ictx, 'heading'));
        if (both.every((b) => b !== null)) return both as Body[];
      }
      return isOrganisationHeading(printed, next, row)
        ? addFoundBody(inventory, printed, ictx, row ? 'table' : 'heading')
        : null;
    },
    openByDefault: inventory.lists.length === 0 && inventory.bodies.length > 0,
    // headings name bodies in every document, whatever its lists name (a list may name only the
    // silent ones): what keeps a section title out is the name's form (`isOrganisationHeading`)
    headingsAreBodies: true,
    listItems: new Set(inventory.lists.flatMap((l) => l.items.map((u) => u.start))),
  });
  const bodies = inventory.bodies;
  if (bodies.length === 0) {
    if (lists.some((l) => l.bodies.hasCollective))
      addIssue(
        ctx,
        'unreadable_list',
        'consultations',
        'the remiss list names bodies only by number or kind',
        lists[0]?.unit.start ?? null,
      );
    return [];
  }
  const index = buildAliasIndex(bodies);
  // the body a decision-list line opens with (`– Tekniska nämndens beslut …`), found once per line
  const underlagMentions = underlag.flatMap((unit) => {
    const first = mentionsIn(unit.text.slice(0, 120), index)[0];
    const opens = first && (first.start <= 2 || UNDERLAG_FROM_RE.test(unit.text.slice(0, first.start)));
    return first && opens ? [{ unit, body: first.body }] : [];
  });
  const compositions = new Map<number, Composition>();
  const readingCache = new Map<number, Reading[]>();
  // each body's units are read once; the summary/compilation check reuses the readings
  const readingsOf = (i: number): Reading[] => {
    let r = readingCache.get(i);
    if (!r) {
      r = (attribution.byBody.get(i) ?? []).flatMap((a, order) =>
        readUnit(a, order, bodies[i]?.aliases ?? []),
      );
      readingCache.set(i, r);
    }
    return r;
  };
  const composeFor = (i: number): Composition => {
    const known = compositions.get(i);
    if (known) return known;
    compositions.set(i, { stance: null, confidence: 0, deciding: [], basis: 'cycle', reference: null });
    let c = composeReadings(readingsOf(i), attribution.byBody.get(i) ?? []);
    if (c.reference) {
      // stance by reference: inherit the referenced body's stance when its text is in the document
      // (the reading's clause may be normalised, e.g. dates taken out: then the whole sentence is searched)
      const text = c.reference.unit.text;
      const at = text.toLowerCase().indexOf(c.reference.refText ?? '');
      const referred = at >= 0 ? text.slice(at) : text;
      const target =
        mentionsIn(referred, index)
          .map((m) => m.body)
          .find((b) => b !== i) ??
        // `ansluter sig till KPR:s yttrande` where the list never introduced `KPR`: the acronym of a
        // body found (`kommunala pensionärsrådet`)
        acronymTarget(referred, bodies, i) ??
        // `instämmer i Folktandvårdens yttrande`, `ställt sig bakom polisens yttrande`: a short form
        // the list never printed (`Folktandvården Örebro län`, `Polismyndigheten`)
        genitiveTarget(referred, bodies, i);
      const inherited = target !== undefined ? composeFor(target) : null;
      if (inherited?.stance)
        c = {
          stance: inherited.stance,
          confidence: Math.min(0.82, inherited.confidence * 0.9),
          deciding: [c.reference, ...inherited.deciding],
          basis: `by reference to ${bodies[target ?? 0]?.name}: ${inherited.basis}`,
          reference: null,
        };
      else {
        // the referenced text is another organisation's (a subsidiary's, quoted after it): the
        // body's own other sentences decide, else the answer is unclear
        const rest = readingsOf(i).filter((r) => r.polarity !== 'ref');
        const own = rest.length > 0 ? composeReadings(rest, attribution.byBody.get(i) ?? []) : null;
        c =
          own?.stance && own.stance !== 'unclear'
            ? { ...own, confidence: Math.min(0.7, own.confidence), basis: `by reference; ${own.basis}` }
            : {
                ...c,
                stance: 'unclear',
                confidence: 0.4,
                basis: 'by reference to a text not in the document',
              };
      }
    }
    compositions.set(i, c);
    return c;
  };
  // a reading that names no one body (`nämnderna`, `Förbundet`) is a fragment, never a consultation;
  // the paths of issues count the consultations published
  const published = bodies.flatMap((b, i) => (isFragmentName(b.name) ? [] : [i]));
  return published.map((i, k) => {
    const b = bodies[i] as Body;
    const own: Attributed[] = attribution.byBody.get(i) ?? [];
    const composition = composeFor(i);
    const path = `consultations[${k}]`;
    const all = readingsOf(i);
    const summary = composeReadings(
      all.filter((r) => !r.detailed),
      own.filter((a) => !a.detailed),
    );
    const detailed = composeReadings(
      all.filter((r) => r.detailed),
      own.filter((a) => a.detailed),
    );
    const disagrees =
      summary.stance !== null &&
      detailed.stance !== null &&
      summary.stance !== detailed.stance &&
      summary.stance !== 'unclear' &&
      detailed.stance !== 'unclear';
    if (disagrees)
      addIssue(
        ctx,
        'summary_disagrees',
        `${path}.stance`,
        `the summary reads ${b.name} as ${summary.stance}, the compilation as ${detailed.stance}`,
        own[0]?.unit.start ?? null,
      );
    const reading = toReading({ ...composition, confidence: calibrate(composition, all, disagrees) }, own);
    const page = reading.evidence[0]?.page ?? null;
    if (reading.stance === null)
      addIssue(
        ctx,
        'stance_not_found',
        `${path}.stance`,
        `no answer from ${b.name} found in the document`,
        inventory.lists[0]?.unit.start ?? null,
      );
    else if (reading.stance === 'unclear' || reading.confidence < STANCE_CERTAIN_THRESHOLD)
      addIssue(
        ctx,
        'low_confidence',
        `${path}.stance`,
        `stance of ${b.name} read with low confidence (${composition.basis})`,
        reading.evidence[0]?.start ?? null,
      );
    const underlagForBody = underlagMentions.filter((u) => u.body === i).map((u) => u.unit);
    const dates = readDates(
      own,
      underlagForBody,
      b.type === 'namnd' || b.type === 'stadsdelsnamnd' || b.type === 'rad',
    );
    return {
      body: b.name,
      bodyType: b.type,
      stance: reading.stance,
      meetingDate: dates.meetingDate,
      statementDate: dates.statementDate,
      evidence: reading.stance ? evidenceText(reading.evidence) : null,
      page: reading.stance ? page : null,
      confidence: reading.stance ? Math.round(reading.confidence * 100) / 100 : null,
    };
  });
}
