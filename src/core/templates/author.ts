// Who writes a new postmortem: New Postmortem and `postmortem new` ask the same question the same way.

/** Where the author's name may come from besides the name given; each face supplies what it can ask. */
export interface AuthorSources {
  /** Git's `user.name` as `git config user.name` in `folder` reads it: the repository's, else the global one. */
  gitUserName(folder: string): Promise<string | undefined>;
  /** The operating-system account's user name. */
  accountName(): string | undefined;
}

/** Where neither Git nor the account can be asked (the browser): only a name given counts. */
export const NO_AUTHOR_SOURCES: AuthorSources = {
  gitUserName: async () => undefined,
  accountName: () => undefined,
};

/**
 * The author of a new postmortem: the name given (`--author`, the `postmortem.author` setting), else
 * Git's `user.name` for `folder` (none for a folder that is not on disk), else the account's user name;
 * empty when none is known.
 */
export async function authorName(
  given: string | undefined,
  folder: string | undefined,
  sources: AuthorSources,
): Promise<string> {
  const named = given?.trim();
  if (named) return named;
  const git = folder === undefined ? undefined : (await sources.gitUserName(folder))?.trim();
  if (git) return git;
  return sources.accountName()?.trim() ?? '';
}
