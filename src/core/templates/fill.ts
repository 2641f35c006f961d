// Templates are Markdown files with `{{name}}` placeholders. A template may declare its name and a
// description in an HTML comment on its first line, before the front matter:
//
//   <!-- template: Google SRE style — the format of Google's SRE book -->
//
// (the name and description are separated by ` — ` or ` -- `). Filling removes that line, so the new
// postmortem starts with its front matter. Without a declaration, a template is named by its file.

/** The variables New Postmortem fills; a template may use any of them, and unknown ones stay as written. */
const TEMPLATE_VARIABLES = ['title', 'date', 'severity', 'id', 'author', 'timezone', 'year'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export interface TemplateInfo {
  /** The file's base name without `.md`, such as `google-sre`. */
  readonly id: string;
  /** The declared name, or `id`. */
  readonly name: string;
  readonly description: string | undefined;
}

const DECLARATION = /^\uFEFF?<!--\s*template:\s*([\s\S]*?)\s*-->[ \t]*(?:\r?\n|$)/i;
const NAME_AND_DESCRIPTION = /^(.*?)\s+(?:—|--)\s+(.*)$/s;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;
export const FRONT_MATTER_BLOCK = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** A front-matter line whose whole value is one placeholder: `title: {{title}}` or `  - {{author}}`. */
const WHOLE_VALUE = /^([ \t]*(?:[\w-]+:|-)[ \t]*)\{\{\s*([A-Za-z_][\w-]*)\s*\}\}[ \t]*$/gm;

/** Whether the text is a template: its first line declares it. */
export function isTemplate(text: string): boolean {
  return DECLARATION.test(text);
}

function declaration(text: string): { name: string; description: string | undefined } | undefined {
  const found = DECLARATION.exec(text);
  if (!found || found[1] === '') return undefined;
  const parts = NAME_AND_DESCRIPTION.exec(found[1]!);
  return parts
    ? { name: parts[1]!.trim(), description: parts[2]!.replace(/\s+/g, ' ').trim() }
    : { name: found[1]!.trim(), description: undefined };
}

/** `google-sre.md` -> `google-sre`; a folder in the name is dropped. */
function templateId(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
}

/** The template's declared name, or its file's base name. */
export function templateName(fileName: string, text: string): string {
  return declaration(text)?.name ?? templateId(fileName);
}

export function describeTemplate(fileName: string, text: string): TemplateInfo {
  const declared = declaration(text);
  const id = templateId(fileName);
  return { id, name: declared?.name ?? id, description: declared?.description };
}

/** True when `query` is the template's file base name or its declared name, ignoring case. */
export function templateMatches(template: TemplateInfo, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  return template.id.toLowerCase() === wanted || template.name.toLowerCase() === wanted;
}

/**
 * Replaces each `{{name}}` (spaces inside the braces allowed) that `variables` holds; any other
 * placeholder stays as written. In the front matter, a placeholder that is a field's whole value is
 * written as a YAML scalar, quoted when the value would otherwise read as something else
 * (`title: "Checkout: 503s"`), and an empty value leaves the field empty (null), not `""`; a list
 * item whose value is empty (`  - {{author}}` with no author) is left out.
 */
export function fillTemplate(text: string, variables: Readonly<Record<string, string>>): string {
  const body = text.replace(DECLARATION, '');
  const has = (name: string) => Object.hasOwn(variables, name);
  const replace = (source: string) =>
    source.replace(PLACEHOLDER, (placeholder, name: string) => (has(name) ? variables[name]! : placeholder));
  const frontMatter = FRONT_MATTER_BLOCK.exec(body)?.[0] ?? '';
  const filledFrontMatter = replace(
    frontMatter
      .replace(WHOLE_VALUE, (line, lead: string, name: string) => {
        if (!has(name)) return line;
        // An empty list item would be a null in the list; the item goes instead (its line break is removed below).
        if (variables[name] === '' && /^[ \t]*-/.test(lead)) return EMPTY_ITEM;
        return `${lead}${yamlScalar(variables[name]!)}`.trimEnd();
      })
      .replace(EMPTY_ITEM_LINE, ''),
  );
  return filledFrontMatter + replace(body.slice(frontMatter.length));
}

/** Words and numbers that YAML would read as something other than text. */
const NOT_TEXT = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|\.inf|\.nan)$/i;

/**
 * The value as a YAML scalar: plain when it can only be read as this text, else double-quoted (JSON's quoting is valid
 * YAML).
 */
const EMPTY_ITEM = '\u0000empty item\u0000';
const EMPTY_ITEM_LINE = new RegExp(`${EMPTY_ITEM}\\r?\\n`, 'g');

function yamlScalar(value: string): string {
  if (value === '') return '';
  const plain =
    /^[\p{L}\p{N}_][\p{L}\p{N}_ .,()/'@+-]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/ #|: /.test(value) &&
    !NOT_TEXT.test(value);
  return plain ? value : JSON.stringify(value);
}
