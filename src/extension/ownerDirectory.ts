// The owners the editor offers (owner completion, Assign Owner): the core's `knownOwners` over the
// team's configuration, the document's own people, CODEOWNERS files and other analyzed postmortems.
import * as vscode from 'vscode';
import { CODEOWNERS_PATHS, knownOwners, ownersFromCodeowners, type Analysis } from '../core';
import type { ConfigSummary } from './analysis/protocol';
import type { DiagnosticsController } from './diagnostics';

const CODEOWNERS_GLOB = `{${CODEOWNERS_PATHS.join(',')}}`;

/**
 * What the workspace knows beyond one document: CODEOWNERS files and the owners of action items in the postmortems
 * analyzed.
 */
export class OwnerDirectory implements vscode.Disposable {
  private readonly fromDocuments = new Map<string, readonly string[]>();
  private fromCodeowners: Promise<string[]> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(diagnostics: DiagnosticsController) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CODEOWNERS_GLOB}`);
    const reset = (): void => (this.fromCodeowners = undefined);
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      diagnostics.onDidAnalyze(({ document, result }) => {
        this.fromDocuments.set(
          document.uri.toString(),
          result.analysis.actionItems.flatMap((item) => item.owners),
        );
      }),
    );
  }

  /** The owners to offer in a document, from its analysis and configuration: see `knownOwners`. */
  async ownersFor(
    document: vscode.Uri,
    {
      analysis,
      config,
    }: {
      readonly analysis: Pick<Analysis, 'frontMatter' | 'actionItems'>;
      readonly config: Pick<ConfigSummary, 'owners' | 'ownerAliases'>;
    },
  ): Promise<string[]> {
    this.fromCodeowners ??= readCodeowners();
    const self = document.toString();
    const elsewhere = [...this.fromDocuments].flatMap(([uri, owners]) => (uri === self ? [] : owners));
    return knownOwners({ config, document: analysis, codeowners: await this.fromCodeowners, elsewhere });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

async function readCodeowners(): Promise<string[]> {
  const files = await vscode.workspace.findFiles(CODEOWNERS_GLOB, undefined, 10);
  const owners: string[] = [];
  for (const file of files) {
    try {
      owners.push(...ownersFromCodeowners(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))));
    } catch {
      // an unreadable CODEOWNERS offers nothing
    }
  }
  return owners;
}
