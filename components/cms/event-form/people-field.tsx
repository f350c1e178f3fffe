'use client';

import { useRef, useState } from 'react';
import type { PersonFormValue } from '@/lib/validation/event';
import { EVENT_LIMITS } from '@/lib/validation/event';
import { hintClass, inputClass, labelClass } from '../ui';
import { FieldError, fieldId, useFieldErrors } from './errors';
import { move, RowButtons, withKeys } from './row-buttons';
import { SearchCombobox } from './search-combobox';
import { useHydrated } from './use-hydrated';

type PersonOption = {
  id: number;
  name: string;
  description: string;
  birthYear: number | null;
  deathYear: number | null;
};

function parsePeople(json: unknown): PersonOption[] {
  const results = (json as { results?: unknown } | null)?.results;
  return Array.isArray(results)
    ? results.filter(
        (r): r is PersonOption =>
          typeof r === 'object' &&
          r !== null &&
          typeof (r as PersonOption).id === 'number' &&
          typeof (r as PersonOption).name === 'string',
      )
    : [];
}

const lifespan = (p: PersonOption) =>
  p.birthYear || p.deathYear
    ? ` (${p.birthYear ? (p.birthYear < 0 ? `${-p.birthYear} BCE` : p.birthYear) : '?'}–${p.deathYear ? (p.deathYear < 0 ? `${-p.deathYear} BCE` : p.deathYear) : ''})`
    : '';

function RoleInput({
  index,
  name,
  value,
  onChange,
}: {
  index: number;
  name: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const key = `people.${index}.role` as const;
  const { props } = useFieldErrors(key);
  return (
    <div className="min-w-40 flex-1">
      <label htmlFor={fieldId(key)} className="sr-only">
        Role of {name || `person ${index + 1}`}
      </label>
      <input
        id={fieldId(key)}
        name={`people[${index}][role]`}
        placeholder="Role, e.g. Prime Minister"
        maxLength={EVENT_LIMITS.personRole}
        {...(onChange
          ? { value: value ?? '', onChange: (e) => onChange(e.target.value) }
          : { defaultValue: value })}
        className={`${inputClass} w-full py-1.5`}
        {...props}
      />
      <FieldError name={key} />
    </div>
  );
}

/**
 * The people of an event, in order, each with a role: chosen with a search box (existing people)
 * or added by name (a new person is created on save). Without JavaScript, a blank row takes a name.
 */
export function PeopleField({ initial }: { initial: readonly PersonFormValue[] }) {
  const hydrated = useHydrated();
  const [rows, setRows] = useState(() => withKeys(initial));
  const nextKey = useRef(initial.length);
  const hintId = `${fieldId('people')}-hint`;
  const { props } = useFieldErrors('people', hintId);

  const add = (person: PersonFormValue) => {
    if (person.personId && rows.some((r) => r.personId === person.personId)) return;
    setRows((list) => [...list, { ...person, key: nextKey.current++ }]);
  };
  const blankIndex = rows.length;

  return (
    // min-w-0: a fieldset is otherwise as wide as its widest content (a long linked title).
    <fieldset className="min-w-0">
      <legend className={labelClass}>People</legend>
      <p id={hintId} className={hintClass}>
        Who took part, in the order to show them. Choose someone already in Almanac, or add a new
        person by name.
      </p>
      {rows.length > 0 && (
        <ol className="mt-2 space-y-2">
          {rows.map((row, i) => {
            const nameKey = `people.${i}.name` as const;
            return (
              <li
                key={row.key}
                className="rounded-md border border-stone-200 p-2 dark:border-stone-700"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name={`people[${i}][personId]`} value={row.personId} />
                  <input type="hidden" name={`people[${i}][name]`} value={row.name} />
                  <span className="min-w-40 font-medium">
                    {row.name}
                    {!row.personId && (
                      <span className="ml-1.5 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
                        new
                      </span>
                    )}
                  </span>
                  <RoleInput
                    index={i}
                    name={row.name}
                    value={row.role}
                    onChange={(role) =>
                      setRows((list) => list.map((r, j) => (j === i ? { ...r, role } : r)))
                    }
                  />
                  {hydrated && (
                    <RowButtons
                      label={row.name}
                      index={i}
                      count={rows.length}
                      onMove={(from, to) => setRows((list) => move(list, from, to))}
                      onRemove={(index) => setRows((list) => list.filter((_, j) => j !== index))}
                    />
                  )}
                </div>
                <FieldError name={nameKey} />
              </li>
            );
          })}
        </ol>
      )}
      {hydrated ? (
        <div className="mt-2">
          <SearchCombobox<PersonOption>
            id={fieldId('people')}
            label="Add a person"
            endpoint="/api/cms/people"
            parse={parsePeople}
            optionKey={(p) => String(p.id)}
            renderOption={(p) => (
              <span>
                <span className="font-medium">{p.name}</span>
                <span className="text-stone-500 dark:text-stone-400">
                  {lifespan(p)}
                  {p.description ? ` · ${p.description}` : ''}
                </span>
              </span>
            )}
            onPick={(p) => add({ personId: String(p.id), name: p.name, role: '' })}
            createLabel={(text) => `Add new person “${text}”`}
            onCreate={(text) => add({ personId: '', name: text, role: '' })}
            placeholder="Search people or type a new name…"
            describedBy={props['aria-describedby']}
            invalid={props['aria-invalid']}
            minLength={2}
          />
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          <div className="min-w-40 flex-1">
            <label htmlFor={fieldId(`people.${blankIndex}.name`)} className="sr-only">
              Name of a person to add
            </label>
            <input
              id={fieldId(`people.${blankIndex}.name`)}
              name={`people[${blankIndex}][name]`}
              placeholder="Add a person by name"
              maxLength={EVENT_LIMITS.personName}
              className={`${inputClass} w-full py-1.5`}
            />
          </div>
          <RoleInput index={blankIndex} name="the new person" />
        </div>
      )}
      <FieldError name="people" />
    </fieldset>
  );
}
