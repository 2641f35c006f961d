// Masks: a slice of the document with only some spans kept and everything else blanked, of the
// same length as the slice, so that an index into the mask plus the slice's start is an offset.

export interface MaskSpan {
  readonly start: number;
  readonly end: number;
}

/** Blanks every character of `text` except line breaks. */
export function blank(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? ' '.repeat(text.length) : text.replace(/[^\n\r]/g, ' ');
}

/**
 * `text` between `start` and `end` with the characters inside `kept` (absolute offsets, sorted by
 * start) as written and every other character except line breaks blanked.
 */
export function maskOutside(text: string, start: number, end: number, kept: readonly MaskSpan[]): string {
  // Joined rather than concatenated: the detectors index the mask character by character, which
  // is faster on a flat string than on a concatenation.
  const parts: string[] = [];
  let at = start;
  for (const span of kept) {
    const from = Math.max(span.start, at);
    const to = Math.min(span.end, end);
    if (to <= from) continue;
    parts.push(blank(text.slice(at, from)), text.slice(from, to));
    at = to;
  }
  parts.push(blank(text.slice(at, end)));
  return parts.join('');
}
