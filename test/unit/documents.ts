import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

const projectRoot = join(__dirname, '..', '..', '..');

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** The real postmortems of ../shared/corpus, when it is there. */
export function corpusDocuments(): NamedText[] {
  const folder = join(projectRoot, '..', 'shared', 'corpus', 'docs');
  return markdownFiles(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/** The real postmortems collected into the repository for evaluation (not the held-out ones): present in every clone. */
export function evalDocuments(): NamedText[] {
  return ['tuning', 'seen'].flatMap((split) => {
    const folder = join(projectRoot, 'eval', 'docs', split, 'docs');
    return markdownFiles(folder).map((name) => ({ name: `eval/${split}/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
  });
}

export function exampleDocuments(): NamedText[] {
  const folder = join(projectRoot, 'examples');
  return markdownFiles(folder).map((name) => ({ name: `examples/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}
