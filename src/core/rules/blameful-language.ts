import { blameFailures, documentBlame, isRootCauseBlame } from '../blame/documentBlame';
import { blameFinding, failureFinding } from './blameFindings';
import type { Rule } from './types';

const ROOT_CAUSE_RULE = 'human-error-root-cause';

export const rule: Rule = {
  id: 'blameful-language',
  defaultSeverity: 'warning',
  description: 'Blame in the prose: a person as the one who erred, hindsight, judgement or dismissive words',
  fixable: true,
  check(document, config) {
    // What the root-cause rule reports is not reported twice, unless that rule is off.
    const rootCauseRuleOn = config.rules[ROOT_CAUSE_RULE] !== 'off';
    return [
      ...documentBlame(document, config)
        .filter((blame) => !(rootCauseRuleOn && isRootCauseBlame(blame)))
        .map((blame) => blameFinding(document, blame, blame.message)),
      ...blameFailures(document, config)
        .filter((failure) => !(rootCauseRuleOn && failure.inRootCause))
        .map((failure) => failureFinding(document, failure)),
    ];
  },
};
