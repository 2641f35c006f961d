// Text a template leaves for the author to replace: `[One paragraph on what happened]`, `{{impact}}`, `TBD`. A
// section that holds only such text is not written yet. Each entry's examples run as tests (test/unit/sectionNames).

interface PlaceholderEntry {
  /** The words, separated by spaces, in lower case. */
  readonly words: string;
  /** Why these words stand for text not written yet, and what they are not. */
  readonly note: string;
  /** Paragraphs that hold only placeholders. */
  readonly placeholders: readonly string[];
  /** Paragraphs that look alike and are writing. */
  readonly writing: readonly string[];
}

export const PLACEHOLDER_WORDS: readonly PlaceholderEntry[] = [
  {
    words: 'tbd tba tbc todo fixme xxx',
    note:
      'To be determined, added or confirmed; a note to come back. Alone in a paragraph, the section is not written ' +
      'yet. Not "N/A" or "None", which say there is nothing to write.',
    placeholders: ['TBD', 'TODO: fill in', '[TBD]', 'XXX'],
    writing: ['None.', 'N/A', 'TBD whether the vendor refunds the credits.'],
  },
];

/** Bracketed, braced and angled text a template leaves in place of the author's: `[Name]`, `{{date}}`, `<owner>`. */
const BRACKETED = /\[[^\]\n]*\]|\{\{[^}\n]*\}\}|<[^>\n]*>/g;
const WORDS = new Set(PLACEHOLDER_WORDS.flatMap((entry) => entry.words.split(' ')));
/** A placeholder word and what may follow it on its line: `TODO: fill in`, `TBD - owner to confirm`. */
const WORD_LINE = /^\s*([A-Za-z]+)\b[:\-–—]?.*$/;

/**
 * Whether a paragraph's plain text is only placeholders and punctuation: `[One paragraph on what happened]`,
 * `[HH:MM] - [Event]`, `TBD`. Not `TBD whether ...`, where words follow without a colon or dash.
 */
export function isPlaceholderText(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  return lines.every((line) => {
    const unbracketed = line.replace(BRACKETED, ' ');
    if (unbracketed !== line && !/[\p{L}\p{N}]/u.test(unbracketed)) return true;
    const word = WORD_LINE.exec(unbracketed)?.[1]?.toLowerCase();
    if (word === undefined || !WORDS.has(word)) return false;
    const rest = unbracketed.trim().slice(word.length);
    return rest === '' || /^\s*[:\-–—]/.test(rest) || !/[\p{L}\p{N}]/u.test(rest);
  });
}

/** A template's variable in braces, one name (`{{ summary }}`, `{{owner}}`, `{{ task.title }}`), not text. */
const TEMPLATE_VARIABLE = /\{\{\s*[\p{L}\p{N}_.-]+\s*\}\}/gu;

/**
 * Whether text is only a template's variables, with bracketed text or punctuation beside them (`{{ summary }} [link
 * to github issue]`): a line of the template never filled in. Not `{{ Start writing reports }}`, text written inside
 * the braces, nor `Rotate {{ secret_name }} keys`.
 */
export function isTemplateVariable(text: string): boolean {
  const rest = text.replace(TEMPLATE_VARIABLE, ' ');
  return rest !== text && !/[\p{L}\p{N}]/u.test(rest.replace(BRACKETED, ' '));
}
