// `npm run docs:vocabulary`: writes the vocabularies' tables into docs/rules/blameful-language.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES_END, TABLES_START, vocabularyTables } from '../src/core/blame/vocabularyTables';

const page = join(__dirname, '..', '..', 'docs', 'rules', 'blameful-language.md');
const text = readFileSync(page, 'utf8');
const start = text.indexOf(TABLES_START);
const end = text.indexOf(TABLES_END);
const heading =
  "\n## The words, and what they do\n\nEvery entry's sentences run as tests (`test/unit/vocabulary.test.ts`).\n\n";
const updated =
  start >= 0 && end > start
    ? text.slice(0, start) + vocabularyTables() + text.slice(end + TABLES_END.length)
    : `${text.trimEnd()}\n${heading}${vocabularyTables()}\n`;
writeFileSync(page, updated);
process.stdout.write(`wrote ${page}\n`);
