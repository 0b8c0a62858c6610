// The proposal → proposedDecision (each point as printed, in order), decisionBody, proposedBy,
// outcome, presenter. Stops before `beslutar för egen del` blocks: they are not part of the proposal.
import type { DocumentType, Outcome, Subject } from '../../model/case-record.ts';
import { addIssue, capitalizeFirst, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import {
  ACCORDANCE_RE,
  CONTINUING_WORD_RE,
  DECISION_BODY_NAMES,
  DECISION_INTRO_RULES,
  RUN_IN_SPLIT_RE,
  SUB_COMMITTEE_RE,
} from '../rules/decision-rules.ts';
import { OUTCOME_RULES } from '../rules/outcome-rules.ts';
import { matchFirstRule } from '../rules/rule.ts';
import { DECISION_STOP_RE, SECTION_HEADING_RE } from '../rules/section-rules.ts';
import { lineIndexAtOffset } from '../text/document-text.ts';
import { isPersonName } from '../text/person-names.ts';
import { linesText } from './header.ts';
import { headerBodies } from './header-bodies.ts';

export interface DecisionFields {
  proposedDecision: string[];
  decisionBody: string | null;
  proposedBy: string | null;
  outcome: Outcome | null;
  presenter: string | null;
}

const MAX_POINT_LINES = 40;
const PRESENTER_RE =
  /Föredragande\s+(?:biträdande\s+)?borgarråde(?:t|n)\s+([^.]{3,120}?)\s+anför(?:\s+följande)?/u;
const ADDRESSEE_RE =
  /^Till\s+(.+?)(?:\s+\d{4}-\d{2}-\d{2}|\s+\d{1,2}\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+\s+\d{4})?\s*$/mu;
const OWN_OFFICE_RE =
  /(?:^|\s)((?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*[ \t]+)?(?:stadsdelsförvaltning|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*förvaltning(?:en)?|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*kontoret|Kommunstyrelsens förvaltning|Stadskontoret))(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;
const GENERIC_PROPOSERS =
  /^(?:Förvaltningen|Stadsdelsförvaltningen|Kontoret|Stadsledningskontoret|Stadskontoret)$/u;

function resolveBody(word: string, ctx: ExtractionContext, role: 'decider' | 'proposer'): string | null {
  if (word === '') {
    const { office, addressee } = headerBodies(ctx);
    return role === 'proposer' ? office : addressee;
  }
  const lower = word.toLowerCase();
  const known = DECISION_BODY_NAMES[lower];
  if (known) return known;
  const header = linesText(ctx.doc, ctx.mainLine, 14);
  // `nämnden`, `stadsdelsnämnden`: the committee the document is addressed to
  if (role === 'decider' && (lower === 'nämnden' || lower === 'styrelsen' || lower === 'stadsdelsnämnden')) {
    return ADDRESSEE_RE.exec(header)?.[1]?.trim() ?? headerBodies(ctx).addressee;
  }
  if (role === 'proposer' && GENERIC_PROPOSERS.test(word)) {
    const office = headerBodies(ctx).office ?? OWN_OFFICE_RE.exec(header)?.[1];
    return office ? capitalizeFirst(office.trim()) : word;
  }
  return capitalizeFirst(word);
}

interface IntroMatch {
  index: number;
  end: number;
  proposer: string;
  decider: string;
  runIn: boolean;
  proposerInAccordance: boolean;
}

function findIntro(ctx: ExtractionContext): IntroMatch | null {
  const from = mainOffset(ctx);
  // a proposal is introduced near the top of the main document
  const text = ctx.doc.text.slice(from, from + 20_000);
  const found: (IntroMatch & { headingOnly: boolean; weak: boolean })[] = [];
  for (const rule of DECISION_INTRO_RULES) {
    // the first occurrence of each rule; rules compete on position below
    // a match holds its cue: try the pattern only around each occurrence of the cue (from the line
    // a few hundred characters before it), not over all 20,000 characters — the proposer patterns
    // try every capital letter
    let m: RegExpExecArray | null = null;
    let start = 0;
    for (let at = text.indexOf(rule.cue); at >= 0 && !m; at = text.indexOf(rule.cue, at + rule.cue.length)) {
      const lineBefore = text.lastIndexOf('\n', Math.max(0, at - 300));
      start = lineBefore < 0 ? 0 : lineBefore + 1;
      rule.pattern.lastIndex = 0;
      m = rule.pattern.exec(text.slice(start, at + 600));
    }
    if (!m) continue;
    found.push({
      index: from + start + m.index,
      end: from + start + m.index + m[0].length,
      proposer: m.groups?.proposer ?? rule.proposer ?? '',
      decider: m.groups?.decider ?? rule.decider ?? '',
      runIn: Boolean(m.groups?.runIn),
      proposerInAccordance: rule.proposerInAccordance === true,
      headingOnly: rule.headingOnly === true,
      weak: rule.weak === true,
    });
  }
  // a weak form (a letter's `har beslutat att`, which consulted bodies' answers share) only when
  // nothing explicit introduces the proposal
  if (found.some((f) => !f.weak)) found.splice(0, found.length, ...found.filter((f) => !f.weak));
  found.sort((a, b) => a.index - b.index);
  const first = found[0];
  if (!first) return null;
  // a heading (`Kommunstyrelsens förslag till kommunfullmäktige`) with an explicit introduction
  // right under it: the explicit one names both bodies and the points follow it
  // (but a protocol's `X beslutar i enlighet med arbetsutskottets förslag.` has no points of its own:
  // they are the proposal's, under the heading)
  if (first.headingOnly) {
    const explicit = found.find((f) => !f.headingOnly && f.index > first.index && f.index - first.end < 200);
    const pointless =
      explicit !== undefined &&
      /i\s+enlighet\s+med\s+\p{L}+s\s+förslag\s*\.?\s*$/u.test(
        ctx.doc.text
          .slice(explicit.index, explicit.end + 2)
          .split('\n')
          .slice(0, 2)
          .join(' '),
      );
    if (explicit && !pointless) return explicit;
    // a proposal heading over a report of it (`Kommunstyrelsen föreslog den 24 september … att …`)
    // and the body's own decision under its heading later: the decision's points are the points
    const reported =
      /^\s*\p{Lu}[^\n.]{0,60}?\s(?:föreslog|har\s+föreslagit|hade\s+föreslagit)(?![\p{L}])/u.test(
        ctx.doc.text.slice(first.end, first.end + 200),
      );
    const decided = found.find((f) => f.headingOnly && f.proposerInAccordance && f.index > first.index);
    if (reported && decided) return decided;
  }
  return first;
}

/**
 * Run-in points printed one to a line, each opening with `att` (`att bifalla …` / `att avslå …`):
 * a point is its line and the lines that continue it (lower-case, or after a dangling word); a line
 * that opens with a capital (a signer, a heading) or a blank line ends them. Null when the points are not printed that way.
 */
function attLines(text: string): string[] | null {
  const lines = text.split('\n');
  const points: string[] = [lines[0]?.trim() ?? ''];
  let sawAttLine = false;
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (ATT_LINE_RE.test(line)) {
      sawAttLine = true;
      points.push(line);
    } else if (
      line !== '' &&
      (/^[\p{Ll}\d(–-]/u.test(line) || CONTINUING_WORD_RE.test(points[points.length - 1] ?? ''))
    )
      // (a name may open the wrapped line after a dangling word: `… i Östmark och` / `Lekvattnet.`)
      points[points.length - 1] += ` ${line}`;
    else break;
  }
  if (!sawAttLine) return null;
  return points
    .flatMap((p) => p.split(RUN_IN_SPLIT_RE))
    .map(cleanRunIn)
    .filter((p) => p.length > 0);
}

function readRunIn(text: string): string[] {
  const byLine = attLines(text);
  if (byLine) return byLine;
  const sentenceEnd = /\.(?=\s+[A-ZÀ-ÖØ-Þ]|\s*$)/u.exec(text);
  const sentence = (sentenceEnd ? text.slice(0, sentenceEnd.index) : (text.split('\n\n')[0] ?? '')).replace(
    /\s+/gu,
    ' ',
  );
  return sentence
    .split(RUN_IN_SPLIT_RE)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function isStop(line: string): boolean {
  // a numbered section heading (`2 Sammanfattning`) ends the points as the bare one does
  return (
    DECISION_STOP_RE.test(line) ||
    SECTION_HEADING_RE.test(line.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu}\p{Ll})/u, ''))
  );
}

/** A point's marker: `1.`, `2)`, a bullet or a dash. */
const POINT_MARKER_RE = /^(?:(\d{1,2})[.)]|[•▪·–*-])\s+(.*)$/u;
/** The deciding body restated over its points: `Kommunfullmäktige beslutar` (`följande`, `att`, `:`). */
const DECIDER_LINE_RE =
  /^(?:Kommunfullmäktige|Kommunstyrelsen|Fullmäktige|Regionfullmäktige|Nämnden|Styrelsen|\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Ll}+)?(?:nämnden|styrelsen))\s+beslutar(?:\s+följande|\s+att)?\s*[.:]?$/u;
const DECIDER_RUN_IN_RE =
  /^(?:Kommunfullmäktige|Kommunstyrelsen|Fullmäktige|Regionfullmäktige|Nämnden|Styrelsen|\p{Lu}\p{L}*nämnden|\p{Lu}\p{L}*styrelsen)\s+beslutar\s+att\s+(.+)$/u;
/** The next numbered point on the same line as the previous one: `… promemoria. 2. Paragrafen …`. */
const INLINE_POINT_RE = /(?<=[.!?])\s+\d{1,2}[.)]\s+(?=\p{Lu})/u;
/** A run-in att-clause on its own line: `att bifalla motionen, och`. */
const ATT_LINE_RE = /^att\s+/u;

function cleanRunIn(point: string): string {
  return point
    .replace(/^att\s+/u, '')
    .replace(/[,;]?\s*(?:och|samt)\s*$/u, '')
    .replace(/[.,;:]+$/u, '')
    .trim();
}

/** Points printed after a `beslutar följande.` introduction: numbered, bulleted, run-in or plain. */
function readPoints(ctx: ExtractionContext, firstLine: number, restOfIntroLine: string): string[] {
  const points: string[] = [];
  const lines: { text: string; paragraphStart: boolean }[] = [
    ...(restOfIntroLine.trim() ? [{ text: restOfIntroLine.trim(), paragraphStart: false }] : []),
    ...ctx.doc.lines.slice(firstLine, firstLine + MAX_POINT_LINES),
  ];
  const layout = ctx.doc.hasLayout;
  let marked = false;
  let runIn = false;
  let current: string | null = null;
  const push = () => {
    // a numbered point may itself be an att-clause (`1. att bifalla motionen, och`); numbered
    // points run together on one line (`1. Remissen besvaras. 2. Paragrafen justeras.`) are several
    const parts = current === null ? [] : marked ? current.split(INLINE_POINT_RE) : [current];
    for (const part of parts)
      points.push(runIn || ATT_LINE_RE.test(part) ? cleanRunIn(part) : part.replace(/\s+/gu, ' ').trim());
    current = null;
  };
  for (const [i, line] of lines.entries()) {
    const text = line.text;
    if (isStop(text)) break;
    if (i === 0 && DECIDER_LINE_RE.test(text)) continue;
    // `Kommunfullmäktige beslutar att X, och att Y.` under a heading: run-in points on one line
    const restated = i === 0 ? DECIDER_RUN_IN_RE.exec(text) : null;
    if (restated?.[1]) {
      const rest = [restated[1], ...lines.slice(1).map((l) => l.text)].join('\n');
      return readRunIn(rest)
        .map(cleanRunIn)
        .filter((p) => p.length > 0);
    }
    const marker = POINT_MARKER_RE.exec(text);
    if (marker) {
      push();
      marked = true;
      current = marker[2] ?? '';
      continue;
    }
    if (ATT_LINE_RE.test(text) && (runIn || current === null)) {
      push();
      runIn = true;
      current = text;
      continue;
    }
    const prev: string | null = current;
    const unfinished = prev !== null && !/[.!?]$/u.test(prev);
    // wrapped lines of a point: a lower-case start, a dangling word, or (with layout) no paragraph break
    const continues =
      prev !== null &&
      ((unfinished && (/^[\p{Ll}\d(–-]/u.test(text) || CONTINUING_WORD_RE.test(prev))) ||
        (layout && !line.paragraphStart && (marked || runIn || unfinished)));
    if (continues) {
      current = `${prev} ${text}`;
      continue;
    }
    if (marked || runIn) break;
    if (unfinished) break;
    // a signer's name under unnumbered points ends them
    if (prev !== null && isPersonName(text)) break;
    push();
    current = text;
  }
  push();
  return points.filter((p) => p.length > 0);
}

/** Who proposed what a protocol records: `i enlighet med arbetsutskottets förslag`, in its section. */
function accordingTo(ctx: ExtractionContext, intro: IntroMatch, decider: string | null): string | null {
  // (on the line or after it; failing that, in the section before it: a votation `… beslutar
  // enligt kommunstyrelsens förslag` above `Kommunfullmäktiges beslut`)
  const named =
    intro.proposer ||
    ACCORDANCE_RE.exec(ctx.doc.text.slice(intro.index, intro.index + 4000))?.[1] ||
    ACCORDANCE_RE.exec(ctx.doc.text.slice(Math.max(mainOffset(ctx), intro.index - 3000), intro.index))?.[1];
  if (!named) return null;
  const lower = named.toLowerCase();
  if (SUB_COMMITTEE_RE.test(lower) && decider) return `${decider}s ${lower.replace(/et$/u, '')}`;
  return resolveBody(named, ctx, 'proposer');
}

/** The decision grants or refuses a request itself (R2): `hemställan bifalls`, `ansökan avslås`. */
const REQUEST_DECIDED_RE =
  /(?<![\p{L}])(?:hemställan|begäran|ansökan|framställan|framställningen|motionen|medborgarförslaget|e-förslaget|skrivelsen|yrkandet)(?:s|en)?(?:\s+\S+){0,12}?\s+(?:bifalls|avslås|beviljas|tillstyrks|avstyrks|bifaller|avslår|lämnas\s+utan\s+bifall)(?![\p{L}])|(?:bifalla|avslå|bevilja)\s+(?:\S+\s+){0,3}?(?:hemställan|begäran|ansökan|framställan|motionen|medborgarförslaget)/iu;

/** A point about the case or one of its parts (`motionens första att-sats`, `hemställan`). */
const CASE_PART_RE =
  /(?<![\p{L}])(?:motion(?:en|ens)?|medborgarförslag(?:et|ets)?|e-förslag(?:et)?|hemställan|framställan|att-sats(?:en|er|erna)?|begäran|ansökan|skrivelsen)(?![\p{L}])/iu;

/** What the proposal does to the thing answered (R2), read from the decision whatever the subject. */
function readOutcome(points: readonly string[], subject: Subject, decided: boolean): Outcome | null {
  // an answer to a remiss or an own proposal is `other` (R2), even when its decision has no points
  if (points.length === 0)
    return decided && (subject.kind === 'remiss' || subject.kind === 'forslag') ? 'other' : null;
  const text = points.join('\n');
  // one point approves (a part of) the case and another refuses or answers the rest (`bifalla
  // motionens andra att-sats`, `avslå motionens tredje att-sats`): approved in part
  const onCase = points.flatMap((p) =>
    CASE_PART_RE.test(p) ? [matchFirstRule(p, OUTCOME_RULES)?.label] : [],
  );
  const inPart = onCase.includes('bifall') && (onCase.includes('avslag') || onCase.includes('besvarad'));
  const label = inPart ? 'delvis_bifall' : (matchFirstRule(text, OUTCOME_RULES)?.label ?? null);
  const answersRequest = subject.kind !== 'remiss' && subject.kind !== 'forslag' && subject.kind !== 'other';
  if (answersRequest || subject.kind === null) return label ?? 'other';
  return label && label !== 'besvarad' && REQUEST_DECIDED_RE.test(text) ? label : 'other';
}

export function extractDecision(
  ctx: ExtractionContext,
  subject: Subject,
  documentType: DocumentType | null = null,
): DecisionFields {
  const intro = findIntro(ctx);
  let proposedDecision: string[] = [];
  let decisionBody: string | null = null;
  let proposedBy: string | null = null;
  if (intro) {
    decisionBody = resolveBody(intro.decider, ctx, 'decider');
    proposedBy = resolveBody(intro.proposer, ctx, 'proposer');
    if (intro.proposerInAccordance) proposedBy = accordingTo(ctx, intro, decisionBody);
    // `… beslutar att` over numbered points: each point completes the att-clause
    const pointsBelow =
      intro.runIn &&
      /^[ \t]*\n\s*(?:\d{1,2}[.)]|[•▪·–*-])\s/u.test(ctx.doc.text.slice(intro.end, intro.end + 40));
    if (intro.runIn && !pointsBelow) {
      proposedDecision = readRunIn(ctx.doc.text.slice(intro.end, intro.end + 3000));
    } else {
      const line = lineIndexAtOffset(ctx.doc, intro.end);
      const lineEnd = (ctx.doc.lines[line]?.start ?? 0) + (ctx.doc.lines[line]?.text.length ?? 0);
      proposedDecision = readPoints(ctx, line + 1, ctx.doc.text.slice(intro.end, lineEnd));
      // (each point below `… att` completes the att-clause: no final punctuation, no `och` / `samt`, R3)
      if (pointsBelow) proposedDecision = proposedDecision.map(cleanRunIn).filter((p) => p.length > 0);
    }
  }
  // a remissvar that tells what its committee has decided (`har … beslutat att lämna följande
  // yttrande`) is the decision's product, not a proposal: no points (R3)
  if (
    intro &&
    documentType === 'remissvar' &&
    /\b(?:beslutat|beslutade|beslöt)\b/u.test(ctx.doc.text.slice(intro.index, intro.end))
  )
    proposedDecision = [];
  // a remissvar is the answer itself, sent by the committee its letterhead names: that committee
  // decided it, and it proposes nothing to anyone (R2: outcome `other`)
  if (!intro && documentType === 'remissvar') decisionBody = headerBodies(ctx).addressee;
  if (proposedDecision.length === 0 && !(documentType === 'remissvar' && decisionBody)) {
    addIssue(
      ctx,
      'missing_field',
      'proposedDecision',
      'no proposal to the deciding body found',
      intro?.index ?? null,
    );
  }
  const presenterMatch = PRESENTER_RE.exec(ctx.doc.text);
  const presenter = presenterMatch?.[1]
    ? presenterMatch[1]
        .replace(/\s*\([^)]*\)/gu, '')
        // `X och borgarrådet Y` / `X och biträdande borgarrådet Y`: the second title is not part of the name
        .replace(/\s+och\s+(?:(?:biträdande|tillförordnade?)\s+)?(?:borgarrådet|kommunalrådet)\s+/gu, ' och ')
        .replace(/\s+/gu, ' ')
        .trim()
    : null;
  return {
    proposedDecision,
    decisionBody,
    proposedBy,
    outcome: readOutcome(proposedDecision, subject, decisionBody !== null),
    presenter,
  };
}
