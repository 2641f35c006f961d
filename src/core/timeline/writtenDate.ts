// A date as an author wrote it (`12-05`, `Sep 27 2017`, `Thursday, January 20th, 2022`,
// `19.04.2018`), rewritten to another day in the same notation: only its numbers, month and
// weekday change, each in the width, case and spelling written.
import { type CalendarDate, MONTH_NAMES, WEEKDAY_NAMES } from '../model/dates';
const TOKEN = /\d+|[A-Za-z]+/g;

interface Token {
  readonly text: string;
  readonly start: number;
}

type Role = 'year' | 'month' | 'day';

/** A name in the written one's length and case: `Sep` -> `Oct`, `JANUARY` -> `MARCH`. */
function likeWritten(name: string, written: string): string {
  const short = written.length < name.length || written.length === 3 ? name.slice(0, 3) : name;
  if (written === written.toUpperCase()) return short.toUpperCase();
  return written[0] === written[0]!.toLowerCase() ? short.toLowerCase() : short;
}

/** A number in the written one's width: a two-digit year stays two digits, a padded day stays padded. */
function number(value: number, written: string, padded: boolean): string {
  if (written.length === 2 && value >= 100) return String(value % 100).padStart(2, '0');
  return String(value).padStart(written.length === 4 ? 4 : padded ? 2 : 1, '0');
}

/** The role of each number of a date in digits, in the order written (`19.04.2018`: day, month, year). */
function numericRoles(numbers: readonly Token[], from: CalendarDate, dayFirstSeparator: boolean): Role[] {
  if (numbers[0]!.text.length === 4) return ['year', 'month', 'day'];
  const monthFirst = Number(numbers[0]!.text) === from.month && (from.month !== from.day || !dayFirstSeparator);
  const pair: Role[] = monthFirst ? ['month', 'day'] : ['day', 'month'];
  return numbers.length === 3 ? [...pair, 'year'] : pair;
}

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** `written`, a date read as `from`, rewritten to say `to`; as written when they are the same day. */
export function rewriteDate(written: string, from: CalendarDate, to: CalendarDate): string {
  const tokens = [...written.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index }));
  const numbers = tokens.filter((token) => /^\d/.test(token.text));
  const named = tokens.some((token) =>
    MONTH_NAMES.some((name) => name.toLowerCase().startsWith(token.text.toLowerCase()) && token.text.length >= 3),
  );
  const roles = new Map<Token, Role>();
  if (named) {
    for (const token of numbers) roles.set(token, token.text.length === 4 ? 'year' : 'day');
  } else if (numbers.length > 0) {
    numericRoles(numbers, from, written.includes('.')).forEach((role, index) => {
      if (numbers[index]) roles.set(numbers[index], role);
    });
  }
  // `2024-03-05`, `05.03.2024`, `03-05` pad days and months; `3/5/2024` and `March 5th` do not, unless written so.
  const padded =
    numbers.some((token) => token.text.length === 2 && token.text.startsWith('0')) ||
    (!named && !written.includes('/'));
  let previous: Token | undefined;
  const replaced = (token: Token): string => {
    const role = roles.get(token);
    const afterDay = previous && roles.get(previous) === 'day' && previous.start + previous.text.length === token.start;
    previous = token;
    if (afterDay && /^(?:st|nd|rd|th)$/i.test(token.text)) return likeWritten(ordinal(to.day), token.text);
    if (role === 'year') return to.year === undefined ? token.text : number(to.year, token.text, true);
    if (role === 'month') return number(to.month, token.text, padded);
    if (role === 'day') return number(to.day, token.text, padded);
    const lower = token.text.toLowerCase();
    if (token.text.length >= 3 && MONTH_NAMES.some((name) => name.toLowerCase().startsWith(lower)))
      return likeWritten(MONTH_NAMES[to.month - 1]!, token.text);
    if (
      token.text.length >= 3 &&
      WEEKDAY_NAMES.some((name) => name.toLowerCase().startsWith(lower)) &&
      to.year !== undefined
    ) {
      return likeWritten(WEEKDAY_NAMES[new Date(Date.UTC(to.year, to.month - 1, to.day)).getUTCDay()]!, token.text);
    }
    return token.text;
  };
  let result = '';
  let at = 0;
  for (const token of tokens) {
    result += written.slice(at, token.start) + replaced(token);
    at = token.start + token.text.length;
  }
  return result + written.slice(at);
}
