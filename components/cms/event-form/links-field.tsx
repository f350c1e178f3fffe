'use client';

import { useRef, useState } from 'react';
import type { LinkFormValue } from '@/lib/validation/event';
import {
  EVENT_LIMITS,
  LINK_LABELS,
  LINK_TYPES,
  SYMMETRIC_LINK_TYPES,
} from '@/lib/validation/event';
import { hintClass, inputClass, labelClass } from '../ui';
import { FieldError, fieldId, useFieldErrors } from './errors';
import { move, RowButtons, withKeys } from './row-buttons';
import { SearchCombobox } from './search-combobox';
import { useHydrated } from './use-hydrated';

type Candidate = { id: number; title: string; date: string; status: string };

function parseCandidates(json: unknown): Candidate[] {
  const results = (json as { results?: unknown } | null)?.results;
  return Array.isArray(results)
    ? results.filter(
        (r): r is Candidate =>
          typeof r === 'object' &&
          r !== null &&
          typeof (r as Candidate).id === 'number' &&
          typeof (r as Candidate).title === 'string',
      )
    : [];
}

/** Each way a link can read from this event: "Led to X" stores this → X, "Result of X" X → this. */
const RELATIONS = LINK_TYPES.flatMap((type) =>
  (SYMMETRIC_LINK_TYPES.includes(type) ? (['from'] as const) : (['from', 'to'] as const)).map(
    (direction) => ({
      value: `${type}:${direction}`,
      label: LINK_LABELS[type][direction],
    }),
  ),
);

const relationOf = (l: LinkFormValue) =>
  `${l.type}:${SYMMETRIC_LINK_TYPES.some((t) => t === l.type) ? 'from' : l.direction}`;

function RelationSelect({
  index,
  value,
  onChange,
  label,
}: {
  index: number;
  value: string;
  onChange?: (v: string) => void;
  label: string;
}) {
  const key = `links.${index}.type` as const;
  const { props } = useFieldErrors(key);
  return (
    <div>
      <label htmlFor={fieldId(key)} className="sr-only">
        How this event relates to {label}
      </label>
      <select
        id={fieldId(key)}
        name={`links[${index}][relation]`}
        {...(onChange ? { value } : { defaultValue: value })}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
        className={`${inputClass} py-1.5`}
        {...props}
      >
        {RELATIONS.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <FieldError name={key} />
    </div>
  );
}

/**
 * Cross-links to other events, each with how this event relates to it. The other event's page
 * shows the inverse ("Led to" here is "Result of" there). Found by title search, or without
 * JavaScript by the other event's number.
 */
export function LinksField({
  initial,
  eventId,
}: {
  initial: readonly LinkFormValue[];
  eventId: number | null;
}) {
  const hydrated = useHydrated();
  const [rows, setRows] = useState(() =>
    withKeys(initial.map((l) => ({ ...l, relation: relationOf(l) }))),
  );
  const nextKey = useRef(initial.length);
  const hintId = `${fieldId('links')}-hint`;
  const { props } = useFieldErrors('links', hintId);
  const blankIndex = rows.length;

  return (
    // min-w-0: a fieldset is otherwise as wide as its widest content (a long linked title).
    <fieldset className="min-w-0">
      <legend className={labelClass}>Linked events</legend>
      <p id={hintId} className={hintClass}>
        Read each link as “this event … the other one”. At most {EVENT_LIMITS.links}.
      </p>
      {rows.length > 0 && (
        <ol className="mt-2 space-y-2">
          {rows.map((row, i) => (
            <li
              key={row.key}
              className="rounded-md border border-stone-200 p-2 dark:border-stone-700"
            >
              <div className="flex flex-wrap items-center gap-2">
                <input type="hidden" name={`links[${i}][eventId]`} value={row.eventId} />
                <input type="hidden" name={`links[${i}][title]`} value={row.title} />
                <RelationSelect
                  index={i}
                  label={row.title}
                  value={row.relation}
                  onChange={(relation) =>
                    setRows((list) => list.map((r, j) => (j === i ? { ...r, relation } : r)))
                  }
                />
                <a
                  href={`/editor/events/${row.eventId}`}
                  target="_blank"
                  rel="noopener"
                  className="min-w-0 flex-1 truncate font-medium text-amber-800 underline-offset-2 hover:underline dark:text-amber-300"
                >
                  {row.title || `Event #${row.eventId}`}
                </a>
                {hydrated && (
                  <RowButtons
                    label={`link to ${row.title}`}
                    index={i}
                    count={rows.length}
                    onMove={(from, to) => setRows((list) => move(list, from, to))}
                    onRemove={(index) => setRows((list) => list.filter((_, j) => j !== index))}
                  />
                )}
              </div>
              <FieldError name={`links.${i}.eventId`} />
            </li>
          ))}
        </ol>
      )}
      {hydrated ? (
        <div className="mt-2">
          <SearchCombobox<Candidate>
            id={fieldId('links')}
            label="Link to an event"
            endpoint="/api/cms/events"
            params={eventId === null ? undefined : { exclude: String(eventId) }}
            parse={parseCandidates}
            optionKey={(c) => String(c.id)}
            renderOption={(c) => (
              <span>
                <span className="font-medium">{c.title}</span>
                <span className="text-stone-500 dark:text-stone-400">
                  {c.date ? ` · ${c.date}` : ''}
                  {c.status !== 'published' ? ` · ${c.status}` : ''}
                </span>
              </span>
            )}
            onPick={(c) => {
              if (rows.some((r) => r.eventId === String(c.id))) return;
              setRows((list) => [
                ...list,
                {
                  eventId: String(c.id),
                  title: c.title,
                  type: 'related',
                  direction: 'from',
                  relation: 'related:from',
                  key: nextKey.current++,
                },
              ]);
            }}
            placeholder="Search events by title or #number…"
            describedBy={props['aria-describedby']}
            invalid={props['aria-invalid']}
            minLength={2}
          />
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <RelationSelect index={blankIndex} value="related:from" label="the event to add" />
          <div>
            <label
              htmlFor={fieldId(`links.${blankIndex}.eventId`)}
              className="block text-xs font-medium text-stone-600 dark:text-stone-400"
            >
              Event number
            </label>
            <input
              id={fieldId(`links.${blankIndex}.eventId`)}
              name={`links[${blankIndex}][eventId]`}
              inputMode="numeric"
              pattern="[0-9]*"
              className={`${inputClass} mt-1 w-32 py-1.5`}
            />
          </div>
        </div>
      )}
      <FieldError name="links" />
    </fieldset>
  );
}
