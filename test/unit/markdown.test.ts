import * as assert from 'node:assert/strict';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import * as fc from 'fast-check';
import {
  autolinkLiteralsWhereNeeded,
  gfmWithoutLiteralAutolinkSyntax,
  mayHoldLiteralAutolink,
  mayHoldTable,
  REMARK_PARSER,
} from '../../src/core/model/remarkParser';
import { MarkdownCache, parseMarkdown } from '../../src/core/model/markdown';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { generatedPostmortem } from '../support/generatedInputs';
import { corpusDocuments, exampleDocuments } from './documents';

const wholeParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Every node but lists (compared on their own below), as type@start-end and its value. */
function signature(tree: Root): string[] {
  const out: string[] = [];
  const visit = (node: Nodes): void => {
    const value = 'value' in node ? ` ${JSON.stringify(node.value)}` : '';
    if (node.type !== 'list' && node.type !== 'root')
      out.push(`${node.type}@${node.position?.start.offset}-${node.position?.end.offset}${value}`);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return out;
}

/** Every link as its URL and text, literal autolinks included (they have no positions). */
function links(tree: Root): string[] {
  const out: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link') out.push(`${node.url} ${JSON.stringify(node.children)}`);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return out;
}

describe('block-wise Markdown parsing', () => {
  for (const { name, text } of [...corpusDocuments(), ...exampleDocuments()]) {
    it(`reads ${name} exactly as a whole-document parse does`, () => {
      const tree = parseMarkdown(text).tree;
      const whole = wholeParser.parse(text) as Root;
      assert.deepEqual(signature(tree), signature(whole));
      assert.deepEqual(links(tree), links(whole));
    });
  }

  it('reads each top-level list whole, with all its items, as a whole-document parse does', () => {
    const lists = (tree: Root) =>
      tree.children.flatMap((node) =>
        node.type === 'list' ? [`${node.position?.start.offset} ${node.ordered} ${node.children.length}`] : [],
      );
    for (const { text } of [...corpusDocuments(), ...exampleDocuments()])
      assert.deepEqual(lists(parseMarkdown(text).tree), lists(wholeParser.parse(text) as Root));
    const timeline = ['## Timeline', ...Array.from({ length: 40 }, (_, i) => `- **Step ${i}:** did thing ${i * 7}.`)];
    assert.deepEqual(lists(parseMarkdown(timeline.join('\n')).tree), ['12 false 40']);
  });

  it('reads chunks that need different syntax, parsed together, as a whole-document parse does', () => {
    // Blocks that need table syntax, all of GFM, a checked parse or none of these, many enough to make several chunks.
    const block = fc.constantFrom(
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'a\n:-',
      'Plain words, and more of them.',
      'Paged ops@example.com at once.',
      'See [the fix](https://example.com/pr/1) and <https://example.com>.',
      'Read www.example.com/status first',
      '# A heading',
      '- one\n- two | three',
      '1. first\n2. second',
      '> a quote with ~strike~ and a [^1] call',
      '```\ncode | www.example.com\n```',
    );
    const document = fc
      .array(fc.tuple(block, fc.constantFrom('\n\n', '\n')), { minLength: 10, maxLength: 60 })
      .map((parts) => parts.map(([text, separator]) => text + separator).join(''));
    fc.assert(
      fc.property(document, (text) => {
        const tree = parseMarkdown(text).tree;
        const whole = wholeParser.parse(text) as Root;
        assert.deepEqual(signature(tree), signature(whole), JSON.stringify(text));
        assert.deepEqual(links(tree), links(whole), JSON.stringify(text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds literal autolinks exactly as remark-gfm does, wherever they are', () => {
    const text = [
      '# Incident at www.example.com',
      '',
      'Paged **ops@example.com** and see https://status.example.com/incidents/42). Also WWW.EXAMPLE.ORG.',
      '',
      '> mailto:oncall@example.com, xmpp:bot@chat.example.com/ops and foo&#64;example.com',
      '',
      '| When | Link |',
      '| --- | --- |',
      '| 10:00 | <https://already.example.com> and [www.inside.example.com](https://x.example.com) |',
      '',
      'No link here: user@localhost, www, a://b, version 1.2.3.',
      '',
      '[ref http://in.text.example.com][r]',
      '',
      '[r]: https://r.example.com',
    ].join('\n');
    assert.deepEqual(parseMarkdown(text).tree.children, (wholeParser.parse(text) as Root).children);
    assert.equal(links(parseMarkdown(text).tree).length, 9);
  });

  it(
    "finds remark-gfm's literal-autolink transform where the narrowing looks for it (the " + "pinned versions' shape)",
    () => {
      const processor = unified().use(remarkParse).use(remarkGfm).use(autolinkLiteralsWhereNeeded).freeze();
      const extensions = (processor.data().fromMarkdownExtensions ?? []).flat();
      const autolinkTransforms = extensions
        .filter((extension) => extension.enter && 'literalAutolink' in extension.enter)
        .flatMap((extension) => extension.transforms ?? []);
      assert.equal(autolinkTransforms.length, 1);
    },
  );

  describe('reads Markdown in which no literal autolink can start the same without their syntax', () => {
    const withSyntax = unified().use(remarkParse).use(remarkGfm);
    const withoutSyntax = unified().use(remarkParse).use(gfmWithoutLiteralAutolinkSyntax(true));
    const sameTree = (text: string): void => {
      if (mayHoldLiteralAutolink(text)) return;
      assert.deepEqual(withoutSyntax.parse(text), withSyntax.parse(text), JSON.stringify(text));
    };
    // Characters the autolink syntax starts at or looks for, and Markdown's own.
    const near = fc
      .array(
        fc.constantFrom(
          ...'wW.hHtTpPsS:/xmail-_+ \n*`[]()<>&#64;|~!\\@'.split(''),
          '@erin',
          'a@b.co',
          'www',
          'http:/',
          'https:',
          'mailto:',
          'xmpp:',
          '&#64;',
          '&commat;',
          'ww.',
          '- ',
          '# ',
        ),
        { maxLength: 80 },
      )
      .map((parts) => parts.join(''));
    const seeds = [...corpusDocuments(), ...exampleDocuments()].map((document) => document.text);

    it('for texts made of the characters autolinks start at', () => {
      fc.assert(fc.property(near, sameTree), { numRuns: 3_000 });
    });

    it('for generated and mutated postmortems, and the corpus with its autolinks taken out', () => {
      fc.assert(
        fc.property(
          generatedPostmortem(seeds, 0.1).filter((text) => text.length < 20_000),
          sameTree,
        ),
        { numRuns: 300 },
      );
      for (const text of seeds)
        sameTree(text.replace(/@/g, ' at ').replace(/:\/\//g, ': //').replace(/www\./gi, 'www '));
    });

    it('and a handle is no address', () => {
      const text = '| Add a test | @erin |\n| --- | --- |\n| Ask @bob.smith and @carol | (@dave) |';
      assert.equal(mayHoldLiteralAutolink(text), false);
      assert.deepEqual(withoutSyntax.parse(text), withSyntax.parse(text));
    });

    it('and a character reference still spells an address remark-gfm links', () => {
      const text = 'Mail foo&#64;example.com or bar&commat;example.org.';
      assert.equal(mayHoldLiteralAutolink(text), false);
      assert.deepEqual(withoutSyntax.parse(text), withSyntax.parse(text));
      assert.equal(links(withoutSyntax.parse(text) as Root).length, 2);
    });
  });

  describe('reads addresses in links and markup as remark-gfm does: parsed without autolinks, then checked', () => {
    const sameTree = (text: string): void => {
      assert.deepEqual(
        REMARK_PARSER.parse(text, 'checked', false),
        REMARK_PARSER.parse(text, 'all', false),
        JSON.stringify(text),
      );
    };
    const near = fc
      .array(
        fc.constantFrom(
          ...'wW.hHtTpPsS:/x@-_+ \n*`[]()<>"=|~!\\'.split(''),
          'https://',
          'http://a.b',
          'www.',
          'www.x.io',
          'a@b.co',
          '](',
          '](https://x.io/a_b_)',
          '<https://x.io>',
          '[l]: https://x.io',
          '<a href="https://x.io">',
          '&#64;',
          '- ',
          '# ',
          '\n\n',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''));

    it('for texts made of links, addresses and the characters autolinks start at', () => {
      fc.assert(fc.property(near, sameTree), { numRuns: 3_000 });
    });

    it('for the corpus and the examples', () => {
      for (const { text } of [...corpusDocuments(), ...exampleDocuments()]) sameTree(text);
    });
  });

  describe('reads Markdown in which no table can be the same without their syntax', () => {
    const withSyntax = unified().use(remarkParse).use(gfmWithoutLiteralAutolinkSyntax(true));
    const withoutSyntax = unified().use(remarkParse).use(gfmWithoutLiteralAutolinkSyntax(false));
    const sameTree = (text: string): void => {
      if (mayHoldTable(text)) return;
      assert.deepEqual(withoutSyntax.parse(text), withSyntax.parse(text), JSON.stringify(text));
    };
    // Characters a table's rows are made of, with one of `|`, `:-` and `-:` left out in turn, and Markdown's own.
    const near = (left: string) =>
      fc
        .array(
          fc.constantFrom(
            ...[...'|:- \t\n*`[]>#=+1.ab\\'].filter((character) => !left.includes(character)),
            '- ',
            '> ',
            '1. ',
            '---',
            '\n\n',
            '```',
            '    ',
          ),
          { maxLength: 80 },
        )
        .map((parts) => parts.join(''));
    const seeds = [...corpusDocuments(), ...exampleDocuments()].map((document) => document.text);

    it('for texts made of the characters table rows are made of', () => {
      fc.assert(fc.property(near('|'), sameTree), { numRuns: 3_000 });
      fc.assert(fc.property(near(':'), sameTree), { numRuns: 3_000 });
    });

    it('for generated and mutated postmortems, and the corpus with its tables taken out', () => {
      fc.assert(
        fc.property(
          generatedPostmortem(seeds, 0.1).filter((text) => text.length < 20_000),
          sameTree,
        ),
        { numRuns: 300 },
      );
      for (const text of seeds) sameTree(text.replace(/\|/g, '!').replace(/:-/g, ': -').replace(/-:/g, '- :'));
    });

    it('and a delimiter row with an alignment colon and no pipe still makes a table', () => {
      const text = 'a\n:-\n';
      assert.equal(mayHoldTable(text), true);
      assert.equal(withSyntax.parse(text).children[0]?.type, 'table');
    });
  });

  it('keeps fenced code, HTML comments and front matter whole across blank lines', () => {
    const text =
      '---\ntitle: x\n\nowner: y\n---\n# A\n\n```\ncode\n\n# not a heading\n```\n\n<!--\n\n# hidden\n-->\n\n## B\n';
    const headings = parseMarkdown(text).tree.children.filter((node) => node.type === 'heading');
    assert.deepEqual(
      headings.map((node) => node.position?.start.line),
      [6, 19],
    );
    assert.equal(parseMarkdown(text).tree.children[0]?.type, 'yaml');
  });

  it('ends a fence in a list item where a line indented less ends the item, as a whole-document parse does', () => {
    // The line at column 0 ends the item and its fence; the fence line after it opens a fence running to the end,
    // over blocks enough to make several chunks.
    const entries = Array.from({ length: 40 }, (_, i) => `### 15:${String(i + 10)}\n\nStep ${i} was taken.\n\n`);
    const fenced = '1. Logs of this form:\n\n   ```\n   [W] one\n!  [W] two\n   ```\n\n   Red herrings.\n\n';
    const text = `# T\n\n## Timeline\n\n### 14:08\n\n${fenced}${entries.join('')}- item\n\n  ~~~\n  x\n\n  ~~~\n`;
    const variants = [text, text.replace('!  [W]', '   [W]')];
    // Each after the other, so that the blocks the edit did not touch are taken from the cache.
    for (const order of [variants, [...variants].reverse()]) {
      const cache = new MarkdownCache();
      for (const variant of order) {
        const whole = wholeParser.parse(variant) as Root;
        assert.deepEqual(signature(parseMarkdown(variant, cache).tree), signature(whole));
      }
    }
  });

  it('reuses the blocks an edit did not touch and re-reads only the edited one', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `- 10:${String(i % 60).padStart(2, '0')} entry ${i}`);
    const before = `# Timeline\n\n${lines.join('\n')}\n\n## After\n\nText.\n`;
    const after = before.replace('entry 100', 'entry one hundred');
    const cache = new MarkdownCache();
    const first = parseMarkdown(before, cache).tree;
    const lastHeadingBefore = first.children.find((node) => node.type === 'heading' && node.depth === 2);
    const second = parseMarkdown(after, cache).tree;
    assert.deepEqual(signature(second), signature(wholeParser.parse(after) as Root));
    const lastHeadingAfter = second.children.find((node) => node.type === 'heading' && node.depth === 2);
    assert.equal(lastHeadingAfter, lastHeadingBefore, 'the unchanged block is reused');
    assert.equal(lastHeadingAfter?.position?.start.offset, after.indexOf('## After'), 'and moved to its new place');
  });

  it('reads a footnote call and a reference link in a block re-read alone as the whole document does', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of the incident.`);
    const before = [
      '# Timeline',
      'The log[^1] and [the PR][pr] tell.',
      ...paragraphs,
      '[^1]:\n    The log of the deploy.',
      '[pr]:\n  https://example.com/pr/1',
    ].join('\n\n');
    const after = before.replace('The log[^1] and', 'The logs[^1] and');
    const cache = new MarkdownCache();
    parseMarkdown(before, cache);
    const tree = parseMarkdown(after, cache).tree;
    assert.deepEqual(signature(tree), signature(wholeParser.parse(after) as Root));
    assert.deepEqual(links(tree), links(wholeParser.parse(after) as Root));
  });

  it('gives a block that occurs twice its own nodes', () => {
    const text = 'Same.\n\nOther.\n\nSame.\n';
    const cache = new MarkdownCache();
    parseMarkdown(text, cache);
    const tree = parseMarkdown(text, cache).tree;
    assert.deepEqual(
      tree.children.map((node) => node.position?.start.offset),
      [0, 7, 15],
    );
  });

  it(
    'reads lists as lists after a `---` that opens no front matter (remark-frontmatter would ' +
      'read them as paragraphs)',
    () => {
      const text = '---\ntype: postmortem\n# Title\n\nSome words\n\n- 10:02 UTC Alert fired\n';
      assert.deepEqual(
        parseMarkdown(text).tree.children.map((node) => node.type),
        ['thematicBreak', 'paragraph', 'heading', 'paragraph', 'list'],
      );
    },
  );

  it('keeps offsets right after a byte-order mark and with CRLF line ends', () => {
    const text = '\uFEFF---\r\ntype: postmortem\r\n---\r\n# Title\r\n\r\nBody\r\n';
    const tree = parseMarkdown(text).tree;
    const heading = tree.children.find((node) => node.type === 'heading')!;
    assert.equal(text.slice(heading.position!.start.offset, heading.position!.end.offset), '# Title');
  });

  describe('guards against shapes that make the parser slow', () => {
    it('skips a 2 MB line and still reads the rest', () => {
      const text = `# Title\n\n${'*a* _b_ '.repeat(260_000)}\n\n## Impact\n\nUsers saw errors.\n`;
      const document = parsePostmortem(text);
      assert.equal(document.problems.length, 1);
      assert.match(document.problems[0]!.message, /^Too large to analyze: a line of 2,080,000 characters/);
      assert.equal(document.problems[0]!.range.start.line, 2);
      assert.deepEqual(
        document.sections.map((section) => section.title),
        ['Title', 'Impact'],
      );
    });

    it('skips 2,000 nested list levels', () => {
      const nested = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
      const document = parsePostmortem(`# T\n\n${nested}\n`);
      assert.match(document.problems[0]?.message ?? '', /nested more than 40 levels/);
    });

    it('skips a 20,000-row table with empty cells', () => {
      const table = `| a | b |\n|---|---|\n${'| | |\n'.repeat(20_000)}`;
      const document = parsePostmortem(`# T\n\n${table}\n## Next\n`);
      assert.match(document.problems[0]?.message ?? '', /a block of 20,00\d lines/);
      assert.deepEqual(
        document.sections.map((section) => section.title),
        ['T', 'Next'],
      );
    });
  });
});

describe('corpus and examples parse', () => {
  for (const { name, text } of [...corpusDocuments(), ...exampleDocuments()]) {
    it(`parses ${name} without a problem`, () => {
      const document = parsePostmortem(text);
      assert.deepEqual(document.problems, []);
      assert.ok(document.sections.length > 0 || !text.includes('\n#'));
    });
  }
});
