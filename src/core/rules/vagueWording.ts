// What makes an action item too vague to be done or checked: an investigation with no deliverable,
// "improve X" with no change named, a generic "fix the issue", relying on people being careful,
// training as the only fix, "make sure it doesn't happen again", or a hedge ("consider", "if possible").
import { predicateStart } from '../actionItems/subject';
import { isEnglishWord } from '../language/english';
import { hasNameShape } from '../language/names';
import { GROUP_WORDS, isPronoun, isRoleWord, SYSTEM_NAMES } from '../language/people';
import { DETERMINERS } from '../language/vocabulary/grammar';
import { remembered } from '../util/remembered';

export interface Vagueness {
  /** The words that make the item vague, lower-cased, as they appear in its text. */
  readonly phrase: string;
  readonly message: string;
}

interface Pattern {
  readonly pattern: RegExp;
  /** What the item lacks; `$1` is the matched wording. */
  readonly message: string;
  /** Whether naming an artefact (an alert, a test, a runbook) or a number makes the item concrete. */
  readonly artefactsHelp: boolean;
  /** A later "and fix ..." or "by adding ..." makes it concrete too. */
  readonly deliverableHelps: boolean;
  /** Whether a teaching verb with a thing as its object ("Train the anomaly model on ...") is no training of people. */
  readonly teachingThingsHelps?: boolean;
}

const CONCRETE_VERBS =
  'add|adding|create|creating|write|writing|implement|implementing|introduce|introducing|' +
  'set\\s+up|setting\\s+up|build|building|automate|automating|enable|enabling|disable|' +
  'disabling|deploy|deploying|remove|removing|replace|replacing|migrate|migrating|move|' +
  'moving|fix|fixing|patch|patching|document|documenting|alert|alerting|enforce|enforcing|' +
  'require|requiring|block|blocking|limit|limiting|cap|capping|ship|shipping|publish|' +
  'publishing|decide|deciding|switch|switching|upgrade|upgrading|roll\\s+out';
const DELIVERABLE = new RegExp(`\\b(?:and|then|by|to)\\s+(?:${CONCRETE_VERBS})\\b`, 'i');
const ARTEFACT = new RegExp(
  String.raw`\b(?:alerts?|alarms?|dashboards?|tests?|test\s+suite|runbooks?|playbooks?` +
    String.raw`|checklists?|lint(?:er)?\s+rules?|metrics?|timeouts?|limits?|quotas?` +
    String.raw`|thresholds?|circuit\s+breakers?|rate\s+limits?|retries|backoff|canar(?:y|ies)` +
    String.raw`|feature\s+flags?|scripts?|automation|pipelines?|ci\s+(?:checks?|jobs?|steps?)` +
    String.raw`|pre-?commit\s+hooks?|guards?|guardrails?|slos?|slis?|probes?|health\s*checks?` +
    String.raw`|paging|pager|on-?call\s+rotation|runtime\s+config(?:uration)?)\b`,
  'i',
);
const MEASURE = new RegExp(
  String.raw`\d+(?:\.\d+)?\s*(?:%|ms|s|sec(?:onds?)?|min(?:ute)?s?|h(?:ours?)?|days?|gb|mb` +
    String.raw`|kb|x|rps|qps)\b|[<>\u2264\u2265]=?\s*\d`,
  'i',
);

const PATTERNS: readonly Pattern[] = [
  {
    pattern: new RegExp(
      String.raw`^(?:be(?:ing)?\s+(?:more\s+)?(?:careful|cautious|vigilant|diligent|attentive)` +
        String.raw`|pay\s+(?:more|closer)\s+attention|(?:double|triple)[- ]check` +
        String.raw`|take\s+more\s+care)\b`,
      'i',
    ),
    message:
      '"$1" relies on people doing better next time: name a safeguard in the system instead (a ' +
      'check, an automation, a guard)',
    artefactsHelp: false,
    deliverableHelps: true,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:re-?train(?:ing)?|train(?:ing)?(?=\s)|teach|educate|remind|tell\s+(?:people` +
        String.raw`|engineers|everyone|the\s+team)|raise\s+awareness|(?:more|additional|better` +
        String.raw`|further|extra)\s+training|(?:conduct|hold|run|schedule|provide|organi[sz]e` +
        String.raw`|do)\s+(?:more\s+|additional\s+|a\s+|an\s+|some\s+)?(?:training|workshops?` +
        String.raw`|refresher))\b`,
      'i',
    ),
    message:
      '"$1" makes training people the fix: pair it with a change to the system (a check, an ' +
      'automation, a guard) so the same slip cannot cause an outage',
    artefactsHelp: false,
    deliverableHelps: true,
    teachingThingsHelps: true,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:investigate|investigating|look(?:ing)?\s+(?:into|at\s+(?:whether|if|how|why))` +
        String.raw`|see\s+(?:whether|if)|research|explore|exploring` +
        String.raw`|figure\s+out|find\s+out|dig\s+into|think\s+about|analy[sz]e|evaluate|assess` +
        String.raw`|study|revisit|rethink|reconsider|discuss)\b`,
      'i',
    ),
    message: '"$1" names no deliverable: say what it will produce (the fix, a decision, a write-up) and what changes',
    artefactsHelp: false,
    deliverableHelps: true,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:consider(?:ing)?|maybe|possibly|perhaps|potentially|try\s+to|attempt\s+to` +
        String.raw`|if\s+(?:possible|time\s+permits|feasible|needed)|where\s+possible` +
        String.raw`|when\s+possible)\b`,
      'i',
    ),
    message: '"$1" is not a commitment: decide, or make the decision the action ("Decide whether to ... by <date>")',
    artefactsHelp: false,
    deliverableHelps: false,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:fix|resolve|address|solve|sort\s+out|deal\s+with)\s+(?:the|this|that|these` +
        String.raw`|those|such|similar|any)?\s*(?:issues?|bugs?|problems?|errors?)(?=\s*(?:that` +
        '|which|causing|behind|from|$|[.,;]))',
      'i',
    ),
    message: '"$1" does not say which fault or how: name the component and the change',
    artefactsHelp: true,
    deliverableHelps: true,
  },
  {
    pattern: new RegExp(
      String.raw`^(?:(?:ensure|make\s+sure|guarantee)\s+(?:that\s+)?(?:this|it|that|the\s+` +
        String.raw`(?:issue|incident|problem|outage))\s+(?:does\s*n[o']t|do\s*n[o']t|won'?t` +
        String.raw`|will\s+not|never|cannot|can'?t)\s+(?:happen|occur|recur|repeat)|(?:prevent` +
        String.raw`|avoid)\s+(?:this|it|that|such\s+\w+|similar\s+\w+|these\s+\w+)` +
        String.raw`(?:\s+from\s+happening)?(?:\s+(?:again|in\s+(?:the\s+)?future))?)(?=\s*(?:$` +
        String.raw`|[.,;]|again|in\s+the\s+future))`,
      'i',
    ),
    message: '"$1" names no mechanism: say what will change so that it cannot happen again',
    artefactsHelp: false,
    deliverableHelps: true,
  },
  {
    pattern: new RegExp(
      '^(?:improv(?:e|es|ed|ing)|enhanc(?:e|ed|ing)|better|optimi[sz](?:e|ed|ing)' +
        '|strengthen|harden|refine|increase|boost|streamline|mature|more|monitor' +
        String.raw`(?:ing)?\s+(?:better|more(?:\s+closely)?))\b`,
      'i',
    ),
    message:
      '"$1" does not say what will change or how success is measured: name the change (an alert, ' +
      'a test, a limit) or a target',
    artefactsHelp: true,
    deliverableHelps: true,
  },
];

/** A verb of teaching in the imperative, whose object follows it: "Teach the linter ...", "Retrain the model". */
const TEACHING_VERB = /^(?:re-?)?train$|^teach$|^educate$|^remind$/i;
/** Words that end a teaching verb's object: "Train engineers *on* ...", "Teach the linter *about* ...". */
const OBJECT_END = /^(?:on|about|in|to|how|that|what|why|when|where|for|with|of|so|and|or|before|after|by)$/i;
/** An object longer than this is not read: the words after it are no longer its own. */
const MAX_OBJECT_WORDS = 5;

/** Whether a word says a person or people: a role, a group, a pronoun, or a name that is no English word or system. */
function saysPeople(word: string): boolean {
  const lower = word.toLowerCase();
  if (isRoleWord(lower) || GROUP_WORDS.has(lower) || isPronoun(lower)) return true;
  return hasNameShape(word) && !isEnglishWord(lower) && !SYSTEM_NAMES.has(lower);
}

/**
 * Whether the words after a teaching verb name a thing taught, and no person: "the config linter the DB limit", "the
 * anomaly model on last week's traffic"; not "engineers on ...", "the on-call team to ...", "Priya about ...", nor
 * nothing ("Train on the failover").
 */
function teachesAThing(rest: string): boolean {
  const object = rest
    .split(/[.,;:()]/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, MAX_OBJECT_WORDS);
  let things = 0;
  for (const word of object) {
    if (word === '' || OBJECT_END.test(word)) break;
    if (saysPeople(word)) return false;
    if (!DETERMINERS.has(word.toLowerCase())) things++;
  }
  return things > 0;
}

/** The patterns with `start` in place of their anchor at the text's start. */
function patternsStartingWith(start: string): RegExp[] {
  return PATTERNS.map(({ pattern }) => new RegExp(pattern.source.replace(/^\^/, start), pattern.flags));
}

/** The patterns anywhere in the text: where none matches, the item's action need not be found. */
const ANYWHERE = patternsStartingWith('\\b');
/**
 * The patterns with no anchor: where none matches after a text's first character, the action found inside the text
 * can start with none of them, and need not be found (the model may start a word inside a written one: `can|not`).
 */
const UNANCHORED = patternsStartingWith('');

/** Why an action item's text is vague, or undefined when it names a concrete change. */
export const vagueness = remembered(readVagueness);

function readVagueness(text: string): Vagueness | undefined {
  const words = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (!ANYWHERE.some((pattern) => pattern.test(words))) return undefined;
  const afterFirst = words.slice(1);
  const action = UNANCHORED.some((pattern) => pattern.test(afterFirst)) ? words.slice(predicateStart(words)) : words;
  for (const { pattern, message, artefactsHelp, deliverableHelps, teachingThingsHelps } of PATTERNS) {
    const match = pattern.exec(action) ?? pattern.exec(words);
    if (!match) continue;
    const rest = words.slice(words.indexOf(match[0]) + match[0].length);
    if (deliverableHelps && DELIVERABLE.test(rest)) return undefined;
    if (artefactsHelp && (ARTEFACT.test(rest) || MEASURE.test(rest))) return undefined;
    const phrase = match[0].trim();
    if (teachingThingsHelps && TEACHING_VERB.test(phrase) && teachesAThing(rest)) return undefined;
    return { phrase: phrase.toLowerCase(), message: `Vague action item: ${message.replace('$1', phrase)}` };
  }
  return undefined;
}
