// Subject line (`Motion (2017:40) av … (båda SD)`, `Remiss av … (SOU 2020:47) från …`) → subject
// kind, reference, sender and authors. Parties stay as printed; partyCode is the upper-cased copy.
import type { Author, Subject } from '../../model/case-record.ts';
import { addIssue, capitalizeFirst, type ExtractionContext, mainOffset } from '../extraction-context.ts';
import { matchFirstRule } from '../rules/rule.ts';
import { SECTION_HEADING_RE } from '../rules/section-rules.ts';
import {
  CITIZEN_PROPOSER_RES,
  MOTION_AUTHORS_BODY_RES,
  MOTION_CITED_RE,
  MOTION_NUMBER_RE,
  OWN_PROPOSAL_TITLE_RE,
  PARTY_NAME_RE,
  REFERRAL_REFERENCE_RE,
  REMISS_SENDER_RES,
  SUBJECT_KIND_BODY_RULES,
  SUBJECT_KIND_RULES,
} from '../rules/subject-rules.ts';
import { parsePersonList } from '../text/person-names.ts';

const AUTHORS_RE = /\b(?:av|från)\s+(.+)$/u;
const AUTHORS_END_RE = /\s+om\s+|\s*\((?:19|20)\d{2}:\d+\)|\s+angående\s+/u;
/** The sender after `från` / `av`, up to a bracket or the topic (`… om medel`). */
const SENDER_RES: readonly RegExp[] = [
  /\bfrån\s+([^()]+?)\s*(?:\(|\s[–-]\s|,|\s(?:om|angående|avseende|gällande|rörande|av|med)\s|$)/u,
  /\bav\s+([^()]+?)\s*(?:\(|\s[–-]\s|,|\s(?:om|angående|avseende|gällande|rörande|från|med)\s|$)/u,
];

/** Lines of a match that are a section heading above the sentence (`Ärendebeskrivning`), dropped. */
function dropHeadingLines(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 1 && SECTION_HEADING_RE.test((lines[0] ?? '').trim())) lines.shift();
  return lines.join('\n');
}

export function toAuthor(name: string, party: string | null): Author {
  return { name, party, partyCode: party ? party.toUpperCase() : null };
}

function readAuthors(subjectLine: string): Author[] {
  const m = AUTHORS_RE.exec(subjectLine);
  if (!m?.[1]) return [];
  const end = AUTHORS_END_RE.exec(m[1]);
  const list = end ? m[1].slice(0, end.index) : m[1];
  return parsePersonList(list, true).map((p) => toAuthor(p.name, p.party));
}

export function extractSubject(
  ctx: ExtractionContext,
  subjectLine: string | null,
  title: string | null = null,
): Subject {
  const subject: Subject = { kind: 'other', reference: null, from: null, authors: [] };
  const line = subjectLine?.trim() ?? '';
  const body = ctx.doc.text.slice(mainOffset(ctx));
  // the heading may itself be the subject (`Motion om fler bänkar` in a protocol extract)
  const kind =
    (line ? matchFirstRule(line, SUBJECT_KIND_RULES)?.label : undefined) ??
    (title ? matchFirstRule(title, SUBJECT_KIND_RULES)?.label : undefined);
  subject.kind =
    kind ??
    matchFirstRule(body.slice(0, 6000), SUBJECT_KIND_BODY_RULES)?.label ??
    (title && OWN_PROPOSAL_TITLE_RE.test(title) ? 'forslag' : 'other');

  if (subject.kind === 'motion') {
    // the number in the subject line, else where the text first cites the motion (`i en motion (2024:9)`)
    subject.reference =
      MOTION_NUMBER_RE.exec(line)?.[1] ?? MOTION_CITED_RE.exec(body.slice(0, 6000))?.[1] ?? null;
    subject.authors = readAuthors(line);
    const partyOnly = subject.authors.length > 0 && subject.authors.every((a) => PARTY_NAME_RE.test(a.name));
    if (subject.authors.length === 0 || partyOnly) {
      const inBody = MOTION_AUTHORS_BODY_RES.map((re) => re.exec(body.slice(0, 8000))?.[1]).find((s) => s);
      const people = inBody ? parsePersonList(dropHeadingLines(inBody), true) : [];
      if (people.length > 0) subject.authors = people.map((p) => toAuthor(p.name, p.party));
    }
    if (subject.authors.length === 0)
      addIssue(ctx, 'missing_field', 'subject.authors', 'no motion authors found', mainOffset(ctx));
  } else if (
    subject.kind === 'remiss' ||
    subject.kind === 'hemstallan' ||
    subject.kind === 'skrivelse' ||
    subject.kind === 'forslag'
  ) {
    // the reference may stand in the heading when a sender line follows it (`Remiss från X`)
    const ref = REFERRAL_REFERENCE_RE.exec(line) ?? (title ? REFERRAL_REFERENCE_RE.exec(title) : null);
    subject.reference = ref?.[1] && ref[2] ? `${ref[1]} ${ref[2]}` : null;
    const stripped = line.replace(/^Svar på |^(?:Yttrande|Remissvar|Svar) (?:till \S+ )?över /u, '');
    const sender =
      SENDER_RES.map((re) => re.exec(stripped)?.[1]?.trim()).find(
        (s) => s && !/^(?:betänkandet|promemorian|remissen)\b/u.test(s),
      ) ??
      (subject.kind === 'remiss'
        ? REMISS_SENDER_RES.map((re) => re.exec(line)?.[1] ?? re.exec(body.slice(0, 8000))?.[1]).find(
            (s) => s,
          )
        : undefined);
    if (sender && subject.kind === 'skrivelse' && /\(/u.test(line)) subject.authors = readAuthors(line);
    else if (sender) subject.from = capitalizeFirst(sender.replace(/[.,;:]+$/u, ''));
  } else if (subject.kind === 'medborgarforslag') {
    for (const re of CITIZEN_PROPOSER_RES) {
      const m = re.exec(body);
      if (m?.[1]) {
        const names = dropHeadingLines(m[1]).split(/, | och /u);
        subject.authors = names.map((name) => toAuthor(name.replace(/\s+/gu, ' ').trim(), null));
        break;
      }
    }
  }
  return subject;
}
