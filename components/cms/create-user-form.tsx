'use client';

import { useActionState } from 'react';
import type { CreateUserState } from '@/lib/forms/users';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { ActionForm } from './action-form';
import { SubmitButton } from './submit-button';
import { FieldErrors, hintClass, inputClass, labelClass, Notice, OneTimePassword } from './ui';

type Action = (prev: CreateUserState, formData: FormData) => Promise<CreateUserState>;

export function CreateUserForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.errors ?? {};
  const describe = (field: keyof typeof errors, hint?: string) =>
    [errors[field] ? `create-${field}-error` : null, hint].filter(Boolean).join(' ') || undefined;

  return (
    <ActionForm action={formAction} className="space-y-4" aria-labelledby="create-user-heading">
      <div aria-live="polite">
        {state.created ? (
          <Notice tone="success">
            <p>
              Created {state.created.name} ({state.created.email}).
            </p>
            {state.created.password && (
              <OneTimePassword password={state.created.password} label="Their password:" />
            )}
          </Notice>
        ) : (
          state.message && <Notice tone="error">{state.message}</Notice>
        )}
      </div>
      {/* A refused save keeps what was typed (the form is not reset); a created user starts a
          fresh form. */}
      <div key={state.created?.email ?? 'new'} className="space-y-4">
        <div>
          <label htmlFor="create-name" className={labelClass}>
            Name
          </label>
          <input
            id="create-name"
            name="name"
            autoComplete="off"
            required
            maxLength={100}
            defaultValue={state.values?.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describe('name')}
            className={`${inputClass} mt-1.5 w-full`}
          />
          <FieldErrors id="create-name-error" errors={errors.name} />
        </div>
        <div>
          <label htmlFor="create-email" className={labelClass}>
            Email
          </label>
          <input
            id="create-email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            defaultValue={state.values?.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describe('email')}
            className={`${inputClass} mt-1.5 w-full`}
          />
          <FieldErrors id="create-email-error" errors={errors.email} />
        </div>
        <div>
          <label htmlFor="create-role" className={labelClass}>
            Role
          </label>
          <select
            id="create-role"
            name="role"
            defaultValue={state.values?.role || 'editor'}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describe('role', 'create-role-hint')}
            className={`${inputClass} mt-1.5 w-full`}
          >
            <option value="editor">Editor</option>
            <option value="reviewer">Reviewer</option>
            <option value="admin">Admin</option>
          </select>
          <p id="create-role-hint" className={hintClass}>
            Editors write events; reviewers also approve what waits for review; admins also manage
            users and settings.
          </p>
          <FieldErrors id="create-role-error" errors={errors.role} />
        </div>
        <div>
          <label htmlFor="create-password" className={labelClass}>
            Initial password{' '}
            <span className="font-normal text-stone-500 dark:text-stone-400">(optional)</span>
          </label>
          <input
            id="create-password"
            name="password"
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describe('password', 'create-password-hint')}
            className={`${inputClass} mt-1.5 w-full`}
          />
          <p id="create-password-hint" className={hintClass}>
            At least {PASSWORD_MIN_LENGTH} characters. Leave it empty to generate one, shown to you
            once.
          </p>
          <FieldErrors id="create-password-error" errors={errors.password} />
        </div>
      </div>
      <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
    </ActionForm>
  );
}
