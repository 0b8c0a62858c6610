// A body's units → the day it decided its answer (meetingDate) and the date of the written statement
// its answer rests on (statementDate, R6). Dates of other events in the same sentences (the remiss
// going out, its deadline, the motion being raised, an earlier case) are not either.
import { DATE_SOURCE, isoFromGroups } from '../text/swedish-date.ts';
import type { Attributed, Unit } from './units.ts';

const D = DATE_SOURCE;
/** Groups of DATE_SOURCE start at 1 in each of these patterns. */
const MEETING_RES: readonly RegExp[] = [
  new RegExp(`(?:sammanträde(?:t)?|möte(?:t)?)\\s+(?:den\\s+)?${D}`, 'iu'),
  new RegExp(
    `(?<![\\p{L}])(?:beslutade|beslöt|beslutat|\\p{L}*beslut(?:et)?|behandlade(?:\\s+\\p{L}+){0,2}|protokoll(?:et)?|minnesanteckningar|protokollsutdrag)(?:\\s+(?:om\\s+yttrandet|i\\s+ärendet|(?:om\\s+)?(?:sitt|sina)\\s+(?:yttrande|svar|remissvar)))?\\s*,?\\s+(?:den\\s+)?${D}`,
    'iu',
  ),
  new RegExp(`(?:fattade\\s+beslut(?:\\s+\\p{L}+){0,3}?|beslut(?:et)?\\s+fattades)\\s+den\\s+${D}`, 'iu'),
  new RegExp(`(?<![\\p{L}])fattade\\s+den\\s+${D}\\s+(?:ett\\s+)?beslut`, 'iu'),
  // `har den 17 mars 2016 överlämnat …`, `som nämnden den 22 mars 2016 beslutade att överlämna`
  new RegExp(
    `(?<![\\p{L}])den\\s+${D}\\s+(?:beslutat|beslutade|beslöt|överlämnat|överlämnade|behandlat|behandlade|yttrat\\s+sig|lämnat)`,
    'iu',
  ),
  new RegExp(`^\\(?${D}\\s*,?\\s*§\\s*\\d+`, 'iu'),
  // `Utbildningsnämnden (2022-01-24, § 8)`, `(Stadsbyggnadsnämnden 2016-02-24, § 41)`: a date with its paragraph
  new RegExp(`${D}\\s*,\\s*§\\s*\\d+`, 'iu'),
  new RegExp(`${D}\\s*\\(\\s*§\\s*\\d+\\s*\\)`, 'iu'),
];
/** A table cell that is a date and nothing else. */
const DATE_CELL_RE = new RegExp(`^${D}$`, 'iu');
const TABLE_MEETING_RES: readonly RegExp[] = [...MEETING_RES, DATE_CELL_RE];
const HEADING_DATE_RES: readonly RegExp[] = [new RegExp(D, 'iu')];
const STATEMENT_RES: readonly RegExp[] = [
  // `i sitt svar den 12 september 2018`
  new RegExp(`(?<![\\p{L}])i\\s+(?:sitt|sina|dess|deras)\\s+svar\\s+(?:daterat\\s+)?(?:den\\s+)?${D}`, 'iu'),
  new RegExp(
    `(?<![\\p{L}])(?:tjänsteutlåtande|kontorsyttrande|yttrande|tjänsteskrivelse|remissvar|remissyttrande|skrivelse|promemoria)(?:t|n|na)?,?\\s+(?:är\\s+)?(?:daterat|daterad|daterade|av|från)?\\s*(?:den\\s+)?${D}`,
    'iu',
  ),
];
/** A decision list's line for a written answer: `– Yttrande från Polismyndigheten, Polisregion Syd, 2015-06-12`. */
const UNDERLAG_STATEMENT_RES: readonly RegExp[] = [
  ...STATEMENT_RES,
  new RegExp(
    `^(?:[–•*-]\\s*)?(?:yttrande|remissvar|remissyttrande|skrivelse)\\s+från\\s+[^\\d]{3,120}?,?\\s+${D}`,
    'iu',
  ),
];
/** Dates that belong to something else in the sentence. */
const DISTRACTOR_BEFORE_RE =
  /(?:väcktes|väckt|inkom|inkommen|skickades(?:\s+ut)?|utsänd|sändes|senast|svar\s+senast|från\s+och\s+med|till\s+och\s+med|tidigare|i\s+ett\s+tidigare|remisstiden|remiss\s+den|genom\s+remiss|(?:beslutade|beslutat|beslöt)\s+(?:om\s+)?(?:sitt|sina))\s*(?:den\s+)?$/iu;

const GLOBALS = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBALS.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBALS.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

function firstDate(text: string, res: readonly RegExp[]): string | null {
  // no date in the text at all: nothing to look for
  if (!/\d{4}/u.test(text)) return null;
  let best: { iso: string; index: number } | null = null;
  for (const re of res) {
    const global = globalOf(re);
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (DISTRACTOR_BEFORE_RE.test(before)) continue;
      const iso = isoFromGroups(m, 1);
      if (iso && (!best || m.index < best.index)) best = { iso, index: m.index };
      break;
    }
  }
  return best?.iso ?? null;
}

export interface BodyDates {
  meetingDate: string | null;
  statementDate: string | null;
}

/** Dates from the body's own units, decision and office intro first, then table rows and decision lists. */
export function readDates(
  attributed: readonly Attributed[],
  underlag: readonly Unit[],
  /** A committee or council decides at a meeting; a company or an outside body writes a statement. */
  decidesAtMeetings = true,
): BodyDates {
  const byRole = (...roles: Attributed['role'][]) =>
    roles.flatMap((role) => attributed.filter((a) => a.role === role));
  // a table row without its first cell's name, but with what that cell says in parentheses
  // (`Fritidsnämnden (2023-09-19, § 71)`, `Region Kronoberg (yttrande 2023-10-02)`)
  const textOf = (a: Attributed) => {
    if (a.unit.cells.length <= 1) return a.unit.text;
    const note = /\(([^()]*)\)?\s*$/u.exec(a.unit.cells[0] ?? '')?.[1];
    return [note, ...a.unit.cells.slice(1)].filter(Boolean).join(' ');
  };
  let meetingDate: string | null = null;
  for (const a of byRole('decision', 'table', 'statement', 'office', 'list')) {
    const res = a.role === 'table' ? TABLE_MEETING_RES : MEETING_RES;
    meetingDate ??= firstDate(textOf(a), res);
  }
  let statementDate: string | null = null;
  for (const a of byRole('office', 'decision', 'statement', 'list', 'table'))
    statementDate ??= firstDate(textOf(a), STATEMENT_RES);
  // a table's date column (`Fritidsnämnden | 2020-05-20 | Inga synpunkter.`): the day a committee
  // decided, the day a company or an outside body wrote
  const dateCell = byRole('table')
    .flatMap((a) => a.unit.cells.slice(1))
    .map((cell) => (DATE_CELL_RE.test(cell.trim()) ? firstDate(cell.trim(), TABLE_MEETING_RES) : null))
    .find((iso) => iso !== null);
  // or the date the body's heading carries (`Tekniska nämnden, 2005-04-12`)
  const dated =
    dateCell ??
    attributed
      .filter((a) => a.unit.kind === 'heading')
      .map((a) => firstDate(a.unit.text, HEADING_DATE_RES))
      .find((iso) => iso !== null);
  if (dated && !meetingDate && !statementDate) {
    if (decidesAtMeetings) meetingDate = dated;
    else statementDate = dated;
  }
  for (const u of underlag) {
    meetingDate ??= firstDate(u.text, MEETING_RES);
    statementDate ??= firstDate(u.text, UNDERLAG_STATEMENT_RES);
  }
  return { meetingDate, statementDate };
}
