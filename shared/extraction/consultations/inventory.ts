// Sentence units → the consulted bodies, as a union of every place a document names them: remiss
// sentences (any word order, lists continued in later sentences), unsolicited answers, the
// compilation's headings, decision lists (Beslutsunderlag) when there is no remiss sentence, and
// the subjects of answers in the summary. A remiss that reached the author from above (its
// co-recipients) is kept apart: those are not this document's consultations (R7).
import { capitalizeFirst } from '../extraction-context.ts';
import { type Municipality, officeNames, resolveArea, resolveBody } from '../municipalities/registry.ts';
import {
  AUTHORING_RE,
  BULLET_LIST_INTRO_RE,
  CONSULT_WORD_RE,
  LIST_CONTINUED_RE,
  LIST_PREPOSITION_RE,
  LIST_SENTENCE_GATE_RE,
  LIST_SENTENCE_RULES,
  type ListSentenceKind,
  MUNICIPALITIES_RECIPIENT_RE,
  SUBJECT_SPAN_RE,
  SUBJECT_V2_SPAN_RE,
  UNASKED_FRONTED_SUBJECT_RE,
  UNASKED_SUBJECT_RE,
  UNSOLICITED_MARKER_RE,
  UPSTREAM_REMISS_RE,
} from '../rules/remiss-lexicon.ts';
import { capitalizeWord } from '../text/person-names.ts';
import { type BodyList, isSubUnitOf, readBodyList } from './body-grammar.ts';
import type { Body, Unit } from './units.ts';

export interface InventoryContext {
  municipality: Municipality;
  year: number | null;
  /** Lower-case names of the document's author (its office and the committee it serves). */
  authors: readonly string[];
  /** The document's own municipality or region, as the record names it (`Region Värmland`). */
  ownName?: string | null;
}

/** A region or county council: it sends its own remisser to the municipalities of its county. */
const REGION_NAME_RE =
  /^(?:Region\s|Västra Götalandsregionen|\p{Lu}\p{L}+\s+läns\s+landsting|Landstinget\s)/u;

export interface FoundList {
  unit: Unit;
  kind: ListSentenceKind;
  /** The bodies are the sentence's subject (`X har beretts tillfälle …, men har avstått`). */
  subjectForm: boolean;
  bodies: BodyList;
  /** The bulleted lines under the sentence that hold its list (they are no body's answer). */
  items: Unit[];
  /** A passive remiss list in the paragraph that says the author itself received the remiss. */
  coRecipients?: boolean;
  /** The list names the document's own municipality (`… på remiss till bland andra Ludvika kommun`). */
  namesOwn?: boolean;
}

/** Names that are places or whole organisations, never a consulted body of a list. */
/** A municipality by name (`Tierps kommun`, `Lunds stad`): outside a list, mostly the document's own letterhead. */
const MUNICIPALITY_FORM_RE = /^\p{Lu}\p{L}+s?\s+(?:stad|kommun)$/iu;
const NOT_A_BODY_RE =
  /^(?:staden|kommunen|kommunfullmäktige|kommunstyrelsen|borgarrådsberedningen|regeringen|\p{Lu}?\p{Ll}*departementet)$/iu;

interface ListCandidate {
  kind: ListSentenceKind;
  text: string;
  subjectForm: boolean;
}

/** A list announced before a colon: `Följande instanser …:`, `… nedanstående remissinstanser:`. */
const FOLLOWING_COLON_RE = /(?<![\p{L}])(?:[Ff]öljande|[Nn]edanstående)\s[^:.;]{3,120}:\s+(?<list>\S.*)$/u;

/** Every reading of the unit as a list sentence: each matching rule, at each `till` after its verb. */

function listsIn(unit: Unit): ListCandidate[] {
  const out: ListCandidate[] = [];
  for (const rule of LIST_SENTENCE_RULES) {
    if (!rule.cue.test(unit.text)) continue;
    const m = rule.pattern.exec(unit.text);
    if (!m) continue;
    const list = m.groups?.list;
    const subjectForm = rule.listIs === 'before';
    if (list !== undefined) out.push({ kind: rule.kind, text: list, subjectForm });
    else {
      // the list follows the match; a first `till` may belong to the object (`ett förslag till plan`)
      const rest = unit.text.slice(m.index + m[0].length);
      out.push({ kind: rule.kind, text: rest, subjectForm });
      const further = /\s+till\s+/gu;
      for (let t = further.exec(rest); t; t = further.exec(rest))
        out.push({ kind: rule.kind, text: rest.slice(t.index + t[0].length), subjectForm });
    }
  }
  // `Följande instanser har getts tillfälle att yttra sig: A, B och C`: the list is after the colon
  const cataphoric = out.length > 0 ? FOLLOWING_COLON_RE.exec(unit.text)?.groups?.list : undefined;
  if (cataphoric && out[0]) out.push({ ...out[0], text: cataphoric });
  // an unasked answer's sentence has any word order: its generic readings compete with the rules'
  if (out.length === 0 || UNSOLICITED_MARKER_RE.test(unit.text)) out.push(...genericLists(unit.text));
  return out;
}

/**
 * A sentence about answering that no rule knows (`Inom kommunen har remissen besvarats av A och B`,
 * `A, B och C har yttrat sig över motionen`, `X har dessutom självmant kommit in med ett yttrande`):
 * the list is the span after a preposition, or the subject before the finite verb. Unasked answers
 * are told by their markers.
 */
const UNASKED_RELATIVE_RE =
  /(?<list>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?),\s+som\s+(?:har\s+)?[^,.]{0,30}?(?:på\s+eget\s+initiativ|självmant|oombedd|utan\s+att\s+ha\s+ombetts)/u;

/** A sentence saying an answer did not come: it is the named body's answer, not only a list. */
const NO_ANSWER_RE =
  /(?<![\p{L}])(?:inte|ej|aldrig)\s+(?:har\s+)?(?:inkommit|kommit\s+in|svarat|yttrat\s+sig|lämnats)(?![\p{L}])/u;

/** What a body did with the case unasked (`har på eget initiativ behandlat förslaget`): only with the marker. */
const DEALT_WITH_RE = /(?<![\p{L}])(?:behandla(?:t|de)|diskutera(?:t|de)|tagit\s+upp|tog\s+upp)(?![\p{L}])/u;

function genericLists(text: string): ListCandidate[] {
  const consults =
    CONSULT_WORD_RE.test(text) || (UNSOLICITED_MARKER_RE.test(text) && DEALT_WITH_RE.test(text));
  if (!consults || AUTHORING_RE.test(text)) return [];
  const kind: ListSentenceKind = UNSOLICITED_MARKER_RE.test(text) ? 'unsolicited' : 'remitted';
  const out: ListCandidate[] = [];
  // `Något svar har inte inkommit från X`: the sentence is X's (missing) answer as well
  const answers = NO_ANSWER_RE.test(text);
  LIST_PREPOSITION_RE.lastIndex = 0;
  for (const m of text.matchAll(LIST_PREPOSITION_RE))
    out.push({ kind, text: text.slice((m.index ?? 0) + m[0].length), subjectForm: answers });
  // `…, och det gör även PRO Örebro, som på eget initiativ har yttrat sig`: the name before `, som`
  const unasked = UNASKED_RELATIVE_RE.exec(text)?.groups?.list;
  if (unasked) out.push({ kind: 'unsolicited', text: unasked, subjectForm: true });
  const unaskedSubject =
    kind === 'unsolicited'
      ? (UNASKED_FRONTED_SUBJECT_RE.exec(text)?.groups?.list ?? UNASKED_SUBJECT_RE.exec(text)?.groups?.list)
      : undefined;
  if (unaskedSubject) out.push({ kind: 'unsolicited', text: unaskedSubject, subjectForm: true });
  // a subject that `har i en skrivelse …` is a list only when the answer is marked as unasked
  const subject = SUBJECT_SPAN_RE.exec(text);
  const list = subject?.groups?.list;
  if (list && (kind === 'unsolicited' || !/\si\s+(?:en|ett)\s+\p{L}+$/u.test(subject[0])))
    out.push({ kind, text: list, subjectForm: true });
  const v2 = SUBJECT_V2_SPAN_RE.exec(text)?.groups?.list;
  if (v2) out.push({ kind, text: v2, subjectForm: true });
  return out;
}

/** Who receives the decision or a copy: `Expedieras till:`, `Beslutet skickas till`, `Kopia till`. */
const DISTRIBUTION_RE =
  /^(?:Expedieras|Expediering|Expedierat|Beslutet\s+(?:expedieras|skickas|sänds)|Kopia|Sändlista|Delges)(?![\p{L}])/u;

const PASSIVE_REMISS_RE =
  /(?<![\p{L}])har\s+(?:även\s+|också\s+|dessutom\s+)?(?:remitterats|skickats(?:\s+på\s+remiss)?|sänts(?:\s+på\s+remiss)?)(?![\p{L}])/u;

/** `Lunds kommun` in a list of a document that is not Lund's own: a municipality consulted by a region. */
function isOtherMunicipality(printed: string, m: Municipality, own: string | null): boolean {
  if (!/^\p{Lu}\p{L}+s?\s+(?:stad|kommun)$/u.test(printed)) return false;
  const lower = printed.toLowerCase();
  return (
    lower !== m.name.toLowerCase() &&
    lower !== own?.toLowerCase() &&
    !m.nameForms.some((re) => re.test(printed))
  );
}

const REGISTERED = new WeakMap<Municipality, ReadonlySet<string>>();

function isRegisteredIn(m: Municipality): (lower: string) => boolean {
  let names = REGISTERED.get(m);
  if (!names) {
    names = new Set(m.bodies.flatMap((b) => [b.name.toLowerCase(), ...(b.aliases ?? [])]));
    REGISTERED.set(m, names);
  }
  const known = names;
  return (lower) => known.has(lower);
}

/** Every list sentence among the units, with its bodies read by the grammar. */
export function findLists(units: readonly Unit[], m: Municipality, own: string | null = null): FoundList[] {
  const isRegistered = isRegisteredIn(m);
  const found: FoundList[] = [];
  let upstreamParagraph = -1;
  units.forEach((unit, i) => {
    if (/remi|tillfälle|möjlighet/iu.test(unit.text) && UPSTREAM_REMISS_RE.test(unit.text))
      upstreamParagraph = unit.paragraph;
    // a distribution line (`Expedieras till: …`, `Beslutet skickas till …`) names who gets the decision
    if (DISTRIBUTION_RE.test(unit.text)) return;
    // a heading over a bulleted list (`Remissinstanser:`) introduces the list like a sentence
    if (unit.kind === 'heading' && !(/:$/u.test(unit.text) && BULLET_LIST_INTRO_RE.test(unit.text))) return;
    if (!LIST_SENTENCE_GATE_RE.test(unit.text)) return;
    // clauses after a semicolon are lists of their own (`… har remitterats till A och B; samma dag
    // sändes det också till C`): each clause's best reading, together
    // (and a coordinated clause with its own adverb and verb: `…, och därtill har X fått motionen …`)
    const clauses = /;|\s(?:och|samt)\s+(?:därtill|dessutom|därutöver|vidare)\s+(?:har|hade)\s/u.test(
      unit.text,
    )
      ? unit.text
          .split(/;\s*|,?\s(?=(?:och|samt)\s+(?:därtill|dessutom|därutöver|vidare)\s+(?:har|hade)\s)/u)
          .map((c) => c.replace(/^(?:och|samt)\s+(\p{L})/u, (_, ch: string) => ch.toUpperCase()))
      : [unit.text];
    const reads = clauses.flatMap((clause) => {
      const read = bestReading(clause === unit.text ? unit : { ...unit, text: clause }, i);
      return read ? [read] : [];
    });
    const [first, ...others] = reads;
    let best: FoundList | null = first
      ? {
          ...first,
          unit,
          bodies: {
            ...first.bodies,
            names: reads.flatMap((r) => r.bodies.names),
            collectives: reads.flatMap((r) => r.bodies.collectives ?? []),
            hasCollective: reads.some((r) => r.bodies.hasCollective),
          },
          ...(others.some((r) => r.namesOwn) && { namesOwn: true }),
        }
      : null;
    // `Nämnden har fått motionen på remiss. Motionen har även remitterats till X`: X got it too
    if (best && unit.paragraph === upstreamParagraph && PASSIVE_REMISS_RE.test(unit.text))
      best = { ...best, coRecipients: true };
    if (best) found.push(best);
  });
  return found;

  /** The reading of one clause that names the most bodies (the list may start at any `till` after the verb). */
  function bestReading(unit: Unit, i: number): FoundList | null {
    let best: FoundList | null = null;
    let bestScore = 0;
    for (const candidate of listsIn(unit)) {
      let bodies = readBodyList(candidate.text, isRegistered);
      // `… gett A och B tillfälle att yttra sig, liksom X.`, `…, och detsamma gäller X`: X is on the list too
      // (`A och B har liksom C och D fått promemorian på remiss`: C and D too)
      const continued = LIST_CONTINUED_RE.exec(unit.text)?.groups;
      const alike = continued?.more ?? continued?.also;
      if (alike && bodies.names.length > 0) {
        const more = readBodyList(alike, isRegistered).names;
        bodies = { ...bodies, names: [...bodies.names, ...more] };
      }
      const items: Unit[] = [];
      // `… till följande remissinstanser:` and a bulleted list under it
      if (bodies.names.length === 0 && BULLET_LIST_INTRO_RE.test(unit.text)) {
        for (let j = i + 1; j < units.length && units[j]?.kind === 'item'; j++) items.push(units[j] as Unit);
        const lines = items.map((u) => u.text.replace(/^(?:[–•*▪·-]|\d{1,2}[.)])\s*/u, ''));
        bodies = readBodyList(lines.join(', '), isRegistered);
      }
      // an area of a grouped list may be named like a place (`Lunds stad`): only a whole name is
      // checked; another municipality (a region's remiss to `Lunds kommun`) is a consulted body
      const kept = bodies.names.filter(
        (n) =>
          n.groupKind !== null ||
          !(NOT_A_BODY_RE.test(n.printed) || MUNICIPALITY_FORM_RE.test(n.printed)) ||
          isOtherMunicipality(n.printed, m, own),
      );
      const namesOwn = bodies.names.some(
        (n) => n.groupKind === null && MUNICIPALITY_FORM_RE.test(n.printed) && !kept.includes(n),
      );
      bodies = { ...bodies, names: kept };
      const score = bodies.names.length + (bodies.collectives?.length ?? 0);
      if (score > bestScore) {
        best = {
          unit,
          kind: candidate.kind,
          subjectForm: candidate.subjectForm,
          bodies,
          items,
          ...(namesOwn && { namesOwn }),
        };
        bestScore = score;
      }
    }
    return best;
  }
}

function sameName(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  // `Kulturnämnden i Stockholms stad` is the author `Kulturnämnden`
  return (
    x === y ||
    a.toLowerCase().startsWith(`${b.toLowerCase()} i `) ||
    b.toLowerCase().startsWith(`${a.toLowerCase()} i `)
  );
}

/**
 * `compute` remembered per key: the same names are compared many times in one document. The
 * cache is emptied when it grows past 10 000 keys, so a long-running process stays bounded.
 */
function cached<V>(compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size > 10_000) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

/** Lower-case, without a genitive or definite ending on the last word, for comparing forms. */
export const normaliseName: (name: string) => string = cached((name) => normalise(name));

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?:en|et|n|s)$/u, '');
}

/** Another printed form of a body already found (`Stadsmissionen` for `Stockholms Stadsmission`). */
export function isFormOf(printed: string, body: Body): boolean {
  const p = normaliseName(printed);
  if (body.aliases.some((a) => normaliseName(a) === p) || normaliseName(body.name) === p) return true;
  const short = nameWords(printed);
  const long = nameWords(body.name);
  if (short.length === 0 || short.length >= long.length) return false;
  // every word of the short form in the long one, with the head word matching up to its ending
  const lastShort = short[short.length - 1] ?? '';
  return (
    short.every((w) => long.includes(w)) ||
    (short.length === 1 && lastShort.length >= 6 && long.includes(lastShort))
  );
}

/** A name's words of three letters or more, each normalised (cached like `normaliseName`). */
const nameWords = cached((name): readonly string[] =>
  name
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => w.length > 2)
    .map(normaliseName),
);

function toBody(
  printed: string,
  groupKind: string | null,
  acronym: string | null,
  ctx: InventoryContext,
  source: Body['source'],
): Body {
  // an acronym introduced in the list (`Brottsförebyggande rådet (Brå)`) is a short form, not the
  // name; a parenthesis that is no abbreviation of it names a subsidiary (`Stadshus AB (SISAB)`)
  const bareName = printed.replace(/\s*\([^()]*\)$/u, '');
  // (a parenthesis describes the body — `Samhällsbyggnadsförvaltningen (mark och exploatering)`,
  // `Region Gävleborg (Hälsocentralerna i Hudiksvall)` — and the name is without it, unless it names
  // a holding company's subsidiary, `Stockholms Stadshus AB (SISAB)`, or the office that answers,
  // `Region Stockholm (trafikförvaltningen)`)
  const describing =
    bareName !== printed &&
    !/\s(?:AB|aktiebolag)$/u.test(bareName) &&
    !/\(\p{L}+(?:förvaltningen|kontoret)\)$/u.test(printed);
  const unabbreviated = (acronym && abbreviates(acronym, bareName)) || describing ? bareName : printed;
  // `stadsdelsnämndens pensionärsråd (SPR)`: a council of the author's own committee, named after
  // the district when the author is one, else by its kind (`Pensionärsrådet`) as its section calls it
  const generic = GENERIC_OWNER_COUNCIL_RE.exec(bareName)?.[1];
  const own = generic
    ? ownCouncilName(bareName.slice(0, bareName.length - generic.length).trim(), generic, ctx)
    : null;
  const named = own ?? (generic ? capitalizeFirst(definiteHead(generic)) : unabbreviated);
  // (its own: never the central council of the same kind the register knows); its answer may name
  // the owner in full (`Farsta stadsdelsnämnds pensionärsråd`)
  const ownerForms = generic ? ownerNamedForms(generic.toLowerCase(), ctx.authors) : [];
  const registered = generic
    ? {
        name: named,
        type: 'rad' as const,
        aliases: [named, capitalizeFirst(definiteHead(generic)), ...ownerForms],
      }
    : groupKind
      ? resolveArea(ctx.municipality, named, groupKind, ctx.year)
      : resolveBody(ctx.municipality, named, ctx.year);
  // a list that names an office (`trafikkontoret`) consulted the office, not the committee the
  // register files its statements under
  const office = OFFICE_FORM_RE.test(named) && registered.type !== 'kontor';
  const resolved = office
    ? { name: capitalizeFirst(named.trim()), type: 'kontor' as const, aliases: [named.toLowerCase()] }
    : registered;
  const aliases = new Set(resolved.aliases.map((a) => a.toLowerCase()));
  aliases.add(printed.toLowerCase());
  if (acronym) aliases.add(acronym.toLowerCase());
  // `Stockholms Stadshus AB (Stockholm Business Region AB)`: the subsidiary answers for it
  const subsidiary = /\(([^()]{3,80}\s(?:AB|aktiebolag))\)$/u.exec(printed)?.[1];
  if (subsidiary) aliases.add(subsidiary.toLowerCase());
  const bare = printed.replace(/\s*\([^()]*\)$/u, '').toLowerCase();
  aliases.add(bare);
  // `Region Stockholm, trafikförvaltningen`: the unit speaks for the organisation by its own name
  const unit = /^\p{Lu}[^,]{2,60},\s+(\p{Ll}[\p{L}-]*(?:förvaltningen|kontoret|avdelningen|enheten))$/u.exec(
    printed.replace(/\s*\([^()]*\)$/u, ''),
  )?.[1];
  if (unit) aliases.add(unit);
  // a committee's office writes its statement: `Idrottsnämnden` → `idrottsförvaltningen`
  for (const form of [...aliases]) {
    const stem = /^(\p{L}[\p{L}\s-]*?)nämnd(?:en)?$/u.exec(form)?.[1];
    if (stem && !/stadsdels$/u.test(stem))
      for (const office of ['förvaltningen', 'förvaltning', 'kontoret']) aliases.add(`${stem}${office}`);
  }
  return {
    name: resolved.name,
    type: resolved.type,
    aliases: [...aliases].filter((a) => a.length >= 2).sort((x, y) => y.length - x.length),
    ...(acronym ? { acronyms: [acronym.toLowerCase()] } : {}),
    source,
  };
}

/**
 * The sentence's subject is the document's author, an office or the municipality itself
 * (`Kommunledningskontoret har …`, `Kommunen har för sin del …`); after a fronted adverbial the
 * subject follows the verb (`För Hofors kommuns del har kommunledningskontoret i sin tur …`).
 */
function startsWithAuthor(text: string, authors: readonly string[], ownName: string | null): boolean {
  const inverted =
    /^\p{Lu}[^,.;:]{2,60}?\s(?:har|hade)\s+(.{3,60}?)\s+(?:i\s+sin\s+tur|för\s+sin\s+del|inom\s)/u;
  const subjects = [/^(.{3,80}?)\s+(?:har|hade)\s/u.exec(text)?.[1], inverted.exec(text)?.[1]].flatMap((s) =>
    s ? [s.toLowerCase()] : [],
  );
  const own = ownName?.toLowerCase();
  return subjects.some(
    (subject) =>
      authors.some((a) => sameName(a, subject)) ||
      /(?:kontoret|förvaltningen)$/u.test(subject) ||
      /^(?:kommunen|staden|regionen)$/u.test(subject) ||
      (own !== undefined && sameName(own, subject)),
  );
}

/**
 * A remiss passed on by a consulted body, in a sentence of its own: `i sin tur`, `för sin del`,
 * `inom sin koncern` (in a relative clause, `…, som i sin tur …`, the list before it stands).
 */
const SUB_REMISS_RE =
  /(?<![\p{L}])(?<!som\s+(?:har\s+)?)(?:i\s+sin\s+tur|för\s+sin\s+del|inom\s+(?:sin|koncernen|bolagskoncernen))\s+(?:\p{L}+\s+){0,2}?(?:inhämtat|hämtat\s+in|begärt|remitterat|skickat|gett|berett|låtit)(?![\p{L}])/u;

/** `KPR` for `kommunala pensionärsrådet`, `Brå` for `Brottsförebyggande rådet`: its letters in order, the first first. */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase();
  // `AB Storstockholms Lokaltrafik (SL)`: the company form is no part of the abbreviation
  const lower = name.toLowerCase().replace(/^ab\s+|\s+ab$/u, '');
  if (letters.charAt(0) !== lower.charAt(0)) return false;
  let at = 0;
  for (const ch of letters) {
    at = lower.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** True when the list names the document's own author: a remiss that reached the author from above. */
function isUpstream(list: FoundList, ctx: InventoryContext, bodies: readonly Body[]): boolean {
  if (UPSTREAM_REMISS_RE.test(list.unit.text) || list.coRecipients) return true;
  // a list that names the municipality itself beside outside bodies only (`… på remiss till bland
  // andra Ludvika kommun, Landstinget Dalarna och MSB`) is the sender's distribution, one level up
  if (
    list.namesOwn &&
    !bodies.some((b) => b.type === 'namnd' || b.type === 'stadsdelsnamnd' || b.type === 'kontor')
  )
    return true;
  // a consulted body's own remiss (`Stadshus AB har i sin tur inhämtat yttranden från dotterbolagen`):
  // its respondents answer to it, not to the document
  // (the author's own office consulting in its turn, after the council remitted the case to it, is
  // the document's consultation: `Kommunledningskontoret har i sin tur inhämtat yttranden från …`)
  if (
    SUB_REMISS_RE.test(list.unit.text) &&
    !startsWithAuthor(list.unit.text, ctx.authors, ctx.ownName ?? null)
  )
    return true;
  // a remiss to the county's municipalities is another sender's, one of them the author's, unless a
  // region wrote the document: then the municipalities are its own remissinstanser
  if (MUNICIPALITIES_RECIPIENT_RE.test(list.unit.text) && !REGION_NAME_RE.test(ctx.ownName ?? ''))
    return true;
  // a list that names the document's own municipality or region is the sender's remiss to it
  const own = ctx.ownName?.toLowerCase();
  if (own && bodies.some((b) => sameName(b.name.toLowerCase(), own))) return true;
  if (ctx.authors.length === 0) return false;
  // `… till samtliga stadsdelsnämnder, idrottsnämnden …` in a district office's document: it is a recipient
  const kinds = (list.bodies.collectives ?? []).map((c) =>
    c.replace(/^\S+\s+/u, '').replace(/(?:erna|arna|er|ar|na)$/u, ''),
  );
  if (
    kinds.some(
      (k) =>
        k.length >= 5 &&
        ctx.authors.some((a) => a.includes(k) || a.includes(k.replace(/nämnd$/u, 'förvaltning'))),
    )
  )
    return true;
  return bodies.some((b) => b.aliases.some((a) => ctx.authors.some((author) => sameName(a, author))));
}

export interface Inventory {
  bodies: Body[];
  lists: FoundList[];
}

/**
 * The union of bodies from the lists (in list order, later lists adding what earlier ones lacked),
 * unsolicited answers last. `extra` are names from headings and statements, added when they are no
 * form of a body already found.
 */
export function buildInventory(lists: readonly FoundList[], ctx: InventoryContext): Inventory {
  const listed: Body[] = [];
  const unsolicited: Body[] = [];
  const used: FoundList[] = [];
  const offices = officeNames(ctx.municipality);
  for (const list of lists) {
    const bodies = list.bodies.names.map((n) =>
      toBody(n.printed, n.groupKind, n.acronym, ctx, list.kind === 'unsolicited' ? 'unsolicited' : 'list'),
    );
    if (list.kind !== 'unsolicited' && isUpstream(list, ctx, bodies)) continue;
    used.push(list);
    for (const [k, body] of bodies.entries()) {
      const target = list.kind === 'unsolicited' ? unsolicited : listed;
      // (a later mention as printed, `Rådet för funktionshinderfrågor`, of a body already listed in
      // full, `Skarpnäcks råd för funktionshinderfrågor`, is that body — not the register's namesake)
      const printed = list.bodies.names[k]?.printed ?? body.name;
      const found = [...listed, ...unsolicited];
      if (
        found.some((b) => b.name === body.name || isFormOf(body.name, b) || isFormOf(printed, b)) ||
        // (`Idrottsalliansen har inte svarat` after `Trollhättans Idrottsallians` was listed)
        shortFormOwner(found, printed.toLowerCase()) !== undefined
      )
        continue;
      // the document's own office is consulted only when a list names it (R7); a list always does
      if (list.kind === 'answered' && offices.includes(body.name.toLowerCase())) continue;
      target.push(body);
    }
  }
  const bodies = [...listed, ...unsolicited];
  addShortForms(bodies);
  return { bodies, lists: used };
}

/**
 * A district committee's own council named with its owner: `farsta stadsdelsnämnds pensionärsråd`
 * and `farsta pensionärsråd` (`enskede-årsta-vantörs …`) for the author `farsta stadsdelsnämnd`.
 */
/**
 * A district's own council named from the district's point of view takes the district's name
 * (R4): in Spånga-Tensta's document `stadsdelsnämndens pensionärsråd` is Spånga-Tensta
 * stadsdelsnämnds pensionärsråd, `stadsdelens pensionärsråd` Skarpnäcks pensionärsråd. `null` when
 * the author is no district (the bare kind is kept).
 */
function ownCouncilName(owner: string, council: string, ctx: InventoryContext): string | null {
  for (const author of ctx.authors) {
    const area = districtArea(author);
    if (!area) continue;
    const [printed = '', ...kind] = resolveArea(
      ctx.municipality,
      area,
      'stadsdelsnämnd',
      ctx.year,
    ).name.split(/\s+(?=stadsdelsnämnd)/u);
    const place = capitalizeWord(printed);
    if (/^(?:stadsdelsnämndens|nämndens)$/iu.test(owner)) return `${[place, ...kind].join(' ')}s ${council}`;
    // `Skarpnäcks stadsdelsnämnd` already carries the place's genitive, `Farsta stadsdelsnämnd` does not
    return `${/[sxz]$/iu.test(place) ? place : `${place}s`} ${council}`;
  }
  return null;
}

/** The district of an author that is a district committee or office: `farsta` for `farsta stadsdelsförvaltning`. */
function districtArea(author: string): string | null {
  return /^(.+?)\s+stadsdels(?:nämnd|förvaltning)(?:en)?$/u.exec(author)?.[1] ?? null;
}

function ownerNamedForms(council: string, authors: readonly string[]): string[] {
  const genitive = (s: string) => (/s$/u.test(s) ? s : `${s}s`);
  return authors.flatMap((a) => {
    const area = districtArea(a);
    const committee = /nämnd$/u.test(a) ? [`${genitive(a)} ${council}`] : [];
    return area
      ? [...committee, `${area} stadsdelsnämnds ${council}`, `${genitive(area)} ${council}`]
      : committee;
  });
}

/**
 * A council named by its kind (`Pensionärsrådet`) that the document also names with its owner in
 * full takes that fuller name, as printed (R4: the full official form wins over a short one).
 */
export function nameCouncilsInFull(inventory: Inventory, text: string): void {
  const lower = text.toLowerCase();
  for (const body of inventory.bodies) {
    // only a council named by its kind alone (`Pensionärsrådet`, `Rådet för funktionshinderfrågor`)
    if (body.type !== 'rad' || !/^(?:\p{Lu}\p{Ll}*rådet|Rådet för .+)$/u.test(body.name)) continue;
    const full = body.aliases
      .filter(
        (a) =>
          /\s\p{L}*råd(?:\s+för\s+[\p{L}\s-]+)?$/u.test(a) &&
          a !== body.name.toLowerCase() &&
          !GENERIC_OWNER_COUNCIL_RE.test(a),
      )
      .sort((x, y) => y.length - x.length)
      .find((a) => lower.includes(a));
    if (!full) continue;
    const at = lower.indexOf(full);
    body.name = capitalizeFirst(text.slice(at, at + full.length));
  }
  // a council the register names one way (`Kommunstyrelsens pensionärsråd`) that the document
  // prints only with another owner (`Stockholms stads pensionärsråd`, as in older documents):
  // the printed full form is the name the document gives it
  let printed: RegExpMatchArray[] | null = null;
  for (const body of inventory.bodies) {
    if (
      body.type !== 'rad' ||
      !QUALIFIED_COUNCIL_NAME_RE.test(body.name) ||
      lower.includes(body.name.toLowerCase())
    )
      continue;
    const kinds = new Set(body.aliases.map(councilKind).filter((k): k is string => k !== null));
    printed ??= [...text.matchAll(QUALIFIED_COUNCIL_RE)];
    const form = printed.find((m) => kinds.has(councilKind(m[0].toLowerCase()) ?? ''));
    if (!form) continue;
    // (the printed form may be broken over two lines: a name has single spaces)
    const name = form[0].replace(/\s+/gu, ' ');
    body.name = capitalizeFirst(name);
    body.aliases = [...new Set([...body.aliases, name.toLowerCase()])].sort((x, y) => y.length - x.length);
  }
}

/**
 * A body the list only describes — by its owner (`kommunens trafiksäkerhetsgrupp`, `det lokala
 * brottsförebyggande rådet`) or by the office it belongs to (`kostenheten vid miljöförvaltningen`) —
 * takes the name its answer opens with (`Trafiksäkerhetsgruppen anser …`, `Brottsförebyggande rådet
 * i Åsby tillstyrker …`): one body named two ways, and the answer's form is its name (R4).
 */
export function nameDescribedBodies(inventory: Inventory, text: string): void {
  for (const body of inventory.bodies) {
    const described = DESCRIBED_RE.exec(body.name)?.groups;
    const core = described?.core ?? described?.unit;
    if (!core) continue;
    const opener = answerOpener(core, text);
    if (!opener || inventory.bodies.some((b) => b !== body && isFormOf(opener, b))) continue;
    // a council keeps its owner (`Regionens pensionärsråd`, R4's fuller form) unless the answer's
    // form is fuller still, with its place or purpose
    if (body.type === 'rad' && !/\s(?:i|för)\s/u.test(opener)) continue;
    body.aliases = [...new Set([...body.aliases, opener.toLowerCase()])].sort((x, y) => y.length - x.length);
    body.name = opener;
  }
}

/** `Kommunens X`, `(Det) lokala X`, `X vid Yförvaltningen`: a description, not a name. */
const DESCRIBED_RE =
  /^(?:(?:Kommunens|Stadens|Regionens|Lokala|(?:Det|Den)\s+(?:lokala|kommunala|regionala))\s+(?<core>\p{Ll}[\p{Ll}\s-]*)|(?<unit>\p{Lu}\p{Ll}+(?:enheten|gruppen|avdelningen|sektionen))\s+vid\s+\p{Ll}+(?:förvaltningen|kontoret|nämnden))$/u;

/**
 * The capitalised definite form of `core` opening a sentence of `text`, with the place or purpose
 * that follows it in the name (`… i Åsby`, `… för det samiska området` before its verb).
 */
function answerOpener(core: string, text: string): string | null {
  const words = core.split(/\s+/u);
  const last = words.pop() ?? '';
  // (`-het` is no definite ending: `säkerhetsenhet` → `säkerhetsenheten`)
  const definite =
    /(?:en|et)$/u.test(last) && !/het$/u.test(last) ? [last] : [`${last}en`, `${last}et`, `${last}n`];
  for (const form of definite) {
    const phrase = capitalizeFirst([...words, form].join(' '));
    const re = new RegExp(
      `(?:^|[.!?]\\s+|\\n)(${escapeRe(phrase)})(\\s+i\\s+\\p{Lu}\\p{L}+|(?:\\s+för(?:\\s+\\p{Ll}+){1,3}?(?=\\s+\\p{Ll}+(?:ar|er|de|te)(?![\\p{L}]))))?\\s+\\p{Ll}`,
      'u',
    );
    const m = re.exec(text);
    if (m?.[1]) return `${m[1]}${m[2] ?? ''}`;
  }
  return null;
}

/** A council's name with its owner: `Stockholms stads pensionärsråd`, `kommunstyrelsens funktionshinderråd`. */
const QUALIFIED_COUNCIL_RE =
  /(?<![\p{L}])(?:\p{Lu}\p{L}+s\s+(?:stads|kommuns)|[Kk]ommunstyrelsens|[Rr]egionstyrelsens)\s+\p{Ll}*råd(?:\s+för\s+\p{Ll}+)?(?![\p{L}])/gu;

const QUALIFIED_COUNCIL_NAME_RE = new RegExp(`^${QUALIFIED_COUNCIL_RE.source}$`, 'u');

/** The kind of council a name ends in, indefinite: `pensionärsrådet` → `pensionärsråd`. */
function councilKind(name: string): string | null {
  const m = /(\p{Ll}*råd)(?:et)?(\s+för\s+\p{Ll}+)?$/u.exec(name);
  return m?.[1] ? `${m[1]}${m[2] ?? ''}` : null;
}

/** A place and an organisation's kind noun: `Trollhättans Idrottsallians` → `Idrottsallians`. */
const ORGANISATION_TAIL_RE =
  /^\p{Lu}[\p{L}-]*\s+(\p{Lu}?\p{Ll}*(?:förening|allians|klubb|sällskap|förbund|organisation|jour|stiftelse|församling|kyrka))$/u;

/** The definite form of an organisation's kind noun: `-föreningen`, `-förbundet`, `-kyrkan`. */
function definiteNoun(noun: string): string {
  if (noun.endsWith('a') || noun.endsWith('e')) return `${noun}n`;
  return /(?:förbund|sällskap)$/u.test(noun) ? `${noun}et` : `${noun}en`;
}

/** `rådet för funktionshinderfrågor` for `råd för funktionshinderfrågor`: the head noun made definite. */
function definiteHead(phrase: string): string {
  return phrase.replace(/^(\p{L}*råd)(?![\p{L}])/u, '$1et');
}

const OFFICE_FORM_RE = /^\p{L}[\p{L}-]*(?:kontoret|förvaltningen)$/iu;

/** A council owned by a committee named only by its kind: `stadsdelsnämndens ungdomsråd`. */
const GENERIC_OWNER_COUNCIL_RE =
  /^(?:stadsdelsnämndens|nämndens|styrelsens|förvaltningens|stadsdelsförvaltningens|stadsdelens|stadsdelsområdets)\s+(\p{Ll}*råd(?:\s+för\s+[\p{L}\s-]+)?)$/iu;

/**
 * The short forms a body may be called by in its own section: a local council by its kind alone
 * (`Skarpnäcks pensionärsråd` → `Pensionärsrådet`, `Ungdomsrådet i Skarpnäck` → `Ungdomsrådet`), an
 * organisation named with its place by its definite head (`Räddningstjänsten`) or kind
 * (`Idrottsalliansen`). Whether a form may be used is `shortFormOwner`'s and `addShortForms`' call.
 */
function shortFormsOf(b: Body): readonly string[] {
  // (asked for every body found, each time one more is compared: computed once per name and type)
  return shortFormsByKey(`${b.type}|${b.name}`);
}

const shortFormsByKey = cached((key): readonly string[] => {
  const at = key.indexOf('|');
  return computeShortForms({ type: key.slice(0, at) as Body['type'], name: key.slice(at + 1) });
});

function computeShortForms(b: Pick<Body, 'name' | 'type'>): string[] {
  // `Räddningstjänsten Värnamo`, `Polismyndigheten i Jönköpings län`: the definite head alone
  // (`Räddningstjänsten har ingen erinran`)
  if (b.type !== 'rad') {
    const head = /^(\p{Lu}\p{Ll}{5,}(?:en|et))\s+(?:i\s+)?\p{Lu}/u.exec(b.name)?.[1];
    if (head) return [head.toLowerCase()];
    // `Trollhättans Idrottsallians`, `Eskilstuna Centrumförening`: the organisation by its
    // definite kind (`Idrottsalliansen har inte svarat`)
    const kind = ORGANISATION_TAIL_RE.exec(b.name)?.[1]?.toLowerCase();
    return kind ? [definiteNoun(kind)] : [];
  }
  const lower = b.name.toLowerCase();
  // (the owner may be several words: `Region Skånes råd för funktionshinderfrågor`)
  const genitive =
    /^(?:\p{L}+\s+){0,2}?\p{L}+s\s+(\p{Ll}*råd(?:\s+för\s+.+)?)$/u.exec(lower)?.[1] ??
    /^\p{L}+s\s+(\p{L}.*)$/u.exec(lower)?.[1];
  const placed = /^(\p{L}+)\s+i\s+\p{L}+$/u.exec(lower)?.[1];
  // `Kommunala pensionärsrådet` → `pensionärsrådet`
  const qualified = /^(?:kommunala|kommunens|stadens|regionala|lokala|centrala)\s+(\p{L}.*)$/u.exec(
    lower,
  )?.[1];
  const short = genitive ?? placed ?? qualified;
  return short ? [...new Set([short, definiteHead(short)])] : [];
}

/** The one body a short form can stand for: none when two bodies found would share it. */
function shortFormOwner(bodies: readonly Body[], form: string): Body | undefined {
  const owners = bodies.filter((b) => shortFormsOf(b).includes(form));
  return owners.length === 1 ? owners[0] : undefined;
}

/** Adds each body's short forms as aliases, when no other body found would share them. */
function addShortForms(bodies: Body[]): void {
  const counts = new Map<string, number>();
  for (const b of bodies) for (const f of shortFormsOf(b)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const taken = new Set(bodies.flatMap((b) => [b.name.toLowerCase(), ...b.aliases]));
  for (const b of bodies) {
    const forms = shortFormsOf(b).filter((f) => counts.get(f) === 1 && !taken.has(f));
    if (forms.length > 0)
      b.aliases = [...new Set([...b.aliases, ...forms])].sort((x, y) => y.length - x.length);
  }
}

/** Adds a body found outside the lists (a heading, a decision list, a statement's subject). */
export function addFoundBody(
  inventory: Inventory,
  printed: string,
  ctx: InventoryContext,
  source: Body['source'],
): Body | null {
  const clean = printed.trim();
  if (!clean || NOT_A_BODY_RE.test(clean)) return null;
  // another municipality is a body where a region writes, or in a row of a table of answers; the
  // document's own never is
  if (
    MUNICIPALITY_FORM_RE.test(clean) &&
    (sameName(clean.toLowerCase(), (ctx.ownName ?? '').toLowerCase()) ||
      !(REGION_NAME_RE.test(ctx.ownName ?? '') || source === 'table'))
  )
    return null;
  // (`Idrottsalliansen` for `Trollhättans Idrottsallians`: a short form of a body already found)
  const lower = clean.toLowerCase();
  const existing =
    inventory.bodies.find((b) => isFormOf(clean, b)) ?? shortFormOwner(inventory.bodies, lower);
  if (existing) {
    existing.aliases = [...new Set([...existing.aliases, clean.toLowerCase()])].sort(
      (x, y) => y.length - x.length,
    );
    return existing;
  }
  // (the document's own municipality or region is its author, never a body it consulted)
  if (
    officeNames(ctx.municipality).includes(lower) ||
    ctx.authors.some((a) => sameName(a, lower)) ||
    (ctx.ownName && sameName(lower, ctx.ownName.toLowerCase()))
  )
    return null;
  const body = toBody(clean, null, null, ctx, source);
  if (inventory.bodies.some((b) => b.name === body.name)) return null;
  inventory.bodies.push(body);
  return body;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * An external organisation listed by its bare name and named elsewhere with its sub-unit
 * (`Polismyndigheten` → `Polismyndigheten, Polisregion Syd`): the fuller form, as printed, is its name.
 */
export function refineWithSubUnits(inventory: Inventory, text: string): void {
  for (const body of inventory.bodies) {
    if (body.type !== 'extern' || body.name.includes(',') || !text.includes(`${body.name}, `)) continue;
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(body.name)},\\s+(\\p{L}+(?:\\s+\\p{Lu}\\p{L}*)?)`, 'gu');
    for (const m of text.matchAll(re)) {
      const unit = m[1] ?? '';
      if (!isSubUnitOf(unit, body.name)) continue;
      // (`Länsstyrelsen i Jönköpings län, Naturskyddsföreningen i Tranås`: the next organisation,
      // named with its place; and so is a body the inventory has of its own)
      if (/^\s+i\s+\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      if (inventory.bodies.some((b) => b !== body && b.name.toLowerCase() === unit.toLowerCase())) continue;
      const full = `${body.name}, ${unit}`;
      body.aliases = [...new Set([full.toLowerCase(), ...body.aliases])].sort((x, y) => y.length - x.length);
      body.name = full;
      break;
    }
  }
}
