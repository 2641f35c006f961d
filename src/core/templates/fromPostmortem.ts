// "Save as Team Template": a postmortem becomes a template by putting placeholders where each new
// postmortem has its own values, and naming the template on its first line.
import { FRONT_MATTER_BLOCK } from './fill';

/** Front-matter fields whose value New Postmortem fills in. */
const FILLED_FIELDS: Readonly<Record<string, string>> = {
  id: 'id',
  title: 'title',
  severity: 'severity',
  date: 'date',
  timezone: 'timezone',
};

/**
 * The document as a template named `name`: the front matter's id, title, severity, date and zone
 * become placeholders, the status becomes `draft`, the authors become `{{author}}`, and a
 * top-level heading that repeats the title becomes `# {{title}}`. Everything else stays as written.
 */
export function templateFromPostmortem(text: string, name: string, description: string): string {
  const body = text.replace(/^\uFEFF/, '');
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const frontMatter = FRONT_MATTER_BLOCK.exec(body)?.[0] ?? '';
  const title = /^title:[ \t]*["']?(.*?)["']?[ \t]*$/m.exec(frontMatter)?.[1];
  const lines = frontMatter.split(/\r?\n/);
  const filled: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const field = /^([\w-]+):/.exec(line)?.[1];
    if (field && FILLED_FIELDS[field]) filled.push(`${field}: {{${FILLED_FIELDS[field]}}}`);
    else if (field === 'status') filled.push('status: draft');
    else if (field === 'authors' || field === 'author') {
      filled.push(`${field}:${field === 'authors' ? `${eol}  - {{author}}` : ' {{author}}'}`);
      while (i + 1 < lines.length && /^[ \t]+-/.test(lines[i + 1]!)) i++;
    } else filled.push(line);
  }
  let rest = body.slice(frontMatter.length);
  if (title) rest = rest.replace(new RegExp(`^#[ \\t]+${escapeRegExp(title)}[ \\t]*$`, 'm'), '# {{title}}');
  const declaration =
    `<!-- template: ${name.replace(/--+>?/g, '-')} \u2014 ` + `${description.replace(/--+>?/g, '-')} -->${eol}`;
  return declaration + filled.join(eol) + rest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
