import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Runs `body` with Git reading `globalConfig` as the user's global configuration, no system
 * configuration, and no repository above `folder` (so the machine's own settings cannot leak in).
 */
export async function withGlobalGitConfig(
  globalConfig: string,
  folder: string,
  body: () => Promise<void>,
): Promise<void> {
  const file = join(folder, '..', `${folder.split(/[\\/]/).pop()}.gitconfig`);
  writeFileSync(file, globalConfig);
  const overrides: Record<string, string> = {
    GIT_CONFIG_GLOBAL: file,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: dirname(folder),
  };
  const saved = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  try {
    await body();
  } finally {
    rmSync(file, { force: true });
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
