// People a chat log names as speakers: "kira: yeah, my bad, reverting now", "- 21:10 — kira: I think I pushed ...".
import { isEnglishWord } from './english';

/**
 * A speaker's name and its colon after the time that opens a line or a list item, as a chat log pasted into a timeline
 * writes it (`- 21:10 — kira: reverting now`); then what they said. Without a time, a word and a colon is as often a
 * file's `key: value` or a tool's output (`tar: Unexpected EOF`).
 */
const SPEAKER = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:[-*+>][ \t]+|\d+[.)][ \t]+)?(?:\*\*)?` +
    String.raw`[^\n:]{0,25}?\d{1,2}:\d{2}(?::\d{2})?[^\n\p{L}\d]{0,12}?[ \t]+@?(\p{L}[\p{L}\d._-]{0,30}):[ \t]+(?=\S)`,
  'gu',
);

/** Front matter and fenced code: their `key: value` lines are no chat. */
const NOT_CHAT = /^---\r?\n[\s\S]*?\r?\n---|^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gm;

/**
 * The speakers a document's chat lines name, as handles are written, in lower case (`kira:`): one that is no English
 * word, or one written so twice or more (`nick`). A capitalised word before a colon is as often a label or a system
 * (`Update:`, `Geth:`), and is left to the other evidence.
 */
export function chatSpeakers(text: string): string[] {
  const counts = new Map<string, number>();
  for (const match of text.replace(NOT_CHAT, '').matchAll(SPEAKER)) {
    const name = match[1]!;
    if (name === name.toLowerCase() && /^\p{Ll}+$/u.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].flatMap(([name, count]) => (!isEnglishWord(name) || count >= 2 ? [name] : []));
}
