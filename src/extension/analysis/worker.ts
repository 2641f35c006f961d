// The analysis worker thread: answers the extension host's requests off its event loop.
import { parentPort } from 'node:worker_threads';
import { requestHandler } from './requests';

const port = parentPort;
if (port)
  port.on(
    'message',
    requestHandler((message) => port.postMessage(message), setImmediate),
  );
