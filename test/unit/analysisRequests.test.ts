// The analysis worker's queue: a request not started yet is superseded by a newer one for the same document.
import * as assert from 'node:assert/strict';
import type { AnalyzeRequest, ResponseMessage } from '../../src/extension/analysis/protocol';
import { requestHandler } from '../../src/extension/analysis/requests';

const TEXT = '---\ntype: postmortem\n---\n# Outage\n\n## Summary\n\nCheckout failed.\n';

function request(id: number, options: Partial<AnalyzeRequest> = {}): AnalyzeRequest {
  return {
    id,
    uri: 'file:///work/postmortems/outage.md',
    text: TEXT,
    path: 'postmortems/outage.md',
    configText: undefined,
    extraDocumentGlobs: [],
    ...options,
  };
}

/** Sends the requests at once, then runs the queued turns; the answers by request id: analyzed or superseded. */
function answers(requests: readonly AnalyzeRequest[]): Record<number, string> {
  const turns: (() => void)[] = [];
  const answered: Record<number, string> = {};
  const handle = requestHandler(
    (message: ResponseMessage) => {
      const head = JSON.parse(message.head) as { id: number; superseded?: boolean };
      answered[head.id] = head.superseded ? 'superseded' : 'analyzed';
    },
    (turn) => turns.push(turn),
  );
  for (const each of requests) handle(each);
  while (turns.length > 0) turns.shift()!();
  return answered;
}

describe('the analysis worker: superseded requests', () => {
  it('a newer version of a document supersedes an older one that has not started', () => {
    assert.deepEqual(answers([request(1), request(2)]), { 1: 'superseded', 2: 'analyzed' });
  });

  it("the open document's request wins over a file read for the index at its path, whichever came first", () => {
    assert.deepEqual(answers([request(1), request(2, { transient: true })]), { 1: 'analyzed', 2: 'superseded' });
    assert.deepEqual(answers([request(1, { transient: true }), request(2)]), { 1: 'superseded', 2: 'analyzed' });
  });
});
