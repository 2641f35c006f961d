import picomatch from 'picomatch/posix';
import { parseDocument, type Node } from 'yaml';
import { LineIndex } from '../model/text';
import { readZone } from '../model/zones';
import {
  ISSUE_URL_PLACEHOLDERS,
  RULE_IDS,
  SECTION_KINDS,
  type PostmortemConfig,
  type Severity,
} from '../vocabulary/terms';
import type { Range } from '../model/types';
import { DEFAULT_CONFIG } from './defaults';
import { createReadContext, keyPaths, listOf, mapOf, objectOf, oneOf, text } from './readers';
import type { ProblemSeverity, Reader } from './readers';
import { yamlProblems } from '../model/yamlErrors';
import { errorMessage } from '../util/errors';

export interface ConfigProblem {
  readonly message: string;
  readonly range: Range;
  readonly severity: ProblemSeverity;
}

export interface ParsedConfig {
  /** The configuration, with the defaults in place of anything missing or invalid. */
  readonly config: PostmortemConfig;
  readonly problems: readonly ConfigProblem[];
}

export const RULE_SETTINGS: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'off'];

const sectionKind = oneOf(SECTION_KINDS, 'section kind');

const glob: Reader<string> = (node, context, path) => {
  const pattern = text(node, context, path);
  if (pattern === undefined) return undefined;
  try {
    picomatch.makeRe(pattern);
    return pattern;
  } catch (error) {
    context.problem(node, `"${path}" is not a valid glob: ${errorMessage(error)}`, 'error');
    return undefined;
  }
};

/** Folders are relative to the configuration file, and stay inside its folder. */
const relativeFolder: Reader<string> = (node, context, path) => {
  const folder = text(node, context, path);
  if (folder === undefined) return undefined;
  if (/^([a-z]:)?[\\/]/i.test(folder) || folder.split(/[\\/]/).includes('..')) {
    context.problem(node, `"${path}" must be a folder relative to the configuration file, inside its folder`, 'error');
    return undefined;
  }
  return folder;
};

/** Any zone a timeline may name: `UTC`, `PST`, `UTC-7`, `+02:00`, `Europe/Berlin`. */
const timeZone: Reader<string> = (node, context, path) => {
  const zone = text(node, context, path);
  if (zone === undefined) return undefined;
  const read = readZone(zone);
  if (read.zone) return zone;
  const regions = read.meanings.map((meaning) => meaning.region).join(', ');
  const why = read.meanings.length > 1 ? `names ${read.meanings.length} zones (${regions})` : 'is not a time zone';
  const hint = 'write UTC, an offset such as UTC-7, an abbreviation such as PST, or an IANA name such as Europe/Berlin';
  context.problem(node, `"${path}": "${zone}" ${why}; ${hint}`, 'error');
  return undefined;
};

const braced = (names: readonly string[]): string => names.map((name) => `{${name}}`).join(', ');

/** Why a configured `new-issue-url` cannot be used, or undefined when it can. */
function issueUrlTemplateProblem(template: string): string | undefined {
  if (!/^https?:\/\/[^\s/]+/i.test(template)) return 'must be an http or https address';
  const unknown = [...template.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1]!)
    .filter((name) => !(ISSUE_URL_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) return `has unknown placeholders ${braced(unknown)}; use ${braced(ISSUE_URL_PLACEHOLDERS)}`;
  if (!/\{(?:title|body)\}/.test(template)) return 'must hold {title} or {body}, so that the issue says what to do';
  return undefined;
}

/** A tracker's new-issue address with placeholders (see `tracker/newIssue.ts`). */
const issueUrlTemplate: Reader<string> = (node, context, path) => {
  const template = text(node, context, path);
  if (template === undefined) return undefined;
  const problem = issueUrlTemplateProblem(template);
  if (problem === undefined) return template;
  context.problem(node, `"${path}" ${problem}`, 'error');
  return undefined;
};

const kebabCase = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const readConfig = objectOf<PostmortemConfig>(
  {
    requiredSections: listOf(sectionKind),
    rules: mapOf(oneOf(RULE_SETTINGS, 'rule severity'), { knownKeys: RULE_IDS, keyName: 'rule' }),
    severityScale: listOf(text, { nonEmpty: true }),
    statusValues: listOf(text, { nonEmpty: true }),
    phrases: objectOf({ flag: listOf(text), allow: listOf(text) }, DEFAULT_CONFIG.phrases),
    owners: listOf(text),
    systems: listOf(text),
    ownerAliases: mapOf(text),
    teams: mapOf(listOf(text)),
    documents: objectOf({ include: listOf(glob), exclude: listOf(glob) }, DEFAULT_CONFIG.documents),
    sectionNames: mapOf(sectionKind),
    timezone: timeZone,
    templatesFolder: relativeFolder,
    postmortemsFolder: relativeFolder,
    newIssueUrl: issueUrlTemplate,
  },
  DEFAULT_CONFIG,
  kebabCase,
);

/** Every key `.postmortem.yaml` may hold, as written, nested ones as `phrases.flag` and `rules.front-matter`. */
export const CONFIG_KEYS: readonly string[] = keyPaths(readConfig);

/**
 * Reads `.postmortem.yaml`. Every problem comes with its position; whatever is missing or invalid
 * takes its default, and a file that is not valid YAML gives the defaults. Never throws.
 */
export function parseConfig(source: string): ParsedConfig {
  const index = new LineIndex(source);
  const problems: ConfigProblem[] = [];
  const report = (start: number, end: number, message: string, severity: ProblemSeverity) =>
    problems.push({ message, range: index.rangeOf(start, Math.max(end, start + 1)), severity });
  try {
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    for (const { start, end, message } of yamlProblems(document.errors, source))
      report(start, end, `Invalid YAML: ${message}`, 'error');
    for (const warning of document.warnings)
      report(warning.pos[0], warning.pos[1], firstLine(warning.message), 'warning');
    if (document.errors.length > 0 || document.contents === null) return { config: DEFAULT_CONFIG, problems };
    const context = createReadContext(document, (node: Node, message, severity) => {
      const [start, end] = node.range ?? [0, 0];
      report(start, end, message, severity);
    });
    return { config: readConfig(document.contents, context, '') ?? DEFAULT_CONFIG, problems };
  } catch (error) {
    report(0, 0, `Could not read the configuration: ${errorMessage(error)}`, 'error');
    return { config: DEFAULT_CONFIG, problems };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
