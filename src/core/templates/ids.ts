// Postmortem ids follow the workspace's habit: `INC-2025-007`, `PM-12`, `2025-003`. An id is a prefix
// and a trailing number; a four-digit year in the prefix makes the numbering restart every year.
import { FRONT_MATTER_BLOCK } from './fill';

const NUMBERED = /^(.*?)(\d+)$/;
const YEAR_IN_PREFIX = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const YEAR = '{year}';

interface ParsedId {
  /** The prefix with its year replaced by `{year}`: the pattern ids share. */
  readonly pattern: string;
  readonly year: number | undefined;
  readonly number: number;
  readonly digits: string;
}

function parseId(id: string): ParsedId | undefined {
  const found = NUMBERED.exec(id.trim());
  if (!found) return undefined;
  const prefix = found[1]!;
  const year = YEAR_IN_PREFIX.exec(prefix);
  return {
    pattern: year ? prefix.slice(0, year.index) + YEAR + prefix.slice(year.index + 4) : prefix,
    year: year ? Number(year[0]) : undefined,
    number: Number(found[2]),
    digits: found[2]!,
  };
}

/**
 * The id after the workspace's existing ones, in their most common pattern (on a tie, the pattern
 * whose latest id is latest: one with a year beats one without, then the later year, then the
 * higher number). Numbers keep their zero padding (`INC-2025-007` -> `INC-2025-008`); with a year
 * in the pattern, numbering starts at 1 in a year with no id yet. No ids: `INC-<year>-001`.
 */
export function nextId(existingIds: readonly string[], year: number): string {
  const parsed = existingIds.map(parseId).filter((id): id is ParsedId => id !== undefined);
  const byPattern = new Map<string, ParsedId[]>();
  for (const id of parsed) {
    const sharing = byPattern.get(id.pattern);
    if (sharing) sharing.push(id);
    else byPattern.set(id.pattern, [id]);
  }
  const latest = (ids: readonly ParsedId[]) => ids.reduce((best, id) => (compareIds(id, best) > 0 ? id : best));
  const chosen = [...byPattern.values()].reduce<ParsedId[] | undefined>((best, ids) => {
    if (!best || ids.length > best.length) return ids;
    return ids.length === best.length && compareIds(latest(ids), latest(best)) > 0 ? ids : best;
  }, undefined);
  if (!chosen) return `INC-${year}-001`;
  const pattern = chosen[0]!.pattern;
  const yearly = pattern.includes(YEAR);
  const counted = yearly ? chosen.filter((id) => id.year === year) : chosen;
  const next = Math.max(0, ...counted.map((id) => id.number)) + 1;
  const padded = chosen.filter((id) => id.digits.length > 1 && id.digits.startsWith('0'));
  const width = padded.length > 0 ? Math.max(...padded.map((id) => id.digits.length)) : 1;
  return pattern.replace(YEAR, String(year)) + String(next).padStart(width, '0');
}

function compareIds(a: ParsedId, b: ParsedId): number {
  return (a.year ?? 0) - (b.year ?? 0) || a.number - b.number;
}

const ID_FIELD = /^id[ \t]*:[ \t]*(["']?)([^"'#\r\n]*?)\1[ \t]*(?:#.*)?$/m;

/** The front matter block at the start of a document, fences included; empty when it has none. */
export function frontMatterBlock(text: string): string {
  return FRONT_MATTER_BLOCK.exec(text.replace(/^\uFEFF/, ''))?.[0] ?? '';
}

/** The `id:` of a document's front matter, read without parsing the whole document. */
export function documentId(text: string): string | undefined {
  const id = ID_FIELD.exec(frontMatterBlock(text))?.[2]?.trim();
  return id === '' ? undefined : id;
}
