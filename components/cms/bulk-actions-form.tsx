'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionState } from '@/lib/forms/event-form';
import { ActionForm } from './action-form';
import type { ConfirmSpec } from './confirm-dialog';
import { useHydrated } from './event-form/use-hydrated';
import { buttonClass, inputClass, Notice } from './ui';

export type BulkAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type BulkButton = {
  action: string;
  label: string;
  danger?: boolean;
  /** Asked before it runs; `{count}` stands for "3 events". Without one, only "all matching" asks. */
  confirm?: ConfirmSpec;
};

const numberFormat = new Intl.NumberFormat('en');
const events = (n: number) => `${numberFormat.format(n)} event${n === 1 ? '' : 's'}`;

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
 * each sending its `action`: to the ticked events, or with "all matching" to every event the
 * list's filter (`filter`, sent back as its query string) matches, up to `limit`. Works without
 * JavaScript; with it, "select all on this page" appears and destructive changes ask first.
 */
export function BulkActionsForm({
  action,
  buttons,
  edits,
  total,
  pageCount,
  limit,
  filter,
  children,
}: {
  action: BulkAction;
  buttons: readonly BulkButton[];
  /** The category, tags and featured controls (the list page renders them with its categories). */
  edits?: ReactNode;
  /** How many events the filter matches. */
  total: number;
  /** How many of them this page lists. */
  pageCount: number;
  limit: number;
  filter: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  const all = useRef<HTMLInputElement>(null);
  const scope = useRef<HTMLInputElement>(null);
  const [allMatching, setAllMatching] = useState(false);
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
    if (scope.current) scope.current.checked = false;
  }, [at, unchanged]);
  // Each answer clears "all matching" too (the next change is chosen afresh).
  const [answeredAt, setAnsweredAt] = useState(at);
  if (at !== answeredAt) {
    setAnsweredAt(at);
    if (unchanged !== undefined) setAllMatching(false);
  }

  function selectAll(checked: boolean) {
    form.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
      box.checked = checked;
    });
  }

  function confirmFor(
    formData: FormData,
    _form: HTMLFormElement,
    submitter: HTMLElement | null,
  ): ConfirmSpec | null {
    const button = buttons.find((b) => b.action === formData.get('action'));
    const scopeAll = formData.get('scope') === 'all';
    const count = scopeAll ? total : formData.getAll('ids').length;
    if (count === 0) return null;
    const fill = (s: string) => s.replaceAll('{count}', events(count));
    if (button?.confirm)
      return {
        title: fill(button.confirm.title),
        body: button.confirm.body && fill(button.confirm.body),
        confirmLabel: fill(button.confirm.confirmLabel),
      };
    if (!scopeAll) return null;
    const label = button?.label ?? submitter?.textContent?.trim() ?? 'Change';
    return {
      title: `${label}: all ${events(count)} matching?`,
      body: `This changes every event the filter matches, not only those on this page. Each gets a new version in its history.`,
      confirmLabel: `Change ${events(count)}`,
    };
  }

  const more = total > pageCount;
  const tooMany = total > limit;

  return (
    <ActionForm
      ref={form}
      action={formAction}
      confirm={confirmFor}
      aria-label="Selected events"
      className="space-y-3"
    >
      <input type="hidden" name="filter" value={filter} />
      <div hidden={pageCount === 0} className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {hydrated && (
          <label className="flex items-center gap-2 text-sm">
            <input
              ref={all}
              type="checkbox"
              onChange={(e) => selectAll(e.target.checked)}
              className="size-4 accent-amber-700"
            />
            Select all on this page
          </label>
        )}
        {more && (
          <label className="flex items-center gap-2 text-sm">
            <input
              ref={scope}
              type="checkbox"
              name="scope"
              value="all"
              disabled={tooMany}
              onChange={(e) => {
                setAllMatching(e.target.checked);
                selectAll(e.target.checked);
                if (all.current) all.current.checked = e.target.checked;
              }}
              className="size-4 accent-amber-700"
            />
            {tooMany
              ? `All ${events(total)} matching (at most ${numberFormat.format(limit)} at once: narrow the filter)`
              : `Select all ${events(total)} matching`}
          </label>
        )}
      </div>
      {hydrated && allMatching && (
        <p className="text-sm font-medium text-amber-900 dark:text-amber-200" role="status">
          All {events(total)} matching this filter are selected, not only this page.
        </p>
      )}
      <div hidden={pageCount === 0} className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-stone-600 dark:text-stone-400">With the selected:</span>
        {buttons.map((b) => (
          <ActionButton key={b.action} value={b.action} danger={b.danger}>
            {b.label}
          </ActionButton>
        ))}
      </div>
      {pageCount > 0 && edits}
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

/** The bulk edits of content: category, tags, featured (inside BulkActionsForm). */
export function BulkEditControls({
  categories,
}: {
  categories: readonly { id: number; name: string }[];
}) {
  return (
    // min-w-0: a fieldset is as wide as its content by default, which overflowed a 390 px screen.
    <fieldset className="flex min-w-0 flex-wrap items-end gap-x-4 gap-y-2 rounded-md border border-stone-200 px-3 pt-1 pb-3 dark:border-stone-800">
      <legend className="px-1 text-sm text-stone-600 dark:text-stone-400">Edit the selected</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="max-w-full">
          <label htmlFor="bulk-category" className="block text-xs font-medium">
            Category
          </label>
          <select
            id="bulk-category"
            name="categoryId"
            defaultValue=""
            className={`${inputClass} mt-1 max-w-full py-1.5`}
          >
            <option value="">Choose…</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <ActionButton value="category">Set category</ActionButton>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="bulk-tags" className="block text-xs font-medium">
            Tags <span className="font-normal">(comma-separated)</span>
          </label>
          <input
            id="bulk-tags"
            name="tagNames"
            autoComplete="off"
            placeholder="diplomacy, treaties"
            className={`${inputClass} mt-1 w-52 max-w-full py-1.5`}
          />
        </div>
        <ActionButton value="tags-add">Add tags</ActionButton>
        <ActionButton value="tags-remove">Remove tags</ActionButton>
      </div>
      <div className="flex items-end gap-2">
        <ActionButton value="feature">Feature</ActionButton>
        <ActionButton value="unfeature">Unfeature</ActionButton>
      </div>
    </fieldset>
  );
}
