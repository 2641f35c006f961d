// How New Postmortem checks what a person types, kept apart from the VS Code calls so that plain
// unit tests can run it.
import { isoDateProblem } from '../../core/isoDate';

/** The message the date box shows under `value`, or undefined to accept it. */
export function dateInputProblem(value: string): string | undefined {
  const problem = isoDateProblem(value.trim());
  return problem === undefined ? undefined : `${problem[0]!.toUpperCase()}${problem.slice(1)}.`;
}
