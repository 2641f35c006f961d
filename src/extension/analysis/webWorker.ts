// The analysis web worker of the browser extension.
import type { WorkerRequest } from './protocol';
import { requestHandler } from './requests';

const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
};
const handle = requestHandler(
  (message) => scope.postMessage(message),
  (turn) => setTimeout(turn, 0),
);
scope.onmessage = (event) => handle(event.data);
