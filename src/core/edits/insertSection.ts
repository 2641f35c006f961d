import type { PostmortemDocument, Section, TextEdit } from '../model/types';
import { SECTION_STUBS, TEMPLATE_ORDER, type SectionKind, type TemplateKind } from '../vocabulary/terms';

export interface SectionInsertion {
  /** Where the section belongs: the end of the section before it, or the place after the title. */
  readonly anchor: number;
  /** Inserts the heading and its prompt, with blank lines around them. */
  readonly edit: TextEdit;
}

/** Where a missing section of `kind` goes, following the template order, and the edit that inserts it. */
export function sectionInsertion(document: PostmortemDocument, kind: SectionKind): SectionInsertion {
  const { text } = document;
  const title = titleSection(document.sections);
  const ordered = document.sections.filter((section) => section !== title && rank(section.ownKind) >= 0);
  const level =
    ordered.length > 0
      ? Math.min(...ordered.map((section) => section.level))
      : title
        ? Math.min(title.level + 1, 6)
        : 2;
  const peers = ordered.filter((section) => section.level === level);
  const wanted = rank(kind);
  const before = peers.filter((section) => rank(section.ownKind) < wanted).pop();
  const after = peers.find((section) => rank(section.ownKind) > wanted);
  let anchor: number;
  let insertAt: number;
  if (before) {
    anchor = before.range.end.offset;
    insertAt = nextLineStart(text, anchor);
  } else if (after) {
    anchor = insertAt = after.headingRange.start.offset - after.headingRange.start.character;
  } else {
    anchor = title ? ownContentEnd(title) : (document.frontMatter?.range.end.offset ?? 0);
    insertAt = nextLineStart(text, anchor);
  }
  const stub = kind === 'other' ? { title: 'Other', prompt: '' } : SECTION_STUBS[kind];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [`${'#'.repeat(level)} ${stub.title}`, '', `<!-- ${stub.prompt} -->`];
  return { anchor, edit: blockInsertion(text, insertAt, lines, eol) };
}

function rank(kind: SectionKind): number {
  return TEMPLATE_ORDER.indexOf(kind as TemplateKind);
}

/**
 * The first section, when it is the only one at the highest level: the document's title (`# Checkout API returned
 * 503s`).
 */
export function titleSection<T extends Pick<Section, 'level'>>(sections: readonly T[]): T | undefined {
  const first = sections[0];
  if (!first || sections.slice(1).some((section) => section.level <= first.level)) return undefined;
  return first;
}

/** The end of a section's own text, before its first subsection. */
function ownContentEnd(section: Section): number {
  const last = section.nodes[section.nodes.length - 1];
  return Math.max(section.headingRange.end.offset, last?.position?.end.offset ?? 0);
}

function nextLineStart(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const lineBreak = text.indexOf('\n', offset);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}

/** Inserts `lines` at the start of a line, with a blank line before and after unless one is there. */
function blockInsertion(text: string, offset: number, lines: readonly string[], eol: string): TextEdit {
  let prefix = '';
  if (offset > 0) {
    if (text[offset - 1] !== '\n') prefix = eol;
    const lineEnd = prefix === '' ? offset - 1 : offset;
    const previousLine = text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
    if (previousLine.trim() !== '') prefix += eol;
  }
  const nextLineEnd = text.indexOf('\n', offset);
  const nextLine = text.slice(offset, nextLineEnd === -1 ? text.length : nextLineEnd);
  const suffix = offset < text.length && nextLine.trim() !== '' ? eol : '';
  return { start: offset, end: offset, newText: prefix + lines.join(eol) + eol + suffix };
}
