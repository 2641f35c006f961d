// People a document names beside their role, set off by commas: "Our support lead, Dana, escalated ...", "Bob, the
// on-call engineer, restarted ...". The role says the name is a person's, even a name that is also a word.
import { isRoleWord } from './people';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?`;
/** Both shapes turn on a comma and a blank: only the text around each is read. */
const COMMA = /,[^\S\n]+/g;
/** The word before the comma: `lead` in `lead, Dana,`. */
const WORD_BEFORE = /(?<![\p{L}-])(\p{Ll}[\p{Ll}-]*)$/u;
/** After the comma, a name and a comma: `Dana,`. */
const NAME_AFTER = new RegExp(`^(${NAME}),`, 'u');
/** The name before the comma: `Bob` in `Bob, the on-call engineer,`. */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\d@-])(${NAME})$`, 'u');
/** After the comma, a role after an article or `our`, up to two words before it: `the on-call engineer,`. */
const ROLE_AFTER = /^(?:our|the|a|an|their|my)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}?(\p{Ll}[\p{Ll}-]*)(?=[,.;:)])/u;
/** How far around a comma the words are read: a name of two words, a role of three. */
const REACH = 60;

/** The names a text sets off by commas beside a role word (see `isRoleWord`), as written. */
export function namesInApposition(text: string): string[] {
  const found = new Set<string>();
  for (const comma of text.matchAll(COMMA)) {
    const start = comma.index + comma[0].length;
    const after = text.slice(start, start + REACH);
    // What follows the comma is read first: most commas have neither a name nor an article and a role after them.
    const named = NAME_AFTER.exec(after)?.[1];
    const roleAfter = ROLE_AFTER.exec(after)?.[1];
    if (named === undefined && (roleAfter === undefined || !isRoleWord(roleAfter))) continue;
    const before = text.slice(Math.max(0, comma.index - REACH), comma.index);
    const role = WORD_BEFORE.exec(before)?.[1];
    if (named !== undefined && role !== undefined && isRoleWord(role)) found.add(named);
    const name = roleAfter === undefined ? undefined : NAME_BEFORE.exec(before)?.[1];
    if (name !== undefined) found.add(name);
  }
  return [...found];
}
