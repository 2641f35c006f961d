// How New Postmortem checks what a person types, kept apart from the VS Code calls so that plain
// unit tests can run it.
import { authorName, isoDateProblem, type AuthorSources } from '../../core';

/** The message the date box shows under `value`, or undefined to accept it. */
export function dateInputProblem(value: string): string | undefined {
  const problem = isoDateProblem(value.trim());
  return problem === undefined ? undefined : `${problem[0]!.toUpperCase()}${problem.slice(1)}.`;
}

/**
 * The author New Postmortem writes: the `postmortem.author` setting, else as `postmortem new` finds
 * one (Git's `user.name`, global configuration included, then the account). Git is asked only about
 * a folder on disk.
 */
export function newPostmortemAuthor(
  setting: string | undefined,
  folder: { readonly scheme: string; readonly fsPath: string },
  sources: AuthorSources,
): Promise<string> {
  return authorName(setting, folder.scheme === 'file' ? folder.fsPath : undefined, sources);
}
