/** Lower case, without spaces, hyphens, underscores or punctuation: `In Review` and `in-review` compare equal. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate a person most likely meant by `word`, when one is an obvious choice: equal once
 * case and punctuation are ignored (`sev-2` for `SEV2`), the only candidate holding the same
 * number (`2` for `SEV2`), the only one it begins (`warn` for `warning`), or the only one a small typo away
 * (`publsihed` for `published`).
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeWord(word);
  if (wanted === '') return undefined;
  const normalized = candidates.map(normalizeWord);
  const equal = candidates.filter((_, i) => normalized[i] === wanted);
  if (equal.length === 1) return equal[0];
  if (/^\d+$/.test(wanted)) {
    const sameNumber = candidates.filter((candidate) => (candidate.match(/\d+/g) ?? []).join('') === wanted);
    return sameNumber.length === 1 ? sameNumber[0] : undefined;
  }
  if (wanted.length >= 3) {
    const extended = candidates.filter((_, i) => normalized[i]!.startsWith(wanted));
    if (extended.length === 1) return extended[0];
  }
  const limit = wanted.length <= 3 ? 1 : wanted.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  candidates.forEach((candidate, i) => {
    const distance = editDistance(wanted, normalized[i]!, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && distance <= limit) {
      tied = true;
    }
  });
  return best !== undefined && !tied ? best : undefined;
}

/** ` Did you mean "x"?` when there is an obvious candidate, else an empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}
