/** What a command reads from and writes to; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Paths in arguments are relative to this folder. */
  readonly cwd: string;
  /** Colours are used only when stdout is a terminal and NO_COLOR is not set. */
  readonly color: boolean;
  /** The width stylish output wraps its messages to. */
  readonly columns: number;
}

/**
 * Thrown for a bad command line; `main` prints the message and a pointer to `--help` (the command's own
 * when it is known), and exits 2.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** What the file system's errors mean, without Node's codes and system call names. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return (code !== undefined && FILE_ERRORS[code]) || error.message;
}
