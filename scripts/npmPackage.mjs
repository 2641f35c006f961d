// Makes the npm package of the CLI in dist/npm/ and packs it: the production CLI bundle, the
// built-in templates it reads, a README, the licence and notices, and a package.json with no
// dependencies (the bundle holds them all). The root package.json cannot be that package: it is the
// VS Code extension's manifest, and its name, `postmortem`, belongs to another project on npm.
// Usage: node scripts/npmPackage.mjs [--pack-destination DIR]   (prints the tarball's path)
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NPM_PACKAGE_NAME = '@postmortem-tools/postmortem';

const root = new URL('..', import.meta.url).pathname;
const packageDir = join(root, 'dist', 'npm');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The CLI reference as the package's README, its relative links made absolute (npm shows the README alone). */
function readme() {
  const docsUrl = `${manifest.homepage.replace(/#readme$/, '')}/blob/main/docs/`;
  return readFileSync(join(root, 'docs', 'cli.md'), 'utf8').replace(
    /\]\((?![a-z]+:|#)([^)]+)\)/g,
    (_, link) => `](${new URL(link, docsUrl)})`,
  );
}

function packageJson() {
  return {
    name: NPM_PACKAGE_NAME,
    version: manifest.version,
    description:
      'The command line of Postmortem: check blameless incident postmortems written in Markdown ' +
      '(blame, "human error" root causes, sections, timelines, action-item owners) in CI, as ' +
      'text, JSON, SARIF or GitHub annotations.',
    license: manifest.license,
    homepage: manifest.homepage,
    repository: manifest.repository,
    bugs: manifest.bugs,
    keywords: manifest.keywords,
    engines: { node: manifest.engines.node },
    bin: { postmortem: 'cli.js' },
    publishConfig: { access: 'public' },
  };
}

const destinationFlag = process.argv.indexOf('--pack-destination');
const destination = destinationFlag === -1 ? root : process.argv[destinationFlag + 1];

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { stdio: 'inherit' });
rmSync(packageDir, { recursive: true, force: true });
mkdirSync(packageDir, { recursive: true });
copyFileSync(join(root, 'dist', 'cli.js'), join(packageDir, 'cli.js'));
cpSync(join(root, 'templates'), join(packageDir, 'templates'), { recursive: true });
for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) copyFileSync(join(root, file), join(packageDir, file));
writeFileSync(join(packageDir, 'README.md'), readme());
writeFileSync(join(packageDir, 'package.json'), `${JSON.stringify(packageJson(), null, 2)}\n`);

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', packageDir, '--json', '--pack-destination', destination], { encoding: 'utf8' }),
);
process.stdout.write(`${join(destination, packed.filename)}\n`);
