// "Postmortem: New Postmortem…": fills a built-in or team template and opens the new file.
import * as vscode from 'vscode';
import {
  describeTemplate,
  fillTemplate,
  isoDateProblem,
  nextId,
  postmortemFileName,
  today,
  uniqueFileName,
  type AuthorSources,
  type TemplateInfo,
  type TemplateVariable,
} from '../../core';
import type { AnalysisService } from '../analysis/analysisService';
import type { ConfigSummary } from '../analysis/protocol';
import { dateInputProblem, newPostmortemAuthor } from './newPostmortemInput';

interface TemplateFile {
  readonly info: TemplateInfo;
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly source: 'team' | 'built-in';
}

/** What New Postmortem asks a person; tests pass the answers instead. */
export interface NewPostmortemAnswers {
  readonly template: string;
  readonly title: string;
  readonly severity: string;
  readonly date: string;
}

/** The team's configuration as it applies to a workspace folder, and the folder it is relative to. */
export async function folderConfig(
  service: AnalysisService,
  folder: vscode.Uri,
): Promise<{ config: ConfigSummary; base: vscode.Uri }> {
  const { config, configUri } = await service.analyzeText(vscode.Uri.joinPath(folder, 'new.postmortem.md'), '', {
    transient: true,
  });
  return { config, base: configUri ? vscode.Uri.joinPath(configUri, '..') : folder };
}

async function readFolderTemplates(folder: vscode.Uri, source: TemplateFile['source']): Promise<TemplateFile[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return [];
  }
  const names = entries
    .filter(([name, type]) => type === vscode.FileType.File && /\.(md|markdown)$/i.test(name))
    .map(([name]) => name)
    .sort();
  const templates = await Promise.all(
    names.map(async (name): Promise<TemplateFile | undefined> => {
      const uri = vscode.Uri.joinPath(folder, name);
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        return { info: describeTemplate(name, text), uri, text, source };
      } catch {
        return undefined;
      }
    }),
  );
  return templates.filter((template): template is TemplateFile => template !== undefined);
}

/** The team's templates first, then the built-in ones. */
async function availableTemplates(extensionUri: vscode.Uri, teamFolder: vscode.Uri): Promise<TemplateFile[]> {
  return [
    ...(await readFolderTemplates(teamFolder, 'team')),
    ...(await readFolderTemplates(vscode.Uri.joinPath(extensionUri, 'templates'), 'built-in')),
  ];
}

function authorSetting(folder: vscode.Uri): string | undefined {
  return vscode.workspace.getConfiguration('postmortem', folder).get<string>('author');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function ask(
  templates: readonly TemplateFile[],
  config: ConfigSummary,
): Promise<NewPostmortemAnswers | undefined> {
  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({
      label: template.info.name,
      description: template.source === 'team' ? 'team template' : 'built-in',
      detail: template.info.description,
      template,
    })),
    { title: 'New Postmortem: Template', placeHolder: 'Choose a template' },
  );
  if (!picked) return undefined;
  const title = await vscode.window.showInputBox({
    title: 'New Postmortem: Title',
    prompt: 'What broke, in one line',
    validateInput: (value) => (value.trim() === '' ? 'A title is needed: it names the file too.' : undefined),
  });
  if (title === undefined) return undefined;
  const severity = await vscode.window.showQuickPick(config.severityScale, {
    title: 'New Postmortem: Severity',
    placeHolder: "How severe it was, on the team's scale (severity-scale in .postmortem.yaml)",
  });
  if (severity === undefined) return undefined;
  const date = await vscode.window.showInputBox({
    title: 'New Postmortem: Date of the incident',
    prompt: 'YYYY-MM-DD',
    value: today(),
    validateInput: dateInputProblem,
  });
  if (date === undefined) return undefined;
  return { template: picked.template.uri.toString(), title: title.trim(), severity, date: date.trim() };
}

/**
 * Asks for a template, a title, a severity and a date (unless `answers` gives them), writes
 * `YYYY-MM-DD-<slug>.postmortem.md` into the configured folder without overwriting any file,
 * and opens it. Returns the new file, or undefined when cancelled.
 */
export async function newPostmortem(
  extensionUri: vscode.Uri,
  service: AnalysisService,
  existingIds: () => Promise<readonly string[]>,
  authorSources: AuthorSources,
  answers?: NewPostmortemAnswers,
): Promise<vscode.Uri | undefined> {
  const folder =
    vscode.workspace.workspaceFolders?.length === 1
      ? vscode.workspace.workspaceFolders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where does the postmortem go?' });
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length)
      void vscode.window.showWarningMessage('Open a folder first: New Postmortem writes the postmortem into it.');
    return undefined;
  }
  const { config, base } = await folderConfig(service, folder.uri);
  const templates = await availableTemplates(extensionUri, vscode.Uri.joinPath(base, config.templatesFolder));
  const chosen = answers ?? (await ask(templates, config));
  if (!chosen) return undefined;
  const template = templates.find(
    (candidate) => candidate.uri.toString() === chosen.template || candidate.info.id === chosen.template,
  );
  if (!template) throw new Error(`No template ${chosen.template}`);
  // Answers given to the command (by a test, a link or another extension) are checked as typed ones are.
  const dateProblem = isoDateProblem(chosen.date);
  if (dateProblem) throw new Error(`a real date as YYYY-MM-DD is needed, got '${chosen.date}': ${dateProblem}`);
  const variables: Record<TemplateVariable, string> = {
    title: chosen.title,
    date: chosen.date,
    severity: chosen.severity,
    id: nextId(await existingIds(), Number(chosen.date.slice(0, 4))),
    author: await newPostmortemAuthor(authorSetting(folder.uri), folder.uri, authorSources),
    timezone: config.timezone ?? 'UTC',
    year: chosen.date.slice(0, 4),
  };
  const target = vscode.Uri.joinPath(base, config.postmortemsFolder);
  await vscode.workspace.fs.createDirectory(target);
  const taken = new Set<string>();
  for (const [name] of await vscode.workspace.fs.readDirectory(target)) taken.add(name);
  const uri = vscode.Uri.joinPath(
    target,
    uniqueFileName(postmortemFileName(chosen.date, chosen.title), (name) => taken.has(name)),
  );
  if (await exists(uri)) throw new Error(`${uri.fsPath} appeared meanwhile; nothing was written.`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fillTemplate(template.text, variables)));
  await vscode.window.showTextDocument(uri);
  return uri;
}
