import { describe, expect, it } from 'vitest';
import { judgeImport } from './outcome';
import type { Skip, SkipCode } from './types';

const skip = (code: SkipCode, file = 'events/1/15.json'): Skip => ({
  where: { file, section: 'events', index: 0 },
  rawYear: null,
  code,
  reason: code,
});
const base = { entries: 5, written: 5, skipped: [], unreadable: [], dryRun: false };

describe('judgeImport: what the command tells a script', () => {
  it.each<[string, Partial<Parameters<typeof judgeImport>[0]>, 0 | 1 | 2, string[]]>([
    ['every entry imported', {}, 0, []],
    ['a second run that changes nothing', { written: 5 }, 0, []],
    [
      'some entries skipped, the rest imported',
      { written: 4, skipped: [skip('null-text')] },
      0,
      [],
    ],
    [
      'every entry already in Almanac from another source',
      { written: 0, skipped: Array.from({ length: 5 }, () => skip('same-as-existing')) },
      0,
      [],
    ],
    [
      'every entry skipped (a Wikimedia-shaped file with text years)',
      { written: 0, skipped: Array.from({ length: 5 }, () => skip('malformed-entry')) },
      1,
      ['Nothing was imported: all 5 entries were skipped (the reasons are listed above).'],
    ],
    [
      'its one entry skipped, in a dry run',
      { entries: 1, written: 0, skipped: [skip('unparseable-year')], dryRun: true },
      1,
      ['Nothing would be imported: its one entry was skipped (the reasons are listed above).'],
    ],
    [
      'files with no entries',
      { entries: 0, written: 0 },
      1,
      ['Nothing to import: the files hold no entries.'],
    ],
    [
      'a file left out, the rest imported',
      { unreadable: ['notes.json: unknown format: the file is an empty JSON object. …'] },
      2,
      [
        '1 file could not be read and was left out:',
        '  notes.json: unknown format: the file is an empty JSON object. …',
      ],
    ],
    [
      'a file cut off, the entries before the cut imported',
      { written: 3, skipped: [skip('cut-off', 'events/1/17.json')] },
      2,
      [
        '1 file is cut off: the entries before each cut were read, the rest of the file is missing:',
        '  events/1/17.json',
      ],
    ],
  ])('%s', (_label, over, exitCode, problems) => {
    expect(judgeImport({ ...base, ...over })).toEqual({ exitCode, problems });
  });
});
