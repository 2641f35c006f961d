import * as vscode from 'vscode';
import { SupersededError, type AnalysisService, type DocumentAnalysis } from '../analysis/analysisService';
import { readText } from '../analysis/configLocator';
import type { DiagnosticsController } from '../diagnostics';
import { onHostThread } from '../hostTime';
import { indexEntry, type IndexedPostmortem } from './indexedPostmortem';
import { errorMessage } from '../../core';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
/** The same folders as EXCLUDE_GLOB, for what the watchers report. */
const EXCLUDED_PATH = /\/(?:node_modules|\.git)(?:\/|$)/;
/**
 * Files read and analyzed at once: enough to keep the worker busy, few enough that an open document's analysis is not
 * queued behind many.
 */
const BATCH_SIZE = 3;
/** Larger files are left out: nobody writes a postmortem of this size. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const CHANGE_DELAY_MS = 200;
/** While many files are being read, the views are refreshed less often. */
const INDEXING_CHANGE_DELAY_MS = 1500;
const RESCAN_DELAY_MS = 300;
/** Creations reported together (a folder and what is written into it) are gathered this long. */
const CREATED_DELAY_MS = 100;
/**
 * How often the files of open postmortems are looked at: the watcher may miss a deletion in a folder just made, and an
 * open document would keep the postmortem shown with nothing else to tell.
 */
const OPEN_FILES_CHECK_MS = 2_000;
const INDEXING_CONTEXT_KEY = 'postmortem.views.indexing';
/** Whether the workspace holds a postmortem: the Action Items view's empty text says which case it is. */
const HAS_POSTMORTEMS_CONTEXT_KEY = 'postmortem.views.hasPostmortems';

/**
 * Every postmortem of the workspace, as the Action items and Postmortems views need them. Starts
 * when first asked; reads files through `vscode.workspace.fs` a few at a time, yielding between
 * batches, and analyzes them in the worker; takes open documents' analyses from the diagnostics;
 * follows file creation, change, deletion and renames; tells its views with a debounced event.
 * Keeps the analysis worker's index of causes (related postmortems) in step with its entries.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexedPostmortem>();
  private hadPostmortems: boolean | undefined;
  /** Files waiting to be read, by URI. */
  private readonly queue = new Map<string, vscode.Uri>();
  /** Bumped on every update of a file, so that a read finishing after a newer update is dropped. */
  private readonly stamps = new Map<string, number>();
  /**
   * Files seen deleted. Their documents may stay open a while and be analyzed again (when the names of the workspace
   * change, say): such an analysis is not of a file in the workspace, until the file is there again.
   */
  private readonly deleted = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private started = false;
  private scanning = 0;
  private draining: Promise<void> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Files and folders created, other than Markdown files, by URI, until the folders among them are searched. */
  private readonly createdEntries = new Map<string, vscode.Uri>();
  private createdTimer: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: (() => void)[] = [];
  /** Fired, debounced, when entries were added, changed or removed, or indexing started or stopped. */
  readonly onDidChange = this.changed.event;
  private readonly namesChanged = new vscode.EventEmitter<void>();
  /** Whether a postmortem was added or removed or its id changed since `onDidChangeNames` last fired. */
  private namesDiffer = false;
  /**
   * Fired with `onDidChange` when, after every file found has been read, the postmortems the
   * workspace holds differ: one added or removed, or its id changed (what `related:` may name).
   */
  readonly onDidChangeNames = this.namesChanged.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly diagnostics: DiagnosticsController,
  ) {}

  get postmortems(): readonly IndexedPostmortem[] {
    return [...this.entries.values()];
  }

  /** Whether files are still being found or read. */
  get indexing(): boolean {
    return this.scanning > 0 || this.queue.size > 0 || this.draining !== undefined;
  }

  /** Starts indexing and following the workspace, once. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    // A folder deleted or renamed outside the editor is reported once, for the folder. A file written into a folder
    // just made may not be reported at all (it was there before the folder was watched): the folder's files are found.
    const entries = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    const configs = vscode.workspace.createFileSystemWatcher('**/.postmortem.{yaml,yml}');
    this.disposables.push(
      watcher,
      entries,
      configs,
      watcher.onDidCreate((uri) => this.enqueue(uri)),
      watcher.onDidChange((uri) => this.enqueue(uri)),
      entries.onDidCreate((uri) => this.created(uri)),
      entries.onDidDelete((uri) => this.remove(uri)),
      configs.onDidCreate(() => this.scheduleRescan()),
      configs.onDidChange(() => this.scheduleRescan()),
      configs.onDidDelete(() => this.scheduleRescan()),
      vscode.workspace.onDidRenameFiles((event) => this.renamed(event.files)),
      vscode.workspace.onDidDeleteFiles((event) => {
        for (const uri of event.files) this.remove(uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleRescan()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('postmortem')) this.scheduleRescan();
      }),
      this.diagnostics.onDidAnalyze(({ document, result }) => this.analyzed(document, result)),
      // A document closed without saving: its file says something else than its last analysis.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.entries.has(document.uri.toString())) this.enqueue(document.uri);
      }),
    );
    const openFilesCheck = setInterval(() => this.checkOpenFiles(), OPEN_FILES_CHECK_MS);
    this.disposables.push({ dispose: () => clearInterval(openFilesCheck) });
    void this.scan();
  }

  /** Forgets the postmortems whose documents are open, unchanged, and whose files are gone. */
  private checkOpenFiles(): void {
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (document.isDirty || !this.entries.has(key)) continue;
      void vscode.workspace.fs.stat(document.uri).then(
        () => undefined,
        () => this.remove(document.uri),
      );
    }
  }

  /** Finds every Markdown file again and reads it, keeping the entries shown until then. */
  rescan(): void {
    if (!this.started) {
      this.start();
      return;
    }
    void this.scan();
  }

  /**
   * Takes renamed files or folders in: forgets them where they were and reads them where they are. Also called by
   * whoever answers the same rename event, since the listeners of an event run in no set order and the watchers may
   * have reported the deletion already: then the index would hold the file nowhere until it hears of the rename.
   */
  renamed(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): void {
    for (const { oldUri, newUri } of files) {
      this.remove(oldUri);
      // Indexing from now, also while a folder is looked at: whoever waits for the index waits for its files too.
      this.scanning++;
      this.stateChanged();
      void this.add(newUri).finally(() => {
        this.scanning--;
        this.stateChanged();
      });
    }
  }

  /** Resolves when every file found so far has been read. */
  whenIdle(): Promise<void> {
    if (!this.indexing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async scan(): Promise<void> {
    this.scanning++;
    this.stateChanged();
    try {
      const { listed, unchanged } = await this.readListed(() =>
        vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB),
      );
      // A file updated while the files are listed may be missing from the list (deleted and written again): kept.
      for (const key of [...this.entries.keys()]) if (!listed.has(key) && unchanged(key)) this.forget(key);
    } catch (error) {
      console.error("postmortem: could not list the workspace's Markdown files: " + `${errorMessage(error)}`);
    } finally {
      this.scanning--;
      this.stateChanged();
    }
  }

  /**
   * Lists files with `find` and reads each one that no event updated while they were listed: a file deleted meanwhile
   * (its document still open, say) is not read again from a list made before. The keys listed, and whether a file was
   * left unchanged by events meanwhile.
   */
  private async readListed(
    find: () => Thenable<readonly vscode.Uri[]>,
  ): Promise<{ readonly listed: ReadonlySet<string>; readonly unchanged: (key: string) => boolean }> {
    const stampsBefore = new Map(this.stamps);
    const found = await find();
    const unchanged = (key: string) => this.stamps.get(key) === stampsBefore.get(key);
    for (const uri of found) if (unchanged(uri.toString())) this.enqueue(uri);
    return { listed: new Set(found.map((uri) => uri.toString())), unchanged };
  }

  private scheduleRescan(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.scan(), RESCAN_DELAY_MS);
  }

  /**
   * A file or folder created, other than a Markdown file: gathered a moment with the others, then each outermost one
   * that is a folder is searched.
   */
  private created(uri: vscode.Uri): void {
    if (MARKDOWN_FILE.test(uri.path) || EXCLUDED_PATH.test(uri.path)) return;
    this.createdEntries.set(uri.toString(), uri);
    this.createdTimer ??= setTimeout(() => {
      this.createdTimer = undefined;
      const created = new Map(this.createdEntries);
      this.createdEntries.clear();
      const insideAnother = (key: string) =>
        key
          .split('/')
          .slice(0, -1)
          .some((_, end, parts) => created.has(parts.slice(0, end + 1).join('/')));
      for (const [key, entry] of created) if (!insideAnother(key)) void this.add(entry);
    }, CREATED_DELAY_MS);
  }

  /**
   * A created or renamed file, or every Markdown file under a created or renamed folder (a folder made or moved
   * outside the editor is reported alone, without the files in it).
   */
  private async add(uri: vscode.Uri): Promise<void> {
    if (MARKDOWN_FILE.test(uri.path)) return this.enqueue(uri);
    const isFolder = await vscode.workspace.fs.stat(uri).then(
      (stat) => (stat.type & vscode.FileType.Directory) !== 0,
      () => false,
    );
    if (!isFolder) return;
    this.scanning++;
    this.stateChanged();
    try {
      await this.readListed(() =>
        vscode.workspace.findFiles(new vscode.RelativePattern(uri, MARKDOWN_GLOB), EXCLUDE_GLOB),
      );
    } catch {
      // gone again
    } finally {
      this.scanning--;
      this.stateChanged();
    }
  }

  private enqueue(uri: vscode.Uri): void {
    if (EXCLUDED_PATH.test(uri.path) || !vscode.workspace.getWorkspaceFolder(uri)) return;
    this.queue.set(uri.toString(), uri);
    this.startDraining();
  }

  private startDraining(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.queue.size > 0) this.startDraining();
      else this.stateChanged();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const batch: vscode.Uri[] = [];
      for (const [key, uri] of this.queue) {
        this.queue.delete(key);
        if (batch.push(uri) === BATCH_SIZE) break;
      }
      await Promise.all(batch.map((uri) => this.read(uri)));
      // Let the extension host handle what else is waiting before the next batch.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const stamp = this.bump(key);
    try {
      if (this.deleted.has(key)) {
        await vscode.workspace.fs.stat(uri);
        this.deleted.delete(key);
      }
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
      let result: DocumentAnalysis;
      if (open) {
        result = await this.service.analysisOf(open);
      } else {
        if ((await vscode.workspace.fs.stat(uri)).size > MAX_FILE_BYTES) return void this.update(key, stamp, undefined);
        result = await this.service.analyzeText(uri, await readText(uri), { transient: true });
      }
      this.update(
        key,
        stamp,
        onHostThread(() => indexEntry(uri, result)),
      );
    } catch (error) {
      // A newer analysis of the document was asked for: read it again. Deleted meanwhile,
      // unreadable, or the analysis failed: not a postmortem the views can show.
      if (error instanceof SupersededError) this.enqueue(uri);
      else this.update(key, stamp, undefined);
    }
  }

  private analyzed(document: vscode.TextDocument, result: DocumentAnalysis): void {
    if (!vscode.workspace.getWorkspaceFolder(document.uri) || !MARKDOWN_FILE.test(document.uri.path)) return;
    const key = document.uri.toString();
    if (this.deleted.has(key) && !document.isDirty) return;
    this.queue.delete(key);
    this.update(
      key,
      this.bump(key),
      onHostThread(() => indexEntry(document.uri, result)),
    );
  }

  private bump(key: string): number {
    const stamp = (this.stamps.get(key) ?? 0) + 1;
    this.stamps.set(key, stamp);
    return stamp;
  }

  private update(key: string, stamp: number, entry: IndexedPostmortem | undefined): void {
    if (this.stamps.get(key) !== stamp) return;
    const before = this.entries.get(key);
    if (entry) this.entries.set(key, entry);
    else if (!this.entries.delete(key)) return;
    if (!before || !entry || before.id !== entry.id) this.namesDiffer = true;
    this.service.indexCauses(key, entry && { key, title: entry.title, id: entry.id, sentences: entry.causes });
    this.scheduleChange();
  }

  /**
   * A deleted file, or every file under a deleted folder. A watcher reports each batch's creations before its
   * deletions, so a postmortem deleted and written again at the same path (or in a folder deleted and made again) may
   * be reported deleted after it came back: each file is forgotten only once it is seen to be gone, else read again.
   */
  private remove(uri: vscode.Uri): void {
    if (EXCLUDED_PATH.test(uri.path)) return;
    const key = uri.toString();
    if (MARKDOWN_FILE.test(uri.path)) {
      void this.removeIfGone(key, uri);
      return;
    }
    const folder = key.endsWith('/') ? key : `${key}/`;
    const known = new Map([...this.entries].map(([entryKey, entry]) => [entryKey, entry.uri]));
    for (const [queuedKey, queued] of this.queue) known.set(queuedKey, queued);
    for (const [knownKey, knownUri] of known) {
      if (knownKey === key || knownKey.startsWith(folder)) void this.removeIfGone(knownKey, knownUri);
    }
  }

  private async removeIfGone(key: string, uri: vscode.Uri): Promise<void> {
    // A read under way reads the file as it was: its answer is dropped.
    const stamp = this.bump(key);
    const exists = await vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );
    if (exists) this.enqueue(uri);
    // Updated meanwhile (written again and read): the newer update stands.
    else if (this.stamps.get(key) === stamp) {
      this.deleted.add(key);
      this.forget(key);
    }
  }

  private forget(key: string): void {
    this.queue.delete(key);
    this.bump(key);
    if (!this.entries.delete(key)) return;
    this.namesDiffer = true;
    this.service.indexCauses(key, undefined);
    this.scheduleChange();
  }

  private stateChanged(): void {
    void vscode.commands.executeCommand('setContext', INDEXING_CONTEXT_KEY, this.indexing);
    if (this.indexing) {
      this.scheduleChange();
      return;
    }
    // Done: the views show the whole index at once, before anyone waiting hears of it.
    clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    this.service.workspaceIndexed();
    this.fireChange();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private scheduleChange(): void {
    this.changeTimer ??= setTimeout(
      () => {
        this.changeTimer = undefined;
        this.fireChange();
      },
      this.indexing ? INDEXING_CHANGE_DELAY_MS : CHANGE_DELAY_MS,
    );
  }

  private fireChange(): void {
    const hasPostmortems = this.entries.size > 0;
    if (hasPostmortems !== this.hadPostmortems) {
      this.hadPostmortems = hasPostmortems;
      void vscode.commands.executeCommand('setContext', HAS_POSTMORTEMS_CONTEXT_KEY, hasPostmortems);
    }
    this.changed.fire();
    if (!this.namesDiffer || this.indexing) return;
    this.namesDiffer = false;
    this.namesChanged.fire();
  }

  dispose(): void {
    this.namesChanged.dispose();
    clearTimeout(this.changeTimer);
    clearTimeout(this.rescanTimer);
    clearTimeout(this.createdTimer);
    for (const disposable of this.disposables) disposable.dispose();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
