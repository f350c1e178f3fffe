'use client';

import { useActionState, useId } from 'react';
import type { ActionState } from '@/lib/forms/event-form';
import { ActionForm } from './action-form';
import { SubmitButton } from './submit-button';
import { hintClass, inputClass, labelClass, Notice } from './ui';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** What the panel shows, as plain values (the page reads them through the store). */
export type ReviewPanelProps = {
  version: number;
  /** The event is already public or scheduled. */
  publicOrScheduled: boolean;
  required: boolean;
  canReview: boolean;
  review: {
    state: 'pending' | 'changes_requested';
    /** "3 Mar 2026, 09:30 UTC", or null for "when approved". */
    publishAtLabel: string | null;
    submittedByName: string | null;
    submittedAtLabel: string;
    submittedVersion: number;
    submitNote: string | null;
    reviewedByName: string | null;
    reviewedAtLabel: string | null;
    reviewNote: string | null;
  } | null;
  submitAction: Action;
  approveAction: Action;
  sendBackAction: Action;
};

function Answer({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite">
      {state.message && (
        <Notice key={state.at} tone={state.ok ? 'success' : 'error'}>
          {state.message}
        </Notice>
      )}
    </div>
  );
}

function SubmitForm({
  action,
  version,
  label,
}: {
  action: Action;
  version: number;
  label: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const id = useId();
  return (
    <ActionForm action={formAction} className="space-y-3">
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-at`} className={labelClass}>
            Publish at <span className="font-normal text-stone-500">(UTC, optional)</span>
          </label>
          <input
            id={`${id}-at`}
            name="publishAt"
            type="datetime-local"
            aria-describedby={`${id}-at-hint`}
            className={`${inputClass} mt-1.5 w-full`}
          />
          <p id={`${id}-at-hint`} className={hintClass}>
            Empty: it goes public as soon as it is approved.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-note`} className={labelClass}>
            Note for the reviewer <span className="font-normal text-stone-500">(optional)</span>
          </label>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={2}
            maxLength={2000}
            className={`${inputClass} mt-1.5 w-full`}
          />
        </div>
      </div>
      <p className={hintClass}>
        The reviewer sees the event as last saved: save your changes first.
      </p>
      <SubmitButton pendingLabel="Sending…">{label}</SubmitButton>
      <Answer state={state} />
    </ActionForm>
  );
}

function ReviewerForms({
  approveAction,
  sendBackAction,
  version,
  publishAtLabel,
}: {
  approveAction: Action;
  sendBackAction: Action;
  version: number;
  publishAtLabel: string | null;
}) {
  const [approved, approve] = useActionState(approveAction, {});
  const [sentBack, sendBack] = useActionState(sendBackAction, {});
  const id = useId();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ActionForm action={approve} className="space-y-2">
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {publishAtLabel
            ? `Approving schedules it for ${publishAtLabel}.`
            : 'Approving publishes it now.'}
        </p>
        <SubmitButton pendingLabel="Approving…">
          {publishAtLabel ? 'Approve and schedule' : 'Approve and publish'}
        </SubmitButton>
        <Answer state={approved} />
      </ActionForm>
      <ActionForm action={sendBack} className="space-y-2">
        <label htmlFor={`${id}-back`} className={labelClass}>
          What should change?
        </label>
        <textarea
          id={`${id}-back`}
          name="note"
          rows={3}
          required
          maxLength={2000}
          className={`${inputClass} w-full`}
        />
        <SubmitButton variant="secondary" pendingLabel="Sending back…">
          Send back to the editor
        </SubmitButton>
        <Answer state={sentBack} />
      </ActionForm>
    </div>
  );
}

/**
 * The event's review, above its form: submit it (optional, or the only way for an editor when the
 * site requires review), what waits and since when, the reviewer's note when it was sent back,
 * and, for a reviewer, approve or send back.
 */
export function ReviewPanel(p: ReviewPanelProps) {
  const { review } = p;
  const headingId = useId();
  if (!review && p.publicOrScheduled) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-amber-300 bg-amber-50/60 p-4 shadow-sm dark:border-amber-800/70 dark:bg-amber-950/20"
    >
      <h2 id={headingId} className="text-base font-semibold">
        Review
      </h2>
      <div className="mt-2 space-y-3 text-sm">
        {review?.state === 'pending' && (
          <>
            <p>
              <strong>Waiting for review</strong> since {review.submittedAtLabel}
              {review.submittedByName ? `, sent by ${review.submittedByName}` : ''}. It goes public{' '}
              {review.publishAtLabel ? `at ${review.publishAtLabel}` : 'when approved'}.
              {review.submittedVersion !== p.version &&
                ` Changed since it was sent (version ${review.submittedVersion} then, ${p.version} now).`}
            </p>
            {review.submitNote && (
              <blockquote className="border-l-4 border-amber-400 pl-3 whitespace-pre-line text-stone-700 dark:text-stone-300">
                {review.submitNote}
              </blockquote>
            )}
            {p.canReview && (
              <ReviewerForms
                approveAction={p.approveAction}
                sendBackAction={p.sendBackAction}
                version={p.version}
                publishAtLabel={review.publishAtLabel}
              />
            )}
          </>
        )}
        {review?.state === 'changes_requested' && (
          <>
            <div
              role="note"
              aria-label="Sent back"
              className="rounded-md border border-amber-400 bg-white p-3 dark:border-amber-700 dark:bg-stone-900"
            >
              <p className="font-semibold">
                Sent back{review.reviewedByName ? ` by ${review.reviewedByName}` : ''}
                {review.reviewedAtLabel ? ` on ${review.reviewedAtLabel}` : ''}:
              </p>
              <p className="mt-1 whitespace-pre-line">{review.reviewNote}</p>
            </div>
            <SubmitForm action={p.submitAction} version={p.version} label="Submit again" />
          </>
        )}
        {!review && p.required && !p.canReview && (
          <>
            <p>
              On this site a reviewer publishes events. When this one is ready, submit it for
              review.
            </p>
            <SubmitForm action={p.submitAction} version={p.version} label="Submit for review" />
          </>
        )}
        {!review && !(p.required && !p.canReview) && (
          <details>
            <summary className="cursor-pointer text-stone-700 dark:text-stone-300">
              Ask for a review before it goes public
            </summary>
            <div className="mt-3">
              <SubmitForm action={p.submitAction} version={p.version} label="Submit for review" />
            </div>
          </details>
        )}
      </div>
    </section>
  );
}
