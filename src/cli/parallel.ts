import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { KnownPostmortems, lintText, type Finding, type KnownPostmortem, type PostmortemConfig } from '../core';

export interface LintJob {
  readonly text: string;
  readonly config: PostmortemConfig;
  /** The workspace's postmortems and the file's place among them, for `related-not-found`. */
  readonly workspace?: LintWorkspace;
}

export interface LintWorkspace {
  /** One list shared by every job: a message to a worker carries it once. */
  readonly postmortems: readonly KnownPostmortem[];
  readonly uri: string;
  readonly folderUri: string;
}

interface JobMessage extends LintJob {
  readonly id: number;
}

interface ResultMessage {
  readonly id: number;
  readonly findings: Finding[];
}

/**
 * Below this many files a thread, a worker costs more than it saves: each thread's isolate spends
 * about a second compiling the parser and the rules before it runs at full speed, and V8 already
 * runs its compiler and garbage collector on the other cores meanwhile. Measured on two cores
 * (corpus copies, one thread / two): 360 files 2.1 s / 2.1-2.3 s, 720 files 3.7-3.8 s / 3.7-3.9 s,
 * 1,080 files 4.7-4.9 s / 4.7-5.0 s. With more cores than V8 keeps busy, threads should pay; that is not
 * measured here.
 */
const MIN_FILES_PER_THREAD = 250;
const MAX_THREADS = 4;

function threadCount(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/**
 * Lints the texts, sharing them between this thread and worker threads on the machine's other
 * cores when there are enough of them and a worker script is given. Results keep the jobs' order.
 */
export async function lintAll(jobs: readonly LintJob[], workerScript: string | undefined): Promise<Finding[][]> {
  const threads = threadCount(jobs.length);
  if (!workerScript || threads < 2) return jobs.map(lintJob);
  const shares = shareOut(jobs, threads);
  const results: Finding[][] = new Array(jobs.length);
  const workers = shares.slice(1).map((share) =>
    lintInWorker(
      share.map((id) => ({ id, ...jobs[id]! })),
      workerScript,
    ),
  );
  for (const id of shares[0]!) results[id] = lintJob(jobs[id]!);
  for (const [i, worker] of workers.entries()) {
    let found: ResultMessage[];
    try {
      found = await worker;
    } catch {
      found = shares[i + 1]!.map((id) => ({ id, findings: lintJob(jobs[id]!) }));
    }
    for (const result of found) results[result.id] = result.findings;
  }
  return results;
}

/** The postmortems of each shared list, made once per thread. */
const knownOf = new WeakMap<readonly KnownPostmortem[], KnownPostmortems>();

function lintJob({ text, config, workspace }: LintJob): Finding[] {
  if (!workspace) return lintText(text, config);
  let known = knownOf.get(workspace.postmortems);
  if (!known) {
    known = new KnownPostmortems(workspace.postmortems);
    knownOf.set(workspace.postmortems, known);
  }
  return lintText(text, config, undefined, known.forDocument(workspace.uri, workspace.folderUri));
}

/** Job ids for each thread, balanced by text length, largest first. */
function shareOut(jobs: readonly LintJob[], threads: number): number[][] {
  const shares = Array.from({ length: threads }, () => ({ ids: [] as number[], length: 0 }));
  const bySize = jobs.map((job, id) => ({ id, length: job.text.length })).sort((a, b) => b.length - a.length);
  for (const job of bySize) {
    const lightest = shares.reduce((best, share) => (share.length < best.length ? share : best));
    lightest.ids.push(job.id);
    lightest.length += job.length;
  }
  return shares.map((share) => share.ids.sort((a, b) => a - b));
}

function lintInWorker(jobs: readonly JobMessage[], workerScript: string): Promise<ResultMessage[]> {
  return new Promise<ResultMessage[]>((resolve, reject) => {
    const worker = new Worker(workerScript, { env: { ...process.env, POSTMORTEM_LINT_WORKER: '1' } });
    worker.once('message', (results: ResultMessage[]) => {
      void worker.terminate();
      resolve(results);
    });
    worker.once('error', reject);
    worker.postMessage(jobs);
  });
}

/** True in a thread started by `lintAll`: it serves lint jobs instead of running the CLI. */
export function isLintWorker(): boolean {
  return !isMainThread && process.env['POSTMORTEM_LINT_WORKER'] === '1';
}

export function serveLintJobs(): void {
  parentPort?.once('message', (jobs: JobMessage[]) => {
    const results: ResultMessage[] = jobs.map((job) => ({ id: job.id, findings: lintJob(job) }));
    parentPort?.postMessage(results);
  });
}
