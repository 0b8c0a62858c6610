// Phrases that frame the consultation: the remiss list (`Ärendet har remitterats till …`), bodies
// that answered unasked, and where a body's meeting date and its statement's date are printed.
import { DATE_SOURCE } from '../text/swedish-date.ts';

/** Start of the remiss list (`Ärendet har remitterats till`); the list runs to the end of the sentence. */
export const REMISS_LIST_RES: readonly RegExp[] = [
  /har\s+(?:remitterats|skickats\s+(?:ut\s+)?på\s+remiss|sänts\s+(?:ut\s+)?på\s+remiss|gått\s+på\s+(?:intern)?remiss|varit\s+på\s+remiss)\s+(?:för\s+yttrande\s+)?till\s+/u,
  /har\s+remitterat\s+(?:motionen|ärendet|förslaget|medborgarförslaget|skrivelsen|hemställan|remissen)\s+(?:för\s+yttrande\s+)?till\s+/u,
  /\bRemissinstanser(?:na)?\s+(?:har\s+varit|är|var)\s*:?\s+/u,
];

/** A list printed as bullets under its introduction: `… till följande remissinstanser:` */
export const BULLET_LIST_HEAD_RE = /^\s*(?:följande(?:\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+){0,3})?\s*:[ \t]*\n/u;
/** One item of such a list: `– Trafiknämnden,`, `• Region Stockholm och`, `1. Stadsledningskontoret`. */
export const BULLET_LIST_ITEM_RE = /^(?:[–•*-]|\d{1,2}[.)])\s+(.+?)\s*(?:[,;.]|\s+(?:och|samt))?$/u;

/** Where the list sentence ends early (`…, med svar senast 2013-02-28.`). */
export const REMISS_LIST_END_RE =
  /,?\s+(?:med\s+svar\s+senast|för\s+yttrande|med\s+begäran|med\s+sista\s+svarsdag|senast\s+den)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])|\.(?=\s+[A-ZÀ-ÖØ-Þ\d]|\s*$)/u;

/** Bodies that answered without being on the list; they follow the listed ones. */
export const UNLISTED_ANSWER_RES: readonly RegExp[] = [
  /\bYttrande(?:n)?\s+har\s+(?:även|också|dessutom)\s+(?:inkommit|lämnats|kommit\s+in)\s+från\s+/u,
  /(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d])(?:Även|Dessutom\s+har)\s+(?=[A-ZÀ-ÖØ-Þ])(?=[^.]{3,120}\s+har\s+(?:yttrat\s+sig|inkommit\s+med\s+(?:ett\s+)?yttrande))/u,
];

const DISTRICT_NAME = '[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž]*(?:-[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž]*)*';
const DISTRICT_NAMES = `${DISTRICT_NAME}(?:(?:,\\s*|\\s+och\\s+)${DISTRICT_NAME})+`;
/** One statement for several districts: `Bromma och Kungsholmens stadsdelsnämnder avstyrker …`. */
export const DISTRICT_GROUP_STATEMENT_RE = new RegExp(
  `^(?:Stadsdelsnämnderna\\s+(?:i\\s+|för\\s+)?(${DISTRICT_NAMES})|(${DISTRICT_NAMES})\\s+stadsdelsnämnder)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ž])`,
  'u',
);

/** A grouped list of districts: `stadsdelsnämnderna (för|i) Farsta, …`. */
export const DISTRICT_GROUP_RE = /^stadsdels(?:nämnderna|förvaltningarna)\s+(?:för\s+|i\s+)?(.+)$/iu;
/** The same group written the other way round: `Farsta och Norrmalms stadsdelsnämnder`. */
export const DISTRICT_GROUP_SUFFIX_RE = /^(.+?)\s+stadsdels(?:nämnder|förvaltningar)$/iu;

/** When a body decided: `beslutade vid sitt sammanträde den 30 januari 2018`, `nämndens beslut 2019-08-22`. */
export const MEETING_DATE_RES: readonly RegExp[] = [
  new RegExp(`\\bsammanträde(?:t)?\\s+(?:den\\s+)?${DATE_SOURCE}`, 'iu'),
  new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:beslutade|beslöt|beslut)\\s+(?:den\\s+)?${DATE_SOURCE}`, 'iu'),
  new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:behandlade|behandlat)\\s+(?:ärendet|remissen|frågan)\\s+(?:den\\s+)?${DATE_SOURCE}`,
    'iu',
  ),
];

/** The date of the body's written statement: `tjänsteutlåtande daterat den …`, `yttrande av den …`. */
export const STATEMENT_DATE_RES: readonly RegExp[] = [
  new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ž\\d])(?:tjänsteutlåtande|kontorsyttrande|yttrande|tjänsteskrivelse|remissvar|remissyttrande|skrivelse|promemoria)(?:t|n)?,?\\s+(?:är\\s+)?(?:daterat|daterad|av|från)?\\s*(?:den\\s+)?${DATE_SOURCE}`,
    'iu',
  ),
];

/** Sentences that start by naming the answering body in passing: `I sitt yttrande … konstaterar X`. */
export const INDIRECT_SUBJECT_RE = /^(?:I|Av|Enligt|Även)\s/u;

/** Lines that end the summary of answers (the author's own view starts). */
export const SUMMARY_END_RE =
  /^(?:Borgarrådsberedningen\s+tillstyrker|Kommunstyrelsen\s+delar|Stockholm den\b)/u;
