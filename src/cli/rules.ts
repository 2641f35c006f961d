import { ruleDocsUrl, RULES } from '../core';
import type { CliIo } from './io';

/** `postmortem rules`: each rule's id, default severity, whether it has a fix, and what it flags. */
export function runRules(io: CliIo): number {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  for (const rule of RULES) {
    io.out(
      `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ` +
        `${rule.fixable ? 'fix' : '   '}  ${rule.description}\n`,
    );
    io.out(`${' '.repeat(width + 16)}${ruleDocsUrl(rule.id)}\n`);
  }
  return 0;
}
