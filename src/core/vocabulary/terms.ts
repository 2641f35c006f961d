// The words every part of the core shares: severities, section kinds, rule ids, milestones and
// the configuration's shape. A leaf: it imports nothing, so the folders that use it need not
// import each other for a type.

export type Severity = 'error' | 'warning' | 'info';

export const SECTION_KINDS = [
  'summary',
  'impact',
  'timeline',
  'root-cause',
  'trigger',
  'detection',
  'resolution',
  'lessons',
  'action-items',
  'supporting',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type TemplateKind = Exclude<SectionKind, 'other'>;

/**
 * The order of sections in the built-in templates (that of `SECTION_KINDS`); a missing section is inserted at its
 * place.
 */
export const TEMPLATE_ORDER: readonly TemplateKind[] = SECTION_KINDS.filter(
  (kind): kind is TemplateKind => kind !== 'other',
);

/** The heading a template gives each kind, and the prompt under it. */
export const SECTION_STUBS: Readonly<Record<TemplateKind, { readonly title: string; readonly prompt: string }>> = {
  summary: { title: 'Summary', prompt: 'What happened, in two or three sentences' },
  impact: { title: 'Impact', prompt: 'What users and systems saw, how many, for how long' },
  timeline: {
    title: 'Timeline',
    prompt: 'One entry per line, each time with its zone: - 14:32 UTC Alert fired [detected]',
  },
  'root-cause': { title: 'Root Cause', prompt: 'The conditions in the system that made this possible, not who' },
  trigger: { title: 'Trigger', prompt: 'The change or event that set the incident off' },
  detection: { title: 'Detection', prompt: 'How and when the problem was noticed' },
  resolution: { title: 'Resolution', prompt: 'What stopped the impact and what restored service' },
  lessons: { title: 'Lessons Learned', prompt: 'What went well, what went wrong, where we got lucky' },
  'action-items': { title: 'Action Items', prompt: 'One item per line, each with an owner and a due date' },
  supporting: { title: 'Supporting Information', prompt: 'Links to dashboards, logs and related incidents' },
};

export function sectionKindTitle(kind: SectionKind): string {
  return kind === 'other' ? 'Other' : SECTION_STUBS[kind].title;
}

/**
 * The ids of the rules, for the configuration's validation, which must not load the rules
 * themselves. The registry's test checks that `RULES` holds exactly these.
 */
export const RULE_IDS = [
  'action-item-owner',
  'human-error-root-cause',
  'blameful-language',
  'required-sections',
  'timeline-timestamp',
  'timeline-order',
  'timeline-timezone',
  'timeline-clock-change',
  'action-item-vague',
  'action-item-due',
  'closed-with-open-items',
  'front-matter',
  'related-not-found',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** Findings that no rule makes: analysis limits (`parse`) and a rule that crashed (`internal-error`). */
export const PARSE_RULE_ID = 'parse';
export const INTERNAL_ERROR_RULE_ID = 'internal-error';

export type Milestone = 'started' | 'detected' | 'mitigated' | 'resolved';

export const MILESTONES: readonly Milestone[] = ['started', 'detected', 'mitigated', 'resolved'];

/**
 * Placeholders a configured `new-issue-url` may hold, each replaced by its value, URL-encoded: the config
 * checks the address with them and the tracker fills them in.
 */
export const ISSUE_URL_PLACEHOLDERS = ['title', 'body', 'owner', 'due', 'link', 'postmortem'] as const;

/** The team's configuration, from `.postmortem.yaml`, with defaults filled in. */
export interface PostmortemConfig {
  /** Section kinds every postmortem must have, with content. */
  readonly requiredSections: readonly SectionKind[];
  /** Per rule: a severity, or `off`. Rules not listed keep their default severity. */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** Allowed `severity:` values, most severe first. */
  readonly severityScale: readonly string[];
  /** Allowed `status:` values. */
  readonly statusValues: readonly string[];
  /** Extra phrases that `blameful-language` flags, and phrases it never flags. */
  readonly phrases: { readonly flag: readonly string[]; readonly allow: readonly string[] };
  /** Known owners (handles or names), offered by completion. */
  readonly owners: readonly string[];
  /** The team's own programs, bots and products (`deploybot`, `Atlas`): never a person who erred. */
  readonly systems: readonly string[];
  /** Alias -> canonical owner, such as `alice: '@alice-smith'`. */
  readonly ownerAliases: Readonly<Record<string, string>>;
  /**
   * Team -> its members (handles or names), such as `payments: ['@alice', '@bob']`: follow-through is counted per team.
   */
  readonly teams: Readonly<Record<string, readonly string[]>>;
  /** Which files are postmortems. */
  readonly documents: { readonly include: readonly string[]; readonly exclude: readonly string[] };
  /** Extra heading names for section kinds, such as `Blast radius: impact`. */
  readonly sectionNames: Readonly<Record<string, SectionKind>>;
  /** Default zone for times with none, when the document declares none. */
  readonly timezone: string | undefined;
  /** Where the team's templates live, relative to the configuration file's folder. */
  readonly templatesFolder: string;
  /**
   * The tracker's new-issue page, with the `ISSUE_URL_PLACEHOLDERS` (Jira and others); unset: the
   * GitHub or GitLab repository of the Git remote. "Create Issue for Action Item" opens it prefilled.
   */
  readonly newIssueUrl: string | undefined;
  /** Where New Postmortem writes, relative to the configuration file's folder. */
  readonly postmortemsFolder: string;
}
