import { parseArgs } from 'node:util';
import { didYouMean, isoDateProblem, errorMessage } from '../core';
import { UsageError } from './io';
import { isCommandName, type CommandName } from './usage';

const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
const INSPECT_FORMATS = ['text', 'json'] as const;
type InspectFormat = (typeof INSPECT_FORMATS)[number];
const METRICS_FORMATS = ['table', 'json'] as const;
type MetricsFormat = (typeof METRICS_FORMATS)[number];
const EXPORT_FORMATS = ['csv', 'json'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type Command =
  /** `command`: the one command whose help to show; undefined: all of them. */
  | { readonly name: 'help'; readonly command?: CommandName | undefined }
  | { readonly name: 'version' }
  | { readonly name: 'rules' }
  | { readonly name: 'lsp' }
  | {
      readonly name: 'lint';
      readonly paths: readonly string[];
      readonly format: LintFormat;
      readonly config: string | undefined;
      readonly maxWarnings: number | undefined;
      readonly quiet: boolean;
      /** Finding no postmortem at all is fine (exit 0), rather than a usage error (exit 2). */
      readonly passWithNoPostmortems: boolean;
      /** Files named or matched are linted only if they are postmortems, as a folder's files are. */
      readonly onlyPostmortems: boolean;
    }
  | {
      readonly name: 'inspect';
      readonly file: string;
      readonly format: InspectFormat;
      readonly config: string | undefined;
    }
  | {
      readonly name: 'new';
      /** Undefined: list the templates. */
      readonly template: string | undefined;
      readonly title: string | undefined;
      readonly severity: string | undefined;
      readonly date: string | undefined;
      readonly dir: string | undefined;
      readonly author: string | undefined;
      readonly config: string | undefined;
    }
  | {
      readonly name: 'metrics';
      readonly paths: readonly string[];
      readonly format: MetricsFormat;
      readonly config: string | undefined;
      /** Finding no postmortem at all is fine (exit 0), rather than a usage error (exit 2). */
      readonly passWithNoPostmortems: boolean;
    }
  | {
      readonly name: 'export-actions';
      readonly paths: readonly string[];
      readonly format: ExportFormat;
      readonly config: string | undefined;
      readonly passWithNoPostmortems: boolean;
    };

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'pass-with-no-postmortems': { type: 'boolean' },
  'only-postmortems': { type: 'boolean' },
  template: { type: 'string', short: 't' },
  title: { type: 'string' },
  severity: { type: 'string' },
  date: { type: 'string' },
  dir: { type: 'string' },
  author: { type: 'string' },
  // Editors' language clients pass it; stdio is the only transport.
  stdio: { type: 'boolean' },
} as const;

/** The options each command accepts besides --help and --version. */
const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly (keyof typeof OPTIONS)[]>> = {
  help: [],
  rules: [],
  lsp: ['stdio'],
  lint: ['format', 'config', 'max-warnings', 'quiet', 'pass-with-no-postmortems', 'only-postmortems'],
  inspect: ['format', 'config'],
  new: ['template', 'title', 'severity', 'date', 'dir', 'author', 'config'],
  metrics: ['format', 'config', 'pass-with-no-postmortems'],
  'export-actions': ['format', 'config', 'pass-with-no-postmortems'],
};

function readArguments(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const message = errorMessage(error);
    const name = argv.find((arg) => !arg.startsWith('-'));
    const command = name !== undefined && isCommandName(name) ? name : undefined;
    // Node's words for an option written last without its value: "Option '-f, --format <value>' argument missing".
    const valueless = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message)?.[1];
    if (valueless !== undefined) throw new UsageError(`${valueless} needs a value`, command);
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown === undefined) throw new UsageError(message, command);
    // Node's own message tells how to pass a file named like an option; the likely slip is a typo.
    const known = command ? ['help', 'version', ...COMMAND_OPTIONS[command]] : Object.keys(OPTIONS);
    const hint = didYouMean(
      unknown,
      known.map((option) => `--${option}`),
    );
    throw new UsageError(`unknown option '${unknown}'${command ? ` for '${command}'` : ''}.${hint}`, command);
  }
}

/** Reads the command line; throws `UsageError` for anything it cannot make sense of. */
export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = readArguments(argv);
  if (values.version) return { name: 'version' };
  const [name, ...operands] = positionals;
  if (name === undefined) return { name: 'help' };
  const command = knownCommand(name);
  if (command === 'help') {
    if (operands.length > 1) throw new UsageError(`'help' takes at most one command, got ${operands.length}`);
    return { name: 'help', command: operands[0] === undefined ? undefined : knownCommand(operands[0]) };
  }
  if (values.help) return { name: 'help', command };
  try {
    return commandFrom(command, operands, values);
  } catch (error) {
    throw error instanceof UsageError && error.command === undefined ? new UsageError(error.message, command) : error;
  }
}

/** The command's own reading of its operands and options. */
function commandFrom(
  command: Exclude<CommandName, 'help'>,
  operands: readonly string[],
  values: ReturnType<typeof readArguments>['values'],
): Command {
  const allowed = COMMAND_OPTIONS[command];
  for (const option of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    if (option !== 'help' && option !== 'version' && !allowed.includes(option))
      throw new UsageError(`option '--${option}' does not apply to '${command}'`);
  }
  switch (command) {
    case 'lint':
      return {
        name: command,
        paths: operands.length > 0 ? operands : ['.'],
        format: choice(values.format, LINT_FORMATS, 'stylish'),
        config: values.config,
        maxWarnings: count(values['max-warnings']),
        quiet: values.quiet ?? false,
        passWithNoPostmortems: values['pass-with-no-postmortems'] ?? false,
        onlyPostmortems: values['only-postmortems'] ?? false,
      };
    case 'inspect':
      if (operands.length !== 1) throw new UsageError(`'inspect' takes exactly one file, got ${operands.length}`);
      return {
        name: command,
        file: operands[0]!,
        format: choice(values.format, INSPECT_FORMATS, 'text'),
        config: values.config,
      };
    case 'new':
      if (operands.length > 0) throw new UsageError(`'new' takes no arguments; give the title with --title`);
      if (values.template !== undefined && !values.title?.trim()) throw new UsageError(`'new' needs --title`);
      if (values.template === undefined && values.title !== undefined) {
        throw new UsageError(`'new' needs --template; 'postmortem new' alone lists the templates`);
      }
      return {
        name: command,
        template: values.template,
        title: values.title?.trim(),
        severity: values.severity?.trim() || undefined,
        date: isoDate(values.date),
        dir: values.dir,
        author: values.author?.trim() || undefined,
        config: values.config,
      };
    case 'metrics':
      return {
        name: command,
        format: choice(values.format, METRICS_FORMATS, 'table'),
        ...acrossPostmortems(operands, values),
      };
    case 'export-actions':
      return {
        name: command,
        format: choice(values.format, EXPORT_FORMATS, 'csv'),
        ...acrossPostmortems(operands, values),
      };
    default:
      if (operands.length > 0) throw new UsageError(`'${command}' takes no arguments`);
      return { name: command };
  }
}

function knownCommand(name: string): CommandName {
  if (isCommandName(name)) return name;
  throw new UsageError(`unknown command '${name}'.${didYouMean(name, Object.keys(COMMAND_OPTIONS))}`);
}

/** What the commands that read many postmortems (`metrics`, `export-actions`) take besides their format. */
function acrossPostmortems(
  operands: readonly string[],
  values: { readonly config?: string | undefined; readonly 'pass-with-no-postmortems'?: boolean | undefined },
) {
  return {
    paths: operands.length > 0 ? operands : ['.'],
    config: values.config,
    passWithNoPostmortems: values['pass-with-no-postmortems'] ?? false,
  };
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown format '${value}'; choose one of ${allowed.join(', ')}`);
}

function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = isoDateProblem(value.trim());
  if (problem !== undefined) throw new UsageError(`--date needs a real date as YYYY-MM-DD, got '${value}': ${problem}`);
  return value.trim();
}

function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, got '${value}'`);
  return Number(value);
}
