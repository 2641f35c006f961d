// Related postmortems in the editor: the analysis worker keeps the workspace index's causes in one
// BM25 index (the index tells it of every change) and answers for the current analysis of a
// document, which may be newer than the index's; the host thread only sends and receives.
import * as vscode from 'vscode';
import type { CauseSentence, RelatedPostmortem } from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import type { ViewsApi } from '../views/index';

export interface RelatedInWorkspace extends RelatedPostmortem {
  readonly uri: vscode.Uri;
}

export class RelatedPostmortems {
  /** Milliseconds the worker spent on the last question, for the benchmark. */
  lastWorkerMs = 0;

  constructor(
    private readonly service: AnalysisService,
    private readonly views: ViewsApi,
  ) {}

  /** The postmortems whose causes say what `causes` say, best first; the document itself left out. */
  async relatedTo(
    uri: vscode.Uri,
    title: string | undefined,
    causes: readonly CauseSentence[],
    limit = 5,
  ): Promise<RelatedInWorkspace[]> {
    if (causes.length === 0) return [];
    await this.views.indexed();
    const { related, elapsedMs } = await this.service.related(
      { key: uri.toString(), title, id: undefined, sentences: causes },
      limit,
    );
    this.lastWorkerMs = elapsedMs;
    return related.map((match) => ({ ...match, uri: vscode.Uri.parse(match.key) }));
  }
}

/** What `related:` holds for a postmortem: its id, else its path in the workspace. */
export function relatedValue(match: Pick<RelatedInWorkspace, 'uri' | 'id'>): string {
  return match.id ?? vscode.workspace.asRelativePath(match.uri, false);
}
