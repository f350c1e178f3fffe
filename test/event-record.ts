import { defaultOf, SCALAR_FIELD_NAMES, type ScalarField } from '@/lib/events/fields';
import type { EventRecord } from '@/lib/events/record';

const STAMP = '2026-03-01T12:00:00.000Z';

/**
 * A whole event record for unit tests: every scalar field at its registry default (timestamps at
 * a fixed instant), no relations, then what the test gives. A field added to lib/events/fields.ts
 * needs nothing here.
 */
export function testRecord(over: Partial<EventRecord> = {}): EventRecord {
  const scalars = Object.fromEntries(
    SCALAR_FIELD_NAMES.map((name: ScalarField) => {
      const spec = name === 'createdAt' || name === 'updatedAt' ? STAMP : safeDefault(name);
      return [name, spec];
    }),
  );
  return {
    ...scalars,
    category: null,
    tags: [],
    people: [],
    references: [],
    links: [],
    ...over,
  } as EventRecord;
}

function safeDefault(name: ScalarField): unknown {
  try {
    return defaultOf(name);
  } catch {
    return STAMP;
  }
}
