// Every vocabulary of the language layer and the blame rules, by name: for the tests that run each
// entry's sentences and for the rule pages' word tables.
import { BREACHES, COMPLIANCE, CONFORMITY, PROCEDURES } from './words/compliance';
import { DISMISSED, DISMISSIVE_ALWAYS, MINIMISERS, OBVIOUSLY_ABOUT } from './words/dismissals';
import { AFFECTED, ANSWERING, ATTEMPTS, HUMAN_SIGNALS } from './words/failing';
import {
  CAUSAL_WORDS,
  CONCESSIONS,
  AFFIRMING_TURNS,
  DENIALS,
  GENERAL_CLAIMS,
  ANYONE,
  GENERALISATIONS,
  GENERIC_DETERMINERS,
  HABITUAL_OPENERS,
  INCIDENT_QUANTIFIERS,
  MANY_INCIDENTS,
  MEASURE_NOUNS,
  OBLIGATIONS,
  RISK_WORDS,
} from './words/framing';
import { DECISIONS, HINDSIGHT_CATCHES, HINDSIGHT_VERDICTS, HUMAN_PARTICIPLES, VIGILANCE } from './words/hindsight';
import {
  ERROR_AGENTS,
  ERROR_COMPOUNDS,
  ERROR_MAKERS,
  ERROR_NOUNS,
  FAILING_AGENTS,
  FAILURE_NOUNS,
  PERSONAL_ERROR_NOUNS,
} from './words/humanErrors';
import {
  JUDGING_ADJECTIVES,
  JUDGING_ADVERBS,
  JUDGING_NOUNS,
  JUDGING_PHRASES,
  PERSON_JUDGING_ADJECTIVES,
  TERMS_OF_ART,
} from './words/judgements';
import { DISCOVERIES, MISTAKE_ADVERBIALS, MISTAKE_ADVERBS, VERB_JUDGING_ADVERBS } from './words/mistakeAdverbs';
import {
  BAD_QUALITIES,
  FORBIDDEN_ACTS,
  JUDGED_CHOICES,
  MISTAKE_VERBS,
  WRONG_ACTIONS,
  WRONG_OBJECTS,
} from './words/mistakeVerbs';
import {
  ABSENCE_REPORTS,
  CARE,
  CARE_GIVEN,
  CARE_VERBS,
  CHECKS,
  DESTRUCTIVE_ACTIONS,
  LAPSES,
  LETTING,
  DUTIES,
  EXCESS,
  MANNER,
  OFFLINE,
  POWER_ACTS,
  POWER_PARTS,
  PRODUCTION_OBJECTS,
  TAKING_DOWN,
  REMEDY_ACTIONS,
  RISKY_ACTIONS,
  SLOWNESS,
  WRONG_CHOICE,
  WRONG_THINGS,
  WRONG_WITHOUT_ARTICLE,
} from './words/omissions';
import {
  DEEMING,
  DONE_BADLY,
  INCIDENTS,
  MAKING_PARTICIPLES,
  PERSONAL_FAULTS,
  PERSONAL_MISTAKES,
  PLURAL_MISTAKES,
  SHARED_MISTAKES,
  SINGULAR_MISTAKES,
} from './words/ownedMistakes';
import { CONSEQUENCE_VERBS, CONSEQUENCES, HARM_ENDINGS, HARMS } from './words/consequences';
import { SLIP_ADVERBS, SLIP_NOUNS } from './words/slips';
import { DECIDING, HOSTILE_OBJECTS, MOVEMENTS, RESOLUTIONS, RESPONSE_ACTS } from './words/rootCauseActs';
import type { PatternEntry, VocabularyEntry } from '../language/vocabulary/entry';
import {
  ADDRESSED_PRONOUNS,
  AMBIGUOUS_PRONOUNS,
  AMBIGUOUS_ROLES,
  CONTROL_POSTS,
  DOMAIN_MODIFIERS,
  GROUPS,
  TEAMS,
  HUMAN_ROLES,
  PERSON_ADJECTIVES,
  ROLES_BY_CONTEXT,
  PERSON_PRONOUNS,
  PROGRAM_ROLES,
} from '../language/vocabulary/people';
import { SYSTEMS } from '../language/vocabulary/systems';

export interface Vocabulary {
  readonly name: string;
  /** What the words do, for the rule pages. */
  readonly role: string;
  readonly entries: readonly (VocabularyEntry | PatternEntry)[];
  /** Where the examples are read: some words count only in a root-cause section. */
  readonly section?: 'root-cause';
}

export const VOCABULARIES: readonly Vocabulary[] = [
  { name: 'human roles', role: 'a person, as the subject of a mistake', entries: HUMAN_ROLES },
  {
    name: 'program roles',
    role: 'nouns that name people in a dictionary and programs or parties here',
    entries: PROGRAM_ROLES,
  },
  {
    name: 'ambiguous roles',
    role: 'a person after a determiner, a program after a product name',
    entries: AMBIGUOUS_ROLES,
  },
  {
    name: 'roles by context',
    role: 'a person only with a post before it, duty or a personal pronoun after it',
    entries: ROLES_BY_CONTEXT,
  },
  { name: 'control posts', role: 'where a controller works: a person at a post', entries: CONTROL_POSTS },
  { name: 'person pronouns', role: 'a person', entries: PERSON_PRONOUNS },
  { name: 'ambiguous pronouns', role: 'a person only with verbs only people do', entries: AMBIGUOUS_PRONOUNS },
  {
    name: 'addressed pronouns',
    role: 'a person when told a past act',
    entries: ADDRESSED_PRONOUNS,
  },
  { name: 'groups', role: 'the writers or nobody in particular: not a person who erred', entries: GROUPS },
  { name: 'teams', role: 'a named team: judged as a person by what only people do', entries: TEAMS },
  { name: 'person adjectives', role: 'words before a role that keep it a person', entries: PERSON_ADJECTIVES },
  { name: 'domain modifiers', role: 'a line of work before a role', entries: DOMAIN_MODIFIERS },
  { name: 'systems', role: 'a program, bot or product: never a person who erred', entries: SYSTEMS },
  {
    name: 'responses',
    role: 'acts of noticing, answering and reasoning: in a root cause, a person doing them is not the cause',
    entries: RESPONSE_ACTS,
    section: 'root-cause',
  },
  {
    name: 'deciding',
    role: 'before "to" and a verb: the act decided on, told as the act',
    entries: DECIDING,
    section: 'root-cause',
  },
  {
    name: 'movements',
    role: 'coming and going: in a root cause, no act that caused anything',
    entries: MOVEMENTS,
    section: 'root-cause',
  },
  {
    name: 'resolutions',
    role: 'what an act restored: the response, not the cause',
    entries: RESOLUTIONS,
    section: 'root-cause',
  },
  {
    name: 'hostile objects',
    role: 'what an attacker does: not a colleague who erred',
    entries: HOSTILE_OBJECTS,
    section: 'root-cause',
  },
  { name: 'duties', role: 'what a person is blamed for not doing', entries: DUTIES },
  {
    name: 'reports of absence',
    role: 'telling or noticing, negated before "any" and a noun, that reports there was none',
    entries: ABSENCE_REPORTS,
  },
  { name: 'destructive actions', role: 'a person destroying something live', entries: DESTRUCTIVE_ACTIONS },
  { name: 'letting', role: 'a person letting something run out, before a lapse', entries: LETTING },
  { name: 'lapses', role: 'what runs out after a person let it', entries: LAPSES },
  {
    name: 'power acts',
    role: 'with power or cabling after it, a destructive act',
    entries: POWER_ACTS,
    section: 'root-cause',
  },
  {
    name: 'power parts',
    role: 'power and cabling, which a person cuts or pulls',
    entries: POWER_PARTS,
    section: 'root-cause',
  },
  {
    name: 'taking down',
    role: 'with "down" or "offline" after it, a person taking something down',
    entries: TAKING_DOWN,
  },
  { name: 'offline', role: 'after "bring", "take" or "knock": harm', entries: OFFLINE },
  { name: 'production objects', role: 'what makes a destroyed or changed thing live', entries: PRODUCTION_OBJECTS },
  {
    name: 'consequences',
    role: "in a root cause, what came of a person's act",
    entries: CONSEQUENCES,
    section: 'root-cause',
  },
  { name: 'harms', role: 'after a consequence word, harm the act did', entries: HARMS, section: 'root-cause' },
  {
    name: 'harm endings',
    role: 'after a harm word and "to": the harm ended',
    entries: HARM_ENDINGS,
    section: 'root-cause',
  },
  {
    name: 'consequence verbs',
    role: 'after "which" or "and", what came of a person\'s act',
    entries: CONSEQUENCE_VERBS,
    section: 'root-cause',
  },
  { name: 'manner', role: 'after a negated verb, a duty done badly', entries: MANNER },
  { name: 'checks', role: 'after "without", a check a person went without', entries: CHECKS },
  {
    name: 'risky actions',
    role: 'in a root cause, a person changing something live',
    entries: RISKY_ACTIONS,
    section: 'root-cause',
  },
  { name: 'excess', role: 'after "too", a person\'s act judged excessive', entries: EXCESS },
  { name: 'slowness', role: 'a person judged slow', entries: SLOWNESS },
  { name: 'care', role: 'care asked of people as the remedy', entries: CARE },
  { name: 'care-given', role: 'care asked of people as a thing to give', entries: CARE_GIVEN },
  { name: 'care-verbs', role: 'verbs that give care', entries: CARE_VERBS },
  { name: 'wrong choice', role: 'a person who chose one thing instead of another', entries: WRONG_CHOICE },
  { name: 'wrong things', role: 'a person acting with something wrong', entries: WRONG_THINGS },
  {
    name: 'wrong without article',
    role: 'a wrong thing written bare after a verb, its article dropped',
    entries: WRONG_WITHOUT_ARTICLE,
  },
  { name: 'remedies', role: 'acts on a wrong thing that find or undo it: not blame', entries: REMEDY_ACTIONS },
  { name: 'error agents', role: 'a kind of person before an error noun: "user error"', entries: ERROR_AGENTS },
  {
    name: 'failing agents',
    role: 'a kind of person before an error noun or "failure": "operator failure"',
    entries: FAILING_AGENTS,
  },
  {
    name: 'error nouns',
    role: 'a mistake after a kind of person, kept when the person is taken out',
    entries: ERROR_NOUNS,
  },
  {
    name: 'personal error nouns',
    role: 'a mistake after a kind of person that only a person makes',
    entries: PERSONAL_ERROR_NOUNS,
  },
  { name: 'failure nouns', role: "a failure, a person's only after a failing agent", entries: FAILURE_NOUNS },
  {
    name: 'error makers',
    role: 'a person made the maker of an error in one word: "engineer-driven"',
    entries: ERROR_MAKERS,
  },
  {
    name: 'slip nouns',
    role: 'in a root cause or a stated cause, a slip as the cause with nobody named',
    entries: SLIP_NOUNS,
    section: 'root-cause',
  },
  {
    name: 'slip adverbs',
    role: 'in a root cause, a slip in the passive or before a participle',
    entries: SLIP_ADVERBS,
    section: 'root-cause',
  },
  { name: 'error compounds', role: 'human error in one word', entries: ERROR_COMPOUNDS },
  {
    name: 'procedures',
    role: 'what people keep to: said not to have been followed, human error without a name',
    entries: PROCEDURES,
  },
  { name: 'compliance', role: 'keeping to a procedure, denied in the passive', entries: COMPLIANCE },
  {
    name: 'conformity',
    role: "before a procedure: a person's act that kept to it, read as no mistake of theirs",
    entries: CONFORMITY,
    section: 'root-cause',
  },
  {
    name: 'breaches',
    role: 'before a word of keeping to a procedure: the keeping denied or failed',
    entries: BREACHES,
    section: 'root-cause',
  },
  {
    name: 'measure nouns',
    role: 'after "user error", something measured or shown: not a cause',
    entries: MEASURE_NOUNS,
  },
  { name: 'risk words', role: 'before "human error", a risk to reduce: not a cause', entries: RISK_WORDS },
  { name: 'denials', role: 'around "human error", saying it was not the cause', entries: DENIALS },
  { name: 'affirming turns', role: 'after a denial, turning to the cause said', entries: AFFIRMING_TURNS },
  {
    name: 'concessions',
    role: 'opening a phrase that grants a mistake on the way to a finding about the system',
    entries: CONCESSIONS,
  },
  { name: 'obligations', role: 'after a conceded mistake, what the system should have done', entries: OBLIGATIONS },
  {
    name: 'many incidents',
    role: 'statistics, studies and terms: human error spoken of in general, in any tense',
    entries: MANY_INCIDENTS,
  },
  {
    name: 'incident quantifiers',
    role: 'before an incident noun: human error spoken of in general',
    entries: INCIDENT_QUANTIFIERS,
  },
  { name: 'generalisations', role: 'in the present tense, human error spoken of in general', entries: GENERALISATIONS },
  {
    name: 'generic determiners',
    role: 'before the subject of a verb in the present: anyone of a kind, what happens in general',
    entries: GENERIC_DETERMINERS,
  },
  { name: 'anyone', role: 'a subject that is nobody in particular, in the present', entries: ANYONE },
  {
    name: 'habitual openers',
    role: 'before a verb in the present: what happens each time, not in this incident',
    entries: HABITUAL_OPENERS,
  },
  { name: 'general claims', role: 'after "human error is", saying what it is in general', entries: GENERAL_CLAIMS },
  { name: 'causal words', role: 'a sentence that states a cause', entries: CAUSAL_WORDS },
  { name: 'mistake verbs', role: "a person's mistake, said with the verb", entries: MISTAKE_VERBS },
  {
    name: 'bad qualities',
    role: '{BAD} in the mistake verbs: what was wrong with a judgement',
    entries: BAD_QUALITIES,
  },
  { name: 'judged choices', role: '{JUDGED} in the mistake verbs: what a person decides', entries: JUDGED_CHOICES },
  {
    name: 'wrong actions',
    role: '{WRONG_ACTIONS} in the mistake verbs: acts done with the wrong thing',
    entries: WRONG_ACTIONS,
  },
  {
    name: 'forbidden acts',
    role: '{FORBIDDEN} in the mistake verbs: acts a person was not supposed to do',
    entries: FORBIDDEN_ACTS,
  },
  {
    name: 'wrong objects',
    role: '{WRONG} in the mistake verbs: what was wrong with the thing acted on',
    entries: WRONG_OBJECTS,
  },
  { name: 'answering', role: 'a human act after "failed to", besides the duties', entries: ANSWERING },
  { name: 'human signals', role: 'what a person misses or ignores', entries: HUMAN_SIGNALS },
  { name: 'attempts', role: 'after "failed to", what happens to a person: not blame', entries: ATTEMPTS },
  { name: 'affected people', role: 'the people an incident happens to', entries: AFFECTED },
  { name: 'mistake adverbs', role: 'an act done by mistake, with a person as the subject', entries: MISTAKE_ADVERBS },
  { name: 'discoveries', role: 'after a mistake adverb and "we": found by chance, not a slip', entries: DISCOVERIES },
  { name: 'mistake adverbials', role: 'an act done by mistake, said after the object', entries: MISTAKE_ADVERBIALS },
  {
    name: 'verb judging adverbs',
    role: 'words a rephrase takes out with a mistake verb',
    entries: VERB_JUDGING_ADVERBS,
  },
  { name: 'judging adjectives', role: 'a person or their work judged', entries: JUDGING_ADJECTIVES },
  {
    name: 'person-judging adjectives',
    role: 'a person judged, said of a person only',
    entries: PERSON_JUDGING_ADJECTIVES,
  },
  { name: 'judging adverbs', role: 'how a person acted, judged', entries: JUDGING_ADVERBS },
  { name: 'judging nouns', role: 'a failing of character named as the cause', entries: JUDGING_NOUNS },
  { name: 'terms of art', role: 'the technical sense of a judging adjective: not blame', entries: TERMS_OF_ART },
  {
    name: 'judging phrases',
    role: 'attention or care said to be missing, a mistake called inexcusable',
    entries: JUDGING_PHRASES,
  },
  { name: 'dismissive words', role: 'what a person faced, called obvious', entries: DISMISSIVE_ALWAYS },
  {
    name: 'obviously about',
    role: 'near "obviously": what should have been done, or how easy it was',
    entries: OBVIOUSLY_ABOUT,
  },
  { name: 'minimisers', role: "a person's task made to sound trivial", entries: MINIMISERS },
  { name: 'minimised', role: 'what a minimiser makes trivial', entries: DISMISSED },
  {
    name: 'human participles',
    role: 'what a person should have done: with them, "they" or a name is a person',
    entries: HUMAN_PARTICIPLES,
  },
  { name: 'vigilance', role: 'what should have been caught, with nobody named', entries: VIGILANCE },
  { name: 'decisions', role: 'what should not have been let through', entries: DECISIONS },
  { name: 'hindsight catches', role: 'what a better person would have caught', entries: HINDSIGHT_CATCHES },
  {
    name: 'hindsight verdicts',
    role: 'the road not taken, judged: "would have been better to"',
    entries: HINDSIGHT_VERDICTS,
  },
  { name: 'personal faults', role: 'a person\'s own mistake, also by "of"', entries: PERSONAL_FAULTS },
  { name: 'personal mistakes', role: 'what only a person owns', entries: PERSONAL_MISTAKES },
  { name: 'shared mistakes', role: 'what a person or a program may own', entries: SHARED_MISTAKES },
  {
    name: 'attributed mistakes',
    role: 'a mistake said to be made by a person',
    entries: [...SINGULAR_MISTAKES, ...PLURAL_MISTAKES],
  },
  { name: 'making participles', role: 'how a mistake came from the person after "by"', entries: MAKING_PARTICIPLES },
  { name: 'incidents', role: 'what a person is blamed for being responsible for', entries: INCIDENTS },
  { name: 'deeming', role: "a judgement said to be a person's, in the passive", entries: DEEMING },
  { name: 'done badly', role: "work done badly, said to be a person's, in the passive", entries: DONE_BADLY },
];
