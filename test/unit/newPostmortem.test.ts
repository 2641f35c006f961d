// What New Postmortem (the extension's command) and `postmortem new` must answer alike.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDateProblem } from '../../src/core/model/isoDate';
import { authorName, NO_AUTHOR_SOURCES, type AuthorSources } from '../../src/core/templates/author';
import { dateInputProblem, newPostmortemAuthor } from '../../src/extension/commands/newPostmortemInput';
import { LOCAL_AUTHOR_SOURCES } from '../../src/node/localAuthor';
import { withGlobalGitConfig } from './gitConfig';

describe('New Postmortem and postmortem new', () => {
  describe('the incident date', () => {
    it('is a real date as YYYY-MM-DD, leap years included', () => {
      for (const date of ['2025-01-05', '2024-02-29', '2000-02-29', '1999-12-31']) {
        assert.equal(isoDateProblem(date), undefined, date);
      }
      const problems: [string, string][] = [
        ['2025-02-30', 'there is no February 30: February has 28 days'],
        ['2023-02-29', '2023 is not a leap year, so there is no February 29'],
        ['1900-02-29', '1900 is not a leap year, so there is no February 29'],
        ['2025-04-31', 'there is no April 31: April has 30 days'],
        ['2025-13-01', '13 is not a month (1-12)'],
        ['2025-01-00', '0 is not a day of the month'],
        ['2025-1-5', 'expected YYYY-MM-DD'],
        ['5 Jan 2025', 'expected YYYY-MM-DD'],
        ['', 'expected YYYY-MM-DD'],
      ];
      for (const [date, problem] of problems) assert.equal(isoDateProblem(date), problem, date);
    });

    it("is checked by the extension's date box with the same function, so 2025-02-30 is refused there too", () => {
      assert.equal(dateInputProblem(' 2025-01-05 '), undefined);
      assert.equal(dateInputProblem('2025-02-30'), 'There is no February 30: February has 28 days.');
      assert.equal(dateInputProblem('tomorrow'), 'Expected YYYY-MM-DD.');
    });
  });

  describe('the author', () => {
    const asked: string[] = [];
    const sources = (git: string | undefined, account: string | undefined): AuthorSources => ({
      gitUserName: async (folder) => {
        asked.push(folder);
        return git;
      },
      accountName: () => account,
    });
    beforeEach(() => (asked.length = 0));

    it('is the name given, else Git user.name for the folder, else the account name, else empty', async () => {
      assert.equal(await authorName(' Ann Lee ', '/repo', sources('Git Name', 'ann')), 'Ann Lee');
      assert.deepEqual(asked, [], 'Git is not asked when a name is given');
      assert.equal(await authorName('  ', '/repo', sources('Git Name\n', 'ann')), 'Git Name');
      assert.deepEqual(asked, ['/repo']);
      assert.equal(await authorName(undefined, '/repo', sources(' ', 'ann')), 'ann');
      assert.equal(await authorName(undefined, undefined, sources('Git Name', 'ann')), 'ann');
      assert.equal(await authorName(undefined, '/repo', NO_AUTHOR_SOURCES), '');
    });

    describe('from Git', () => {
      let folder = '';
      beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'postmortem-author-'))));
      afterEach(() => rmSync(folder, { recursive: true, force: true }));

      it("is read from the global configuration outside a repository, and the repository's own inside", async () => {
        await withGlobalGitConfig('[user]\n\tname = Grace Global\n', folder, async () => {
          assert.equal(await authorName(undefined, folder, LOCAL_AUTHOR_SOURCES), 'Grace Global');
          execFileSync('git', ['init', '-q', folder], { stdio: 'ignore' });
          const inRepository = await authorName(undefined, folder, LOCAL_AUTHOR_SOURCES);
          assert.equal(inRepository, 'Grace Global', 'a repository without its own name');
          execFileSync('git', ['config', 'user.name', 'Rita Repo'], { cwd: folder });
          assert.equal(await authorName(undefined, folder, LOCAL_AUTHOR_SOURCES), 'Rita Repo');
        });
      });

      it('fills New Postmortem in the editor when only the global Git configuration names the user', async () => {
        await withGlobalGitConfig('[user]\n\tname = Grace Global\n', folder, async () => {
          const onDisk = { scheme: 'file', fsPath: folder };
          assert.equal(await newPostmortemAuthor('', onDisk, LOCAL_AUTHOR_SOURCES), 'Grace Global');
          assert.equal(await newPostmortemAuthor(undefined, onDisk, LOCAL_AUTHOR_SOURCES), 'Grace Global');
          assert.equal(await newPostmortemAuthor('Set In Settings', onDisk, LOCAL_AUTHOR_SOURCES), 'Set In Settings');
          const virtual = { scheme: 'vscode-vfs', fsPath: folder };
          assert.equal(await newPostmortemAuthor('', virtual, sources('Git Name', 'ann')), 'ann');
          assert.deepEqual(asked, [], 'Git is not asked about a folder that is not on disk');
        });
      });

      it('is no name when Git has none', async () => {
        await withGlobalGitConfig('', folder, async () => {
          assert.equal(await LOCAL_AUTHOR_SOURCES.gitUserName(folder), undefined);
          assert.equal(await LOCAL_AUTHOR_SOURCES.gitUserName(join(folder, 'gone')), undefined);
        });
      });
    });
  });
});
