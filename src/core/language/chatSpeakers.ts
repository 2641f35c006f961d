// People a chat log names as speakers: the timeline entry "21:12 — kira: yeah, reverting now" is kira's.
import { isEnglishWord } from './english';

/** A handle and its colon opening what an entry says, in lower case as handles are written: `kira: reverting now`. */
const SPEAKER = /^@?(\p{Ll}+):[ \t]+\S/u;

/**
 * The speakers that open timeline entries' descriptions (the text after each entry's time): a handle that is no
 * English word (`kira`), or one that speaks twice or more (`nick`). A capitalised word before a colon is as often a
 * label or a system (`Update:`, `Geth:`), and is left to the other evidence.
 */
export function chatSpeakers(descriptions: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const description of descriptions) {
    const name = SPEAKER.exec(description)?.[1];
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].flatMap(([name, count]) => (!isEnglishWord(name) || count >= 2 ? [name] : []));
}
