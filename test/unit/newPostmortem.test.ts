// What New Postmortem (the extension's command) and `postmortem new` must answer alike.
import * as assert from 'node:assert/strict';
import { isoDateProblem } from '../../src/core/isoDate';
import { dateInputProblem } from '../../src/extension/commands/newPostmortemInput';

describe('New Postmortem and postmortem new', () => {
  describe('the incident date', () => {
    it('is a real date as YYYY-MM-DD, leap years included', () => {
      for (const date of ['2025-01-05', '2024-02-29', '2000-02-29', '1999-12-31']) assert.equal(isoDateProblem(date), undefined, date);
      const problems: [string, string][] = [
        ['2025-02-30', 'there is no February 30: February has 28 days'],
        ['2023-02-29', '2023 is not a leap year, so there is no February 29'],
        ['1900-02-29', '1900 is not a leap year, so there is no February 29'],
        ['2025-04-31', 'there is no April 31: April has 30 days'],
        ['2025-13-01', '13 is not a month (1-12)'],
        ['2025-01-00', '0 is not a day of the month'],
        ['2025-1-5', 'expected YYYY-MM-DD'],
        ['5 Jan 2025', 'expected YYYY-MM-DD'],
        ['', 'expected YYYY-MM-DD'],
      ];
      for (const [date, problem] of problems) assert.equal(isoDateProblem(date), problem, date);
    });

    it("is checked by the extension's date box with the same function, so 2025-02-30 is refused there too", () => {
      assert.equal(dateInputProblem(' 2025-01-05 '), undefined);
      assert.equal(dateInputProblem('2025-02-30'), 'There is no February 30: February has 28 days.');
      assert.equal(dateInputProblem('tomorrow'), 'Expected YYYY-MM-DD.');
    });
  });
});
