import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** The folder that holds package.json, from wherever this module was bundled (out/test/unit, out/scripts). */
function findProjectRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

const projectRoot = findProjectRoot();

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
}

let toldAbsentCorpus = false;

/** The real postmortems of ../shared/corpus, when it is there; when it is not, the run says so once, loudly. */
export function corpusDocuments(): NamedText[] {
  const folder = join(projectRoot, '..', 'shared', 'corpus', 'docs');
  if (!existsSync(folder) && !toldAbsentCorpus) {
    toldAbsentCorpus = true;
    process.stderr.write(
      `\nSKIPPED: ${folder} is not here, so the tests over the shared ` +
        `corpus's real postmortems do not run; the repository's own eval/ and ` +
        `examples/ postmortems still do.\n\n`,
    );
  }
  return markdownFiles(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/**
 * The real postmortems collected into the repository for evaluation (not the held-out ones): present in every clone.
 */
export function evalDocuments(): NamedText[] {
  return ['tuning', 'seen'].flatMap((split) => {
    const folder = join(projectRoot, 'eval', 'docs', split, 'docs');
    return markdownFiles(folder).map((name) => ({
      name: `eval/${split}/${name}`,
      text: readFileSync(join(folder, name), 'utf8'),
    }));
  });
}

export function exampleDocuments(): NamedText[] {
  const folder = join(projectRoot, 'examples');
  return markdownFiles(folder).map((name) => ({
    name: `examples/${name}`,
    text: readFileSync(join(folder, name), 'utf8'),
  }));
}
