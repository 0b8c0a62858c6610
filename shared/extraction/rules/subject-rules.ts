// What the case is about, as printed on the line under the heading → subject kind. First match wins.
import type { SUBJECT_KINDS } from '../../model/case-record.ts';
import { PARTY_NAMES } from './party-rules.ts';
import type { LabelRule } from './rule.ts';

type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Where the subject line starts inside a header block (case-sensitive: the line starts a sentence). */
export const SUBJECT_START_RE =
  /(?:^|\s)(?:Motion\s*(?=\(|av\b|\d|från\b|den\s+\d|väckt\b)|Remiss\s+(?:av|från|om)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Remiss(?:en)?\s*\(|Hemställan\s+(?:från|av|om)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Skrivelse\s+(?:från|av)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Svar på (?:remiss|motion|medborgarförslag|skrivelse|e-förslag)|Medborgarförslag\s+(?:från|av|om|\()|E-förslag\s+(?:från|av|om)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|Förslag från\b|(?:Yttrande|Remissvar|Svar)\s+(?:till\s+\p{Lu}\p{L}+\s+)?över\s+(?:remiss|remissen|betänkandet|promemorian|departementspromemorian)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d]))/u;

export const SUBJECT_KIND_RULES: readonly LabelRule<SubjectKind>[] = [
  {
    pattern: /^(?:Svar på )?medborgarförslag|^(?:Svar på )?e-förslag/iu,
    label: 'medborgarforslag',
    gloss: "citizen's proposal",
  },
  { pattern: /^(?:Svar på )?motion\b/iu, label: 'motion', gloss: "councillor's motion" },
  {
    pattern:
      /^(?:Svar på |(?:Yttrande|Remissvar|Svar) (?:till \S+ )?över )?remiss(?:en)?\b|^(?:Yttrande|Remissvar|Svar) (?:till \S+ )?över (?:betänkandet|promemorian|departementspromemorian)\b|^Remissvar\b|^Yttrande (?:till \S+ )?över (?!motion|medborgarförslag|e-förslag|skrivelse)|^(?:Betänkandet|Departementspromemorian|Promemorian) \p{Lu}/iu,
    label: 'remiss',
    gloss: 'referral for comment (or the answer to one)',
  },
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
/** A motion cited by its number in running text: `har i en motion (2024:9) föreslagit`. */
export const MOTION_CITED_RE = /(?<![\p{L}])(?:i\s+en\s+)?motion(?:en)?\s+\((\d{4}:\d{1,3})\)/iu;

export const MOTION_NUMBER_RE =
  /\(?(?<![\p{L}\d])((?:19|20)\d{2}:\d{1,4}|\d{1,3}\/(?:19|20)\d{2})(?![\p{L}\d])\)?/u;

/** Motion authors in the running text when the subject line names none: `X (V) föreslår i en motion`. */
export const MOTION_AUTHORS_BODY_RES: readonly RegExp[] = [
  /(?:^|\n|[.]\s+)((?:\p{Lu}[\p{L}'-]+\s+){1,3}\([^)]{1,12}\)(?:(?:,\s*|\s+och\s+)(?:\p{Lu}[\p{L}'-]+\s+){1,3}\([^)]{1,12}\))*)\s+(?:föreslår|anför|framhåller|menar|vill|har)\s+i\s+(?:en|sin)\s+(?:gemensam\s+)?motion/u,
  /(?:^|\n|[.]\s+)I\s+en\s+motion(?:[^.]{0,80}?)\s+(?:föreslår|anför|framhåller|menar)\s+((?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:m\.?\s?fl\.?\s+)?\([^)]{1,12}\)(?:(?:,\s*|\s+och\s+)(?:\p{Lu}[\p{L}'-]+\s+){1,3}\([^)]{1,12}\))*)/u,
];
/** The proposer of a citizen's proposal in the running text. */
export const CITIZEN_PROPOSER_RES: readonly RegExp[] = [
  // one proposer or several (`Linnea Forsberg och Oscar Bäckman föreslår i ett medborgarförslag`)
  /((?:\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3})(?:(?:, | och )\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3})*) (?:har|föreslår|vill|anför) i ett (?:gemensamt )?(?:medborgarförslag|e-förslag)/u,
  /(?:Medborgarförslag|E-förslag) (?:från|av) ([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})/u,
  /(?:[Mm]edborgarförslag|[Ee]-förslag)\s+har\s+(?:inkommit|kommit\s+in|lämnats\s+in|lämnats)\s+(?:från|av)\s+([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})/u,
  /Förslagsställare:?\s+([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'-]+){1,3})/u,
];

/**
 * A proposal from the municipality's own organisation (R1): its heading names a programme, plan,
 * guidelines, policy, implementation or investment decision, acquisition or tariff.
 */
export const OWN_PROPOSAL_TITLE_RE =
  /(?:^|[\s-])(?:\p{L}*(?:program|plan|riktlinjer|policy|strategi|genomförandebeslut|inriktningsbeslut|investeringsbeslut|reglemente|taxa|taxor|avgifter)|förvärv|försäljning)(?![\p{L}])/iu;

/** Who sent a remiss, from the running text: `Justitiedepartementet har gett Huddinge kommun möjlighet att yttra sig`. */
export const REMISS_SENDER_RES: readonly RegExp[] = [
  // a header label: `Remittent: Socialdepartementet (S2025/01377)`
  /^Remittent\s*:?\s+(\p{Lu}[\p{L}-]+(?:\s+(?:i\s+)?\p{Lu}[\p{L}-]+)*(?:\s+län)?)/mu,
  // a remissvar letter's addressee on its own line: `Infrastrukturdepartementet`
  /^(\p{Lu}\p{Ll}+departementet)$/mu,
  // `Yttrande till Socialdepartementet över promemorian …`
  /^(?:Yttrande|Remissvar|Svar)\s+till\s+(\p{Lu}[\p{L}-]*(?:departementet|verket|myndigheten)|Region\s+\p{Lu}\p{L}+|Regeringskansliet)\s+över/u,
  // `Göteborgs Stad har fått promemorian på remiss från Socialdepartementet`
  /(?<![\p{L}])(?:fått|erhållit|tagit\s+emot)\s+(?:\p{L}+\s+){1,3}?på\s+remiss\s+från\s+(\p{Lu}[\p{L}-]*(?:departementet|verket|myndigheten)|Region\s+\p{Lu}\p{L}+|Regeringskansliet|Länsstyrelsen(?:\s+i\s+\p{Lu}\p{L}+(?:\s+län)?)?)/u,
  // `Region Uppsala har som regional kollektivtrafikmyndighet remitterat ett förslag …`
  /(?:^|\n|[.]\s+)(\p{Lu}[\p{L}-]*(?:departementet|verket|myndigheten)|Region\s+\p{Lu}\p{L}+|Regeringskansliet|Länsstyrelsen(?:\s+i)?(?:\s+\p{Lu}\p{L}+(?:\s+län)?)?)\s+har\s+(?:[^.]{0,60}?\s)?(?:remitterat\s|(?:sänt|skickat)\s+[^.]{0,160}?\s+på\s+remiss(?![\p{L}]))/u,
  /(?<![\p{L}])har\s+av\s+(\p{Lu}[\p{L}-]*(?:departementet|verket|myndigheten|inspektionen|styrelsen)|Regeringskansliet|Kommunstyrelsen|Länsstyrelsen(?:\s+i)?(?:\s+\p{Lu}\p{L}+(?:\s+län)?)?|Region\s+\p{Lu}\p{L}+)\s+(?:beretts|getts|givits|fått|erbjudits)\s+(?:möjlighet|tillfälle)\s+att\s+(?:yttra|lämna)/u,
  /(?:^|\n|[.]\s+)(\p{Lu}[\p{L}-]*(?:departementet|verket|myndigheten|inspektionen|styrelsen)|Regeringskansliet|Kommunstyrelsen|Länsstyrelsen(?:\s+i\s+\p{Lu}\p{L}+(?:\s+län)?)?|Region\s+\p{Lu}\p{L}+)\s+har\s+(?:genom\s+remiss\s+(?:den\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+)?)?(?:gett|givit|berett|bjudit\s+in)\s+\p{Lu}[\p{L}\s]{0,40}?\s+(?:möjlighet|tillfälle)\s+att\s+(?:yttra|lämna)/u,
];

/** A party's name where a motion's author stands (`motion från Liberalerna`): its people are named in the text. */
export const PARTY_NAME_RE = new RegExp(`^(?:${PARTY_NAMES.map((p) => p.name).join('|')})$`, 'iu');
