'use client';

import { useRef, useState, type FormEvent } from 'react';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { buttonClass, inputClass, labelClass } from './ui';

/**
 * The sign-in form posts straight to next-auth's credentials callback, so it works without
 * JavaScript (the server redirects back here with `?error=`). With JavaScript it asks for a JSON
 * answer instead, so an error appears in place and the email stays filled in.
 */
export function LoginForm({
  csrfToken,
  callbackUrl,
  initialError,
  disabled,
}: {
  csrfToken: string;
  callbackUrl: string | undefined;
  initialError: string | null;
  disabled: boolean;
}) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const password = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === 'string') body.append(key, value);
    body.set('json', 'true');
    setPending(true);
    setError(null);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      const data: unknown = await response.json();
      const next =
        data && typeof data === 'object' && 'url' in data && typeof data.url === 'string'
          ? new URL(data.url, window.location.href)
          : null;
      if (!next || next.origin !== window.location.origin) throw new Error('unexpected answer');
      const code = next.searchParams.get('error');
      if (code) {
        setError(signInErrorMessage(code));
        setPending(false);
        if (password.current) {
          password.current.value = '';
          password.current.focus();
        }
        return;
      }
      // A full load on purpose: the callback may be a page under the other root layout, and every
      // server component must see the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`${next.pathname}${next.search}${next.hash}`);
    } catch {
      // Anything unexpected: fall back to the plain form post, which always gives a page.
      form.submit();
    }
  }

  const errorId = 'login-error';
  return (
    <form
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={onSubmit}
      className="space-y-5"
    >
      <input type="hidden" name="csrfToken" value={csrfToken} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <div aria-live="polite" id={errorId}>
        {error && (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3.5 py-2.5 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100"
          >
            {error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={`${inputClass} mt-1.5 w-full`}
        />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          Password
        </label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={`${inputClass} mt-1.5 w-full`}
        />
      </div>
      <button
        type="submit"
        disabled={pending || disabled}
        className={`${buttonClass.primary} w-full py-2.5`}
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
