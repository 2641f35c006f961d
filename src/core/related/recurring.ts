// Recurring causes, for the metrics: pairs of cause terms next to each other in a sentence
// ("certificate expire", "connection pool") that the causes of two postmortems or more say.
import type { CauseSentence } from './causes';

export interface RecurringCause {
  /** The two lemmas, as `certificate expire`. */
  readonly terms: string;
  /** The words of the example that say them, as written (`certificate expired`), else the terms. */
  readonly phrase: string;
  /** How many postmortems say it. */
  readonly count: number;
  /** Their paths, in the order given. */
  readonly paths: readonly string[];
  /** One sentence that says it, from the first of them. */
  readonly example: string;
}

const MAX_RECURRING = 10;

/**
 * The pairs of terms said by two postmortems or more, most postmortems first, then alphabetically; at most ten, a pair
 * whose postmortems a longer-listed pair covers left out.
 */
export function recurringCauses(
  postmortems: readonly { readonly path: string; readonly causes: readonly CauseSentence[] }[],
): RecurringCause[] {
  const found = new Map<string, { paths: string[]; example: string; phrase: string | undefined }>();
  for (const { path, causes } of postmortems) {
    const seen = new Set<string>();
    for (const sentence of causes) {
      for (let i = 0; i + 1 < sentence.terms.length; i++) {
        const [a, b] = [sentence.terms[i]!, sentence.terms[i + 1]!];
        if (a === b) continue;
        const key = `${a} ${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = found.get(key);
        if (entry) entry.paths.push(path);
        else found.set(key, { paths: [path], example: sentence.text, phrase: sentence.phrases[i] });
      }
    }
  }
  const recurring = [...found]
    .filter(([, entry]) => entry.paths.length >= 2)
    .map(([terms, entry]) => ({
      terms,
      phrase: entry.phrase ?? terms,
      count: entry.paths.length,
      paths: entry.paths,
      example: entry.example,
    }))
    .sort((a, b) => b.count - a.count || (a.terms < b.terms ? -1 : a.terms > b.terms ? 1 : 0));
  const shown: RecurringCause[] = [];
  for (const cause of recurring) {
    if (shown.length >= MAX_RECURRING) break;
    const key = cause.paths.join('\u0000');
    // "load balancer" and "balancer expire" in the same two postmortems are one recurring cause.
    if (shown.some((other) => other.paths.join('\u0000') === key)) continue;
    shown.push(cause);
  }
  return shown;
}
