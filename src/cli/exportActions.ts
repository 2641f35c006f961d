import type { Command } from './args';
import { ConfigResolver } from './config';
import type { CliIo } from './io';
import { analyzePostmortems, foundNone } from './postmortems';
import { actionItemRows, rowsAsCsv } from '../core';

type ExportCommand = Extract<Command, { name: 'export-actions' }>;

/**
 * `postmortem export-actions`: every action item of the postmortems found, as CSV or JSON rows for a
 * tracker's import. 0, or 2 as `metrics` exits.
 */
export function runExportActions(command: ExportCommand, io: CliIo): number {
  const configs = ConfigResolver.create(io, command.config);
  if (!configs) return 2;
  const { files, failed } = analyzePostmortems(command.paths, configs, io);
  const rows = files.flatMap(({ path, analysis }) => actionItemRows(path, analysis));
  io.out(command.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rowsAsCsv(rows));
  if (failed || configs.hasErrors) return 2;
  return foundNone(files.length, command, io) ? 2 : 0;
}
