'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { inputClass } from '../ui';

type Choice<T> = { kind: 'option'; value: T } | { kind: 'create'; text: string };

/**
 * A search-as-you-type box (ARIA combobox with a listbox): asks `endpoint?q=` as the editor types,
 * offers the answers and, when `createLabel` is given, "create" for the text typed. Enter picks
 * the highlighted choice (and never submits the surrounding form), Escape closes the list.
 */
export function SearchCombobox<T>({
  id,
  label,
  endpoint,
  params,
  parse,
  optionKey,
  renderOption,
  isExact,
  onPick,
  createLabel,
  onCreate,
  placeholder,
  describedBy,
  invalid,
  name,
  minLength = 1,
  highlightFirst,
  explicitCreate = false,
}: {
  id: string;
  label: ReactNode;
  endpoint: string;
  params?: Record<string, string>;
  parse: (json: unknown) => T[];
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  isExact?: (option: T, text: string) => boolean;
  onPick: (option: T) => void;
  createLabel?: (text: string) => string;
  onCreate?: (text: string) => void;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  /** Submit the typed (not yet picked) text under this name, so it is not lost. */
  name?: string;
  minLength?: number;
  /** Highlight the first answer when it fits the text typed (so Enter takes it). */
  highlightFirst?: (option: T, text: string) => boolean;
  /** "Create" only when it is highlighted: Enter with nothing highlighted does nothing. */
  explicitCreate?: boolean;
}) {
  const listId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Whether the editor moved the highlight since typing, and where "create" is in today's list:
  // an answer that arrives after ArrowDown must not take the highlight away from under Enter.
  const navigated = useRef(false);
  const createIndex = useRef(-1);
  const offersCreateFor = useRef<(found: T[], q: string) => boolean>(() => false);
  useEffect(() => {
    offersCreateFor.current = (found, q) =>
      !!createLabel && !!onCreate && !found.some((r) => isExact?.(r, q));
  });
  const query = text.trim();
  const paramKey = JSON.stringify(params ?? {});

  useEffect(() => {
    if (query.length < minLength) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const search = new URLSearchParams({
          ...(JSON.parse(paramKey) as Record<string, string>),
          q: query,
        });
        const response = await fetch(`${endpoint}?${search}`, { signal: controller.signal });
        if (!response.ok) {
          setStatus(
            response.status === 401 ? 'Your session has ended. Sign in again.' : 'Search failed.',
          );
          setResults([]);
          return;
        }
        const found = parse(await response.json());
        setResults(found);
        const offersCreate = offersCreateFor.current(found, query);
        setActive((a) => {
          if (!navigated.current)
            return found[0] !== undefined && highlightFirst?.(found[0], query) ? 0 : -1;
          return a >= 0 && a === createIndex.current && offersCreate ? found.length : -1;
        });
        setStatus(
          found.length === 0
            ? 'No matches.'
            : `${found.length} match${found.length === 1 ? '' : 'es'}.`,
        );
      } catch {
        if (!controller.signal.aborted) setStatus('Search failed.');
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, endpoint, paramKey, parse, minLength, highlightFirst]);

  // Answers for an earlier, longer query are not shown once the text is too short to search.
  const shown = query.length < minLength ? [] : results;
  const choices: Choice<T>[] = shown.map((value) => ({ kind: 'option', value }));
  if (createLabel && onCreate && query !== '' && !shown.some((r) => isExact?.(r, query)))
    choices.push({ kind: 'create', text: query });
  const expanded = open && choices.length > 0;
  const createAt = choices.findIndex((c) => c.kind === 'create');
  useEffect(() => {
    createIndex.current = createAt;
  });

  function choose(choice: Choice<T>) {
    if (choice.kind === 'option') onPick(choice.value);
    else onCreate?.(choice.text);
    setText('');
    setResults([]);
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      navigated.current = true;
      setOpen(true);
      setActive((a) => Math.min(a + 1, choices.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      navigated.current = true;
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice =
        choices[active] ??
        (onCreate && query && !explicitCreate
          ? ({ kind: 'create', text: query } as const)
          : undefined);
      if (choice) choose(choice);
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="relative">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          // The highlight belonged to the answers for the earlier text; the next answer sets it.
          setActive(-1);
          navigated.current = false;
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={`${inputClass} w-full`}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {choices.map((choice, i) => (
          <li
            key={choice.kind === 'option' ? optionKey(choice.value) : `create:${choice.text}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keep the focus in the box: the click must not blur it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(choice)}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-amber-100 dark:bg-amber-900/40' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
          >
            {choice.kind === 'option' ? (
              renderOption(choice.value)
            ) : (
              <span className="font-medium text-amber-800 dark:text-amber-300">
                {createLabel?.(choice.text)}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open ? status : ''}
      </p>
    </div>
  );
}
