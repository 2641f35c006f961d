import type { Range } from '../core';

/** A range as 1-based lines and columns, the end column exclusive (as ESLint and SARIF count). */
export interface Location {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function toLocation(range: Range): Location {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** The last line a range covers (1-based): a range ending at the start of a line stops on the line before. */
export function lastLine(range: Range): number {
  return range.end.character === 0 && range.end.line > range.start.line ? range.end.line : range.end.line + 1;
}
