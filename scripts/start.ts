// `npm start`: serves the real VS Code (the offline VS Code server) with a fresh copy of examples/
// open and this extension loaded, and prints the URL to open in a browser. Ctrl+C stops it.
import { join, relative } from 'node:path';
import { ensureVsCodeHost, log, projectRoot, startServer, vscodeVersion } from '../test/support/vscodeHost';
import { freshExamplesCopy } from './examplesCopy';

async function main(): Promise<void> {
  ensureVsCodeHost();
  const examples = freshExamplesCopy(projectRoot);
  const host = process.env.POSTMORTEM_HOST ?? '127.0.0.1';
  const port = Number(process.env.POSTMORTEM_PORT ?? 8080);
  const server = await startServer({ port, host, stateDir: join(projectRoot, '.vscode-test', 'start') });
  const url = server.workbenchUrl(examples, [['extensionDevelopmentPath', server.remoteUri(projectRoot)]]);
  log(`VS Code ${vscodeVersion()} is serving ${relative(projectRoot, examples)} with the Postmortem extension loaded:`);
  log('a copy of examples/, made afresh at each start, so trying things out never changes tracked files.');
  process.stdout.write(
    `\n  Open this URL in a browser:\n\n  ${url}\n\n  (Ctrl+C stops the server; the server log is ${server.logFile})\n`,
  );
  const stop = (): void => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}

main().catch((error) => {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
