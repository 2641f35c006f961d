// Node only: the CLI and the desktop extension ask Git and the operating system who the user is.
// (The web extension cannot, and the core uses no Node built-ins.)
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import type { AuthorSources } from '../core';

const GIT_TIMEOUT_MS = 3000;

export const LOCAL_AUTHOR_SOURCES: AuthorSources = {
  gitUserName: (folder) =>
    new Promise((resolve) => {
      const options = { cwd: folder, encoding: 'utf8', timeout: GIT_TIMEOUT_MS, windowsHide: true } as const;
      // No git, a folder that is gone, or no name configured: an error, and no name.
      execFile('git', ['config', 'user.name'], options, (error, stdout) => resolve(error ? undefined : stdout));
    }),
  accountName: () => {
    try {
      return userInfo().username;
    } catch {
      // An account without a name entry (some containers).
      return undefined;
    }
  },
};
