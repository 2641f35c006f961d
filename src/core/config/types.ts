import type { SectionKind } from '../model/types';
import type { Severity } from '../rules/types';

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
  /** Team -> its members (handles or names), such as `payments: ['@alice', '@bob']`: follow-through is counted per team. */
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
   * The tracker's new-issue page, with `{title}`, `{body}`, `{owner}`, `{due}`, `{link}` and
   * `{postmortem}` placeholders (Jira and others); unset: the GitHub or GitLab repository of the
   * Git remote. "Create Issue for Action Item" opens it prefilled.
   */
  readonly newIssueUrl: string | undefined;
  /** Where New Postmortem writes, relative to the configuration file's folder. */
  readonly postmortemsFolder: string;
}
