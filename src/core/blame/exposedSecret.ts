// A secret a person exposed (`The engineer committed the AWS keys to a public repo`, `Bob leaked the signing key`):
// the person named as the one who leaked it, where a finding would say what let the secret get there.
import { namesPeople, subjectBefore } from '../language/subject';
import { isPassive, isWord, isWordIn, NOUN_PHRASE_TAGS, type Token, wordWithin } from '../language/tokens';
import { deniedInClause } from '../language/denial';
import { wordsOf } from '../language/vocabulary/entry';
import { HYPOTHETICAL } from '../language/vocabulary/grammar';
import type { DetectionDraft, Detector, Sentence } from './sentence';
import { tokenSpan } from './sentence';
import { SECRET_EXPOSING, SECRET_SHARING, SECRETS, SHARED_PLACES } from './words/secrets';

const SECRET_WORDS = wordsOf(SECRETS);
const SHARING = wordsOf(SECRET_SHARING);
const EXPOSING = wordsOf(SECRET_EXPOSING);
const PLACES = wordsOf(SHARED_PLACES);
/** How far before the secret its verb may stand: `pasted the customer's API token`. */
const OBJECT_REACH = 4;
/** How many words after the secret may hold the place: `into a public channel`, `to the team's Slack`. */
const PLACE_REACH = 6;
/** Words between the verb and the secret: its noun phrase's, a possessive pronoun too (`our token`). */
const OBJECT_TAGS = new Set([...NOUN_PHRASE_TAGS, 'PRON']);

/** The verb that puts or exposes the secret at `secret`, before it in its noun phrase's reach; -1 when none. */
function actOn(tokens: readonly Token[], secret: number): number {
  for (let i = secret - 1; i >= 0 && secret - i <= OBJECT_REACH; i--) {
    const token = tokens[i]!;
    const acts = SHARING.has(token.lemma) || EXPOSING.has(token.lemma);
    if (acts || token.pos === 'VERB') return acts ? i : -1;
    if (!isWord(token) || !OBJECT_TAGS.has(token.pos)) return -1;
  }
  return -1;
}

function detectExposedSecrets(sentence: Sentence): DetectionDraft[] {
  const { tokens } = sentence;
  if (sentence.asks || sentence.general) return [];
  for (let i = 0; i < tokens.length; i++) {
    // Not `the password change`, `a token refresh`: the secret must head its phrase.
    if (!isWordIn(tokens[i], SECRET_WORDS) || tokens[i + 1]?.pos === 'NOUN') continue;
    const verb = actOn(tokens, i);
    // `attempting to leak our token`, `asked him to post the key`: an infinitive tells what was tried or asked.
    if (verb < 0 || tokens[verb - 1]?.lower === 'to' || isPassive(tokens, verb) || deniedInClause(tokens, verb))
      continue;
    if (!EXPOSING.has(tokens[verb]!.lemma) && !wordWithin(tokens, i + 1, PLACE_REACH, PLACES)) continue;
    const subject = subjectBefore(tokens, verb);
    if (!namesPeople(tokens, subject) || isWordIn(tokens[subject.first - 1], HYPOTHETICAL)) continue;
    return [{ ...tokenSpan(tokens, subject.first, i), kind: 'person-mistake', namesPerson: true }];
  }
  return [];
}

/** The secret's noun is needed, and a person to have exposed it. */
export const exposedSecretDetector: Detector = { find: detectExposedSecrets, needs: [], needsWithPerson: SECRET_WORDS };
