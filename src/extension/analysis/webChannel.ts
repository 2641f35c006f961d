import type { StartChannel } from './channel';
import type { ResponseMessage } from './protocol';
import { requestHandler } from './requests';

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
 */
export function webWorkerChannel(workerUrl: string): StartChannel {
  return (listener) => {
    if (!WebWorkerConstructor) return inTurnsChannel(listener);
    try {
      const worker = new WebWorkerConstructor(workerUrl);
      worker.onmessage = (event) => listener.message(event.data);
      worker.onerror = (event) => listener.error(new Error(event.message));
      return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
    } catch {
      return inTurnsChannel(listener);
    }
  };
}

export const inTurnsChannel: StartChannel = (listener) => {
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
