const CONFIG_FILE_NAMES = ['.postmortem.yaml', '.postmortem.yml'] as const;

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
function joinPath(folder: string, name: string): string {
  if (/[\\/]$/.test(folder)) return folder + name;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder}${separator}${name}`;
}

/**
 * The walk to the configuration: each `.postmortem.yaml` (then `.yml`) that could apply to a file
 * in `startFolder`, nearest first, up to `stopAt` (a workspace folder) when given, else to the root.
 * The one walk every face uses: the CLI against the disk, the extension through `vscode.workspace.fs`.
 */
export function* configCandidates(startFolder: string, stopAt?: string): Generator<string> {
  let folder: string | undefined = startFolder;
  // A bound in case a strange path never reaches a root.
  for (let depth = 0; folder !== undefined && depth < 512; depth++) {
    for (const name of CONFIG_FILE_NAMES) yield joinPath(folder, name);
    if (stopAt !== undefined && sameFolder(folder, stopAt)) return;
    folder = parentFolder(folder);
  }
}

/**
 * The nearest `.postmortem.yaml` (or `.yml`) in `startFolder` or a folder above it. Pure: the
 * caller supplies `exists`, so this runs against a disk, a virtual workspace or a test's map.
 * `stopAt`, when given, is the last folder searched (a workspace folder).
 */
export function findConfigPath(
  startFolder: string,
  exists: (path: string) => boolean,
  stopAt?: string,
): string | undefined {
  for (const candidate of configCandidates(startFolder, stopAt)) {
    if (safeExists(exists, candidate)) return candidate;
  }
  return undefined;
}

/** `findConfigPath` where asking whether a file exists takes a round trip (a virtual file system). */
export async function findConfigPathAsync(
  startFolder: string,
  exists: (path: string) => Promise<boolean>,
  stopAt?: string,
): Promise<string | undefined> {
  for (const candidate of configCandidates(startFolder, stopAt)) {
    if (
      await Promise.resolve(candidate)
        .then(exists)
        .then(
          (found) => found === true,
          () => false,
        )
    )
      return candidate;
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
