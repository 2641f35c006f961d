// The core's small door for the webviews: the messages they exchange with the host and the few
// pure helpers they run themselves. Kept apart from `index.ts` so a webview bundle never reaches
// the parser or the language model.
export { humanDuration } from './util/isoTime';
export {
  DURATION_NAMES,
  type DurationName,
  type PostmortemRow,
  type RecurringValue,
  type WorkspaceMetrics,
} from './metrics';
export type { MetricsHostMessage, MetricsWebviewMessage } from './metricsProtocol';
export type { FollowThroughGroup } from './followThrough/followThrough';
export type { RecurringCause } from './related/recurring';
export { MILESTONES, type Milestone } from './vocabulary/terms';
export { parsePasted } from './timeline/paste';
export type {
  EntryProblem,
  HostMessage,
  NewEntry,
  TimelineIntent,
  TimelineRow,
  TimelineViewModel,
  WebviewMessage,
  ZoneMode,
} from './timeline/protocol';
