// A body's attributed units → its stance, composed clause by clause: each clause's predicates (from
// the lexicons), their negation (scope: to the clause end), their target (the whole proposal, a
// part, or only its aim), conditions graded by strength, and reporting frames that defer to their
// complement. Readings are then aggregated with explicit precedence: the body's own decision
// sentence, then the statement (its concluding sentence above the rest), then a referenced text.
import type { Stance } from '../../model/case-record.ts';
import {
  AIM_TARGET_RE,
  CANNOT_WITHOUT_RE,
  CLAUSE_BREAK_RE,
  CONCLUSION_RE,
  CONDITION_RE,
  type LexiconRow,
  MET_CONDITION_RE,
  NEGATION_RE,
  PART_TARGET_RE,
  PARTIAL_BEFORE_RE,
  PARTIAL_VERDICT_RE,
  PAST_STANCE_RE,
  PREDICATES,
  type PredicateClass,
  STATUS_QUO_RE,
  STRONG_CONDITION_RE,
  WHOLE_TARGET_RE,
} from '../rules/stance-lexicon.ts';
import type { Attributed, StanceReading, Unit } from './units.ts';

/** Judgements of acceptability: negated with a present-state complement, they condemn the status quo. */
const ACCEPTABILITY_RE = /(?:acceptab|rimlig|godtagbar|hållbar|tillfredsställande|försvarbar|rätt)/u;
/** Words that make a complement about the proposal rather than the current state. */
const PROPOSAL_WORD_RE =
  /(?<![a-zß-ÿ])(?:förslaget|förslagen|motionen|motionens|hemställan|programmet|införa|inrätta|anlägga|bygga|genomföra|ska\s|skulle\s)/u;

/** `däremot`, `dock`, `men`: a statement that turns against what was said before it. */
const CONTRAST_WORD_RE = /(?<![\p{L}])(?:däremot|dock|men|emellertid|samtidigt)(?![\p{L}])/u;

/** An object fronted before its verb: `… och det förslaget kan nämnden inte ställa sig bakom`. */
const FRONTED_PART_RE =
  /(?<![\p{L}])(?:det|den|detta|denna|dessa|de|övriga)\s+(?:förslaget|förslagen|delen|delarna|att-satsen|att-satserna|åtgärden|åtgärderna)(?![\p{L}])/u;

/**
 * A noun phrase fronted before the inverted verb and subject is the verdict's object, a part of the
 * proposal: `Avgiftsfri laddning kan bolaget inte medverka till`, `Åtgärden att … kan nämnden däremot
 * inte tillstyrka`. A fronted adverbial (`Därför kan nämnden inte …`, `Utan medel kan …`) is not.
 */
const FRONTED_OBJECT_RE =
  /^(?!(?:därför|således|alltså|sammantaget|sammanfattningsvis|mot|med|av|utan|i|på|för|enligt|efter|vid|det|detta|så|om|när|då|eftersom|trots|även|också|inte|men|och)\s)\p{L}[\p{L}-]*(?:\s+(?!(?:anser|menar|bedömer|konstaterar|framhåller|och|men)\s)[^\s,;]+){1,24}?\s+(?:kan|vill|bör|ska|kommer)\s+(?:nämnden|bolaget|rådet|styrelsen|förvaltningen|föreningen|kontoret|myndigheten|regionen|kommunen|förbundet|\p{L}+(?:nämnden|rådet|bolaget|styrelsen))(?:\s+(?:däremot|dock|därför|emellertid|alltså|heller))?\s+(?:inte|ej)(?![\p{L}])/u;

/** The rest fronted before a declaration: `Mot programmets övriga delar har kontoret ingen erinran`. */
const FRONTED_REST_RE =
  /(?<![\p{L}])(?:i\s+övrigt|övriga\s+(?:delar|delarna|förslag|förslagen|att-satser))(?![\p{L}])/u;

/** A judgement in principle only: `i grunden`, `i princip`, `i och för sig`, `principiellt`. */
const IN_PRINCIPLE_RE =
  /(?<![\p{L}])(?:i\s+grunden|i\s+princip|i\s+och\s+för\s+sig|principiellt)(?![\p{L}])/u;

/** Negation raised to a cognitive verb scopes over its whole att-clause: `anser inte att X är lämpligt`. */
const RAISED_NEGATION_RE =
  /(?<![\p{L}])(?:(?:anser|bedömer|ser|tror|menar|tycker|finner|delar)\s+(?:\p{L}+\s+)?(?:inte|ej)|(?:inte|ej)\s+(?:anser|bedömer|ser|tror|menar|tycker|finner))\s+(?:\p{L}+\s+)?att(?![\p{L}])/u;

export type Polarity = 'pos' | 'neg' | 'noobj' | 'nopos' | 'noresp' | 'ref' | 'info' | 'absent';
export type Scope = 'whole' | 'part' | 'aim' | 'rest';
type Strength = 'verdict' | 'evaluative' | 'indirect' | 'declaration' | 'weak';

export interface Reading {
  polarity: Polarity;
  cls: PredicateClass;
  scope: Scope;
  strength: Strength;
  /** A condition on a positive reading: strong conditions make a support `partly`. */
  condition: 'strong' | 'weak' | null;
  concluding: boolean;
  past: boolean;
  /** A verdict for a part only (`tillstyrker delvis`). */
  partial: boolean;
  /** For a reference: the text after the reference verb (whose statement it adopts). */
  refText: string | null;
  unit: Unit;
  role: Attributed['role'];
  detailed: boolean;
  order: number;
}

const NEGATED: Partial<
  Record<PredicateClass, { polarity: Polarity; cls: PredicateClass; strength: Strength }>
> = {
  support: { polarity: 'neg', cls: 'oppose', strength: 'verdict' },
  positive: { polarity: 'neg', cls: 'negative', strength: 'evaluative' },
  oppose: { polarity: 'noobj', cls: 'no_objection', strength: 'weak' },
  negative: { polarity: 'noobj', cls: 'no_objection', strength: 'weak' },
  // `den nuvarande ordningen är inte tillräcklig`: the status quo falls short, so change is welcome
  unneeded: { polarity: 'pos', cls: 'positive', strength: 'evaluative' },
};

const BASE: Record<PredicateClass, { polarity: Polarity; strength: Strength }> = {
  support: { polarity: 'pos', strength: 'verdict' },
  positive: { polarity: 'pos', strength: 'evaluative' },
  oppose: { polarity: 'neg', strength: 'verdict' },
  negative: { polarity: 'neg', strength: 'evaluative' },
  unneeded: { polarity: 'neg', strength: 'indirect' },
  no_objection: { polarity: 'noobj', strength: 'declaration' },
  no_position: { polarity: 'nopos', strength: 'declaration' },
  absent: { polarity: 'absent', strength: 'declaration' },
  no_response: { polarity: 'noresp', strength: 'declaration' },
  reference: { polarity: 'ref', strength: 'declaration' },
  information: { polarity: 'info', strength: 'weak' },
};

/** Declarations carry their own negation (`inga synpunkter`, `tar inte ställning`): never flipped. */
const DECLARATIONS = new Set<PredicateClass>([
  'absent',
  'no_objection',
  'no_position',
  'no_response',
  'reference',
  'information',
]);

interface Match {
  cls: PredicateClass;
  row: LexiconRow;
  start: number;
  end: number;
}

const PREDICATE_SCOPE = new Map<LexiconRow, Scope>(
  PREDICATES.filter((r) => r.scope).map((r) => [r, r.scope as Scope]),
);

/** The lexicon's rows compiled once for repeated search (`g`), in table order. */
interface CompiledRow {
  row: LexiconRow;
  re: RegExp;
  /** Position in the table: candidates are tried in table order. */
  order: number;
}
const COMPILED: readonly CompiledRow[] = PREDICATES.map((row, order) => ({
  row,
  re: new RegExp(row.pattern.source, 'gu'),
  order,
}));
/** Every cue of the lexicon (plain lower-case strings), longest first, with the rows it can start. */
const CUES = [...new Set(PREDICATES.flatMap((r) => r.cues))].sort((a, b) => b.length - a.length);
const escapeCue = (cue: string) => cue.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** One scan for all cues; a match at one position stands for the shorter cues it contains too. */
const CUE_SCAN = new RegExp(CUES.map(escapeCue).join('|'), 'gu');
const ROWS_OF_CUE: ReadonlyMap<string, ReadonlySet<CompiledRow>> = new Map(
  CUES.map((cue) => [cue, new Set(COMPILED.filter((c) => c.row.cues.some((own) => cue.includes(own))))]),
);

/** The rows whose cues occur in `text`, in table order: a row without its cue cannot match. */
function candidateRows(text: string): CompiledRow[] {
  const hit = new Set<CompiledRow>();
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(text); m; m = CUE_SCAN.exec(text)) {
    for (const r of ROWS_OF_CUE.get(m[0]) ?? []) hit.add(r);
    // cues may overlap: go on from the next character, not the end of this one
    CUE_SCAN.lastIndex = m.index + 1;
  }
  // (a few rows of hundreds: sorting them is cheaper than filtering the table)
  return [...hit].sort((a, b) => a.order - b.order);
}

/** Which of two overlapping matches is kept: a reference or declaration first, information last. */
function overlapRank(c: PredicateClass): number {
  return OVERLAP_FIRST.has(c) ? 0 : c === 'information' ? 2 : 1;
}

const OVERLAP_FIRST: ReadonlySet<PredicateClass> = new Set([
  'no_response',
  'no_position',
  'reference',
  'no_objection',
  'absent',
]);

function predicatesIn(clause: string, rows: readonly CompiledRow[], several: boolean): Match[] {
  const found: Match[] = [];
  for (const { row, re } of rows) {
    // with one clause the unit's cue check stands for the clause's
    if (several && !row.cues.some((cue) => clause.includes(cue))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      found.push({ cls: row.cls, row, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // overlapping matches: a reference or declaration beats the verdict inside it, a longer match a shorter
  found.sort(
    (a, b) =>
      overlapRank(a.cls) - overlapRank(b.cls) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Match[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function scopeOf(after: string, cls: PredicateClass): Scope {
  const object = after.slice(0, 140);
  if (
    /(?<![\p{L}])(?:i\s+övrigt|övriga\s+(?:förslag|delar|att-satser))(?![\p{L}])/u.test(object.slice(0, 60))
  )
    return cls === 'no_objection' || cls === 'no_position' ? 'rest' : 'part';
  if (/(?<![\p{L}])(?:i\s+sin\s+helhet|i\s+alla\s+delar|samtliga\s+förslag)(?![\p{L}])/u.test(object))
    return 'whole';
  if (AIM_TARGET_RE.test(object.slice(0, 70))) return 'aim';
  if (PART_TARGET_RE.test(object.slice(0, 45))) return 'part';
  if (WHOLE_TARGET_RE.test(object)) return 'whole';
  // a verdict with no object of its own (`Förvaltningen tillstyrker därför.`) is about the whole; a
  // judgement with none is about its subject (`ett generellt uppdrag är inte rätt väg`), a part
  if (/^\s*(?:därför|således|alltså|också|även)?\s*[.,;]?\s*$/u.test(object))
    return cls === 'support' || cls === 'oppose' || cls === 'no_objection' ? 'whole' : 'part';
  return cls === 'no_objection' || cls === 'no_position' || cls === 'no_response' ? 'whole' : 'part';
}

function conditionOf(text: string): 'strong' | 'weak' | null {
  const m = CONDITION_RE.exec(text);
  if (!m) return null;
  const content = text.slice(m.index, m.index + 220);
  if (MET_CONDITION_RE.test(content)) return 'weak';
  // (`utan X kan vi inte …` is substantial by its form wherever it stands in the sentence, so the
  // whole sentence is tested, not only the words after the first condition marker)
  return STRONG_CONDITION_RE.test(content) || CANNOT_WITHOUT_RE.test(text) ? 'strong' : 'weak';
}

const CLAUSE_BREAK_GLOBAL = new RegExp(CLAUSE_BREAK_RE.source, 'gu');

/** A remark about a part the proposal itself puts forward: `den föreslagna X`, `förslaget om X`. */
const PROPOSED_PART_RE =
  /(?<![\p{L}])(?:den|det|de)\s+föreslagna\s+\p{L}+|(?<![\p{L}])förslag(?:et|en)\s+om\s+\p{L}+/u;

/** A verdict in the passive (`kan tillstyrkas`, `bör avslås`), whose target stands before it. */
const PASSIVE_VERDICT_RE = /(?:tillstyrkas|tillstyrks|bifallas|bifalls|avstyrkas|avstyrks|avslås|avvisas)$/u;
/**
 * The passive's subject names a thing, not the proposal as a whole: `en sommarkiosk`, `förslaget om
 * avgifter` (but `motionen`, `förslaget`, `det` are the whole).
 */
const PART_SUBJECT_RE =
  /(?:^|\s)(?:en|ett|förslaget\s+om|förslagen\s+om|den\s+delen|\p{L}+s)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+$|(?:^|\s)(?:förslaget|förslagen)\s+om\s+[^,.;]{1,60}$|(?:^|\s)(?:den\s+)?(?:första|andra|tredje|fjärde|sista)\s+att-satsen\s+$/u;

/** A restrictor inside the verdict's phrase: `stöder därför bara motionens andra att-sats` (not `endast om`). */
const RESTRICTED_RE =
  /(?<![\p{L}])(?:bara|endast|enbart|delvis)\s+(?!om(?![\p{L}])|under(?![\p{L}])|på\s+villkor|förutsatt|i\s+den\s+mån)/u;

/** The readings of one unit. */
/** Insertions that split a predicate from its object: `, i beslut den 22 februari 2018,`, `(2022-01-24, § 8)`. */
const INSERTION_RE =
  /,\s*i\s+(?:sitt\s+|sin\s+|ett\s+|en\s+)?(?:beslut|yttrande|svar|tjänsteskrivelse|tjänsteutlåtande|skrivelse|remissvar)\s+(?:daterad?e?\s+|av\s+|från\s+)?(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*,?\s*§\s*\d+)?\s*,|\s+i\s+beslut\s+(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*,?\s*§\s*\d+)?\s*,|\s*\([^()]*?\d{4}[^()]*?\)|\s+i\s+(?:(?:ett|sitt|en|sin)\s+)?(?:yttrande|beslut|svar|skrivelse|remissvar|tjänsteskrivelse)\s+(?:daterat?\s+|daterad\s+|av\s+|från\s+)?(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*,?\s*§\s*\d+)?|\s+vid\s+(?:sitt|dess|rådets|nämndens)\s+(?:möte|sammanträde)\s+(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})/gu;

function unitText(unit: Unit): string {
  // a table row's cells are separate clauses: a negation never crosses into the verdict's cell
  const text = unit.cells.length > 1 ? unit.cells.join(' ; ') : unit.text;
  return text.toLowerCase().replace(INSERTION_RE, ' ');
}

/** A clause's subject before its finite verb: `kristianstads kommun anser att …`. */
const CLAUSE_SUBJECT_RE =
  /^\s*(?<subject>[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)\s+(?:anser|menar|bedömer|ställer|tillstyrker|avstyrker|vill|ser|föreslår|avvisar|välkomnar|stöder|motsätter|avstår|avråder|har|tar|saknar|är|delar|instämmer|tycker|framhåller|påpekar|konstaterar|betonar|understryker|efterlyser|önskar|noterar)(?![\p{L}])/u;
/** A plural thing, not a speaker (`kostnaderna`, `vägarna`); the clause text is lower-cased. */
const PLURAL_THING_RE = /(?:erna|arna|orna|rna)$/u;
const PLURAL_BODIES_RE =
  /(?:nämnderna|kommunerna|förvaltningarna|föreningarna|organisationerna|myndigheterna)$/u;
/** Words by which a clause refers back to the body itself. */
const SELF_REFERENCE_RE =
  /^(?:nämnden|förvaltningen|kontoret|rådet|bolaget|föreningen|styrelsen|kommunen|regionen|myndigheten|organisationen|förbundet|den|det|de|man|vi|han|hon)$/u;

function otherSubject(clause: string, self: readonly string[]): boolean {
  const subject = CLAUSE_SUBJECT_RE.exec(clause)?.groups?.subject;
  if (!subject || SELF_REFERENCE_RE.test(subject)) return false;
  // (a body by its name or kind, not any noun: `medan kostnaderna är höga` is no other speaker)
  if (PLURAL_THING_RE.test(subject) && !PLURAL_BODIES_RE.test(subject)) return false;
  return !self.some((alias) => subject.includes(alias) || alias.includes(subject));
}

interface Clause {
  text: string;
  /**
   * Opened by `eftersom`, `därför att`, `då` (a reason) or `så länge`, `förutsatt att` (a
   * condition): what it judges is a premise, not the proposal.
   */
  reason: boolean;
}

/** The unit's clauses, without those after `medan` that another body speaks (see below). */
function clausesOf(text: string, self: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  let last = 0;
  let contrasted = false;
  let reason = false;
  const re = CLAUSE_BREAK_GLOBAL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) keepClause(clauses, { text: text.slice(last, m.index), reason }, contrasted, self);
    contrasted = /(?<![\p{L}])medan(?![\p{L}])/u.test(m[0]);
    reason = REASON_BREAK_RE.test(m[0]);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  keepClause(clauses, { text: text.slice(last), reason }, contrasted, self);
  // a reason set in the middle ends where the main clause's `att` resumes (`anser, då planen är
  // väl genomarbetad, att den är lämplig`)
  const out: Clause[] = [];
  for (const c of clauses) {
    const resumed = c.reason ? /,\s+att\s/u.exec(c.text) : null;
    if (!resumed) {
      out.push(c);
      continue;
    }
    out.push({ text: c.text.slice(0, resumed.index), reason: true });
    // (the main clause goes on with its complement: `anser … att den är lämplig`)
    const main = [...out].reverse().find((x) => !x.reason);
    const rest = c.text.slice(resumed.index + 2);
    if (main) main.text = `${main.text} ${rest}`;
    else out.push({ text: rest, reason: false });
  }
  return out;
}

const REASON_BREAK_RE =
  /(?<![\p{L}])(?:eftersom|därför\s+att|då|så\s+länge|förutsatt\s+att|under\s+förutsättning\s+att)\s*$/u;

function keepClause(clauses: Clause[], clause: Clause, contrasted: boolean, self: readonly string[]): void {
  // `A ställer sig positiv, medan B anser att …`: the clause after `medan` with a subject of its
  // own that is not the body (nor a word referring back to it) is another body's answer
  if (!(contrasted && otherSubject(clause.text, self))) clauses.push(clause);
}

export function readUnit(a: Attributed, order: number, self: readonly string[] = []): Reading[] {
  const text = unitText(a.unit);
  const rows = candidateRows(text);
  if (rows.length === 0 && !CONDITION_RE.test(text)) return [];
  const concluding = CONCLUSION_RE.test(text);
  const out: Reading[] = [];
  const clauses = clausesOf(text, self);
  let sentenceCondition = conditionOf(text);
  for (const { text: clause, reason } of clauses) {
    const past = PAST_STANCE_RE.test(clause);
    for (const match of predicatesIn(clause, rows, clauses.length > 1)) {
      // (`anser att en utökad rätt är befogad, eftersom vägarna är olämpliga för cykling`: a reason
      // judges its premise, not the proposal)
      if (reason && (match.cls === 'positive' || match.cls === 'negative')) continue;
      const before = clause.slice(0, match.start);
      const own = clause.slice(match.start, match.end);
      const after = clause.slice(match.end);
      let negated = false;
      if (!DECLARATIONS.has(match.cls) && !match.row.negationKeeps && !NEGATION_RE.test(own)) {
        // raised or following negation: `anser inte att …`, `tillstyrker inte`, `kan inte ställa sig bakom`
        // a relative clause or a parenthesis in between (`, som inte föranletts av någon remiss,`)
        // keeps its negation to itself
        // and a coordinated clause (`… och inte på kommunerna, och avstyrker därför …`) keeps its own
        // (also without a comma when the predicate is the coordinated verb itself: `… inte kan
        // tillämpas och stöder därför …`)
        const local = before
          .replace(/^.*,\s*(?:och|men|samt)\s+(?=\p{L}|$)/su, '')
          .replace(/^.*\s(?:och|men|samt)\s+(?:(?:därför|också|även|således|dessutom|därmed)\s+)*$/su, '');
        const lastWords = local
          .replace(/,\s*som\s[^,]*,|\([^()]*\)/gu, ' ')
          .split(/\s+/u)
          .slice(-6)
          .join(' ');
        negated =
          NEGATION_RE.test(lastWords) ||
          RAISED_NEGATION_RE.test(local) ||
          // `Varken A eller B skulle förbättra …`: neither-nor negates the clause's predicate
          /(?:^|\s)varken\s/u.test(local) ||
          /^\s*(?:därför\s+|således\s+)?(?:inte|ej)(?![\p{L}])/u.test(after);
      } else if ((match.cls === 'positive' || match.cls === 'support') && NEGATION_RE.test(own)) {
        // the negator sits inside the phrase: `ser inget behov av`, `ställer sig inte bakom`
        negated = true;
      }
      // a negated judgement of the current state is no verdict on the proposal: `det är inte
      // acceptabelt att problemet kvarstår`, `… att boende väljer bort gångvägarna` (the status quo)
      if (
        negated &&
        (match.cls === 'positive' || match.cls === 'negative') &&
        (STATUS_QUO_RE.test(after.slice(0, 80)) ||
          (ACCEPTABILITY_RE.test(own) &&
            /^\s*att\s/u.test(after) &&
            !PROPOSAL_WORD_RE.test(after.slice(0, 160))))
      )
        negated = false;
      // `Arbetsförmedlingen ansvarar för …` is a body describing its own remit, not someone else's task
      // (but `är inte trafikkontorets ansvar` is the body saying it is not its task)
      if (
        match.cls === 'unneeded' &&
        !NEGATION_RE.test(own) &&
        self.some((alias) => alias.length >= 4 && own.includes(alias))
      )
        continue;
      // `Utan ett sådant tillskott kan nämnden inte tillstyrka`, `… kan inte acceptera X om inte
      // fullmäktige tillför medel`: support on a condition, not a rejection
      // (`… kan inte godtas så länge X saknas`: as long as X is missing, i.e. only with X)
      const unlessAfter =
        /^[^.;]{0,60}?\s(?:om\s+inte|om\s+ej|utan\s+att)\s|^[^.;]{0,60}?\sså\s+länge\s+[^.;]{0,60}?(?:\ssaknas|\sfattas|\s(?:inte|ej)\s)/u.test(
          after,
        );
      if (
        (negated &&
          (match.cls === 'support' || match.cls === 'positive') &&
          // (`Rådet skriver: ”Utan en sådan garanti kan vi inte …`: a quote may open the clause)
          (/(?:^|[\s”"«])utan\s/u.test(before) ||
            /(?:^|\s)(?:om|så\s+länge)\s+[^,]{0,80}?\s(?:inte|ej)\s/u.test(before) ||
            unlessAfter)) ||
        // (`kan inte acceptera X om inte …`: a rejection phrase that carries its own negation)
        (match.cls === 'negative' && NEGATION_RE.test(own) && unlessAfter)
      ) {
        out.push({
          polarity: 'pos',
          cls: 'support',
          scope: 'whole',
          strength: 'verdict',
          condition: 'strong',
          concluding,
          past,
          partial: false,
          refText: null,
          unit: a.unit,
          role: a.role,
          detailed: a.detailed,
          order,
        });
        sentenceCondition = null;
        continue;
      }
      // `I annat fall avstyrks motionen`: the other side of a condition, not a rejection of its own
      if (
        match.cls === 'oppose' &&
        !negated &&
        /(?:^|\s)(?:i\s+annat\s+fall|annars|om\s+(?:så\s+)?inte)\s/u.test(before)
      ) {
        sentenceCondition = 'strong';
        continue;
      }
      const flipped = negated ? NEGATED[match.cls] : undefined;
      if (negated && !flipped) continue;
      const cls = flipped?.cls ?? match.cls;
      const base = flipped ?? { ...BASE[match.cls], cls };
      out.push({
        polarity: base.polarity,
        cls,
        scope:
          PREDICATE_SCOPE.get(match.row) ??
          (/(?<![\p{L}])i\s+övrigt(?![\p{L}])/u.test(own) && (cls === 'no_objection' || cls === 'no_position')
            ? 'rest'
            : (cls === 'no_objection' || cls === 'no_position') && FRONTED_REST_RE.test(before.slice(-60))
              ? 'rest'
              : AIM_TARGET_RE.test(own.replace(/^\S+(?:\s+sig)?/u, '')) ||
                  // `i grunden positiv`, `i princip positiv`: for the idea, not yet the measure
                  (cls === 'positive' &&
                    IN_PRINCIPLE_RE.test(clause.slice(Math.max(0, match.start - 30), match.end)))
                ? 'aim'
                : FRONTED_PART_RE.test(before.slice(-50)) || FRONTED_OBJECT_RE.test(before + own)
                  ? 'part'
                  : PASSIVE_VERDICT_RE.test(own) && PART_SUBJECT_RE.test(before)
                    ? // a passive verdict's target is its subject: `En sommarkiosk kan inte tillstyrkas`
                      'part'
                    : scopeOf(after, cls)),
        strength: base.strength,
        condition: base.polarity === 'pos' ? sentenceCondition : null,
        concluding,
        past,
        partial:
          base.strength === 'verdict' &&
          (PARTIAL_VERDICT_RE.test(after) || PARTIAL_BEFORE_RE.test(before) || RESTRICTED_RE.test(own)),
        refText: cls === 'reference' ? clause.slice(match.start, match.start + 160) : null,
        unit: a.unit,
        role: a.role,
        detailed: a.detailed,
        order,
      });
      if (base.polarity === 'pos') sentenceCondition = null;
    }
  }
  // a condition in a sentence of its own (`Ett genomförande förutsätter dock att … medel`)
  if (sentenceCondition === 'strong' && !out.some((r) => r.polarity === 'pos'))
    out.push({
      polarity: 'pos',
      cls: 'positive',
      scope: 'part',
      strength: 'weak',
      condition: 'strong',
      concluding,
      past: false,
      partial: false,
      refText: null,
      unit: a.unit,
      role: a.role,
      detailed: a.detailed,
      order,
    });
  return out;
}

export interface Composition {
  stance: Stance | null;
  confidence: number;
  deciding: Reading[];
  basis: string;
  /** Set when the reading defers to another body's text that the caller must resolve. */
  reference: Reading | null;
}

const RANK: Record<Strength, number> = { verdict: 3, declaration: 3, evaluative: 2, indirect: 2, weak: 1 };

function strongest(list: readonly Reading[]): Reading | null {
  let best: Reading | null = null;
  for (const r of list) {
    if (
      !best ||
      RANK[r.strength] > RANK[best.strength] ||
      (RANK[r.strength] === RANK[best.strength] &&
        (Number(r.concluding) > Number(best.concluding) || r.order > best.order))
    )
      best = r;
  }
  return best;
}

function withPolarity(readings: readonly Reading[], p: Polarity): Reading[] {
  return readings.filter((r) => r.polarity === p);
}

/** A remark in the sentence that declines to answer: the reason it does not, no answer of its own. */
function besideNoresp(r: Reading, noresp: readonly Reading[]): boolean {
  return r.strength !== 'verdict' && noresp.some((n) => n.unit === r.unit);
}

/** A decided composition (no reference left to resolve). */
function result(stance: Stance, confidence: number, deciding: Reading[], basis: string): Composition {
  return { stance, confidence, deciding, basis, reference: null };
}

/** Readings of one layer (a decision sentence, or the whole statement) → a stance. */
function composeLayer(readings: readonly Reading[]): Composition | null {
  const live = readings.some((r) => !r.past && r.polarity !== 'info')
    ? readings.filter((r) => !r.past)
    : readings;
  const pos = withPolarity(live, 'pos').filter((r) => r.strength !== 'weak' || r.condition === 'strong');
  const neg = withPolarity(live, 'neg');
  const verdicts = [...pos, ...neg].filter((r) => r.strength === 'verdict');
  const noresp = withPolarity(live, 'noresp');
  const nopos = withPolarity(live, 'nopos');
  const noobj = withPolarity(live, 'noobj');
  const refs = withPolarity(live, 'ref');
  const info = withPolarity(live, 'info');
  // (a reason given in the same sentence, `inte avser att yttra sig, då frågan ligger utanför …`,
  // is why it does not answer, not an answer)
  if (
    noresp.length > 0 &&
    pos.every((r) => besideNoresp(r, noresp)) &&
    neg.every((r) => besideNoresp(r, noresp)) &&
    noobj.length === 0
  )
    return result('no_response', 0.9, noresp.slice(0, 1), 'declined to answer');
  if (nopos.length > 0 && verdicts.length === 0)
    return result('no_position', 0.88, nopos.slice(0, 1), 'declares it takes no position');
  // `har inget att erinra …; bolaget påpekar att det redan ingår`: the declaration stands over remarks
  const noobjWhole = noobj.filter((r) => r.scope !== 'rest' && r.strength === 'declaration');
  if (noobjWhole.length > 0 && verdicts.length === 0 && pos.every((r) => r.scope === 'aim'))
    return result('no_objection', 0.8, [noobjWhole[0] as Reading], 'no objection; the remarks are reasons');
  const partial = verdicts.find((r) => r.partial);
  // `tillstyrker motionen såvitt avser X och lämnar i övrigt inga synpunkter`: nothing against the rest
  const restUnopposed = [...noobj, ...nopos].some(
    (r) => r.scope === 'rest' || /\bi\s+övrigt\b/u.test(r.unit.text),
  );
  if (partial && partial.polarity === 'pos' && restUnopposed && neg.every((r) => r.strength !== 'verdict'))
    return result('supports', 0.8, [partial], 'supports the part it answers, no objection to the rest');
  // `Kontoret avstyrker att X … Mot programmets övriga delar har kontoret ingen erinran` (but not
  // `inga synpunkter på övriga förslag, som ligger utanför nämndens ansvarsområde`: no view on them)
  const againstPart = verdicts.find((r) => r.polarity === 'neg' && r.scope === 'part');
  const restAccepted = [...noobj, ...nopos].some(
    (r) => r.scope === 'rest' && !neg.some((n) => n.unit === r.unit && n.strength === 'indirect'),
  );
  if (againstPart && restAccepted && verdicts.every((r) => r.polarity === 'neg' && r.scope !== 'whole'))
    return result('partly', 0.75, [againstPart], 'against one part, no objection to the rest');
  // `Avstyrker` in the table of answers and `avstyrker förslaget i den del som rör X` in the text:
  // rejected on the whole, and the part is where it weighs most (a support restricted to a part,
  // `kan bara ställa sig bakom planen om …`, stays a part)
  const rejected = verdicts.find((r) => !r.partial && r.scope === 'whole' && r.polarity === 'neg');
  if (partial?.polarity === 'neg' && rejected && pos.every((r) => r.strength === 'weak'))
    return result('opposes', 0.8, [rejected], 'rejected on the whole, and on a part');
  if (partial) return result('partly', 0.88, [partial], 'a verdict for a part only');
  if (pos.length > 0 && neg.length > 0) {
    const p = strongest(pos) as Reading;
    const n = strongest(neg) as Reading;
    if (pos.every((r) => r.scope === 'aim'))
      return result('opposes', 0.8, [n], 'agrees with the aim only, opposes the measure');
    // `… men tillstyrker det ändå`: a concessive verdict decides over remarks of the other side
    const concludingVerdicts = verdicts.filter(
      (r) =>
        r.condition !== 'strong' && /(?<![\p{L}])(?:ändå|trots\s+detta|likväl)(?![\p{L}])/u.test(r.unit.text),
    );
    const sides = new Set(concludingVerdicts.map((r) => r.polarity));
    const last = concludingVerdicts[concludingVerdicts.length - 1];
    if (last && sides.size === 1 && !verdicts.some((r) => r.polarity !== last.polarity))
      return result(
        last.polarity === 'pos' ? 'supports' : 'opposes',
        0.78,
        [last],
        'the concessive verdict decides over the remarks',
      );
    // `redan finns … inte behövs`, with only kind words for the aim: indirect opposition decides (R5)
    if (
      verdicts.length === 0 &&
      neg.some((r) => r.cls === 'unneeded') &&
      pos.every((r) => r.strength !== 'verdict' && r.condition !== 'strong') &&
      neg.filter((r) => r.cls === 'unneeded').length >= pos.length &&
      // (not a contrast in one sentence: `är positiv till A men anser att B bör vänta` is partly)
      !pos.some((p) => neg.some((n) => n.unit === p.unit && /\s+men\s+/u.test(p.unit.text)))
    )
      return result('opposes', 0.7, [strongest(neg) as Reading], 'no need: the kind words are for the aim');
    const posWhole = pos.filter(
      (r) => r.scope === 'whole' && r.condition !== 'strong' && r.strength === 'verdict',
    );
    const negWhole = neg.filter((r) => r.scope === 'whole' && r.strength === 'verdict');
    if (negWhole.length > 0 && posWhole.length > 0) {
      // one verdict for, one against the whole: the concluding (else the later) one stands
      const decider = [...posWhole, ...negWhole].sort(
        (a, b) => Number(a.concluding) - Number(b.concluding) || a.order - b.order,
      )[posWhole.length + negWhole.length - 1] as Reading;
      return result(
        decider.polarity === 'pos' ? 'supports' : 'opposes',
        0.6,
        [decider],
        'conflicting verdicts: the last decides',
      );
    }
    // an indirect remark (`already does home visits`) is a reason, not a verdict against a `for`
    const posVerdicts = pos.filter((r) => r.strength === 'verdict' && r.condition !== 'strong');
    // (unless the remark names a proposed part as not needed: `den föreslagna kameraövervakningen
    // … behöver inte ingå i planen` rejects that part, beside support for the others; or turns
    // against the rest after support for a part: `… bakom de två första att-satserna. Något nytt råd
    // behövs däremot inte`)
    const rejectsProposedPart = neg.some(
      (r) =>
        r.scope === 'part' &&
        (PROPOSED_PART_RE.test(r.unit.text) || CONTRAST_WORD_RE.test(r.unit.text)) &&
        posVerdicts.every((p) => p.scope === 'part'),
    );
    if (rejectsProposedPart && posVerdicts.length > 0)
      return result(
        'partly',
        0.7,
        [posVerdicts[0] as Reading],
        'for some proposals; one proposed part not needed',
      );
    if (posVerdicts.length > 0 && neg.every((r) => r.strength === 'indirect'))
      return result(
        'supports',
        0.75,
        [(posWhole[posWhole.length - 1] ?? posVerdicts[0]) as Reading],
        'verdict for; the remarks against are reasons, not verdicts',
      );
    const posPartVerdict = pos.some((r) => r.strength === 'verdict' && r.scope !== 'aim');
    if (n.scope === 'whole' && n.strength !== 'evaluative' && !posPartVerdict)
      return result('opposes', 0.75, [n], 'a positive remark, but the verdict on the whole is against');
    if (p.scope === 'whole' && p.strength === 'verdict' && n.strength === 'evaluative' && n.scope !== 'whole')
      return result(
        // (a substantial condition anywhere in the answer makes it partly: `… måste tillföras medel`)
        pos.some((r) => r.condition === 'strong') ? 'partly' : 'supports',
        0.7,
        [p],
        'supports, with a reservation',
      );
    return result(
      'partly',
      0.85,
      [p, n].sort((a, b) => a.order - b.order),
      'for one part, against another',
    );
  }
  if (pos.length > 0) {
    const p = strongest(pos) as Reading;
    if (pos.some((r) => r.condition === 'strong'))
      return result(
        'partly',
        0.8,
        [pos.find((r) => r.condition === 'strong') as Reading],
        'supports only on a substantial condition',
      );
    const confidence = p.strength === 'verdict' ? 0.92 : p.scope === 'aim' ? 0.6 : 0.78;
    return result(
      'supports',
      confidence,
      [p],
      p.strength === 'verdict' ? 'verdict for' : 'judged positively',
    );
  }
  if (neg.length > 0) {
    const n = strongest(neg) as Reading;
    return result(
      'opposes',
      n.strength === 'verdict' ? 0.92 : 0.78,
      [n],
      n.strength === 'verdict' ? 'verdict against' : 'indirect opposition',
    );
  }
  // `Polisen redovisar statistik … Myndigheten lämnar i övrigt inga synpunkter`: information, and
  // no view on the rest, is information without a position
  if (noobj.length > 0 && info.length > 0 && noobj.every((r) => r.scope === 'rest'))
    return result('unclear', 0.6, [info[0] as Reading], 'information, and no view on the rest');
  if (noobj.length > 0) return result('no_objection', 0.88, [noobj[0] as Reading], 'no objection');
  const absent = withPolarity(live, 'absent');
  if (absent.length > 0)
    return {
      stance: null,
      confidence: 0,
      deciding: [absent[0] as Reading],
      basis: 'answer not in this text',
      reference: null,
    };
  if (refs.length > 0)
    return {
      stance: null,
      confidence: 0,
      deciding: [refs[0] as Reading],
      basis: 'by reference',
      reference: refs[0] as Reading,
    };
  if (noresp.length > 0) return result('no_response', 0.75, noresp.slice(0, 1), 'declined to answer');
  if (info.length > 0) return result('unclear', 0.62, [info[0] as Reading], 'information without a position');
  return null;
}

/** The decision, qualified by another of the answer's readings, as `partly`. */
function partlyBeside(d: Composition, other: Reading, confidence: number, basis: string): Composition {
  return { stance: 'partly', confidence, deciding: [...d.deciding, other], basis, reference: null };
}

/** The same composition from readings already made (a body's readings are made once). */
export function composeReadings(
  readings: readonly Reading[],
  attributed: readonly Attributed[],
): Composition {
  const decision = composeLayer(readings.filter((r) => r.role === 'decision'));
  // `… beslutade att ställa sig bakom X. Nämnden motsätter sig däremot Y`: the decision covers a part
  const against = decision?.stance === 'supports' ? 'neg' : decision?.stance === 'opposes' ? 'pos' : null;
  const otherVerdict = readings.find(
    (r) =>
      r.role === 'statement' &&
      r.polarity === against &&
      r.strength === 'verdict' &&
      r.scope === 'part' &&
      !r.past &&
      // (a decision on one part needs no `däremot` before the verdict on another: `Den andra att-satsen avstyrks`)
      (CONTRAST_WORD_RE.test(r.unit.text) || (decision?.deciding.some((d) => d.scope === 'part') ?? false)),
  );
  if (decision?.stance && against && otherVerdict)
    return partlyBeside(decision, otherVerdict, 0.8, 'the decision for one part, a verdict against another');
  if (decision?.stance && decision.stance !== 'unclear') {
    const rest = readings.filter((r) => r.role !== 'decision' && r.polarity !== 'ref');
    // a decision sentence that only judges (`… och ser ett stort värde i X`) gives way to verdicts
    // both ways in the answer (`… bifalls i den del som avser X och att den avslås i den del …`)
    if (!decision.deciding.some((r) => r.strength === 'verdict' || r.strength === 'declaration')) {
      const verdicts = composeLayer(rest);
      if (verdicts?.stance === 'partly' && verdicts.deciding.some((r) => r.strength === 'verdict'))
        return { ...verdicts, basis: `the answer's verdicts: ${verdicts.basis}` };
    }
    // a decision to support, and the answer's substantial condition (`Utan regional medfinansiering
    // kan kommunen inte åta sig åtgärden`): support on that condition
    const condition = rest.find((r) => r.condition === 'strong');
    if (decision.stance === 'supports' && condition)
      return partlyBeside(
        decision,
        condition,
        0.75,
        'the decision supports, on a substantial condition the answer states',
      );
    return {
      ...decision,
      confidence: Math.min(0.97, decision.confidence + 0.05),
      basis: `decision: ${decision.basis}`,
    };
  }
  const all = composeLayer(readings.filter((r) => r.role !== 'decision' || r.polarity !== 'ref'));
  if (all?.stance) return all;
  const reference = decision?.reference ?? all?.reference ?? null;
  if (reference)
    return { stance: null, confidence: 0, deciding: [reference], basis: 'by reference', reference };
  // `se bilaga 3`, `redovisas i en bilaga`: the answer is elsewhere, not missing a stance
  if (all?.deciding[0]?.polarity === 'absent') return all;
  // a list sentence naming the body is no answer; a table row without a verdict is none either
  const substantive = attributed.filter(
    (a) => a.role !== 'table' && a.role !== 'list' && a.unit.kind !== 'heading',
  );
  if (substantive.length > 0)
    return {
      stance: 'unclear',
      confidence: 0.45,
      deciding: [],
      basis: 'no stance cue in the answer',
      reference: null,
    };
  return { stance: null, confidence: 0, deciding: [], basis: 'no answer in the document', reference: null };
}

/** The composed reading as evidence: the deciding units, in document order. */
/**
 * The composition's confidence, lowered where the evidence itself is divided: the summary and the
 * compilation read the body differently (the published stance then waits for a person), or a
 * decisive stance overrode readings of the other polarity.
 */
export function calibrate(c: Composition, readings: readonly Reading[], disagrees: boolean): number {
  if (!c.stance) return 0;
  let confidence = c.confidence;
  if (disagrees) confidence = Math.min(confidence, 0.6);
  const against = c.stance === 'supports' ? 'neg' : c.stance === 'opposes' ? 'pos' : null;
  if (
    against &&
    readings.some((r) => r.polarity === against && r.strength !== 'weak' && !c.deciding.includes(r))
  )
    confidence -= 0.1;
  return Math.max(0, confidence);
}

export function toReading(c: Composition, fallback: readonly Attributed[]): StanceReading {
  const units = c.deciding.map((r) => r.unit);
  const evidence = units.length > 0 ? units : fallback.slice(0, 1).map((a) => a.unit);
  return {
    stance: c.stance,
    confidence: c.stance ? c.confidence : 0,
    evidence: [...new Set(evidence)].sort((a, b) => a.start - b.start),
    basis: c.basis,
  };
}
