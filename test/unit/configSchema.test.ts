// The JSON schema that editors use for `.postmortem.yaml` (contributed through `yamlValidation`) must
// say what the configuration parser accepts: the same keys, enums and defaults, and the documented
// example must be valid against it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { CONFIG_KEYS, parseConfig, RULE_SETTINGS } from '../../src/core/config/parseConfig';
import { SECTION_KINDS } from '../../src/core/vocabulary/terms';
import { RULES } from '../../src/core/rules/index';
import packageJson from '../../package.json';

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly default?: unknown;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly $ref?: string;
}

const root = join(__dirname, '..', '..', '..');
const SCHEMA_PATH = 'schemas/postmortem-config.schema.json';
const schema = JSON.parse(readFileSync(join(root, SCHEMA_PATH), 'utf8')) as SchemaNode & {
  readonly definitions: Readonly<Record<string, SchemaNode>>;
};
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** Every key the schema describes, nested ones as `phrases.flag`, with its node. */
function schemaKeys(node: SchemaNode, prefix = ''): [string, SchemaNode][] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]): [string, SchemaNode][] => [
    [`${prefix}${key}`, child],
    ...schemaKeys(child, `${prefix}${key}.`),
  ]);
}

/** A node, or the definition its `$ref` names. */
function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? schema.definitions[node.$ref.replace('#/definitions/', '')]! : node;
}

const property = (key: string): SchemaNode => new Map(schemaKeys(schema)).get(key)!;
const camelCase = (key: string) => key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The default the parser applies for a key path such as `phrases.flag`. */
function parserDefault(path: string): unknown {
  const valueAt = (value: unknown, key: string) => (value as Record<string, unknown> | undefined)?.[camelCase(key)];
  return path.split('.').reduce<unknown>(valueAt, DEFAULT_CONFIG);
}

/** The first ```yaml block after `heading` in a Markdown file. */
function yamlExample(file: string, heading: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const block = /```yaml\n([\s\S]*?)```/.exec(text.slice(text.indexOf(heading)));
  assert.ok(block, `${file} has a yaml example after "${heading}"`);
  return block[1]!;
}

/** The schema's complaints about a configuration, as `/path message`. */
function errorsOf(config: unknown): string[] {
  if (validate(config)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('the .postmortem.yaml JSON schema', () => {
  it('is contributed for .postmortem.yaml and .postmortem.yml through yamlValidation', () => {
    const contributed = packageJson.contributes.yamlValidation;
    assert.deepEqual(
      contributed.map((entry) => entry.fileMatch),
      ['.postmortem.yaml', '.postmortem.yml'],
    );
    for (const entry of contributed) assert.equal(entry.url, `./${SCHEMA_PATH}`);
  });

  it('describes exactly the keys the parser knows, each with a description', () => {
    const described = schemaKeys(schema);
    assert.deepEqual(described.map(([key]) => key).sort(), [...CONFIG_KEYS].sort());
    for (const [key, node] of described) assert.ok((node.description ?? '').length > 10, `${key} has a description`);
    assert.equal(schema.additionalProperties, false, 'an unknown key is flagged, as the parser warns about it');
  });

  it('gives the defaults the parser applies', () => {
    for (const key of CONFIG_KEYS.filter((path) => !path.startsWith('rules.'))) {
      assert.deepEqual(property(key).default, parserDefault(key), key);
    }
    for (const rule of RULES) assert.equal(property(`rules.${rule.id}`).default, rule.defaultSeverity, rule.id);
  });

  it('takes the section kinds and rule settings the parser takes', () => {
    assert.deepEqual(resolve(property('required-sections').items!).enum, SECTION_KINDS);
    assert.deepEqual(resolve(property('section-names').additionalProperties as SchemaNode).enum, SECTION_KINDS);
    for (const rule of RULES) assert.deepEqual(property(`rules.${rule.id}`).enum, RULE_SETTINGS, rule.id);
  });

  it("finds docs/configuration.md's complete example and the README's example valid, as the parser does", () => {
    const examples = [
      yamlExample('docs/configuration.md', '## A complete example'),
      yamlExample('README.md', '## Configuration'),
    ];
    for (const example of examples) {
      assert.deepEqual(parseConfig(example).problems, []);
      assert.deepEqual(errorsOf(parse(example)), []);
    }
  });

  it('accepts what the parser accepts and rejects what it reports as an error', () => {
    const accepted = [
      {},
      { timezone: null, rules: null, 'severity-scale': [1, 2, 3] },
      { 'templates-folder': 'docs/templates', 'postmortems-folder': 'a..b/rca' },
      { 'section-names': { 'Blast radius': 'impact' }, 'owner-aliases': { alice: '@alice-smith' } },
    ];
    for (const config of accepted) {
      assert.deepEqual(parseConfig(JSON.stringify(config)).problems, [], JSON.stringify(config));
      assert.deepEqual(errorsOf(config), [], JSON.stringify(config));
    }
    const rejected = [
      { 'required-sections': ['summary', 'postscript'] },
      { rules: { 'front-matter': 'loud' } },
      { 'severity-scale': [] },
      { 'status-values': 'draft' },
      { phrases: { flag: ['  '] } },
      { owners: [null] },
      { 'owner-aliases': { alice: null } },
      { documents: { include: 'postmortems/**' } },
      { 'section-names': { Postscript: 'epilogue' } },
      { 'templates-folder': '../shared/templates' },
      { 'postmortems-folder': '/var/postmortems' },
      { 'postmortems-folder': 'C:\\postmortems' },
      { 'postmortems-folder': 'docs/../../elsewhere' },
    ];
    for (const config of rejected) {
      const problems = parseConfig(JSON.stringify(config)).problems;
      const shown = JSON.stringify(config);
      assert.ok(
        problems.some((problem) => problem.severity === 'error'),
        `the parser rejects ${shown}`,
      );
      assert.notDeepEqual(errorsOf(config), [], `the schema rejects ${shown}`);
    }
  });

  it('flags, as the parser warns about, an unknown key or rule', () => {
    const unknown = [
      { 'required-section': ['summary'] },
      { rules: { 'no-such-rule': 'off' } },
      { phrases: { block: [] } },
    ];
    for (const config of unknown) {
      assert.ok(parseConfig(JSON.stringify(config)).problems.some((problem) => problem.severity === 'warning'));
      assert.notDeepEqual(errorsOf(config), [], JSON.stringify(config));
    }
  });
});
