import { blameFailures, documentBlame, isRootCauseBlame } from '../blame/documentBlame';
import { blameFinding, failureFinding } from './blameFindings';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'human-error-root-cause',
  defaultSeverity: 'error',
  description: 'A root cause or trigger names human, operator or user error, or a person, as the cause',
  fixable: true,
  check(document, config) {
    const found = documentBlame(document, config)
      .filter(isRootCauseBlame)
      .map((blame) => {
        const message =
          blame.kind === 'human-error'
            ? `Root cause names human error ("${blame.phrase}"); name the conditions that allowed the mistake instead`
            : `Root cause names a person ("${blame.phrase}"); name the conditions that allowed the mistake instead`;
        return blameFinding(document, blame, message);
      });
    const failed = blameFailures(document, config).filter((failure) => failure.inRootCause);
    return [...found, ...failed.map((failure) => failureFinding(document, failure))];
  },
};
