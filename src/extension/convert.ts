// Conversions between the core's plain data and VS Code's types.
import * as vscode from 'vscode';
import { ruleDocsUrl, type AnalyzedFinding, type Range, type Severity, type TextEdit } from '../core';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toSeverity(severity: Severity | 'error' | 'warning'): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return vscode.DiagnosticSeverity.Information;
  }
}

/**
 * The core's edits as a WorkspaceEdit. With `snippets`, for an edit a person applies (a quick
 * fix), an edit's placeholder becomes a snippet placeholder, so the editor selects it for typing.
 */
export function toWorkspaceEdit(
  document: vscode.TextDocument,
  edits: readonly TextEdit[],
  options: { readonly snippets?: boolean } = {},
): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const converted = edits.map(({ start, end, newText, placeholder }): vscode.TextEdit | vscode.SnippetTextEdit => {
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    if (!options.snippets || !placeholder) return vscode.TextEdit.replace(range, newText);
    const snippet = new vscode.SnippetString()
      .appendText(newText.slice(0, placeholder.start))
      .appendPlaceholder(newText.slice(placeholder.start, placeholder.end))
      .appendText(newText.slice(placeholder.end));
    const snippetEdit = new vscode.SnippetTextEdit(range, snippet);
    snippetEdit.keepWhitespace = true;
    return snippetEdit;
  });
  edit.set(document.uri, converted);
  return edit;
}

const docsUris = new Map<string, vscode.Uri>();

function ruleDocsUri(ruleId: string): vscode.Uri {
  let uri = docsUris.get(ruleId);
  if (!uri) {
    uri = vscode.Uri.parse(ruleDocsUrl(ruleId));
    docsUris.set(ruleId, uri);
  }
  return uri;
}

/** A diagnostic for a finding, linked to the rule's documentation page. */
export function toDiagnostic(finding: AnalyzedFinding, severity: Severity): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, toSeverity(severity));
  diagnostic.source = 'postmortem';
  diagnostic.code = { value: finding.ruleId, target: ruleDocsUri(finding.ruleId) };
  return diagnostic;
}
