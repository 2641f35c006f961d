import * as vscode from 'vscode';
import { escapeMarkdown, hoverAt } from '../core';
import type { AnalysisService } from './analysis/analysisService';
import { toRange } from './convert';
import type { RelatedInWorkspace, RelatedPostmortems } from './related/relatedPostmortems';

/**
 * The core's hover (`hoverAt`): a timeline entry's instant, a finding's rule; on a cause heading, the related
 * postmortems.
 */
export class PostmortemHovers implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly related?: RelatedPostmortems,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { analysis } = await this.service.analysisOf(document);
    const hover = hoverAt(analysis, document.offsetAt(position));
    const parts = (hover?.parts ?? []).map((part) => new vscode.MarkdownString(part));
    let range = hover?.range && toRange(hover.range);
    const causeHeading = analysis.sections.find(
      (section) =>
        (section.kind === 'root-cause' || section.kind === 'trigger') &&
        section.headingRange.start.line === position.line,
    );
    if (analysis.isPostmortem && causeHeading && this.related) {
      range = toRange(causeHeading.headingRange);
      parts.push(relatedHover(await this.related.relatedTo(document.uri, analysis.title, analysis.causes)));
    }
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }
}

/** The related postmortems, each a link to the sentence that matches, with our sentence and the words both say. */
function relatedHover(related: readonly RelatedInWorkspace[]): vscode.MarkdownString {
  const text = new vscode.MarkdownString();
  if (related.length === 0)
    return text.appendMarkdown('**Related postmortems**: none in this workspace says the same about its cause.');
  text.appendMarkdown('**Related postmortems**, whose causes say the same thing:\n');
  for (const match of related) {
    const first = match.matches[0];
    const line = (first?.theirs.line ?? 0) + 1;
    text.appendMarkdown(
      `\n- [${escapeMarkdown(match.title ?? match.key)}](${match.uri.with({ fragment: `L${line}` }).toString()})`,
    );
    if (first)
      text.appendMarkdown(`: "${escapeMarkdown(first.theirs.text)}" (${escapeMarkdown(first.shared.join(', '))})`);
  }
  return text;
}
