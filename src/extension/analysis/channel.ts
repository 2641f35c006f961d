// What carries requests to the analysis and its answers back: a worker thread on the desktop, a
// web worker (or, where none can start, the extension host's own thread in turns) on the web.
import type { ResponseMessage, WorkerRequest } from './protocol';

export interface AnalysisChannel {
  post(request: WorkerRequest): void;
  terminate(): void;
}

export interface ChannelListener {
  message(message: ResponseMessage): void;
  /** The channel broke; requests in flight are lost. */
  error(error: Error): void;
  /** Where the analysis runs, for the log. */
  note?(message: string): void;
}

export type StartChannel = (listener: ChannelListener) => AnalysisChannel;
