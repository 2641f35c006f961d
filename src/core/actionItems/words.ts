// The words by which an action item is found and read: its marker, its status, its priority and
// the verbs that commit to it. Each entry says why its words are there and gives an item they
// make what it says (test/unit/actionItemWords.test.ts runs them). The patterns that find these
// words, and the cheap looks that reject text without any, are built from these lists alone.
import type { ActionItem } from '../model/types';
import { anyWordTest } from '../language/wordTest';
import { DONE_LEAD_WORDS, PROPOSAL_LEAD_WORDS } from '../vocabulary/statusLeads';

export interface ItemWords {
  /** Words or phrases, in lower case; blanks in a phrase match any blanks, an apostrophe a curly one too. */
  readonly words: readonly string[];
  /** Why these words are here, and what they are not. */
  readonly note: string;
  /** A document (Markdown) whose one action item shows these words at work. */
  readonly example: string;
}

/** What an entry of status words makes an item. */
export interface StatusWords extends ItemWords {
  readonly status: NonNullable<ActionItem['status']>;
}

/** The entries' words as one regular expression alternation, longest first, phrases' blanks as `between`. */
export function alternation(entries: readonly ItemWords[], between = '\\s+'): string {
  const words = entries.flatMap((entry) => entry.words).sort((a, b) => b.length - a.length);
  return words
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/'/g, "['\\u2019]")
        .replace(/ /g, between),
    )
    .join('|');
}

/** A cheap look for any of the entries' words anywhere in text, inside longer words too. */
export function hintOf(entries: readonly ItemWords[]): RegExp {
  return anyWordTest(
    entries.flatMap((entry) => entry.words),
    '',
    false,
  );
}

export const ACTION_MARKERS: ItemWords = {
  words: ['action item', 'action items', 'action point', 'action points', 'follow up', 'followup'],
  note:
    'Followed by a colon or a dash at the start of a paragraph, a bullet or a sentence: an item, anywhere ' +
    '("... by construction. Follow-up: a smoke job running the real image"). Not after other words ' +
    '("Observability follow-up: #400" names a link).',
  example: '## What happened\n\nWe lost DNS. Action item: rotate the resolver keys.\n',
};

export const ACTOR_HEADERS: ItemWords = {
  words: ['actor', 'actors', 'who', 'by', 'done by', 'performed by', 'person', 'responder', 'party'],
  note:
    'A table column headed by one of these alone ("| Time | Actor | Event |") names who acted: its names, acronyms ' +
    'too ("ICL", "Hypha"), are the document\'s own people and teams, so that an item "ICL to add the check" is owned ' +
    'by ICL. A name the column gives is taken as written; other words in the header ("Action by date") do not count.',
  example:
    '## Timeline\n\n| Time | Actor | Event |\n| --- | --- | --- |\n| 10:00 | ICL | Release published |\n\n' +
    '## Action items\n\n- ICL to add a linker check to the release build\n',
};

export const STATUS_MARKERS: ItemWords = {
  words: ['todo', 'to do', 'done', 'doing', 'wip', 'in progress'],
  note:
    'Written in capitals, often bold, at the start of a paragraph or a bullet, with a colon, a dash or nothing after ' +
    'it: an item with its status, anywhere ("**DONE**: Alex added the blog to the monitored sites"). Not in lower ' +
    'case ("Done right, the check would have caught it"), nor before three words or fewer, which is a note to ' +
    'come back ("TODO: fill in").',
  example: '## Lessons learned\n\n**TODO** a ZFS exporter should alert us when the pool is nearly full.\n',
};

export const NUMBERED_ITEM_LABELS: ItemWords = {
  words: ['ai', 'ap', 'action', 'action item', 'action point', 'task', 'item'],
  note:
    'Before a number and a colon, a dot or a bracket, opening a line in an action-items section: the label of an ' +
    'item ("AI-5: Review broker disk capacity"). A paragraph whose every line opens so is a list written without ' +
    'bullets, an item a line.',
  example: '## Action items\n\nAI-5: Review broker disk capacity\n',
};

export const DONE_WORDS: StatusWords = {
  status: 'done',
  words: [
    'done',
    'complete',
    'completed',
    'fixed',
    'resolved',
    'shipped',
    'merged',
    'closed',
    'finished',
    'implemented',
    'deployed',
    'released',
  ],
  note: 'Work finished: in brackets, after "status:", in a Status cell.',
  example: '## Action items\n\n- Rotate the keys (shipped)\n',
};

export const CLOSED_WORDS: StatusWords = {
  status: 'done',
  words: [
    'rejected',
    'declined',
    'dropped',
    'abandoned',
    'cancelled',
    'canceled',
    "won't do",
    'wont do',
    "won't fix",
    'wont fix',
    'wontfix',
    'obsolete',
  ],
  note: 'Work that will not be done, and so is no longer open: in brackets, after "status:", or after "was".',
  example: '## Action items\n\n- Shard the queue. This was rejected in review.\n',
};

export const OPEN_WORDS: StatusWords = {
  status: 'open',
  words: [
    'todo',
    'to do',
    'open',
    'in progress',
    'in-progress',
    'wip',
    'pending',
    'planned',
    'not started',
    'ongoing',
    'blocked',
    'being worked on',
    'currently being worked on',
    'work in progress',
    'under way',
    'underway',
    'in the works',
  ],
  note:
    'Work not finished: in brackets ("More monitor nodes (currently being worked on)"), after "status:", ' +
    'in a Status cell.',
  example: '## Action items\n\n- Add an alert on queue depth (in progress)\n',
};

export const STATUS_LABELS: StatusWords = {
  status: 'done',
  words: ['status'],
  note: 'Labels a status word after it: "status: done", "Status = fixed".',
  example: '## Action items\n\n- Rotate the keys, status: done\n',
};

export const DONE_LEADS: StatusWords = { status: 'done', ...DONE_LEAD_WORDS };

export const OPEN_LEADS: StatusWords = {
  status: 'open',
  words: ['todo'],
  note: 'In capitals, anywhere in an item: "TODO: add an alert".',
  example: '## Action items\n\n- TODO: add an alert on queue depth\n',
};

export const PROPOSAL_LEADS: StatusWords = { status: 'open', ...PROPOSAL_LEAD_WORDS };

export const ALREADY: StatusWords = {
  status: 'done',
  words: ['already'],
  note: 'Before a word of finished work or of these states: "already fixed", "already live".',
  example: '## Action items\n\n- Add the index. This is already live.\n',
};

export const ALREADY_STATES: StatusWords = {
  status: 'done',
  words: ['live', 'in place', 'rolled out'],
  note: 'States after "already" that say the work is done, beside the words of finished work.',
  example: '## Action items\n\n- Cap the pool size, already in place\n',
};

/** The marker words that the status patterns need outside brackets; a bracket or a tick needs none. */
export const UNBRACKETED_STATUS: readonly StatusWords[] = [
  STATUS_LABELS,
  DONE_LEADS,
  OPEN_LEADS,
  PROPOSAL_LEADS,
  ALREADY,
  CLOSED_WORDS,
];

export const TAG_CAPITALS: ItemWords = {
  words: [
    'wip',
    'tbd',
    'tbc',
    'tba',
    'todo',
    'done',
    'new',
    'open',
    'fyi',
    'asap',
    'eod',
    'eow',
    'eta',
    'na',
    'ok',
    'nb',
    'rfc',
    'adr',
    'poc',
    'mvp',
    'high',
    'low',
    'med',
    'crit',
    'sev',
    'bug',
    'fix',
    'docs',
    'test',
    'idea',
  ],
  note:
    'Capitals in brackets or after a dash at an item\'s end that mark its state, priority or kind ("[WIP]", ' +
    '"[TBD]", "— ASAP"), not the initials of its owner ("[DB]", "— JK"), unless a person the document names has ' +
    'those initials.',
  example: '## Action items\n\n- Document the retry budget [WIP]\n',
};

export const ACRONYM_CAPITALS: ItemWords = {
  words: [
    'api',
    'cli',
    'sdk',
    'ui',
    'ux',
    'ci',
    'cd',
    'qa',
    'sre',
    'ops',
    'dev',
    'eng',
    'sec',
    'it',
    'dr',
    'hr',
    'pm',
    'db',
    'sql',
    'dns',
    'cdn',
    'ssl',
    'tls',
    'ssh',
    'vpn',
    'iam',
    'sso',
    'mfa',
    'aws',
    'gcp',
    'eks',
    'gke',
    'aks',
    'rds',
    'sqs',
    'sns',
    'ecs',
    'ecr',
    'kms',
    'waf',
    'lb',
    'elb',
    'alb',
    'nlb',
    'bgp',
    'ntp',
    'http',
    'smtp',
    'json',
    'yaml',
    'xml',
    'rpc',
    'grpc',
    'rest',
    'os',
    'vm',
    'cpu',
    'ram',
    'gpu',
    'jvm',
    'oom',
    'pr',
    'mr',
    'rca',
    'slo',
    'sla',
    'sli',
    'kpi',
    'okr',
    'kb',
    'faq',
    'pii',
    'gdpr',
    'cve',
    'ddos',
    'dos',
    'xss',
    'csrf',
    'iac',
    'ami',
    'mttr',
    'mttd',
    'cx',
    'cs',
    'eu',
    'us',
    'uk',
    'ha',
    'ai',
    'ml',
    'io',
    'bi',
    'seo',
    'vpc',
    'gcs',
    'tcp',
    'udp',
    'ip',
    'url',
    'css',
    'html',
    'js',
    'ts',
    'ios',
    'npm',
    'ssd',
    'nfs',
    'ldap',
    'saml',
    'oidc',
    'jwt',
    'etl',
    'crm',
    'erp',
    'hsm',
    'pki',
    'acl',
    'rbac',
    'cors',
    'csp',
    'uat',
    'prod',
    'stg',
    'noc',
  ],
  note:
    'Systems, areas and places written in capitals that tag an item at its end ("Add an index [DB]", "Rotate the ' +
    'keys — AWS"), not the initials of its owner, unless a person the document names has those initials (a retro ' +
    'attended by "Daniel Blair" signs his items "[DB]").',
  example: '## Action items\n\n- Add a read replica for the reports [DB]\n',
};

/** Labels of an item's tracking link: `Ticket: SRCH-410`, `(tracking: https://...)`. */
export const TRACKING_LABELS: ItemWords = {
  words: ['ticket', 'tracking', 'issue', 'bug', 'jira'],
  note:
    "Before a colon and a link the item's links hold: the label and the link are the item's tracking, kept in its " +
    'links and left out of its text ("Route alerts Ticket: SRCH-410" reads "Route alerts").',
  example: '## Action items\n\n- Route search alerts to the on-call (owner: Dana, ticket: SRCH-410)\n',
};

/** Capitals that are no person's initials where no person the document names has them. */
export const NOT_INITIALS: readonly ItemWords[] = [TAG_CAPITALS, ACRONYM_CAPITALS];

export const PRIORITY_LABELS: ItemWords = {
  words: ['priority'],
  note: 'Labels a level after it ("priority: high") or is named by one before it ("high-priority").',
  example: '## Action items\n\n- Add an alert, priority: high\n',
};

export const SCHEDULE_FIELDS: ItemWords = {
  words: [
    'asap',
    'tbd',
    'tba',
    'backlog',
    'ongoing',
    'next sprint',
    'this sprint',
    'next release',
    'next quarter',
    'this quarter',
  ],
  note:
    'A field of when, naming no day, that may close an item after its owner ("— Sam — next sprint"); with the ' +
    'priorities and the periods, it lets the owner stand one field before the end.',
  example: '## Action items\n\n- Add a canary stage for config pushes — Sam — next sprint\n',
};

export const PERIOD_FIELDS: ItemWords = {
  words: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
  note:
    'A quarter or a half as a last field after the owner ("- Ana - Q3"): a period, read as a due date by the ' +
    "postmortem's year, not a name.",
  example: '## Action items\n\n- Add a canary stage for config pushes — Sam — Q3\n',
};

export const FIELD_LABELS: ItemWords = {
  words: [
    'owner',
    'owners',
    'assignee',
    'assigned to',
    'dri',
    'responsible',
    'accountable',
    'lead',
    'driver',
    'poc',
    'due',
    'due date',
    'deadline',
    'eta',
    'target',
    'target date',
    'status',
    'priority',
    'type',
    'ticket',
    'tracking',
    'issue',
    'bug',
  ],
  note:
    'Before a colon, a sub-bullet of an item that gives one of its fields ("- Owner: Ravi", "- Due: 2026-12-01"): ' +
    'read as part of the item, not as a bullet of its own.',
  example: '## Action items\n\n1. **Add a canary stage**\n   - Owner: Ravi\n   - Due: 2026-12-01\n',
};

export const PRIORITY_NUMBERS: ItemWords = {
  words: ['p0', 'p1', 'p2', 'p3', 'p4'],
  note: 'Numbered priorities, alone as a word or in brackets: "P1", "[p2]".',
  example: '## Action items\n\n- [P1] Add an alert on queue depth\n',
};

export const SHOUTED_LEVELS: ItemWords = {
  words: ['critical', 'highest', 'high', 'medium', 'low', 'urgent', 'blocker'],
  note: 'Levels that count also in capitals in bold or at the start ("**HIGH**"), as well as labelled or in brackets.',
  example: '## Action items\n\n- **HIGH** Add an alert on queue depth\n',
};

export const LABELLED_LEVELS: ItemWords = {
  words: ['normal', 'lowest', 'major', 'minor'],
  note: 'Levels that count only labelled or in brackets: "priority: minor", "(major)".',
  example: '## Action items\n\n- Add an alert on queue depth (minor)\n',
};

export const FUTURE_MODALS: ItemWords = {
  words: ['will', 'shall', "'ll"],
  note: 'The future that commits: "We will add", "we\'ll add", "The SRE team shall rotate".',
  example: '## Summary\n\nGoing forward, the SRE team will page on queue depth.\n',
};

export const PROGRESSIVE_WORDS: ItemWords = {
  words: ['going', 'planning'],
  note: 'After a form of "be" and before "to": "we are going to", "the team is planning to".',
  example: '## Summary\n\nGoing forward, we are going to add a manual override to the health checks.\n',
};

export const ONGOING_WORDS: ItemWords = {
  words: ['working', 'continuing'],
  note: 'After a form of "be" and before "to" or "on", work under way: "the team is working on", "is continuing to".',
  example: '## Action items\n\nThe IPS team is continuing to refine the paging policy.\n',
};

export const BEGUN_WORDS: ItemWords = {
  words: ['begun', 'started'],
  note:
    'After "we have" or "we\'ve" and before work in its -ing form, "to" or "the process of": work the writers set ' +
    'going and have not finished, an open item ("We have begun retooling our system for feedstock tokens"). Not ' +
    'before what they perceive (see PERCEIVING_WORDS): "we have started seeing fewer errors".',
  example: '## Follow-up\n\nWe have begun retooling our system for feedstock tokens.\n',
};

export const PERCEIVING_WORDS: ItemWords = {
  words: [
    'see',
    'seeing',
    'notice',
    'noticing',
    'receive',
    'receiving',
    'get',
    'getting',
    'hear',
    'hearing',
    'experience',
    'experiencing',
  ],
  note:
    'After "we have begun" or "we have started": what the writers perceive, no work ("We have started seeing fewer ' +
    'timeouts"). In the example only the second sentence is an item.',
  example: '## Follow-up\n\nWe have started seeing fewer timeouts. We will add a retry budget.\n',
};

export const IDLE_PROGRESSIVES: ItemWords = {
  words: ['hoping', 'expecting', 'wondering', 'waiting', 'feeling', 'thinking', 'looking forward', 'still seeing'],
  note:
    'After "we are" in an action-items section: a hope, an expectation or a wait, no work under way ("We are ' +
    'hoping the vendor fixes it"); with PERCEIVING_WORDS ("We are seeing fewer timeouts"). Other verbs in -ing ' +
    'there are work under way: "We are building tests to verify this behaviour". In the example only the second ' +
    'sentence is an item.',
  example: '## Action items\n\nWe are hoping for fewer pages. We are adding a retry budget.\n',
};
export const PREVENTING_WORDS: ItemWords = {
  words: ['prevent', 'avoid', 'stop'],
  note:
    'After "to" (or "to help"), and before what must not happen again (see RECURRENCE_WORDS), in a change the ' +
    'writers report having made: the change is a follow-up done.',
  example: '# Outage\n\nWe have added a size limit to the upload queue to avoid this happening again.\n',
};

export const RECURRENCE_WORDS: ItemWords = {
  words: ['future', 'again', 'recurrence', 'recurring', 'repeat', 'similar', 'such'],
  note:
    'After "to prevent", "to avoid" or "to stop" in a change the writers report having made ("We\'ve blocked all ' +
    'requests which include certain keywords to prevent any further such requests"): a follow-up done, told in ' +
    'prose outside any action-items section. Not "further": a fix made during the incident "to prevent further ' +
    'damage" stops the errors it was causing, and prevents nothing again.',
  example: "# Outage\n\nWe've blocked all requests with a `.jar` path to prevent any further such requests.\n",
};

export const EXPLORING_WORDS: ItemWords = {
  words: ['looking at', 'looking into', 'exploring', 'investigating', 'evaluating'],
  note:
    'After a form of "be" and before what, how, whether, ways or options: work to find the fix, under way ("We\'re ' +
    'also looking at what we can do for automated testing"). Not "we are investigating the errors", a status update.',
  example: '## Lessons\n\nWe are exploring ways to test the proxy configuration in CI.\n',
};

export const HEDGED_MODALS: ItemWords = {
  words: ['might'],
  note:
    'A plan the writers hedge, only after "in the future" or "going forward" and with "I" or "we" as subject: ' +
    '"In the future, I might redeploy Prometheus". Not "may" nor "could", which foresee more often than they plan.',
  example: '## Summary\n\nIn the future, we might add a canary stage to config pushes.\n',
};

export const INTENT_WORDS: ItemWords = {
  words: ['plan', 'plans', 'planning', 'intend', 'intends', 'intending'],
  note: 'Before "to": "we plan to", "the team intends to".',
  example: '## Summary\n\nWe plan to move cron jobs off the primary.\n',
};

export const CONTINUE_WORDS: ItemWords = {
  words: ['continue', 'continues', 'continuing'],
  note: 'Before "to", work that goes on, in an action-items section: "The team continues to audit access".',
  example: '## Action items\n\nThe platform team continues to audit access to the admin console.\n',
};

export const NEED_WORDS: ItemWords = {
  words: ['need', 'needs'],
  note: 'Before "to", with the writers as subject, a commitment: "We need to add capacity".',
  example: '## Lessons learned\n\nWe need to add capacity to the pool.\n',
};

export const NEGATED_MODALS: ItemWords = {
  words: ["won't", "shan't"],
  note:
    'The future denied: read as "will not", so that the sentence\'s other verbs are still read ' +
    '("we won\'t ship until we add tests").',
  example: "## Lessons learned\n\nWe won't ship on Fridays until we add a canary stage, and we will add it.\n",
};

export const WE_WANT_WORDS: ItemWords = {
  words: ['want to', 'would like to', "'d like to"],
  note:
    'After "we", in an action-items section only: "We want to shard the queue", "We\'d like to add queue-based ' +
    'auto-scaling"; elsewhere it is often curiosity.',
  example: '## Action items\n\nWe want to shard the queue by tenant.\n',
};

export const WE_SUGGEST_WORDS: ItemWords = {
  words: ['could', 'might'],
  note:
    'After "we", in an action-items section only, work suggested: "We could have a policy of not landing DNS ' +
    'changes on a Friday"; not denied ("we could not reach"), nor hindsight ("we could have caught it").',
  example: '## Follow-up\n\nWe could have a policy of not landing DNS changes on a Friday.\n',
};

export const REQUIREMENT_WORDS: ItemWords = {
  words: [
    'necessary',
    'required',
    'mandatory',
    'essential',
    'standard procedure',
    'standard practice',
    'a priority',
    'a top priority',
  ],
  note:
    'After "is", "are", "should be" or "must be" (with "now" or "always" between), a practice stated as required: ' +
    '"Basic QA of all changes going to PROD is necessary", "Monitoring after pushes should be standard procedure", ' +
    '"Second-developer reviews are now required"; an item where work may be asked for (an action-items section, ' +
    'lessons no action-items section answers).',
  example: '## Lessons learned\n\n- Monitoring right after each push should be standard procedure.\n',
};

export const OUGHT_WORDS: ItemWords = {
  words: ['should', 'must', 'ought to'],
  note:
    'Before a verb, with any subject, in an action-items section only: a practice asked for ("Developers should ' +
    'only make configuration changes when aware of the consequences", "The monitor must page two people"); not ' +
    'before "be", "have" or "not" (hindsight, a state, a denial), nor after "this"/"it" (what a change will do).',
  example: '## Actions\n\nDevelopers should only make configuration changes when a second developer is present.\n',
};

export const WE_OUGHT_WORDS: ItemWords = {
  words: ['should', 'must', 'need to', 'have to', 'need a', 'need an', 'need better'],
  note:
    'After "we": work the writers ask of themselves, "we should add a policy", "we need a staging environment"; not ' +
    '"we should have" (hindsight), "we needed a restart" (the story) nor "we need more help", a call to readers.',
  example: '## Lessons learned\n\nGoing forward we should create an identical environment for upgrade tests.\n',
};

export const NEEDS_WORDS: ItemWords = {
  words: ['needs to'],
  note: 'Work asked for of anything: "The testnet configuration needs to mirror mainnet".',
  example: '## Lessons learned\n\nThe status page generally needs to be part of our ways of working.\n',
};

export const THING_NEEDS_WORDS: ItemWords = {
  words: ['need', 'needs'],
  note:
    'After a subject of things that opens a lessons bullet, before what is lacking, work asked for whoever does it: ' +
    '"Kubernetes secrets, GCP service-accounts, and keys need 2-way links", "The runbook needs a failover ' +
    'section"; not after people or a pronoun (`NEEDING_SUBJECTS`: "Users need an account"), nor before an amount ' +
    '("The service needs about a second to start"), "to" (its own entries) or a denial.',
  example: '## Lessons learned\n\n- Kubernetes secrets and service accounts need 2-way links.\n',
};

export const NEEDING_SUBJECTS: ItemWords = {
  words: [
    'we',
    'i',
    'you',
    'they',
    'he',
    'she',
    'it',
    'this',
    'that',
    'users',
    'user',
    'customers',
    'customer',
    'people',
    'everyone',
    'everybody',
    'someone',
    'anyone',
    'all',
  ],
  note:
    'Opening a sentence before "need(s)", subjects whose needs are a fact, not work asked for ("Users need an ' +
    'account to log in", "It needs a restart after an upgrade"); the writers\' own needs have their own entries.',
  example: '## Lessons learned\n\n- Users need an account to log in.\n- The runbook needs a failover section.\n',
};

export const PASSIVE_OUGHT_WORDS: ItemWords = {
  words: ['should', 'must', 'need to', 'needs to', 'ought to'],
  note: 'Before "be" and a participle, work asked for whoever does it: "Tests should be added".',
  example: '## Lessons learned\n\nFull snapshots should be taken of the network before any upgrade.\n',
};

export const READER_DIRECTIONS: ItemWords = {
  words: [
    'see',
    'note',
    'refer',
    'read',
    'visit',
    'contact',
    'click',
    'email',
    'thank',
    'please',
    'find',
    'remember',
    'keep in mind',
    'bear in mind',
    'let us know',
  ],
  note:
    'First in a paragraph of an action-items section, they speak to the reader ("See the ticket for the full ' +
    'list", "Find the log in #incidents", "Keep in mind that ..."): not an imperative that asks for work ' +
    '("Add an alert on queue depth").',
  example: '## Action items\n\nSee the incident channel for the full log.\n\nAdd an alert on queue depth.\n',
};

export const LEARNING_WORDS: ItemWords = {
  words: ['learned', 'learnt', 'realized', 'realised', 'noticed', 'observed', 'seen', 'found', 'experienced'],
  note:
    'After "we have" in an action-items section, a lesson or a finding ("We have learned a lot from this"), not ' +
    'work done ("We have added an alert").',
  example: '## Action items\n\nWe have learned that the queue is shared.\n\nWe have added an alert on queue depth.\n',
};

export const FURTHER_WORK_QUALIFIERS: ItemWords = {
  words: ['further', 'additional', 'more', 'other', 'remaining', 'future'],
  note:
    'Before a word for work (`FURTHER_WORK_NOUNS`) in the title of a lessons section: the section also holds work ' +
    'beyond what an action-items section lists ("Further Mitigations and Learnings"), so the work it asks for is ' +
    'read even beside that section; not "Further thoughts" nor "Further reading", which name no work.',
  example:
    '## Action items\n\nNone beyond the fixes above.\n\n## Additional measures and lessons learned\n\n' +
    'The staging configuration needs to mirror production.\n',
};

export const FURTHER_WORK_NOUNS: ItemWords = {
  words: ['mitigations', 'measures', 'actions', 'steps', 'improvements', 'remediations', 'safeguards', 'work'],
  note:
    'After a word such as "further" (`FURTHER_WORK_QUALIFIERS`) in the title of a lessons section, the work the ' +
    'section adds to the action items ("Lessons and remaining work"); the plural, as work still to do is titled.',
  example:
    '## Action items\n\nNone beyond the fixes above.\n\n## Further mitigations and learnings\n\n' +
    'ABI decoding of contract events needs to be more resilient.\n',
};

export const EFFECT_VERBS: ItemWords = {
  words: ['help', 'prevent', 'reduce', 'improve', 'lower', 'limit', 'mitigate', 'avoid', 'allow', 'catch', 'make'],
  note:
    'After a subject that is work itself, a phrase opening with a verb in -ing ("Completing the agreed actions"), ' +
    'and "will", "should" or another modal: what the work is expected to do ("Completing the agreed actions ' +
    'should help with ensuring we do not see an occurrence of this outage"), a remark on the items, not one more. ' +
    'Not other verbs: "Testing changes should happen in staging first" asks for a practice.',
  example:
    '## Action items\n\n- Add a canary stage.\n\nCompleting the actions should help with improving the overall ' +
    'communication during an outage.\n',
};

export const DONE_WORK_NOUNS: ItemWords = {
  words: ['changes', 'actions', 'measures', 'steps', 'improvements', 'fixes'],
  note:
    'After "These" or "Those" (and a word such as "targeted"), before a past tense: what the work listed did ("These ' +
    'targeted actions significantly strengthened the security posture ..., ensuring safe operations moving ' +
    'forward"), a remark on the items, not one more; not before "needed" or "required" (work still asked for).',
  example:
    '## Action items\n\n- Add retries to the client.\n\nThese changes significantly reduced errors, ensuring ' +
    'stability going forward.\n',
};

export const WORK_COUNTS: ItemWords = {
  words: ['two', 'three', 'four', 'five', 'six', 'several', 'a few', 'a couple of'],
  note:
    'Opening a sentence that ends in a colon, before a noun and a verb of work done (`DONE_LEAD_VERBS`): the count ' +
    'of the things made that the list after it names, each a done item ("Two tests added in `ImportTests.fs`:"); ' +
    'not "Two tests failed:" nor "Two engineers added context:", whose verb tells no work done or takes an object.',
  example:
    '## Regression tests\n\nTwo tests added in `ImportTests.fs`:\n\n1. **Basic test**: compiles a library and ' +
    'references it.\n',
};

export const DONE_LEAD_VERBS: ItemWords = {
  words: ['added', 'created', 'written', 'introduced', 'implemented', 'deployed', 'set up', 'put in place'],
  note:
    'After a count and a noun (`WORK_COUNTS`), with "were" or "have been" or alone, then nothing but a place ("in ' +
    '...", "to ...") before the colon: the things listed after it were made, each a done item ("Three alerts ' +
    'were added to the pager rotation:").',
  example:
    '## Monitoring\n\nThree alerts were added to the pager rotation:\n\n- Queue depth above 10,000 for five ' +
    'minutes.\n',
};

export const MADE_CHANGE_VERBS: ItemWords = {
  words: [
    'added',
    'created',
    'introduced',
    'integrated',
    'implemented',
    'deployed',
    'enabled',
    'configured',
    'installed',
    'automated',
    'documented',
    'built',
    'wrote',
    'set up',
    'put in place',
    'rolled out',
    'migrated',
    'upgraded',
  ],
  note:
    'After "we" (and an adverb) in a clause of its own in an action-items section, then a determiner: a change the ' +
    'writers made, a done item ("To help debugging, we also created some useful dashboards"). Not what the response ' +
    'did or what was learnt ("We eventually resolved the emergency", "We reverted the change", "We gained a lot ' +
    'of knowledge"): those verbs are not here.',
  example: '## Action items\n\nTo help debugging, we also created some useful dashboards.\n',
};

export const TRACKED_WORK_NOUNS: ItemWords = {
  words: ['ticket', 'tickets', 'issue', 'issues', 'bug', 'bugs', 'task', 'tasks', 'follow-up issues'],
  note:
    'In a sentence ending in a colon over a list of nothing but links to pages, they say the links are where the ' +
    'work is tracked ("We have created tickets ... to track the work needed to fill those gaps:"): each link is an ' +
    'item, anywhere in the document. Not a list of links after "the changes made ... are:", which tells the fixes.',
  example:
    '## Details\n\nWe have created a ticket in the build repository to track the work needed:\n\n' +
    '- https://github.com/o/build/issues/3235\n',
};

export const TRACKING_VERBS: ItemWords = {
  words: ['created', 'filed', 'opened', 'raised', 'logged', 'track', 'tracked', 'tracking'],
  note:
    'With a word of TRACKED_WORK_NOUNS, in the sentence over a list of links: the team put the work in a tracker ' +
    '("We have filed issues for the remaining work:"). Not "issues reported" or "known issues": a status page\'s ' +
    'incidents, linked, are not work.',
  example: '## Details\n\nWe filed an issue for the remaining work:\n\n- https://github.com/o/build/issues/3236\n',
};

export const DETAIL_LEADS: ItemWords = {
  words: ['allowing', 'enabling', 'permitting', 'letting'],
  note:
    'Last before the colon of an item in an action-items section, they say the list after it holds what the item ' +
    'makes possible ("Configure a jump server, allowing:"), not items of its own. Not "including:" or "such as:", ' +
    'which may announce items ("several changes, including:").',
  example: '## Action items\n\nConfigure external jump server access, allowing:\n\n- SSH access\n- Per-user keys\n',
};

export const PROCEDURE_NOUNS: ItemWords = {
  words: ['process', 'procedure', 'workflow', 'runbook', 'playbook', 'checklist'],
  note:
    'Last in a short label of an action-items section ("**Process:**", "Promotion procedure:"), they say the list ' +
    'after it holds the steps of one procedure ("1. Test change in dev", "2. Promote to test"), not items of their ' +
    'own. Not "Process improvements:" or "Process changes:", whose lists are work.',
  example:
    '## Action items\n\n- Gate production applies on a reviewed plan\n\n' +
    '**Process:**\n\n1. Test in dev\n2. Apply to prod\n',
};

export const LISTED_ITEM_NOUNS: ItemWords = {
  words: [
    'action items',
    'action points',
    'follow-ups',
    'follow ups',
    'followups',
    'follow-up items',
    'follow-up actions',
    'next steps',
    'remediation items',
  ],
  note:
    'The subject of a sentence that lists the items by name, with `LISTED_ITEM_VERBS` after it and a series of ' +
    'gerund phrases after that ("our action items included rotating keys, deleting CI logs after 48 hours and ' +
    'updating our process"): one item per phrase. Not "tasks" or "remediation" alone, which as often tell what ' +
    'was done during the incident ("The remediation included restarting the pods").',
  example: '## Review\n\nOur action items included rotating the leaked keys.\n',
};

export const LISTED_ITEM_VERBS: ItemWords = {
  words: ['include', 'includes', 'included', 'including', 'are', 'were', 'will be', 'consist of', 'consisted of'],
  note:
    'Between `LISTED_ITEM_NOUNS` and the gerund phrases they list, with "tasks such as", "work like" or a colon ' +
    'between them or not.',
  example: '## Review\n\nThe follow-ups are: deleting CI logs after 48 hours.\n',
};

export const TEXT_NOUNS: ItemWords = {
  words: [
    'blog',
    'blog post',
    'post',
    'article',
    'section',
    'document',
    'write-up',
    'writeup',
    'piece',
    'report',
    'postmortem',
    'post-mortem',
    'retrospective',
    'update',
    'page',
    'status page',
    'thread',
  ],
  note:
    'After "in this", or "on this" opening the sentence, the text itself: what the writers will do in it is the ' +
    'writing ("In this blog, I\'ll talk about ...", "In this section, we will break down the steps of our ' +
    'response", a status page\'s "On this page, we will report any outages"), not work. Not "in this release" or ' +
    '"in this sprint", where work is done, nor "on this page" later in a sentence ("We will add a banner on this ' +
    'page").',
  example: '## Summary\n\nIn this post, we will explain what went wrong. We will add an alert on queue depth.\n',
};

export const EVENT_VERBS: ItemWords = {
  words: ['happen', 'occur', 'fail', 'break', 'recur', 'arise', 'go wrong'],
  note:
    'After "will", what befalls a system or the world, not work anyone takes on: "Things will fail, so focus on ' +
    'recovery", "they (incidents) will happen" predict and commit nobody. Not where the writers commit in the same ' +
    'sentence ("We will fail over to the standby").',
  example: '## Conclusion\n\nIncidents will happen. Going forward, we will rehearse the failover every quarter.\n',
};

export const CLASS_NOUNS: ItemWords = {
  words: ['types', 'type', 'priorities', 'priority', 'categories', 'category', 'levels', 'severities', 'kinds'],
  note:
    'Closing the sentence before a list with a colon ("Types:", "action items should have assigned priority:"), ' +
    'they say the list defines the types or priorities items are tagged with ("Prevent - Prevent similar issues ' +
    'from occurring", "P0 - Critical for the release"): a legend, not items, when each entry defines a different ' +
    'tag. Without such a lead, "- P0: Cap the connection pool" is an item.',
  example:
    '## Action items\n\nPriorities:\n\n- P0 - Fix this week\n- P1 - Fix this quarter\n\n' +
    '| Action item | Priority |\n|---|---|\n| Cap the pool | P0 |\n',
};

export const ITEM_RULE_NOUNS: ItemWords = {
  words: [
    'action items',
    'action points',
    'actions',
    'items',
    'follow-ups',
    'follow-up items',
    'each item',
    'every item',
  ],
  note:
    'The subject of the first sentence of a paragraph of an action-items section, before "should" or "must": a rule ' +
    'for writing the items ("Action items should directly address items listed in lessons learned. We should ' +
    'double down on things that went well ..."), which makes the paragraph guidance, none of its sentences an item.',
  example:
    '## Action items\n\nAction items should address the lessons. We should fix what went wrong.\n\n' +
    '- Add an alert on queue depth\n',
};

export const RULE_CONDITIONS: ItemWords = {
  words: ['if', 'when', 'whenever', 'before', 'after', 'once', 'while', 'unless', 'where'],
  note:
    'First in a lessons bullet and closed by a comma, the case a practice is for: the imperative after the comma ' +
    'asks for work ("When pushing infrastructure changes, always run a preview first").',
  example: '## Lessons learned\n\n- When pushing infrastructure changes, always run a preview first\n',
};

export const RULE_ADVERBS: ItemWords = {
  words: ['always', 'never', 'also', 'please'],
  note:
    'Before the verb of an imperative in a lessons bullet, how often or in what order to do it: "Always test on ' +
    'staging", "Never deploy alone"; the verb after them is the imperative. Not "only" or "first", which as ' +
    'often open a statement ("Only kernel archives were needed").',
  example: '## Lessons learned\n\n- Always test changes on staging before production\n',
};

export const TRACKED_REMARKS: ItemWords = {
  words: ['filed', 'tracked', 'ticket', 'issue', 'bug'],
  note:
    'First in the brackets that close a paragraph of an action-items section, they say the work the paragraph ' +
    'states is tracked and still open: "(filed https://github.com/o/r/issues/1)". Work done says so with a word ' +
    'of finished work or a report ("(fixed by adding an entry)", "(added an @emergency role)").',
  example:
    '## Follow-up\n\nThe monitoring system should page more people. Ideally, it would ping chat directly. ' +
    '(filed https://github.com/o/r/issues/1)\n',
};

export const REPORT_PARTS: ItemWords = {
  words: [
    'incident',
    'report',
    'after-action report',
    'postmortem',
    'post-mortem',
    'post mortem',
    'section',
    'sections',
    'title',
    'document',
    'summary',
    'timeline',
    'action items',
    'actionable items',
  ],
  note:
    'The report and its parts, closing the subject of every task of a checklist that states what must hold ' +
    '("Sections above are filled out", "All actionable items above have linked GitHub Issues", "Incident has been ' +
    'dealt with or is over"): the checklist for closing the report, not follow-up work. Not a task with another ' +
    'subject ("Incident response runbook is updated") or an imperative ("Share the postmortem with customers").',
  example:
    '## Action items\n\n- [ ] Add an alert on queue depth\n\n## Actions\n\n- [ ] Sections above are filled out\n' +
    '- [ ] All actionable items above have linked GitHub Issues\n',
};
