// What hovering a place in a postmortem shows, for any editor: Markdown text and the range it
// covers. The VS Code face and the language server both show these.
import type { Analysis } from '../analysis/analyze';
import type { Range, TimelineEntry } from '../model/types';
import { signedDuration } from '../util/isoTime';
import { ruleDocsUrl } from '../rules/docs';

export interface EditorHover {
  /** Paragraphs of Markdown, shown one after the other. */
  readonly parts: readonly string[];
  /** The text the hover is about (a timeline entry's time), when narrower than the word hovered. */
  readonly range: Range | undefined;
}

const covers = (range: Range, offset: number): boolean => range.start.offset <= offset && offset <= range.end.offset;

/**
 * Where the offsets count from: the `started` milestone, named as the start of the incident; else the first resolved
 * entry, named as that, since the document does not say when the incident started.
 */
function incidentStart(
  entries: readonly TimelineEntry[],
): { readonly instant: number; readonly name: string } | undefined {
  const started = entries.find((entry) => entry.milestone === 'started' && entry.instant !== undefined)?.instant;
  if (started !== undefined) return { instant: started, name: 'the start of the incident' };
  const first = entries.find((entry) => entry.instant !== undefined)?.instant;
  return first === undefined ? undefined : { instant: first, name: 'the first entry' };
}

/** Hovering a timeline entry shows its UTC instant and offset from the start; hovering a finding explains its rule. */
export function hoverAt(analysis: Analysis, offset: number): EditorHover | undefined {
  if (!analysis.isPostmortem) return undefined;
  const parts: string[] = [];
  let range: Range | undefined;
  const entry = analysis.timeline.find((candidate) => covers(candidate.range, offset));
  if (entry) {
    range = entry.timeRange;
    let text: string;
    if (entry.instant === undefined) {
      const reason = escapeMarkdown(entry.error ?? 'unknown reason');
      text = `**${escapeMarkdown(entry.timeText)}** does not resolve to an instant: ${reason}`;
    } else {
      const start = incidentStart(analysis.timeline);
      text = `**${new Date(entry.instant).toISOString().replace('.000Z', 'Z')}** (UTC)`;
      if (entry.zone) text += `, read in ${escapeMarkdown(writtenZone(entry.zone, entry.zoneText))}`;
      if (start !== undefined) text += `\n\n${signedDuration(entry.instant - start.instant)} from ${start.name}`;
    }
    if (entry.milestone) text += `\n\nMilestone: **${entry.milestone}**`;
    parts.push(text);
  }
  for (const finding of analysis.findings.filter((candidate) => covers(candidate.range, offset))) {
    parts.push(
      `**${finding.ruleId}**: ${escapeMarkdown(finding.ruleDescription)}. ` +
        `[Why and how to fix it](${ruleDocsUrl(finding.ruleId)})`,
    );
  }
  return parts.length > 0 ? { parts, range } : undefined;
}

/** The zone as the document writes it, with the zone read when that says more (`PST (-08:00)`). */
function writtenZone(zone: string, written: string | undefined): string {
  return written === undefined || written === zone ? zone : `${written} (${zone})`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
