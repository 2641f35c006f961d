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

/** Thrown for a bad command line; `main` prints the message and a pointer to `--help`, and exits 2. */
export class UsageError extends Error {}

export function describeError(error: unknown): string {
  if (error instanceof Error)
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : error.message;
  return String(error);
}
