import { parseArgs } from 'node:util';
import { isoDateProblem } from '../core';
import { UsageError } from './io';

const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
const INSPECT_FORMATS = ['text', 'json'] as const;
type InspectFormat = (typeof INSPECT_FORMATS)[number];
const METRICS_FORMATS = ['table', 'json'] as const;
type MetricsFormat = (typeof METRICS_FORMATS)[number];
const EXPORT_FORMATS = ['csv', 'json'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const USAGE = `Usage: postmortem <command> [options]

Commands:
  lint [paths or globs...]  Check postmortems; folders are searched for them (default: .)
  inspect FILE              Print what the tool understood in a postmortem
  new --template NAME --title TITLE
                            Write a new postmortem from a built-in or team template
  metrics [paths or globs...]
                            Severity, status, time to detect / mitigate / resolve and action
                            items across postmortems (default: .)
  export-actions [paths or globs...]
                            The action items as rows a tracker imports (default: .)
  rules                     List the rules
  lsp [--stdio]             Run the language server over stdin and stdout (for Neovim, Helix,
                            Zed, Emacs and other editors)
  help                      Show this help

Options for lint:
  -f, --format FORMAT       stylish (default), json, sarif or github
  -c, --config FILE         Use this configuration instead of the nearest .postmortem.yaml
      --max-warnings N      Exit 1 when there are more than N warnings
  -q, --quiet               Report errors only
      --pass-with-no-postmortems
                            Exit 0 when the paths hold no postmortem (default: exit 2)
      --only-postmortems    Skip named files that are not postmortems, as folders do
                            (for a commit hook or a list of changed files)

Options for inspect:
  -f, --format FORMAT       text (default) or json
  -c, --config FILE         Use this configuration instead of the nearest .postmortem.yaml

Options for new:
  -t, --template NAME       A template's file name (google-sre) or name; without it, lists them
      --title TITLE         The incident's title, also used for the file name
      --severity SEV        The severity (default: none)
      --date YYYY-MM-DD     The incident's date (default: today, UTC)
      --dir DIR             Where to write (default: the configured postmortems-folder)
      --author NAME         The author (default: git config user.name, else the user name)
  -c, --config FILE         Use this configuration instead of the nearest .postmortem.yaml

Options for metrics:
  -f, --format FORMAT       table (default) or json
  -c, --config FILE         Use this configuration instead of the nearest .postmortem.yaml
      --pass-with-no-postmortems
                            Exit 0 when the paths hold no postmortem (default: exit 2)

Options for export-actions:
  -f, --format FORMAT       csv (default) or json
  -c, --config FILE         Use this configuration instead of the nearest .postmortem.yaml
      --pass-with-no-postmortems
                            Exit 0 when the paths hold no postmortem (default: exit 2)

  -h, --help                Show this help
  -v, --version             Print the version

Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 a usage, configuration or file error.
`;

export type Command =
  | { readonly name: 'help' }
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
const COMMAND_OPTIONS: Readonly<Record<string, readonly (keyof typeof OPTIONS)[]>> = {
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
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads the command line; throws `UsageError` for anything it cannot make sense of. */
export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = readArguments(argv);
  if (values.version) return { name: 'version' };
  const [name, ...operands] = positionals;
  if (values.help || name === undefined) return { name: 'help' };
  const allowed = COMMAND_OPTIONS[name];
  if (!allowed) throw new UsageError(`unknown command '${name}'`);
  for (const option of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    if (option !== 'help' && option !== 'version' && !allowed.includes(option))
      throw new UsageError(`option '--${option}' does not apply to '${name}'`);
  }
  switch (name) {
    case 'lint':
      return {
        name,
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
        name,
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
        name,
        template: values.template,
        title: values.title?.trim(),
        severity: values.severity?.trim() || undefined,
        date: isoDate(values.date),
        dir: values.dir,
        author: values.author?.trim() || undefined,
        config: values.config,
      };
    case 'metrics':
      return { name, format: choice(values.format, METRICS_FORMATS, 'table'), ...acrossPostmortems(operands, values) };
    case 'export-actions':
      return { name, format: choice(values.format, EXPORT_FORMATS, 'csv'), ...acrossPostmortems(operands, values) };
    default:
      if (operands.length > 0) throw new UsageError(`'${name}' takes no arguments`);
      return { name: name as 'help' | 'rules' | 'lsp' };
  }
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
