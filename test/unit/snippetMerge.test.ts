import * as assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { addSnippet, literalSnippetText, type SnippetMergeResult } from '../../src/core/snippets/merge';

const SNIPPET = {
  name: 'Database failover',
  prefix: 'pmdbfail',
  body: 'Failover to the replica\nin {{region}}',
  description: 'Our failover note',
};

/** The merged text, parsed the way VS Code reads a snippets file (comments and trailing commas allowed). */
function merged(result: SnippetMergeResult): {
  text: string;
  snippets: Record<string, { prefix: unknown; body: string[]; scope?: string; description?: string }>;
} {
  assert.ok('text' in result, 'error' in result ? result.error : 'no text');
  const errors: ParseError[] = [];
  const snippets = parse(result.text, errors, { allowTrailingComma: true, disallowComments: false }) as ReturnType<
    typeof merged
  >['snippets'];
  assert.deepEqual(errors, []);
  return { text: result.text, snippets };
}

const COMMENTED = [
  '{',
  '  // Team snippets: keep prefixes starting with pm.',
  '  "Five whys": {',
  '    "prefix": ["pmwhy", "pm5"],',
  '    /* the body is a list of lines */',
  '    "body": ["1. Why? $1"],',
  '  },',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a snippet's choice placeholder, not a template
  '  "Severity": { "prefix": "pmsev", "body": "SEV${1|1,2,3|}" }, // inline',
  '}',
  '',
].join('\n');

describe('team snippet merging', () => {
  it('creates the file when there is none, with a comment and a Markdown snippet', () => {
    for (const fileText of [undefined, '', '  \n']) {
      const { text, snippets } = merged(addSnippet(fileText, SNIPPET));
      assert.match(text, /^\{\n {2}\/\/ The team's postmortem snippets/);
      assert.deepEqual(snippets, {
        'Database failover': {
          scope: 'markdown',
          prefix: 'pmdbfail',
          description: 'Our failover note',
          body: ['Failover to the replica', 'in {{region\\}\\}'],
        },
      });
    }
  });

  it('merges into a file with comments and trailing commas, keeping them and the other snippets as written', () => {
    const { text, snippets } = merged(addSnippet(COMMENTED, SNIPPET));
    for (const line of COMMENTED.split('\n').slice(1, -3)) assert.ok(text.includes(line), `kept: ${line}`);
    assert.ok(text.includes('// inline'));
    assert.deepEqual(Object.keys(snippets), ['Five whys', 'Severity', 'Database failover']);
    assert.deepEqual(snippets['Five whys']!.prefix, ['pmwhy', 'pm5']);
    assert.deepEqual(snippets['Database failover']!.body, ['Failover to the replica', 'in {{region\\}\\}']);
    assert.match(text, /\n {2}"Database failover": \{\n {4}"scope": "markdown",\n/, 'indented like its neighbours');
  });

  it('keeps tab indentation and CRLF line breaks', () => {
    const file = '{\r\n\t// ours\r\n\t"A": {\r\n\t\t"prefix": "pma",\r\n\t\t"body": ["a"]\r\n\t}\r\n}\r\n';
    const { text } = merged(addSnippet(file, SNIPPET));
    assert.ok(text.startsWith('{\r\n\t// ours\r\n\t"A": {'));
    assert.match(text, /\r\n\t"Database failover": \{\r\n\t\t"scope": "markdown",/);
    assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
  });

  it('refuses a prefix another snippet uses, naming it, whether a text or in a list', () => {
    assert.deepEqual(addSnippet(COMMENTED, { ...SNIPPET, prefix: 'pmsev' }), {
      error: 'The prefix "pmsev" is already used by the snippet "Severity". Choose another prefix.',
    });
    assert.deepEqual(addSnippet(COMMENTED, { ...SNIPPET, prefix: 'pm5' }), {
      error: 'The prefix "pm5" is already used by the snippet "Five whys". Choose another prefix.',
    });
  });

  it('refuses a name that is taken, an empty name, prefix or body, and a prefix with spaces', () => {
    assert.deepEqual(addSnippet(COMMENTED, { ...SNIPPET, name: 'Severity' }), {
      error: 'A snippet named "Severity" already exists. Choose another name.',
    });
    for (const bad of [{ name: ' ' }, { prefix: '' }, { prefix: 'pm x' }, { body: '\n' }])
      assert.ok('error' in addSnippet(undefined, { ...SNIPPET, ...bad }), JSON.stringify(bad));
  });

  it('reports a malformed file with the line and column of the mistake, and gives no text to write', () => {
    const broken = '{\n  // ours\n  "A": { "prefix": "pma" "body": [] }\n}\n';
    assert.deepEqual(addSnippet(broken, SNIPPET), {
      error:
        'The snippets file is not valid JSON with comments: CommaExpected at line 3, column 26. It was left unchanged.',
    });
    assert.match((addSnippet('[1, 2]', SNIPPET) as { error: string }).error, /must hold one JSON object/);
  });

  it('inserts the selected text literally: $, } and \\ are escaped for the snippet syntax', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: snippet syntax to escape, not a template
    assert.equal(literalSnippetText('Cost $5 in ${region} at C:\\logs'), 'Cost \\$5 in \\${region\\} at C:\\\\logs');
    const { snippets } = merged(addSnippet(undefined, { ...SNIPPET, body: 'Use $HOME\r\nthen }\r\n' }));
    assert.deepEqual(snippets['Database failover']!.body, ['Use \\$HOME', 'then \\}']);
  });
});
