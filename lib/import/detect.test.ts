import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseImportFile } from './index';

// Which format a file is in, judged by its content, and the refusal of a file in none: a new
// format adds its rows here (README, "Adding an import format").

const fixtureJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.resolve('test/fixtures/byabbe', file), 'utf8')) as unknown;

const dataDir = path.resolve('../shared/data');
const hasData = fs.existsSync(dataDir);
const realFile = (file: string) => fs.readFileSync(path.join(dataDir, file), 'utf8');

describe('detectFormat: each format by its shape', () => {
  it.each([
    [
      'a muffinlabs day file',
      { date: 'January 24', url: 'https://wikipedia.org/wiki/January_24', data: { Births: [] } },
      'muffinlabs',
    ],
    ['a byabbe.se day of events', fixtureJson('events/1/15.json'), 'byabbe'],
    ['a byabbe.se day of births', fixtureJson('births/1/16.json'), 'byabbe'],
    ['a byabbe.se day of deaths', fixtureJson('deaths/1/17.json'), 'byabbe'],
    [
      'a byabbe.se day with no entries',
      { wikipedia: 'https://wikipedia.org/wiki/May_2', date: 'May 2', deaths: [] },
      'byabbe',
    ],
    [
      'a byabbe.se file that lost its date: its entries have a description',
      { events: [{ year: '1759', description: 'The British Museum opens.', wikipedia: [] }] },
      'byabbe',
    ],
    [
      'a Wikimedia response: a text and a numeric year',
      { events: [{ text: 'The British Museum opens.', year: 1759, pages: [] }] },
      'wikimedia',
    ],
    ['a Wikimedia response with only births', { births: [] }, 'wikimedia'],
    ['neither', { hello: 'world' }, null],
  ])('%s', (_label, json, format) => {
    expect(detectFormat(json)).toBe(format);
  });

  it.skipIf(!hasData).each([
    ['muffinlabs/01-15.json', 'muffinlabs'],
    ['wikimedia/onthisday-all-10-30.json', 'wikimedia'],
  ])('the real %s', (file, format) => {
    expect(detectFormat(JSON.parse(realFile(file)))).toBe(format);
  });
});

describe('refusing a file Almanac does not read', () => {
  const SHAPES = [
    'an Almanac export {format: "almanac"',
    'a muffinlabs "Today in History" day file {date, url, data: {Events, Births, Deaths}}',
    'a Wikimedia onthisday response {selected, events, births, deaths, holidays}',
    'a byabbe.se "On this day" file {wikipedia, date, events|births|deaths: [{year, description, wikipedia: [{title, wikipedia}]}]}',
  ];
  it.each([
    ['an object of other keys', '{"hello": "world"}', 'a JSON object with the key "hello" (text)'],
    [
      'a day file whose entries are not a list',
      '{"date": "January 15", "events": {"1759": "The British Museum opens."}}',
      'a JSON object with the keys "date" (text), "events" (an object)',
    ],
    [
      'a list',
      '[{"year": "1759", "event": "The British Museum opens."}]',
      'a JSON array of 1 item, the first an object with the keys "year" (text), "event" (text)',
    ],
    ['a string', '"January 15"', 'a JSON string ("January 15")'],
    ['an empty object', '{}', 'an empty JSON object'],
  ])('%s: says what it is and what Almanac reads', (_label, text, looks) => {
    const result = parseImportFile(text, { fileName: 'other.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(`other.json: unknown format: the file is ${looks}.`);
    for (const shape of SHAPES) expect(result.error).toContain(shape);
  });
});
