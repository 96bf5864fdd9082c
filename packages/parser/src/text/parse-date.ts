const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The page's date line, e.g. "December 11, 2012". */
const DATE_LINE = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/;

/**
 * A date range as the "See also" boxes print it, e.g. "July 9 − 10, 2017" or
 * "November 30 – December 1, 2019".
 */
const DATE_RANGE_LINE = /^[A-Za-z]+ \d{1,2} ?[−–-] ?(?:[A-Za-z]+ )?\d{1,2}, \d{4}$/;

/** Reads a whole line "December 11, 2012" as ISO `2012-12-11`; null for anything else. */
export function parseDateLine(text: string): string | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
  const day = Number(m[2]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a line that is a date or a date range and nothing else. */
export function isDateLine(text: string): boolean {
  return (
    parseDateLine(text) !== null ||
    (DATE_RANGE_LINE.test(text) && MONTHS.includes((text.split(' ')[0] ?? '').toLowerCase()))
  );
}
