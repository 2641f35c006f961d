// Secrets a person exposed: `committed the AWS keys to a public repo`, `pasted the customer's token into a public
// channel`. Each entry's sentences run as tests.
import type { VocabularyEntry } from '../../language/vocabulary/entry';

/** What must stay secret: the object of an act that shares it. */
export const SECRETS: readonly VocabularyEntry[] = [
  {
    words:
      'token tokens key keys credential credentials password passwords passphrase secret secrets ' +
      'api-key api-keys certificate-key',
    note:
      'Credentials and keys: a person who puts one where others can read it is named as the one who leaked it, ' +
      'where a finding would say what let a secret be pasted, committed or posted there (no secret scanning, no ' +
      'vault, a channel that looked private). A program that does it ("The CI job printed the token in the build ' +
      'log") is a finding about the program.',
    flags: [
      'The engineer committed the AWS keys to a public repo.',
      "The support engineer had pasted the customer's token into a public channel.",
      'My colleague copy-pasted the prod credentials into the team wiki.',
    ],
    passes: [
      'The CI job printed the token in the build log.',
      'The engineer rotated the keys after the leak.',
      'Alice stored the new token in the vault.',
    ],
  },
];

/** Acts (lemmas) that put a secret somewhere: with a place after it that others read. */
export const SECRET_SHARING: readonly VocabularyEntry[] = [
  {
    words: 'commit push post paste copy-paste copy upload publish share send put include check hardcode hard-code',
    note:
      'Putting a secret somewhere: blame only with a place others read after it (see `SHARED_PLACES`); "posted ' +
      'the token in the vault" is where it belongs.',
    flags: ['The intern posted the API token in a public Slack channel.'],
    passes: ['The intern posted the API token in the vault.'],
  },
];

/** Acts (lemmas) that expose a secret by themselves, with no place after them. */
export const SECRET_EXPOSING: readonly VocabularyEntry[] = [
  {
    words: 'leak expose disclose reveal',
    note: 'Leaking or exposing a secret tells where it went without a place: "Bob leaked the signing key".',
    flags: ['Bob leaked the signing key.'],
    passes: [
      'The misconfigured bucket exposed the signing key.',
      'Looking at the commits, they were attempting to leak our code cov token, but it does not work anymore.',
    ],
  },
];

/** Where a secret put is read by others: `a public repo`, `the team channel`, `the staging env file`. */
export const SHARED_PLACES: readonly VocabularyEntry[] = [
  {
    words:
      'public channel channels repo repos repository repositories github gitlab gist pastebin slack chat forum ' +
      'issue issues ticket tickets thread threads wiki log logs screenshot email emails',
    note:
      'Places others read: a secret put there is exposed. Not an environment file or a deploy target, where a ' +
      'rotated secret goes as part of the work ("We pushed the new token to the staging env").',
    flags: ['He pushed the password to GitHub.'],
    passes: ['He pushed the password change to the identity service.', 'We pushed the new token to the staging env.'],
  },
];
