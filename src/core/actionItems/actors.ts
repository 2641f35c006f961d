// The people and teams a document's tables name as the ones who acted: "| Time | Actor | Event |".
import type { Root, Table } from 'mdast';
import { plainText } from '../model/mdastText';
import { NAME_LIST_SEPARATORS } from '../language/names';
import { ACTOR_HEADERS } from './words';

const HEADERS = new Set(ACTOR_HEADERS.words);

/** A name as an actor cell writes it: up to three words, each opening with a capital (`ICL`, `Hypha`, `Ana Lima`). */
const ACTOR_NAME = /^\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,2}$/u;

function actorColumn(table: Table): number {
  const header = table.children[0]?.children ?? [];
  return header.findIndex((cell) => HEADERS.has(plainText(cell).trim().toLowerCase().replace(/\s+/g, ' ')));
}

/** The names in the actor columns (see `ACTOR_HEADERS`) of the document's tables, each once. */
export function tableActors(tree: Root): string[] {
  const found = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'table') continue;
    const column = actorColumn(node);
    if (column < 0) continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[column];
      if (!cell) continue;
      for (const name of plainText(cell).split(NAME_LIST_SEPARATORS))
        if (ACTOR_NAME.test(name.trim())) found.add(name.trim());
    }
  }
  return [...found];
}
