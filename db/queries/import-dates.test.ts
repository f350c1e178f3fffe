import { describe, expect, it } from 'vitest';
import { getDbHandle } from '@/db/client';
import { formatHistoricalDate, howLongAgo } from '@/lib/dates';
import { parseImportFile, type ImportRow, type ParsedImportFile } from '@/lib/import';
import { SWEDISH_DATE_NOTE } from '@/lib/import/date-notes';
import { corpusEntry } from '@/test/muffinlabs-day';
import { getEventById } from './events';
import { importRows } from './import';
import { importFiles } from './import-run';

// Dates the text qualifies, through the whole import: what is stored, what the event page shows,
// what an editor is told. The entries are ../shared/data/muffinlabs's, as they are there.

// 07-01 Events #8
const BOYNE = corpusEntry('07-01 Events #8').entry;
// 02-29 Events #3
const SWEDISH_LEAP_DAY = corpusEntry('02-29 Events #3').entry;

function dayFile(date: string, fileName: string, events: unknown[]): ParsedImportFile {
  const text = JSON.stringify({
    date,
    url: `https://wikipedia.org/wiki/${date.replace(' ', '_')}`,
    data: { Events: events },
  });
  const parsed = parseImportFile(text, { fileName });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const eventIdOf = (externalId: string) =>
  getDbHandle()
    .sqlite.prepare(`SELECT id FROM events WHERE external_id = ?`)
    .pluck()
    .get(externalId) as number;
const revisionNotes = (eventId: number) =>
  getDbHandle()
    .sqlite.prepare(`SELECT note FROM revisions WHERE event_id = ? ORDER BY version`)
    .pluck()
    .all(eventId) as string[];

describe('importing dates the text qualifies', () => {
  const boyneFile = dayFile('July 1', '07-01.json', [BOYNE]);
  const boyne = boyneFile.format === 'almanac' ? undefined : boyneFile.rows[0];

  it('corrects in place a Julian-marked event imported as Gregorian before: same event, Julian now', () => {
    if (!boyne) throw new Error('the Boyne entry was not read');
    // What the importer stored until now: the same entry (same external id), in the Gregorian calendar.
    const before: ImportRow = { ...boyne, calendar: 'gregorian' };
    expect(importRows({ rows: [before], status: 'published' })).toMatchObject({ imported: 1 });
    const id = eventIdOf(boyne.externalId);

    const summary = importFiles([boyneFile], { status: 'published', actorId: null });
    expect(summary).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    expect(eventIdOf(boyne.externalId)).toBe(id);
    expect(getDbHandle().sqlite.prepare(`SELECT count(*) FROM events`).pluck().get()).toBe(1);

    // The event page: the date as written, marked Julian, and its age from 11 July 1690 (Gregorian).
    const page = getEventById(id);
    expect(page).toMatchObject({ year: 1690, month: 7, day: 1, calendar: 'julian', circa: false });
    expect(formatHistoricalDate(page!)).toBe('1 July 1690 (Julian)');
    expect(howLongAgo({ date: page!, today: { year: 2025, month: 7, day: 11 } })).toBe(
      '335 years ago',
    );

    // A third import changes nothing.
    expect(importFiles([boyneFile], { status: 'published', actorId: null })).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('keeps a Swedish-calendar date as written, circa, and tells the editor in the notes and the history', () => {
    const file = dayFile('February 29', '02-29.json', [SWEDISH_LEAP_DAY]);
    if (file.format === 'almanac') throw new Error('not a day file');
    const row = file.rows[0]!;
    const summary = importFiles([file], { status: 'published', actorId: null });
    expect(summary.imported).toBe(1);
    expect(summary.warnings).toEqual([expect.stringContaining(SWEDISH_DATE_NOTE)]);
    const id = eventIdOf(row.externalId);
    expect(getEventById(id)).toMatchObject({ year: 1712, month: 2, day: 29, circa: true });
    expect(formatHistoricalDate(getEventById(id)!)).toBe('c. 29 February 1712');
    expect(revisionNotes(id)).toEqual([`Imported from muffinlabs. ${SWEDISH_DATE_NOTE}`]);
  });
});
