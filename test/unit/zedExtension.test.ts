// The Zed extension in editors/zed cannot be built here (it takes crates.io and Zed's Rust toolchain) nor run
// (it takes Zed). What can be checked without them: its manifest, its Rust code, the README's Zed settings, the
// CLI and the packages agree.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { parseCommandLine } from '../../src/cli/args';
import { projectRoot } from '../support/vscodeHost';

function read(...path: string[]): string {
  return readFileSync(join(projectRoot, ...path), 'utf8');
}

type TomlTable = Record<string, unknown>;

/**
 * The tables of a TOML file, read as far as the extension's files use TOML: `[name]` headers and `key = value`
 * lines whose values are strings, numbers or arrays of strings, written as JSON writes them. Anything else fails.
 */
function tomlTables(text: string): Map<string, TomlTable> {
  const tables = new Map<string, TomlTable>([['', {}]]);
  let table = tables.get('')!;
  for (const [index, line] of text
    .split(/\r?\n/)
    .map((raw) => raw.trim())
    .entries()) {
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[([\w.-]+)\]$/.exec(line);
    const pair = /^([\w-]+)\s*=\s*(.+)$/.exec(line);
    if (header) {
      table = {};
      tables.set(header[1]!, table);
    } else if (pair) {
      table[pair[1]!] = JSON.parse(pair[2]!);
    } else {
      assert.fail(`line ${index + 1} is not TOML as these files write it: ${line}`);
    }
  }
  return tables;
}

const manifest = tomlTables(read('editors', 'zed', 'extension.toml'));
const cargo = tomlTables(read('editors', 'zed', 'Cargo.toml'));
const libSource = read('editors', 'zed', 'src', 'lib.rs');
const readme = read('README.md');
const NPM_PACKAGE_SCRIPT = read('scripts', 'npmPackage.mjs');
const zedParagraph = readme.slice(readme.indexOf('**Zed**'), readme.indexOf('How far these are checked'));

/** The value of a `const NAME: type = value;` of lib.rs whose value is a string or an array of strings. */
function rustConstant(name: string): unknown {
  const value = new RegExp(`^const ${name}: [^=]+ = (.+);$`, 'm').exec(libSource)?.[1];
  assert.ok(value !== undefined, `lib.rs defines ${name}`);
  return JSON.parse(value);
}

/** The README's Zed settings: its JSONC block, as Zed reads settings.json (comments allowed). */
function readmeZedSettings(): { lsp: Record<string, unknown> } {
  const block = /```jsonc\n([\s\S]*?)```/.exec(zedParagraph)?.[1];
  assert.ok(block !== undefined, "the README's Zed paragraph has a jsonc block");
  const errors: ParseError[] = [];
  const settings = parse(block, errors) as { lsp: Record<string, unknown> };
  assert.deepEqual(errors, []);
  return settings;
}

describe('the Zed extension (editors/zed)', () => {
  it('declares one language server, for Markdown, under the id lib.rs starts and the README configures', () => {
    const servers = [...manifest.keys()].filter((name) => name.startsWith('language_servers.'));
    assert.equal(servers.length, 1, `one [language_servers.*] table, not ${servers.join(', ')}`);
    const id = servers[0]!.slice('language_servers.'.length);
    assert.deepEqual(manifest.get(servers[0]!)!['languages'], ['Markdown']);
    assert.equal(rustConstant('SERVER_ID'), id);
    assert.deepEqual(Object.keys(readmeZedSettings().lsp), [id]);
    const languageServers = [...zedParagraph.matchAll(/"language_servers": (\[[^\]]*\])/g)].flatMap(
      (match) => JSON.parse(match[1]!) as string[],
    );
    assert.ok(languageServers.length > 0, 'the README tells how to turn the server off');
    for (const name of languageServers.filter((name) => name !== '...')) assert.equal(name.replace(/^!/, ''), id);
  });

  it("starts the npm package's executable with arguments the CLI's lsp command accepts", () => {
    const serverArgs = rustConstant('SERVER_ARGS') as string[];
    assert.deepEqual(parseCommandLine(serverArgs), { name: 'lsp' });
    // The README's settings for a clone name the same arguments after the script.
    const binaryArguments = /"arguments": (\[[^\]]*\])/.exec(zedParagraph)?.[1];
    assert.ok(binaryArguments !== undefined, "the README's Zed settings show `binary.arguments`");
    assert.deepEqual((JSON.parse(binaryArguments) as string[]).slice(1), serverArgs);
    const bin = /bin: \{ ([\w-]+): 'cli\.js' \}/.exec(NPM_PACKAGE_SCRIPT)?.[1];
    assert.equal(rustConstant('EXECUTABLE'), bin);
  });

  it('tells a user without the CLI the install command the README gives', () => {
    const packageName = /const NPM_PACKAGE_NAME = '([^']+)'/.exec(NPM_PACKAGE_SCRIPT)?.[1];
    const install = `npm install --global ${packageName}`;
    assert.ok(readme.includes(install), `the README says ${install}`);
    assert.ok(libSource.includes(install), `lib.rs's error says ${install}`);
  });

  it("is a Rust cdylib on zed_extension_api, at the manifest's version, with the repository's licence", () => {
    const extension = manifest.get('')!;
    assert.equal(extension['schema_version'], 1);
    for (const field of ['id', 'name', 'version', 'description', 'repository'])
      assert.equal(typeof extension[field], 'string', `extension.toml's ${field}`);
    assert.ok(Array.isArray(extension['authors']) && extension['authors'].length > 0, "extension.toml's authors");
    const repository = (JSON.parse(read('package.json')) as { repository: { url: string } }).repository.url;
    assert.equal(extension['repository'], repository.replace(/\.git$/, ''));
    assert.equal(cargo.get('package')!['version'], extension['version']);
    assert.deepEqual(cargo.get('lib')!['crate-type'], ['cdylib']);
    assert.match(String(cargo.get('dependencies')!['zed_extension_api']), /^\d+\.\d+\.\d+$/);
    assert.equal(read('editors', 'zed', 'LICENSE'), read('LICENSE'));
  });

  it('stays out of the VSIX: .vscodeignore leaves out everything but top-level paths it names', () => {
    const [first, ...kept] = read('.vscodeignore')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    assert.equal(first, '**');
    const keptTops = kept.map((line) => /^!([^/]+)/.exec(line)?.[1] ?? line);
    assert.deepEqual(
      keptTops.filter((top) => top === 'editors' || top.includes('*')),
      [],
    );
  });
});
