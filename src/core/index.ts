// The core's front door: everything the extension, its analysis worker, the CLI and src/node use.
// Faces import from here (or, in a webview, from `protocol.ts`) and never from a module inside the
// core, so the core can rearrange itself without touching them.
export * from './protocol';
export {
  INTERNAL_ERROR_RULE_ID,
  PARSE_RULE_ID,
  TEMPLATE_ORDER,
  sectionKindTitle,
  type PostmortemConfig,
  type SectionKind,
  type Severity,
} from './vocabulary/terms';

export {
  analyze,
  type Analysis,
  type AnalyzedActionItem,
  type AnalyzedFinding,
  type SectionSummary,
} from './analysis/analyze';
export { lintText } from './analysis/lint';
export { errorMessage } from './util/errors';
export { isPostmortem } from './model/documentType';
export { parsePostmortem } from './analysis/parse';
export { MarkdownCache } from './model/markdown';
export type { ActionItem, Metrics, PostmortemDocument, Range, TextEdit } from './model/types';

export { DEFAULT_CONFIG } from './config/defaults';
export { findConfigPath, findConfigPathAsync } from './config/findConfigPath';
export { parseConfig, type ConfigProblem, type ParsedConfig } from './config/parseConfig';

export { RULES } from './rules/index';
export { PROJECT_URL, ruleDocsUrl } from './rules/docs';
export type { Finding } from './model/findings';
export type { Rule } from './rules/types';
export { findingsWithin } from './model/findingsWithin';

export { sectionInsertion, titleSection } from './edits/insertSection';
export { relatedEntryInsertion, relatedEntryReplacement } from './edits/relatedEntry';
export { assignOwnerEdit, markDoneEdit, normalizeOwner, ownerProblem } from './actionItems/edits';
export { checkedTimelineEdits } from './timeline/edits';
export { unknownMetrics } from './timeline/extract';
export { readWebviewMessage } from './timeline/protocol';
export { timelineView } from './timeline/view';

export {
  frontMatterList,
  frontMatterText,
  postmortemFacts,
  workspaceMetrics,
  type ActionItemCounts,
  type PostmortemFacts,
} from './metrics';
export { documentMetadataTable } from './model/metadataTable';
export { readMetricsMessage } from './metricsProtocol';
export { CODEOWNERS_PATHS, knownOwners, ownersFromCodeowners } from './owners';

export { NO_AUTHOR_SOURCES, authorName, type AuthorSources } from './templates/author';
export {
  describeTemplate,
  fillTemplate,
  templateMatches,
  type TemplateInfo,
  type TemplateVariable,
} from './templates/fill';
export { templateFromPostmortem } from './templates/fromPostmortem';
export { documentId, frontMatterBlock, nextId } from './templates/ids';
export { postmortemFileName, slugify, uniqueFileName } from './templates/naming';
export { addSnippet, type TeamSnippet } from './snippets/merge';

export { today } from './util/clock';
export { didYouMean } from './util/closest';
export { isoDateProblem } from './model/isoDate';
export { isoDuration, isoInstant } from './util/isoTime';
export {
  daysBetween,
  daysStats,
  isOverdue,
  type DaysStats,
  type FollowThroughCounts,
  type FollowThroughGroup,
} from './followThrough/followThrough';
export { causeProfile, type CauseSentence } from './related/causes';
export { CauseIndex, type CauseProfile, type RelatedPostmortem, type SentenceMatch } from './related/relatedIndex';
export type { RecurringCause } from './related/recurring';
export {
  KnownPostmortems,
  listsRelated,
  RelatedMove,
  type KnownPostmortem,
  type MovedEntry,
} from './related/workspaceNames';
export { relatedEntries } from './related/relatedEntries';
export { newIssueUrl, type IssueDraft } from './tracker/newIssue';
export { fileUrl, forgeOf, remoteUrlFromGitConfig, type Forge } from './tracker/remote';
export { readTrackingLink, trackingLinkEdit } from './tracker/trackingLink';
export { actionItemRows, rowsAsCsv } from './exportRows';
export {
  completionsAt,
  type CompletionKind,
  type RelatedChoice,
} from './editor/completion';
export { escapeMarkdown, hoverAt } from './editor/hover';
export {
  FIX_ALL_TITLE,
  findingActions,
  findingOfDiagnostic,
  fixAllEdits,
  shownSeverity,
  type SeverityOverrides,
} from './editor/actions';
