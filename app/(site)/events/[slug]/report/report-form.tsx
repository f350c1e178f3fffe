'use client';

import { useActionState } from 'react';
import { REPORT_LIMITS, type ReportField, type ReportValues } from '@/lib/validation/correction';
import type { ReportFormState } from './form-state';

const input =
  'mt-1 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-600 focus:outline-none focus:ring-2 focus:ring-accent/40';

/**
 * The report form: a plain HTML form posting to a server action, so it also works without JavaScript.
 * `action` comes bound from the server component: an action bound during render is a new server
 * reference each time, and on a no-JS POST React's server renderer suspends on every new one's
 * arguments forever (see eslint.config.mjs, `no-render-bound-action`).
 */
export function ReportForm({
  action: submit,
  token,
  initialValues,
}: {
  action: (prev: ReportFormState, formData: FormData) => Promise<ReportFormState>;
  token: string;
  initialValues: ReportValues;
}) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(submit, {});
  const values = state.values ?? initialValues;
  const err = (f: ReportField) => state.errors?.[f];
  const described = (f: ReportField, hint?: string) =>
    [hint, err(f) ? `${f}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form action={action} className="mt-8 space-y-6" noValidate>
      <div aria-live="polite">
        {state.message ? (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3.5 py-2.5 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <input type="hidden" name="token" value={state.token ?? token} />
      {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Website</label>
        <input
          id="website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>

      <div>
        <label htmlFor="description" className="block font-semibold">
          What is wrong?
        </label>
        <p id="description-hint" className="text-sm text-muted">
          For example a wrong date, name or place. {REPORT_LIMITS.descriptionMin}–
          {REPORT_LIMITS.descriptionMax} characters.
        </p>
        <textarea
          key={`d-${state.at ?? 0}`}
          id="description"
          name="description"
          rows={6}
          required
          maxLength={REPORT_LIMITS.descriptionMax}
          defaultValue={values.description}
          aria-invalid={err('description') ? true : undefined}
          aria-describedby={described('description', 'description-hint')}
          className={input}
        />
        {err('description') ? (
          <p id="description-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {err('description')?.join(' ')}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="suggestedSource" className="block font-semibold">
          Source
        </label>
        <p id="suggestedSource-hint" className="text-sm text-muted">
          A link, book or article that shows the right information.
        </p>
        <input
          key={`s-${state.at ?? 0}`}
          id="suggestedSource"
          name="suggestedSource"
          type="text"
          required
          maxLength={REPORT_LIMITS.sourceMax}
          defaultValue={values.suggestedSource}
          aria-invalid={err('suggestedSource') ? true : undefined}
          aria-describedby={described('suggestedSource', 'suggestedSource-hint')}
          className={input}
        />
        {err('suggestedSource') ? (
          <p id="suggestedSource-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {err('suggestedSource')?.join(' ')}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="contact" className="block font-semibold">
          Contact (optional)
        </label>
        <p id="contact-hint" className="text-sm text-muted">
          An email address if you would like us to be able to ask you about it. Only editors see it.
        </p>
        <input
          key={`c-${state.at ?? 0}`}
          id="contact"
          name="contact"
          type="text"
          autoComplete="email"
          maxLength={REPORT_LIMITS.contactMax}
          defaultValue={values.contact}
          aria-invalid={err('contact') ? true : undefined}
          aria-describedby={described('contact', 'contact-hint')}
          className={input}
        />
        {err('contact') ? (
          <p id="contact-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {err('contact')?.join(' ')}
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
      >
        {pending ? 'Sending…' : 'Send report'}
      </button>
    </form>
  );
}
