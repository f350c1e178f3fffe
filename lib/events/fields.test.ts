import { describe, expect, expectTypeOf, it } from 'vitest';
import { almanacEventSchema } from '@/lib/import/almanac';
import { diffSnapshots } from '@/lib/revisions/diff';
import {
  createEventSchema,
  emptyEventFormValues,
  EVENT_LIMITS,
  parseEventFormData,
  validateEventForm,
  type EventFormValues,
} from '@/lib/validation/event';
import type { EventKind, Precision } from './enums';
import {
  defaultOf,
  FILE_FIELDS,
  FORM_TEXT_FIELDS,
  formSpecOf,
  SCALAR_FIELD_NAMES,
  SCALAR_FIELDS,
  specOf,
  type FieldsWith,
} from './fields';
import { eventFormValuesOf } from './form-values';
import { readSnapshot, type EventRecord } from './record';

// The registry's declarations reach every surface that copies fields mechanically. (The snapshot,
// the store, the export and import and the API are checked end to end by their own tests.)

/** A whole record: an old-style snapshot of it, with every field it leaves out at its default. */
function record(over: Partial<EventRecord> = {}): EventRecord {
  const e = readSnapshot({
    id: 1,
    slug: 'treaty-of-rapallo',
    title: 'Treaty of Rapallo',
    summary: 'Germany and Soviet Russia renounce their claims.',
    year: 1922,
    month: 4,
    day: 16,
    categoryId: 2,
    category: { id: 2, slug: 'politics', name: 'Politics' },
    status: 'published',
    createdAt: '2026-03-01T12:00:00.000Z',
  });
  if (!e) throw new Error('fixture is not a snapshot');
  return { ...e, ...over };
}

describe('the field registry', () => {
  it('gives the record precise types', () => {
    expectTypeOf<EventRecord['kind']>().toEqualTypeOf<EventKind>();
    expectTypeOf<EventRecord['endPrecision']>().toEqualTypeOf<Precision | null>();
    expectTypeOf<EventRecord['funFact']>().toEqualTypeOf<string | null>();
    expectTypeOf<EventRecord['summary']>().toEqualTypeOf<string>();
    expectTypeOf<EventRecord['keyPoints']>().toEqualTypeOf<string[]>();
    expectTypeOf<EventRecord['latitude']>().toEqualTypeOf<number | null>();
    expectTypeOf<EventRecord['featured']>().toEqualTypeOf<boolean>();
    expectTypeOf<EventRecord['publishAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<EventRecord['createdAt']>().toEqualTypeOf<string>();
    expectTypeOf<EventFormValues['furtherReading']>().toEqualTypeOf<string>();
  });

  it('declares each field’s default: null where it may be, else empty, zero, false or its first choice', () => {
    expect(defaultOf('funFact')).toBeNull();
    expect(defaultOf('summary')).toBe('');
    expect(defaultOf('keyPoints')).toEqual([]);
    expect(defaultOf('version')).toBe(0);
    expect(defaultOf('circa')).toBe(false);
    expect(defaultOf('selectable')).toBe(true);
    expect(defaultOf('kind')).toBe('event');
    expect(defaultOf('calendar')).toBe('gregorian');
    expect(() => defaultOf('createdAt')).toThrow(/no default/);
  });

  it('reads, checks and echoes every plain text field of the editor form by its declaration', () => {
    expect(FORM_TEXT_FIELDS).toEqual(
      expect.arrayContaining([
        'summary',
        'body',
        'funFact',
        'furtherReading',
        'location',
        'imageAlt',
        'imageCredit',
      ]),
    );
    const schema = createEventSchema({ now: () => Date.parse('2026-03-01T12:00:00Z') });
    for (const name of FORM_TEXT_FIELDS) {
      const { max, label } = formSpecOf(name);
      expect(EVENT_LIMITS[name]).toBe(max);
      expect(emptyEventFormValues()[name]).toBe('');
      const form = new FormData();
      form.set(name, 'Typed text');
      expect(parseEventFormData(form)[name]).toBe('Typed text');
      expect(eventFormValuesOf(record({ [name]: 'Stored text' }))[name]).toBe('Stored text');

      const values = {
        ...emptyEventFormValues(),
        title: 'A title',
        year: '1922',
        categoryId: '2',
        summary: 'A summary.',
        imageUrl: 'https://example.org/a.jpg',
        imageAlt: 'An image',
        [name]: 'x'.repeat(max + 1),
      };
      const result = validateEventForm(values, schema);
      expect(result.ok ? null : result.errors[name]).toEqual([
        `${label} has at most ${max.toLocaleString('en')} characters`,
      ]);
      // A value the editor kept as stored is accepted whatever today's limit.
      const kept = validateEventForm(values, createEventSchema({ stored: values }));
      expect(kept.ok ? null : kept.errors[name]).toBeNull();
    }
  });

  it('gives every field declared with a comparison row its row, under its label', () => {
    const changed = (name: FieldsWith<{ diff: object }>): Partial<EventRecord> => {
      const value = record()[name];
      if (typeof value === 'boolean') return { [name]: !value };
      if (Array.isArray(value)) return { [name]: [...value, 'Another line'] };
      return { [name]: `${value ?? ''} changed` };
    };
    const withRows = SCALAR_FIELD_NAMES.filter(
      (name): name is FieldsWith<{ diff: object }> => 'diff' in specOf(name),
    );
    expect(withRows.length).toBeGreaterThan(10);
    for (const name of withRows) {
      const changes = diffSnapshots(record(), record(changed(name)));
      expect(changes.map((c) => [c.field, c.label])).toEqual([
        [name, SCALAR_FIELDS[name].diff.label],
      ]);
    }
  });

  it('puts every field of an Almanac file in its place: record order, then relations, then timestamps', () => {
    const parsed = almanacEventSchema.parse({
      slug: 'treaty-of-rapallo',
      kind: 'event',
      title: 'Treaty of Rapallo',
      year: 1922,
      month: 4,
      day: 16,
      category: 'politics',
      status: 'draft',
      createdAt: '2026-03-01T12:00:00.000Z',
      updatedAt: '2026-03-01T12:00:00.000Z',
    });
    const fileName = (name: string) =>
      name === 'categoryId' ? 'category' : name === 'updatedBy' ? 'edited' : name;
    const timestamps = ['createdAt', 'updatedAt'];
    expect(Object.keys(parsed)).toEqual([
      ...FILE_FIELDS.filter((f) => !timestamps.includes(f)).map(fileName),
      'tags',
      'people',
      'references',
      'links',
      ...timestamps,
    ]);
  });

  it('still reads a snapshot saved with the first version’s fields (a field added later says so: `addedLater`)', () => {
    // A revision as saved when the snapshot format got its version: exactly these fields.
    const firstVersion = JSON.parse(
      '{"v":1,"event":{"id":7,"slug":"treaty-of-rapallo","formerSlugs":[],"kind":"event","title":"Treaty of Rapallo","summary":"S","keyPoints":[],"body":"","funFact":null,"furtherReading":null,"year":1922,"month":4,"day":16,"precision":"day","circa":false,"calendar":"gregorian","endYear":null,"endMonth":null,"endDay":null,"endPrecision":null,"location":null,"latitude":null,"longitude":null,"categoryId":2,"imageUrl":null,"imageAlt":null,"imageCredit":null,"featured":false,"status":"published","publishAt":null,"publishedAt":"2026-03-01T12:00:00.000Z","deletedAt":null,"version":3,"source":null,"sourceUrl":null,"license":null,"externalId":null,"contentHash":null,"createdBy":1,"updatedBy":1,"createdAt":"2026-03-01T12:00:00.000Z","updatedAt":"2026-03-02T08:30:00.250Z","category":{"id":2,"slug":"politics","name":"Politics"},"tags":[],"people":[],"references":[],"links":[]}}',
    ) as { event: Record<string, unknown> };
    const read = readSnapshot(firstVersion);
    expect(read, 'a field added since needs `addedLater: true`').not.toBeNull();
    for (const name of SCALAR_FIELD_NAMES)
      expect(read?.[name], name).toEqual(
        name in firstVersion.event ? firstVersion.event[name] : defaultOf(name),
      );
    // An event saved before editors could keep it out of the selected list may be chosen.
    expect(read?.selectable).toBe(true);
  });
});
