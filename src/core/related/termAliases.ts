// Short forms that engineers write for the same thing as the long form: read as the long form when
// causes are compared, so that "the config dropped the max connections" meets "the configuration
// lowered the maximum pool size". Data, one entry per thing; every entry's example runs as a test
// (test/unit/related.test.ts): the example's terms are the entry's term.

export interface TermAliasEntry {
  /** The lemma the short forms are read as, in lower case. */
  readonly term: string;
  /** The short forms' lemmas, separated by spaces, in lower case. */
  readonly aliases: string;
  /** Why these words name the same thing. */
  readonly note: string;
  /** A phrase whose terms are `term` alone, written with a short form. */
  readonly example: string;
}

export const TERM_ALIASES: readonly TermAliasEntry[] = [
  {
    term: 'configuration',
    aliases: 'config cfg conf',
    note: 'The settings a service reads; every team shortens the word.',
    example: 'the config',
  },
  {
    term: 'maximum',
    aliases: 'max',
    note: 'An upper limit, as in `max_connections` or "max pool size".',
    example: 'the max',
  },
  {
    term: 'database',
    aliases: 'db',
    note: 'A database, as in "the DB primary" or "db.pool".',
    example: 'the db',
  },
  {
    term: 'certificate',
    aliases: 'cert',
    note: 'A TLS certificate, as in "the cert expired".',
    example: 'the cert',
  },
  {
    term: 'connection',
    aliases: 'conn',
    note: 'A network or database connection, as in "conn pool".',
    example: 'the conn',
  },
  {
    term: 'environment',
    aliases: 'env',
    note: 'A deployment environment or its variables, as in "env var".',
    example: 'the env',
  },
  {
    term: 'production',
    aliases: 'prod',
    note: 'The production environment.',
    example: 'in prod',
  },
  {
    term: 'kubernetes',
    aliases: 'k8s kube',
    note: 'The container orchestrator, by its numeronym or nickname.',
    example: 'the k8s',
  },
  {
    term: 'dependency',
    aliases: 'dep',
    note: 'A library or service depended on, as in "a dep upgrade".',
    example: 'a dep',
  },
];

/** Each short form's long form. */
export const TERM_ALIAS_MAP: ReadonlyMap<string, string> = new Map(
  TERM_ALIASES.flatMap((entry) => entry.aliases.split(/\s+/).map((alias) => [alias, entry.term] as const)),
);
