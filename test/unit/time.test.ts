import * as assert from 'node:assert/strict';
import { dateAt, findDate } from '../../src/core/model/dates';
import { millisecondsOfDay, parseTimestamp, timestampAt, type Timestamp } from '../../src/core/model/time';
import { findZoneMention, parseZone, seasonMismatch } from '../../src/core/model/zones';

function parsed(text: string, options = {}): Timestamp {
  const found = timestampAt(text, 0, options);
  assert.ok(found, `no timestamp in ${JSON.stringify(text)}`);
  return found;
}

/** `HH:MM:SS` of a parsed time. */
function clock(text: string, options = {}): string {
  const time = parsed(text, options).time;
  assert.ok(time, `no time in ${JSON.stringify(text)}`);
  return new Date(millisecondsOfDay(time)).toISOString().slice(11, 19);
}

function date(text: string): string {
  const found = parsed(text).date?.date;
  assert.ok(found, `no date in ${JSON.stringify(text)}`);
  return [found.year ?? '????', String(found.month).padStart(2, '0'), String(found.day).padStart(2, '0')].join('-');
}

const wall = (iso: string) => Date.parse(`${iso}Z`);

describe('time parsing', () => {
  it('reads 24-hour, 12-hour, dotted and compact times', () => {
    assert.equal(clock('14:32'), '14:32:00');
    assert.equal(clock('14:32:05'), '14:32:05');
    assert.equal(clock('9:05'), '09:05:00');
    assert.equal(clock('2:32 PM'), '14:32:00');
    assert.equal(clock('2:32pm'), '14:32:00');
    assert.equal(clock('12:11 PM'), '12:11:00');
    assert.equal(clock('12:30 a.m.'), '00:30:00');
    assert.equal(clock('3pm'), '15:00:00');
    assert.equal(clock('08.48'), '08:48:00');
    assert.equal(clock('14h32'), '14:32:00');
    assert.equal(clock('14 h 32'), '14:32:00', 'French typography');
    assert.equal(clock('9\u00a0h\u00a005'), '09:05:00', 'with no-break spaces');
    assert.equal(clock('14:05h'), '14:05:00');
    assert.equal(clock('14.05h Deploy'), '14:05:00');
    const at = parsed('At 14:20 UTC, the on-call acknowledges');
    assert.equal(clock('At 14:20 UTC, the on-call acknowledges'), '14:20:00');
    assert.equal(at.approximate, false, '"at" is not "around"');
    assert.equal('At 14:20 UTC, the on-call acknowledges'.slice(at.rest), 'the on-call acknowledges');
    assert.equal(clock('10:45a'), '10:45:00');
    assert.equal(clock('12:29p'), '12:29:00');
    assert.equal(clock('9:05p Pods deleted'), '21:05:00');
    assert.equal(clock('{{ 06:10 }}'), '06:10:00');
    assert.equal(parseTimestamp('{{ 2022-01-20 14:30 }}')?.time?.hour, 14);
    assert.equal(clock('10:45 a deploy'), '10:45:00');
    assert.equal(timestampAt('{{ summary }}'), undefined);
    assert.equal(clock('1432', { compact: true }), '14:32:00');
    assert.equal(timestampAt('1432'), undefined, 'four digits are a time only in a time column');
  });

  it('reads four digits before a colon as a time, also as a link, and a marked approximate time after a date', () => {
    assert.equal(clock('1432: Deploy starts'), '14:32:00');
    assert.equal(clock('0915 : Page sent'), '09:15:00');
    assert.equal(clock('[1758](https://chat.example.com/p1): Alert acknowledged'), '17:58:00');
    assert.equal(clock('2023-04-02 0457: Replica caught up'), '04:57:00');
    assert.equal(timestampAt('1999: the year it was built'), undefined, 'no time is 19:99');
    assert.equal(timestampAt('1432:05 is no label'), undefined);
    const approximate = parsed('2019-03-08 ~18:10');
    assert.equal(clock('2019-03-08 ~18:10'), '18:10:00');
    assert.equal(approximate.approximate, true);
  });

  it('reads a date with letters for its unknown part as a placeholder', () => {
    for (const text of ['2023-MM-DD: Token created', 'YYYY-MM-DD Token created', '2023-05-??: Token created']) {
      assert.equal(parsed(text).unparseable, true, text);
    }
  });

  it('reads dates in their many spellings', () => {
    assert.equal(date('2025-01-05 14:32'), '2025-01-05');
    assert.equal(date('2025-01-05T14:32:00Z'), '2025-01-05');
    assert.equal(date('Sep 27 2017 13:06'), '2017-09-27');
    assert.equal(date('September 27, 2017'), '2017-09-27');
    assert.equal(date('19. April, 11:00'), '????-04-19');
    assert.equal(date('26th August 2021'), '2021-08-26');
    assert.equal(date('Jan 5'), '????-01-05');
    assert.equal(date('Thursday, January 20th, 2022 at 22:04'), '2022-01-20');
    assert.equal(date('7/5/2023'), '2023-07-05', 'slashes are month first');
    assert.equal(date('7/6/23'), '2023-07-06');
    assert.equal(date('01-10-2024'), '2024-01-10');
    assert.equal(date('26/05/2021'), '2021-05-26', 'a first number over 12 is the day');
    assert.equal(date('19.04.2018'), '2018-04-19', 'dots are day first');
    assert.equal(date('[03-26 23:04]'), '????-03-26');
    assert.equal(date('10-01 ~15:00'), '????-10-01', 'an approximate time after a month and day');
  });

  it('reads the whole of a date and time, and where the rest of the entry starts', () => {
    const text = '**2025-01-05 14:32 UTC** - Deploy starts';
    const found = parsed(text);
    assert.equal(text.slice(found.start, found.end), '2025-01-05 14:32 UTC');
    assert.equal(text.slice(found.rest), 'Deploy starts');
    assert.equal(clock('Sep 27 2017 13:06'), '13:06:00');
    assert.equal(clock('19. April, 11:00'), '11:00:00');
    assert.equal(clock('2021-12-10   15:40'), '15:40:00');
    const bracketed = '[13:26] text';
    assert.equal(bracketed.slice(parsed(bracketed).rest), 'text');
    assert.equal('12:11 PM: Impersonator'.slice(parsed('12:11 PM: Impersonator').rest), 'Impersonator');
  });

  it('reads the day written after a time with "on"', () => {
    const text = '10:28 on May 18, a regular build went out';
    assert.equal(date(text), '????-05-18');
    assert.equal(clock(text), '10:28:00');
    assert.equal(text.slice(parsed(text).rest), 'a regular build went out');
    assert.equal(date('14:05 UTC on 2024-03-10 the disk filled'), '2024-03-10');
    // `on` before anything but a day is the entry's text.
    const onCall = '10:28 on call was paged';
    assert.equal(parsed(onCall).date, undefined);
    assert.equal(onCall.slice(parsed(onCall).rest), 'on call was paged');
  });

  it('reads an approximate range as its start', () => {
    const found = parsed('~13:30-13:45 Launch success drops');
    assert.equal(found.approximate, true);
    assert.equal(clock('~13:30-13:45'), '13:30:00');
    assert.equal('~13:30-13:45 x'.slice(found.start, found.end), '13:30-13:45');
    assert.equal(parsed('approx. 13:30').approximate, true);
    assert.equal(parsed('13:30').approximate, false);
  });

  it('reads the zone written after a time', () => {
    const zone = (text: string) => parsed(text).zone?.zone?.id;
    assert.equal(zone('14:32 UTC'), 'UTC');
    assert.equal(zone('14:32Z'), 'UTC');
    assert.equal(zone('2025-01-05T14:32:00Z'), 'UTC');
    assert.equal(zone('04:49 PM UTC Site repo'), 'UTC');
    assert.equal(zone('14:32 PDT'), '-07:00');
    assert.equal(zone('14:32 PDT (UTC-7)'), '-07:00');
    assert.equal(zone('14:32 GMT+2'), '+02:00');
    assert.equal(zone('14:32 UTC+05:30'), '+05:30');
    assert.equal(zone('14:32 +02:00'), '+02:00');
    assert.equal(zone('22:04 (UTC)'), 'UTC');
    assert.equal(zone('14:32 Europe/Berlin'), 'Europe/Berlin');
    assert.equal(zone('14:32 US/Pacific'), 'America/Los_Angeles');
    assert.equal(zone('14:32 Deploy starts'), undefined);
    assert.equal(zone('14:32 IT team paged'), undefined);
  });

  it('finds no timestamp in numbers that are not times', () => {
    for (const text of [
      '12.50% of requests',
      '10.10.1.5 is the host',
      '10-30 minutes',
      '2 hours later',
      'Version 2.2.0',
      'May be related',
      'March 2025 was busy',
      'INC-2025-014',
      'At the start of the incident',
      'At 50% load',
      '2 hours 30 minutes',
      '14 hosts',
    ]) {
      assert.equal(timestampAt(text), undefined, text);
    }
  });

  it('reads placeholders as unparseable times', () => {
    assert.equal(parsed('[???] unknown').unparseable, true);
    assert.equal(parsed('??:?? unknown').unparseable, true);
    assert.equal(parsed('TBD', { wholeCell: true }).unparseable, true);
    assert.equal(timestampAt('TBD: decide later'), undefined);
  });

  it('says why a time or date is impossible, and suggests the obvious fix', () => {
    assert.equal(parsed('13:06 PM').invalid, '13 is not an hour on a 12-hour clock');
    assert.equal(parsed('13:06 PM').suggestion, '13:06');
    assert.equal(parsed('13:06 PM PST').suggestion, '13:06 PST');
    assert.equal(parsed('00:30 AM').invalid, '0 is not an hour on a 12-hour clock');
    assert.equal(parsed('00:30 AM').suggestion, '12:30 AM');
    assert.equal(parsed('13:06 AM').suggestion, undefined);
    assert.equal(parsed('25:00').invalid, '25 is not an hour (00-23)');
    assert.equal(parsed('14:61').invalid, '61 is not a minute (00-59)');
    assert.equal(parsed('2023-02-30 10:00').invalid, 'there is no February 30: February has 28 days');
    assert.equal(parsed('2023-02-29').invalid, '2023 is not a leap year, so there is no February 29');
    assert.equal(parsed('2024-02-29').invalid, undefined);
    assert.equal(parsed('4/31/2024').invalid, 'there is no April 31: April has 30 days');
    assert.equal(parsed('2025-13-01').invalid, '13 is not a month (1-12)');
    assert.equal(parsed('14:32').invalid, undefined);
  });

  it('parses a whole timestamp only when nothing else follows', () => {
    assert.ok(parseTimestamp('13:06 PM'));
    assert.ok(parseTimestamp(' 2025-01-05 14:32 UTC '));
    assert.equal(parseTimestamp('13:06 PM and more'), undefined);
  });

  it('reads only the start of a very long line', () => {
    const found = timestampAt(`14:32 ${'x'.repeat(2_000_000)}`);
    assert.equal(found?.time?.hour, 14);
  });
});

describe('dates', () => {
  it('finds the first complete date in a title', () => {
    assert.deepEqual(findDate('2017-09-27, Hub 403'), { year: 2017, month: 9, day: 27 });
    assert.deepEqual(findDate('PostHog Surveys SDK Bug - October 3, 2025'), { year: 2025, month: 10, day: 3 });
    assert.deepEqual(findDate('Website Outage 5-26-21'), { year: 2021, month: 5, day: 26 });
    assert.deepEqual(findDate('Timeline (all times PST) 7/5/2023-7/6/2023'), { year: 2023, month: 7, day: 5 });
    assert.equal(findDate('INC-2025-014 checkout'), undefined);
    assert.equal(findDate('Jan 5 outage'), undefined, 'a date without a year is not the incident date');
  });

  it('reads a range of days sharing a year as its first day', () => {
    const nov3 = { year: 2026, month: 11, day: 3 };
    assert.deepEqual(findDate('Search indexing stalled (Nov 3\u20134, 2026)'), nov3);
    assert.deepEqual(findDate('Outage of Nov 3-4, 2026'), nov3);
    assert.deepEqual(findDate('Outage of 3\u20134 November 2026'), nov3);
    // Without a year after it, a dash and a number are no range: `Nov 3 - 4 engineers joined`.
    assert.equal(dateAt('Nov 3 - 4 engineers joined', 0)?.end, 5);
  });

  it("reads a month's name between the day and the year with dashes, always with the year", () => {
    const july25 = { year: 2022, month: 7, day: 25 };
    for (const written of ['July-25-2022', 'Jul-25-2022', '25-Jul-2022', '25-JUL-22', '2022-Jul-25'])
      assert.deepEqual(findDate(`Reported on ${written}`), july25, written);
    assert.equal(timestampAt('July-25-2022 13:50 XSS protection was enabled')?.time?.hour, 13);
    assert.equal(findDate('Jul-25 outage'), undefined);
  });

  it('reads a month and day in digits only before a time', () => {
    assert.equal(dateAt('03-26 23:04', 0)?.needsTime, true);
    assert.equal(timestampAt('03-26 is when'), undefined);
  });
});

describe('zones', () => {
  it('reads abbreviations as fixed offsets', () => {
    const offset = (text: string) => parseZone(text)?.offsetAt(wall('2025-07-01T12:00:00'));
    assert.equal(offset('UTC'), 0);
    assert.equal(offset('GMT'), 0);
    assert.equal(offset('Z'), 0);
    assert.equal(offset('PST'), -480, 'PST is -08:00 even in July');
    assert.equal(offset('PDT'), -420);
    assert.equal(offset('MST'), -420);
    assert.equal(offset('MDT'), -360);
    assert.equal(offset('CST'), undefined, 'US Central, China or Cuba: the document decides');
    assert.equal(offset('CDT'), -300);
    assert.equal(offset('EST'), -300);
    assert.equal(offset('EDT'), -240);
    assert.equal(offset('CET'), 60);
    assert.equal(offset('CEST'), 120);
    assert.equal(offset('BST'), undefined, 'British Summer or Bangladesh');
    assert.equal(offset('IST'), undefined, 'India, Ireland or Israel');
    assert.equal(offset('NPT'), 345);
    assert.equal(offset('CHADT'), 825);
    assert.equal(offset('EET'), 120);
    assert.equal(offset('EEST'), 180);
    assert.equal(offset('JST'), 540);
    assert.equal(offset('AEST'), 600);
    assert.equal(offset('AEDT'), 660);
  });

  it('reads offsets', () => {
    assert.equal(parseZone('GMT+2')?.id, '+02:00');
    assert.equal(parseZone('UTC-7')?.id, '-07:00');
    assert.equal(parseZone('UTC+05:30')?.id, '+05:30');
    assert.equal(parseZone('+02:00')?.id, '+02:00');
    assert.equal(parseZone('-0700')?.id, '-07:00');
    assert.equal(parseZone('PDT (UTC-7)')?.id, '-07:00');
    assert.equal(parseZone('+2'), undefined, 'a bare offset needs two-digit hours');
    assert.equal(parseZone('UTC+15'), undefined);
  });

  it('resolves IANA names through Intl, with daylight saving time by date', () => {
    const berlin = parseZone('Europe/Berlin');
    assert.equal(berlin?.id, 'Europe/Berlin');
    assert.equal(berlin!.resolve(wall('2025-01-15T12:00:00')).instant, Date.parse('2025-01-15T11:00:00Z'));
    assert.equal(berlin!.resolve(wall('2025-07-15T12:00:00')).instant, Date.parse('2025-07-15T10:00:00Z'));
    const pacific = parseZone('US/Pacific');
    assert.equal(pacific?.id, 'America/Los_Angeles');
    const pacificNoon = (day: string) => new Date(pacific!.resolve(wall(`${day}T12:00:00`)).instant).toISOString();
    assert.equal(pacificNoon('2025-03-08'), '2025-03-08T20:00:00.000Z', 'the day before the switch');
    assert.equal(pacificNoon('2025-03-10'), '2025-03-10T19:00:00.000Z', 'the day after');
    assert.equal(parseZone('europe/berlin')?.id, 'Europe/Berlin');
    assert.equal(parseZone('Asia/Kolkata')?.id, 'Asia/Kolkata');
    assert.equal(parseZone('Mars/Olympus'), undefined);
    assert.equal(parseZone('Pacific Time')?.id, 'America/Los_Angeles');
    assert.equal(parseZone('PT')?.id, 'America/Los_Angeles');
  });

  it('finds the zone a heading or a line names', () => {
    const mention = (text: string) => findZoneMention(text)?.zone?.id;
    assert.equal(mention('Timeline (all times PST)'), '-08:00');
    assert.equal(findZoneMention('Timeline (times in BST)')?.meanings.length, 2, 'BST names two zones');
    assert.equal(mention('All times in GMT+2'), '+02:00');
    assert.equal(mention('All times in UTC.'), 'UTC');
    assert.equal(mention('Date and Time in CET'), '+01:00');
    assert.equal(mention('Time (UTC)'), 'UTC');
    assert.equal(mention('All times PST/PDT'), 'America/Los_Angeles', 'the two seasons of one region: its zone');
    assert.equal(mention('Times are in Europe/Berlin'), 'Europe/Berlin');
    assert.equal(mention('Timeline (all times approximate)'), undefined);
    assert.equal(mention('Date (2022)'), undefined);
    assert.equal(mention('Est. impact in the west'), undefined, 'abbreviations are zones only in upper case');
  });

  it('tells when an abbreviation does not match the season', () => {
    const july = Date.parse('2023-07-05T20:00:00Z');
    const january = Date.parse('2023-01-05T20:00:00Z');
    assert.deepEqual(seasonMismatch('PST', '-08:00', july), { expected: 'PDT', offset: -420 });
    assert.equal(seasonMismatch('PST', '-08:00', january), undefined);
    assert.deepEqual(seasonMismatch('CEST', '+02:00', january), { expected: 'CET', offset: 60 });
    assert.equal(seasonMismatch('UTC', 'UTC', july), undefined);
    assert.deepEqual(seasonMismatch('BST', '+01:00', january), { expected: 'GMT', offset: 0 });
    assert.equal(seasonMismatch('BST', '+06:00', january), undefined, "Bangladesh's BST has no season");
  });
});
