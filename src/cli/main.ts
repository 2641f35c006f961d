import { version } from '../../package.json';
import { parseCommandLine, type Command } from './args';
import { runInspect } from './inspect';
import { describeError, UsageError, type CliIo } from './io';
import { runLint } from './lint';
import { runExportActions } from './exportActions';
import { runLanguageServer } from './lsp';
import { runMetrics } from './metrics';
import { runNew } from './new';
import { isLintWorker, serveLintJobs } from './parallel';
import { runRules } from './rules';
import { commandUsage, generalUsage } from './usage';

const DEFAULT_COLUMNS = 80;

/**
 * Runs the CLI and returns its exit code: 0 fine, 1 errors found, 2 a usage, configuration or
 * file error. `options` replaces the process's folder and terminal (tests pass their own).
 */
export async function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  options: { cwd?: string; color?: boolean; columns?: number; workerScript?: string } = {},
): Promise<number> {
  const io: CliIo = {
    out,
    err,
    cwd: options.cwd ?? process.cwd(),
    color: options.color ?? (process.stdout.isTTY === true && !process.env['NO_COLOR']),
    columns: options.columns ?? terminalColumns(),
  };
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const pointer =
      error.command === undefined
        ? "Run 'postmortem --help' for the commands and their options."
        : `Run 'postmortem ${error.command} --help' for its options.`;
    err(`postmortem: ${error.message}\n${pointer}\n`);
    return 2;
  }
  try {
    return await run(command, io, options.workerScript);
  } catch (error) {
    err(`postmortem: ${describeError(error)}\n`);
    return 2;
  }
}

/** The terminal's width when stdout is one, else 80 (a pipe, a file, a CI log). */
function terminalColumns(): number {
  return process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : DEFAULT_COLUMNS;
}

async function run(command: Command, io: CliIo, workerScript: string | undefined): Promise<number> {
  switch (command.name) {
    case 'version':
      io.out(`${version}\n`);
      return 0;
    case 'help':
      io.out(command.command === undefined ? generalUsage() : commandUsage(command.command));
      return 0;
    case 'rules':
      return runRules(io);
    case 'lint':
      return runLint(command, io, workerScript);
    case 'inspect':
      return runInspect(command, io);
    case 'new':
      return runNew(command, io);
    case 'metrics':
      return runMetrics(command, io);
    case 'export-actions':
      return runExportActions(command, io);
    case 'lsp':
      return runLanguageServer(io);
  }
}

if (isLintWorker()) {
  serveLintJobs();
} else if (require.main === module) {
  // A reader that stops early (`postmortem rules | head`) closes the pipe: stop quietly, as other tools do,
  // rather than with Node's stack trace of an unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
  void main(process.argv.slice(2), write(process.stdout), write(process.stderr), { workerScript: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
