// Messages between the extension host and the analysis worker.
import type {
  Analysis,
  CauseProfile,
  ConfigProblem,
  MovedEntry,
  PostmortemConfig,
  RelatedPostmortem,
  SectionKind,
  TextEdit,
  TimelineIntent,
} from '../../core';

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
  /** Analyze without keeping a parse cache: a file read once for the workspace index. */
  readonly transient?: boolean;
  /** Also build edits of this text: answered for this very text, never superseded. */
  readonly edit?: EditRequest;
  /** The URI of the document's workspace folder, from which `related:` paths may be written. */
  readonly workspaceFolder?: string;
}

/** Edits the core builds for a document's text. */
export type EditRequest =
  /** Insert a missing section of this kind from the template. */
  | { readonly insertSection: SectionKind }
  /** Apply a timeline editor's intent; `now` (ms since the epoch) stands for a new entry's "now". */
  | { readonly timeline: TimelineIntent; readonly now: number }
  /** Add this id (or path) to the front matter's `related:` list. */
  | { readonly addRelated: string }
  /** Write each `to` in place of the `related:` entries that are its `from`. */
  | { readonly replaceRelated: readonly MovedEntry[] };

export type EditResult = { readonly edits: readonly TextEdit[] } | { readonly refused: string };

interface ForgetRequest {
  readonly forget: string;
}

/** Keeps a workspace postmortem's causes in the worker's related index, or with no profile takes them out. */
interface IndexCausesRequest {
  readonly indexCauses: string;
  readonly profile?: CauseProfile;
}

/** The indexed postmortems whose causes say what `profile`'s say, best first, itself left out. */
export interface RelatedRequest {
  readonly id: number;
  readonly related: CauseProfile;
  readonly limit: number;
}

/** The workspace index has read every file once: the worker knows every postmortem of the workspace from now on. */
interface WorkspaceIndexedRequest {
  readonly workspaceIndexed: true;
}

export type WorkerRequest =
  | AnalyzeRequest
  | ForgetRequest
  | IndexCausesRequest
  | RelatedRequest
  | WorkspaceIndexedRequest;

/**
 * What the editor needs of the team's configuration: what completion offers, where templates and new postmortems go.
 */
export type ConfigSummary = Pick<
  PostmortemConfig,
  | 'owners'
  | 'ownerAliases'
  | 'statusValues'
  | 'severityScale'
  | 'timezone'
  | 'templatesFolder'
  | 'postmortemsFolder'
  | 'newIssueUrl'
>;

export interface AnalysisResult {
  /** Milliseconds the worker spent on it. */
  readonly elapsedMs: number;
  readonly analysis: Analysis;
  readonly configProblems: readonly ConfigProblem[];
  readonly config: ConfigSummary;
  /** The edits `edit` asked for. */
  readonly edit?: EditResult;
}

export interface RelatedResult {
  /** Milliseconds the worker spent on it. */
  readonly elapsedMs: number;
  readonly related: readonly RelatedPostmortem[];
}

export type AnalyzeResponse =
  | ({ readonly id: number } & AnalysisResult)
  | { readonly id: number; readonly error: string }
  /** A newer request for the same document came before this one started. */
  | { readonly id: number; readonly superseded: true };

export type WorkerResponse = AnalyzeResponse | ({ readonly id: number } & RelatedResult);

/** The parts of an analysis that can be large; each crosses as its own JSON text. */
const LARGE_PARTS = ['findings', 'timeline', 'actionItems', 'sections'] as const;
type LargePart = (typeof LARGE_PARTS)[number];

/**
 * A response as JSON texts: the extension host parses the small head at once and each large
 * part of the analysis on first use, so a big document does not stall its thread.
 */
export interface ResponseMessage {
  readonly head: string;
  readonly parts?: Readonly<Record<LargePart, string>>;
}

export function toMessage(response: WorkerResponse): ResponseMessage {
  if (!('analysis' in response)) return { head: JSON.stringify(response) };
  const { findings, timeline, actionItems, sections, ...rest } = response.analysis;
  const parts = {
    findings: JSON.stringify(findings),
    timeline: JSON.stringify(timeline),
    actionItems: JSON.stringify(actionItems),
    sections: JSON.stringify(sections),
  };
  return { head: JSON.stringify({ ...response, analysis: rest }), parts };
}

export function fromMessage(message: ResponseMessage): WorkerResponse {
  const response = JSON.parse(message.head) as WorkerResponse;
  const parts = message.parts;
  if (!('analysis' in response) || !parts) return response;
  const analysis: Record<string, unknown> = { ...response.analysis };
  for (const part of LARGE_PARTS) {
    let value: unknown;
    Object.defineProperty(analysis, part, { enumerable: true, get: () => (value ??= JSON.parse(parts[part])) });
  }
  return { ...response, analysis: analysis as unknown as Analysis };
}
