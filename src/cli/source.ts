import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { isPostmortem, type PostmortemConfig } from '../core';
import type { ConfigResolver } from './config';
import { describeError, type CliIo } from './io';

export interface SourceFile {
  readonly text: string;
  readonly config: PostmortemConfig;
  /** By its name, its folder (the configuration's globs) or its front matter. */
  readonly isPostmortem: boolean;
}

/**
 * Reads a file (unless its text is given) and its configuration; undefined, with a message, when it cannot be read.
 */
export function readSource(
  shownPath: string,
  absolutePath: string,
  configs: ConfigResolver,
  io: CliIo,
  knownText?: string,
): SourceFile | undefined {
  let text: string;
  try {
    text = knownText ?? readFileSync(absolutePath, 'utf8');
  } catch (error) {
    io.err(`postmortem: cannot read ${shownPath}: ${describeError(error)}\n`);
    return undefined;
  }
  const { config } = configs.forFile(absolutePath);
  const root = configs.globRoot(absolutePath);
  const fromRoot = root === undefined ? '' : relative(root, absolutePath);
  const globPath = fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) ? absolutePath : fromRoot;
  return { text, config, isPostmortem: isPostmortem(globPath, text, config.documents) };
}
