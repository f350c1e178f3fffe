'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/forms/event-form';
import { ActionForm } from './action-form';
import { SubmitButton } from './submit-button';
import { hintClass, Notice } from './ui';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The site settings an admin changes: today, whether events need a review before publishing. */
export function SettingsForm({
  action,
  reviewRequired,
}: {
  action: Action;
  reviewRequired: boolean;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <ActionForm action={formAction} className="space-y-4">
      <div className="flex items-start gap-3">
        <input
          id="review-required"
          name="reviewRequired"
          type="checkbox"
          defaultChecked={reviewRequired}
          aria-describedby="review-required-hint"
          className="mt-1 size-4 accent-amber-700"
        />
        <div>
          <label htmlFor="review-required" className="text-sm font-medium">
            Require review before publishing
          </label>
          <p id="review-required-hint" className={hintClass}>
            Editors then submit their events for review instead of publishing or scheduling them; a
            reviewer or an admin approves (which publishes or schedules) or sends them back with a
            note. Events that are already public stay as they are, and editors can still correct
            them.
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
      <div aria-live="polite">
        {state.message && (
          <Notice key={state.at} tone={state.ok ? 'success' : 'error'}>
            {state.message}
          </Notice>
        )}
      </div>
    </ActionForm>
  );
}
