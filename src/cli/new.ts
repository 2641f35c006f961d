import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  authorName,
  documentId,
  fillTemplate,
  nextId,
  postmortemFileName,
  templateMatches,
  today,
  uniqueFileName,
  type TemplateVariable,
} from '../core';
import { LOCAL_AUTHOR_SOURCES } from '../node/localAuthor';
import type { Command } from './args';
import { ConfigResolver } from './config';
import { collectCandidates } from './files';
import type { CliIo } from './io';
import { readSource } from './source';
import { listTemplates, readTemplates } from './templateFiles';

type NewCommand = Extract<Command, { name: 'new' }>;

/**
 * `postmortem new` without a template lists the templates. With one, it fills the template and
 * writes `YYYY-MM-DD-<slug>.postmortem.md` into `--dir` or the configured postmortems folder, never
 * over an existing file, and prints the path written. 2 for an unknown template, a severity outside
 * the scale, or a configuration error.
 */
export async function runNew(command: NewCommand, io: CliIo): Promise<number> {
  const configs = ConfigResolver.create(io, command.config);
  if (!configs) return 2;
  const { config, folder } = configs.forFile(join(io.cwd, 'new.postmortem.md'));
  const templates = readTemplates(resolve(folder, config.templatesFolder));
  // The parser gives both or neither.
  if (command.template === undefined || command.title === undefined) {
    io.out(`Templates (postmortem new --template NAME --title TITLE):\n${listTemplates(templates)}`);
    return 0;
  }
  const template = templates.find((candidate) => templateMatches(candidate.info, command.template!));
  if (!template) {
    io.err(`postmortem: no template named '${command.template}'; the templates are:\n${listTemplates(templates)}`);
    return 2;
  }
  const severity =
    command.severity === undefined
      ? ''
      : config.severityScale.find((value) => value.toLowerCase() === command.severity!.toLowerCase());
  if (severity === undefined) {
    io.err(`postmortem: unknown severity '${command.severity}'; the scale is ${config.severityScale.join(', ')}\n`);
    return 2;
  }
  const date = command.date ?? today();
  const variables: Record<TemplateVariable, string> = {
    title: command.title,
    date,
    severity,
    id: nextId(existingIds(io.cwd, configs, io), Number(date.slice(0, 4))),
    author: await authorName(command.author, io.cwd, LOCAL_AUTHOR_SOURCES),
    timezone: config.timezone ?? 'UTC',
    year: date.slice(0, 4),
  };
  const target = command.dir === undefined ? resolve(folder, config.postmortemsFolder) : resolve(io.cwd, command.dir);
  mkdirSync(target, { recursive: true });
  const path = uniqueFileName(join(target, postmortemFileName(date, command.title)), existsSync);
  // `wx` fails rather than overwrite a file that appeared since the name was chosen.
  writeFileSync(path, fillTemplate(template.text, variables), { flag: 'wx' });
  io.out(`${relative(io.cwd, path) || path}\n`);
  return configs.hasErrors ? 2 : 0;
}

/** The front-matter ids of the postmortems under `cwd`. */
function existingIds(cwd: string, configs: ConfigResolver, io: CliIo): string[] {
  return collectCandidates(['.'], cwd).candidates.flatMap((candidate) => {
    const source = readSource(candidate.path, candidate.absolutePath, configs, io);
    const id = source?.isPostmortem ? documentId(source.text) : undefined;
    return id === undefined ? [] : [id];
  });
}
