import picomatch from 'picomatch/posix';
import { isTemplate } from '../templates/fill';

/** Which Markdown files count as postmortems, besides those whose front matter says so. */
export interface DocumentTypeOptions {
  /** Globs matched against the file's path (relative to its workspace folder, or absolute). */
  readonly include: readonly string[];
  /** Globs of files that never count through a folder glob (README and index files). */
  readonly exclude: readonly string[];
}

export const DEFAULT_DOCUMENT_TYPE_OPTIONS: DocumentTypeOptions = {
  include: [
    '**/*.postmortem.md',
    '**/postmortems/**/*.{md,markdown}',
    '**/post-mortems/**/*.{md,markdown}',
    '**/incident-reports/**/*.{md,markdown}',
    '**/incidents/**/*.{md,markdown}',
  ],
  exclude: [
    '**/README.md',
    '**/readme.md',
    '**/index.md',
    '**/_index.md',
    '**/CHANGELOG.md',
    '**/.postmortem/templates/**',
  ],
};

const POSTMORTEM_SUFFIX = /\.postmortem\.md$/i;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TYPE_POSTMORTEM = /^type[ \t]*:[ \t]*(["']?)post-?mortem\1[ \t]*(?:#.*)?$/im;

const matcherCache = new Map<string, (path: string) => boolean>();

function matcherFor(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\n');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = globs.length === 0 ? () => false : picomatch([...globs], { dot: true, nocase: true });
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/** The YAML between the front matter's fences, read without parsing the Markdown; undefined without front matter. */
export function frontMatterSource(text: string): string | undefined {
  return FRONT_MATTER.exec(text)?.[1];
}

/** True when the text opens with YAML front matter that holds `type: postmortem`. */
export function frontMatterSaysPostmortem(text: string): boolean {
  return TYPE_POSTMORTEM.test(frontMatterSource(text) ?? '');
}

/** True when the path alone makes the file a postmortem: its name, or a postmortem folder glob. */
export function pathSaysPostmortem(
  path: string,
  options: DocumentTypeOptions = DEFAULT_DOCUMENT_TYPE_OPTIONS,
): boolean {
  const normalized = path.replace(/\\/g, '/');
  if (POSTMORTEM_SUFFIX.test(normalized)) return true;
  if (!/\.(md|markdown)$/i.test(normalized)) return false;
  return matcherFor(options.include)(normalized) && !matcherFor(options.exclude)(normalized);
}

/**
 * Decides whether a Markdown file is a postmortem: its name ends in `.postmortem.md`, it lies
 * under a postmortem folder glob (README and index files excluded), or its front matter says
 * `type: postmortem`. A template (its first line declares it: `<!-- template: ... -->`) is not one.
 */
export function isPostmortem(
  path: string,
  text: string,
  options: DocumentTypeOptions = DEFAULT_DOCUMENT_TYPE_OPTIONS,
): boolean {
  if (isTemplate(text)) return false;
  return pathSaysPostmortem(path, options) || frontMatterSaysPostmortem(text);
}
