import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { analyze } from '../../src/core/analysis/analyze';
import { lintText } from '../../src/core/analysis/lint';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { applyEdits } from '../../src/core/edits/applyEdits';
import { MarkdownCache, parseMarkdown } from '../../src/core/model/markdown';
import { plainText } from '../../src/core/model/mdastText';
import { entryIds } from '../../src/core/timeline/ids';
import { timelineEdits } from '../../src/core/timeline/edits';
import { timelineView } from '../../src/core/timeline/view';
import { projectRoot } from '../support/vscodeHost';

function seenDocument(prefix: string): string {
  const folder = join(projectRoot, 'eval', 'docs', 'seen-20', 'docs');
  const name = readdirSync(folder).find((file) => file.startsWith(prefix))!;
  return readFileSync(join(folder, name), 'utf8');
}

/** The nodes of a tree of a given type, in document order. */
function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

function tree(text: string): Root {
  return parseMarkdown(text).tree;
}

/** Every text node's value, and the document's characters at its range with blanks collapsed. */
function textsAndSources(text: string): [string, string][] {
  return nodesOf(tree(text), 'text').map((node) => [
    (node as { value: string }).value,
    text.slice(node.position!.start.offset, node.position!.end.offset),
  ]);
}

const TITLE = '# Checkout outage\n\n';

describe('block HTML read as the Markdown it means (htmlBlocks.ts)', () => {
  it('reads the action items, sections and timeline of two blog posts exported as HTML', () => {
    const compromise = parsePostmortem(seenDocument('086-'));
    assert.deepEqual(
      compromise.sections.map((section) => [section.title, section.kind]),
      [
        ['What Happened?', 'root-cause'],
        ['What worked?', 'lessons'],
        ["What didn't work?", 'lessons'],
        ['What changes we are making now?', 'action-items'],
      ],
    );
    // The two sub-items of the second item are read with it.
    assert.equal(compromise.actionItems.length, 7);
    assert.ok(compromise.actionItems[0]!.text.startsWith('Requiring all users with elevated privileges to use OPIE'));
    assert.ok(compromise.actionItems.every((item) => !/[<>]|&nbsp;/.test(item.text)));

    const outage = parsePostmortem(seenDocument('087-'));
    assert.deepEqual(
      outage.sections.map((section) => section.title),
      ['Summary', 'Timeline', 'Problems', 'To Do', 'Things being considered', 'Things that went well'],
    );
    assert.equal(outage.timeline.length, 22);
    const first = outage.timeline[0]!;
    assert.equal(first.timeText, '0401 UTC');
    assert.ok(first.description.includes('eris daily run output notes the degraded state of root disk gmirror'));
    // The entry's range is the words inside the tags, on the line they stand on.
    assert.equal(outage.text.slice(first.range.start.offset, first.range.start.offset + 8), '0401 UTC');
    const items = outage.actionItems.map((item) => item.text);
    assert.equal(items.length, 8);
    assert.equal(items[0], 'Daniel to investigate and evaluate multimaster service availability.');
    assert.deepEqual(outage.actionItems[0]!.owners, ['Daniel']);
  });

  it('reads lists, nested lists, headings, paragraphs and tables written in HTML', () => {
    const text =
      `${TITLE}<h2>Action items</h2>\n<ul>\n  <li>Add an alert on queue depth <b>(owner: @dana)</b></li>\n` +
      '  <li>Rotate the keys\n    <ol start="3"><li>on the web hosts</li>' +
      '<li>on the <a href="https://x.test">build</a> hosts</li></ol>\n' +
      '  </li>\n</ul>\n<p>We will <em>also</em> review the runbook.</p>\n' +
      '<table><thead><tr><th>Time</th><th>Event</th></tr></thead><tbody><tr><td>10:02</td><td>Alert fired</td></tr>' +
      '</tbody></table>\n';
    const root = tree(text);
    assert.deepEqual(
      root.children.map((node) => node.type),
      ['heading', 'heading', 'list', 'paragraph', 'table'],
    );
    const list = root.children[2]!;
    assert.deepEqual(nodesOf(list, 'paragraph').map(plainText), [
      'Add an alert on queue depth (owner: @dana)',
      'Rotate the keys',
      'on the web hosts',
      'on the build hosts',
    ]);
    const nested = nodesOf(list, 'list')[1] as { ordered: boolean; start: number };
    assert.equal(nested.ordered, true);
    assert.equal(nested.start, 3);
    assert.deepEqual(nodesOf(root.children[4]!, 'tableCell').map(plainText), ['Time', 'Event', '10:02', 'Alert fired']);
    const items = parsePostmortem(text).actionItems;
    assert.deepEqual(
      items.map((item) => [item.text, item.owners]),
      [
        ['Add an alert on queue depth', ['@dana']],
        ['Rotate the keys', []],
        ['We will also review the runbook.', []],
      ],
    );
  });

  it('points every text node at its characters, decodes references and collapses blanks as a browser does', () => {
    const text =
      `${TITLE}## Action items\n\n` +
      '<ul><li>Fix&nbsp;the   cache &amp; its\n   <span style="x">TTL</span>&#33;&#x21;</li></ul>\n';
    assert.deepEqual(textsAndSources(text).slice(2), [
      ['Fix the cache & its ', 'Fix&nbsp;the   cache &amp; its'],
      ['TTL', 'TTL'],
      ['!!', '&#33;&#x21;'],
    ]);
    const document = parsePostmortem(text);
    const item = document.actionItems[0]!;
    assert.equal(item.text, 'Fix the cache & its TTL!!');
    assert.equal(item.range.start.line, 4);
    assert.equal(item.range.start.character, '<ul><li>'.length);
  });

  it('reads malformed HTML as a browser would: unclosed tags, a stray closing tag, a list inside a list', () => {
    const text = `${TITLE}<ul><li>Page the owner</li></li><li>Add a runbook<ul><li>Add a dashboard</ul>\n<p>Done.`;
    const root = tree(text);
    assert.deepEqual(
      root.children.map((node) => node.type),
      ['heading', 'list'],
    );
    // The `<p>` opens inside the item that is still open, as in a browser.
    assert.deepEqual(nodesOf(root.children[1]!, 'paragraph').map(plainText), [
      'Page the owner',
      'Add a runbook',
      'Add a dashboard',
      'Done.',
    ]);
  });

  it('leaves an HTML block that holds no block as it was: an image, a comment, inline markup, a summary', () => {
    for (const html of [
      '<div align="center"><img src="graph.png"></div>',
      '<!-- a note -->',
      '<details><summary>Logs</summary>\n\nsee below\n</details>',
      '<p></p>',
    ]) {
      const root = tree(`${TITLE}${html}\n`);
      assert.equal(root.children[1]!.type, 'html', html);
    }
    const markdown = `${TITLE}Text with a <br> and <sup>1</sup>.\n`;
    assert.deepEqual(tree(markdown), parseMarkdown(markdown).tree);
    assert.equal(parsePostmortem(markdown).text, markdown);
  });

  it('keeps offsets and lines: what readers read has the markup blanked and references decoded in place', () => {
    const text = `${TITLE}<p>a &amp; b</p>\r\n<ul>\n<li>one</li>\n</ul>\n\nAfter.\n`;
    const readable = parsePostmortem(text);
    assert.equal(readable.text, text);
    const root = tree(text);
    const words = nodesOf(root, 'text').map((node) => node.position!.start);
    assert.deepEqual(
      words.map((point) => [point.line, point.column]),
      [
        [1, 3],
        [3, 4],
        [5, 5],
        [8, 1],
      ],
    );
  });

  it('points at the words after a byte-order mark, front matter and earlier blocks, and after a cached move', () => {
    const html = '<div><p>Deploy <b>the fix</b></p>\n<ul><li>Add an alert</li></ul></div>\n';
    const body = `${'Some words.\n\n'.repeat(40)}${html}`;
    const check = (text: string) => {
      const words = nodesOf(tree(text), 'text').filter((node) => (node as { value: string }).value.trim() !== '');
      for (const node of words)
        assert.equal(
          text.slice(node.position!.start.offset, node.position!.end.offset).replace(/\s+/g, ' '),
          (node as { value: string }).value.trim(),
        );
      return words.length;
    };
    assert.equal(check(`\ufeff---\ntype: postmortem\n---\n${body}`), 43);
    const cache = new MarkdownCache();
    const first = `${TITLE}${body}`;
    parseMarkdown(first, cache);
    const moved = `Lead paragraph.\n\n${first}`;
    const words = nodesOf(parseMarkdown(moved, cache).tree, 'text').slice(-3);
    assert.deepEqual(
      words.map((node) => moved.slice(node.position!.start.offset, node.position!.end.offset)),
      ['Deploy', 'the fix', 'Add an alert'],
    );
  });

  it('drops comments, scripts and styles, and keeps a suppression comment inside an HTML block working', () => {
    const text =
      `${TITLE}## Root cause\n\n<div><p>The engineer forgot to renew the certificate.` +
      '<!-- postmortem-disable-line human-error-root-cause --></p><script>var x = "<p>no</p>";</script>' +
      '<style>p { color: red }</style></div>\n';
    assert.ok(!plainText(tree(text)).includes('var x'));
    assert.ok(!plainText(tree(text)).includes('color'));
    const found = lintText(text, DEFAULT_CONFIG).filter((finding) => finding.ruleId === 'human-error-root-cause');
    assert.deepEqual(found, []);
    const unsuppressed = lintText(text.replace('postmortem-disable-line', 'note:'), DEFAULT_CONFIG);
    assert.ok(unsuppressed.some((finding) => finding.ruleId === 'human-error-root-cause'));
  });

  it('offers no fix that would write inside HTML, and refuses timeline edits there', () => {
    const html =
      `${TITLE}## Timeline\n\n<p><strong>10:02 UTC</strong> Alert fired<br>10:15 UTC Rolled back</p>\n\n` +
      '## Action items\n\n<ul><li>Add an alert on queue depth</li></ul>\n';
    const markdown =
      `${TITLE}## Timeline\n\n- 10:02 UTC Alert fired\n\n` + '## Action items\n\n- Add an alert on queue depth\n';
    const options = { config: DEFAULT_CONFIG, path: 'postmortem.md', force: true };
    const ownerFinding = (text: string) =>
      analyze(text, options).findings.find((finding) => finding.ruleId === 'action-item-owner');
    assert.ok(ownerFinding(markdown)?.fix);
    const inHtml = ownerFinding(html);
    assert.ok(inHtml, 'the finding stays');
    assert.equal(inHtml.fix, undefined);
    assert.equal(analyze(html, options).actionItems[0]!.writtenInHtml, true);
    assert.equal(analyze(markdown, options).actionItems[0]!.writtenInHtml, undefined);

    const document = parsePostmortem(html);
    assert.equal(document.timeline.length, 2);
    // The timeline editor shows the entries read-only.
    const rows = timelineView(analyze(html, options), 1).rows;
    assert.deepEqual(
      rows.map((row) => row.writtenInHtml),
      [true, true],
    );
    assert.equal(timelineView(analyze(markdown, options), 1).rows[0]!.writtenInHtml, undefined);
    const ids = entryIds(document.timeline);
    for (const intent of [
      { type: 'edit', version: 1, id: ids[0]!, description: 'Pager fired' },
      { type: 'delete', version: 1, id: ids[1]! },
      {
        type: 'add',
        version: 1,
        afterId: ids[1]!,
        entry: { time: '10:30', description: 'Recovered', milestone: null },
      },
      { type: 'sort', version: 1 },
    ] as const) {
      const result = timelineEdits(document, intent, Date.UTC(2025, 0, 1));
      assert.ok('refused' in result, intent.type);
    }
    const edited = timelineEdits(parsePostmortem(markdown), { type: 'sort', version: 1 }, 0);
    assert.ok(!('refused' in edited));
  });

  it('reads an HTML block again after an edit inside it, with a cache', () => {
    const cache = new MarkdownCache();
    const before = `${TITLE}Intro.\n\n## Action items\n\n<ul><li>Add an alert</li></ul>\n\nThe end.\n`;
    assert.deepEqual(
      parsePostmortem(before, { cache }).actionItems.map((item) => item.text),
      ['Add an alert'],
    );
    const after = applyEdits(before, [
      { start: before.indexOf('</li>'), end: before.indexOf('</li>'), newText: ' on lag' },
    ]);
    const reread = parsePostmortem(after, { cache });
    assert.deepEqual(
      reread.actionItems.map((item) => item.text),
      ['Add an alert on lag'],
    );
    assert.deepEqual(parsePostmortem(after).tree, reread.tree);
    // Moved by an edit above it, the cached block's nodes and its span move too.
    const moved = `Lead.\n\n${after}`;
    const shifted = parsePostmortem(moved, { cache });
    assert.equal(shifted.actionItems[0]!.range.start.offset, moved.indexOf('Add an alert'));
    assert.deepEqual(shifted.tree, parsePostmortem(moved).tree);
  });

  it('gives a clear result on hostile HTML: thousands of nested tags, an unclosed table, a 1 MB block', function () {
    this.timeout(60_000);
    const nested = `${'<div><span><b>\n'.repeat(2000)}deep words${'</b></span></div>\n'.repeat(2000)}`;
    const deep = `${TITLE}<div>\n${nested}</div>\n`;
    const started = Date.now();
    const document = parsePostmortem(deep);
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(document.problems, []);
    assert.ok(!plainText(document.tree).includes('deep words'), 'nesting past the limit is not read');
    const table = `${TITLE}<table><tr><td>\n${'<tr><td>cell <p>and <li>more\n'.repeat(2000)}\n`;
    const cells = parsePostmortem(table);
    assert.deepEqual(cells.problems, []);
    assert.equal(cells.tree.children[1]!.type, 'table');
    const item = '<li>Add an alert on queue depth for every worker pool</li>\n';
    const huge = `${TITLE}<ul>\n${item.repeat(18_000)}</ul>\n`;
    assert.ok(huge.length > 1_000_000);
    const big = parsePostmortem(huge);
    assert.equal(big.problems.length, 1);
    assert.match(big.problems[0]!.message, /Too large to analyze/);
  });
});
