// A zone as written somewhere in the document (an entry, a heading, a line, a column header, the
// front matter), with what it reads as and where it is: what the stages of the timeline pass hand on.
import type { ModelContext } from '../model/context';
import type { Range } from '../model/types';
import type { ZoneMatch, ZoneReading } from '../model/zones';

export interface ZoneMention extends ZoneReading {
  readonly text: string;
  readonly range: Range | undefined;
}

/** The mention of a zone found at `found`, in text that starts at document offset `base`. */
export function mentionAt(context: ModelContext, base: number, found: ZoneMatch | undefined): ZoneMention | undefined {
  if (!found) return undefined;
  const text = context.text.slice(base + found.start, base + found.end);
  const { zone, meanings, problem } = found;
  return { zone, meanings, problem, text, range: context.index.rangeOf(base + found.start, base + found.end) };
}
