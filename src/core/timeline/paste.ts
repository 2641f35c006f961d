// Timeline entries from a pasted chat or log excerpt: `[10:32] alice: restarted the primary`,
// `10:32 AM bob: ...`, ISO-stamped log lines, Slack's `alice  10:32 AM` headers over messages.
// Bundled into the webview: it reads times with the model's small scanner and nothing heavier.
import { timestampAt } from '../model/time';
import type { NewEntry } from './protocol';

/** List bullets and quote markers a chat client or a copy from Markdown puts before a line. */
const DECORATION = /^\s*(?:[-*+>•]\s+)*/;
/** Slack's message header: a name, then the time alone at the end of the line. */
const SLACK_HEADER = /^([^\s:[\]][^:[\]]{0,60}?)\s+((?:\d{1,2}):\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\s*$/;

interface Draft {
  time: string;
  description: string;
}

export function parsePasted(text: string): { entries: NewEntry[]; skipped: number } {
  const drafts: Draft[] = [];
  let skipped = 0;
  // Whether the line before was part of the last entry, so that a line without a time continues it.
  let continuing = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(DECORATION, '').trim();
    if (line === '') {
      continuing = false;
      continue;
    }
    const header = SLACK_HEADER.exec(line);
    const stamp = header ? undefined : timestampAt(line);
    if (header) {
      drafts.push({ time: header[2]!, description: `${header[1]!.trim()}:` });
      continuing = true;
    } else if (stamp?.time && !stamp.invalid) {
      drafts.push({ time: line.slice(stamp.start, stamp.end), description: line.slice(stamp.rest).trim() });
      continuing = true;
    } else if (continuing && drafts.length > 0) {
      const last = drafts[drafts.length - 1]!;
      last.description = last.description === '' ? line : `${last.description} ${line}`;
    } else {
      skipped++;
    }
  }
  return {
    entries: drafts.map(({ time, description }) => ({
      time,
      description: description.replace(/:$/, '').replace(/\s+/g, ' ').trim(),
      milestone: null,
    })),
    skipped,
  };
}
