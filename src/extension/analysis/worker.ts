// The analysis worker: parses and lints documents off the extension host's event loop, keeping a
// parse cache per document so that an edit re-parses only the blocks it touched.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../core/analysis';
import { DEFAULT_CONFIG } from '../../core/config/defaults';
import { parseConfig, type ParsedConfig } from '../../core/config/parseConfig';
import { sectionInsertion } from '../../core/edits/insertSection';
import { MarkdownCache } from '../../core/model/markdown';
import { parsePostmortem } from '../../core/model/parse';
import { toMessage, type AnalyzeRequest, type AnalyzeResponse, type WorkerRequest } from './protocol';

const MAX_CACHED_DOCUMENTS = 64;
const caches = new Map<string, MarkdownCache>();
let lastConfig: { text: string; parsed: ParsedConfig } | undefined;

function cacheFor(uri: string): MarkdownCache {
  let cache = caches.get(uri);
  if (cache) caches.delete(uri);
  else cache = new MarkdownCache();
  caches.set(uri, cache);
  if (caches.size > MAX_CACHED_DOCUMENTS) caches.delete(caches.keys().next().value!);
  return cache;
}

function configFrom(text: string | undefined): ParsedConfig {
  if (text === undefined) return { config: DEFAULT_CONFIG, problems: [] };
  if (lastConfig?.text !== text) lastConfig = { text, parsed: parseConfig(text) };
  return lastConfig.parsed;
}

function respond(response: AnalyzeResponse): void {
  parentPort?.postMessage(toMessage(response));
}

function analyzeRequest(request: AnalyzeRequest): AnalyzeResponse {
  const started = performance.now();
  try {
    const { config, problems } = configFrom(request.configText);
    const documents = { ...config.documents, include: [...config.documents.include, ...request.extraDocumentGlobs] };
    const cache = request.transient ? undefined : cacheFor(request.uri);
    const analysis = analyze(request.text, { config: { ...config, documents }, path: request.path, cache });
    const configSummary = { owners: config.owners, statusValues: config.statusValues, severityScale: config.severityScale };
    const insertion = request.insertSection && sectionInsertion(parsePostmortem(request.text, { config, cache }), request.insertSection).edit;
    return { id: request.id, analysis, configProblems: problems, config: configSummary, elapsedMs: performance.now() - started, ...(insertion && { sectionInsertion: insertion }) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Requests not started yet; a newer one for the same document supersedes an older one. */
const queue: AnalyzeRequest[] = [];
let draining = false;

function drain(): void {
  const request = queue.shift();
  if (!request) {
    draining = false;
    return;
  }
  respond(analyzeRequest(request));
  setImmediate(drain);
}

parentPort?.on('message', (request: WorkerRequest) => {
  if ('forget' in request) {
    caches.delete(request.forget);
    return;
  }
  // An edit request (insertSection) neither supersedes nor is superseded: it is answered for its own text.
  const older = request.insertSection ? -1 : queue.findIndex((queued) => queued.uri === request.uri && !queued.insertSection);
  if (older >= 0) respond({ id: queue.splice(older, 1)[0]!.id, superseded: true });
  queue.push(request);
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
});
