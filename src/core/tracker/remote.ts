// The repository a Git remote names, and its web pages: `git@github.com:acme/shop.git`,
// `https://gitlab.example.com/group/sub/shop.git`, `ssh://git@github.acme.com:22/acme/shop`.

type ForgeKind = 'github' | 'gitlab';

export interface Forge {
  readonly kind: ForgeKind;
  /** `https://github.com/acme/shop`: the repository's home page. */
  readonly webUrl: string;
}

/** The remote's URL in `.git/config`: `origin`'s, else `upstream`'s, else the first remote's. */
export function remoteUrlFromGitConfig(config: string): string | undefined {
  const urls = new Map<string, string>();
  let remote: string | undefined;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
    if (section) {
      remote = section[1];
      continue;
    }
    if (/^\s*\[/.test(line)) remote = undefined;
    const url = /^\s*url\s*=\s*(\S+)\s*$/.exec(line);
    if (remote !== undefined && url && !urls.has(remote)) urls.set(remote, url[1]!);
  }
  return urls.get('origin') ?? urls.get('upstream') ?? urls.values().next().value;
}

const SCP_LIKE = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)\/?(.+)$/;
const PATH_SEGMENTS = /^[\w.-]+(?:\/[\w.-]+)+$/;

/**
 * The web pages of a GitHub or GitLab repository from its remote URL; undefined for another host or a URL it cannot
 * read.
 */
export function forgeOf(remoteUrl: string): Forge | undefined {
  let host: string;
  let path: string;
  const url = remoteUrl.trim();
  const scp = /^[a-z][a-z+.-]*:\/\//i.test(url) ? undefined : SCP_LIKE.exec(url);
  if (scp) {
    host = scp[1]!;
    path = scp[2]!;
  } else {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(parsed.protocol)) return undefined;
    host = parsed.hostname;
    path = parsed.pathname.replace(/^\/+/, '');
  }
  path = path.replace(/\/+$/, '').replace(/\.git$/, '');
  host = host.toLowerCase();
  if (!PATH_SEGMENTS.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..'))
    return undefined;
  const kind: ForgeKind | undefined = /(^|\.)github\b/.test(host)
    ? 'github'
    : /(^|\.)gitlab\b/.test(host)
      ? 'gitlab'
      : undefined;
  if (!kind) return undefined;
  // GitHub repositories are owner/name; GitLab's may sit in nested groups.
  if (kind === 'github' && path.split('/').length !== 2) return undefined;
  return { kind, webUrl: `https://${host}/${path}` };
}

/** The page of a file at a line on the default branch: `.../blob/HEAD/postmortems/x.md#L12`. */
export function fileUrl(forge: Forge, repositoryPath: string, line: number): string {
  const path = repositoryPath.split('/').map(encodeURIComponent).join('/');
  return `${forge.webUrl}${forge.kind === 'gitlab' ? '/-' : ''}/blob/HEAD/${path}#L${line}`;
}
