// Words of the frame that opens a commitment: who will act, and the verb that commits them. See
// commitment.ts for how they are read, and test/unit/commitment.test.ts for them at work.
import { words } from './grammar';

/** Modal verbs that commit their subject: "The SRE team will add ...", "Storage team must rotate ...". */
export const COMMITTING_MODALS = words(`will shall should must`);

/**
 * Verbs that commit their subject with `to` after them: "needs to", "has to", "is to", "plans to", "agreed to", "have
 * decided to".
 */
export const TO_VERBS = words(`need have be plan intend agree commit continue decide`);

/** `be` + one of these + `to`/`on`: "is going to", "are working on", "is continuing to", "is planning to". */
export const PROGRESSIVE_VERBS = words(`going working continuing planning`);

/** `be` + one of these + `for`: "is responsible for". */
export const ACCOUNTABLE_WORDS = words(`responsible accountable`);

/** Verbs by which a subject takes the work on: "Ops team owns the runbook", "@bob is driving the migration". */
export const TAKING_ON_VERBS = words(`own take lead drive handle`);

/**
 * Openers before a commitment's subject, with or without a comma: "Going forward, the team will ...", "Also @alice to
 * ...", "Hence, the Comdex team will ..." (a conclusion drawn from what was said before).
 */
export const LEAD_IN_PHRASES: readonly (readonly string[])[] = [
  ['going', 'forward'],
  ['moving', 'forward'],
  ['from', 'now', 'on'],
  ['in', 'future'],
  ['in', 'the', 'future'],
  ['in', 'addition'],
  ['to', 'start', 'with'],
  ['as', 'a', 'result'],
  ['as', 'such'],
  ...[
    ...words(
      `next then also additionally finally lastly first firstly second secondly third thirdly further furthermore
      hence therefore thus consequently accordingly`,
    ),
  ].map((word) => [word]),
];

/**
 * An opener of the time ahead, with or without a comma: "Over the next quarter the platform team will ...", "In the
 * coming weeks, we will ...", "Next week @ana will ...": a preposition (`TIME_PREPOSITIONS`), a word looking ahead
 * (`AHEAD_WORDS`), a count (`COUNT_WORDS`) and a span of planning (`PLANNING_SPANS`). Not "After a few days, the cache
 * will warm up", which looks ahead to nothing anyone does.
 */
export const TIME_PREPOSITIONS = words(`over in within during by for`);
export const AHEAD_WORDS = words(`next coming following upcoming this`);
export const COUNT_WORDS = words(`few couple of two three four five six several`);
export const PLANNING_SPANS = words(
  `day days week weeks month months quarter quarters sprint sprints year years half cycle cycles release releases`,
);

/** "As a long-term fix (Q2 2024), the team will ...": the nouns that end an opener starting "As a". */
export const REMEDY_NOUNS = words(`solution fix measure step improvement mitigation remedy`);
