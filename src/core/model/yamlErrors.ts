/** What the `yaml` parser's errors mean to someone who wrote front matter or `.postmortem.yaml` by hand. */

interface YamlErrorLike {
  readonly code: string;
  readonly message: string;
  /** Offsets into the YAML source. */
  readonly pos: readonly [number, number];
}

/** `key: value` on one line, the value as written. */
const KEY_VALUE = /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:\s+(.*?)\s*$/;

function lineAt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return source.slice(start, end === -1 ? source.length : end).replace(/\r$/, '');
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
export function explainYamlError(error: YamlErrorLike, source: string): string {
  const line = lineAt(source, error.pos[0]);
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
      if (error.message.startsWith('Flow mapping'))
        return 'a mapping opened with "{" is not closed with "}" on its line';
      break;
    case 'MULTILINE_IMPLICIT_KEY':
      return `a line is not "key: value" (a colon and a space after the key): ${line.trim()}`;
  }
  return error.message.split('\n')[0] ?? error.message;
}
