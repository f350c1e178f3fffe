'use client';

import { useActionState } from 'react';
import type { UserActionState } from '@/lib/forms/users';
import type { UserRole } from '@/lib/auth/roles';
import { ActionForm } from './action-form';
import { SubmitButton } from './submit-button';
import { inputClass, Notice, OneTimePassword } from './ui';

type RowAction = (prev: UserActionState, formData: FormData) => Promise<UserActionState>;

/** The three admin operations on one user, each its own form (so each works without JavaScript). */
export function UserRowActions({
  userId,
  userName,
  role,
  disabled,
  isSelf,
  changeRole,
  setDisabled,
  resetPassword,
}: {
  userId: number;
  userName: string;
  role: UserRole;
  disabled: boolean;
  isSelf: boolean;
  changeRole: RowAction;
  setDisabled: RowAction;
  resetPassword: RowAction;
}) {
  const [roleState, roleAction] = useActionState(changeRole, {});
  const [disableState, disableAction] = useActionState(setDisabled, {});
  const [resetState, resetAction] = useActionState(resetPassword, {});
  // Show the outcome of whichever of the three forms was used last.
  const latest = [roleState, disableState, resetState].reduce<UserActionState | null>(
    (a, s) => (s.message && (!a || (s.at ?? 0) >= (a.at ?? 0)) ? s : a),
    null,
  );
  const selectId = `role-${userId}`;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <ActionForm action={roleAction} className="flex items-center gap-2">
          <label htmlFor={selectId} className="sr-only">
            Role for {userName}
          </label>
          {/* After each answer the select shows the role the user has now (changed or refused). */}
          <select
            key={`${role}:${roleState.at ?? 0}`}
            id={selectId}
            name="role"
            defaultValue={role}
            className={`${inputClass} py-1.5`}
          >
            <option value="editor">Editor</option>
            <option value="reviewer">Reviewer</option>
            <option value="admin">Admin</option>
          </select>
          <SubmitButton variant="secondary" pendingLabel="Saving…" className="py-1.5">
            Change role<span className="sr-only"> for {userName}</span>
          </SubmitButton>
        </ActionForm>
        {!isSelf && (
          <ActionForm
            action={disableAction}
            confirm={
              disabled
                ? undefined
                : {
                    title: `Disable ${userName}?`,
                    body: `${userName} is signed out at once and cannot sign in until an admin enables the account again.`,
                    confirmLabel: `Disable ${userName}`,
                  }
            }
          >
            <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
            <SubmitButton
              variant={disabled ? 'secondary' : 'danger'}
              pendingLabel="Saving…"
              className="py-1.5"
            >
              {disabled ? 'Enable' : 'Disable'}
              <span className="sr-only"> {userName}</span>
            </SubmitButton>
          </ActionForm>
        )}
        <ActionForm
          action={resetAction}
          confirm={{
            title: `Reset the password of ${userName}?`,
            body: `Their current password stops working at once; a new one is shown here once, for you to pass on.`,
            confirmLabel: 'Reset password',
          }}
        >
          <SubmitButton variant="secondary" pendingLabel="Resetting…" className="py-1.5">
            Reset password<span className="sr-only"> for {userName}</span>
          </SubmitButton>
        </ActionForm>
      </div>
      <div aria-live="polite">
        {latest && (
          <Notice tone={latest.ok ? 'success' : 'error'}>
            <p>{latest.message}</p>
            {latest.password && (
              <OneTimePassword password={latest.password} label={`New password for ${userName}:`} />
            )}
          </Notice>
        )}
      </div>
    </div>
  );
}
