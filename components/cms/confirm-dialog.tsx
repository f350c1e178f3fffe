'use client';

import { useEffect, useId, useRef } from 'react';
import { buttonClass } from './ui';

/**
 * What a destructive form asks before it is sent. `{name}` in the title or body stands for what
 * the form's control `name` shows (a select's chosen option, an input's value); while any control
 * named there is empty the form is sent without asking (the server refuses it with its own words).
 */
export type ConfirmSpec = {
  title: string;
  body?: string;
  confirmLabel: string;
};

const PLACEHOLDER = /\{([A-Za-z][\w.-]*)\}/g;

function shown(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  if (control instanceof HTMLSelectElement)
    return control.value === '' ? '' : (control.selectedOptions[0]?.text ?? '');
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
    return control.value.trim();
  return '';
}

/** The spec with its placeholders filled in from the form, or null when one of them is empty. */
export function fillConfirm(spec: ConfirmSpec, form: HTMLFormElement): ConfirmSpec | null {
  let empty = false;
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (_, name: string) => {
      const value = shown(form, name);
      if (value === '') empty = true;
      return value;
    });
  const filled = {
    title: fill(spec.title),
    body: spec.body === undefined ? undefined : fill(spec.body),
    confirmLabel: fill(spec.confirmLabel),
  };
  return empty ? null : filled;
}

/**
 * A modal confirmation: the native <dialog> (showModal keeps focus inside it and Escape closes it),
 * Cancel focused first so that Enter does no harm, and focus back on the button that opened it.
 */
export function ConfirmDialog({
  spec,
  onConfirm,
  onCancel,
  returnFocus,
}: {
  spec: ConfirmSpec;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocus: HTMLElement | null;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmed = useRef(false);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function close(ok: boolean) {
    confirmed.current = ok;
    ref.current?.close();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={spec.body ? `${id}-body` : undefined}
      onClose={() => {
        returnFocus?.focus();
        if (confirmed.current) onConfirm();
        else onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-200 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {spec.title}
      </h2>
      {spec.body && (
        <p id={`${id}-body`} className="mt-2 text-sm text-stone-600 dark:text-stone-300">
          {spec.body}
        </p>
      )}
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        {/* type="button": the dialog sits inside the form it guards. */}
        <button
          type="button"
          autoFocus
          onClick={() => close(false)}
          className={buttonClass.secondary}
        >
          Cancel
        </button>
        <button type="button" onClick={() => close(true)} className={buttonClass.danger}>
          {spec.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
