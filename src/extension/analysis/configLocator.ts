import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../../core/config/findConfigPath';

export interface LocatedConfig {
  readonly uri: vscode.Uri;
  readonly text: string;
}

/**
 * Finds the nearest `.postmortem.yaml` above a document, inside its workspace folder, through
 * `vscode.workspace.fs` (so virtual workspaces work). Lookups are cached until a configuration
 * file is created, changed or deleted.
 */
export class ConfigLocator {
  private readonly folderConfigs = new Map<string, Promise<vscode.Uri | undefined>>();

  invalidate(): void {
    this.folderConfigs.clear();
  }

  async configFor(document: vscode.Uri): Promise<LocatedConfig | undefined> {
    const root = vscode.workspace.getWorkspaceFolder(document)?.uri;
    if (!root) return undefined;
    let folder = vscode.Uri.joinPath(document, '..');
    for (;;) {
      const found = await this.configIn(folder);
      if (found) return { uri: found, text: await readText(found) };
      if (folder.path === root.path || !folder.path.startsWith(root.path)) return undefined;
      const parent = vscode.Uri.joinPath(folder, '..');
      if (parent.path === folder.path) return undefined;
      folder = parent;
    }
  }

  private configIn(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    const key = folder.toString();
    let lookup = this.folderConfigs.get(key);
    if (!lookup) {
      lookup = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = vscode.Uri.joinPath(folder, name);
          try {
            await vscode.workspace.fs.stat(candidate);
            return candidate;
          } catch {
            // not in this folder
          }
        }
        return undefined;
      })();
      this.folderConfigs.set(key, lookup);
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
