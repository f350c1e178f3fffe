'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionState } from '@/lib/forms/event-form';
import { ActionForm } from './action-form';
import { useHydrated } from './event-form/use-hydrated';
import { buttonClass, Notice } from './ui';

export type BulkAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** A submit button that sends `action=<value>` (SubmitButton has no name or value). */
function ActionButton({
  value,
  danger,
  children,
}: {
  value: string;
  danger?: boolean;
  children: ReactNode;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="action"
      value={value}
      disabled={pending}
      className={`${danger ? buttonClass.danger : buttonClass.secondary} py-1.5`}
    >
      {children}
    </button>
  );
}

/**
 * Wraps the events table (whose rows carry `ids` checkboxes) in one form with the bulk buttons,
 * each sending its `action`. Works without JavaScript; with it, "select all" appears.
 */
export function BulkActionsForm({
  action,
  buttons,
  children,
}: {
  action: BulkAction;
  buttons: readonly { action: string; label: string; danger?: boolean }[];
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  const all = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();

  // After a bulk change, the events it changed are no longer selected; those it left as they were
  // (and says why) stay selected, to fix or to try again.
  const { at, unchanged } = state;
  useEffect(() => {
    if (at === undefined || unchanged === undefined) return;
    const keep = new Set(unchanged.map(String));
    form.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = keep.has(box.value);
    });
    if (all.current) all.current.checked = false;
  }, [at, unchanged]);

  function selectAll(checked: boolean) {
    form.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });
  }

  return (
    <ActionForm ref={form} action={formAction} aria-label="Selected events" className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {hydrated && (
          <label className="mr-2 flex items-center gap-2 text-sm">
            <input
              ref={all}
              type="checkbox"
              onChange={(e) => selectAll(e.target.checked)}
              className="size-4 accent-amber-700"
            />
            Select all on this page
          </label>
        )}
        <span className="text-sm text-stone-600 dark:text-stone-400">With the selected:</span>
        {buttons.map((b) => (
          <ActionButton key={b.action} value={b.action} danger={b.danger}>
            {b.label}
          </ActionButton>
        ))}
      </div>
      <div aria-live="polite">
        {state.message && (
          <Notice tone={state.ok ? 'success' : 'error'}>
            <p>{state.message}</p>
            {state.items && state.items.length > 0 && (
              <ul className="mt-1.5 list-disc space-y-0.5 pl-5">
                {state.items.map((item) => (
                  <li key={item.id}>
                    <Link
                      href={`/editor/events/${item.id}`}
                      className="font-medium text-current underline underline-offset-2"
                    >
                      {item.title}
                    </Link>
                    : {item.text}
                  </li>
                ))}
              </ul>
            )}
          </Notice>
        )}
      </div>
      {children}
    </ActionForm>
  );
}
