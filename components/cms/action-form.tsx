'use client';

import { startTransition, useState, type ComponentProps, type FormEvent } from 'react';
import { ConfirmDialog, fillConfirm, type ConfirmSpec } from './confirm-dialog';

type Props = Omit<ComponentProps<'form'>, 'action' | 'onSubmit'> & {
  /** The `useActionState` dispatcher. */
  action: (formData: FormData) => void;
  /** Called with what is sent, just before it is (with JavaScript). */
  onSend?: (formData: FormData) => void;
  /**
   * Ask before sending (a destructive action): a spec (placeholders filled in from the form), or,
   * from a client component, a function of what would be sent (null: send without asking).
   */
  confirm?:
    | ConfirmSpec
    | ((
        formData: FormData,
        form: HTMLFormElement,
        submitter: HTMLElement | null,
      ) => ConfirmSpec | null);
};

type Asking = { spec: ConfirmSpec; formData: FormData; submitter: HTMLElement | null };

/**
 * A `<form>` for a server action that leaves its controls as the editor set them.
 *
 * React 19 resets a form after its action runs (`form.reset()`): every control goes back to its
 * default, which for a controlled select is its first option (a cross-link's type became "Related
 * to" after any refused save) and for an uncontrolled one the value it was first rendered with. Our
 * forms echo what was typed and decide themselves what to show after an answer, so with JavaScript
 * the submission is dispatched here, in a transition (`useFormStatus` still reports it pending),
 * without that reset. Without JavaScript it is a plain POST to the same action (and a `confirm`
 * is not asked: the button itself is the only question).
 */
export function ActionForm({ action, onSend, confirm, children, ...props }: Props) {
  const [asking, setAsking] = useState<Asking | null>(null);

  function send(formData: FormData) {
    onSend?.(formData);
    startTransition(() => action(formData));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const spec =
      typeof confirm === 'function'
        ? confirm(formData, event.currentTarget, submitter)
        : confirm
          ? fillConfirm(confirm, event.currentTarget)
          : null;
    if (spec) setAsking({ spec, formData, submitter });
    else send(formData);
  }

  return (
    <form {...props} action={action} onSubmit={onSubmit}>
      {children}
      {asking && (
        <ConfirmDialog
          spec={asking.spec}
          returnFocus={asking.submitter}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            send(asking.formData);
          }}
        />
      )}
    </form>
  );
}
