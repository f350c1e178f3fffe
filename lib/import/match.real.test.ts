import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryText } from '@/lib/events/entry-text';
import { parseImportText } from './index';
import { matchSameStory, type ExistingEvent } from './match';
import type { ImportRow } from './types';

// The matcher on real entries: muffinlabs' 30 October against the Wikimedia response of the same
// day (two corpora telling many of the same events in other words), and pairs of different events
// that muffinlabs has on one day in one year (which must never merge). The data lives beside the
// project (../shared/data); a clone without it skips these.
const dataDir = path.resolve(process.cwd(), '../shared/data');
const hasData = fs.existsSync(dataDir);

function rowsOf(file: string): ImportRow[] {
  const parsed = parseImportText(fs.readFileSync(path.join(dataDir, file), 'utf8'), {
    fileName: path.basename(file),
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.rows;
}

const asExisting = (r: ImportRow, id: number): ExistingEvent => ({
  id,
  slug: r.externalId,
  kind: r.kind,
  year: r.year,
  title: r.title,
  summary: r.summary,
  source: r.source,
  people: r.people,
  referenceUrls: r.references.map((x) => x.url),
  articleUrls: r.articles.map((a) => a.url),
});

function find(rows: readonly ImportRow[], start: string): ImportRow {
  const found = rows.filter((r) => entryText(r).startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} entries start with "${start}"`);
  return found[0]!;
}

describe.skipIf(!hasData)('matchSameStory on real entries', () => {
  const muffin = hasData ? rowsOf('muffinlabs/10-30.json') : [];
  const wiki = hasData ? rowsOf('wikimedia/onthisday-all-10-30.json') : [];
  const existing = muffin.map((r, i) => asExisting(r, i + 1));
  const matchOf = (start: string) => matchSameStory(find(wiki, start), existing);

  // [Wikimedia's wording, muffinlabs' wording, the rule that recognises them]
  it.each([
    [
      'The first democratic elections in Argentina',
      'The first democratic elections in Argentina',
      'same text',
    ],
    ['The Rumble in the Jungle', 'The Rumble in the Jungle', 'words'],
    [
      'El Salvador and Honduras sign a peace treaty',
      'El Salvador and Honduras agree',
      'twoArticles',
    ],
    [
      'The Soviet Union detonates the Tsar Bomba',
      'The Soviet Union detonates the Tsar Bomba',
      'oneArticle',
    ],
    [
      'In Southampton County, Virginia, escaped slave Nat Turner',
      'Nat Turner is arrested',
      'twoArticles',
    ],
    [
      'Lt. Tony Fasson, Able Seaman Colin Grazier',
      'Second World War: Lt. Tony Fasson',
      'twoArticles',
    ],
    // The two entries the Wikimedia response adds as new events without merging.
    [
      'Cold War: U.S. President Dwight D. Eisenhower',
      'President Eisenhower approves',
      'soleCandidate',
    ],
    ['Second Schleswig War ends', 'The Treaty of Vienna is signed', 'soleCandidate'],
  ] as const)('"%s…" is muffinlabs\' "%s…" (%s)', (theirs, ours, rule) => {
    const m = matchOf(theirs);
    expect(m && entryText(m.event).startsWith(ours)).toBe(true);
    expect(m?.rule).toBe(rule);
  });

  it('finds the same person born or dead that day whatever the wording', () => {
    const hikichi = find(wiki, 'Masanori Hikichi');
    expect(matchSameStory(hikichi, existing)).toBeNull(); // not in muffinlabs' 30 October
    const births = wiki.filter((r) => r.kind === 'birth' || r.kind === 'death');
    const merged = births.filter((r) => matchSameStory(r, existing)?.rule === 'same person');
    expect(merged.length).toBe(324);
    for (const r of merged) {
      const m = matchSameStory(r, existing)!;
      expect([m.event.kind, m.event.year]).toEqual([r.kind, r.year]);
    }
  });

  it('leaves the events muffinlabs does not have as new ones', () => {
    for (const start of [
      'Helena, Montana is founded', // 1864, beside the Treaty of Vienna
      'Ballet of Chestnuts',
      'English model Jean Shrimpton',
      'Vietnam War: United States Marines repel',
    ])
      expect(matchOf(start)).toBeNull();
    const newEvents = wiki.filter((r) => r.kind === 'event' && !matchSameStory(r, existing));
    expect(newEvents.length).toBe(11);
  });

  // Different events on one day in one year, each the other's only candidate: none may merge.
  it.each([
    [
      '08-28.json',
      'World War I: Germany declares war on Romania',
      'World War I: Italy declares war on Germany',
    ],
    ['12-01.json', 'TWA Flight 514', 'Northwest Airlines Flight 6231'],
    ['12-24.json', 'World War II: Kuching is conquered', 'World War II: Benghazi is conquered'],
  ] as const)('%s: "%s…" is not "%s…"', (file, a, b) => {
    const rows = rowsOf(`muffinlabs/${file}`);
    const first = find(rows, a);
    const second = find(rows, b);
    expect(first.year).toBe(second.year);
    expect(matchSameStory({ ...first, source: 'byabbe' }, [asExisting(second, 1)])).toBeNull();
    expect(matchSameStory({ ...second, source: 'byabbe' }, [asExisting(first, 1)])).toBeNull();
  });

  it('tells two battles of one war apart when both are there (alone, each would be the sole candidate)', () => {
    const rows = rowsOf('muffinlabs/08-06.json');
    const spicheren = find(rows, 'Franco-Prussian War: The Battle of Spicheren');
    const worth = find(rows, 'Franco-Prussian War: The Battle of Wörth');
    const both = [asExisting(worth, 1), asExisting(spicheren, 2)];
    expect(matchSameStory({ ...spicheren, source: 'byabbe' }, both)?.event.id).toBe(2);
    expect(matchSameStory({ ...worth, source: 'byabbe' }, both)?.event.id).toBe(1);
  });

  it('keeps namesakes apart: Lee Evans the runner (1947) is not Lee Evans the comedian (1964)', () => {
    const rows = rowsOf('muffinlabs/02-25.json');
    const runner = find(rows, 'Lee Evans, American runner');
    const comedian = find(rows, 'Lee Evans, English comedian');
    const candidates = [asExisting(runner, 1), asExisting(comedian, 2)];
    const again = { ...comedian, source: 'byabbe' as const, summary: 'Lee Evans, comedian' };
    expect(matchSameStory(again, candidates)?.event.id).toBe(2);
    expect(matchSameStory({ ...runner, source: 'byabbe' }, [candidates[1]!])).toBeNull();
  });

  it('merges few pairs of different events (at most 5 % in five days, each pair alone)', () => {
    let pairs = 0;
    let merged = 0;
    for (const file of ['08-28.json', '12-01.json', '12-24.json', '06-06.json', '11-07.json']) {
      const byYear = new Map<number | null, ImportRow[]>();
      for (const r of rowsOf(`muffinlabs/${file}`))
        if (r.kind === 'event') byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
      for (const list of byYear.values())
        for (const a of list)
          for (const b of list) {
            if (a === b) continue;
            pairs++;
            if (matchSameStory({ ...a, source: 'byabbe' }, [asExisting(b, 1)])) merged++;
          }
    }
    expect(pairs).toBeGreaterThan(20);
    expect(merged / pairs).toBeLessThanOrEqual(0.05);
  });
});
