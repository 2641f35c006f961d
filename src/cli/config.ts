import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG, findConfigPath, parseConfig, type PostmortemConfig } from '../core';
import { annotation } from './formats/github';
import { repositoryPath } from './formats/paths';
import { describeError, type CliIo } from './io';
import { toLocation } from './location';

/** The title of a configuration problem's annotation, where a finding's names its rule. */
const CONFIG_TITLE = 'postmortem configuration';

export interface LoadedConfig {
  readonly config: PostmortemConfig;
  /** The folder the configuration's globs and folders are relative to. */
  readonly folder: string;
}

/**
 * Finds and reads the configuration for each file: the one named by `--config`, or the nearest
 * `.postmortem.yaml` above the file. Each file's problems are printed once; an invalid file gives
 * the defaults in place of what is wrong, and `hasErrors` makes the run exit 2.
 */
export class ConfigResolver {
  private readonly loaded = new Map<string, PostmortemConfig>();
  private readonly found = new Map<string, string | undefined>();
  private readonly repositoryRoots = new Map<string, string | undefined>();
  hasErrors = false;

  private constructor(
    private readonly io: CliIo,
    private readonly explicitPath: string | undefined,
    private readonly annotate: boolean,
  ) {}

  /**
   * Undefined when `--config` names a file that cannot be read (reported already). With `annotate` (`lint --format
   * github`), the problems of a configuration are GitHub workflow annotations on its lines, as the findings are.
   */
  static create(io: CliIo, explicitPath: string | undefined, annotate = false): ConfigResolver | undefined {
    const resolved = explicitPath === undefined ? undefined : resolve(io.cwd, explicitPath);
    const resolver = new ConfigResolver(io, resolved, annotate);
    if (resolver.explicitPath !== undefined && resolver.read(resolver.explicitPath) === undefined) return undefined;
    return resolver;
  }

  /**
   * The folder a file's path is matched against the configuration's `documents` globs from: the
   * configuration's, else the repository's root (the nearest folder above with `.git`), as the
   * workspace folder is in an editor; undefined, outside both: the path from the file system's root,
   * so that the postmortem folder `lint` runs in counts (`incidents/` run from inside it).
   */
  globRoot(absolutePath: string): string | undefined {
    const configPath = this.explicitPath ?? this.nearest(dirname(absolutePath));
    return configPath === undefined ? this.repositoryRoot(dirname(absolutePath)) : dirname(configPath);
  }

  private repositoryRoot(folder: string): string | undefined {
    if (!this.repositoryRoots.has(folder)) {
      const parent = dirname(folder);
      const root = existsSync(join(folder, '.git'))
        ? folder
        : parent === folder
          ? undefined
          : this.repositoryRoot(parent);
      this.repositoryRoots.set(folder, root);
    }
    return this.repositoryRoots.get(folder);
  }

  forFile(absolutePath: string): LoadedConfig {
    const path = this.explicitPath ?? this.nearest(dirname(absolutePath));
    if (path === undefined) return { config: DEFAULT_CONFIG, folder: this.io.cwd };
    return { config: this.read(path) ?? DEFAULT_CONFIG, folder: dirname(path) };
  }

  private nearest(folder: string): string | undefined {
    if (!this.found.has(folder)) this.found.set(folder, findConfigPath(folder, existsSync));
    return this.found.get(folder);
  }

  private read(path: string): PostmortemConfig | undefined {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      this.hasErrors = true;
      this.io.err(`postmortem: cannot read configuration ${this.shown(path)}: ${describeError(error)}\n`);
      return undefined;
    }
    const { config, problems } = parseConfig(text);
    for (const problem of problems) {
      const place = toLocation(problem.range);
      if (this.annotate)
        this.io.out(
          annotation(
            problem.severity,
            { file: repositoryPath(path, this.io.cwd), ...place },
            CONFIG_TITLE,
            problem.message,
          ),
        );
      else this.io.err(`${this.shown(path)}:${place.line}:${place.column}: ${problem.severity}: ${problem.message}\n`);
      if (problem.severity === 'error') this.hasErrors = true;
    }
    if (problems.some((problem) => problem.severity === 'error'))
      this.io.err(`${this.shown(path)}: the defaults apply in place of the invalid settings\n`);
    this.loaded.set(path, config);
    return config;
  }

  private shown(path: string): string {
    return relative(this.io.cwd, path) || path;
  }
}
