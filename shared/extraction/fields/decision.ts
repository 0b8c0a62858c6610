// The proposal → proposedDecision (each point as printed, in order), decisionBody, proposedBy,
// outcome, presenter. Stops before `beslutar för egen del` blocks: they are not part of the proposal.
import type { Outcome, Subject } from '../../model/case-record.ts';
import { addIssue, capitalizeFirst, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import {
  CONTINUING_WORD_RE,
  DECISION_BODY_NAMES,
  DECISION_INTRO_RULES,
  NUMBERED_POINT_RE,
  RUN_IN_SPLIT_RE,
} from '../rules/decision-rules.ts';
import { OUTCOME_RULES } from '../rules/outcome-rules.ts';
import { matchFirstRule } from '../rules/rule.ts';
import { DECISION_STOP_RE, SECTION_HEADING_RE } from '../rules/section-rules.ts';
import { lineIndexAtOffset } from '../text/document-text.ts';
import { isPersonName } from '../text/person-names.ts';
import { linesText } from './header.ts';

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
  /(?:^|\s)((?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*s\s+)?(?:stadsdelsförvaltning|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*förvaltning(?:en)?|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]*kontoret|Kommunstyrelsens förvaltning|Stadskontoret))(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;
const GENERIC_PROPOSERS =
  /^(?:Förvaltningen|Stadsdelsförvaltningen|Kontoret|Stadsledningskontoret|Stadskontoret)$/u;

function resolveBody(word: string, ctx: ExtractionContext, role: 'decider' | 'proposer'): string | null {
  const lower = word.toLowerCase();
  const known = DECISION_BODY_NAMES[lower];
  if (known) return known;
  const header = linesText(ctx.doc, ctx.mainLine, 14);
  if (role === 'decider' && (lower === 'nämnden' || lower === 'styrelsen')) {
    return ADDRESSEE_RE.exec(header)?.[1]?.trim() ?? null;
  }
  if (role === 'proposer' && GENERIC_PROPOSERS.test(word)) {
    const office = OWN_OFFICE_RE.exec(header)?.[1];
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
}

function findIntro(ctx: ExtractionContext): IntroMatch | null {
  const from = mainOffset(ctx);
  // a proposal is introduced near the top of the main document
  const text = ctx.doc.text.slice(from, from + 20_000);
  let best: IntroMatch | null = null;
  for (const rule of DECISION_INTRO_RULES) {
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(text);
    if (!m?.groups || (best && m.index >= best.index - from)) continue;
    best = {
      index: from + m.index,
      end: from + m.index + m[0].length,
      proposer: m.groups.proposer ?? rule.proposer ?? '',
      decider: m.groups.decider ?? rule.decider ?? '',
      runIn: Boolean(m.groups.runIn),
    };
  }
  return best;
}

function readRunIn(text: string): string[] {
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
  return DECISION_STOP_RE.test(line) || SECTION_HEADING_RE.test(line);
}

/** Points printed after a `beslutar följande.` introduction, numbered or not. */
function readPoints(ctx: ExtractionContext, firstLine: number, restOfIntroLine: string): string[] {
  const points: string[] = [];
  const lines = ctx.doc.lines;
  let numbered = false;
  let current: string | null = null;
  const push = () => {
    if (current !== null) points.push(current.replace(/\s+/gu, ' ').trim());
    current = null;
  };
  const pending = restOfIntroLine.trim() ? [restOfIntroLine.trim()] : [];
  const source = [...pending, ...lines.slice(firstLine, firstLine + MAX_POINT_LINES).map((l) => l.text)];
  for (const line of source) {
    if (isStop(line)) break;
    const num = NUMBERED_POINT_RE.exec(line);
    if (num) {
      push();
      numbered = true;
      current = num[2] ?? '';
      continue;
    }
    const prev: string | null = current;
    const continues =
      prev !== null &&
      !/[.!?]$/u.test(prev) &&
      (/^[a-zß-öø-ÿ\d(–-]/u.test(line) || CONTINUING_WORD_RE.test(prev));
    if (continues) {
      current = `${prev} ${line}`;
      continue;
    }
    if (numbered) break;
    if (prev !== null && !/[.!?]$/u.test(prev)) break;
    // a signer's name under unnumbered points ends them
    if (prev !== null && isPersonName(line)) break;
    push();
    current = line;
  }
  push();
  return points.filter((p) => p.length > 0);
}

function readOutcome(points: readonly string[], subject: Subject): Outcome | null {
  if (points.length === 0) return null;
  if (subject.kind === null || subject.kind === 'other') return 'other';
  return matchFirstRule(points.join('\n'), OUTCOME_RULES)?.label ?? 'other';
}

export function extractDecision(ctx: ExtractionContext, subject: Subject): DecisionFields {
  const intro = findIntro(ctx);
  let proposedDecision: string[] = [];
  let decisionBody: string | null = null;
  let proposedBy: string | null = null;
  if (intro) {
    decisionBody = resolveBody(intro.decider, ctx, 'decider');
    proposedBy = resolveBody(intro.proposer, ctx, 'proposer');
    if (intro.runIn) {
      proposedDecision = readRunIn(ctx.doc.text.slice(intro.end, intro.end + 3000));
    } else {
      const line = lineIndexAtOffset(ctx.doc, intro.end);
      const lineEnd = (ctx.doc.lines[line]?.start ?? 0) + (ctx.doc.lines[line]?.text.length ?? 0);
      proposedDecision = readPoints(ctx, line + 1, ctx.doc.text.slice(intro.end, lineEnd));
    }
  }
  if (proposedDecision.length === 0) {
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
    outcome: readOutcome(proposedDecision, subject),
    presenter,
  };
}
