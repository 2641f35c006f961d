import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { closestMatch } from '../../src/core/util/closest';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { findConfigPath, parentFolder } from '../../src/core/config/findConfigPath';
import { parseConfig, type ConfigProblem } from '../../src/core/config/parseConfig';

/** The problem whose range starts on a 1-based line, with its 1-based column. */
function at(problems: readonly ConfigProblem[], line: number): { message: string; column: number; severity: string } {
  const problem = problems.find((candidate) => candidate.range.start.line === line - 1);
  assert.ok(problem, `no problem on line ${line}: ${JSON.stringify(problems.map((p) => p.message))}`);
  return { message: problem.message, column: problem.range.start.character + 1, severity: problem.severity };
}

describe('parseConfig', () => {
  it('gives the defaults for an empty file or one with only comments', () => {
    for (const text of ['', '# nothing yet\n', '\n\n']) {
      const { config, problems } = parseConfig(text);
      assert.deepEqual(config, DEFAULT_CONFIG);
      assert.deepEqual(problems, []);
    }
  });

  it('reads every key of a valid file, in kebab-case', () => {
    const { config, problems } = parseConfig(
      [
        'required-sections: [summary, timeline, action-items]',
        'rules:',
        '  blameful-language: warning',
        '  action-item-due: off',
        'severity-scale: [P0, P1, P2]',
        'status-values: [open, done]',
        'phrases:',
        '  flag: ["went rogue"]',
        '  allow: [simply]',
        'owners: ["@alice", "@bob"]',
        'systems: [deploybot, Atlas]',
        'owner-aliases:',
        '  alice: "@alice-smith"',
        'teams:',
        '  payments: ["@alice", Bob Jones]',
        'documents:',
        '  include: ["rca/**/*.md"]',
        'section-names:',
        '  Blast radius: impact',
        'timezone: Europe/Berlin',
        'templates-folder: docs/templates',
        'postmortems-folder: docs/rca',
        'new-issue-url: ' +
          '"https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=10002&' +
          'summary={title}&description={body}"',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      requiredSections: ['summary', 'timeline', 'action-items'],
      rules: { 'blameful-language': 'warning', 'action-item-due': 'off' },
      severityScale: ['P0', 'P1', 'P2'],
      statusValues: ['open', 'done'],
      phrases: { flag: ['went rogue'], allow: ['simply'] },
      owners: ['@alice', '@bob'],
      systems: ['deploybot', 'Atlas'],
      ownerAliases: { alice: '@alice-smith' },
      teams: { payments: ['@alice', 'Bob Jones'] },
      documents: { include: ['rca/**/*.md'], exclude: DEFAULT_CONFIG.documents.exclude },
      sectionNames: { 'Blast radius': 'impact' },
      timezone: 'Europe/Berlin',
      templatesFolder: 'docs/templates',
      postmortemsFolder: 'docs/rca',
      newIssueUrl:
        'https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype=10002&' +
        'summary={title}&description={body}',
    });
  });

  it('forgives case and spacing in section kinds', () => {
    assert.deepEqual(parseConfig('required-sections: [Root Cause, action items]').config.requiredSections, [
      'root-cause',
      'action-items',
    ]);
  });

  it('warns about an unknown key at its position, with a suggestion, and keeps the rest', () => {
    const { config, problems } = parseConfig(
      'timezone: UTC\nrequired-section: [summary]\nrequiredSections: [impact]\nfoo: 1\n',
    );
    assert.equal(config.timezone, 'UTC');
    assert.deepEqual(config.requiredSections, DEFAULT_CONFIG.requiredSections);
    assert.deepEqual(at(problems, 2), {
      message: 'Unknown key "required-section". Did you mean "required-sections"?',
      column: 1,
      severity: 'warning',
    });
    assert.match(at(problems, 3).message, /Did you mean "required-sections"\?/);
    assert.equal(at(problems, 4).message, 'Unknown key "foo".');
  });

  it('reports a value of the wrong type as an error and keeps the default', () => {
    const { config, problems } = parseConfig(
      'required-sections: summary\nowners: {a: b}\ntimezone: [UTC]\nphrases: [x]\n',
    );
    assert.deepEqual(config.requiredSections, DEFAULT_CONFIG.requiredSections);
    assert.deepEqual(config.owners, []);
    assert.equal(config.timezone, undefined);
    assert.deepEqual(config.phrases, DEFAULT_CONFIG.phrases);
    assert.deepEqual(at(problems, 1), { message: '"required-sections" must be a list', column: 20, severity: 'error' });
    assert.deepEqual(at(problems, 2), { message: '"owners" must be a list', column: 9, severity: 'error' });
    assert.equal(at(problems, 3).message, '"timezone" must be text');
    assert.equal(at(problems, 4).message, '"phrases" must be a mapping of keys to values');
  });

  it('leaves out invalid list items, each reported where it is', () => {
    const { config, problems } = parseConfig('required-sections:\n  - summary\n  - impct\n  - {x: 1}\n');
    assert.deepEqual(config.requiredSections, ['summary']);
    assert.deepEqual(at(problems, 3), {
      message:
        '"required-sections[1]": "impct" is not a section kind; expected one of summary, impact, ' +
        'timeline, root-cause, trigger, detection, resolution, lessons, action-items, supporting, ' +
        'other. Did you mean "impact"?',
      column: 5,
      severity: 'error',
    });
    assert.equal(at(problems, 4).severity, 'error');
  });

  it('checks rule ids and severities', () => {
    const { config, problems } = parseConfig(
      'rules:\n  blame-language: off\n  blameful-language: warn\n  front-matter: info\n  timeline-order: 2\n',
    );
    assert.deepEqual(config.rules, { 'front-matter': 'info' });
    assert.deepEqual(at(problems, 2), {
      message: 'Unknown rule "blame-language" in "rules". Did you mean "blameful-language"?',
      column: 3,
      severity: 'warning',
    });
    assert.deepEqual(at(problems, 3), {
      message:
        '"rules.blameful-language": "warn" is not a rule severity; expected one of error, warning, ' +
        'info, off. Did you mean "warning"?',
      column: 22,
      severity: 'error',
    });
    assert.equal(at(problems, 5).severity, 'error');
  });

  it(
    'rejects an empty severity scale, a folder outside the repository and an unknown section ' +
      'kind for a heading name',
    () => {
      const { config, problems } = parseConfig(
        'severity-scale: []\ntemplates-folder: ../shared\npostmortems-folder: ' +
          '/abs\nsection-names:\n  Blast radius: blast\n',
      );
      assert.deepEqual(config.severityScale, DEFAULT_CONFIG.severityScale);
      assert.equal(config.templatesFolder, DEFAULT_CONFIG.templatesFolder);
      assert.equal(config.postmortemsFolder, DEFAULT_CONFIG.postmortemsFolder);
      assert.deepEqual(config.sectionNames, {});
      assert.equal(at(problems, 1).message, '"severity-scale" must list at least one value');
      assert.match(at(problems, 2).message, /relative to the configuration file/);
      assert.match(at(problems, 3).message, /relative to the configuration file/);
      assert.match(at(problems, 5).message, /"blast" is not a section kind/);
    },
  );

  it('accepts the zones a timeline may name and rejects others', () => {
    for (const zone of ['UTC', 'PST', 'UTC-7', '+02:00', 'Europe/Berlin'])
      assert.equal(parseConfig(`timezone: ${zone}`).config.timezone, zone);
    const { config, problems } = parseConfig('timezone: Mars/Olympus');
    assert.equal(config.timezone, undefined);
    assert.match(at(problems, 1).message, /"timezone": "Mars\/Olympus" is not a time zone/);
  });

  it('treats an empty value as not set', () => {
    const { config, problems } = parseConfig('timezone:\nrules:\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, DEFAULT_CONFIG);
  });

  it('reports invalid YAML at its position and gives the defaults', () => {
    const { config, problems } = parseConfig('required-sections: [summary\ntimezone: UTC\n');
    assert.deepEqual(config, DEFAULT_CONFIG);
    assert.ok(problems.length > 0);
    assert.ok(
      problems.every((problem) => problem.severity === 'error' && problem.message.startsWith('Invalid YAML: ')),
    );
    const duplicate = parseConfig('timezone: UTC\ntimezone: CET\n');
    assert.deepEqual(duplicate.config, DEFAULT_CONFIG);
    assert.equal(at(duplicate.problems, 2).message, 'Invalid YAML: "timezone" is written twice; keep one');
  });

  it('places a YAML error on the line to change, one problem for one mistake', () => {
    const unclosed = parseConfig('rules:\n  blameful-language: warning\nseverity-scale: [SEV1, SEV2\nowners: [a]\n');
    assert.deepEqual(unclosed.problems.length, 1);
    assert.deepEqual(at(unclosed.problems, 3), {
      message: 'Invalid YAML: a list opened with "[" is not closed with "]" on its line',
      column: 17,
      severity: 'error',
    });
    const map = parseConfig('owner-aliases: {ana: Ana Lima\nowners: [a]\n');
    assert.equal(
      at(map.problems, 1).message,
      'Invalid YAML: a mapping opened with "{" is not closed with "}" on its line',
    );
    const deeper = parseConfig('rules:\n  blameful-language: warning\n   timeline-order: off\n');
    assert.deepEqual(deeper.problems.length, 1);
    assert.deepEqual(at(deeper.problems, 3), {
      message:
        'Invalid YAML: a line is indented deeper than the key above it, which YAML reads as going on its value; ' +
        'indent it as its neighbours: timeline-order: off',
      column: 4,
      severity: 'error',
    });
    const nested = parseConfig('phrases:\n  flag:\n    - root cause was\n      - human error\n');
    assert.ok(
      nested.problems.every((problem) => problem.range.start.line !== 2),
      'a list item is no key: value line',
    );
  });

  it('rejects a file that is not a mapping', () => {
    const { config, problems } = parseConfig('- summary\n- impact\n');
    assert.deepEqual(config, DEFAULT_CONFIG);
    assert.deepEqual(at(problems, 1), {
      message: 'The configuration must be a mapping of keys to values',
      column: 1,
      severity: 'error',
    });
  });

  it('follows aliases and reports unknown ones', () => {
    const { config, problems } = parseConfig('owners: &people ["@a"]\nphrases:\n  flag: *people\n  allow: *nobody\n');
    assert.deepEqual(config.phrases.flag, ['@a']);
    assert.match(at(problems, 4).message, /Unknown alias/);
  });

  it('counts positions after a byte order mark and in CRLF files', () => {
    const { problems } = parseConfig('\uFEFFtimezone: UTC\r\nfoo: 1\r\n');
    assert.deepEqual(at(problems, 2), { message: 'Unknown key "foo".', column: 1, severity: 'warning' });
  });

  it('never throws, and every range lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), yamlish()), (text) => {
        const { config, problems } = parseConfig(text);
        assert.ok(config);
        for (const problem of problems) {
          assert.ok(
            problem.range.start.offset >= 0 && problem.range.end.offset <= text.length,
            JSON.stringify(problem),
          );
          assert.ok(problem.range.start.offset <= problem.range.end.offset);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Text made of configuration-like lines, to reach past the YAML parser into validation. */
function yamlish(): fc.Arbitrary<string> {
  const key = fc.constantFrom(
    'required-sections',
    'rules',
    'phrases',
    'documents',
    'timezone',
    'owners',
    'section-names',
    'x',
    '- a',
    '  flag',
    '  blameful-language',
  );
  const value = fc.constantFrom(
    '',
    ' [a, b]',
    ' {a: 1}',
    ' off',
    ' &x [1]',
    ' *x',
    ' "q',
    ' 3',
    ' null',
    ' [summary, impact]',
  );
  return fc
    .array(
      fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
      { maxLength: 8 },
    )
    .map((lines) => lines.join('\n'));
}

describe('findConfigPath', () => {
  const existing =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('finds the nearest configuration walking up', () => {
    const exists = existing('/repo/.postmortem.yaml', '/repo/team/.postmortem.yml');
    assert.equal(findConfigPath('/repo/team/postmortems/2025', exists), '/repo/team/.postmortem.yml');
    assert.equal(findConfigPath('/repo/other', exists), '/repo/.postmortem.yaml');
    assert.equal(findConfigPath('/elsewhere/x', exists), undefined);
  });

  it('prefers .yaml over .yml in one folder, and reaches the root', () => {
    assert.equal(findConfigPath('/a', existing('/a/.postmortem.yml', '/a/.postmortem.yaml')), '/a/.postmortem.yaml');
    assert.equal(findConfigPath('/a/b', existing('/.postmortem.yaml')), '/.postmortem.yaml');
  });

  it('handles Windows paths', () => {
    assert.equal(
      findConfigPath('C:\\repo\\incidents', existing('C:\\repo\\.postmortem.yaml')),
      'C:\\repo\\.postmortem.yaml',
    );
    assert.equal(findConfigPath('C:\\repo', existing('C:\\.postmortem.yaml')), 'C:\\.postmortem.yaml');
  });

  it('stops at the given folder', () => {
    assert.equal(findConfigPath('/repo/a/b', existing('/.postmortem.yaml'), '/repo'), undefined);
    assert.equal(findConfigPath('/repo/a/b', existing('/repo/.postmortem.yaml'), '/repo/'), '/repo/.postmortem.yaml');
  });

  it('treats an exists function that throws as false', () => {
    assert.equal(
      findConfigPath('/a', () => {
        throw new Error('EACCES');
      }),
      undefined,
    );
  });

  it('computes parent folders', () => {
    assert.equal(parentFolder('/a/b'), '/a');
    assert.equal(parentFolder('/a/b/'), '/a');
    assert.equal(parentFolder('/a'), '/');
    assert.equal(parentFolder('/'), undefined);
    assert.equal(parentFolder('C:\\a'), 'C:\\');
    assert.equal(parentFolder('C:\\'), undefined);
    assert.equal(parentFolder('a/b'), 'a');
    assert.equal(parentFolder('a'), '.');
    assert.equal(parentFolder('.'), undefined);
  });
});

describe('closestMatch', () => {
  it('suggests only obvious candidates', () => {
    assert.equal(closestMatch('sev-2', ['SEV1', 'SEV2']), 'SEV2');
    assert.equal(closestMatch('2', ['SEV1', 'SEV2']), 'SEV2');
    assert.equal(closestMatch('in review', ['draft', 'in-review']), 'in-review');
    assert.equal(closestMatch('publsihed', ['published', 'closed']), 'published');
    assert.equal(closestMatch('warn', ['error', 'warning', 'info', 'off']), 'warning');
    assert.equal(closestMatch('sev', ['SEV1', 'SEV2']), undefined);
    assert.equal(closestMatch('banana', ['draft', 'closed']), undefined);
    assert.equal(closestMatch('', ['a']), undefined);
  });
});
