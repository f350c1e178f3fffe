'use client';

import { useActionState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/forms/event-form';
import { ActionForm } from './action-form';
import type { ConfirmSpec } from './confirm-dialog';
import { SubmitButton } from './submit-button';
import { Notice } from './ui';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One workflow change (trash, restore, restore a revision) as its own small form: it sends the
 * version the page showed, so a change made by someone else since is refused and explained.
 */
export function EventWorkflowButton({
  action,
  name,
  value,
  version,
  label,
  pendingLabel,
  variant = 'secondary',
  description,
  confirm,
  children,
}: {
  action: Action;
  name?: string;
  value?: string;
  version: number;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** Extra words for screen readers ("version 3"). */
  description?: string;
  /** Ask before sending (moving to the trash). */
  confirm?: ConfirmSpec;
  /** Options sent with the button (a checkbox), shown above it. */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <ActionForm
      action={formAction}
      confirm={confirm}
      className="inline-flex flex-col items-start gap-2"
    >
      {name && <input type="hidden" name={name} value={value} />}
      <input type="hidden" name="version" value={version} />
      {children}
      <SubmitButton variant={variant} pendingLabel={pendingLabel} className="py-1.5">
        {label}
        {description && <span className="sr-only"> {description}</span>}
      </SubmitButton>
      <div aria-live="polite">
        {state.message && <Notice tone={state.ok ? 'success' : 'error'}>{state.message}</Notice>}
      </div>
    </ActionForm>
  );
}
