import { describe, expect, it } from 'vitest';
import { diffLines, diffSnapshots, diffWords, sideOf, type TextSegment } from './diff';
import { parseSnapshot, snapshotContent, type RevisionSnapshot } from './snapshot';

const join = (segments: readonly TextSegment[]) => segments.map((s) => s.text).join('');

describe('diffWords', () => {
  it.each([
    ['the quick fox', 'the quick brown fox'],
    ['Recognised in 1924.', 'Recognised de jure on 1 February 1924.'],
    ['a b c d', 'a x c y'],
    ['', 'new text'],
    ['old text', ''],
    ['same', 'same'],
  ])('%j -> %j rebuilds both sides', (a, b) => {
    const segments = diffWords(a, b);
    expect(join(sideOf(segments, 'before'))).toBe(a);
    expect(join(sideOf(segments, 'after'))).toBe(b);
  });

  it('marks only the changed words', () => {
    expect(diffWords('the quick fox', 'the quick brown fox')).toEqual([
      { op: 'equal', text: 'the quick ' },
      { op: 'insert', text: 'brown ' },
      { op: 'equal', text: 'fox' },
    ]);
    expect(diffWords('in early January', 'on 1 February')).toEqual([
      { op: 'delete', text: 'in early January' },
      { op: 'insert', text: 'on 1 February' },
    ]);
  });

  it('copes with long texts by comparing lines', () => {
    // Changes at both ends leave a middle too big for a word table: lines are compared instead.
    const a = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} has a few words in it.`).join(
      '\n',
    );
    const b = a
      .replace('Paragraph 0 has', 'Paragraph zero has')
      .replace('Paragraph 399 has', 'The last paragraph has');
    const segments = diffWords(a, b);
    expect(join(sideOf(segments, 'before'))).toBe(a);
    expect(join(sideOf(segments, 'after'))).toBe(b);
    expect(segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual([
      'Paragraph 0 has a few words in it.',
      'Paragraph 399 has a few words in it.',
    ]);
  });
});

describe('diffLines', () => {
  it('adds and removes whole lines', () => {
    expect(diffLines('Diplomacy\nSoviet Union', 'Diplomacy\nRecognition\nSoviet Union')).toEqual([
      { op: 'equal', text: 'Diplomacy\n' },
      { op: 'insert', text: 'Recognition\n' },
      { op: 'equal', text: 'Soviet Union' },
    ]);
  });
});

function snapshot(over: Partial<RevisionSnapshot> = {}): RevisionSnapshot {
  const base = parseSnapshot({
    id: 1,
    slug: 'uk-recognises-ussr',
    title: 'UK recognises the USSR',
    summary: 'Recognition in early January.',
    keyPoints: ['First'],
    body: 'Body text.',
    year: 1924,
    month: 2,
    day: 1,
    precision: 'day',
    categoryId: 2,
    category: { id: 2, slug: 'politics', name: 'Politics' },
    status: 'published',
    publishAt: null,
    version: 1,
    tags: [{ id: 1, slug: 'diplomacy', name: 'Diplomacy' }],
    people: [
      {
        id: 3,
        slug: 'ramsay-macdonald',
        name: 'Ramsay MacDonald',
        role: 'Prime Minister',
        position: 0,
      },
    ],
    references: [],
    links: [
      {
        type: 'led_to',
        direction: 'outgoing',
        eventId: 9,
        eventSlug: 'italy',
        eventTitle: 'Italy recognises the USSR',
      },
    ],
  });
  if (!base) throw new Error('fixture is not a snapshot');
  return { ...base, ...over };
}

describe('diffSnapshots', () => {
  it('lists only the fields that changed, with a word diff for text', () => {
    const a = snapshot();
    const b = snapshot({
      summary: 'Recognition on 1 February.',
      day: 2,
      tags: [...a.tags, { id: 5, slug: 'recognition', name: 'Recognition' }],
      status: 'draft',
      publishAt: '2026-05-01T09:00:00.000Z',
    });
    const changes = diffSnapshots(a, b);
    expect(changes.map((c) => c.field)).toEqual(['date', 'summary', 'tags', 'status']);
    const date = changes.find((c) => c.field === 'date');
    expect(date).toMatchObject({
      before: '1 February 1924',
      after: '2 February 1924',
      segments: null,
    });
    const summary = changes.find((c) => c.field === 'summary');
    expect(summary?.segments).toEqual([
      { op: 'equal', text: 'Recognition ' },
      { op: 'delete', text: 'in early January' },
      { op: 'insert', text: 'on 1 February' },
      { op: 'equal', text: '.' },
    ]);
    expect(changes.find((c) => c.field === 'status')?.after).toBe(
      'Scheduled for 2026-05-01 09:00 UTC',
    );
  });

  it('does not report a link as changed when only one snapshot knows its title (seed snapshots)', () => {
    const seedShape = snapshot({
      links: [
        { type: 'led_to', direction: 'outgoing', eventId: 9, eventSlug: 'italy', eventTitle: null },
      ],
    });
    expect(diffSnapshots(seedShape, snapshot())).toEqual([]);
  });

  it('finds no change between equal snapshots, and shows links from this side', () => {
    expect(diffSnapshots(snapshot(), snapshot())).toEqual([]);
    const changes = diffSnapshots(snapshot(), snapshot({ links: [] }));
    expect(changes).toEqual([
      expect.objectContaining({
        field: 'links',
        before: 'Led to: Italy recognises the USSR',
        after: '',
      }),
    ]);
  });
});

describe('parseSnapshot', () => {
  it('reads the seed shape (ISO strings, no link titles) and refuses non-snapshots', () => {
    const s = parseSnapshot({
      id: 4,
      slug: 's',
      title: 'T',
      categoryId: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      publishAt: null,
      links: [{ type: 'related', direction: 'incoming', eventId: 2, eventSlug: 'x' }],
    });
    expect(s?.links[0]).toEqual({
      type: 'related',
      direction: 'incoming',
      eventId: 2,
      eventSlug: 'x',
      eventTitle: null,
    });
    expect(s && snapshotContent(s).links).toEqual(['related:incoming:2']);
    expect(parseSnapshot({ hello: 'world' })).toBeNull();
  });
});
