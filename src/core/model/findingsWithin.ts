import type { Range } from './types';

const within = (range: Range, outer: Range): boolean =>
  range.start.offset >= outer.start.offset && range.start.offset < Math.max(outer.end.offset, outer.start.offset + 1);

/** How many of the findings start in the range (a section's, subsections included). */
export function findingsWithin(range: Range, findings: readonly { readonly range: Range }[]): number {
  return findings.filter((finding) => within(finding.range, range)).length;
}
