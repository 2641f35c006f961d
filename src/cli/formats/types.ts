import type { Finding, Rule } from '../../core';

export interface LintedFile {
  /** As the user gave it (or joined to the folder they gave). */
  readonly path: string;
  readonly absolutePath: string;
  readonly findings: readonly Finding[];
}

interface FormatContext {
  /** Relative paths in SARIF and annotations are relative to this folder. */
  readonly cwd: string;
  readonly color: boolean;
  /** The terminal's width, for text that wraps. */
  readonly columns: number;
  readonly rules: readonly Rule[];
  readonly version: string;
}

export type Formatter = (files: readonly LintedFile[], context: FormatContext) => string;
