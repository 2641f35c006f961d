import * as fc from 'fast-check';
import { checkDocumentProperties, fuzzPostmortems, hugeLine } from '../support/generatedInputs';
import { corpusDocuments, exampleDocuments } from './documents';

describe('generated postmortems', () => {
  const seeds = [...corpusDocuments(), ...exampleDocuments()].map((document) => document.text);

  it(
    'parse and lint without an exception, with ranges inside the document, fixes that apply, ' +
      'the same findings twice',
    function () {
      this.timeout(120_000);
      fuzzPostmortems({ numRuns: 2_000, seeds, scale: 0.25 });
    },
  );

  it('skip a 2 MB line quickly and still read the rest', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(hugeLine, (text) => checkDocumentProperties(text)),
      { numRuns: 5 },
    );
  });
});
