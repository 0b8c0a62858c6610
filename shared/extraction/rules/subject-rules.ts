// What the case is about, as printed on the line under the heading → subject kind. First match wins.
import type { SUBJECT_KINDS } from '../../model/case-record.ts';
import type { LabelRule } from './rule.ts';

type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Where the subject line starts inside a header block (case-sensitive: the line starts a sentence). */
export const SUBJECT_START_RE =
  /(?:^|\s)(?:Motion\s*(?=\(|av\b|\d|från\b|den\s+\d)|Remiss\s+(?:av|från|om)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Remiss(?:en)?\s*\(|Hemställan\s+(?:från|av|om)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Skrivelse\s+(?:från|av)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Svar på (?:remiss|motion|medborgarförslag|skrivelse|e-förslag)|Medborgarförslag\s+(?:från|av|om|\()|E-förslag\s+(?:från|av|om)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Förslag från\b)/u;

export const SUBJECT_KIND_RULES: readonly LabelRule<SubjectKind>[] = [
  {
    pattern: /^(?:Svar på )?medborgarförslag|^(?:Svar på )?e-förslag/iu,
    label: 'medborgarforslag',
    gloss: "citizen's proposal",
  },
  { pattern: /^(?:Svar på )?motion\b/iu, label: 'motion', gloss: "councillor's motion" },
  { pattern: /^(?:Svar på )?remiss\b/iu, label: 'remiss', gloss: 'referral for comment' },
  { pattern: /^hemställan\b/iu, label: 'hemstallan', gloss: 'request from a committee' },
  { pattern: /^(?:Svar på )?skrivelse\b/iu, label: 'skrivelse', gloss: 'written request' },
  { pattern: /^förslag från\b/iu, label: 'forslag', gloss: 'proposal from' },
];

/** Kind read from the running text when no subject line is printed (`har i ett medborgarförslag`). */
export const SUBJECT_KIND_BODY_RULES: readonly LabelRule<SubjectKind>[] = [
  {
    pattern: /\bhar i ett medborgarförslag\b|\bMedborgarförslaget\b/u,
    label: 'medborgarforslag',
    gloss: "in a citizen's proposal",
  },
  {
    pattern: /\bI en motion (?:till|som)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|\bMotionärerna?\b/u,
    label: 'motion',
    gloss: 'in a motion',
  },
];

/** A national referral's reference: `SOU 2020:47`, `Ds 2019:3`, `prop. 2017/18:1`. */
export const REFERRAL_REFERENCE_RE =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(SOU|Ds|DS|[Pp]rop\.|[Dd]ir\.)\s?(\d{4}(?:\/\d{2})?:\d{1,4})(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])/u;
/** `(2017:40)` or `2017:40` for a council motion's number. */
export const MOTION_NUMBER_RE =
  /\(?(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])((?:19|20)\d{2}:\d{1,4})(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])\)?/u;
/** The proposer of a citizen's proposal in the running text. */
export const CITIZEN_PROPOSER_RES: readonly RegExp[] = [
  /([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3}) har i ett (?:medborgarförslag|e-förslag)/u,
  /(?:Medborgarförslag|E-förslag) (?:från|av) ([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})/u,
  /(?:[Mm]edborgarförslag|[Ee]-förslag)\s+har\s+(?:inkommit|kommit\s+in|lämnats\s+in|lämnats)\s+(?:från|av)\s+([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})/u,
  /Förslagsställare:?\s+([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})/u,
];
