// Which teams an owner belongs to, from `teams:` in `.postmortem.yaml`: a team is named by its
// members (`payments: ['@alice', 'Bob Jones']`), and an owner that is the team itself
// (`@payments`, `payments`, `@acme/payments`) belongs to it too.
import type { PostmortemConfig } from '../vocabulary/terms';

export type TeamDirectory = (owner: string) => readonly string[];

/** `@Alice` and `alice` are one owner; a handle's organisation (`@acme/`) is left out. */
const ownerKey = (owner: string): string =>
  owner
    .trim()
    .replace(/^@(?:[\w.-]+\/)?/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** The teams of each owner, as the configuration names them, in the configuration's order. */
export function teamDirectory(config: Pick<PostmortemConfig, 'teams' | 'ownerAliases'>): TeamDirectory {
  const teamsByKey = new Map<string, string[]>();
  const add = (key: string, team: string) => {
    const teams = teamsByKey.get(key) ?? [];
    if (!teams.includes(team)) teams.push(team);
    teamsByKey.set(key, teams);
  };
  for (const [team, members] of Object.entries(config.teams)) {
    add(ownerKey(team), team);
    for (const member of members) add(ownerKey(member), team);
  }
  const aliases = new Map(
    Object.entries(config.ownerAliases).map(([alias, canonical]) => [ownerKey(alias), ownerKey(canonical)]),
  );
  return (owner) => {
    const key = ownerKey(owner);
    return teamsByKey.get(key) ?? teamsByKey.get(aliases.get(key) ?? '') ?? [];
  };
}
