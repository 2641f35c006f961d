// Inline suppression comments:
//   <!-- postmortem-disable-next-line RULE, RULE -->   the line after the comment
//   <!-- postmortem-disable-line RULE -->              the comment's own line
//   <!-- postmortem-disable RULE --> ... <!-- postmortem-enable RULE -->
// No rule means every rule; `-- reason` after the rules is a note for readers. A `disable` at the
// top of the document (nothing but front matter and comments before it) covers the whole document,
// front matter included, since no comment can precede the front matter.
// Comments are read from the Markdown tree's `html` nodes, so one inside a code block is text.
import type { Nodes } from 'mdast';
import { htmlBlockSpans } from '../model/htmlBlocks';
import type { PostmortemDocument, TextEdit } from '../model/types';

type Directive = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

interface SuppressionComment {
  readonly directive: Directive;
  /** Empty for every rule. */
  readonly rules: readonly string[];
  /** 0-based lines where the comment starts and ends. */
  readonly line: number;
  readonly endLine: number;
}

const COMMENT = /<!--\s*postmortem-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->/g;

function readSuppressionComments(document: PostmortemDocument): SuppressionComment[] {
  // A comment's directive lies on one line of the text; most documents have none.
  if (!document.text.includes('postmortem-')) return [];
  const comments: SuppressionComment[] = [];
  const pending: Nodes[] = [document.tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'html') {
      const base = node.position?.start.offset;
      if (base !== undefined) comments.push(...commentsIn(node.value, base, document));
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    }
  }
  const topEnd = topOfDocumentEnd(document);
  return comments
    .map((comment) => (comment.directive === 'disable' && comment.endLine < topEnd ? { ...comment, line: 0 } : comment))
    .sort((a, b) => a.line - b.line);
}

/** The first line of the document's content: after its front matter and leading comments. */
function topOfDocumentEnd(document: PostmortemDocument): number {
  const first = document.tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
  const offset = first?.position?.start.offset;
  return offset === undefined ? Number.MAX_SAFE_INTEGER : document.positionAt(offset).line;
}

function commentsIn(html: string, base: number, document: PostmortemDocument): SuppressionComment[] {
  const found: SuppressionComment[] = [];
  for (const match of html.matchAll(COMMENT)) {
    const start = base + match.index;
    const rules = (match[2] ?? '')
      .split(/\s--\s/)[0]!
      .split(/[\s,]+/)
      .filter((rule) => rule !== '');
    found.push({
      directive: match[1] as Directive,
      rules,
      line: document.positionAt(start).line,
      endLine: document.positionAt(start + match[0].length).line,
    });
  }
  return found;
}

/** Answers whether a rule's finding on a 0-based line is silenced by a comment. */
export type SuppressionCheck = (ruleId: string, line: number) => boolean;

export function suppressionCheck(document: PostmortemDocument): SuppressionCheck {
  const comments = readSuppressionComments(document);
  if (comments.length === 0) return () => false;
  const blocks = comments.filter((comment) => comment.directive === 'disable' || comment.directive === 'enable');
  const names = (comment: SuppressionComment, ruleId: string) =>
    comment.rules.length === 0 || comment.rules.includes(ruleId);
  return (ruleId, line) => {
    for (const comment of comments) {
      if (comment.directive === 'disable-next-line' && line === comment.endLine + 1 && names(comment, ruleId))
        return true;
      if (
        comment.directive === 'disable-line' &&
        line >= comment.line &&
        line <= comment.endLine &&
        names(comment, ruleId)
      )
        return true;
    }
    return blockDisables(blocks, ruleId, line);
  };
}

/** Replays the disable and enable comments up to `line`, in the order they appear. */
function blockDisables(blocks: readonly SuppressionComment[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const comment of blocks) {
    if (comment.line > line) break;
    if (comment.rules.length === 0 || comment.rules.includes(ruleId)) disabled = comment.directive === 'disable';
  }
  return disabled;
}

export interface SuppressionEdit {
  /** `Disable front-matter for this line` or `... for this document`. */
  readonly title: string;
  readonly edit: TextEdit;
}

/**
 * The edit that silences a rule on a 0-based line: a `disable-line` comment at the end of the
 * line (inside the last cell of a table row, so that the table keeps its shape; before a code span or an HTML tag
 * that runs on past the line, where a comment would be code or part of the tag). For a line of the front matter, or
 * one with no such place (it lies inside a code block or an HTML tag), it is a `disable` comment for the whole
 * document at its top.
 */
export function suppressionEdit(document: PostmortemDocument, ruleId: string, line: number): SuppressionEdit {
  const frontMatter = document.frontMatter;
  if (frontMatter && line <= frontMatter.range.end.line) return documentWide(document, ruleId);
  const lineStart = document.lineStart(line);
  const lineEnd = endOfLine(document.text, lineStart);
  const content = document.text.slice(lineStart, lineEnd).replace(/\s+$/, '');
  const comment = `<!-- postmortem-disable-line ${ruleId} -->`;
  const title = `Disable ${ruleId} for this line`;
  const contentEnd = lineStart + content.length;
  if (/^\s*\|.*\|$/.test(content)) {
    const lastPipe = contentEnd - 1;
    return { title, edit: { start: lastPipe, end: lastPipe, newText: `${comment} ` } };
  }
  const at = commentPlace(document, lineStart, contentEnd);
  if (at === undefined) return documentWide(document, ruleId);
  const newText = content.trim() === '' ? comment : at === contentEnd ? ` ${comment}` : `${comment} `;
  return { title, edit: { start: at, end: at, newText } };
}

/** A `disable` comment for the whole document: after its front matter, or on a line of its own at its start. */
function documentWide(document: PostmortemDocument, ruleId: string): SuppressionEdit {
  const title = `Disable ${ruleId} for this document`;
  const comment = `<!-- postmortem-disable ${ruleId} -->`;
  const frontMatter = document.frontMatter;
  const eol = document.text.includes('\r\n') ? '\r\n' : '\n';
  if (!frontMatter) return { title, edit: { start: 0, end: 0, newText: `${comment}${eol}` } };
  const offset = frontMatter.range.end.offset;
  return { title, edit: { start: offset, end: offset, newText: `${eol}${comment}` } };
}

/** Nodes whose text a comment inside would join: it would be code, math or part of a tag, not a comment. */
const LITERAL_NODES = new Set(['inlineCode', 'code', 'html', 'inlineMath', 'math']);

/**
 * Where on the line `[lineStart, contentEnd)` a comment may go: its end, or else the start of the code span or HTML
 * tag that runs on past it when that starts on the line; undefined when the whole line is inside one.
 */
function commentPlace(document: PostmortemDocument, lineStart: number, contentEnd: number): number | undefined {
  const literal = literalAround(document.tree, contentEnd);
  const tag = literal === undefined ? tagAround(document, contentEnd) : undefined;
  const start = literal ?? tag;
  if (start === undefined) return contentEnd;
  return start >= lineStart ? start : undefined;
}

/** The start of the code, math or raw HTML node that runs on past `offset`, if any. */
function literalAround(tree: PostmortemDocument['tree'], offset: number): number | undefined {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !(start < offset && offset < end)) continue;
    // Block HTML is read as structure (see htmlBlocks.ts): its tags are looked for in the text by `tagAround`.
    if (LITERAL_NODES.has(node.type) && !(node.type === 'html' && node.data?.htmlBlock)) return start;
    if ('children' in node) pending.push(...(node.children as Nodes[]));
  }
  return undefined;
}

/** The start of the HTML tag or comment that is open at `offset` within block HTML, if any. */
function tagAround(document: PostmortemDocument, offset: number): number | undefined {
  const span = htmlBlockSpans(document.tree).find((html) => html.start < offset && offset < html.end);
  if (!span) return undefined;
  const text = document.text;
  let open: number | undefined;
  let quote = '';
  for (let i = span.start; i < offset; i++) {
    const character = text[i]!;
    if (open === undefined) {
      if (character === '<' && /[A-Za-z/!?]/.test(text[i + 1] ?? '')) open = i;
    } else if (text.startsWith('<!--', open)) {
      if (character === '>' && i >= open + 4 && text.startsWith('--', i - 2)) open = undefined;
    } else if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') open = undefined;
  }
  return open;
}

function endOfLine(text: string, from: number): number {
  const next = text.indexOf('\n', from);
  const end = next === -1 ? text.length : next;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}
