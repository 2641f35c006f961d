import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { SECTION_STUBS, TEMPLATE_ORDER } from '../../src/core/vocabulary/terms';
import { parsePostmortem } from '../../src/core/analysis/parse';

interface Snippet {
  readonly prefix: string;
  readonly description?: string;
  readonly body: string | readonly string[];
}

const snippetsFile = join(__dirname, '..', '..', '..', 'snippets', 'postmortem.code-snippets');
const snippets = Object.values(JSON.parse(readFileSync(snippetsFile, 'utf8')) as Record<string, Snippet>);
const TODAY = new Date(2025, 0, 5, 14, 32);

const pad = (value: number): string => String(value).padStart(2, '0');
const VARIABLES: Readonly<Record<string, string>> = {
  CURRENT_YEAR: String(TODAY.getFullYear()),
  CURRENT_MONTH: pad(TODAY.getMonth() + 1),
  CURRENT_DATE: pad(TODAY.getDate()),
  CURRENT_HOUR: pad(TODAY.getHours()),
  CURRENT_MINUTE: pad(TODAY.getMinutes()),
};

/**
 * A snippet's text as VS Code inserts it when every placeholder keeps its default (or takes the
 * value given for its tab stop): `${n:default}`, `${n|first,second|}`, `$n` and `${n}` mirrors,
 * `$CURRENT_*` variables, and `$0`.
 */
function expand(prefix: string, typed: Readonly<Record<number, string>> = {}): string {
  const snippet = snippets.find((candidate) => candidate.prefix === prefix);
  if (!snippet) throw new Error(`no snippet ${prefix}`);
  let text = (typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n')).replace(
    /\$\{([A-Z_]+)\}|\$([A-Z_]+)/g,
    (_, braced?: string, bare?: string) => VARIABLES[braced ?? bare!] ?? '',
  );
  const values = new Map<string, string>();
  const stopValue = (stop: string, fallback: string): string => {
    const value = typed[Number(stop)] ?? values.get(stop) ?? fallback;
    values.set(stop, value);
    return value;
  };
  // Innermost first, so that a default holding another placeholder is filled too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{(\d+):([^${}]*)\}/g, (_, stop: string, fallback: string) => stopValue(stop, fallback));
    text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, stop: string, choices: string) =>
      stopValue(stop, choices.split(',')[0]!),
    );
  }
  return text.replace(
    /\$\{(\d+)\}|\$(\d+)/g,
    (_, braced?: string, bare?: string) => typed[Number(braced ?? bare)] ?? values.get(braced ?? bare!) ?? '',
  );
}

const analyzed = (text: string) => analyze(text, { config: DEFAULT_CONFIG, path: 'incident.postmortem.md' });
const errorsOf = (text: string) =>
  analyzed(text)
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.ruleId}: ${finding.message}`);

describe('snippets', () => {
  it('all have a pm prefix and a description', () => {
    assert.ok(snippets.length >= 6);
    for (const snippet of snippets) {
      assert.match(snippet.prefix, /^pm[a-z]+$/);
      assert.ok((snippet.description ?? '').trim().length > 10, `${snippet.prefix} has a description`);
    }
    assert.deepEqual(
      snippets.map((snippet) => snippet.prefix),
      [...new Set(snippets.map((snippet) => snippet.prefix))],
      'prefixes are unique',
    );
  });

  it('expands placeholders, choices, mirrors and variables as VS Code does', () => {
    assert.equal(expand('pmtask'), '- [ ] What will change — Owner: @owner, due 2025-01-05');
    assert.match(
      expand('pmfront'),
      new RegExp(
        String.raw`^---\ntype: postmortem\ntitle: What broke, in one line\nid: INC-2025-001` +
          String.raw`\nstatus: draft\nseverity: SEV1\ndate: 2025-01-05\n`,
      ),
    );
  });

  it('pmfull has front matter and the required sections, in template order, and lints without errors', () => {
    const text = expand('pmfull');
    const document = parsePostmortem(text);
    assert.equal(document.frontMatter?.data?.['title'], 'What broke, in one line');
    const required = TEMPLATE_ORDER.filter((kind) => DEFAULT_CONFIG.requiredSections.includes(kind));
    assert.deepEqual(
      document.sections.map((section) => section.title),
      ['What broke, in one line', ...required.map((kind) => SECTION_STUBS[kind].title)],
    );
    const analysis = analyzed(text);
    assert.deepEqual(analysis.missingSections, []);
    assert.deepEqual(errorsOf(text), []);
    const warnings = analysis.findings.filter((finding) => finding.severity !== 'error');
    assert.deepEqual(
      warnings.map((finding) => finding.ruleId),
      required.map(() => 'required-sections'),
      'one warning per empty section',
    );
  });

  it('pmtask is an open action item whose owner slot the model reads: a placeholder until filled', () => {
    const unfilled = parsePostmortem(expand('pmfull', { 12: expand('pmtask') }));
    assert.equal(unfilled.actionItems.length, 1);
    const [placeholder] = unfilled.actionItems;
    assert.equal(placeholder?.ownerPlaceholder, true);
    assert.equal(
      unfilled.text.slice(placeholder!.ownerRange!.start.offset, placeholder!.ownerRange!.end.offset),
      '@owner',
    );

    const text = expand('pmfull', { 12: expand('pmtask', { 2: '@alice' }) });
    const [item, ...others] = parsePostmortem(text).actionItems;
    assert.deepEqual(others, []);
    assert.equal(item?.style, 'task');
    assert.equal(item?.text, 'What will change');
    assert.deepEqual(item?.owners, ['@alice']);
    assert.equal(item?.due, '2025-01-05');
    assert.equal(item?.status, 'open');
    assert.deepEqual(errorsOf(text), []);
  });

  it('pmrow fills a row of the Google SRE template action-item table', () => {
    const google = readFileSync(join(snippetsFile, '..', '..', 'templates', 'google-sre.md'), 'utf8');
    const header = /^\| Action Item .*\n\| --- .*$/m.exec(google)?.[0];
    assert.ok(header, 'the Google SRE template has an action-item table');
    const table = (row: string) => expand('pmfull', { 12: `${header}\n${row}` });
    assert.equal(parsePostmortem(table(expand('pmrow'))).actionItems[0]?.ownerPlaceholder, true);
    const [item, ...others] = parsePostmortem(table(expand('pmrow', { 3: '@alice' }))).actionItems;
    assert.deepEqual(others, []);
    assert.equal(item?.style, 'table');
    assert.equal(item?.text, 'What will change');
    assert.deepEqual(item?.owners, ['@alice']);
    assert.equal(item?.type, 'prevent');
    assert.equal(item?.priority, 'P1');
    assert.equal(item?.due, '2025-01-05');
    assert.deepEqual(item?.links, ['#123']);
  });

  it('pmwhys is a root-cause subsection that no blame rule objects to', () => {
    const text = expand('pmfull', { 11: expand('pmwhys') });
    const whys = parsePostmortem(text).sections.find((section) => section.title === 'Five whys');
    assert.equal(whys?.ownKind, 'root-cause');
    assert.deepEqual(
      analyzed(text)
        .findings.map((finding) => finding.ruleId)
        .filter((id) => id !== 'required-sections'),
      [],
    );
  });

  it('pmlessons is a lessons section with its three subsections', () => {
    const text = expand('pmfull', { 0: `\n${expand('pmlessons')}` });
    const sections = parsePostmortem(text).sections.slice(-4);
    assert.deepEqual(
      sections.map((section) => [section.title, section.kind]),
      [
        ['Lessons Learned', 'lessons'],
        ['What went well', 'lessons'],
        ['What went wrong', 'lessons'],
        ['Where we got lucky', 'lessons'],
      ],
    );
    assert.ok(sections.every((section) => !section.empty));
  });
});
