// People a document names beside their role, set off by commas: "Our support lead, Dana, escalated ...", "Bob, the
// on-call engineer, restarted ...". The role says the name is a person's, even a name that is also a word.
import { isRoleWord } from './people';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?`;
/** `lead, Dana,`: a role word, then a name between commas. */
const ROLE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}-])(\p{Ll}[\p{Ll}-]*),[^\S\n]+(${NAME}),`, 'gu');
/** `Bob, the on-call engineer,`: a name, then a role after an article or `our`, up to two words before it. */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?<![\p{L}\d@-])(${NAME}),[^\S\n]+(?:our|the|a|an|their|my)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}?` +
    String.raw`(\p{Ll}[\p{Ll}-]*)(?=[,.;:)])`,
  'gu',
);

/** The names a text sets off by commas beside a role word (see `isRoleWord`), as written. */
export function namesInApposition(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(ROLE_THEN_NAME)) if (isRoleWord(match[1]!)) found.add(match[2]!);
  for (const match of text.matchAll(NAME_THEN_ROLE)) if (isRoleWord(match[2]!)) found.add(match[1]!);
  return [...found];
}
