// `postmortem lsp` spoken to over stdio, as an editor's language client does: dist/cli.js started
// in a process of its own, JSON-RPC on its stdin and stdout.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  ExecuteCommandRequest,
  DiagnosticSeverity,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ruleDocsUrl } from '../../src/core/rules/docs';
import { fileUri, LanguageClient, OUTAGE_POSTMORTEM } from '../support/languageClient';
import { projectRoot } from '../support/vscodeHost';

// Without its Impact section, which is required.
const POSTMORTEM = OUTAGE_POSTMORTEM.replace('## Impact\n\nCheckout failed for 30 minutes.\n\n', '');

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle));
const rulesOf = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => String(diagnostic.code)).sort();

describe('postmortem lsp', function () {
  this.timeout(30_000);
  let folder = '';
  let client: LanguageClient;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'postmortem-lsp-'));
    mkdirSync(join(folder, 'incidents'));
    client = await LanguageClient.start(folder);
  });

  afterEach(async () => {
    assert.equal(await client.stop(), 0, 'the server exits 0 after shutdown and exit');
    assert.equal(client.stderr, '', 'started by an editor, the server says nothing on stderr');
    rmSync(folder, { recursive: true, force: true });
  });

  async function openPostmortem(text = POSTMORTEM): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const since = client.mark;
    const uri = await client.open(join(folder, 'incidents', 'outage.md'), text);
    return { uri, diagnostics: (await client.diagnostics(uri, since)).diagnostics };
  }

  it('publishes the findings of a postmortem with their rule, page, severity and place', async () => {
    const { diagnostics } = await openPostmortem();
    assert.deepEqual(rulesOf(diagnostics), ['action-item-owner', 'blameful-language', 'required-sections']);
    const owner = diagnostics.find((diagnostic) => diagnostic.code === 'action-item-owner')!;
    assert.equal(owner.severity, DiagnosticSeverity.Error);
    assert.equal(owner.source, 'postmortem');
    assert.equal(owner.message, 'Action item has no owner');
    assert.deepEqual(owner.codeDescription, { href: ruleDocsUrl('action-item-owner') });
    assert.deepEqual(owner.range.start, { line: lineOf(POSTMORTEM, 'pool-size check'), character: 0 });
    const blame = diagnostics.find((diagnostic) => diagnostic.code === 'blameful-language')!;
    assert.equal(blame.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(blame.range, {
      start: { line: lineOf(POSTMORTEM, 'should have'), character: 14 },
      end: { line: lineOf(POSTMORTEM, 'should have'), character: 38 },
    });
  });

  it('publishes nothing for a Markdown file that is not a postmortem', async () => {
    const since = client.mark;
    const uri = await client.open(join(folder, 'notes.md'), POSTMORTEM.replace('## Action Items', '## Ideas'));
    assert.deepEqual((await client.diagnostics(uri, since)).diagnostics, []);
  });

  it('follows edits: a fixed problem disappears', async () => {
    const { uri } = await openPostmortem();
    const since = client.mark;
    await client.replaceText(uri, POSTMORTEM.replace('should have been checked', 'was not checked'));
    const { diagnostics, version } = await client.diagnostics(uri, since);
    assert.equal(version, 2);
    assert.deepEqual(rulesOf(diagnostics), ['action-item-owner', 'required-sections']);
  });

  it('offers quick fixes whose edits fix the text, the rule page, and fix-all', async () => {
    const { uri, diagnostics } = await openPostmortem();
    const owner = diagnostics.find((diagnostic) => diagnostic.code === 'action-item-owner')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: owner.range,
      context: { diagnostics: [owner], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Add an owner placeholder',
        'Disable action-item-owner for this line',
        'Show documentation for action-item-owner',
      ],
    );
    const [placeholder, , documentation] = actions;
    assert.equal(placeholder!.isPreferred, true);
    const fixed = TextDocument.applyEdits(
      TextDocument.create(uri, 'markdown', 1, POSTMORTEM),
      placeholder!.edit!.changes![uri]!,
    );
    assert.match(fixed.split('\n')[lineOf(POSTMORTEM, 'pool-size check')]!, /@owner/);
    assert.deepEqual(documentation!.command?.arguments, [ruleDocsUrl('action-item-owner')]);
    await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: documentation!.command!.command,
      arguments: documentation!.command!.arguments,
    });
    await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: documentation!.command!.command,
      arguments: ['file:///etc/passwd'],
    });
    assert.deepEqual(
      client.shownDocuments,
      [{ uri: ruleDocsUrl('action-item-owner'), external: true }],
      'the rule’s page opens in the browser, and nothing but a rule’s page',
    );

    const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: owner.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      fixAll.map((action) => action.kind),
      ['source.fixAll.postmortem'],
    );
    const allFixed = TextDocument.applyEdits(
      TextDocument.create(uri, 'markdown', 1, POSTMORTEM),
      fixAll[0]!.edit!.changes![uri]!,
    );
    assert.match(allFixed, /due 2099-01-01 — Owner: @owner\n/, 'the owner placeholder');
    assert.match(allFixed, /pool\.\n\n## Impact\n/, 'the missing required section, after the summary');
    assert.match(allFixed, /should have been checked/, 'blame has no automatic fix: a person rephrases it');
  });

  it('explains a timeline entry and a finding on hover', async () => {
    const { uri } = await openPostmortem();
    const hover = async (needle: string, character: number): Promise<string | undefined> => {
      const result = await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: lineOf(POSTMORTEM, needle), character },
      });
      return result ? (result.contents as MarkupContent).value : undefined;
    };
    const entry = await hover('14:10', 3);
    assert.match(entry!, /\*\*2025-01-05T14:10:00Z\*\* \(UTC\)/);
    assert.match(entry!, /Milestone: \*\*detected\*\*/);
    const finding = await hover('should have', 20);
    assert.match(finding!, /\*\*blameful-language\*\*/);
    assert.ok(finding!.includes(ruleDocsUrl('blameful-language')));
    assert.equal(await hover('The deploy of', 3), undefined);
  });

  it('completes owners, section headings and milestones', async () => {
    writeFileSync(join(folder, '.postmortem.yaml'), 'owners: ["@alice", "Team Payments"]\n');
    writeFileSync(join(folder, 'CODEOWNERS'), '* @carol\n');
    const text = POSTMORTEM.replace('due 2099-01-01', 'due 2099-01-01 @')
      .replace('## Root Cause', '## ')
      .replace('- 14:30 Rolled back [resolved]', '- 14:30 Rolled back [');
    const { uri } = await openPostmortem(text);
    const complete = async (needle: string): Promise<CompletionItem[]> => {
      const line = lineOf(text, needle);
      const result = await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line, character: text.split('\n')[line]!.length },
      });
      return (Array.isArray(result) ? result : (result?.items ?? [])) as CompletionItem[];
    };
    const owners = (await complete('due 2099-01-01 @')).map((item) => item.label);
    assert.deepEqual(owners.slice(0, 2), ['@alice', 'Team Payments']);
    assert.ok(owners.includes('@carol'), `CODEOWNERS' owner among ${owners.join(', ')}`);
    const headings = await complete('## ');
    assert.equal(headings[0]!.label, 'Impact', 'the missing required section first');
    assert.equal(headings[0]!.detail, 'required section, missing');
    const milestones = await complete('Rolled back [');
    assert.deepEqual(
      milestones.map((item) => item.label),
      ['started]', 'detected]', 'mitigated]', 'resolved]'],
    );
    const line = lineOf(text, 'Rolled back [');
    assert.deepEqual((milestones[0]!.textEdit as { range: unknown }).range, {
      start: { line, character: text.split('\n')[line]!.length },
      end: { line, character: text.split('\n')[line]!.length },
    });
  });

  it('finds .postmortem.yaml above the document and follows its changes', async () => {
    writeFileSync(join(folder, '.postmortem.yaml'), 'rules:\n  blameful-language: error\n');
    const { uri, diagnostics } = await openPostmortem();
    assert.equal(
      diagnostics.find((diagnostic) => diagnostic.code === 'blameful-language')?.severity,
      DiagnosticSeverity.Error,
    );
    assert.ok(
      client.registrations.some((registration) =>
        JSON.stringify(registration.registerOptions).includes('.postmortem.{yaml,yml}'),
      ),
      'the server asks to watch configuration files',
    );

    writeFileSync(join(folder, '.postmortem.yaml'), 'rules:\n  blameful-language: off\n  action-item-owner: warning\n');
    const since = client.mark;
    await client.filesChanged([fileUri(join(folder, '.postmortem.yaml'))]);
    const changed = (await client.diagnostics(uri, since)).diagnostics;
    assert.deepEqual(rulesOf(changed), ['action-item-owner', 'required-sections']);
    assert.equal(
      changed.find((diagnostic) => diagnostic.code === 'action-item-owner')?.severity,
      DiagnosticSeverity.Warning,
    );
  });

  it('shows the configuration file’s own problems at their place', async () => {
    writeFileSync(join(folder, '.postmortem.yaml'), 'rules:\n  blameful-language: loud\n');
    const since = client.mark;
    await openPostmortem();
    const { diagnostics } = await client.diagnostics(fileUri(join(folder, '.postmortem.yaml')), since);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.range.start.line, 1);
  });

  it(
    'flags related: entries naming no postmortem of the workspace folder, and follows files created and ' +
      'documents edited',
    async () => {
      const write = (path: string, text: string) => {
        mkdirSync(join(folder, path, '..'), { recursive: true });
        writeFileSync(join(folder, path), text);
      };
      const withId = (id: string) => POSTMORTEM.replace('title: Checkout outage', `title: Checkout outage\nid: ${id}`);
      write('incidents/2024/lb-certificate.md', withId('INC-2024-101'));
      const related = 'related: [INC-2024-101, INC-2024-110, ../incidents/2024/lb-certificate.md, ./2024/gone.md]';
      const lister = POSTMORTEM.replace('title: Checkout outage', `title: Checkout outage\n${related}`);
      const notFound = (diagnostics: readonly Diagnostic[]) =>
        diagnostics
          .filter((diagnostic) => diagnostic.code === 'related-not-found')
          .map((diagnostic) => `${diagnostic.range.start.character} ${diagnostic.message}`);
      const column = (entry: string) => related.indexOf(entry);
      const typo =
        `${column('INC-2024-110')} "INC-2024-110" in related: names no postmortem in this workspace; ` +
        'did you mean "INC-2024-101"?';
      const gone = `${column('./2024/gone.md')} "./2024/gone.md" in related: names no postmortem in this workspace`;
      const { uri, diagnostics } = await openPostmortem(lister);
      assert.deepEqual(notFound(diagnostics), [typo, gone]);

      // A postmortem written with the missing id, and the file the path names.
      write('incidents/2024/another.md', withId('INC-2024-110'));
      write('incidents/2024/gone.md', withId('INC-2024-120'));
      let since = client.mark;
      await client.filesChanged(
        ['incidents/2024/another.md', 'incidents/2024/gone.md'].map((path) => fileUri(join(folder, path))),
        FileChangeType.Created,
      );
      await client.diagnostics(uri, since, (params) => notFound(params.diagnostics).length === 0);

      // An open postmortem's id as typed, saved or not, is what related: names.
      since = client.mark;
      const another = await client.open(join(folder, 'incidents', '2024', 'another.md'), withId('INC-2024-110'));
      await client.replaceText(another, withId('INC-2024-111'));
      const flagged = await client.diagnostics(uri, since, (params) => notFound(params.diagnostics).length > 0);
      assert.deepEqual(notFound(flagged.diagnostics), [
        `${column('INC-2024-110')} "INC-2024-110" in related: names no postmortem in this workspace`,
      ]);

      // A deleted file names nothing.
      rmSync(join(folder, 'incidents', '2024', 'gone.md'));
      since = client.mark;
      await client.filesChanged([fileUri(join(folder, 'incidents', '2024', 'gone.md'))], FileChangeType.Deleted);
      const deleted = await client.diagnostics(uri, since, (params) => notFound(params.diagnostics).length > 1);
      assert.deepEqual(notFound(deleted.diagnostics).slice(1), [gone]);
    },
  );

  it('applies the person’s own rule severities from the client’s settings', async () => {
    const { uri } = await openPostmortem();
    const since = client.mark;
    await client.changeSettings({ rules: { 'blameful-language': 'off', 'action-item-owner': 'info' } });
    const { diagnostics } = await client.diagnostics(uri, since);
    assert.deepEqual(rulesOf(diagnostics), ['action-item-owner', 'required-sections']);
    assert.equal(
      diagnostics.find((diagnostic) => diagnostic.code === 'action-item-owner')?.severity,
      DiagnosticSeverity.Information,
    );
  });
});

describe('postmortem lsp typed in a terminal', function () {
  this.timeout(30_000);

  it('says on stderr what it is and how to use it, and writes nothing on stdout', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'postmortem-lsp-tty-'));
    const stderrFile = join(folder, 'stderr');
    const cli = join(projectRoot, 'dist', 'cli.js');
    // `script` gives the server a terminal as stdin and stdout, as a shell does; stderr goes to a file.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} lsp 2>${JSON.stringify(stderrFile)}`;
    const terminal = spawn('script', ['-qfec', command, '/dev/null'], { stdio: 'pipe', detached: true });
    let stdout = '';
    terminal.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    const readStderr = (): string => (existsSync(stderrFile) ? readFileSync(stderrFile, 'utf8') : '');
    let stderr = '';
    try {
      for (; !stderr.includes('Ctrl+C'); stderr = readStderr()) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.kill(-terminal.pid!, 'SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    }
    assert.match(stderr, /^postmortem lsp: this is the Postmortem language server\. It waits for an editor/);
    assert.match(stderr, /run 'postmortem lint'/);
    assert.match(stdout, /^\s*$/, 'nothing but the protocol may go to stdout');
  });
});
