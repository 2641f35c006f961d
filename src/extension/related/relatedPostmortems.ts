// Related postmortems in the editor: the workspace index's cause sentences (read in the analysis
// worker) in one BM25 index, built a slice at a time when first asked after the index changed, and
// asked with the current analysis of the document, which may be newer than the index's.
import type * as vscode from 'vscode';
import { CauseIndex, type CauseSentence, type RelatedPostmortem } from '../../core';
import { onHostThread } from '../hostTime';
import type { ViewsApi } from '../views/index';

export interface RelatedInWorkspace extends RelatedPostmortem {
  readonly uri: vscode.Uri;
}

/** Postmortems added to the index per turn of the event loop: about 4 ms each at the sizes of real causes. */
const SLICE = 100;

interface Built {
  readonly causes: CauseIndex;
  readonly uris: ReadonlyMap<string, vscode.Uri>;
}

export class RelatedPostmortems implements vscode.Disposable {
  private index: Promise<Built> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly views: ViewsApi) {
    this.subscription = views.onDidChangeIndex(() => (this.index = undefined));
  }

  /**
   * The index of every indexed postmortem's causes, built a slice at a time so that the host thread never waits long.
   */
  private async build(): Promise<Built> {
    const postmortems = await this.views.indexedPostmortems();
    const causes = new CauseIndex();
    for (let start = 0; start < postmortems.length; start += SLICE) {
      onHostThread(() => {
        for (const postmortem of postmortems.slice(start, start + SLICE))
          causes.add({
            key: postmortem.uri.toString(),
            title: postmortem.title,
            id: postmortem.id,
            sentences: postmortem.causes,
          });
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return { causes, uris: new Map(postmortems.map((postmortem) => [postmortem.uri.toString(), postmortem.uri])) };
  }

  /** The postmortems whose causes say what `causes` say, best first; the document itself left out. */
  async relatedTo(
    uri: vscode.Uri,
    title: string | undefined,
    causes: readonly CauseSentence[],
    limit = 5,
  ): Promise<RelatedInWorkspace[]> {
    if (causes.length === 0) return [];
    this.index ??= this.build();
    const index = await this.index;
    const found = onHostThread(() =>
      index.causes.related({ key: uri.toString(), title, id: undefined, sentences: causes }, limit),
    );
    return found.flatMap((match) => {
      const other = index.uris.get(match.key);
      return other ? [{ ...match, uri: other }] : [];
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
