/**
 * The first value `read` returns for a position where `starts` (a global, sticky-free pattern that
 * matches just before the position) matches, in the first `limit` characters of `text`.
 */
export function firstAtStarts<T>(
  text: string,
  limit: number,
  starts: RegExp,
  read: (head: string, position: number) => T | undefined,
): T | undefined {
  const head = text.length > limit ? text.slice(0, limit) : text;
  starts.lastIndex = 0;
  for (let match = starts.exec(head); match; match = starts.exec(head)) {
    const found = read(head, match.index + match[0].length);
    if (found !== undefined) return found;
    if (match[0].length === 0) starts.lastIndex++;
  }
  return undefined;
}
