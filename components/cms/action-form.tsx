'use client';

import { startTransition, type ComponentProps, type FormEvent } from 'react';

type Props = Omit<ComponentProps<'form'>, 'action' | 'onSubmit'> & {
  /** The `useActionState` dispatcher. */
  action: (formData: FormData) => void;
  /** Called with what is sent, just before it is (with JavaScript). */
  onSend?: (formData: FormData) => void;
};

/**
 * A `<form>` for a server action that leaves its controls as the editor set them.
 *
 * React 19 resets a form after its action runs (`form.reset()`): every control goes back to its
 * default, which for a controlled select is its first option (a cross-link's type became "Related
 * to" after any refused save) and for an uncontrolled one the value it was first rendered with. Our
 * forms echo what was typed and decide themselves what to show after an answer, so with JavaScript
 * the submission is dispatched here, in a transition (`useFormStatus` still reports it pending),
 * without that reset. Without JavaScript it is a plain POST to the same action.
 */
export function ActionForm({ action, onSend, children, ...props }: Props) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    onSend?.(formData);
    startTransition(() => action(formData));
  }
  return (
    <form {...props} action={action} onSubmit={onSubmit}>
      {children}
    </form>
  );
}
