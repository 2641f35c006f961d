// What the timeline editor shows of one document version: rows keyed by stable ids, each with
// the timeline rules' findings worded as the diagnostics are, the metrics and the long gaps.
import type { Finding } from '../model/findings';
import type { FrontMatter, PostmortemDocument, Section } from '../model/types';
import { withoutMilestone } from './entrySource';
import { entryIds } from './ids';
import { unknownMetrics } from './extract';
import { documentZone } from './now';
import type { EntryProblem, TimelineGap, TimelineRow, TimelineViewModel } from './protocol';

/** The parts of an analysis the view reads. */
interface ViewInput extends Pick<PostmortemDocument, 'timeline' | 'metrics'> {
  readonly title: string | undefined;
  readonly sections: readonly Pick<Section, 'kind'>[];
  readonly frontMatter: FrontMatter['data'];
  readonly findings: readonly Finding[];
}

const MINUTE = 60_000;
const LONG_GAP_MINIMUM = 30 * MINUTE;
const LONG_GAP_FACTOR = 3;

export function timelineView(analysis: ViewInput, version: number): TimelineViewModel {
  const ids = entryIds(analysis.timeline);
  const timelineFindings = analysis.findings.filter((finding) => finding.ruleId.startsWith('timeline-'));
  const onEntry = new Set<Finding>();
  const rows: TimelineRow[] = analysis.timeline.map((entry, index) => {
    const found = timelineFindings.filter(
      (finding) =>
        finding.range.start.offset >= entry.range.start.offset &&
        finding.range.start.offset < Math.max(entry.range.end.offset, entry.range.start.offset + 1),
    );
    for (const finding of found) onEntry.add(finding);
    const problems = found.map(asProblem);
    const instant = entry.instant ?? null;
    return {
      id: ids[index]!,
      line: entry.range.start.line,
      style: entry.style,
      timeText: entry.timeText,
      description: withoutMilestone(entry.description),
      instant,
      unresolvedBecause: instant === null ? reasonsUnsaid(entry.error, problems) : null,
      zone: entry.zone ?? null,
      approximate: entry.approximate,
      milestone: entry.milestone ?? null,
      problems,
      ...(entry.writtenInHtml ? { writtenInHtml: true as const } : {}),
    };
  });
  const { timeToDetect, timeToMitigate, timeToResolve } = analysis.metrics;
  const zone = documentZone(analysis);
  return {
    version,
    title: analysis.title ?? '',
    hasSection: analysis.sections.some((section) => section.kind === 'timeline'),
    documentZone: zone,
    documentZoneText: analysis.timeline.find((entry) => entry.zone === zone && entry.zoneText)?.zoneText ?? zone,
    rows,
    sectionProblems: timelineFindings.filter((finding) => !onEntry.has(finding)).map(asProblem),
    metrics: {
      timeToDetect: timeToDetect ?? null,
      timeToMitigate: timeToMitigate ?? null,
      timeToResolve: timeToResolve ?? null,
      unknownBecause: [...new Set(Object.values(unknownMetrics(analysis.timeline)))],
    },
    gaps: longGaps(rows),
  };
}

/**
 * The reasons of `error` (`no date for this time; no time zone in scope`) that none of the row's problems says; none
 * when a problem is about the time as written (impossible, missing), which is why it has no instant.
 */
function reasonsUnsaid(error: string | undefined, problems: readonly EntryProblem[]): string | null {
  if (problems.some((problem) => problem.ruleId === 'timeline-timestamp')) return null;
  const unsaid = (error ?? '')
    .split('; ')
    .filter((reason) => reason !== '' && !problems.some((problem) => problem.message.includes(reason)));
  return unsaid.length > 0 ? unsaid.join('; ') : null;
}

function asProblem({ ruleId, severity, message }: Finding): EntryProblem {
  return { ruleId, severity, message };
}

/**
 * Quiet stretches worth pointing out: between consecutive resolved entries (in document order), a
 * gap at least 30 minutes long and at least 3 times the median gap, so that a timeline of hourly
 * entries shows no gaps and a busy half hour followed by two silent hours shows one.
 */
function longGaps(rows: readonly TimelineRow[]): TimelineGap[] {
  const resolved = rows.filter((row) => row.instant !== null);
  const gaps = resolved.slice(1).map((row, index) => ({
    afterId: resolved[index]!.id,
    beforeId: row.id,
    ms: row.instant! - resolved[index]!.instant!,
  }));
  const forward = gaps
    .map((gap) => gap.ms)
    .filter((ms) => ms > 0)
    .sort((a, b) => a - b);
  if (forward.length === 0) return [];
  const middle = forward.length >> 1;
  const median = forward.length % 2 === 1 ? forward[middle]! : (forward[middle - 1]! + forward[middle]!) / 2;
  return gaps.filter((gap) => gap.ms >= LONG_GAP_MINIMUM && gap.ms >= LONG_GAP_FACTOR * median);
}
