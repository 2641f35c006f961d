// Adds a team snippet to `.vscode/postmortem.code-snippets`, a JSON-with-comments file that the team
// may have edited by hand: the file is changed only by inserting the new snippet, so its comments
// and formatting stay, and a file that cannot be read is left exactly as it is.
// The ESM build: the package's main entry is a UMD module whose inner `require` calls esbuild cannot bundle.
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../model/text';

export interface TeamSnippet {
  readonly name: string;
  readonly prefix: string;
  /** The text the snippet inserts, literally: `$` and the other snippet syntax characters are escaped. */
  readonly body: string;
  readonly description?: string;
}

export type SnippetMergeResult = { readonly text: string } | { readonly error: string };

/** Written at the top of a snippets file this creates. */
const NEW_FILE_COMMENT = [
  "  // The team's postmortem snippets, offered in Markdown files of this workspace.",
  '  // Type a prefix (such as pm...) and press Ctrl+Space to see them.',
];

/**
 * Inserts `snippet` into the snippets file's text, or creates the text when there is no file yet
 * (`undefined`, or a blank file). Refuses, with a message and no text, a file that is not valid
 * JSON with comments (with the line and column of the first mistake), a file that is not an object,
 * a name that is taken, and a prefix any existing snippet already uses.
 */
export function addSnippet(fileText: string | undefined, snippet: TeamSnippet): SnippetMergeResult {
  const name = snippet.name.trim();
  const prefix = snippet.prefix.trim();
  if (name === '') return { error: 'The snippet needs a name.' };
  if (prefix === '' || /\s/.test(prefix))
    return { error: `The prefix "${snippet.prefix}" must be one word without spaces.` };
  if (snippet.body.trim() === '') return { error: 'The snippet has no text.' };
  const creating = fileText === undefined || fileText.trim() === '';
  const text = creating ? '{}\n' : fileText;
  const errors: ParseError[] = [];
  const existing: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { error, offset } = errors[0]!;
    const { line, character } = new LineIndex(text).positionAt(offset);
    return {
      error:
        `The snippets file is not valid JSON with comments: ` +
        `${printParseErrorCode(error)} at line ${line + 1}, column ` +
        `${character + 1}. It was left unchanged.`,
    };
  }
  if (typeof existing !== 'object' || existing === null || Array.isArray(existing))
    return { error: 'The snippets file must hold one JSON object of snippets. It was left unchanged.' };
  const snippets = existing as Record<string, unknown>;
  if (Object.hasOwn(snippets, name)) return { error: `A snippet named "${name}" already exists. Choose another name.` };
  const owner = Object.keys(snippets).find((key) => prefixesOf(snippets[key]).includes(prefix));
  if (owner !== undefined)
    return { error: `The prefix "${prefix}" is already used by the snippet "${owner}". Choose another prefix.` };
  const value = {
    scope: 'markdown',
    prefix,
    ...(snippet.description?.trim() ? { description: snippet.description.trim() } : {}),
    body: snippet.body
      .replace(/\r?\n$/, '')
      .split(/\r?\n/)
      .map(literalSnippetText),
  };
  const edits = modify(text, [name], value, { formattingOptions: formattingOf(text) });
  const updated = applyEdits(text, edits);
  return { text: creating ? updated.replace(/^\{\n/, `{\n${NEW_FILE_COMMENT.join('\n')}\n`) : updated };
}

function prefixesOf(snippet: unknown): string[] {
  if (typeof snippet !== 'object' || snippet === null) return [];
  const prefix = (snippet as { prefix?: unknown }).prefix;
  const prefixes = Array.isArray(prefix) ? prefix : [prefix];
  return prefixes.filter((value): value is string => typeof value === 'string').map((value) => value.trim());
}

/**
 * In snippet syntax `$` starts a tab stop or variable and `\` and `}` can be escapes; escaped, the text is inserted as
 * written.
 */
export function literalSnippetText(line: string): string {
  return line.replace(/[\\$}]/g, (character) => `\\${character}`);
}

/** The file's own indentation and line breaks, so the inserted snippet looks like its neighbours. */
function formattingOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}
