// Closed classes of English words the subject finder reasons with. They are grammar, not blame: each
// set's note says what it is for, and the readers' tests show them at work.

/** A set of the words of a whitespace-separated list. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** The indefinite articles: `an engineer could have run it`, `A typo is a human error`. */
export const INDEFINITE_ARTICLES = words(`a an`);

/** Words that open a noun phrase: `the engineer`, `our on-call`, `one engineer`. */
export const DETERMINERS = words(`
  a an the this that these those our their his her my your its one another each every any some no
  both either neither all
`);

/** Determiners that point at particular ones: `the teams`, `both squads`, not `many teams`. */
export const DEFINITE_DETERMINERS = words(`the this that these those our their his her my your its both`);

/**
 * Determiners only a noun phrase follows: after them a verb's base form is a noun the tagger misread
 * (`a firewall upgrade`, `the restore`). Not `that` (`so that restart`) nor `all` (`they all restart`).
 */
export const NOUN_DETERMINERS = words(`a an the this these those our their his her my your its`);

/** Determiners that name whose a thing is: `our people`, `their team`. */
export const POSSESSIVE_DETERMINERS = words(`our their his her my your`);

/** `any engineer could have made this mistake`: anyone, not a person who erred. */
export const GENERIC_DETERMINERS = words(`any every each no neither`);

/** Words skipped between a subject and its verb: `Bob also accidentally forgot`, `Bob did not`. */
export const VERB_MODIFIERS = words(`
  also then just simply merely apparently probably clearly obviously unfortunately again still already
  never not had has have did does do was were is are be been being may might must will would could
  should can completely totally entirely somehow initially later subsequently unknowingly themselves
  himself herself myself all both actually evidently accidentally mistakenly inadvertently
  unintentionally carelessly wrongly incorrectly only having
`);

/**
 * Verbs in the past before a gerund whose subject is the gerund's: `I kept forgetting to close them`, `he started
 * typing`. Not the present, `I keep pushing to master`, a habit told of no incident.
 */
export const ASPECT_VERBS = words(`kept started began continued`);

/** Verbs that deny what follows them in their clause: `The claimant denied any lack of attention`. */
export const DENYING_VERBS = words(`deny denies denied denying dispute disputes disputed disputing refute refuted`);

/** The forms of `be`: before a participle they make the passive (`was dropped`). */
export const BE_FORMS = words(`be is are was were been being`);
/** The forms of `get`, which make the passive too before a participle in -ed or -en (`got deleted`). */
export const GET_FORMS = words(`get gets got gotten getting`);
/** `be` in the present and in the past: what is so in general, and what happened once. */
export const PRESENT_BE = words(`is are`);
export const PAST_BE = words(`was were`);
/** Nouns whose `of` names the doer of what follows: `a case of an engineer cutting corners`, `an instance of`. */
export const INSTANCE_NOUNS = words(`case cases instance instances example examples matter`);
/** Verbs (lemmas) whose cause follows `by` or `from`: `was caused by`, `resulted from`, `stemmed from`. */
export const CAUSED_VERBS = words(`cause trigger result stem arise`);
/** Verbs (lemmas) that tell that the event took place: `did not happen because of`, `did not occur due to`. */
export const OCCURRING_VERBS = words(`happen occur creep arise`);
/** Nouns whose `of` picks people from a group: `two members of staff`, `a member of the team`. */
export const MEMBER_NOUNS = words(`member members`);
/** Auxiliaries in the past: `did not check`, `had forgotten`, `Why did the developer forget`. */
export const PAST_AUXILIARIES = words(`was were did had`);
/** `do` in the present, an auxiliary before a verb: `I don't check`, `Human error does take place`. */
export const PRESENT_DO = words(`do does`);

/**
 * Verbs whose past is their base form: `Bob set the TTL to zero`, `the contractor cut the fiber`. Not `let` and `quit`,
 * whose past tells of letting someone know and of leaving a job more often than of an act on a system.
 */
export const SAME_FORM_PASTS = words(`set put cut hit shut reset spread cast burst split upset`);
/** Particles of phrasal verbs, which may stand between a participle and how it was done: `sent out by mistake`. */
export const VERB_PARTICLES = words(`out off up down away back over`);
/** Words that open a clause telling what came later: `the brakes failed before they were applied by the driver`. */
export const LATER_CLAUSE_OPENERS = words(`before until`);

/** Answers that may open a sentence before a comma: `No, I just clicked on the wrong spot`. */
export const ANSWERS = words(`no yes yeah yep nope nah`);
/** A switch's states, which a thing may be left in: `left debug logging on`, `left the heater off`. */
export const SWITCH_STATES = words(`on off`);
/** Verbs whose past participle is their base form, as `run` in `the script was run against production`. */
export const BASE_FORM_PARTICIPLES = words(`run rerun come become overcome`);

/**
 * How words that open with a vowel letter and a consonant sound begin, so that `a` goes before them: `a user`,
 * `a unit`, `a one-off`, `a European region`; not `an unused`, whose `un` is a prefix.
 */
export const CONSONANT_SOUND_OPENINGS = words(`uni use usi usu uti ura ure uro eu one once`);
/** Words that open with a silent `h`, so that `an` goes before them: `an hour`, `an honest mistake`. */
export const SILENT_H_OPENINGS = words(`hour honest honour honor heir`);
/** Letters whose names open with a vowel sound, so that `an` goes before an acronym they open: `an SRE`, `an API`. */
export const VOWEL_SOUND_LETTERS = words(`a e f h i l m n o r s x`);

/** Words that open a clause telling what was going on at the time: `deleted the table while resolving conflicts`. */
export const TIME_CLAUSE_OPENERS = words(`when while whilst`);

/** Nouns of a day that stand as adverbs after an object: `made a mistake yesterday`, not a compound's second noun. */
export const DAY_ADVERBS = words(`yesterday today tonight tomorrow`);

/** Units of time: after a number they measure when, not what was acted on (`deployed three weeks earlier`). */
export const TIME_UNITS = words(`second seconds minute minutes hour hours day days week weeks month months year years`);
/** A time that may stand between a subject and its verb: `A staff member last Thursday failed to`. */
export const TIME_OF_DAY_WORDS = words(
  `monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night weekend week month`,
);
/** What leads such a time: `last Thursday`, `that morning`, `on Monday`. */
export const TIME_LEADS = words(`last this that next on one early late`);
/** Times said in one word: `A staff member yesterday failed to`. */
export const TIMES_ALONE = words(`yesterday today tonight earlier later overnight`);

/** The writers: `we`. */
export const FIRST_PERSON_PLURAL = words(`we`);

/** The forms of `do` that carry a negation: `did not check`, `does not bother`. */
export const DO_FORMS = words(`do does did`);

/** Auxiliaries that open a question whether: `Was it operator error?`, `Did I do something wrong?`. */
export const QUESTION_AUXILIARIES = words(`
  do does did is are am was were have has had can could will would should may might
`);

/** Hedges that open a guess put as a question: `Perhaps you forgot to renew your domain name?`. */
export const QUESTION_HEDGES = words(`perhaps maybe possibly`);

/** Words that deny what follows them: `did not check`, `not obviously related`, `was never at fault`. */
export const NEGATIONS = words(`not never`);

/** Adjectives that follow the noun they tell of: `the developer responsible`, `the people involved`. */
export const POSTPOSITIVE_ADJECTIVES = words(`responsible involved concerned`);

/** Modal auxiliaries, which make an act supposed, not done: `would have restarted`, `would never turn on`. */
export const MODALS = words(`would could might may should must will can shall`);
/** Modals of what may be, not what was: `a simple mistake could cost them their job`, `could be brought down by`. */
export const MAY_MODALS = words(`could would might may can`);

/** After a negation, words that make it add rather than deny: `not just a careless mistake`, `not only`. */
export const ADDING_AFTER_NEGATION = words(`just only merely simply solely`);

/** Pronouns that deny what their verb says, as its subject or its object: `Nobody was careless`, `I forgot nothing`. */
export const NEGATIVE_PRONOUNS = words(`nobody noone no-one nothing`);

/**
 * Verbs of belief whose denial denies the clause they hold ("neg-raising"): `We do not believe any individual acted
 * carelessly`, `I don't think anyone was careless` say that nobody was.
 */
export const DENIAL_RAISING_VERBS = words(`think believe suppose expect imagine feel reckon`);

/**
 * Verbs whose act keeps another from happening: what they govern is not done (`we need monitoring to avoid having
 * services down without noticing`, `a lock prevents deploys going out without review`).
 */
export const AVOIDING_VERBS = words(`avoid prevent stop preclude forbid prohibit block`);

/**
 * Verbs that open an imperative before a participle (`Be advised`, `Get started`, `See attached`, `Keep posted`): a
 * capitalised one opening a sentence before a past form is the verb, not a name as `Grant forgot` and `Will deployed`
 * open with.
 */
export const PARTICIPLE_IMPERATIVES = words(`be get have see keep let stay remain`);

/**
 * Verbs whose object may be a bare infinitive (`let run`, `helped build`, `made fail`): after any other verb's past, a
 * base form before a noun modifies the noun (`left debug logging enabled`, `turned test mode on`).
 */
export const BARE_INFINITIVE_TAKERS = words(`let make help see watch hear have bid dare need`);

/**
 * Words that open a stated cause before its noun phrase or clause: `Due to a system issue, ...`, `Because of a bug in
 * the billing job, ...`, `Because the job retried, ...`.
 */
export const CAUSE_OPENERS = words(`due because owing thanks`);

/** Negations that deny a noun phrase only, up to the next verb: `without power`, `no backups`. */
export const NOUN_PHRASE_NEGATIONS = words(`without no`);

/** Clause openers after which a comma ends an introduction rather than an appositive. */
export const INTRODUCERS = words(`
  after when while during before once since because as if in on at following unfortunately however
  later then meanwhile although though until upon with without by
`);

/** Words that open a clause of its own inside a sentence: `the outage began when an engineer changed`. */
/** Adverbs that hedge what the clause tells: `probably got scooped up by a domain speculator`. */
export const HEDGES = words(`probably possibly perhaps maybe likely presumably apparently seemingly allegedly`);

/** Words that open a clause of what could happen: `if the intern deletes the entire database`. */
export const HYPOTHETICAL = words(`if unless whenever`);

/**
 * The same, and `when`, which supposes when its verb is in the present: `If I had mistakenly disabled`, `When I click`.
 */
export const SUPPOSING = new Set([...HYPOTHETICAL, 'when']);

/** The auxiliaries of the perfect: `had forgotten`, `has not checked`, `had mistakenly disabled`. */
export const PERFECT_AUXILIARIES = words(`had has have`);

/**
 * Words that open a clause of its own with its own subject: `began when an engineer changed`; `like` after a verb of
 * seeming (`It looks like the person publishing this forgot`).
 */
export const SUBORDINATORS = words(`
  when whenever because since while whilst although though whereas until unless once after before as if like
`);

/** People, but none of the above: `the person who`. */
export const RELATIVE_PRONOUNS = words(`who`);

/** After a noun, they open a clause that describes it: `the amount that each provider needs to scale up`. */
export const NOUN_RELATIVES = words(`that which`);

/** Capitalised words that are function words or common nouns at a sentence's start, not names. */
export const NOT_NAMES = words(`
  the this that these those it its a an and but or so then there here we they he she i our their
  everything nothing something monitoring alerting ci cd staging production prod change changes
  what which who whom whose when where why how if in on at after before during once since because as
  all some any each every no none both also however unfortunately my your his her one another such
  many most more less few several other not never only even still yet while although though until
  due per via thanks
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december
`);

/** Words a title leaves in lower case among its capitalised ones: `Wins and Losses`, `Out of Memory on the Primary`. */
export const TITLE_SMALL_WORDS = words(`a an the and or nor but of to in on at by for from with as vs via`);

/**
 * Bare nouns after `by` that say how, not who: `sent by e-mail`, `entered by hand`, `deleted by mistake`, `enabled by
 * default`. A passive's `by` before one of them names no agent.
 */
export const BY_MEANS = words(`email e-mail mail post fax phone telephone text courier hand mistake accident error
  default design chance`);
