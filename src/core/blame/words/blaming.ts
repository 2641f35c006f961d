// Blame owned in so many words by the writers: blaming a person (`We blame ourselves for not catching this`), taking
// the blame or laying it on someone (`I had to take some of the blame`, `we put the blame on the DBA`). Each entry's
// sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** Verbs (lemmas) of blaming someone, with the one blamed as their object. */
export const BLAMING_VERBS: readonly VocabularyEntry[] = [
  {
    words: 'blame scapegoat',
    note:
      'The writers blaming a person, themselves included: "We blame ourselves for not catching this", "I blamed ' +
      'the on-call engineer at first", "we blamed the outage on the new hire". Blame that others laid ("The ' +
      'company blamed the new junior analyst") is reported, as the labelled sets read it; blaming talked about ' +
      '("Blaming the engineer would not have prevented this", "If we only blame the engineer") is not done; a ' +
      'thing or a product blamed ("I blame Grammarly for this") is no person; denied ("we don\'t blame ' +
      'anyone") it is the blameless stance.',
    flags: [
      'We blame ourselves for not catching this in review.',
      'I blamed the on-call engineer at first.',
      'At first we blamed the outage on the new hire.',
    ],
    passes: [
      "We don't blame anyone for this.",
      'The company blamed the new junior analyst.',
      'Blaming the engineer who ran the script would not have prevented this.',
      'If we only blame the engineer who pushed the code, we miss the other three factors.',
      'It is tempting to blame the operator, but the console offered no confirmation.',
      'I blame Grammarly for this.',
      'We blamed the outage on a bad config push.',
    ],
  },
];

/** Who may be blamed, as a pronoun after the verb: `blame ourselves`, `blamed him`. */
export const BLAMED_PRONOUNS: readonly VocabularyEntry[] = [
  {
    words: 'me myself us ourselves him himself her herself them themselves you yourself yourselves',
    note:
      'The object forms of the pronouns of people, reflexives included: the one blamed is a person, the writers ' +
      'among them ("I blame myself"). "It" and "this" are no one.',
    flags: ['I blame myself for this outage.', 'Afterwards we blamed him for the data loss.'],
    passes: ['We blamed it on the flaky network at first.'],
  },
];

/** Who blames or takes the blame: the writers. */
export const BLAMERS: readonly VocabularyEntry[] = [
  {
    words: 'i we',
    note:
      "The writers: their blaming, or their taking the blame, is the postmortem blaming a person. Others' " +
      'blaming ("Management blamed the on-call engineer", "everyone blames him") is reported.',
    flags: ['I had to take some of the blame.'],
    passes: ['Management blamed the on-call engineer.'],
  },
];

/** Verbs (lemmas) whose subject takes the blame: `take the blame`, `shouldered the blame`. */
export const BLAME_TAKEN: readonly VocabularyEntry[] = [
  {
    words: 'take accept bear shoulder carry share deserve get',
    note:
      'The blame as the object, its subject the writers who carry it: "I had to take some of the blame", "we ' +
      'shouldered the blame". Not denied ("nobody should take the blame").',
    flags: ['I had to take some of the blame.', 'We shouldered the blame for the outage.'],
    passes: ['Nobody should have to take the blame for a missing safeguard.'],
  },
];

/** Verbs (lemmas) that lay the blame on someone, after `on` or `onto`: `pinned the blame on the intern`. */
export const BLAME_LAID: readonly VocabularyEntry[] = [
  {
    words: 'put lay place pin shift cast',
    note:
      'The blame laid by the writers on a person, named after "on" or "onto": "we put the blame on the DBA". On a ' +
      'thing it blames nobody ("we put the blame on the load balancer"), and laid by others it is reported ("it ' +
      'was wrong to pin the blame solely on a utility worker").',
    flags: ['In the first draft we put the blame on the DBA.'],
    passes: [
      'In the first draft we put the blame on the load balancer.',
      "He said it was wrong to pin the blame solely on a utility worker at his company's substation.",
    ],
  },
];

/** The noun that the verbs of taking and laying carry. */
export const BLAME_NOUNS: readonly VocabularyEntry[] = [
  {
    words: 'blame',
    note: 'The blame as a thing someone takes or is given: "take the blame", "put the blame on".',
    flags: ['I had to take some of the blame.'],
    passes: ['We run blameless reviews; the blame game helps nobody.'],
  },
];
