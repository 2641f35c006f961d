import { parseArgs } from 'node:util';
import { version } from '../../package.json';

const USAGE = `Usage: postmortem <command> [options]

Commands:
  help        Show this help

Options:
  -h, --help     Show this help
  -v, --version  Print the version
`;

/** Runs the CLI and returns its exit code: 0 fine, 2 for a usage error. */
export function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    });
  } catch (error) {
    err(`postmortem: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.version) {
    out(`${version}\n`);
    return 0;
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    out(USAGE);
    return 0;
  }
  err(`postmortem: unknown command '${command}'\n\n${USAGE}`);
  return 2;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
