// What the analysis worker does with each request, whatever carries the messages: parses and
// lints documents, keeping a parse cache per document so that an edit re-parses only the blocks
// it touched, and builds the edits the editor asks for. Keeps the index of the workspace's causes
// for related postmortems, which the host fills as its workspace index reads files.
import {
  analyze,
  CauseIndex,
  checkedTimelineEdits,
  DEFAULT_CONFIG,
  KnownPostmortems,
  MarkdownCache,
  parseConfig,
  parsePostmortem,
  relatedEntryInsertion,
  relatedEntryReplacement,
  sectionInsertion,
  type ParsedConfig,
  type PostmortemConfig,
  type PostmortemDocument,
  errorMessage,
} from '../../core';
import {
  toMessage,
  type AnalyzeRequest,
  type AnalyzeResponse,
  type EditRequest,
  type EditResult,
  type ResponseMessage,
  type RelatedRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

const MAX_CACHED_DOCUMENTS = 64;
const caches = new Map<string, MarkdownCache>();
let lastConfig: { text: string; parsed: ParsedConfig } | undefined;
const causes = new CauseIndex();
/** The workspace's postmortems, by key (URI), for `related-not-found`. */
const known = new KnownPostmortems();
let workspaceIndexed = false;

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

function analyzeRequest(request: AnalyzeRequest): AnalyzeResponse {
  const started = performance.now();
  try {
    const { config, problems } = configFrom(request.configText);
    const documents = { ...config.documents, include: [...config.documents.include, ...request.extraDocumentGlobs] };
    const cache = request.transient ? undefined : cacheFor(request.uri);
    // An edit request's text is parsed once, for its analysis and its edits.
    const document = request.edit && parsePostmortem(request.text, { config, cache });
    // What `related:` entries may name, once the workspace index has told of every postmortem.
    const workspace = workspaceIndexed ? known.forDocument(request.uri, request.workspaceFolder) : undefined;
    const analysis = analyze(request.text, {
      config: { ...config, documents },
      path: request.path,
      cache,
      ...(document && { document }),
      ...(workspace && { workspace }),
    });
    const {
      owners,
      ownerAliases,
      statusValues,
      severityScale,
      timezone,
      templatesFolder,
      postmortemsFolder,
      newIssueUrl,
    } = config;
    const configSummary = {
      owners,
      ownerAliases,
      statusValues,
      severityScale,
      timezone,
      templatesFolder,
      postmortemsFolder,
      newIssueUrl,
    };
    const edit = request.edit && document && editsOf(document, request.edit, config, cache);
    return {
      id: request.id,
      analysis,
      configProblems: problems,
      config: configSummary,
      elapsedMs: performance.now() - started,
      ...(edit && { edit }),
    };
  } catch (error) {
    return { id: request.id, error: errorMessage(error) };
  }
}

function relatedRequest(request: RelatedRequest): WorkerResponse {
  const started = performance.now();
  const related = causes.related(request.related, request.limit);
  return { id: request.id, related, elapsedMs: performance.now() - started };
}

function editsOf(
  document: PostmortemDocument,
  request: EditRequest,
  config: PostmortemConfig,
  cache: MarkdownCache | undefined,
): EditResult {
  if ('insertSection' in request) return { edits: [sectionInsertion(document, request.insertSection).edit] };
  if ('replaceRelated' in request) return relatedEntryReplacement(document, request.replaceRelated);
  if ('addRelated' in request) {
    const edit = relatedEntryInsertion(document, request.addRelated);
    return edit === undefined ? { edits: [] } : 'refused' in edit ? edit : { edits: [edit] };
  }
  // The check parses the edited text with the document's cache, which the next version's analysis then finds warm.
  return checkedTimelineEdits(document, request.timeline, request.now, (edited) =>
    parsePostmortem(edited, { config, cache }),
  );
}

/**
 * A handler of requests that answers one request a turn through `respond`, `schedule` giving the
 * turns; a request not started yet is superseded by a newer one for the same document.
 */
export function requestHandler(
  respond: (message: ResponseMessage) => void,
  schedule: (turn: () => void) => void,
): (request: WorkerRequest) => void {
  const queue: AnalyzeRequest[] = [];
  let draining = false;
  const drain = (): void => {
    const request = queue.shift();
    if (!request) {
      draining = false;
      return;
    }
    respond(toMessage(analyzeRequest(request)));
    schedule(drain);
  };
  return (request) => {
    if ('forget' in request) {
      caches.delete(request.forget);
      return;
    }
    if ('indexCauses' in request) {
      if (request.profile) {
        causes.add(request.profile);
        known.set(request.indexCauses, request.profile.id);
      } else {
        causes.remove(request.indexCauses);
        known.delete(request.indexCauses);
      }
      return;
    }
    if ('workspaceIndexed' in request) {
      workspaceIndexed = true;
      return;
    }
    // Answered at once: the index is in memory, and a question about it is short.
    if ('related' in request) return respond(toMessage(relatedRequest(request)));
    // An edit request neither supersedes nor is superseded: it is answered for its own text. Otherwise one request
    // per path waits, and the open document's wins: a file read for the workspace index that comes after it is
    // itself superseded (a document opened just as its file was written would otherwise never be analyzed), and
    // the index has the open document's answer.
    const older = request.edit ? -1 : queue.findIndex((queued) => queued.uri === request.uri && !queued.edit);
    if (older >= 0 && request.transient && !queue[older]!.transient)
      return respond(toMessage({ id: request.id, superseded: true }));
    if (older >= 0) respond(toMessage({ id: queue.splice(older, 1)[0]!.id, superseded: true }));
    queue.push(request);
    if (!draining) {
      draining = true;
      schedule(drain);
    }
  };
}
