import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Root } from 'mdast';
import type { LineIndex } from './text';
import { type DatedDay, dateAt } from './dates';
import { yamlProblems } from './yamlErrors';
import type { FrontMatter, FrontMatterField } from './types';

/** Reads the YAML front matter block of a parsed document, with every field's and error's range. */
export function readFrontMatter(tree: Root, index: LineIndex): FrontMatter | undefined {
  const block = tree.children[0];
  if (block?.type !== 'yaml' || !block.position) return undefined;
  const blockStart = block.position.start.offset ?? 0;
  const blockEnd = block.position.end.offset ?? blockStart;
  const firstBreak = index.text.indexOf('\n', blockStart);
  const contentStart = firstBreak === -1 ? blockEnd : Math.min(firstBreak + 1, blockEnd);
  const source = index.text.slice(contentStart, contentStart + block.value.length);
  const rangeIn = (start: number, end: number) => index.rangeOf(contentStart + start, contentStart + end);

  const parsed = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const errors = yamlProblems([...parsed.errors, ...parsed.warnings], source).map(({ message, start, end }) => ({
    message,
    range: rangeIn(start, end),
  }));
  const fields: FrontMatterField[] = [];
  let data: Record<string, unknown> | undefined;
  if (parsed.errors.length === 0 && isMap(parsed.contents)) {
    data = {};
    for (const pair of parsed.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const valueNode = pair.value;
      const value =
        valueNode && typeof valueNode === 'object' && 'toJSON' in valueNode
          ? (valueNode as { toJSON(): unknown }).toJSON()
          : null;
      const keyRange = rangeIn(pair.key.range[0], pair.key.range[1]);
      const valueRange =
        valueNode && typeof valueNode === 'object' && 'range' in valueNode && Array.isArray(valueNode.range)
          ? rangeIn(valueNode.range[0], valueNode.range[1])
          : rangeIn(pair.key.range[1], pair.key.range[1]);
      const items = isSeq(valueNode)
        ? valueNode.items.flatMap((item) =>
            isScalar(item) && item.range
              ? [{ value: item.toJSON(), range: rangeIn(item.range[0], item.range[1]) }]
              : [],
          )
        : undefined;
      data[key] = value;
      fields.push({ key, value, keyRange, valueRange, ...(items && { items }) });
    }
  } else if (parsed.errors.length === 0 && parsed.contents !== null) {
    errors.push({ message: 'Front matter must be a mapping of keys to values', range: rangeIn(0, source.length) });
  }
  return { range: index.rangeOf(blockStart, blockEnd), data, fields, errors };
}

/** The postmortem's date, its front matter's `date` (`2025-01-05`, `January 5, 2025`), when it gives a whole one. */
export function frontMatterDate(frontMatter: FrontMatter | undefined): DatedDay | undefined {
  const value = frontMatter?.data?.date;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') return undefined;
  const found = dateAt(value.trim(), 0);
  const year = found && !found.invalid ? found.date.year : undefined;
  return found && year !== undefined ? { ...found.date, year } : undefined;
}
