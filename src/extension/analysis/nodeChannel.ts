import { Worker } from 'node:worker_threads';
import type { StartChannel } from './channel';

/** Runs the analysis in a worker thread started from the bundle at `workerPath`. */
export function workerThreadChannel(workerPath: string): StartChannel {
  return (listener) => {
    const worker = new Worker(workerPath);
    worker.on('message', (message) => listener.message(message));
    worker.on('error', (error) => listener.error(error));
    return { post: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
  };
}
