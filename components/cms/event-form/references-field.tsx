'use client';

import { useRef, useState } from 'react';
import type { EventErrorKey, ReferenceFormValue } from '@/lib/validation/event';
import { EVENT_LIMITS } from '@/lib/validation/event';
import { buttonClass, hintClass, inputClass, labelClass } from '../ui';
import { FieldError, fieldId, useFieldErrors } from './errors';
import { move, RowButtons, withKeys } from './row-buttons';
import { useHydrated } from './use-hydrated';

const BLANK: ReferenceFormValue = { url: '', title: '', publisher: '', accessedAt: '' };
const COLUMNS: {
  field: keyof ReferenceFormValue;
  label: string;
  type: string;
  wide: boolean;
  max?: number;
}[] = [
  { field: 'title', label: 'Title', type: 'text', wide: true, max: EVENT_LIMITS.referenceTitle },
  { field: 'url', label: 'Web address', type: 'url', wide: true, max: EVENT_LIMITS.url },
  {
    field: 'publisher',
    label: 'Publisher',
    type: 'text',
    wide: false,
    max: EVENT_LIMITS.publisher,
  },
  { field: 'accessedAt', label: 'Accessed', type: 'date', wide: false },
];

function Cell({
  index,
  column,
  value,
  onChange,
}: {
  index: number;
  column: (typeof COLUMNS)[number];
  value: string;
  onChange: ((v: string) => void) | null;
}) {
  const key = `references.${index}.${column.field}` as EventErrorKey;
  const { props } = useFieldErrors(key);
  const control = onChange ? { value, onChange: (v: string) => onChange(v) } : null;
  return (
    <div className={column.wide ? 'sm:col-span-2' : ''}>
      <label
        htmlFor={fieldId(key)}
        className="block text-xs font-medium text-stone-600 dark:text-stone-400"
      >
        {column.label}
        <span className="sr-only"> of reference {index + 1}</span>
      </label>
      <input
        id={fieldId(key)}
        name={`references[${index}][${column.field}]`}
        type={column.type}
        maxLength={column.max}
        value={control ? control.value : undefined}
        defaultValue={control ? undefined : value}
        onChange={control ? (e) => control.onChange(e.target.value) : undefined}
        className={`${inputClass} mt-1 w-full py-1.5`}
        {...props}
      />
      <FieldError name={key} />
    </div>
  );
}

/** Sources, in order: add, move up or down, remove. Without JavaScript a blank row takes a new one. */
export function ReferencesField({ initial }: { initial: readonly ReferenceFormValue[] }) {
  const hydrated = useHydrated();
  const [rows, setRows] = useState(() => withKeys(initial));
  const nextKey = useRef(initial.length);
  const { props } = useFieldErrors('references');
  const shown = hydrated ? rows : [...rows, { ...BLANK, key: -1 }];

  return (
    <fieldset aria-describedby={props['aria-describedby']} className="min-w-0">
      <legend className={labelClass}>References</legend>
      <p className={hintClass}>The sources for this event, in the order readers should see them.</p>
      <ol className="mt-2 space-y-3">
        {shown.map((row, i) => (
          <li
            key={row.key}
            className="rounded-md border border-stone-200 p-3 dark:border-stone-700"
          >
            <div className="mb-1 flex items-center justify-between gap-2">
              <span className="text-sm font-medium text-stone-600 dark:text-stone-300">
                {row.key === -1 ? 'Add a reference' : `Reference ${i + 1}`}
              </span>
              {hydrated && (
                <RowButtons
                  label={`reference ${i + 1}`}
                  index={i}
                  count={rows.length}
                  onMove={(from, to) => setRows((list) => move(list, from, to))}
                  onRemove={(index) => setRows((list) => list.filter((_, j) => j !== index))}
                />
              )}
            </div>
            <div className="grid gap-2 sm:grid-cols-2">
              {COLUMNS.map((column) => (
                <Cell
                  key={column.field}
                  index={i}
                  column={column}
                  value={row[column.field]}
                  onChange={
                    row.key === -1
                      ? null
                      : (v) =>
                          setRows((list) =>
                            list.map((r, j) => (j === i ? { ...r, [column.field]: v } : r)),
                          )
                  }
                />
              ))}
            </div>
          </li>
        ))}
      </ol>
      {hydrated && (
        <button
          type="button"
          className={`${buttonClass.secondary} mt-2`}
          disabled={rows.length >= EVENT_LIMITS.references}
          onClick={() => setRows((list) => [...list, { ...BLANK, key: nextKey.current++ }])}
        >
          Add a reference
        </button>
      )}
      <FieldError name="references" />
    </fieldset>
  );
}
