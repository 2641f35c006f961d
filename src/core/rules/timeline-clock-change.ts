import type { Rule } from './types';

export const rule: Rule = {
  id: 'timeline-clock-change',
  defaultSeverity: 'warning',
  description: 'A timeline time that a clock change skipped or repeated in its zone, read as one instant of two',
  fixable: false,
  check(document) {
    return document.timeline
      .filter((entry) => entry.doubt?.kind === 'nonexistent-time' || entry.doubt?.kind === 'repeated-time')
      .map((entry) => ({ message: entry.doubt!.message, range: entry.doubt!.range }));
  },
};
