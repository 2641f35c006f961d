import * as vscode from 'vscode';
import type { Severity } from '../core';

/** The user's personal settings; the team's rules live in `.postmortem.yaml`. */
export interface PersonalSettings {
  readonly enable: boolean;
  readonly run: 'onType' | 'onSave';
  /** Per-rule severity overrides, applied on top of the team's configuration. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

export function readSettings(scope?: vscode.Uri): PersonalSettings {
  const configuration = vscode.workspace.getConfiguration('postmortem', scope);
  const rules: Record<string, Severity | 'off'> = {};
  const configured = configuration.get<unknown>('rules', {});
  if (configured && typeof configured === 'object') {
    for (const [id, value] of Object.entries(configured)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[id] = value as Severity | 'off';
    }
  }
  return {
    enable: configuration.get<boolean>('enable', true) !== false,
    run: configuration.get<string>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    rules,
  };
}
