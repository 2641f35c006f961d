// Messages between the extension host and the analysis worker.
import type { Analysis } from '../../core/analysis';
import type { ConfigProblem } from '../../core/config/parseConfig';

export interface AnalyzeRequest {
  readonly id: number;
  /** The document's URI: the worker keeps one parse cache per document. */
  readonly uri: string;
  readonly text: string;
  /** The path the document-type globs see. */
  readonly path: string;
  /** The text of the document's `.postmortem.yaml`, if it has one. */
  readonly configText: string | undefined;
  /** Globs from the user's settings, added to the configuration's. */
  readonly extraDocumentGlobs: readonly string[];
}

export interface ForgetRequest {
  readonly forget: string;
}

export type WorkerRequest = AnalyzeRequest | ForgetRequest;

/** What the editor needs of the team's configuration (completion offers these). */
export interface ConfigSummary {
  readonly owners: readonly string[];
  readonly statusValues: readonly string[];
  readonly severityScale: readonly string[];
}

export interface AnalysisResult {
  readonly analysis: Analysis;
  readonly configProblems: readonly ConfigProblem[];
  readonly config: ConfigSummary;
}

export type AnalyzeResponse = ({ readonly id: number } & AnalysisResult) | { readonly id: number; readonly error: string };
