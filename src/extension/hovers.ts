import * as vscode from 'vscode';
import { hoverAt } from '../core';
import type { AnalysisService } from './analysis/analysisService';
import { toRange } from './convert';

/** The core's hover (`hoverAt`): a timeline entry's instant, a finding's rule. */
export class PostmortemHovers implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { analysis } = await this.service.analysisOf(document);
    const hover = hoverAt(analysis, document.offsetAt(position));
    if (!hover) return undefined;
    return new vscode.Hover(
      hover.parts.map((part) => new vscode.MarkdownString(part)),
      hover.range && toRange(hover.range),
    );
  }
}
