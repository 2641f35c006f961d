// The words a document puts before "Network", "Inc", "Project" and the like: `Chia` in "Chia Network".

const SUFFIXES = [
  'network',
  'inc',
  'corp',
  'corporation',
  'ltd',
  'llc',
  'gmbh',
  'labs',
  'project',
  'foundation',
  'organisation',
  'organization',
  'company',
  'community',
];
const NAMED = new RegExp(
  String.raw`\b([A-Za-z][\w-]{1,30})\s+(?:network|inc|corp|corporation|ltd|llc|gmbh|labs` +
    String.raw`|project|foundation|organi[sz]ation|company|community)\b`,
  'gi',
);
const BLANK = /\s/;

/** Whether a character is one `\s` matches: a space or a line break is told without a search. */
function isBlankAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 32 || code === 10) return true;
  return code > 32 && code < 128 ? false : BLANK.test(text[at] ?? '');
}

/** Whether a character is one `\w` matches: an ASCII letter, digit or `_`. */
function isWordCharacterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Whether a character can be part of a match of `NAMED`: an ASCII letter, digit, `_`, `-` or a blank. */
function canBeInMatch(text: string, at: number): boolean {
  return isWordCharacterAt(text, at) || text.charCodeAt(at) === 45 || isBlankAt(text, at);
}

/** A suffix written as a word of its own (not `inc` of `incident`), with the blank before it. */
const SUFFIX_AFTER_BLANK = new RegExp(String.raw`\s(?:${SUFFIXES.join('|')})(?![A-Za-z0-9_])`, 'gi');

/**
 * Where the suffixes are written as words of their own after a blank, in order: only the runs of characters around
 * them that can be part of a match need the costly search.
 */
function suffixOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const found of text.matchAll(SUFFIX_AFTER_BLANK)) offsets.push(found.index + 1);
  return offsets;
}

/**
 * The words before an organisation suffix, in document order, as a global search of `NAMED` finds
 * them. A match lies within a run of characters that can be part of one, and its `\b`s read the
 * same at the ends of the run as in the whole text (the characters outside are not word
 * characters), so the runs that hold a suffix are searched on their own.
 */
export function organisationWords(text: string): string[] {
  const offsets = suffixOffsets(text);
  const found: string[] = [];
  let searchedTo = 0;
  for (const offset of offsets) {
    if (offset < searchedTo) continue;
    let start = offset;
    while (start > searchedTo && canBeInMatch(text, start - 1)) start--;
    let end = offset;
    while (end < text.length && canBeInMatch(text, end)) end++;
    for (const match of text.slice(start, end).matchAll(NAMED)) found.push(match[1]!);
    searchedTo = end;
  }
  return found;
}

/** Up to three capitalised words before "team" at the end of a stretch of text: `Cloud Platform`. */
const TEAM_NAME = /((?:[A-Z][\w&.-]*[^\S\n]+){0,2}[A-Z][\w&.-]*)[^\S\n]+$/;

/**
 * The names the document gives its teams, lower-cased: `cloud platform` from "The Cloud Platform
 * team conducted a rollback", so that "Cloud Platform will re-iterate ..." names its owner.
 */
export function teamNames(text: string): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(' team'); at >= 0; at = lower.indexOf(' team', at + 1)) {
    if (/[\w-]/.test(text[at + 5] ?? '') && !/^s\b/.test(lower.slice(at + 5, at + 7))) continue;
    const name = TEAM_NAME.exec(text.slice(Math.max(0, at - 60), at + 1))?.[1];
    if (name) found.push(name.toLowerCase());
  }
  return found;
}
