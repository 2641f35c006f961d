import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { participleLemma, readSentences, readWords } from '../../src/core/language/english';
import { parsePostmortem } from '../../src/core/analysis/parse';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { deniedInClause, deniedInPhrase } from '../../src/core/language/denial';
import { knownNames } from '../../src/core/language/knownNames';
import { lintDocument } from '../../src/core/analysis/lint';
import { classifyWord, mayNamePerson } from '../../src/core/language/people';
import { subjectBefore } from '../../src/core/language/subject';
import { gerundsOf, NO_KNOWN_NAMES, type Token } from '../../src/core/language/tokens';

function sentencesOf(text: string): string[] {
  return readSentences(text, text).map((tokens) => text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
}

function subjectOf(text: string, verb: string): { kind: string; words: string } {
  const tokens = readWords(text);
  const index = tokens.findIndex((token) => token.lower === verb);
  const subject = subjectBefore(tokens, index);
  const words = subject.first < 0 ? '' : text.slice(tokens[subject.first]!.start, tokens[subject.head]!.end);
  return { kind: subject.kind, words };
}

describe('the language layer', () => {
  describe('sentences', () => {
    it('reads a line with no sentence end in pieces, every word kept in order', () => {
      const line = 'the engineer deployed the change and '.repeat(400);
      const pieces = readSentences(line, line);
      assert.ok(pieces.length > 1, 'one piece');
      for (const piece of pieces) assert.ok(piece.length <= 250, `a piece of ${piece.length} tokens`);
      const words = pieces.flat().filter((token) => token.kind === 'word');
      assert.equal(words.length, 2400);
      assert.ok(words.every((token, i) => i === 0 || token.start > words[i - 1]!.start));
      // A real sentence, however long, stays whole.
      const long = `The engineer ${'and the operator '.repeat(20)}deployed the change.`;
      assert.equal(readSentences(long, long).length, 1);
    });

    it('reads a noun with the form of a verb as a noun inside a noun phrase', () => {
      const posOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word)?.pos;
      assert.equal(posOf('Technicians working on a firewall upgrade made mistakes.', 'upgrade'), 'NOUN');
      assert.equal(posOf('A broken build deployed by Maria took the site down.', 'build'), 'NOUN');
      assert.equal(posOf('The engineers restart the service daily.', 'restart'), 'VERB');
      assert.equal(posOf('The operator set the flag to false.', 'set'), 'VERB');
      assert.equal(posOf('An agent emailed a new client’s file in error.', 'file'), 'NOUN');
      assert.equal(posOf('Files were sent to an unknown email address in error.', 'address'), 'NOUN');
      assert.equal(posOf('Even the greatest engineer make mistakes.', 'make'), 'VERB');
    });

    it('reads a word in -ed between an article or a possessive and a noun as modifying it, not as an act', () => {
      const posOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word)?.pos;
      assert.equal(posOf('The load test covers the scorer alone with a mocked feature store.', 'mocked'), 'ADJ');
      assert.equal(posOf('This caused errors.', 'caused'), 'VERB');
      assert.equal(posOf('Maria deployed the fix.', 'deployed'), 'VERB');
    });

    it('reads an English word the model tags as a name inside a title as a common word, but for its first word', () => {
      const posOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word)?.pos;
      assert.equal(posOf('Wins and Losses Calculated Incorrectly: your statistics may be off.', 'losses'), 'NOUN');
      // Not outside a title, nor the word a headline opens with.
      assert.equal(posOf('Mark Forgot To Renew The Certificate', 'mark'), 'PROPN');
      assert.equal(posOf('Then Mark forgot to renew it.', 'mark'), 'PROPN');
      // A capital past ASCII counts as one; a word in lower case past ASCII, not a title's small word, ends the title.
      assert.equal(posOf('Échecs and Losses Calculated Incorrectly: your statistics may be off.', 'losses'), 'NOUN');
      assert.equal(posOf('Wins and Losses évalués Incorrectly: your statistics may be off.', 'losses'), 'PROPN');
    });

    it('writes the -ing forms a verb may take', () => {
      assert.deepEqual(gerundsOf('test'), ['testing']);
      assert.deepEqual(gerundsOf('complete'), ['completeing', 'completing']);
      assert.deepEqual(gerundsOf('run'), ['runing', 'running']);
      assert.deepEqual(gerundsOf('see'), ['seeing']);
    });

    it("reads a past tense after a role as the role's verb, not as a compound noun", () => {
      const posOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word)?.pos;
      assert.equal(posOf('the night operator panicked and rebooted all nodes', 'panicked'), 'VERB');
      assert.equal(posOf('The on-call engineer panicked.', 'panicked'), 'VERB');
      // A program is no role: its compound stays as the model reads it.
      assert.equal(posOf('The kernel panicked and the node rebooted.', 'panicked'), 'NOUN');
      // A past with the form of its base, before its object or particle: `reset the password`, `shut down`.
      assert.equal(posOf('The admin reset the password.', 'reset'), 'VERB');
      assert.equal(posOf('The engineer shut down the host.', 'shut'), 'VERB');
      assert.equal(posOf('The operator reset caused the outage.', 'reset'), 'NOUN');
    });

    it('reads a word in -ing after a role and before its object as a verb opening a phrase about the role', () => {
      const tokenOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word);
      assert.equal(tokenOf('The person publishing the package forgot to build it.', 'publishing')?.pos, 'VERB');
      assert.equal(tokenOf('The person publishing the package forgot to build it.', 'publishing')?.lemma, 'publish');
      assert.equal(subjectOf('The person publishing the package forgot to build it.', 'forgot').kind, 'person');
      assert.equal(subjectOf('The engineer publishing this forgot to build it.', 'forgot').kind, 'person');
      // A role the model reads as an adjective: `The individual processing them`.
      assert.equal(tokenOf('The individual processing them failed to tell anyone.', 'processing')?.pos, 'VERB');
      assert.equal(subjectOf('The individual processing them failed to tell anyone.', 'failed').kind, 'person');
      // Not before a noun (a compound: `the engineer onboarding docs`), nor after a word that is no role.
      assert.equal(tokenOf('The engineer onboarding docs were out of date.', 'onboarding')?.pos, 'NOUN');
      assert.equal(subjectOf('The package publishing the tarball failed to build it.', 'failed').kind, 'thing');
      // A phrase of three words or more after the person: `engineers conducting maintenance work mistakenly deleted`.
      assert.deepEqual(subjectOf('Engineers conducting maintenance work mistakenly deleted the volume.', 'deleted'), {
        kind: 'person',
        words: 'Engineers',
      });
    });

    it('reads a word after `did not` as the verb it negates, though the model does not know it', () => {
      const tokenOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word);
      assert.equal(tokenOf('The pilot did not crosscheck the bags.', 'crosscheck')?.pos, 'VERB');
      assert.equal(tokenOf("We didn't sanity-check it.", 'sanity-check')?.pos, 'VERB');
      assert.equal(tokenOf('The pilot did not properly crosscheck the bags.', 'crosscheck')?.pos, 'VERB');
      // Not after `not` alone, nor after another verb: `not crosscheck-ready`, `did the crosscheck`.
      assert.equal(tokenOf('The team did the crosscheck at 10:05.', 'crosscheck')?.pos, 'NOUN');
    });

    it('reads the subject past a time between it and its verb: `A staff member last Thursday failed`', () => {
      assert.equal(subjectOf('A staff member last Thursday failed to follow the steps.', 'failed').kind, 'person');
      assert.equal(subjectOf('The engineer yesterday forgot to renew it.', 'forgot').kind, 'person');
      assert.equal(subjectOf('The job on Monday failed to run.', 'failed').kind, 'thing');
      // A time opening the clause is passed whole: the subject comes after it.
      const cleanup = 'Last week I was doing some cleanup and inadvertently deleted the repo.';
      assert.deepEqual(subjectOf(cleanup, 'inadvertently'), { kind: 'person', words: 'I' });
      const officer = 'On Tuesday night, a duty officer ran the test and accidentally selected the warning.';
      assert.deepEqual(subjectOf(officer, 'accidentally'), { kind: 'person', words: 'a duty officer' });
    });

    it('reads the people a relative clause on a thing hangs from as the subject: `The crew of the plane that`', () => {
      const crew = 'The crew of the plane that crash-landed at Heathrow did not shut off the fuel.';
      assert.deepEqual(subjectOf(crew, 'did'), { kind: 'group', words: 'The crew' });
      assert.equal(subjectOf('The engine of the plane that landed at Heathrow did not stop.', 'did').kind, 'thing');
    });

    it("reads no person as the subject in a cleft that denies who did it: `it wasn't me who`", () => {
      assert.equal(subjectOf("Just to make sure it wasn't me who misconfigured it.", 'misconfigured').kind, 'none');
      assert.equal(subjectOf('It was not Bob who deleted the table.', 'deleted').kind, 'none');
      const alternatives =
        "It wasn't the air traffic controller who forgot, or the mechanic who didn't tighten the bolts.";
      assert.equal(subjectOf(alternatives, 'forgot').kind, 'none');
      assert.equal(subjectOf(alternatives, 'did').kind, 'none');
      assert.deepEqual(subjectOf('It was the intern who deleted the table.', 'deleted'), {
        kind: 'person',
        words: 'the intern',
      });
    });

    it('reads the pronoun and its verb after an opening phrase with no comma as the subject of a joined verb', () => {
      const helm = 'As part of making a chart for monitoring I copied a command but forgot to change the release name.';
      assert.deepEqual(subjectOf(helm, 'forgot'), { kind: 'person', words: 'I' });
      const program = 'The program I used saw the empty line, and ignored the next one.';
      assert.notEqual(subjectOf(program, 'ignored').kind, 'person');
    });

    it('reads an ambiguous role that opens a clause after `when` or `because` as a person, not `tools like`', () => {
      const when = 'The fire occurred when operators inadvertently removed bolts.';
      assert.deepEqual(subjectOf(when, 'inadvertently'), { kind: 'person', words: 'operators' });
      assert.equal(subjectOf('We use tools like operators often to restart pods.', 'often').kind, 'thing');
    });

    it('reads the person a clause of a pronoun and its verb describes as the subject: `The engineer we hired`', () => {
      const hired = 'The engineer we hired ignored the change freeze.';
      assert.deepEqual(subjectOf(hired, 'ignored'), { kind: 'person', words: 'The engineer' });
      const spokeTo = 'The engineer that I spoke to ignored the change freeze.';
      assert.deepEqual(subjectOf(spokeTo, 'ignored'), { kind: 'person', words: 'The engineer' });
      assert.equal(subjectOf('The config that we deployed broke the site.', 'broke').kind, 'thing');
      // The clause must end right before the verb: here `these` heads what `could have happened`.
      const convinced = 'The engineer I spoke to convinced me that side effects like these could have happened.';
      assert.notEqual(subjectOf(convinced, 'could').kind, 'person');
    });

    it('reads a clause joined after a comma by its own noun phrase: `, but the audit tool had ... and failed`', () => {
      const joined = 'The company said its staff were careful, but the audit tool had a bug and had failed to stop it.';
      const subject = subjectOf(joined, 'failed');
      assert.equal(subject.kind, 'thing');
      assert.ok(subject.words.startsWith('the audit'), subject.words);
      const elided = 'The aircraft became clear of cloud and the pilot was flying, but had not notified the tower.';
      assert.deepEqual(subjectOf(elided, 'had'), { kind: 'person', words: 'the pilot' });
      const placed = 'A report holding comments from an officer querying decisions has been accidentally published.';
      assert.equal(subjectOf(placed, 'accidentally').kind, 'thing');
      // A pronoun points back into the clause before it.
      const pointing = 'The engineer ran the job, but it was slow and had failed to finish.';
      assert.notEqual(subjectOf(pointing, 'failed').words, 'it');
    });

    it('reads a negation run together without its apostrophe as not, and w/o as without', () => {
      const lowers = (text: string) => readWords(text).map((token) => token.lower);
      assert.deepEqual(lowers('our SRE didnt check'), ['our', 'sre', 'did', 'not', 'check']);
      assert.deepEqual(lowers('Windows NT failed'), ['windows', 'nt', 'failed']);
      assert.deepEqual(lowers('approved w/o review'), ['approved', 'without', 'review']);
    });

    it('reads a past the lexicon lacks as a past, its lemma the stem', () => {
      const lemmaOf = (text: string, word: string) => readWords(text).find((token) => token.lower === word)?.lemma;
      assert.equal(lemmaOf('The contractor hardcoded the credentials.', 'hardcoded'), 'hardcode');
      assert.equal(lemmaOf('The engineer hotfixed production.', 'hotfixed'), 'hotfix');
      assert.equal(lemmaOf('Our SRE dockerized the job.', 'dockerized'), 'dockerize');
      // A state in `un-` is an adjective's: `unexamined`, `unpatched` stay as written.
      assert.equal(lemmaOf('The real gap goes unexamined.', 'unexamined'), 'unexamined');
    });

    /** Whether `reader` reads `word` in `text` as denied. */
    const deniedBy =
      (reader: typeof deniedInClause) =>
      (text: string, word: string): boolean => {
        const tokens = readWords(text);
        return reader(
          tokens,
          tokens.findIndex((token) => token.lower === word),
        );
      };

    it('reads what a clause denies: up to punctuation or a conjunction, a noun phrase for "without" and "no"', () => {
      const denied = deniedBy(deniedInClause);
      assert.equal(denied("The fix isn't to tell people to be more careful.", 'be'), true);
      assert.equal(denied("It was not really any single person's fault.", "person's"), true);
      assert.equal(denied('None of which are the fault of the operator.', 'fault'), true);
      assert.equal(denied("The build would not continue due to this change and it's all my fault.", 'my'), false);
      assert.equal(
        denied('A blackout that left millions without power was the result of human error.', 'human'),
        false,
      );
      assert.equal(denied('The change went out without any review by the author.', 'review'), true);
      // `or` with no verb after it joins words of one phrase; with a verb after it, it opens a clause.
      assert.equal(denied('There was no willful or reckless behavior.', 'reckless'), true);
      assert.equal(denied('This is not a story about a bad intern or a careless mentor.', 'careless'), true);
      assert.equal(denied('The job did not stop or the operator was careless.', 'careless'), false);
    });

    it('reads a denial in its own phrase only, and "not just" as adding, for judgement words', () => {
      const denied = deniedBy(deniedInPhrase);
      assert.equal(denied('The engineer was not careless.', 'careless'), true);
      assert.equal(denied('There was no negligence involved.', 'negligence'), true);
      assert.equal(denied("You can't protect against sysadmins doing dumb things.", 'dumb'), false);
      assert.equal(denied('It was not just a careless mistake by the operator.', 'careless'), false);
    });

    it('reads a prefix written with a hyphen as the same word', () => {
      assert.equal(readWords('An IT worker mis-configured the network.')[3]?.lower, 'misconfigured');
    });

    it('reads contractions written without an apostrophe', () => {
      const tokens = readWords('They appear to know what theyre doing when they really dont.');
      assert.deepEqual(
        tokens.slice(-3).map((token) => [token.text, token.lemma]),
        [
          ['really', 'really'],
          ['dont', 'dont'],
          ['.', '.'],
        ],
      );
    });

    it('splits at sentence ends, not at abbreviations, times or versions', () => {
      const text =
        'Bob left, i.e. early. The v1.2 deploy at mybinder.org failed! Why? At 2 p.m. UTC the job ran, e.g. twice.';
      assert.deepEqual(sentencesOf(text), [
        'Bob left, i.e. early.',
        'The v1.2 deploy at mybinder.org failed!',
        'Why?',
        'At 2 p.m. UTC the job ran, e.g. twice.',
      ]);
    });

    it('ends a sentence at a period before a line break', () => {
      assert.deepEqual(sentencesOf('One cycle.\nThe ideal pattern.\n\nMost importantly, v1.2 works.'), [
        'One cycle.',
        'The ideal pattern.',
        'Most importantly, v1.2 works.',
      ]);
    });

    it('tags words across a line break inside a paragraph as across a space, keeping their offsets', () => {
      const tags = (text: string) => readWords(text).map((token) => `${token.text}/${token.pos}`);
      for (const [wrapped, flat] of [
        ['The engineer did not\ncheck the list.', 'The engineer did not check the list.'],
        ['Kofi should have double\r\nchecked the hosts.', 'Kofi should have double  checked the hosts.'],
      ] as const) {
        assert.deepEqual(tags(wrapped), tags(flat));
        for (const token of readWords(wrapped)) assert.equal(wrapped.slice(token.start, token.end), token.text);
      }
    });

    it('gives every token its offsets in the text', () => {
      const text = "  The on-call engineer didn't check Bob's   change \u2014 obviously.";
      for (const token of readWords(text)) assert.equal(text.slice(token.start, token.end), token.text);
    });
  });

  describe("the document's people", () => {
    it("takes the names of action items' owners as people, not the words of a group's name", () => {
      const document = parsePostmortem(
        '# Halt\n\n## Action items\n\n- [ ] Align the heights (owner: Cheqd product team)\n' +
          '- [ ] Write the runbook (owner: Dana Okafor and @lee, due 2024-04-01)\n',
      );
      const { people } = knownNames(document, DEFAULT_CONFIG);
      assert.equal(people.has('cheqd'), false);
      assert.equal(people.has('product'), false);
      for (const name of ['dana', 'okafor', 'lee']) assert.equal(people.has(name), true, name);
    });

    it('takes a name set off by commas beside a role as a person, also one that is a word, and owner of items', () => {
      const text =
        '# Outage\n\n## What happened\n\nOur support lead, Dana, escalated at 14:52. Grace, the on-call engineer, ' +
        'rolled back. In March, Postgres, our database, slowed.\n\n## Action items\n\n' +
        '- Dana will write up an escalation guide\n- Grace to add a canary\n';
      const document = parsePostmortem(text);
      const { people } = knownNames(document, DEFAULT_CONFIG);
      for (const name of ['dana', 'grace']) assert.equal(people.has(name), true, name);
      for (const word of ['march', 'postgres']) assert.equal(people.has(word), false, word);
      assert.deepEqual(
        document.actionItems.map((item) => item.owners),
        [['Dana'], ['Grace']],
      );
    });

    it("takes a handle that speaks in a timeline's chat lines as a person, and owner of items", () => {
      const text = [
        '# Login loops',
        '',
        '## Timeline',
        '',
        '- 21:10 — kira: I think I pushed the staging config to prod',
        '- 21:12 — kira: yeah, reverting now',
        '- 21:19 — Update: revert deployed',
        '',
        'tar: Unexpected EOF in archive',
        '',
        '## Action items',
        '',
        '- Refuse a config whose env does not match the target (kira)',
        '',
      ].join('\n');
      const document = parsePostmortem(text);
      const { people } = knownNames(document, DEFAULT_CONFIG);
      assert.equal(people.has('kira'), true);
      for (const word of ['tar', 'update']) assert.equal(people.has(word), false, word);
      assert.deepEqual(document.actionItems[0]!.owners, ['kira']);
    });

    it('takes a capitalised name the document writes before a version or a program part as a system', () => {
      const document = parsePostmortem(
        '# Outage\n\n## Root cause\n\nPathfinder failed to sync block 84448.\n\n## Timeline\n\n' +
          '- 06:05 Pathfinder nodes stop syncing\n- 06:10 Maria Lopez paged\n\n' +
          'We build the images nightly. They release weekly. I build it. Maria release notes.\n',
      );
      const { systems } = knownNames(document, DEFAULT_CONFIG);
      assert.equal(systems.has('pathfinder'), true);
      for (const word of ['maria', 'we', 'they', 'i']) assert.equal(systems.has(word), false, word);
      const findings = lintDocument(document, DEFAULT_CONFIG).filter((f) => f.ruleId === 'human-error-root-cause');
      assert.deepEqual(findings, []);
    });

    it('takes a capitalised name the document writes alone as code as a system, in a root cause too', () => {
      const document = parsePostmortem(
        '# Blank metadata\n\n| **Systems** | `Elan`, `Asklepian` |\n| --- | --- |\n\n## 5 Whys\n\n' +
          '* Asklepian terminated because a sequence had blank metadata\n' +
          '* ...because Elan processed sequences with incomplete metadata\n',
      );
      assert.equal(document.sections[1]!.kind, 'root-cause');
      const { systems } = knownNames(document, DEFAULT_CONFIG);
      for (const name of ['elan', 'asklepian']) assert.equal(systems.has(name), true, name);
      const findings = lintDocument(document, DEFAULT_CONFIG).filter((f) => f.ruleId === 'human-error-root-cause');
      assert.deepEqual(findings, []);
    });

    it("takes a team's systems as systems, also those named by a role word", () => {
      const document = parsePostmortem('# Halt\n\n## Root cause\n\nThe scorer dropped the requests.\n');
      const { systems } = knownNames(document, { ...DEFAULT_CONFIG, systems: ['fraud scorer', 'Atlas'] });
      assert.deepEqual([...systems].sort(), ['atlas', 'fraud', 'scorer']);
    });
  });

  describe('words', () => {
    it('reads a contraction as the words it stands for', () => {
      assert.deepEqual(
        readWords("We didn't, can't and won't.")
          .filter((token) => token.kind === 'word')
          .map((token) => token.lower),
        ['we', 'did', 'not', 'can', 'not', 'and', 'will', 'not'],
      );
    });

    it("reads 'd as had before a participle and as would before a plain verb", () => {
      const readingOfD = (text: string) => readWords(text).find((token) => /^['\u2019]d$/.test(token.text))?.lower;
      assert.equal(readingOfD("He assumed it worked but he'd not tried a retrieval."), 'had');
      assert.equal(readingOfD("She'd deleted the table by mistake."), 'had');
      assert.equal(readingOfD('We\u2019d already deployed it.'), 'had');
      assert.equal(readingOfD("They'd been warned twice."), 'had');
      assert.equal(readingOfD("We'd have caught it with a canary."), 'would');
      assert.equal(readingOfD("I'd say the alert was late."), 'would');
      assert.equal(readingOfD("He'd rather wait for the window."), 'would');
    });

    it('keeps hyphenated words and possessives whole', () => {
      assert.deepEqual(
        readWords("The on-call engineer's fat-fingered change").map((token) => token.text),
        ['The', "on-call engineer's", 'fat-fingered', 'change'].flatMap((words) => words.split(' ')),
      );
    });

    it("keeps a plural's possessive whole, but not a closing quote", () => {
      assert.deepEqual(
        readWords("our devs' failure").map((token) => token.text),
        ['our', "devs'", 'failure'],
      );
      assert.deepEqual(
        readWords("the 'human errors' are").map((token) => token.text),
        ['the', 'human', 'errors', 'are'],
      );
    });

    it('reads a modal and have written as one word as two', () => {
      assert.deepEqual(
        readWords('It shouldve taken 20 minutes.')
          .filter((token) => token.kind === 'word')
          .map((token) => token.lower),
        ['it', 'should', 'have', 'taken', '20', 'minutes'],
      );
    });

    it('reads `of` after a modal and before a participle as `have`, as it sounds: `should of checked`', () => {
      const lowers = (text: string) => readWords(text).map((token) => token.lower);
      assert.deepEqual(lowers('The nurse should of checked the dose'), [
        'the',
        'nurse',
        'should',
        'have',
        'checked',
        'the',
        'dose',
      ]);
      assert.deepEqual(lowers('Most of checked items'), ['most', 'of', 'checked', 'items']);
      assert.deepEqual(lowers('It could of course fail'), ['it', 'could', 'of', 'course', 'fail']);
    });

    it('gives lemmas and parts of speech', () => {
      const [, engineers, forgot] = readWords('The engineers forgot.');
      assert.equal(engineers!.lemma, 'engineer');
      assert.equal(forgot!.lemma, 'forget');
      assert.equal(forgot!.pos, 'VERB');
    });

    it("gives a past participle read as an adjective its verb's lemma, and other words their own", () => {
      const lemmas = (text: string) =>
        readWords(text)
          .filter((token) => token.kind === 'word')
          .map(participleLemma);
      assert.deepEqual(lemmas('the expired certificate'), ['the', 'expire', 'certificate']);
      assert.deepEqual(lemmas('a broken deploy and a frozen queue'), [
        'a',
        'break',
        'deploy',
        'and',
        'a',
        'freeze',
        'queue',
      ]);
      assert.deepEqual(lemmas('The index was corrupted.'), ['the', 'index', 'be', 'corrupt']);
      assert.deepEqual(lemmas('a sacred red bed'), ['a', 'sacred', 'red', 'bed']);
      assert.deepEqual(lemmas('a hundred golden keys'), ['a', 'hundred', 'golden', 'key']);
    });

    it('stands an opaque token for code and quotations', () => {
      const source = 'Then `kubectl` ran.';
      const masked = 'Then           ran.';
      const kinds = readSentences(masked, source)
        .flat()
        .map((token: Token) => token.kind);
      assert.deepEqual(kinds, ['word', 'opaque', 'word', 'punct']);
    });
  });

  describe('who is a person', () => {
    it('takes a name never seen before as a person or maybe one, and a known system as a thing', () => {
      assert.equal(subjectOf('Oluwaseun skipped the canary.', 'skipped').kind, 'possible-person');
      assert.equal(subjectOf('Jenkins skipped the canary.', 'skipped').kind, 'thing');
      assert.equal(subjectOf('Dependabot skipped the canary.', 'skipped').kind, 'thing');
    });

    it("takes the document's own people as people", () => {
      const tokens = readSentences('Atlas skipped it.', 'Atlas skipped it.', {
        people: new Set(['atlas']),
        systems: new Set(),
        key: 'atlas|',
      }).flat();
      assert.equal(classifyWord(tokens, 0), 'person');
      const system = readSentences('Maria skipped it.', 'Maria skipped it.', {
        people: new Set(),
        systems: new Set(['maria']),
        key: '|maria',
      }).flat();
      assert.equal(classifyWord(system, 0), 'thing');
    });

    it('reads roles, indefinite people and handles as people, groups as groups', () => {
      assert.deepEqual(subjectOf('The guy forgot to put it in bypass.', 'forgot'), {
        kind: 'person',
        words: 'The guy',
      });
      assert.deepEqual(subjectOf('One of the technicians did not copy the code.', 'did'), {
        kind: 'person',
        words: 'the technicians',
      });
      assert.equal(subjectOf('@kwame looked over it.', 'looked').kind, 'person');
      assert.equal(subjectOf('The platform team did not bother.', 'did').kind, 'group');
      assert.equal(subjectOf('The Kubernetes operator failed to reconcile.', 'failed').kind, 'thing');
    });

    it('reads a role after "or", "nor" or "and" as nobody in particular when "no" or "neither" opens the list', () => {
      for (const text of ['No job or owner tracked it.', 'Neither the job nor the owner tracked it.'])
        assert.equal(subjectOf(text, 'tracked').kind, 'group', text);
      assert.equal(subjectOf('Neither engineer tracked it.', 'tracked').kind, 'group');
      assert.equal(subjectOf('The job or the owner tracked it.', 'tracked').kind, 'person');
    });

    it('reads the subject of a verb after `and` in a clause that `that` opens', () => {
      assert.deepEqual(
        subjectOf('Leppo confessed that he had been working late and accidentally deleted it.', 'deleted'),
        {
          kind: 'person',
          words: 'he',
        },
      );
      // `that` as a pronoun opens no clause: `the engineer that deployed`.
      assert.equal(subjectOf('The script that the engineer wrote and ran deleted it.', 'deleted').kind, 'thing');
    });

    it('reads a role after a number or a company as people', () => {
      assert.equal(subjectOf('Two engineers forgot to renew it.', 'forgot').kind, 'person');
      assert.equal(subjectOf('Then Amazon engineers entered the command.', 'entered').kind, 'person');
    });

    it('tells from the words alone whether a sentence may name a person', () => {
      for (const text of [
        'caused by the new intern.',
        'Oluwaseun skipped it',
        '@kwame looked',
        'his mistake',
        'i dropped it',
      ])
        assert.ok(mayNamePerson(text, NO_KNOWN_NAMES), text);
      for (const text of ['The deploy failed without a rollback.', 'Jenkins ran the job.', 'It was not tested.'])
        assert.ok(!mayNamePerson(text, NO_KNOWN_NAMES), text);
    });

    it('finds the subject past a prepositional phrase', () => {
      assert.deepEqual(subjectOf('Someone on the team pushed a broken config.', 'pushed'), {
        kind: 'person',
        words: 'Someone',
      });
      assert.deepEqual(subjectOf('I did, but some intern down on the fourth floor deleted it.', 'deleted'), {
        kind: 'person',
        words: 'some intern',
      });
      assert.equal(subjectOf('I did, but the server on the fourth floor deleted it.', 'deleted').kind, 'thing');
      assert.deepEqual(subjectOf('A sysadmin at the department of revenue reformatted a drive.', 'reformatted'), {
        kind: 'person',
        words: 'A sysadmin',
      });
    });

    it('finds the subject past a participle phrase or a parenthetical clause', () => {
      assert.deepEqual(subjectOf('The developer creating the pull request misjudged it.', 'misjudged'), {
        kind: 'person',
        words: 'The developer',
      });
      assert.equal(
        subjectOf('An S3 team member, while debugging an issue, removed servers.', 'removed').kind,
        'person',
      );
      assert.equal(
        subjectOf('Due to a recent change, the notification server failed to start.', 'failed').kind,
        'thing',
      );
      assert.equal(subjectOf('The new hire onboarding guide does not mention it.', 'does').kind, 'thing');
    });

    it("gives an infinitive after a verb that verb's subject", () => {
      assert.deepEqual(subjectOf('I managed to accidentally corrupt the database.', 'corrupt'), {
        kind: 'person',
        words: 'I',
      });
      assert.equal(subjectOf('The job failed to start.', 'start').kind, 'thing');
      assert.equal(subjectOf('We asked the vendor to restart it.', 'restart').kind, 'thing');
    });

    it('finds the subject past a relative clause about the person, and an infinitive', () => {
      assert.deepEqual(
        subjectOf('The engineer who was responsible for the migration that night did not check the replica.', 'did'),
        { kind: 'person', words: 'The engineer' },
      );
      assert.deepEqual(subjectOf('The operator trying to meet the deadline skipped the review.', 'skipped'), {
        kind: 'person',
        words: 'The operator',
      });
      assert.equal(subjectOf('The job which the engineer started failed.', 'failed').kind, 'thing');
    });

    it('takes a person inside a prepositional phrase for no subject', () => {
      assert.equal(subjectOf('A misunderstanding by the user led to it.', 'led').kind, 'thing');
      assert.equal(subjectOf('Operator error caused the outage.', 'caused').kind, 'thing');
      assert.equal(subjectOf('The configured limits for this customer should have held.', 'should').kind, 'thing');
      assert.equal(subjectOf('The engineer for this customer should have checked.', 'should').kind, 'person');
      // `for` inside a name is part of it: `the Department for Communities`.
      assert.notEqual(subjectOf('The Department for Communities has admitted it.', 'has').kind, 'thing');
    });

    it('reads a role at the end of a noun phrase, and the clause past a time and a conjunction', () => {
      assert.deepEqual(subjectOf('An S3 team member removed servers.', 'removed'), {
        kind: 'person',
        words: 'team member',
      });
      assert.equal(subjectOf('The user interface failed to load.', 'failed').kind, 'thing');
      assert.equal(
        subjectOf('13:05 MacFan4000 reverts his changes, but clones the wrong branch.', 'clones').kind,
        'possible-person',
      );
    });
  });

  it('never throws and keeps every token inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const sentence of readSentences(text, text)) {
          for (const token of sentence)
            assert.ok(token.start >= 0 && token.start <= token.end && token.end <= text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
