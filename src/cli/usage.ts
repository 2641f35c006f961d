/** The help text: `postmortem --help` shows every command, `postmortem COMMAND --help` one. */

interface CommandHelp {
  /** What follows `postmortem` on the command's usage line. */
  readonly synopsis: string;
  /** What the command does, wrapped as the commands list shows it. */
  readonly summary: readonly string[];
  /** The lines of its options, as the help shows them; `--help` is added to each. */
  readonly options: readonly string[];
  readonly exitStatus: string;
}

const COLUMN = 28;
const CONFIG = '  -c, --config FILE         Use this configuration instead of the nearest .postmortem.yaml';
const PASS_WITH_NONE = [
  '      --pass-with-no-postmortems',
  '                            Exit 0 when the paths hold no postmortem (default: exit 2)',
];
const ACROSS_EXIT = '0 done, 2 a usage, configuration or file error, or paths that hold no postmortem.';
const USAGE_EXIT = '0 done, 2 a usage, configuration or file error.';

const COMMAND_HELP = {
  lint: {
    synopsis: 'lint [paths or globs...]',
    summary: ['Check postmortems; folders are searched for them (default: .)'],
    options: [
      '  -f, --format FORMAT       stylish (default), json, sarif or github',
      CONFIG,
      '      --max-warnings N      Exit 1 when there are more than N warnings',
      '  -q, --quiet               Report errors only',
      ...PASS_WITH_NONE,
      '      --only-postmortems    Skip named files that are not postmortems, as folders do',
      '                            (for a commit hook or a list of changed files)',
    ],
    exitStatus:
      '0 no errors, 1 errors (or more warnings than --max-warnings),\n' +
      '2 a usage, configuration or file error, or paths that hold no postmortem.',
  },
  inspect: {
    synopsis: 'inspect FILE',
    summary: ['Print what the tool understood in a postmortem'],
    options: ['  -f, --format FORMAT       text (default) or json', CONFIG],
    exitStatus: '0 done, 2 a usage, configuration or file error.',
  },
  new: {
    synopsis: 'new --template NAME --title TITLE',
    summary: ['Write a new postmortem from a built-in or team template'],
    options: [
      "  -t, --template NAME       A template's file name (google-sre) or name; without it, lists them",
      "      --title TITLE         The incident's title, also used for the file name",
      '      --severity SEV        The severity (default: none)',
      "      --date YYYY-MM-DD     The incident's date (default: today, UTC)",
      '      --dir DIR             Where to write (default: the configured postmortems-folder)',
      '      --author NAME         The author (default: git config user.name, else the user name)',
      CONFIG,
    ],
    exitStatus: '0 written (or the templates listed), 2 a usage, configuration or file error, or an unknown template.',
  },
  metrics: {
    synopsis: 'metrics [paths or globs...]',
    summary: [
      'Severity, status, time to detect / mitigate / resolve and action',
      'items across postmortems (default: .)',
    ],
    options: ['  -f, --format FORMAT       table (default) or json', CONFIG, ...PASS_WITH_NONE],
    exitStatus: ACROSS_EXIT,
  },
  'export-actions': {
    synopsis: 'export-actions [paths or globs...]',
    summary: ['The action items as rows a tracker imports (default: .)'],
    options: ['  -f, --format FORMAT       csv (default) or json', CONFIG, ...PASS_WITH_NONE],
    exitStatus: ACROSS_EXIT,
  },
  rules: { synopsis: 'rules', summary: ['List the rules'], options: [], exitStatus: USAGE_EXIT },
  lsp: {
    synopsis: 'lsp [--stdio]',
    summary: ['Run the language server over stdin and stdout (for Neovim, Helix,', 'Zed, Emacs and other editors)'],
    options: ['      --stdio               Accepted and ignored: stdin and stdout are the only transport'],
    exitStatus: '0 when the editor shuts the server down, 2 a usage error.',
  },
  help: {
    synopsis: 'help [COMMAND]',
    summary: ["Show this help, or one command's"],
    options: [],
    exitStatus: USAGE_EXIT,
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

const COMMON_OPTIONS = ['  -h, --help                Show this help', '  -v, --version             Print the version'];

/** The first summary line beside the synopsis when it fits, else on the next line; later lines under it. */
function commandLines(synopsis: string, summary: readonly string[]): string[] {
  const indent = ' '.repeat(COLUMN);
  const head = `  ${synopsis}`;
  const lines = head.length < COLUMN ? [head.padEnd(COLUMN) + summary[0]] : [head, indent + summary[0]];
  return [...lines, ...summary.slice(1).map((line) => indent + line)];
}

/** `postmortem --help`: every command, then each command's options. */
export function generalUsage(): string {
  const entries = Object.entries(COMMAND_HELP) as [CommandName, CommandHelp][];
  return [
    'Usage: postmortem <command> [options]',
    '',
    'Commands:',
    ...entries.flatMap(([, help]) => commandLines(help.synopsis, help.summary)),
    '',
    ...entries
      .filter(([, help]) => help.options.length > 0)
      .flatMap(([name, help]) => [`Options for ${name}:`, ...help.options, '']),
    ...COMMON_OPTIONS,
    '',
    "Run 'postmortem COMMAND --help' for one command's options.",
    '',
    'Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings),',
    '2 a usage, configuration or file error.',
    '',
  ].join('\n');
}

/** `postmortem COMMAND --help`: its usage line, what it does, its options and exit status. */
export function commandUsage(name: CommandName): string {
  const help: CommandHelp = COMMAND_HELP[name];
  const unwritten = help.options.some((line) => {
    const flag = /--[\w-]+/.exec(line)?.[0];
    return flag !== undefined && !help.synopsis.includes(flag);
  });
  return [
    `Usage: postmortem ${help.synopsis}${unwritten ? ' [options]' : ''}`,
    '',
    help.summary.join(' '),
    '',
    'Options:',
    ...help.options,
    '  -h, --help                Show this help',
    '',
    `Exit status: ${help.exitStatus}`,
    '',
  ].join('\n');
}
