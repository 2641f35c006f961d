// What the editor shows of one document version, as plain data: it crosses a worker's message
// channel and is shared by diagnostics, code actions, hovers and views.
import type { PostmortemConfig, SectionKind } from '../vocabulary/terms';
import { isPostmortem } from '../model/documentType';
import { lintDocument } from './lint';
import type { MarkdownCache } from '../model/markdown';
import { parsePostmortem } from './parse';
import type { ActionItem, FrontMatter, PostmortemDocument, Section } from '../model/types';
import { completionDate } from '../actionItems/completion';
import { teamDirectory } from '../followThrough/teams';
import { causeSentences, type CauseSentence } from '../related/causes';
import type { Finding, Fix } from '../model/findings';
import { RULES } from '../rules/index';
import type { WorkspacePostmortems } from '../model/workspace';
import { suppressionEdit } from './suppression';
import { findingsWithin } from '../model/findingsWithin';
import { htmlBlockSpans, writesInsideHtml } from '../model/htmlBlocks';
import { missingSections } from '../model/requiredSections';
import { documentMetadataTable } from '../model/metadataTable';
import { documentTitle } from '../model/titleLine';

export interface SectionSummary extends Omit<Section, 'nodes'> {
  /** How many findings lie in the section, subsections included. */
  readonly problems: number;
}

export interface AnalyzedFinding extends Finding {
  /** The edit that silences this finding with a suppression comment. */
  readonly disable: Fix;
  /** What the rule checks, in one line. */
  readonly ruleDescription: string;
}

/** An action item with what follow-through reads of it. */
export interface AnalyzedActionItem extends ActionItem {
  /** When a done item was done, as its text says (`done 2025-02-20`). */
  readonly completedOn: string | undefined;
  /** The teams of its owners, from the configuration's `teams`. */
  readonly teams: readonly string[];
  /** The item is written in block HTML: the views do not write into it, so that the markup stays as written. */
  readonly writtenInHtml?: true;
}

/** The model's plain-data parts, as the parser produced them. */
export interface Analysis extends Pick<PostmortemDocument, 'timeline' | 'metrics'> {
  readonly actionItems: readonly AnalyzedActionItem[];
  /**
   * The sentences of its root-cause, contributing-factor and trigger sections, with their terms (related postmortems).
   */
  readonly causes: readonly CauseSentence[];
  readonly isPostmortem: boolean;
  readonly title: string | undefined;
  readonly frontMatter: FrontMatter['data'];
  /** A front matter block whose YAML cannot be read: its values, `related:` among them, are not known. */
  readonly frontMatterUnread: boolean;
  /** Without front matter, the fields of its metadata table under the title, by lower-case name (`severity`). */
  readonly metadataTable: Readonly<Record<string, string>>;
  readonly sections: readonly SectionSummary[];
  /** Required section kinds the document lacks. */
  readonly missingSections: readonly SectionKind[];
  readonly findings: readonly AnalyzedFinding[];
}

export interface AnalyzeOptions {
  readonly config: PostmortemConfig;
  /** The path the document-type globs see (relative to the configuration's folder where there is one). */
  readonly path: string;
  /** Analyze even when the document is not a postmortem (a file named explicitly). */
  readonly force?: boolean;
  readonly cache?: MarkdownCache;
  /** The text's model, when the caller has parsed it already with the same configuration. */
  readonly document?: PostmortemDocument;
  /** The workspace's postmortems, where the caller knows them all (see `related-not-found`). */
  readonly workspace?: WorkspacePostmortems;
}

const NOT_A_POSTMORTEM: Analysis = {
  isPostmortem: false,
  title: undefined,
  frontMatter: undefined,
  frontMatterUnread: false,
  metadataTable: {},
  sections: [],
  missingSections: [],
  timeline: [],
  actionItems: [],
  causes: [],
  metrics: { timeToDetect: undefined, timeToMitigate: undefined, timeToResolve: undefined },
  findings: [],
};

/** Parses and lints a document when it is a postmortem; never throws. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const postmortem = isPostmortem(options.path, text, options.config.documents);
  if (!postmortem && !options.force) return NOT_A_POSTMORTEM;
  const document = options.document ?? parsePostmortem(text, { config: options.config, cache: options.cache });
  const findings = lintDocument(document, options.config, undefined, options.workspace).map((finding) => {
    const { title, edit } = suppressionEdit(document, finding.ruleId, finding.range.start.line);
    const ruleDescription = RULES.find((rule) => rule.id === finding.ruleId)?.description ?? finding.message;
    return { ...finding, disable: { title, edits: [edit] }, ruleDescription };
  });
  return {
    isPostmortem: postmortem,
    title: documentTitle(document) ?? document.sections[0]?.title,
    frontMatter: document.frontMatter?.data,
    frontMatterUnread: document.frontMatter?.data === undefined && (document.frontMatter?.errors.length ?? 0) > 0,
    metadataTable: documentMetadataTable(document),
    sections: document.sections.map(({ nodes: _nodes, ...section }) => ({
      ...section,
      problems: findingsWithin(section.range, findings),
    })),
    missingSections: missingSections(document.sections, options.config.requiredSections),
    timeline: document.timeline,
    actionItems: analyzedActionItems(document, options.config),
    causes: causeSentences(document),
    metrics: document.metrics,
    findings,
  };
}

function analyzedActionItems(document: PostmortemDocument, config: AnalyzeOptions['config']): AnalyzedActionItem[] {
  const teamsOf = teamDirectory(config);
  const html = htmlBlockSpans(document.tree);
  return document.actionItems.map((item) => ({
    ...item,
    completedOn: completionDate(document.text, item),
    teams: [...new Set(item.owners.flatMap(teamsOf))],
    ...(writesInsideHtml(html, item.range.start.offset, item.range.end.offset) ? { writtenInHtml: true } : {}),
  }));
}
