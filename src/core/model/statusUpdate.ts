// A heading that heads one status update with its time ("## Update (2013-08-06 9:33 UTC)", "### Resolved - 14:22",
// "#### 11:28 UTC"): read by the sections, for which a run of them is a timeline, and by the timeline, for which
// each is an entry.
import { STATUS_UPDATE_WORDS } from '../vocabulary/statusUpdates';
import { type Timestamp, timestampAt } from './time';

const STATUS_WORD = new RegExp(`^\\s*(?:${STATUS_UPDATE_WORDS.words.join('|')})\\b\\s*[:\u2013\u2014-]?\\s*`, 'i');

/**
 * The time of day a status update's heading gives after its status word, or as the whole heading (`#### 11:28 UTC`, a
 * status page's update copied with its time alone), or undefined.
 */
export function statusUpdateTime(title: string): Timestamp | undefined {
  const word = STATUS_WORD.exec(title);
  const timestamp = timestampAt(title, word ? word[0].length : 0);
  if (!timestamp?.time) return undefined;
  return word || title.slice(timestamp.end).trim() === '' ? timestamp : undefined;
}
