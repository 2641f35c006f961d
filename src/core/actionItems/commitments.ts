// Commitments in prose: sentences such as "We will add a manual override to the health checks" or
// "The IPS team is continuing to improve the response process", as opposed to narrative.
import { openerEnd, opensWithVerb, personAtWork } from '../language/commitment';
import { isWord, type Token } from '../language/tokens';
import { readItemSentences, type Sentence } from './sentences';
import { DONE_OPENER, reportsDoneWork, type ItemStatus } from './status';
import {
  alternation,
  DONE_LEAD_VERBS,
  DONE_WORK_NOUNS,
  EFFECT_VERBS,
  FUTURE_MODALS,
  HEDGED_MODALS,
  hintOf,
  CONTINUE_WORDS,
  EVENT_VERBS,
  INTENT_WORDS,
  NEEDS_WORDS,
  NEEDING_SUBJECTS,
  THING_NEEDS_WORDS,
  ONGOING_WORDS,
  EXPLORING_WORDS,
  BEGUN_WORDS,
  PREVENTING_WORDS,
  RECURRENCE_WORDS,
  PERCEIVING_WORDS,
  PASSIVE_OUGHT_WORDS,
  LEARNING_WORDS,
  MADE_CHANGE_VERBS,
  PROGRESSIVE_WORDS,
  IDLE_PROGRESSIVES,
  READER_DIRECTIONS,
  WE_OUGHT_WORDS,
  WE_WANT_WORDS,
  WE_SUGGEST_WORDS,
  OUGHT_WORDS,
  REQUIREMENT_WORDS,
  TEXT_NOUNS,
  WORK_COUNTS,
} from './words';

const MODALS = alternation([FUTURE_MODALS]);
const WILL_ACT = new RegExp(
  String.raw`\b(?:${MODALS})\s+(?!be\b|not\b|never\b)(?:also\s+|now\s+|then\s+|continue\s+to\s+)?[a-z]`,
  'i',
);
/** A participle after "be": work done to something ("be added", "be sent"). */
const PARTICIPLE = String.raw`(?:\w+ed|\w+en|built|made|done|set|run|held|taught|kept|put|sent|shown|written|taken)`;
/** "will be added", "will also be sent", "will be automatically run", "We'll be doing a review": work to come. */
const WILL_BE_ACTED = new RegExp(
  String.raw`(?:\bwill|['\u2019]ll)\s+(?:also\s+)?be\s+(?:\w+ly\s+)?(?:${PARTICIPLE}|\w+ing)\b`,
  'i',
);
/** "We are also in the middle of an ongoing effort to remove ...": work under way, named as an effort. */
const ONGOING_EFFORT = /\b(?:ongoing|continuing|current)\s+(?:effort|work|project|initiative)\s+to\s+[a-z]/i;
/** "is exploring ways to", "'re also looking at what we can do": work to find the fix, under way. */
const EXPLORING =
  String.raw`(?:am|is|are|'re|\u2019re)\s+(?:also\s+|now\s+)?` +
  String.raw`(?:${alternation([EXPLORING_WORDS])})\s+(?:what|how|whether|ways?|options)\b`;
const WE_EXPLORE = new RegExp(String.raw`\bwe\s*${EXPLORING}`, 'i');
/** "We have begun retooling ...", "we've started the process of ...": work the writers set going, not finished. */
const WE_BEGUN = new RegExp(
  String.raw`\b(?:we|i)\s*(?:\s+have|['\u2019]ve)\s+(?:also\s+|now\s+|already\s+)?` +
    String.raw`(?:${alternation([BEGUN_WORDS])})\s+` +
    String.raw`(?!(?:to\s+)?(?:${alternation([PERCEIVING_WORDS])})\b)(?:the\s+(?:process|work)\s+of\s+|to\s+)?[a-z]`,
  'i',
);
const GOING_TO = new RegExp(
  String.raw`\b(?:am|is|are|'re|\u2019re)\s+(?:also\s+|now\s+)?` +
    String.raw`(?:${alternation([PROGRESSIVE_WORDS, ONGOING_WORDS])})\s+(?:to|on)\b` +
    String.raw`|\b${EXPLORING}|\b(?:${alternation([INTENT_WORDS, CONTINUE_WORDS])})\s+to\b`,
  'i',
);
/** Progressives that tell of no work: perceiving, hoping, waiting ("We are seeing fewer errors"). */
const IDLE_WORDS = alternation([PERCEIVING_WORDS, IDLE_PROGRESSIVES]);
/**
 * "we are building tests to verify ...", "We're migrating the queue": the writers' work under way, told in the
 * present progressive (in an action-items section); not what they perceive, hope or wait for.
 */
const WE_DOING = new RegExp(
  String.raw`\bwe\s*(?:\s+are|['\u2019]re)\s+(?:also\s+|now\s+|currently\s+|actively\s+)?` +
    String.raw`(?!(?:${IDLE_WORDS})\b)[a-z]{3,}ing\b`,
  'i',
);
/** One of `IDLE_WORDS`, whole: "Theo is hoping ..." is no work under way. */
const IDLE_OR_PERCEIVING = new RegExp(`^(?:${IDLE_WORDS})$`, 'i');
/** Adverbs between `we` and what it commits to: `we also need to`, `we still have to`. */
const WE_ADVERB = String.raw`(?:(?:also|still|now|really|then|first|all|too)\s+)?`;
const WE_OUGHT = new RegExp(
  `\\bwe\\s+${WE_ADVERB}(?:${alternation([WE_OUGHT_WORDS])})\\b|\\b(?:${alternation([NEEDS_WORDS])})\\b`,
  'i',
);
/** "we want to", "we would like to", "we\u2019d like to" (the contraction without a blank before it). */
const WE_WANT = new RegExp(`\\bwe(?:\\s+|(?=['\u2019]d\\b))(?:${alternation([WE_WANT_WORDS])})\\b`, 'i');
const WE_SUGGEST = new RegExp(`\\bwe\\s+(?:${alternation([WE_SUGGEST_WORDS])})\\s+(?!not\\b)[a-z]`, 'i');
/**
 * "should only make", "must page": a practice asked for; not "should be", "should have", "should not", nor a question
 * ("Should we page on queue depth too?").
 */
const OUGHT_ACT = new RegExp(
  String.raw`\b(?:${alternation([OUGHT_WORDS])})\s+(?:(?:only|always|also|now)\s+)?` +
    String.raw`(?!(?:be|have|not|never|we|you|they|i|he|she|it)\b)[a-z]+\b`,
  'i',
);
/** "QA of all changes is necessary", "reviews are now required", "should be standard procedure". */
const REQUIREMENT = new RegExp(
  String.raw`\b(?:is|are|should\s+be|must\s+be)\s+(?:(?:now|always)\s+)?(?:${alternation([REQUIREMENT_WORDS])})\b`,
  'i',
);
/**
 * "Kubernetes secrets, GCP service-accounts, and keys need 2-way links": a subject of things, a few words with no
 * clause in them, then what they lack; not an amount ("needs about a second"), "to", a denial ("Not every alert
 * needs a page") or a comparison ("Large clusters need more memory than small ones").
 */
const THING_NEEDS = new RegExp(
  String.raw`^(?!(?:${alternation([NEEDING_SUBJECTS])}|not|no|never)\b)(?![^.!?;]*\bthan\b)` +
    String.raw`(?:(?!(?:that|which|who|when|if|while|because|since|once|and|or)\b)[\w'\u2019-]+,?\s+` +
    String.raw`(?:(?:and|or)\s+)?){1,8}?(?:${alternation([THING_NEEDS_WORDS])})\s+` +
    String.raw`(?!(?:to|not|no|about|around|only|just|roughly|several|some|time|at\s+least|up\s+to|a\s+few)\b)` +
    String.raw`(?!\d+\s*(?:ms|s|sec|seconds?|mins?|minutes?|h|hours?|days?|weeks?)\b)[\w-]`,
  'i',
);
const IDEAL = /\bideal(?:ly)?\b/i;
const WOULD = /\bwould\b/i;
const FORWARD = /\b(?:going|moving)\s+forward\b|\bfrom\s+now\s+on\b|\bin\s+(?:the\s+)?future\b/i;
/** The writers, a team ("we") or one person ("I", in a one-person project's postmortem). */
const WRITERS = String.raw`\b(?:we|i)`;
/** `we're also going to`, `I am now working on`: a word that places the work between `be` and its verb. */
const PLACING = String.raw`(?:\s+(?:also|now|still|currently|then))?`;
const WE_COMMIT = new RegExp(
  String.raw`\bwe\s*(?:'ll|\u2019ll|\s+will|\s+shall|(?:\s+are|['\u2019]re)${PLACING}\s+going\s+to` +
    String.raw`|\s+plan\s+to|\s+intend\s+to|\s+are${PLACING}\s+planning\s+to` +
    String.raw`|\s+are${PLACING}\s+working\s+(?:on|to))\b` +
    String.raw`|\bi\s*(?:'ll|\u2019ll|\s+will|\s+shall|(?:\s+am|['\u2019]m)${PLACING}\s+going\s+to` +
    String.raw`|\s+plan\s+to|\s+intend\s+to|\s+am${PLACING}\s+planning\s+to|\s+am${PLACING}\s+working\s+(?:on|to))\b` +
    // "I'll admit", "I'll be honest", "I will never forget": said to the reader, not work; "I will be building" is.
    String.raw`(?!\s+(?:be(?!\s+\w+ing\b)|admit|say|note|confess|not|never|forget|leave|let|spare|keep|tell)\b)`,
  'i',
);
/**
 * "We are also replacing our WASM engine", "Lastly, we will also be re-evaluating gas pricing": work the writers commit
 * to, or have under way, said at an item's start, past a word or two that order it.
 */
const OPENS_COMMITTED = new RegExp(
  String.raw`^(?:[\w'-]+,?\s+){0,2}?(?:we|i)(?:\s*['\u2019]ll|\s+will|\s+shall` +
    String.raw`|(?:\s+(?:are|am)|['\u2019](?:re|m))\s+(?:also\s+|now\s+|currently\s+)?(?:going\s+to|\w+ing))\b`,
  'i',
);

/** Whether an item opens with work the writers commit to or have under way (`OPENS_COMMITTED`). */
export function opensWithCommitment(text: string): boolean {
  return OPENS_COMMITTED.test(text.trimStart());
}

/**
 * "We have requested a CVE and will amend this announcement once it is issued": the writers report work and, in the
 * same clause's subject, promise more; not where another subject comes between ("We found that the cache failed and
 * will need ...").
 */
const WE_DID_AND_WILL = new RegExp(
  String.raw`^(?:we|i)(?:\s+(?:have|had)|['\u2019]ve)?\s+\w+ed\b` +
    String.raw`(?:(?!\b(?:that|which|who|it|they)\b)[^.!?;:]){0,120}?` +
    String.raw`\b(?:and|but)\s+(?:will|shall)\s+(?!(?:be|not|never)\b)[a-z]`,
  'i',
);

/** "In the future, I might redeploy ...": the writers' hedged plan (with `FORWARD`); not "might have", "might be". */
const HEDGED_PLAN = new RegExp(
  String.raw`${WRITERS}\s+(?:${alternation([HEDGED_MODALS])})\s+(?:also\s+)?(?!(?:have|be|not|never|need)\b)[a-z]`,
  'i',
);

/**
 * "This will prevent ...", "These changes will reduce ...": what a change will do, not a new
 * commitment. Work done to a thing is one: "This exclusion will be removed", "It will be deployed".
 * "These targeted actions significantly strengthened ...": what the work listed did, told in the past.
 * "Completing the agreed actions should help ...": what work will do (see EFFECT_VERBS).
 */
const EFFECT = new RegExp(
  String.raw`^(?:this|that|it|these|those|which|doing\s+so|the\s+(?:change|fix))(?:\s+[\w-]+)?` +
    String.raw`\s+(?:will|would|should|could|can|may|might)\s+(?!be\b)` +
    String.raw`|^[a-z]+ing\s+(?:[\w'\u2019-]+\s+){1,8}?(?:will|would|should|could|can|may|might)\s+` +
    String.raw`(?:(?:also|further|greatly|help\s+to)\s+)?(?:${alternation([EFFECT_VERBS])})\b` +
    String.raw`|^(?:these|those)\s+(?:[\w-]+\s+)?(?:${alternation([DONE_WORK_NOUNS])})\s+(?:\w+ly\s+)?` +
    String.raw`(?!(?:needed|required)\b)[a-z]+ed\b`,
  'i',
);
/** "We'll be making several changes": an announcement of the items, not an item. */
const ANNOUNCEMENT = new RegExp(
  String.raw`\b(?:several|some|a\s+few|a\s+number\s+of|a\s+couple\s+of|the\s+following|these` +
    String.raw`|various|multiple)\s+(?:changes|improvements|steps|actions|measures|things` +
    String.raw`|items|fixes)\b` +
    // A template's prompt: "List any tasks we should complete".
    String.raw`|^(?:list|describe|note|add|record)\s+(?:any|all|the)` +
    String.raw`\s+(?:tasks|action\s+items|actions|follow-?ups|items|steps)\b`,
  'i',
);

/**
 * "In this blog, I'll talk about ...", "On this page, we will report ...", "Below, we explain ...": the writers' plan
 * for the text itself, not work.
 */
const ABOUT_THE_TEXT = new RegExp(
  String.raw`(?:\bin|^on)\s+this\s+(?:${alternation([TEXT_NOUNS])})\b|^(?:below|in\s+what\s+follows)\b`,
  'i',
);

/** "Things will fail", "they will happen": a prediction of what befalls, with no commitment of the writers. */
const PREDICTION = new RegExp(String.raw`\bwill\s+(?:\w+ly\s+)?(?:${alternation([EVENT_VERBS])})\b`, 'i');

/** Whether a sentence is about the text itself or predicts events, and so commits nobody to work. */
function commitsNobody(text: string): boolean {
  return ABOUT_THE_TEXT.test(text) || (PREDICTION.test(text) && !WE_COMMIT.test(text));
}

/** "To prevent similar issues in the future, we've made a few changes:": what the list after it holds. */
const PREVENTION = /\bto\s+(?:prevent|avoid)\b|\b(?:going|moving)\s+forward\b|\bin\s+(?:the\s+)?future\b/i;

/** Whether a paragraph ending in a colon announces the changes listed after it. */
export function announcesItems(text: string): boolean {
  return text.trimEnd().endsWith(':') && (ANNOUNCEMENT.test(text) || PREVENTION.test(text));
}

/**
 * "We have:", "Going forward, we will:": the start of a first-person sentence that the list after it
 * completes, one item per bullet. Done work after `have`, work ahead after a committing verb.
 */
const FIRST_PERSON_LEAD = new RegExp(
  String.raw`^(?:[\w\s-]{1,40},\s*)?we\s*(?:(have|['\u2019]ve)|will|['\u2019]ll|shall|must|should` +
    String.raw`|need\s+to|are\s+going\s+to|plan\s+to|intend\s+to)(?:\s+(?:also|since|now|already|then))?\s*:$`,
  'i',
);

/** The last sentence of a paragraph's text, roughly: after its last stop followed by a blank. */
function lastSentence(text: string): string {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .pop()!;
}

/** The status of the items a paragraph's last sentence heads when it is a first-person lead, else undefined. */
export function firstPersonLead(text: string): ItemStatus | undefined {
  const lead = FIRST_PERSON_LEAD.exec(lastSentence(text));
  if (!lead) return undefined;
  return lead[1] ? 'done' : 'open';
}

/**
 * "Two tests added in `ImportTests.fs`:", "Three alerts were added to the pager rotation:": a count of things made,
 * which the list after it names; the verb takes no object ("Two engineers added context:" is no lead).
 */
const COUNTED_DONE_LEAD = new RegExp(
  String.raw`^(?:${alternation([WORK_COUNTS])})\s+(?:new\s+|more\s+)?[\w-]+\s+(?:(?:were|have\s+been)\s+)?` +
    String.raw`(?:${alternation([DONE_LEAD_VERBS])})(?:\s+(?:in|to|for|on|under|across)\s+[^:]*)?:$`,
  'i',
);

/** Whether a paragraph's last sentence counts things made that the list after it names (`COUNTED_DONE_LEAD`). */
export function countsDoneWork(text: string): boolean {
  return COUNTED_DONE_LEAD.test(lastSentence(text));
}

/**
 * "We will continue to take security seriously", "We'd like to thank the vendor", "We need to be more proactive about
 * cleaning up old services": a stance, a courtesy, or a disposition the writers mean to take on, not an action; not
 * work done more so ("We'll be more actively using this space to report issues").
 */
const STANCE = new RegExp(
  String.raw`\bseriously\b|\b(?:do|try)\s+our\s+(?:very\s+)?best\b|\bstrive\b|\b(?:remain` +
    String.raw`|stay|are|is)\s+committed\b|\bcare\s+(?:deeply\s+)?about\b|\bapologi[sz]e\b|\bthank\b` +
    String.raw`|\b(?:we|i)(?:['\u2019]ll|\s+(?:will|need\s+to|must|should|have\s+to|ought\s+to))\s+be\s+` +
    String.raw`(?:much\s+|far\s+|a\s+lot\s+)?(?:more|less)\s+(?![a-z]+ly\b)[a-z]+\b(?!\s+than\b)`,
  'i',
);

/** "We will still automatically update the spec-repos on `pod update`": what stays as it was, no new work. */
const KEPT_AS_IS = /\b(?:will|['\u2019]ll)\s+still\b/i;

/** A strict commitment (see `isCommitment`) holds one of these: text without any holds none. */
const STRICT_HINT = hintOf([
  FUTURE_MODALS,
  HEDGED_MODALS,
  PROGRESSIVE_WORDS,
  ONGOING_WORDS,
  EXPLORING_WORDS,
  BEGUN_WORDS,
  INTENT_WORDS,
  CONTINUE_WORDS,
]);

/** A cheap look at text (a paragraph's source) before its sentences are read for strict commitments. */
export function mayHoldStrictCommitment(text: string): boolean {
  return STRICT_HINT.test(text);
}

/**
 * "Robust tests should be added", "reports must be sent to two people", "This needs to be incorporated":
 * work asked for, whoever does it.
 */
const NEEDED_WORK = new RegExp(
  String.raw`\b(?:${alternation([PASSIVE_OUGHT_WORDS])})\s+(?:also\s+|now\s+|still\s+)?be\s+${PARTICIPLE}\b`,
  'i',
);

/** "If an attack is ongoing: we should pause": a rule for a case, not work; "If possible, ..." only hedges. */
const CONDITION = /^(?:if|unless|whenever|otherwise)\b(?!\s+(?:possible|feasible|practical|needed|necessary)\b)/i;

/** "We should have caught this": hindsight; "We should have this ready before launch" asks for work. */
const HINDSIGHT = new RegExp(
  String.raw`\b(?:should|must|could|ought\s+to)(?:n['\u2019]t|\s+not)?\s+have\s+` +
    String.raw`(?!(?:a|an|the|this|that|these|those|some|any|more|no|our|their|it|them|one)\b)\w`,
  'i',
);

/** "They should be spotted sooner now that alerts are back": what is expected of work done, not work asked for. */
const EXPECTATION = /\bnow\s+that\b|\b(?:sooner|faster|earlier|quicker)\s+(?:now|than)\b/i;

/** Text without one of these asks for no work (see `asksForWork`). */
const ASKING_HINT = hintOf([WE_OUGHT_WORDS, NEEDS_WORDS, PASSIVE_OUGHT_WORDS]);

/** A cheap look at text before its sentences are read for work asked for. */
export function mayAskForWork(text: string): boolean {
  return ASKING_HINT.test(text);
}

const PASSIVE_ASKING_HINT = hintOf([PASSIVE_OUGHT_WORDS]);

/** A cheap look at a paragraph's raw text before its sentences are read for work asked for. */
export function mayAskForWorkOnThings(raw: string): boolean {
  return PASSIVE_ASKING_HINT.test(raw);
}

/**
 * The sentences of a paragraph (its words and visible text) that ask for work to be done to
 * something, whoever does it: "Robust unit tests should be added", "This decision should be revisited".
 */
export function workAskedSentences(text: string, visible: string): Sentence[] {
  return readItemSentences(text, visible).filter((sentence) => {
    const words = text.slice(sentence.start, sentence.end);
    return NEEDED_WORK.test(words) && asksForWork(words);
  });
}

/**
 * Whether a sentence asks for work, whoever does it: "we should add a policy", "The testnet
 * configuration needs to mirror mainnet", "Tests should be added". Hindsight ("should have been")
 * does not.
 */
export function asksForWork(sentence: string): boolean {
  const text = sentence.trim();
  if (!text || text.endsWith(':') || EFFECT.test(text) || ANNOUNCEMENT.test(text) || STANCE.test(text)) return false;
  if (CONDITION.test(text) || HINDSIGHT.test(text) || EXPECTATION.test(text)) return false;
  return WE_OUGHT.test(text) || NEEDED_WORK.test(text);
}

/**
 * Whether a sentence states a practice as required ("QA of all changes is necessary", "should be standard
 * procedure") or what things lack ("Secrets and keys need 2-way links"): work asked for where work is expected (a
 * lessons bullet), a statement of fact elsewhere ("In this case, multiple ticks are necessary").
 */
export function statesRequirement(sentence: string): boolean {
  return (REQUIREMENT.test(sentence) || THING_NEEDS.test(sentence.trim())) && !HINDSIGHT.test(sentence);
}

/** "A ticket (CDP-2445) was created to wrap the operations", "We added a ticket to the backlog": work tracked. */
const TRACKED_WORK = new RegExp(
  String.raw`\b(?:ticket|issue|bug|task|story|epic)\b[^.]{0,80}?\b(?:was|were|has\s+been|have\s+been)` +
    String.raw`\s+(?:created|opened|filed|raised|added|logged)\s+(?:to|for)\b` +
    String.raw`|\b(?:created|opened|filed|raised|added|logged)\s+(?:a|an)\s+(?:new\s+)?` +
    String.raw`(?:ticket|issue|bug|task|story|epic)\b`,
  'i',
);

const READER_DIRECTION = new RegExp(`^(?:${alternation([READER_DIRECTIONS])})\\b`, 'i');

/**
 * "Add an alert on queue depth.": an imperative asks for the work itself, its verb followed by a word; a question, a
 * word to the reader, or a label ("_Update (July 2)_ The fix shipped") does not. `verb` is the index of the token
 * where the imperative starts, past a case or an adverb ("When deploying, always run a preview").
 */
export function asksInImperative(text: string, tokens: readonly Token[], verb = 0): boolean {
  return (
    !text.endsWith('?') &&
    !READER_DIRECTION.test(text.slice(tokens[verb]!.start - tokens[0]!.start)) &&
    isWord(tokens[verb + 1]) &&
    opensWithVerb(tokens, verb)
  );
}

/**
 * "We have added an alert on disk usage": the writers report work done since, in an action-items section; not what
 * they learned ("We have learned a lot").
 */
const WE_HAVE_DONE = new RegExp(
  String.raw`^we\s*(?:\s+have|['\u2019]ve)\s+(?:(?:also|already|now|since)\s+)?` +
    String.raw`(?!(?:${alternation([LEARNING_WORDS])})\b)`,
  'i',
);

/**
 * "We improved our CICD to avoid ...", "We've added a new alert on ...": the writers report a change they made to
 * something of theirs, its object opening with a determiner; not "We reacted quickly", nor what they learned.
 */
const WE_CHANGED = new RegExp(
  String.raw`^we(?:\s+have|['\u2019]ve)?\s+(?:(?:also|already|now|since)\s+)?` +
    String.raw`(?!(?:${alternation([LEARNING_WORDS])})\b)\w+ed\s+` +
    String.raw`(?:the|a|an|our|its|their|this|these|those|new|more)\b`,
  'i',
);

/**
 * "we also created some useful dashboards", "Since we have a license, we simply integrated the metrics", "..., so we
 * added a new web page": a change the writers made, told in the past in a clause of its own, its object opening with
 * a determiner (`MADE_CHANGE_VERBS`; not "We also seriously considered adding timeouts", "We eventually resolved the
 * emergency"), and read as a report past its adverbs (`reportsDoneWork`).
 */
const WE_MADE = new RegExp(
  String.raw`(?:^|[,;:]\s+(?:so\s+|and\s+|then\s+)?|\bso\s+)(we\s+(?:(?:also|then|now|simply|\w+ly)\s+){0,2})` +
    String.raw`(?:${alternation([MADE_CHANGE_VERBS])})\s+` +
    String.raw`(?:the|a|an|our|its|their|this|these|those|new|more|some)\b`,
  'i',
);

/** A sentence that ends as a lead of the list after it: a colon, or a spaced dash ("the following monitors -"). */
const LEADS_LIST = /(?::|\s[-\u2013\u2014])$/;

/** Whether a sentence tells of a change the writers made, in a clause of its own (see `WE_MADE`). */
export function tellsOwnChange(text: string): boolean {
  const made = WE_MADE.exec(text);
  if (!made) return false;
  const verbAt = made.index + made[0].indexOf(made[1]!) + made[1]!.length;
  return reportsDoneWork(`we ${text.slice(verbAt)}`);
}

/** Whether a paragraph's last sentence leads a list of changes the writers made ("We added these monitors -"). */
export function leadsOwnChanges(text: string): boolean {
  const sentence = lastSentence(text);
  return LEADS_LIST.test(sentence) && tellsOwnChange(sentence);
}

/**
 * "... to prevent any further such requests", "to avoid this happening again": a change's purpose is that the incident
 * not happen again (see `RECURRENCE_WORDS`).
 */
const PREVENTS_AGAIN = new RegExp(
  String.raw`\bto\s+(?:help\s+)?(?:${alternation([PREVENTING_WORDS])})\b[^.!?;]{0,80}?` +
    String.raw`\b(?:${alternation([RECURRENCE_WORDS])})\b`,
  'i',
);

/** Whether a sentence reports a change the writers made so that the incident not happen again (`PREVENTS_AGAIN`). */
function reportsPreventiveChange(sentence: string): boolean {
  const text = sentence.trim();
  return PREVENTS_AGAIN.test(text) && (WE_HAVE_DONE.test(text) || WE_CHANGED.test(text)) && reportsDoneWork(text);
}

/** Whether a sentence reports a change the writers made ("We improved our upgrade testing procedure to ..."). */
export function reportsOwnChange(sentence: string): boolean {
  const text = sentence.trim();
  return WE_CHANGED.test(text) && reportsDoneWork(text);
}

/**
 * "We have since published a fix ...", "Since then, we've added an alert": work the writers report done after the
 * incident, in so many words, wherever they tell it; not what they have since learned.
 */
const DONE_SINCE = new RegExp(
  String.raw`^(?:${DONE_OPENER},?\s+)?(?:we|i)\s*(?:\s+have|['\u2019]ve)\s+(?:also\s+)?since\s+` +
    String.raw`(?!(?:${alternation([LEARNING_WORDS])})\b)` +
    String.raw`|^${DONE_OPENER},?\s+(?=(?:we|i)\s*(?:\s+have|['\u2019]ve)\s+` +
    String.raw`(?:also\s+)?(?!(?:${alternation([LEARNING_WORDS])})\b))`,
  'i',
);
/** "We also rotated the keys.", "I also installed ...": more work reported, right after work done since. */
const ALSO_DONE = /^(?:we|i)\s+also\s+/i;
/** Text without one of these reports no work done since, nor a change so that it not happen again. */
const DONE_SINCE_HINT = new RegExp(
  String.raw`\bsince\b|\bresult\s+of\b|\b(?:${alternation([PREVENTING_WORDS])})\b`,
  'i',
);

/**
 * The sentences of a paragraph's prose (`visible` the same with its code) that report work done since the incident,
 * or a change made so that it not happen again (see `reportsPreventiveChange`).
 */
export function doneSinceSentences(text: string, visible: string): Sentence[] {
  if (!DONE_SINCE_HINT.test(text)) return [];
  const found: Sentence[] = [];
  let previousDone = false;
  for (const sentence of readItemSentences(text, visible)) {
    const words = text.slice(sentence.start, sentence.end);
    previousDone =
      ((DONE_SINCE.test(words) || (previousDone && ALSO_DONE.test(words))) && reportsDoneWork(words)) ||
      reportsPreventiveChange(words);
    if (previousDone) found.push(sentence);
  }
  return found;
}

/**
 * Whether a sentence (its words and tokens) commits to future work. `strict` (for prose outside an
 * action-items section) asks for a first-person commitment, or a future verb together with an
 * opener or "in the future".
 */
export function isCommitment(sentence: string, tokens: readonly Token[], strict: boolean): boolean {
  const text = sentence.trim();
  if (!text || LEADS_LIST.test(text) || EFFECT.test(text) || ANNOUNCEMENT.test(text) || STANCE.test(text)) return false;
  if (KEPT_AS_IS.test(text)) return false;
  if (commitsNobody(text)) return false;
  const future = WILL_ACT.test(text) || WILL_BE_ACTED.test(text) || GOING_TO.test(text);
  if (strict)
    return (
      WE_COMMIT.test(text) ||
      WE_DID_AND_WILL.test(text) ||
      WE_EXPLORE.test(text) ||
      WE_BEGUN.test(text) ||
      (future && (FORWARD.test(text) || openerEnd(tokens) > 0)) ||
      (HEDGED_PLAN.test(text) && FORWARD.test(text))
    );
  return (
    future ||
    WE_DOING.test(text) ||
    (personAtWork(tokens, 0) && !IDLE_OR_PERCEIVING.test(tokens[2]!.lower)) ||
    WE_BEGUN.test(text) ||
    WE_OUGHT.test(text) ||
    WE_WANT.test(text) ||
    ((WE_SUGGEST.test(text) || OUGHT_ACT.test(text)) && !HINDSIGHT.test(text) && !text.endsWith('?')) ||
    ((NEEDED_WORK.test(text) || REQUIREMENT.test(text)) && !HINDSIGHT.test(text)) ||
    TRACKED_WORK.test(text) ||
    (IDEAL.test(text) && WOULD.test(text)) ||
    // "In the future a failure like this would only lead to API downtime": what would befall, not work.
    (FORWARD.test(text) && !WOULD.test(text)) ||
    ONGOING_EFFORT.test(text) ||
    (WE_HAVE_DONE.test(text) && reportsDoneWork(text)) ||
    tellsOwnChange(text) ||
    asksInImperative(text, tokens)
  );
}

/**
 * Whether some sentence of `text` may be a commitment (see `isCommitment`), without reading its sentences. In an
 * action-items section (not `strict`) any sentence may be an imperative, so its sentences are always read.
 */
function mayHoldCommitment(text: string, strict: boolean): boolean {
  return (
    !strict ||
    WILL_ACT.test(text) ||
    WILL_BE_ACTED.test(text) ||
    GOING_TO.test(text) ||
    WE_COMMIT.test(text) ||
    WE_DID_AND_WILL.test(text) ||
    WE_BEGUN.test(text) ||
    HEDGED_PLAN.test(text)
  );
}

/**
 * Where a committing sentence goes on to a second commitment of its own, with a subject of its own: "We will add the
 * client to the load test, and Ravi will put a latency check into the canary analysis", "...; the SRE team will ...",
 * "..., and Theo is adding a smoke test".
 */
const NEXT_COMMITMENT = new RegExp(
  String.raw`(?:,\s*and|;)\s+(?=(?:we|I|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|the\s+[\p{L}-]+\s+team)\s+` +
    String.raw`(?:will|shall|is\s+going\s+to|are\s+going\s+to|to|is\s+\p{Ll}{3,}ing)\s+(?!be\b|not\b)\p{Ll})`,
  'gu',
);

/**
 * Groups a paragraph's sentences into commitments: each runs from a committing sentence through the
 * sentences that elaborate on it, up to the next commitment. Sentences before the first are narrative.
 */
export function commitmentRuns(text: string, visible: string, strict: boolean): Sentence[] {
  const runs: Sentence[] = [];
  if (!mayHoldCommitment(text, strict)) return runs;
  let current: { start: number; end: number } | undefined;
  for (const sentence of readItemSentences(text, visible)) {
    if (isCommitment(text.slice(sentence.start, sentence.end), sentence.tokens, strict)) {
      if (current) runs.push(current);
      let start = sentence.start;
      for (const clause of text.slice(sentence.start, sentence.end).matchAll(NEXT_COMMITMENT)) {
        runs.push({ start, end: sentence.start + clause.index });
        start = sentence.start + clause.index + clause[0].length;
      }
      current = { start, end: sentence.end };
    } else if (current) {
      current.end = sentence.end;
    }
  }
  if (current) runs.push(current);
  return runs;
}
