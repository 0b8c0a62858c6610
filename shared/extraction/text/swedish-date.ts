// Swedish date phrases (`den 25 april 2018`, `27 MAJ 2013`, `2020-08-26`) → ISO `YYYY-MM-DD`.
// Dates may be broken across lines (any whitespace between the parts); impossible dates give null.

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

export const MONTH_NAMES = Object.keys(MONTHS).join('|');

/** Source of a date phrase: day, month name, year — or an ISO date. Groups: 1 day, 2 month, 3 year, 4 iso. */
export const DATE_SOURCE = `(?:(\\d{1,2})\\s+(${MONTH_NAMES})\\s+(\\d{4})|(\\d{4}-\\d{2}-\\d{2}))`;

const DATE_RE = new RegExp(DATE_SOURCE, 'iu');
const DATE_RE_GLOBAL = new RegExp(DATE_SOURCE, 'giu');

export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = [
    31,
    (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (day > (daysInMonth[month - 1] ?? 0)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Turns the groups of a DATE_SOURCE match (starting at `offset`) into an ISO date. */
export function isoFromGroups(m: RegExpExecArray, offset: number): string | null {
  const iso = m[offset + 3];
  if (iso) {
    const [y, mo, d] = iso.split('-').map(Number);
    return toIsoDate(y ?? 0, mo ?? 0, d ?? 0);
  }
  const day = Number(m[offset]);
  const month = MONTHS[(m[offset + 1] ?? '').toLowerCase()] ?? 0;
  return toIsoDate(Number(m[offset + 2]), month, day);
}

/** The first date in `text` as ISO, or null. */
export function parseSwedishDate(text: string): string | null {
  const m = DATE_RE.exec(text);
  return m ? isoFromGroups(m, 1) : null;
}

/** Every date in `text`, in order, with its offset. */
export function findDates(text: string): { iso: string; index: number; length: number }[] {
  const out: { iso: string; index: number; length: number }[] = [];
  DATE_RE_GLOBAL.lastIndex = 0;
  for (let m = DATE_RE_GLOBAL.exec(text); m; m = DATE_RE_GLOBAL.exec(text)) {
    const iso = isoFromGroups(m, 1);
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}
