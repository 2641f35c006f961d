import { testRule } from '../../support/ruleTester';
import { actionItems } from './texts';

const NO_OWNER = 'Action item has no owner';
const FIX = 'Add an owner placeholder';

testRule('action-item-owner', {
  valid: [
    {
      name: 'owned items in any form',
      text: actionItems(
        '- Add an alert \u2014 @carol',
        '- The SRE team will cap retries',
        '',
        '**Alice**',
        '',
        '- Shard the queue',
        '',
        '| Action | Owner |',
        '| --- | --- |',
        '| Rotate keys | Team Identity |',
      ),
    },
  ],
  invalid: [
    {
      name: 'an open item without an owner, on its first line; done and owned items are not flagged',
      text: actionItems(
        '- Add an alert on queue depth',
        '  ([#12](https://github.com/acme/shop/issues/12))',
        '- Cap retries. Owner: @alice',
        '- [x] Revert the config',
        '- Shard the queue (done)',
      ),
      errors: [{ message: NO_OWNER, line: 5, flagged: '- Add an alert on queue depth', fix: FIX }],
      output: actionItems(
        '- Add an alert on queue depth',
        '  ([#12](https://github.com/acme/shop/issues/12)) \u2014 Owner: @owner',
        '- Cap retries. Owner: @alice',
        '- [x] Revert the config',
        '- Shard the queue (done)',
      ),
    },
    {
      name: 'a placeholder owner, on the placeholder, without a fix',
      text: actionItems('- Add an alert. Owner: TBD', '- Cap retries (owner: ?)'),
      errors: [
        { message: 'Owner "TBD" is not an owner: name the person or team responsible', line: 5, flagged: 'TBD' },
        { message: 'Owner "?" is not an owner: name the person or team responsible', line: 6, flagged: '?' },
      ],
    },
    {
      name: 'a list item fixed by adding "\u2014 Owner: @owner" at the end of its first paragraph',
      text: actionItems('- Add an alert', '  on queue depth', '', '  Details follow.', '- [ ] Cap retries'),
      errors: [
        { message: NO_OWNER, line: 5, flagged: '- Add an alert' },
        { message: NO_OWNER, line: 9, flagged: '- [ ] Cap retries' },
      ],
      output: actionItems(
        '- Add an alert',
        '  on queue depth \u2014 Owner: @owner',
        '',
        '  Details follow.',
        '- [ ] Cap retries \u2014 Owner: @owner',
      ),
    },
    {
      name: 'a table fixed by filling the empty Owner cell, flagged on that cell',
      text: actionItems('| Action | Owner |', '| --- | --- |', '| Cap retries |   |', '| Shard |', ''),
      errors: [
        { message: NO_OWNER, line: 7, column: 16, flagged: '   ' },
        { message: NO_OWNER, line: 8, flagged: '| Shard |' },
      ],
      output: actionItems(
        '| Action | Owner |',
        '| --- | --- |',
        '| Cap retries | @owner  |',
        '| Shard \u2014 Owner: @owner |',
        '',
      ),
    },
    {
      name: 'a table without an Owner column fixed in its text cell',
      text: actionItems('| Action | Due |', '| --- | --- |', '| Cap retries | 2025-03-01 |'),
      errors: [{ message: NO_OWNER, line: 7, flagged: '| Cap retries | 2025-03-01 |' }],
      output: actionItems('| Action | Due |', '| --- | --- |', '| Cap retries \u2014 Owner: @owner | 2025-03-01 |'),
    },
    {
      name: 'a commitment paragraph fixed after its last sentence',
      text: actionItems('We will add a canary stage. It runs first.'),
      errors: [{ message: NO_OWNER, line: 5 }],
      output: actionItems('We will add a canary stage. It runs first. Owner: @owner'),
    },
    {
      name: 'the fix inserts the placeholder once',
      text: actionItems('- Add an alert'),
      errors: [{ message: NO_OWNER, line: 5 }],
      output: actionItems('- Add an alert \u2014 Owner: @owner'),
    },
    {
      name: 'the inserted placeholder is still flagged, with no second fix, so fix-all settles',
      text: actionItems('- Add an alert Owner: @owner'),
      errors: [
        { message: 'Owner "@owner" is not an owner: name the person or team responsible', line: 5, flagged: '@owner' },
      ],
    },
  ],
});
