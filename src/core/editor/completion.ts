// What completion offers at a place in a postmortem, for any editor: owners after `@` or
// `Owner:`, section headings after `#` (missing required ones first), milestone markers after `[`,
// front-matter `status` and `severity` values, and `pmtime` (a timeline entry stamped now) at the
// start of a line. The VS Code face and the language server both offer these.
import type { Analysis } from '../analysis/analyze';
import { MILESTONES, SECTION_STUBS, TEMPLATE_ORDER, type PostmortemConfig } from '../vocabulary/terms';
import { nowEntry } from '../timeline/now';

export type CompletionKind = 'value' | 'section' | 'milestone' | 'owner' | 'snippet' | 'reference';

interface EditorCompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  readonly documentation?: string;
  readonly sortText?: string;
  /** What to insert in TextMate snippet syntax (which VS Code and LSP clients both read), when not the label. */
  readonly snippet?: string;
}

export interface EditorCompletions {
  readonly items: readonly EditorCompletionItem[];
  /** The character on the cursor's line from which the items replace the text typed. */
  readonly replaceFrom: number;
}

/** The document's lines, as the editor holds them. */
interface TextLines {
  readonly lineCount: number;
  lineText(line: number): string;
}

export interface CompletionRequest {
  readonly lines: TextLines;
  readonly line: number;
  readonly character: number;
  /** The analysis of the document (completion needs its sections and entries, not this keystroke's findings). */
  readonly analysis: Pick<Analysis, 'isPostmortem' | 'missingSections' | 'timeline' | 'frontMatter'>;
  readonly config: Pick<PostmortemConfig, 'statusValues' | 'severityScale'>;
  /** The known owners (`knownOwners`), asked for only where an owner is typed. */
  readonly owners: () => Promise<readonly string[]> | readonly string[];
  /**
   * The related postmortems, best first, asked for only inside front-matter `related:`; none where the editor keeps no
   * index.
   */
  readonly related?: () => Promise<readonly RelatedChoice[]>;
  readonly now: number;
}

/** A postmortem to offer in `related:`: its id (else path), its title, and the sentences that match. */
export interface RelatedChoice {
  readonly value: string;
  readonly title: string;
  readonly documentation?: string;
}

function inFrontMatter(lines: TextLines, line: number): boolean {
  if (!/^\uFEFF?---\s*$/.test(lines.lineText(0))) return false;
  for (let i = 1; i < Math.min(lines.lineCount, 200); i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines.lineText(i))) return line < i;
  }
  return false;
}

function items(
  labels: readonly string[],
  kind: CompletionKind,
  detail: string,
  sortPrefix = '',
): EditorCompletionItem[] {
  return labels.map((label, index) => ({ label, kind, detail, sortText: sortPrefix + String(index).padStart(4, '0') }));
}

const escapeSnippet = (text: string): string => text.replace(/[$}\\]/g, '\\$&');

/** The completions at a place, or undefined where there is nothing to offer. */
export async function completionsAt(request: CompletionRequest): Promise<EditorCompletions | undefined> {
  const { lines, line, character, analysis, config } = request;
  if (!analysis.isPostmortem) return undefined;
  const before = lines.lineText(line).slice(0, character);
  const from = (typed: string): number => character - typed.length;

  const frontMatterKey = /^(status|severity)\s*:\s*([\w-]*)$/.exec(before);
  if (frontMatterKey && inFrontMatter(lines, line)) {
    const values = frontMatterKey[1] === 'status' ? config.statusValues : config.severityScale;
    return { items: items(values, 'value', `postmortem ${frontMatterKey[1]}`), replaceFrom: from(frontMatterKey[2]!) };
  }
  const related = /^related\s*:\s*\[?((?:[^\],]*,\s*)*)([^\],\s]*)$/.exec(before);
  if (related && request.related && inFrontMatter(lines, line)) {
    const listed = new Set(
      related[1]!
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean),
    );
    const choices = (await request.related()).filter((choice) => !listed.has(choice.value));
    return {
      items: choices.map((choice, index) => ({
        label: choice.value,
        kind: 'reference',
        detail: `related: ${choice.title}`,
        documentation: choice.documentation,
        sortText: String(index).padStart(4, '0'),
      })),
      replaceFrom: from(related[2]!),
    };
  }
  const heading = /^(#{1,6})\s+([^#]*)$/.exec(before);
  if (heading) {
    const missing = analysis.missingSections
      .map((kind) => SECTION_STUBS[kind as keyof typeof SECTION_STUBS]?.title)
      .filter((title): title is string => title !== undefined);
    const others = TEMPLATE_ORDER.map((kind) => SECTION_STUBS[kind].title).filter((title) => !missing.includes(title));
    return {
      items: [
        ...items(missing, 'section', 'required section, missing'),
        ...items(others, 'section', 'postmortem section', '1'),
      ],
      replaceFrom: from(heading[2]!),
    };
  }
  const milestone = /\[([a-z]*)$/.exec(before);
  if (milestone) {
    return {
      items: items(
        MILESTONES.map((name) => `${name}]`),
        'milestone',
        'timeline milestone',
      ),
      replaceFrom: from(milestone[1]!),
    };
  }
  const owner = /(?:^|[\s(|,])(@[\w./-]*)$|owner:\s*(\S*)$/i.exec(before);
  if (owner) {
    return { items: items(await request.owners(), 'owner', 'owner'), replaceFrom: from(owner[1] ?? owner[2] ?? '') };
  }
  const lineStart = /^\s*(\w*)$/.exec(before);
  if (lineStart && !inFrontMatter(lines, line)) {
    const entry = nowEntry(analysis, request.now);
    const pmtime: EditorCompletionItem = {
      label: 'pmtime',
      kind: 'snippet',
      detail: `Timeline entry stamped now (${entry.zone})`,
      documentation: `${entry.line} …`,
      snippet: `${escapeSnippet(entry.line)} $0`,
    };
    return { items: [pmtime], replaceFrom: from(lineStart[1]!) };
  }
  return undefined;
}
