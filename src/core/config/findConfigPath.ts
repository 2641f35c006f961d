export const CONFIG_FILE_NAMES = ['.postmortem.yaml', '.postmortem.yml'] as const;

/** The folder holding `path` (`/a/b` -> `/a`, `C:\a` -> `C:\`), or undefined at a root. */
export function parentFolder(path: string): string | undefined {
  const trimmed = path.length > 1 ? path.replace(/(?<=[^\\/:])[\\/]+$/, '') : path;
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut === -1) return trimmed === '' || trimmed === '.' || /^[a-z]:$/i.test(trimmed) ? undefined : '.';
  if (cut === trimmed.length - 1) return undefined;
  const parent = trimmed.slice(0, cut);
  return parent === '' || /^[a-z]:$/i.test(parent) ? trimmed.slice(0, cut + 1) : parent;
}

/** `folder` joined with `name`, with the separator `folder` already uses. */
export function joinPath(folder: string, name: string): string {
  if (/[\\/]$/.test(folder)) return folder + name;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder}${separator}${name}`;
}

/**
 * The nearest `.postmortem.yaml` (or `.yml`) in `startFolder` or a folder above it. Pure: the
 * caller supplies `exists`, so this runs against a disk, a virtual workspace or a test's map.
 * `stopAt`, when given, is the last folder searched (a workspace folder).
 */
export function findConfigPath(startFolder: string, exists: (path: string) => boolean, stopAt?: string): string | undefined {
  let folder: string | undefined = startFolder;
  // A bound in case a strange path never reaches a root.
  for (let depth = 0; folder !== undefined && depth < 512; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = joinPath(folder, name);
      if (safeExists(exists, candidate)) return candidate;
    }
    if (stopAt !== undefined && sameFolder(folder, stopAt)) return undefined;
    folder = parentFolder(folder);
  }
  return undefined;
}

function safeExists(exists: (path: string) => boolean, path: string): boolean {
  try {
    return exists(path) === true;
  } catch {
    return false;
  }
}

function sameFolder(a: string, b: string): boolean {
  const normalize = (path: string) => path.replace(/\\/g, '/').replace(/(?<=.)\/+$/, '');
  return normalize(a) === normalize(b);
}
