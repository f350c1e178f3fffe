'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { EventErrorKey } from '@/lib/validation/event';

/** The id of a form control for an error key: "references.2.url" -> "ev-references-2-url". */
export const fieldId = (key: string) => `ev-${key.replace(/\./g, '-')}`;
const errorId = (key: string) => `${fieldId(key)}-error`;

export type FieldErrorsApi = {
  /** The messages shown for a field now (live ones once the field was left, else the server's). */
  get: (key: EventErrorKey) => readonly string[] | undefined;
};

const ErrorsContext = createContext<FieldErrorsApi>({ get: () => undefined });

export function ErrorsProvider({
  value,
  children,
}: {
  value: FieldErrorsApi;
  children: ReactNode;
}) {
  return <ErrorsContext.Provider value={value}>{children}</ErrorsContext.Provider>;
}

/** What a control needs to be tied to its error and hint: aria-invalid and aria-describedby. */
export function useFieldErrors(key: EventErrorKey, hintId?: string) {
  const errors = useContext(ErrorsContext).get(key);
  const has = Boolean(errors?.length);
  const describedBy =
    [has ? errorId(key) : null, hintId ?? null].filter(Boolean).join(' ') || undefined;
  return {
    errors,
    props: { 'aria-invalid': has ? true : undefined, 'aria-describedby': describedBy } as const,
  };
}

export function FieldError({ name }: { name: EventErrorKey }) {
  const { errors } = useFieldErrors(name);
  if (!errors?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm text-red-700 dark:text-red-300">
      {errors.join(' ')}
    </p>
  );
}
