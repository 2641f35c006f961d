// `postmortem lsp`: the language server face. It speaks LSP over stdin and stdout and shows what
// the core computes for the editor (`analyze`, `findingActions`, `fixAllEdits`, `hoverAt`,
// `completionsAt`), as the VS Code face does, for the open Markdown documents that the
// configuration says are postmortems.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CODEOWNERS_PATHS,
  DEFAULT_CONFIG,
  documentId,
  FIX_ALL_TITLE,
  MarkdownCache,
  analyze,
  completionsAt,
  findConfigPath,
  findingActions,
  findingOfDiagnostic,
  fixAllEdits,
  hoverAt,
  knownOwners,
  KnownPostmortems,
  listsRelated,
  ownersFromCodeowners,
  parseConfig,
  RULES,
  ruleDocsUrl,
  shownSeverity,
  type Analysis,
  type CompletionKind,
  type ParsedConfig,
  type PostmortemConfig,
  type Severity,
  type SeverityOverrides,
  type Range,
  type TextEdit,
} from '../core';
import { ConfigResolver } from './config';
import type { CliIo } from './io';
import { fileUriOf, folderUriOf, postmortemAt, postmortemsUnder, quietly } from './knownPostmortems';

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
const SHOW_DOCUMENTATION_COMMAND = 'postmortem.showDocumentation';
/** How long after the last change a document is analyzed again. */
const TYPING_DELAY_MS = 250;
const CONFIG_FILE = /(^|[\\/])\.postmortem\.ya?ml$/;
const MARKDOWN_FILE = /\.(md|markdown)$/i;

const COMPLETION_KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  value: CompletionItemKind.EnumMember,
  section: CompletionItemKind.Module,
  milestone: CompletionItemKind.Event,
  // LSP has no kind for a person.
  owner: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  reference: CompletionItemKind.Reference,
};

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A person's own choices, from the client's `initializationOptions` or its `postmortem` settings. */
interface PersonalSettings {
  readonly enable: boolean;
  readonly rules: SeverityOverrides;
  readonly documentGlobs: readonly string[];
}

function readSettings(value: unknown): PersonalSettings {
  const settings = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const rules: Record<string, Severity | 'off'> = {};
  if (typeof settings['rules'] === 'object' && settings['rules'] !== null) {
    for (const [id, severity] of Object.entries(settings['rules'])) {
      if (severity === 'error' || severity === 'warning' || severity === 'info' || severity === 'off')
        rules[id] = severity;
    }
  }
  const globs = Array.isArray(settings['documentGlobs'])
    ? settings['documentGlobs'].filter((glob): glob is string => typeof glob === 'string')
    : [];
  return { enable: settings['enable'] !== false, rules, documentGlobs: globs };
}

interface DocumentState {
  readonly cache: MarkdownCache;
  version: number;
  analysis: Analysis | undefined;
  config: PostmortemConfig;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** What a person who types `postmortem lsp` in a terminal reads: the server waits for an editor, not for them. */
const TERMINAL_NOTICE =
  'postmortem lsp: this is the Postmortem language server. It waits for an editor to speak the Language Server\n' +
  'Protocol (JSON-RPC) on its standard input, so typing here does nothing. Configure your editor to start\n' +
  "`postmortem lsp` (see 'postmortem lsp --help' and the README's \"In other editors\" section for Neovim,\n" +
  "Helix, Zed and Emacs); to check postmortems from a terminal, run 'postmortem lint'. Press Ctrl+C to quit.\n";

/**
 * Runs the server on stdin and stdout until the client shuts it down; resolves with the exit code. When stdin is
 * a terminal, a person started it by hand: `TERMINAL_NOTICE` goes to stderr, which no client reads as protocol.
 */
export function runLanguageServer(io: CliIo, stdinIsTerminal = process.stdin.isTTY === true): Promise<number> {
  if (stdinIsTerminal) io.err(TERMINAL_NOTICE);
  const connection = createConnection(process.stdin, process.stdout);
  // Anything written to stdout but the protocol would break it.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  new PostmortemLanguageServer(connection);
  connection.listen();
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}

class PostmortemLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly states = new Map<string, DocumentState>();
  private readonly configs = new Map<string, { mtimeMs: number; text: string; parsed: ParsedConfig }>();
  private roots: string[] = [];
  private settings: PersonalSettings = readSettings(undefined);
  private codeowners: string[] | undefined;
  /** The configuration files whose problems are shown, so that fixed ones are cleared. */
  private readonly configsShown = new Set<string>();
  /** The postmortems of the workspace folders, for `related:`: found when a document first lists related ones. */
  private known: KnownPostmortems | undefined;

  constructor(private readonly connection: Connection) {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/.postmortem.{yaml,yml}' },
          { globPattern: '**/*.{md,markdown}' },
          ...CODEOWNERS_PATHS.map((path) => ({ globPattern: `**/${path}` })),
        ],
      });
    });
    connection.onDidChangeConfiguration(({ settings }) => {
      const ours =
        typeof settings === 'object' && settings !== null
          ? (settings as Record<string, unknown>)['postmortem']
          : undefined;
      if (ours !== undefined) this.settings = readSettings(ours);
      this.reanalyzeAll();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((change) => /(^|\/)CODEOWNERS$/.test(change.uri))) this.codeowners = undefined;
      if (changes.some((change) => CONFIG_FILE.test(change.uri))) this.configChanged();
      else this.postmortemsChanged(changes.filter((change) => MARKDOWN_FILE.test(change.uri)).map(({ uri }) => uri));
    });
    // Fired on open too: a document opened is analyzed at once, an edited one once typing pauses.
    this.documents.onDidChangeContent(({ document }) => {
      if (CONFIG_FILE.test(document.uri)) this.configChanged();
      else this.schedule(document, this.states.has(document.uri) ? TYPING_DELAY_MS : 0);
    });
    this.documents.onDidSave(({ document }) => this.schedule(document, 0));
    this.documents.onDidClose(({ document }) => {
      const state = this.states.get(document.uri);
      clearTimeout(state?.timer);
      this.states.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      if (CONFIG_FILE.test(document.uri)) this.configChanged();
      // Its unsaved id no longer counts: the file's does.
      else if (MARKDOWN_FILE.test(document.uri)) this.postmortemsChanged([document.uri]);
    });
    connection.onCodeAction(({ textDocument, context }) => {
      const document = this.documents.get(textDocument.uri);
      if (!document) return [];
      const wants = (kind: string): boolean =>
        !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
      const ours = wants(CodeActionKind.QuickFix)
        ? context.diagnostics.filter((diagnostic) => diagnostic.source === 'postmortem')
        : [];
      const fixAll = wants(FIX_ALL_KIND);
      if (ours.length === 0 && !fixAll) return [];
      const analysis = this.analysisOf(document);
      if (!analysis?.isPostmortem) return [];
      const actions: CodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = findingOfDiagnostic(analysis.findings, {
          ruleId: String(diagnostic.code),
          message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
          range: diagnostic.range,
        });
        if (!finding) continue;
        for (const action of findingActions(finding)) {
          if (action.kind === 'edit') {
            actions.push({
              title: action.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: action.preferred,
              edit: { changes: { [document.uri]: toLspEdits(document, action.edits) } },
            });
          } else {
            actions.push({
              title: action.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              command: { title: action.title, command: SHOW_DOCUMENTATION_COMMAND, arguments: [action.url] },
            });
          }
        }
      }
      const edits = fixAll ? fixAllEdits(analysis.findings) : [];
      if (edits.length > 0)
        actions.push({
          title: FIX_ALL_TITLE,
          kind: FIX_ALL_KIND,
          edit: { changes: { [document.uri]: toLspEdits(document, edits) } },
        });
      return actions;
    });
    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      const url = args?.[0];
      // Only a rule's page: the command's argument comes from the client.
      if (command === SHOW_DOCUMENTATION_COMMAND && RULES.some((rule) => ruleDocsUrl(rule.id) === url)) {
        await connection.window.showDocument({ uri: url, external: true });
      }
    });
    connection.onHover(({ textDocument, position }) => {
      const document = this.documents.get(textDocument.uri);
      const analysis = document && this.analysisOf(document);
      const hover = analysis && hoverAt(analysis, document.offsetAt(position));
      if (!hover) return null;
      return {
        contents: { kind: 'markdown', value: hover.parts.join('\n\n---\n\n') },
        ...(hover.range && { range: lspRange(hover.range) }),
      };
    });
    connection.onCompletion(async ({ textDocument, position }) => {
      const document = this.documents.get(textDocument.uri);
      const state = document && this.states.get(document.uri);
      // Completion needs the sections and the configuration, not this keystroke's findings.
      const analysis = document && (state?.analysis ?? this.analysisOf(document));
      if (!document || !state || !analysis) return null;
      const lines = document.getText().split(/\r?\n/);
      const completions = await completionsAt({
        lines: { lineCount: lines.length, lineText: (line) => lines[line] ?? '' },
        line: position.line,
        character: position.character,
        analysis,
        config: state.config,
        owners: () => this.ownersFor(document.uri, analysis, state.config),
        now: Date.now(),
      });
      if (!completions) return null;
      const range = { start: { line: position.line, character: completions.replaceFrom }, end: position };
      return completions.items.map(
        (completion): CompletionItem => ({
          label: completion.label,
          kind: COMPLETION_KINDS[completion.kind],
          detail: completion.detail,
          ...(completion.documentation !== undefined && { documentation: completion.documentation }),
          ...(completion.sortText !== undefined && { sortText: completion.sortText }),
          insertTextFormat: completion.snippet === undefined ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
          textEdit: { range, newText: completion.snippet ?? completion.label },
        }),
      );
    });
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.settings = readSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['@', '[', '#', ':'] },
      },
      serverInfo: { name: 'postmortem' },
    };
  }

  private isMarkdown(document: TextDocument): boolean {
    return document.languageId === 'markdown' || MARKDOWN_FILE.test(document.uri);
  }

  private schedule(document: TextDocument, delay: number): void {
    if (!this.isMarkdown(document)) return;
    const state = this.stateOf(document.uri);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const current = this.documents.get(document.uri);
      if (current) this.publish(current);
    }, delay);
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (!state) {
      state = {
        cache: new MarkdownCache(),
        version: -1,
        analysis: undefined,
        config: DEFAULT_CONFIG,
        timer: undefined,
      };
      this.states.set(uri, state);
    }
    return state;
  }

  private configChanged(): void {
    this.configs.clear();
    // Which files are postmortems may have changed.
    this.known = undefined;
    this.reanalyzeAll();
  }

  /** The workspace folders' postmortems, found on first use; an open document's text stands for its file. */
  private knownPostmortems(): KnownPostmortems {
    if (this.known) return this.known;
    this.known = new KnownPostmortems(
      this.roots.flatMap((root) => postmortemsUnder(root, this.filesIo(root), undefined, this.openTexts())),
    );
    return this.known;
  }

  /** Files created, changed or deleted (or a document closed): what `related:` entries name may differ. */
  private postmortemsChanged(uris: readonly string[]): void {
    const known = this.known;
    if (!known) return;
    let changed = false;
    for (const uri of uris.filter((candidate) => candidate.startsWith('file:'))) {
      const path = fileURLToPath(uri);
      const root = this.rootOf(path);
      if (root === undefined) continue;
      const io = this.filesIo(root);
      const postmortem = postmortemAt(path, ConfigResolver.create(io, undefined)!, io, this.openTexts().get(path));
      changed = (postmortem ? known.set(fileUriOf(path), postmortem.id) : known.delete(fileUriOf(path))) || changed;
    }
    if (changed) this.reanalyzeListingRelated();
  }

  /** Open documents that list related postmortems are checked again: what their entries name changed. */
  private reanalyzeListingRelated(except?: string): void {
    for (const document of this.documents.all()) {
      if (document.uri === except || !listsRelated(document.getText())) continue;
      this.stateOf(document.uri).version = -1;
      this.schedule(document, 0);
    }
  }

  /** The texts of the open documents, by path: newer than their files. */
  private openTexts(): Map<string, string> {
    return new Map(
      this.documents
        .all()
        .filter((document) => document.uri.startsWith('file:'))
        .map((document) => [fileURLToPath(document.uri), document.getText()]),
    );
  }

  /** Reading the workspace's files from `root`, quietly. */
  private filesIo(root: string): CliIo {
    return quietly({ out: () => undefined, err: () => undefined, cwd: root, color: false, columns: 80 });
  }

  private rootOf(path: string): string | undefined {
    return this.roots.find(
      (folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep),
    );
  }

  private reanalyzeAll(): void {
    for (const state of this.states.values()) state.version = -1;
    for (const document of this.documents.all()) this.schedule(document, 0);
  }

  /** The analysis of the document's current version, made now if need be; undefined for a file that is not Markdown. */
  private analysisOf(document: TextDocument): Analysis | undefined {
    if (!this.isMarkdown(document)) return undefined;
    const state = this.stateOf(document.uri);
    if (state.version === document.version && state.analysis) return state.analysis;
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
    const root = path && this.rootOf(path);
    const configPath = path && findConfigPath(dirname(path), existsSync, root);
    const { config, problems } = configPath ? this.readConfig(configPath) : { config: DEFAULT_CONFIG, problems: [] };
    const base = configPath ? dirname(configPath) : root;
    const relativePath = path ? (base ? relative(base, path) : path).split(sep).join('/') : document.uri;
    const documents = { ...config.documents, include: [...config.documents.include, ...this.settings.documentGlobs] };
    const text = document.getText();
    // `related:` may name the postmortems of the document's workspace folder.
    const workspace = root && listsRelated(text) ? this.knownPostmortems() : undefined;
    state.analysis = analyze(text, {
      config: { ...config, documents },
      path: relativePath,
      cache: state.cache,
      ...(workspace && root && { workspace: workspace.forDocument(document.uri, folderUriOf(root)) }),
    });
    if (root && this.known && this.openIdChanged(this.known, fileUriOf(path), text, state.analysis.isPostmortem))
      this.reanalyzeListingRelated(document.uri);
    state.version = document.version;
    state.config = config;
    if (configPath) this.showConfigProblems(configPath, problems);
    return state.analysis;
  }

  /** Whether an open document's edit added, removed or renamed a postmortem that `related:` entries may name. */
  private openIdChanged(known: KnownPostmortems, uri: string, text: string, isPostmortem: boolean): boolean {
    return isPostmortem ? known.set(uri, documentId(text)) : known.delete(uri);
  }

  private publish(document: TextDocument): void {
    const analysis = this.analysisOf(document);
    if (!analysis) return;
    const diagnostics: Diagnostic[] = [];
    if (analysis.isPostmortem && this.settings.enable) {
      for (const finding of analysis.findings) {
        const severity = shownSeverity(finding, this.settings.rules);
        if (!severity) continue;
        diagnostics.push({
          range: lspRange(finding.range),
          severity: SEVERITIES[severity],
          code: finding.ruleId,
          codeDescription: { href: ruleDocsUrl(finding.ruleId) },
          source: 'postmortem',
          message: finding.message,
        });
      }
    }
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  /** The configuration file's text (the open document's, unsaved edits included, else the file's), parsed. */
  private readConfig(path: string): ParsedConfig {
    const uri = pathToFileURL(path).toString();
    const open = this.documents
      .all()
      .find(
        (document) =>
          document.uri === uri || (document.uri.startsWith('file:') && fileURLToPath(document.uri) === path),
      );
    let text: string;
    let mtimeMs = -1;
    if (open) text = open.getText();
    else {
      try {
        mtimeMs = statSync(path).mtimeMs;
        const cached = this.configs.get(path);
        if (cached && cached.mtimeMs === mtimeMs) return cached.parsed;
        text = readFileSync(path, 'utf8');
      } catch {
        return { config: DEFAULT_CONFIG, problems: [] };
      }
    }
    const cached = this.configs.get(path);
    if (cached && cached.text === text) return cached.parsed;
    const parsed = parseConfig(text);
    this.configs.set(path, { mtimeMs, text, parsed });
    return parsed;
  }

  private showConfigProblems(path: string, problems: ParsedConfig['problems']): void {
    const uri =
      this.documents.all().find((document) => document.uri.startsWith('file:') && fileURLToPath(document.uri) === path)
        ?.uri ?? pathToFileURL(path).toString();
    if (problems.length === 0 && !this.configsShown.has(uri)) return;
    if (problems.length === 0) this.configsShown.delete(uri);
    else this.configsShown.add(uri);
    const diagnostics = problems.map(
      (problem): Diagnostic => ({
        range: lspRange(problem.range),
        severity: SEVERITIES[problem.severity],
        source: 'postmortem',
        message: problem.message,
      }),
    );
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /**
   * The owners to offer in a document: `knownOwners` over its configuration, itself, CODEOWNERS and the other open
   * postmortems.
   */
  private ownersFor(uri: string, analysis: Analysis, config: PostmortemConfig): string[] {
    this.codeowners ??= this.readCodeowners();
    const elsewhere = [...this.states].flatMap(([other, state]) =>
      other === uri ? [] : (state.analysis?.actionItems.flatMap((item) => item.owners) ?? []),
    );
    return knownOwners({ config, document: analysis, codeowners: this.codeowners, elsewhere });
  }

  private readCodeowners(): string[] {
    const owners: string[] = [];
    for (const root of this.roots) {
      for (const path of CODEOWNERS_PATHS) {
        try {
          owners.push(...ownersFromCodeowners(readFileSync(`${root}${sep}${path}`, 'utf8')));
        } catch {
          // no CODEOWNERS there
        }
      }
    }
    return owners;
  }
}

function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
}

/** The core's range without its offsets. */
function lspRange({ start, end }: Range) {
  return { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
}
