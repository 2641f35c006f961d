import type { AnalysisChannel, ChannelListener, StartChannel } from './channel';
import type { ResponseMessage, WorkerRequest } from './protocol';
import { requestHandler } from './requests';
import { errorMessage } from '../../core';

interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { readonly data: ResponseMessage }) => void) | null;
  onerror: ((event: { readonly message: string }) => void) | null;
}

/** The web's `Worker`, where the host offers one (the extension host is itself a web worker). */
const WebWorkerConstructor = (globalThis as { Worker?: new (url: string) => WebWorker }).Worker;

/**
 * Runs the analysis in a web worker started from `workerUrl`; where the host cannot start one,
 * on the extension host's thread, one request a turn, yielding between requests.
 *
 * VS Code starts no worker from the URL of an extension installed on a remote server (`Creating
 * workers from remote extensions is currently not supported`), but its `fetch` reads that URL: the
 * worker then starts from the fetched script, as a blob.
 */
export function webWorkerChannel(workerUrl: string): StartChannel {
  return (listener) => {
    const Worker = WebWorkerConstructor;
    if (!Worker) return onHostThread(listener, 'this host starts no web worker');
    try {
      return workerChannel(new Worker(workerUrl), listener);
    } catch {
      return whenStarted(
        blobUrlOf(workerUrl).then(
          (url) => workerChannel(new Worker(url), listener),
          (error: unknown) => onHostThread(listener, `the worker's script could not be read (${errorMessage(error)})`),
        ),
      );
    }
  };
}

function workerChannel(worker: WebWorker, listener: ChannelListener): AnalysisChannel {
  worker.onmessage = (event) => listener.message(event.data);
  worker.onerror = (event) => listener.error(new Error(event.message));
  listener.note?.('Checks run in a web worker.');
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}

function onHostThread(listener: ChannelListener, why: string): AnalysisChannel {
  listener.note?.(`Checks run on the extension host's thread: ${why}.`);
  return inTurnsChannel(listener);
}

async function blobUrlOf(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
}

/** A channel that holds the requests posted before `started` gives the real one, then hands them on. */
function whenStarted(started: Promise<AnalysisChannel>): AnalysisChannel {
  let channel: AnalysisChannel | undefined;
  let stopped = false;
  const waiting: WorkerRequest[] = [];
  void started.then((ready) => {
    if (stopped) return ready.terminate();
    channel = ready;
    for (const request of waiting.splice(0)) ready.post(request);
  });
  return {
    post: (request) => (channel ? channel.post(request) : void waiting.push(request)),
    terminate: () => {
      stopped = true;
      channel?.terminate();
    },
  };
}

const inTurnsChannel: StartChannel = (listener) => {
  let stopped = false;
  const handle = requestHandler(
    (message) => {
      if (!stopped) listener.message(message);
    },
    (turn) => setTimeout(turn, 0),
  );
  return {
    post: (request) => setTimeout(() => !stopped && handle(request), 0),
    terminate: () => {
      stopped = true;
    },
  };
};
