// The words the blame detector reasons with, grouped by the part they play in a sentence.

/** A set of the words of a whitespace-separated list. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Roles that only people hold: the person who erred, when the subject of a mistake. */
export const HUMAN_ROLES = words(`
  engineer engineers developer developers dev devs sre sres on-call oncall on-caller on-callers
  responder responders maintainer maintainers contractor contractors intern interns employee employees
  staffer staffers teammate teammates colleague colleagues coworker coworkers co-worker co-workers
  person individual individuals human humans dba dbas technician technicians tester testers analyst
  analysts manager managers programmer programmers sysadmin sysadmins approver approvers committer
  committers commander coordinator someone somebody newcomer newcomers newbie
`);

/** Roles that name a person only after a determiner (`the operator`), not a program (`the Kubernetes operator`). */
export const AMBIGUOUS_ROLES = words(`
  user users operator operators admin admins administrator administrators deployer deployers
  reviewer reviewers author authors owner owners customer customers lead member members
`);

export const PERSON_PRONOUNS = words(`i he she someone somebody`);
/** Pronouns that may name people or things. */
export const AMBIGUOUS_PRONOUNS = words(`they`);
/** The team or the organisation, or nobody in particular: not a person who erred. */
export const GROUPS = words(`
  we us our ours team teams everyone everybody nobody anyone anybody company organisation organization
  org department squad group people folks staff
`);

export const DETERMINERS = words(`
  a an the this that these those our their his her my your its one another each every any some no
  both either neither all
`);

/** Adjectives of people: `the new on-call engineer`, `the end user`. */
export const PERSON_ADJECTIVES = words(`
  new junior senior lead experienced inexperienced responding primary secondary affected end human
  other same original first second third tired busy single careful careless exhausted overworked
  remote on-call oncall tech
`);

/** Nouns that name a line of work before a role: `the database engineer`, `the release manager`. */
export const DOMAIN_MODIFIERS = words(`
  incident support release platform database network infrastructure security site reliability ops
  devops backend frontend staff principal software systems data qa
`);

/** Words skipped between a subject and its verb: `Bob also accidentally forgot`. */
export const VERB_MODIFIERS = words(`
  also then just simply merely apparently probably clearly obviously unfortunately again still already
  never not had has have did does do was were is are be been being may might must will would could
  should completely totally entirely somehow initially later subsequently unknowingly themselves himself
  herself myself all both actually evidently accidentally mistakenly inadvertently unintentionally
  carelessly wrongly incorrectly only
`);

/** Clause openers after which a comma ends an introduction rather than an appositive. */
export const INTRODUCERS = words(`
  after when while during before once since because as if in on at following unfortunately however
  later then meanwhile although though until upon with without by
`);

/**
 * Capitalised words that are not people: products and tools that appear as the subject of
 * "failed to", and capitalised function words.
 */
export const NOT_NAMES = words(`
  the this that these those it its a an and but or so then there here we they he she i our their
  travis jenkins kubernetes helm terraform docker nginx redis postgres postgresql mysql kafka grafana
  prometheus alertmanager pagerduty opsgenie datadog sentry cloudflare github gitlab bitbucket gitter
  slack jira vault consul nomad envoy istio ansible puppet chef python java node rust linux ubuntu
  debian windows chrome firefox safari azure aws google amazon heroku vercel netlify elasticsearch
  kibana celery sidekiq rails django react argo flux spinnaker bazel npm yarn homebrew brew varnish
  fastly akamai zookeeper cassandra mongo etcd calico cilium karpenter fargate lambda cron systemd
  everything nothing something monitoring alerting ci cd staging production prod
  what which who whom whose when where why how if in on at after before during once since because as
  all some any each every no none both also however unfortunately my your his her one another such
  many most more less few several other not never only even still yet while although though until
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december
`);

/**
 * Common first names: a capitalised subject on this list is a person even for verbs that
 * programs share ("Dave failed to", "Travis failed to").
 */
export const FIRST_NAMES = words(`
  alice bob carol dave david eve frank grace heidi ivan judy mallory oscar peggy trent walter alex
  sam chris pat jordan taylor casey morgan jamie robin kim lee john jane mary james michael sarah
  emma olivia liam noah sophia mia lucas ethan anna laura paul peter tom tim steve mike matt dan
  daniel ben andrew anne emily jessica ashley amanda brian kevin jason eric adam nick ryan josh
  kate katie rachel rebecca lisa susan karen nancy linda maria jose juan carlos luis ana sofia
  ahmed ali fatima mohammed omar priya raj rahul arjun wei li chen yuki hiroshi kenji sven lars
  anders ingrid olga dmitri sergei nina marta pablo diego lucia giulia marco luca hans
  klaus jens julia jan piotr tomasz ola kai leo max noor zoe chloe ella jack harry george oliver
  charlie henry thomas william joe jim jake luke mark simon richard robert jennifer elizabeth
`);

/** People, but none of the above: `the person who`. */
export const RELATIVE_PRONOUNS = words(`who`);

/** Nouns that make "user error" something measured rather than a cause: `user error rate`. */
export const MEASURE_NOUNS = words(`
  rate rates budget budgets count counts message messages code codes handling log logs page pages
  ratio ratios metric metrics percentage spike spikes report reports reporting tracking dialog
  dialogs screen screens state states class classes type types response responses path paths
  boundary boundaries case cases field fields banner banners
`);

/** Words before "human error" that make it a risk to reduce, not a cause: `reduce the chance of human error`. */
export const RISK_WORDS = words(`
  room chance chances risk risks likelihood possibility possibilities potential probability
  opportunity opportunities prone susceptible vulnerable reduce reduces reduced reducing minimize
  minimizes minimized minimizing minimise minimises minimised minimising prevent prevents prevented
  preventing avoid avoids avoiding eliminate eliminates eliminating mitigate mitigates mitigating
  lessen lower lowers fewer less against catch catches catching detect detects handle handles
  tolerate tolerates guard guards protect protects surface surfaces
`);

/** Words before "human error" that deny it: `this was not human error`. */
export const NEGATORS = words(`
  not never no isn't wasn't aren't weren't don't doesn't didn't rather instead than nor without unlike
  beyond
`);

/** Words that mark a sentence as stating a cause. */
export const CAUSAL_WORDS = words(`
  cause caused causes causing because due result resulted resulting led trigger triggered triggering
  attributed attributable owing stemmed stemming culprit
`);
