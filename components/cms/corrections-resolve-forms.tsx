'use client';

import { useActionState } from 'react';
import type { ResolveFormState } from '@/lib/forms/corrections';
import { FieldErrors, hintClass, inputClass, labelClass, Notice } from './ui';
import { ActionForm } from './action-form';
import { SubmitButton } from './submit-button';

type Action = (prev: ResolveFormState, formData: FormData) => Promise<ResolveFormState>;
export type RevisionChoice = { id: number; label: string };

/** Accept (link the revision that fixed it) and reject (with a note) for one open report. */
export function CorrectionResolveForms({
  correctionId,
  revisions,
  acceptAction,
  rejectAction,
}: {
  correctionId: number;
  revisions: readonly RevisionChoice[];
  acceptAction: Action;
  rejectAction: Action;
}) {
  const [accepted, accept] = useActionState(acceptAction, {});
  const [rejected, reject] = useActionState(rejectAction, {});
  const a = `accept-${correctionId}`;
  const r = `reject-${correctionId}`;
  const latest = revisions[0];

  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <ActionForm
        action={accept}
        noValidate
        className="space-y-3 rounded-md border border-stone-200 p-3 dark:border-stone-700"
      >
        <h4 className="text-sm font-semibold">Accept</h4>
        <input type="hidden" name="correctionId" value={correctionId} />
        {latest ? (
          <>
            <div>
              <label htmlFor={`${a}-revision`} className={labelClass}>
                Revision that fixed it
              </label>
              <select
                id={`${a}-revision`}
                name="revisionId"
                defaultValue={String(latest.id)}
                aria-invalid={accepted.errors?.revisionId ? true : undefined}
                aria-describedby={accepted.errors?.revisionId ? `${a}-revision-error` : undefined}
                className={`${inputClass} mt-1 w-full`}
              >
                {revisions.map((rev) => (
                  <option key={rev.id} value={rev.id}>
                    {rev.label}
                  </option>
                ))}
              </select>
              <FieldErrors id={`${a}-revision-error`} errors={accepted.errors?.revisionId} />
            </div>
            <div>
              <label htmlFor={`${a}-note`} className={labelClass}>
                Note (optional)
              </label>
              <textarea
                key={`an-${accepted.at ?? 0}`}
                id={`${a}-note`}
                name="note"
                rows={2}
                defaultValue={accepted.ok ? '' : (accepted.note ?? '')}
                aria-invalid={accepted.errors?.note ? true : undefined}
                aria-describedby={accepted.errors?.note ? `${a}-note-error` : undefined}
                className={`${inputClass} mt-1 w-full`}
              />
              <FieldErrors id={`${a}-note-error`} errors={accepted.errors?.note} />
            </div>
            <SubmitButton pendingLabel="Accepting…">Accept report</SubmitButton>
          </>
        ) : (
          <p className={hintClass}>
            Fix the event first: a report is accepted by linking it to the revision made after it
            that fixed the event.
          </p>
        )}
        <div aria-live="polite">
          {accepted.message ? (
            <Notice tone={accepted.ok ? 'success' : 'error'}>{accepted.message}</Notice>
          ) : null}
        </div>
      </ActionForm>

      <ActionForm
        action={reject}
        noValidate
        className="space-y-3 rounded-md border border-stone-200 p-3 dark:border-stone-700"
      >
        <h4 className="text-sm font-semibold">Reject</h4>
        <input type="hidden" name="correctionId" value={correctionId} />
        <div>
          <label htmlFor={`${r}-note`} className={labelClass}>
            Why is it rejected?
          </label>
          <textarea
            key={`rn-${rejected.at ?? 0}`}
            id={`${r}-note`}
            name="note"
            rows={2}
            required
            defaultValue={rejected.ok ? '' : (rejected.note ?? '')}
            aria-invalid={rejected.errors?.note ? true : undefined}
            aria-describedby={rejected.errors?.note ? `${r}-note-error` : undefined}
            className={`${inputClass} mt-1 w-full`}
          />
          <FieldErrors id={`${r}-note-error`} errors={rejected.errors?.note} />
        </div>
        <SubmitButton pendingLabel="Rejecting…" variant="danger">
          Reject report
        </SubmitButton>
        <div aria-live="polite">
          {rejected.message ? (
            <Notice tone={rejected.ok ? 'success' : 'error'}>{rejected.message}</Notice>
          ) : null}
        </div>
      </ActionForm>
    </div>
  );
}
