// The one check of a calendar date written as `YYYY-MM-DD`: front matter, `postmortem new --date`
// and New Postmortem's date box all take dates so.
import { dateProblem } from './dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a real date as `YYYY-MM-DD` (`there is no February 30: …`), or undefined when it is one. */
export function isoDateProblem(text: string): string | undefined {
  const parts = ISO_DATE.exec(text);
  if (!parts) return 'expected YYYY-MM-DD';
  return dateProblem({ year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) });
}
