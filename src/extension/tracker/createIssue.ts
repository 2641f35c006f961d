// "Create Issue for Action Item": opens the tracker's new-issue page prefilled with the item (the
// repository's GitHub or GitLab from the Git remote, or the configured `new-issue-url`), then asks
// for the address of the issue created and writes it into the item as its tracking link. No API
// call and no token: the browser does the rest, as the person who is signed in there.
import * as vscode from 'vscode';
import {
  fileUrl,
  forgeOf,
  frontMatterText,
  newIssueUrl,
  readTrackingLink,
  remoteUrlFromGitConfig,
  trackingLinkEdit,
  type ActionItem,
  type Forge,
  type IssueDraft,
} from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import { editItem, resultOrNewer } from '../views/editCommands';
import { fileName, indexedActionItem, type IndexedActionItem } from '../workspace/indexedPostmortem';
import { workspacePath } from '../views/presentation';

export const CREATE_ISSUE_COMMAND = 'postmortem.createIssue';
const CONFIGURATION_DOCS = 'https://github.com/postmortem-tools/postmortem/blob/main/docs/configuration.md';

/** How the command reaches the person: the browser and an input box (tests replace them). */
export interface IssueHandOff {
  /** Opens the address exactly as written. */
  open(url: string): Thenable<boolean>;
  askLink(options: vscode.InputBoxOptions): Thenable<string | undefined>;
}

const WORKBENCH: IssueHandOff = {
  // A string goes to the browser as written; a `Uri` would be decoded and encoded again, and a body
  // holding `&` or `#` would come out cut (the extension host takes a string for this reason).
  open: (url) => vscode.env.openExternal(url as unknown as vscode.Uri),
  askLink: (options) => vscode.window.showInputBox(options),
};

let handOff: IssueHandOff = WORKBENCH;

/** Replaces the browser and the input box (for tests); without an argument, the workbench's again. */
export function setIssueHandOff(replacement?: IssueHandOff): void {
  handOff = replacement ?? WORKBENCH;
}

export interface CreateIssueResult {
  /** The new-issue page opened. */
  readonly url: string | undefined;
  /** The tracking link written into the item, if one was pasted. */
  readonly link: string | undefined;
}

const MAX_GIT_DEPTH = 40;

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

const resolveFrom = (base: vscode.Uri, path: string): vscode.Uri =>
  path.startsWith('/') ? base.with({ path }) : vscode.Uri.joinPath(base, path);

/** The repository holding `uri`: its root folder and the GitHub or GitLab project its remote names, if any. */
async function repositoryOf(
  uri: vscode.Uri,
): Promise<{ readonly root: vscode.Uri; readonly forge: Forge | undefined } | undefined> {
  let folder = vscode.Uri.joinPath(uri, '..');
  for (let depth = 0; depth < MAX_GIT_DEPTH; depth++) {
    const dotGit = vscode.Uri.joinPath(folder, '.git');
    const stat = await Promise.resolve(vscode.workspace.fs.stat(dotGit)).catch(() => undefined);
    if (stat) {
      let gitDir = dotGit;
      if (stat.type & vscode.FileType.File) {
        // A worktree or submodule: `.git` names the real folder, whose `commondir` may name the shared one.
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec((await readText(dotGit)) ?? '')?.[1];
        if (!pointer) return { root: folder, forge: undefined };
        gitDir = resolveFrom(folder, pointer);
        const common = (await readText(vscode.Uri.joinPath(gitDir, 'commondir')))?.trim();
        if (common) gitDir = resolveFrom(gitDir, common);
      }
      const remote = remoteUrlFromGitConfig((await readText(vscode.Uri.joinPath(gitDir, 'config'))) ?? '');
      return { root: folder, forge: remote === undefined ? undefined : forgeOf(remote) };
    }
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) return undefined;
    folder = parent;
  }
  return undefined;
}

/** The item under the cursor of the active postmortem editor. */
async function itemAtCursor(service: AnalysisService): Promise<IndexedActionItem | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { analysis } = await resultOrNewer(service, editor.document);
  const line = editor.selection.active.line;
  const item = analysis.actionItems.find(
    (candidate) => candidate.range.start.line <= line && line <= candidate.range.end.line,
  );
  return item && indexedActionItem(editor.document.uri, item, frontMatterText(analysis.frontMatter?.['date']));
}

/** Where the item is, for the issue's link back: its page on the forge, else its file and line. */
function linkBack(item: IndexedActionItem, repository: Awaited<ReturnType<typeof repositoryOf>>): string {
  if (repository?.forge && item.uri.path.startsWith(`${repository.root.path}/`)) {
    return fileUrl(repository.forge, item.uri.path.slice(repository.root.path.length + 1), item.line + 1);
  }
  return `${workspacePath(item.uri)}:${item.line + 1}`;
}

/**
 * Opens the new-issue page for `item` (the one under the cursor when none is given), then asks for
 * the new issue's address and writes it into the item. Says what to configure when there is no
 * GitHub or GitLab remote and no `new-issue-url`.
 */
export async function createIssue(
  service: AnalysisService,
  given: IndexedActionItem | undefined,
): Promise<CreateIssueResult> {
  const item = given ?? (await itemAtCursor(service));
  if (!item) {
    void vscode.window.showInformationMessage(
      'Put the cursor on an action item, or pick one in the Action items view, to create an issue for it.',
    );
    return { url: undefined, link: undefined };
  }
  const document = await vscode.workspace.openTextDocument(item.uri);
  const { analysis, config } = await resultOrNewer(service, document);
  const repository = await repositoryOf(item.uri);
  const draft: IssueDraft = {
    text: item.text,
    owners: item.owners,
    due: item.due,
    priority: analysis.actionItems.find((candidate) => candidate.range.start.line === item.line)?.priority,
    postmortemTitle: analysis.title?.trim() || fileName(item.uri),
    link: linkBack(item, repository),
  };
  const url = newIssueUrl(draft, { template: config.newIssueUrl, forge: repository?.forge });
  if (!url) {
    const open = 'Open the Configuration Docs';
    const choice = await vscode.window.showWarningMessage(
      'No GitHub or GitLab remote was found for this repository. Set new-issue-url in ' +
        ".postmortem.yaml to your tracker's new-issue page (Jira and others).",
      open,
    );
    if (choice === open) await vscode.env.openExternal(vscode.Uri.parse(CONFIGURATION_DOCS));
    return { url: undefined, link: undefined };
  }
  await handOff.open(url);
  const pasted = await handOff.askLink({
    title: 'Create Issue for Action Item',
    prompt:
      `Paste the address of the issue you created for ` +
      `"${item.text.slice(0, 80)}"; it becomes the item's tracking link`,
    placeHolder: 'https://…/issues/123',
    ignoreFocusOut: true,
    validateInput: (value) =>
      value.trim() === '' ? undefined : (readTrackingLink(value) as { problem?: string }).problem,
  });
  const read = pasted === undefined || pasted.trim() === '' ? undefined : readTrackingLink(pasted);
  if (!read || 'problem' in read) return { url, link: undefined };
  const written = await editItem(service, item, (text: string, current: ActionItem) =>
    trackingLinkEdit(text, current, read.link),
  );
  return { url, link: written ? read.link : undefined };
}
