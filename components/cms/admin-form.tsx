'use client';

import { useActionState, type ReactNode } from 'react';
import { ActionForm } from './action-form';
import type { ConfirmSpec } from './confirm-dialog';
import { SubmitButton } from './submit-button';
import type { buttonClass } from './ui';
import { FieldErrors, hintClass, inputClass, labelClass, Notice } from './ui';

/** What the taxonomy admin actions hand back: field errors, a message, and the values as typed. */
export type AdminFormState = {
  errors?: Partial<Record<string, string[]>>;
  message?: string;
  values?: Record<string, string>;
};

export type AdminAction = (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export type AdminField = {
  name: string;
  label: string;
  type?: 'text' | 'textarea' | 'color' | 'url' | 'select' | 'hidden';
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  options?: readonly { value: string; label: string }[];
  /** Extra classes for the field's wrapper (e.g. a grid column). */
  className?: string;
};

/**
 * A CMS form driven by a server action (useActionState): every field is labelled, its errors are
 * tied to it with aria-describedby, the message is announced, and what was typed comes back.
 */
export function AdminForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  idPrefix,
  variant = 'primary',
  layout = 'stack',
  labelledBy,
  confirm,
  children,
}: {
  action: AdminAction;
  fields: readonly AdminField[];
  submitLabel: ReactNode;
  pendingLabel: string;
  idPrefix: string;
  variant?: keyof typeof buttonClass;
  layout?: 'stack' | 'inline' | 'grid';
  labelledBy?: string;
  /** Ask before sending (merges and deletes); `{field}` shows what that field holds. */
  confirm?: ConfirmSpec;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.errors ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const layoutClass =
    layout === 'inline'
      ? 'flex flex-wrap items-end gap-2'
      : layout === 'grid'
        ? 'grid gap-4 sm:grid-cols-2'
        : 'space-y-4';

  return (
    <ActionForm
      action={formAction}
      aria-labelledby={labelledBy}
      confirm={confirm}
      className="space-y-3"
    >
      <div aria-live="polite">{state.message && <Notice tone="error">{state.message}</Notice>}</div>
      {children}
      <div className={layoutClass}>
        {fields.map((f) => {
          const value = state.values?.[f.name] ?? f.defaultValue ?? '';
          if (f.type === 'hidden')
            return <input key={f.name} type="hidden" name={f.name} value={value} />;
          const fieldErrors = errors[f.name];
          const describedBy =
            [fieldErrors ? `${id(f.name)}-error` : null, f.hint ? `${id(f.name)}-hint` : null]
              .filter(Boolean)
              .join(' ') || undefined;
          const common = {
            id: id(f.name),
            name: f.name,
            required: f.required,
            'aria-invalid': fieldErrors ? true : undefined,
            'aria-describedby': describedBy,
          };
          // key includes the echoed value so a returned state refills uncontrolled inputs
          const key = `${f.name}:${value}`;
          return (
            <div key={f.name} className={f.className ?? (layout === 'inline' ? '' : '')}>
              <label htmlFor={id(f.name)} className={labelClass}>
                {f.label}
              </label>
              {f.type === 'textarea' ? (
                <textarea
                  key={key}
                  {...common}
                  defaultValue={value}
                  maxLength={f.maxLength}
                  rows={3}
                  className={`${inputClass} mt-1.5 w-full`}
                />
              ) : f.type === 'select' ? (
                <select
                  key={key}
                  {...common}
                  defaultValue={value}
                  className={`${inputClass} mt-1.5 w-full`}
                >
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  key={key}
                  {...common}
                  type={f.type === 'url' ? 'url' : 'text'}
                  defaultValue={value}
                  maxLength={f.maxLength}
                  placeholder={f.placeholder}
                  inputMode={f.inputMode}
                  spellCheck={f.type === 'color' ? false : undefined}
                  autoComplete="off"
                  className={`${inputClass} mt-1.5 w-full`}
                />
              )}
              {f.hint && (
                <p id={`${id(f.name)}-hint`} className={hintClass}>
                  {f.hint}
                </p>
              )}
              <FieldErrors id={`${id(f.name)}-error`} errors={fieldErrors} />
            </div>
          );
        })}
        <div className={layout === 'inline' ? '' : 'sm:col-span-2'}>
          <SubmitButton variant={variant} pendingLabel={pendingLabel}>
            {submitLabel}
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}

/** A one-button form (move up, move down) whose refusal, if any, is announced beside it. */
export function AdminButtonForm({
  action,
  label,
  srLabel,
  pendingLabel,
}: {
  action: AdminAction;
  label: ReactNode;
  srLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <ActionForm action={formAction} className="inline-flex items-center gap-2">
      <SubmitButton variant="secondary" pendingLabel={pendingLabel} className="px-2.5 py-1">
        <span aria-hidden="true">{label}</span>
        <span className="sr-only">{srLabel}</span>
      </SubmitButton>
      <span aria-live="polite" className="text-xs text-red-700 dark:text-red-300">
        {state.message}
      </span>
    </ActionForm>
  );
}
