'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/forms/event-form';
import { ActionForm } from './action-form';
import { SubmitButton } from './submit-button';
import { Notice } from './ui';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** "Empty trash" (admins): every event in the trash deleted for good, after a confirmation. */
export function EmptyTrashForm({ action, count }: { action: Action; count: number }) {
  const [state, formAction] = useActionState(action, {});
  const n = `${count.toLocaleString('en')} event${count === 1 ? '' : 's'}`;
  return (
    <ActionForm
      action={formAction}
      aria-label="Empty trash"
      confirm={{
        title: `Empty the trash: delete ${n} for good?`,
        body: 'Every event in the trash is removed with its whole history, and cannot be restored. An audit row records each one.',
        confirmLabel: `Delete ${n} for good`,
      }}
      className="flex flex-col items-end gap-2"
    >
      <SubmitButton
        variant="danger"
        pendingLabel="Emptying…"
        className="py-1.5"
        disabled={count === 0}
      >
        Empty trash
      </SubmitButton>
      <div aria-live="polite">
        {state.message && <Notice tone={state.ok ? 'success' : 'error'}>{state.message}</Notice>}
      </div>
    </ActionForm>
  );
}
