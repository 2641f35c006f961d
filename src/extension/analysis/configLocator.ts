import * as vscode from 'vscode';
import { findConfigPathAsync } from '../../core';

export interface LocatedConfig {
  readonly uri: vscode.Uri;
  readonly text: string;
}

/**
 * Finds the nearest `.postmortem.yaml` above a document, inside its workspace folder: the core's
 * walk (`findConfigPathAsync`, the one the CLI takes too), asking `vscode.workspace.fs` whether
 * each candidate exists (so virtual workspaces work). Answers are cached until a configuration
 * file is created, changed or deleted; `fresh` asks again on the way up (an open document's
 * analysis must not wait on a watcher event that comes late or not at all).
 */
export class ConfigLocator {
  private readonly existing = new Map<string, Promise<boolean>>();

  invalidate(): void {
    this.existing.clear();
  }

  async configFor(document: vscode.Uri, fresh = false): Promise<LocatedConfig | undefined> {
    const root = vscode.workspace.getWorkspaceFolder(document)?.uri;
    if (!root) return undefined;
    const folder = vscode.Uri.joinPath(document, '..');
    const found = await findConfigPathAsync(
      folder.path,
      (path) => this.exists(folder.with({ path }), fresh),
      root.path,
    );
    if (found === undefined) return undefined;
    const uri = folder.with({ path: found });
    try {
      return { uri, text: await readText(uri) };
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
      // Deleted since it was seen: the nearest one is now further up.
      this.existing.set(uri.toString(), Promise.resolve(false));
      return this.configFor(document);
    }
  }

  private exists(candidate: vscode.Uri, fresh: boolean): Promise<boolean> {
    const key = candidate.toString();
    let lookup = fresh ? undefined : this.existing.get(key);
    if (!lookup) {
      lookup = Promise.resolve(vscode.workspace.fs.stat(candidate)).then(
        () => true,
        () => false,
      );
      this.existing.set(key, lookup);
    }
    return lookup;
  }
}

/** An open document's current text (unsaved edits included), else the file's. */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
