import * as vscode from 'vscode';
import { ruleDocsUrl, signedDuration, type TimelineEntry } from '../core';
import type { AnalysisService } from './analysis/analysisService';
import { toRange } from './convert';
import type { RelatedInWorkspace, RelatedPostmortems } from './related/relatedPostmortems';

/** The instant the incident started: the `started` milestone, else the first resolved entry. */
function incidentStart(entries: readonly TimelineEntry[]): number | undefined {
  return (entries.find((entry) => entry.milestone === 'started' && entry.instant !== undefined) ?? entries.find((entry) => entry.instant !== undefined))?.instant;
}

/** Hovering a timeline entry shows its UTC instant and offset from the start; hovering a finding explains its rule. */
export class PostmortemHovers implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly related?: RelatedPostmortems,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { analysis } = await this.service.analysisOf(document);
    if (!analysis.isPostmortem) return undefined;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const entry = analysis.timeline.find((candidate) => toRange(candidate.range).contains(position));
    if (entry) {
      range = toRange(entry.timeRange);
      const text = new vscode.MarkdownString();
      if (entry.instant === undefined) {
        text.appendMarkdown(`**${escape(entry.timeText)}** does not resolve to an instant: ${escape(entry.error ?? 'unknown reason')}`);
      } else {
        const start = incidentStart(analysis.timeline);
        text.appendMarkdown(`**${new Date(entry.instant).toISOString().replace('.000Z', 'Z')}** (UTC)`);
        if (entry.zone) text.appendMarkdown(`, read in ${escape(entry.zone)}`);
        if (start !== undefined) text.appendMarkdown(`\n\n${signedDuration(entry.instant - start)} from the start of the incident`);
      }
      if (entry.milestone) text.appendMarkdown(`\n\nMilestone: **${entry.milestone}**`);
      parts.push(text);
    }
    const causeHeading = analysis.sections.find((section) => (section.kind === 'root-cause' || section.kind === 'trigger') && section.headingRange.start.line === position.line);
    if (causeHeading && this.related) {
      range = toRange(causeHeading.headingRange);
      parts.push(relatedHover(await this.related.relatedTo(document.uri, analysis.title, analysis.causes)));
    }
    for (const finding of analysis.findings.filter((candidate) => toRange(candidate.range).contains(position))) {
      const text = new vscode.MarkdownString(`**${finding.ruleId}**: ${escape(finding.ruleDescription)}. [Why and how to fix it](${ruleDocsUrl(finding.ruleId)})`);
      parts.push(text);
    }
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }
}

/** The related postmortems, each a link to the sentence that matches, with our sentence and the words both say. */
function relatedHover(related: readonly RelatedInWorkspace[]): vscode.MarkdownString {
  const text = new vscode.MarkdownString();
  if (related.length === 0) return text.appendMarkdown('**Related postmortems**: none in this workspace says the same about its cause.');
  text.appendMarkdown('**Related postmortems**, whose causes say the same thing:\n');
  for (const match of related) {
    const first = match.matches[0];
    const line = (first?.theirs.line ?? 0) + 1;
    text.appendMarkdown(`\n- [${escape(match.title ?? match.key)}](${match.uri.with({ fragment: `L${line}` }).toString()})`);
    if (first) text.appendMarkdown(`: "${escape(first.theirs.text)}" (${escape(first.shared.join(', '))})`);
  }
  return text;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
