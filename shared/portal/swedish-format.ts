// Values → how a Swedish reader expects to see them: dates (1 december 2026), times (kl. 08.44, in
// Stockholm's time zone), numbers (12 345) and counted nouns (1 ärende, 2 ärenden). Pure.

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2026-12-01` → `1 december 2026`; anything else is returned as it is. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant → `1 december 2026 kl. 08.44`, Stockholm time (summer time included). */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(STOCKHOLM_TIME.formatToParts(date).map((p) => [p.type, p.value]));
  return `${formatDate(`${parts.year}-${parts.month}-${parts.day}`)} kl. ${parts.hour}.${parts.minute}`;
}

const NUMBER = new Intl.NumberFormat('sv-SE');

/** 12345 → `12 345` (a narrow no-break space between thousands, as Swedish writes them). */
export const formatNumber = (n: number): string => NUMBER.format(n);

/** `count(1, 'ärende', 'ärenden')` → `1 ärende`; `count(2, …)` → `2 ärenden`. */
export const count = (n: number, one: string, many: string): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/** A share → `12 %` (Swedish puts a space before the percent sign). */
export const formatPercent = (share: number): string => `${formatNumber(Math.round(share * 100))} %`;
