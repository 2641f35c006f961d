// Words that decide whether something written in an owner's place names somebody.

/** Written where an owner goes, these say that nobody owns the item yet. */
export const PLACEHOLDER_OWNERS: ReadonlySet<string> = new Set([
  'tbd', 'tba', 'tbc', 'tbd.', '?', '??', '???', 'n/a', 'na', 'n.a.', 'none', 'nobody', 'no one', 'noone', 'no-one',
  '-', '--', '---', '\u2013', '\u2014', 'unassigned', 'not assigned', 'unknown', 'owner', 'owners', '@owner', '@tbd',
  '@someone', '@todo', 'todo', 'pending', 'someone', 'somebody', 'anyone', 'anybody', 'x', 'xx', 'xxx', '...', '\u2026',
  'null', 'nil', 'open', 'to be decided', 'to be determined', 'to be assigned', 'needs owner', 'need owner', 'no owner',
]);

/** Collective words: they name nobody in particular, so nobody answers for the item. */
export const COLLECTIVE_OWNERS: ReadonlySet<string> = new Set([
  'we', 'us', 'our', 'ours', 'i', 'me', 'you', 'they', 'them', 'everyone', 'everybody', 'all', 'all of us',
  'the team', 'team', 'our team', 'my team', 'your team', 'their team', 'the whole team', 'the entire team', 'whole team',
  'entire team', 'the teams', 'teams', 'each team', 'every team', 'all teams', 'the company', 'the org',
  'the organisation', 'the organization', 'people', 'staff', 'engineers', 'the engineers', 'the developers',
  'developers', 'the people', 'folks', 'management',
]);

/** Nouns that make a phrase a group of people: `the Identity team`, `Chia operations engineers`. */
export const TEAM_NOUNS: ReadonlySet<string> = new Set(['team', 'teams', 'squad', 'guild', 'crew', 'tribe', 'department', 'dept', 'unit', 'chapter', 'group', 'org', 'organisation', 'organization']);
export const ROLE_NOUNS: ReadonlySet<string> = new Set(['engineers', 'developers', 'devs', 'maintainers', 'admins', 'administrators', 'sres', 'operators', 'staff', 'folks', 'members', 'leads', 'owners']);

/** Words in front of a team noun that do not name a team: `the whole team`, `the affected teams`. */
export const GENERIC_QUALIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'its', 'my', 'this', 'that', 'these', 'those', 'each', 'every',
  'any', 'some', 'all', 'whole', 'entire', 'same', 'other', 'another', 'relevant', 'appropriate', 'responsible', 'owning',
  'affected', 'respective', 'right', 'correct', 'proper', 'new', 'wider', 'broader', 'extended', 'more', 'many', 'few',
  'several', 'individual', 'human', 'senior', 'junior', 'on-call', 'oncall', 'on call', 'involved', 'impacted',
  'various', 'multiple', 'both', 'most', 'such', 'own', 'external', 'internal', 'remaining', 'dedicated', 'specific',
]);

/**
 * Words of group labels, which sort items rather than name who owns them: planning horizons,
 * statuses, priorities and categories (`**For planning**`, `**Short-term**`, `**Process**`).
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'for', 'and', 'or', 'of', 'to', 'the', 'a', 'an', 'in', 'on', 'by', 'with', 'from', 'at', 'as', 'up', 'out',
  'other', 'others', 'planning', 'plan', 'plans', 'planned', 'short', 'long', 'mid', 'medium', 'near', 'term',
  'short-term', 'long-term', 'mid-term', 'medium-term', 'near-term', 'longer-term', 'shorter-term', 'immediate',
  'immediately', 'now', 'later', 'next', 'soon', 'future', 'today', 'tomorrow', 'week', 'weeks', 'month', 'months',
  'quarter', 'quarters', 'year', 'years', 'sprint', 'phase', 'stage', 'step', 'steps', 'done', 'completed',
  'complete', 'open', 'pending', 'todo', 'progress', 'in-progress', 'ongoing', 'backlog', 'blocked', 'high', 'low',
  'priority', 'priorities', 'critical', 'urgent', 'important', 'nice', 'have', 'must', 'should', 'could', 'would',
  "won't", 'p0', 'p1', 'p2', 'p3', 'p4', 'process', 'processes', 'technical', 'technology', 'tech', 'infrastructure',
  'infra', 'monitoring', 'alerting', 'alerts', 'alarms', 'observability', 'testing', 'tests', 'documentation',
  'docs', 'security', 'deployment', 'deployments', 'deploy', 'release', 'releases', 'code', 'tooling', 'tools',
  'communication', 'communications', 'comms', 'people', 'product', 'engineering', 'operations', 'operational', 'ops',
  'backend', 'frontend', 'database', 'databases', 'network', 'networking', 'performance', 'reliability',
  'resilience', 'availability', 'capacity', 'scaling', 'training', 'prevention', 'preventive', 'preventative',
  'prevent', 'mitigation', 'mitigations', 'mitigate', 'detection', 'detect', 'repair', 'remediation', 'corrective',
  'action', 'actions', 'item', 'items', 'follow-up', 'follow-ups', 'followup', 'followups', 'task', 'tasks',
  'improvement', 'improvements', 'fix', 'fixes', 'change', 'changes', 'misc', 'miscellaneous', 'general', 'notes',
  'note', 'summary', 'local', 'development', 'organizational', 'organisational', 'policy', 'policies', 'runbook',
  'runbooks', 'customer', 'customers', 'support', 'data', 'storage', 'investigation', 'investigations', 'research',
  'questions', 'ideas', 'quick', 'wins', 'hygiene', 'cleanup', 'clean-up', 'workstream', 'workstreams', 'areas',
  'area', 'misc.', 'immediate-term', 'first', 'second', 'third', 'then', 'finally', 'longer', 'shorter', 'goals',
  'goal', 'status', 'owner', 'owners', 'team', 'teams', 'platform', 'services', 'service', 'api', 'apis', 'ui', 'ux',
  'design', 'review', 'reviews', 'automation', 'automations', 'incident', 'response', 'recovery', 'learning',
  'learnings', 'lessons', 'known', 'issues', 'issue', 'bugs', 'bug', 'yes', 'no', 'upgrade', 'upgrades', 'migration',
  'migrations', 'refactor', 'refactoring', 'rollout', 'rollouts', 'rollback', 'rollbacks', 'config', 'configs',
  'configuration', 'logging', 'logs', 'metrics', 'dashboards', 'tracing', 'backups', 'backup', 'access',
  'permissions', 'auth', 'authentication', 'billing', 'onboarding', 'hiring', 'staffing', 'vendor', 'vendors',
  'architecture', 'pipeline', 'pipelines', 'ci', 'cd', 'ci/cd', 'build', 'builds', 'dependencies', 'stretch',
  'wishlist', 'someday', 'maybe', 'considered', 'rejected', 'deferred', 'parked', 'sre', 'qa', 'devops', 'dx',
  'compliance', 'legal',
]);

export const MONTH_AND_DAY_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
