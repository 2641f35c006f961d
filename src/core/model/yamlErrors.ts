/** What the `yaml` parser's errors mean to someone who wrote front matter or `.postmortem.yaml` by hand. */

interface YamlErrorLike {
  readonly code: string;
  readonly message: string;
  /** Offsets into the YAML source. */
  readonly pos: readonly [number, number];
}

/** `key: value` on one line, the value as written. */
const KEY_VALUE = /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:\s+(.*?)\s*$/;

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end;
}

function lineAt(source: string, offset: number): string {
  return source.slice(lineStart(source, offset), lineEnd(source, offset)).replace(/\r$/, '');
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * The start of the line after the one at `offset` when it is indented deeper than a `key: value` line at `offset`
 * (`  a: 1` over `   b: 2`): YAML reads it as going on the value, and reports the error on the line above.
 */
function overIndentedLine(source: string, offset: number): number | undefined {
  const line = lineAt(source, offset);
  const next = lineEnd(source, offset) + 1;
  if (next > source.length) return undefined;
  const nextLine = lineAt(source, next);
  const pair = KEY_VALUE.exec(line);
  return pair && !/:\s/.test(pair[2]!) && nextLine.trim() !== '' && indentOf(nextLine) > indentOf(line)
    ? next
    : undefined;
}

interface YamlProblem {
  readonly message: string;
  /** Offsets into the YAML source: the part to change. */
  readonly start: number;
  readonly end: number;
}

/**
 * The part of the source to change for an error the parser places elsewhere: the `[` or `{` never closed, not the
 * line after it; a line indented too deep, not the line above it.
 */
function errorSpan(error: YamlErrorLike, source: string): readonly [number, number] {
  const flowOpener = error.code === 'BAD_INDENT' ? /^Flow (sequence|map)/.exec(error.message)?.[1] : undefined;
  if (flowOpener) {
    const opener = source.lastIndexOf(flowOpener === 'map' ? '{' : '[', error.pos[0] - 1);
    if (opener !== -1) return [opener, lineEnd(source, opener)];
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    const next = overIndentedLine(source, error.pos[0]);
    if (next !== undefined) return [next + indentOf(lineAt(source, next)), lineEnd(source, next)];
  }
  return error.pos;
}

/**
 * The parser's errors in words that say what to change, each at the part to change, and one problem for one mistake
 * the parser reports twice (a line indented too deep is two errors to it).
 */
export function yamlProblems(errors: readonly YamlErrorLike[], source: string): YamlProblem[] {
  const problems = new Map<string, YamlProblem>();
  for (const error of errors) {
    const [start, end] = errorSpan(error, source);
    const message = explainYamlError(error, source);
    problems.set(`${lineStart(source, start)} ${message}`, { message, start, end: Math.max(end, start + 1) });
  }
  return [...problems.values()];
}

/** The value quoted as YAML reads it back unchanged: double quotes, its own quotes and backslashes escaped. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/**
 * The error in words that say what to change, for the mistakes hand-written YAML makes (a colon in a
 * title, `@alice` unquoted, a list never closed, a key written twice); the parser's own first line
 * for the others.
 */
function explainYamlError(error: YamlErrorLike, source: string): string {
  const line = lineAt(source, error.pos[0]);
  if (
    (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') &&
    overIndentedLine(source, error.pos[0]) !== undefined
  ) {
    const deeper = lineAt(source, lineEnd(source, error.pos[0]) + 1).trim();
    return (
      'a line is indented deeper than the key above it, which YAML reads as going on its value; ' +
      `indent it as its neighbours: ${deeper}`
    );
  }
  const pair = KEY_VALUE.exec(line);
  const key = pair?.[1];
  const value = pair?.[2] ?? '';
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (key !== undefined && /:\s/.test(value))
        return `the value of "${key}" holds ": ", which YAML reads as a key; quote it: ${key}: ${quoted(value)}`;
      break;
    case 'BAD_SCALAR_START': {
      const first = source.charAt(error.pos[0]);
      if (key !== undefined && value.startsWith(first))
        return `a value cannot start with "${first}" unless quoted: ${key}: ${quoted(value)}`;
      break;
    }
    case 'DUPLICATE_KEY': {
      const written = /^\s*(?:-\s+)?([^:\n]+?)\s*:/.exec(line)?.[1];
      if (written !== undefined) return `"${written}" is written twice; keep one`;
      break;
    }
    case 'BAD_INDENT':
      if (error.message.startsWith('Flow sequence')) return 'a list opened with "[" is not closed with "]" on its line';
      if (error.message.startsWith('Flow map')) return 'a mapping opened with "{" is not closed with "}" on its line';
      break;
    case 'MULTILINE_IMPLICIT_KEY':
      return `a line is not "key: value" (a colon and a space after the key): ${line.trim()}`;
  }
  return error.message.split('\n')[0] ?? error.message;
}
