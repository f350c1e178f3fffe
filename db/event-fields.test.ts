import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DERIVED_COLUMNS, SCALAR_FIELD_NAMES, specOf, type FieldSpec } from '@/lib/events/fields';
import { events } from './schema';

// The events table (db/schema.ts, and its migrations) and the event's field registry
// (lib/events/fields.ts) describe the same columns: everything derived from the registry reads and
// writes the table by it.

const COLUMN_TYPES: Record<FieldSpec['kind'], string> = {
  text: 'SQLiteText',
  markdown: 'SQLiteText',
  enum: 'SQLiteText',
  list: 'SQLiteTextJson',
  int: 'SQLiteInteger',
  real: 'SQLiteReal',
  boolean: 'SQLiteBoolean',
  timestamp: 'SQLiteTimestamp',
};

describe('the event field registry and the events table', () => {
  const columns = Object.fromEntries(
    Object.entries(getTableColumns(events)).filter(
      ([name]) => !(DERIVED_COLUMNS as readonly string[]).includes(name),
    ),
  ) as ReturnType<typeof getTableColumns<typeof events>>;
  const withColumn = SCALAR_FIELD_NAMES.filter((name) => specOf(name).column !== null);

  it('name the same columns, in the same order', () => {
    expect(withColumn).toEqual(Object.keys(columns));
    expect(withColumn.map((name) => specOf(name).column)).toEqual(
      Object.values(columns).map((c) => c.name),
    );
  });

  it('agree on each column’s type, whether it may be null, and its choices', () => {
    for (const name of withColumn) {
      const spec = specOf(name);
      const column = columns[name as keyof typeof columns];
      expect({ name, type: column.columnType, nullable: !column.notNull }).toEqual({
        name,
        type: COLUMN_TYPES[spec.kind],
        nullable: spec.nullable === true,
      });
      expect({ name, choices: 'enumValues' in column ? column.enumValues : undefined }).toEqual({
        name,
        choices: spec.kind === 'enum' ? spec.values : undefined,
      });
    }
  });
});
