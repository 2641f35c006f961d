import { DEFAULT_CONFIG } from './config/defaults';
import type { PostmortemConfig } from './vocabulary/terms';
import { normalizeOwner, ownerProblem } from './actionItems/edits';
import { frontMatterPeople, ownerDirectory } from './actionItems/ownerNames';
import type { ActionItem } from './model/types';

/** Where GitHub and GitLab look for a CODEOWNERS file, relative to the repository's root. */
export const CODEOWNERS_PATHS: readonly string[] = ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS'];

/** The owners a CODEOWNERS file names: `@user`, `@org/team` and e-mail addresses, each once. */
export function ownersFromCodeowners(text: string): string[] {
  const owners = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const content = line.replace(/#.*$/, '').trim();
    if (!content) continue;
    for (const token of content.split(/\s+/).slice(1)) {
      if (/^@[\w.-]+(\/[\w.-]+)?$/.test(token) || /^[^@\s]+@[^@\s]+\.\w+$/.test(token)) owners.add(token);
    }
  }
  return [...owners];
}

/**
 * The people a postmortem itself names: its front matter's `authors`, `author` and `owner`, then its action items'
 * owners.
 */
export function documentPeople(document: {
  readonly frontMatter: Readonly<Record<string, unknown>> | undefined;
  readonly actionItems: readonly Pick<ActionItem, 'owners'>[];
}): string[] {
  const names = frontMatterPeople(document.frontMatter);
  for (const item of document.actionItems) names.push(...item.owners);
  return names;
}

/** Where the owners an editor offers come from, in the order they are offered. */
export interface OwnerSources {
  /** The team's configuration: its `owners`, and `owner-aliases` that map a name to its canonical owner. */
  readonly config: Pick<PostmortemConfig, 'owners' | 'ownerAliases'>;
  /** The postmortem being written: see `documentPeople`. */
  readonly document?: Parameters<typeof documentPeople>[0];
  /** The owners CODEOWNERS files name (`ownersFromCodeowners`). */
  readonly codeowners?: readonly string[];
  /** Owners written in the workspace's other postmortems. */
  readonly elsewhere?: readonly string[];
}

/**
 * The known owners, as owner completion and Assign Owner offer them: the team's owners, the
 * document's own people, CODEOWNERS, then other postmortems' owners. Each person once (an alias or
 * a name written with or without `@` is its configured owner), and nothing that is not an owner
 * (`TBD`, "the team", a placeholder such as `@owner`).
 */
export function knownOwners(sources: OwnerSources): string[] {
  const { known } = ownerDirectory(
    { ...DEFAULT_CONFIG, owners: sources.config.owners, ownerAliases: sources.config.ownerAliases },
    '',
  );
  const seen = new Set<string>();
  const owners: string[] = [];
  const candidates = [
    ...sources.config.owners,
    ...Object.values(sources.config.ownerAliases),
    ...(sources.document ? documentPeople(sources.document) : []),
    ...(sources.codeowners ?? []),
    ...(sources.elsewhere ?? []),
  ];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || ownerProblem(candidate) !== undefined) continue;
    const name = normalizeOwner(candidate);
    const owner = known.get(name.toLowerCase()) ?? name;
    const key = owner.toLowerCase().replace(/^@/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    owners.push(owner);
  }
  return owners;
}
