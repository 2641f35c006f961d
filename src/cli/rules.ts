import { ruleDocsUrl, RULES } from '../core';
import { MIN_MESSAGE_WIDTH, wrapWords } from './formats/stylish';
import type { CliIo } from './io';

/**
 * `postmortem rules`: each rule's id, default severity, whether it has a fix, and what it flags, wrapped to the
 * terminal's width under its column, then its page.
 */
export function runRules(io: CliIo): number {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const indent = ' '.repeat(width + 16);
  const descriptionWidth = Math.max(io.columns - indent.length, MIN_MESSAGE_WIDTH);
  for (const rule of RULES) {
    const [first, ...rest] = wrapWords(rule.description, descriptionWidth);
    io.out(`${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.fixable ? 'fix' : '   '}  ${first}\n`);
    for (const line of [...rest, ruleDocsUrl(rule.id)]) io.out(`${indent}${line}\n`);
  }
  return 0;
}
