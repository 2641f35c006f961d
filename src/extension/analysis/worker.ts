// The analysis worker: parses and lints documents off the extension host's event loop, keeping a
// parse cache per document so that an edit re-parses only the blocks it touched.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../core/analysis';
import { DEFAULT_CONFIG } from '../../core/config/defaults';
import { parseConfig, type ParsedConfig } from '../../core/config/parseConfig';
import { MarkdownCache } from '../../core/model/markdown';
import type { AnalyzeResponse, WorkerRequest } from './protocol';

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

parentPort?.on('message', (request: WorkerRequest) => {
  if ('forget' in request) {
    caches.delete(request.forget);
    return;
  }
  let response: AnalyzeResponse;
  try {
    const { config, problems } = configFrom(request.configText);
    const documents = { ...config.documents, include: [...config.documents.include, ...request.extraDocumentGlobs] };
    const analysis = analyze(request.text, { config: { ...config, documents }, path: request.path, cache: cacheFor(request.uri) });
    const configSummary = { owners: config.owners, statusValues: config.statusValues, severityScale: config.severityScale };
    response = { id: request.id, analysis, configProblems: problems, config: configSummary };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
