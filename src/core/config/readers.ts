// Readers turn one YAML node into a typed value, reporting every problem at the node's position.
// A reader returns undefined for a value it rejects, so that the default applies in its place.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { didYouMean, normalizeWord } from '../util/closest';

export type ProblemSeverity = 'error' | 'warning';

export interface ReadContext {
  problem(node: Node, message: string, severity: ProblemSeverity): void;
  /** The node an alias points to, or the node itself; undefined for a missing value. */
  resolve(node: unknown): Node | undefined;
}

/** `path` names the value in messages, such as `rules.blameful-language` or `phrases.flag[2]`. */
export type Reader<T> = ((node: Node, context: ReadContext, path: string) => T | undefined) & {
  /**
   * A mapping's known keys as written, each with the reader of its value (none for the keys a
   * `mapOf` knows), so that the keys can be listed: the JSON schema is checked against them.
   */
  readonly keys?: ReadonlyMap<string, Reader<unknown> | undefined>;
};

export function createReadContext(
  document: Document,
  report: (node: Node, message: string, severity: ProblemSeverity) => void,
): ReadContext {
  const context: ReadContext = {
    problem: report,
    resolve(node) {
      if (!node || typeof node !== 'object') return undefined;
      if (!isAlias(node)) return node as Node;
      const target = node.resolve(document);
      if (!target) report(node, `Unknown alias "*${node.source}"`, 'error');
      return target;
    },
  };
  return context;
}

function isNull(node: Node): boolean {
  return isScalar(node) && node.value === null;
}

/** A string, or a number read as its text; never empty. */
export const text: Reader<string> = (node, context, path) => {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const value = String(node.value).trim();
    if (value !== '') return value;
  }
  context.problem(node, `"${path}" must be text`, 'error');
  return undefined;
};

/** One of `values`; case, spaces and hyphens are forgiven (`Root Cause` reads as `root-cause`). */
export function oneOf<T extends string>(values: readonly T[], what: string): Reader<T> {
  return (node, context, path) => {
    const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined;
    if (value !== undefined) {
      const exact = values.find(
        (candidate) => candidate === value || normalizeWord(candidate) === normalizeWord(value),
      );
      if (exact !== undefined) return exact;
    }
    const shown = value ?? String(isScalar(node) ? node.value : '');
    const hint = value === undefined ? '' : didYouMean(value, values);
    context.problem(
      node,
      `"${path}": "${shown}" is not a ${what}; expected one of ${values.join(', ')}.${hint}`,
      'error',
    );
    return undefined;
  };
}

/** A list; items that are invalid are left out, each with its own problem. */
export function listOf<T>(item: Reader<T>, options: { nonEmpty?: boolean } = {}): Reader<T[]> {
  return (node, context, path) => {
    if (!isSeq(node)) {
      context.problem(node, `"${path}" must be a list`, 'error');
      return undefined;
    }
    const values: T[] = [];
    node.items.forEach((child, index) => {
      const resolved = context.resolve(child);
      if (!resolved) return;
      const value = item(resolved, context, `${path}[${index}]`);
      if (value !== undefined) values.push(value);
    });
    if (options.nonEmpty && values.length === 0) {
      context.problem(node, `"${path}" must list at least one value`, 'error');
      return undefined;
    }
    return values;
  };
}

/** A mapping with text keys; `knownKeys`, when given, rejects other keys with a warning. */
export function mapOf<T>(
  value: Reader<T>,
  options: { knownKeys?: readonly string[]; keyName?: string } = {},
): Reader<Record<string, T>> {
  const read: Reader<Record<string, T>> = (node, context, path) => {
    if (!isMap(node)) {
      context.problem(node, `"${path}" must be a mapping of keys to values`, 'error');
      return undefined;
    }
    const result: Record<string, T> = {};
    for (const pair of node.items) {
      const key = keyText(pair.key, node, context);
      if (key === undefined) continue;
      if (options.knownKeys && !options.knownKeys.includes(key.text)) {
        const hint = didYouMean(key.text, options.knownKeys);
        context.problem(key.node, `Unknown ${options.keyName ?? 'key'} "${key.text}" in "${path}".${hint}`, 'warning');
        continue;
      }
      const child = context.resolve(pair.value);
      if (!child || isNull(child)) {
        context.problem(key.node, `"${path}.${key.text}" has no value`, 'error');
        continue;
      }
      const read = value(child, context, `${path}.${key.text}`);
      if (read !== undefined) result[key.text] = read;
    }
    return result;
  };
  if (!options.knownKeys) return read;
  return Object.assign(read, { keys: new Map(options.knownKeys.map((key) => [key, undefined])) });
}

export type Readers<T> = { readonly [K in keyof T]-?: Reader<T[K]> };

/**
 * A mapping with a fixed set of keys, each read by its own reader; a key that is missing, empty
 * or invalid keeps its default. `keyName` gives the key as written for a property (kebab-case).
 */
export function objectOf<T extends object>(
  readers: Readers<T>,
  defaults: T,
  keyName: (property: string) => string = (p) => p,
): Reader<T> {
  const properties = new Map<string, keyof T>(
    Object.keys(readers).map((property) => [keyName(property), property as keyof T]),
  );
  const read: Reader<T> = (node, context, path) => {
    const where = path === '' ? '' : ` in "${path}"`;
    if (!isMap(node)) {
      context.problem(
        node,
        path === ''
          ? 'The configuration must be a mapping of keys to values'
          : `"${path}" must be a mapping of keys to values`,
        'error',
      );
      return undefined;
    }
    const result: Partial<T> = {};
    for (const pair of node.items) {
      const key = keyText(pair.key, node, context);
      if (key === undefined) continue;
      const property = properties.get(key.text);
      if (property === undefined) {
        const hint = didYouMean(key.text, [...properties.keys()]);
        context.problem(key.node, `Unknown key "${key.text}"${where}.${hint}`, 'warning');
        continue;
      }
      const child = context.resolve(pair.value);
      if (!child || isNull(child)) continue;
      const value = readers[property](child, context, path === '' ? key.text : `${path}.${key.text}`);
      if (value !== undefined) result[property] = value;
    }
    return { ...defaults, ...result };
  };
  const keys = new Map<string, Reader<unknown>>([...properties].map(([key, property]) => [key, readers[property]]));
  return Object.assign(read, { keys });
}

/** Every key a reader knows, as written in the file, nested ones as `phrases.flag`. */
export function keyPaths(reader: Reader<unknown>, prefix = ''): string[] {
  return [...(reader.keys ?? [])].flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    return [path, ...(value ? keyPaths(value, `${path}.`) : [])];
  });
}

function keyText(key: unknown, map: Node, context: ReadContext): { text: string; node: Node } | undefined {
  const node = context.resolve(key);
  if (node && isScalar(node) && node.value !== null && typeof node.value !== 'object')
    return { text: String(node.value), node };
  context.problem(node ?? map, 'Keys must be text', 'error');
  return undefined;
}
