'use client';

import { useState } from 'react';
import { slugify } from '@/lib/slugs';
import { EVENT_LIMITS } from '@/lib/validation/event';
import { hintClass, inputClass, labelClass } from '../ui';
import { FieldError, fieldId, useFieldErrors } from './errors';
import { SearchCombobox } from './search-combobox';
import { useHydrated } from './use-hydrated';

type TagOption = { id: number; name: string; slug: string };

/** An existing tag Enter should take for the text typed: its name is the text or begins with it. */
function fitsTyped(tag: TagOption, text: string): boolean {
  const typed = slugify(text);
  return typed !== '' && slugify(tag.name).startsWith(typed);
}

function parseTags(json: unknown): TagOption[] {
  const results = (json as { results?: unknown } | null)?.results;
  return Array.isArray(results)
    ? results.filter(
        (r): r is TagOption =>
          typeof r === 'object' &&
          r !== null &&
          typeof (r as TagOption).id === 'number' &&
          typeof (r as TagOption).name === 'string',
      )
    : [];
}

/**
 * Tags as removable chips (each a hidden `tags` field) and a search box that finds existing tags
 * or adds a new one by name. Without JavaScript it is one text field of comma-separated names.
 */
export function TagPicker({ initial }: { initial: readonly string[] }) {
  const hydrated = useHydrated();
  const [names, setNames] = useState<string[]>([...initial]);
  const hintId = `${fieldId('tags')}-hint`;
  const { props } = useFieldErrors('tags', hintId);

  function add(name: string) {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean || names.some((n) => slugify(n) === slugify(clean))) return;
    setNames((list) => [...list, clean]);
  }

  if (!hydrated) {
    return (
      <div>
        <label htmlFor={fieldId('tags')} className={labelClass}>
          Tags
        </label>
        <input
          id={fieldId('tags')}
          name="tags"
          defaultValue={initial.join(', ')}
          className={`${inputClass} mt-1.5 w-full`}
          {...props}
        />
        <p id={hintId} className={hintClass}>
          Names separated by commas; new tags are created. At most {EVENT_LIMITS.tags}.
        </p>
        <FieldError name="tags" />
      </div>
    );
  }

  return (
    // min-w-0: a fieldset is otherwise as wide as its widest content (a long linked title).
    <fieldset className="min-w-0">
      <legend className={labelClass}>Tags</legend>
      {names.length > 0 && (
        <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label="Chosen tags">
          {names.map((name, i) => (
            <li
              key={name}
              className="inline-flex items-center gap-1 rounded-full bg-stone-100 py-0.5 pr-1 pl-2.5 text-sm dark:bg-stone-800"
            >
              <input type="hidden" name="tags" value={name} />
              {name}
              <button
                type="button"
                onClick={() => setNames((list) => list.filter((_, j) => j !== i))}
                className="rounded-full px-1.5 text-stone-500 hover:bg-stone-200 hover:text-stone-900 dark:hover:bg-stone-700 dark:hover:text-white"
              >
                <span aria-hidden="true">×</span>
                <span className="sr-only">Remove tag {name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-1.5">
        <SearchCombobox<TagOption>
          id={fieldId('tags')}
          label="Add a tag"
          endpoint="/api/cms/tags"
          parse={parseTags}
          optionKey={(t) => String(t.id)}
          renderOption={(t) => t.name}
          isExact={(t, text) => t.slug === slugify(text)}
          onPick={(t) => add(t.name)}
          highlightFirst={fitsTyped}
          explicitCreate
          createLabel={(text) => `Create tag “${text}”`}
          onCreate={add}
          placeholder="Search or add a tag…"
          describedBy={props['aria-describedby']}
          invalid={props['aria-invalid']}
          name="tags"
        />
      </div>
      <p id={hintId} className={hintClass}>
        Type to search; Enter adds the highlighted tag. A new tag: choose “Create tag” at the end of
        the list. At most {EVENT_LIMITS.tags}.
      </p>
      <FieldError name="tags" />
    </fieldset>
  );
}
