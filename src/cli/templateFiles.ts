import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeTemplate, type TemplateInfo } from '../core';
import { alignColumns } from './table';

export interface TemplateFile {
  readonly info: TemplateInfo;
  readonly path: string;
  readonly text: string;
  readonly source: 'team' | 'built-in';
}

/**
 * The package's `templates/` folder, beside its package.json: found by walking up from the running
 * script, so it works from the bundled CLI (`dist/cli.js`) and from the test bundles (`out/test/...`).
 */
export function builtInTemplatesFolder(start: string = __dirname): string | undefined {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return join(folder, 'templates');
    if (dirname(folder) === folder) return undefined;
  }
}

/** The team's templates, then the built-in ones; a team template wins a name both use, being listed first. */
export function readTemplates(teamFolder: string, builtInFolder = builtInTemplatesFolder()): TemplateFile[] {
  return [
    ...readFolder(teamFolder, 'team'),
    ...(builtInFolder === undefined ? [] : readFolder(builtInFolder, 'built-in')),
  ];
}

function readFolder(folder: string, source: TemplateFile['source']): TemplateFile[] {
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((name) => /\.(md|markdown)$/i.test(name))
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(folder, name);
    try {
      const text = readFileSync(path, 'utf8');
      return [{ info: describeTemplate(name, text), path, text, source }];
    } catch {
      return [];
    }
  });
}

/** One line per template: its file name, source, name and description. */
export function listTemplates(templates: readonly TemplateFile[]): string {
  if (templates.length === 0) return '  (none found)\n';
  const rows = templates.map(({ info, source }) => [
    info.id,
    source,
    info.name === info.id ? '' : info.name,
    info.description ?? '',
  ]);
  return alignColumns(rows)
    .map((line) => `  ${line}\n`)
    .join('');
}
