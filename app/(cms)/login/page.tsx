import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/cms/login-form';
import { Notice } from '@/components/cms/ui';
import { verifySession } from '@/server/session';
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from '@/lib/auth/callback-url';
import { COOKIES_REQUIRED_ERROR, signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { csrfCookieName, csrfTokenFromCookie } from '@/server/auth-cookies';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const param = (key: string) => {
    const value = params[key];
    return typeof value === 'string' ? value : undefined;
  };
  const rawCallback = param('callbackUrl');
  const callbackUrl = rawCallback === undefined ? undefined : safeCallbackPath(rawCallback);

  if (await verifySession()) {
    redirect(
      callbackUrl && !callbackUrl.startsWith('/login') ? callbackUrl : DEFAULT_CALLBACK_PATH,
    );
  }

  // next-auth checks a CSRF token against its cookie. Without the cookie yet, let next-auth set it
  // and send the browser straight back (once: `error=CookiesRequired` marks the return trip).
  const csrfToken = csrfTokenFromCookie((await cookies()).get(csrfCookieName())?.value);
  const errorCode = param('error');
  if (!csrfToken && errorCode !== COOKIES_REQUIRED_ERROR) {
    const query = new URLSearchParams({ error: COOKIES_REQUIRED_ERROR });
    if (callbackUrl) query.set('callbackUrl', callbackUrl);
    redirect(`/api/auth/signin?${query}`);
  }

  const error = signInErrorMessage(errorCode);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-center font-serif text-2xl font-semibold tracking-tight">
          Almanac{' '}
          <span className="font-sans text-xs font-medium tracking-wide text-stone-500 uppercase dark:text-stone-400">
            CMS
          </span>
        </p>
        <div className="mt-6 rounded-lg border border-stone-200 bg-white p-6 shadow-sm sm:p-8 dark:border-stone-800 dark:bg-stone-900">
          <h1 className="text-xl font-semibold">Sign in</h1>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            For editors and admins of Almanac.
          </p>
          <div className="mt-5 space-y-3">
            {param('signedOut') === '1' && !error && (
              <Notice tone="success">You have signed out.</Notice>
            )}
            {param('expired') === '1' && !error && (
              <Notice tone="info">Your session has ended. Sign in again to continue.</Notice>
            )}
            {!csrfToken && (
              <Notice tone="error">
                Your browser did not keep this site&apos;s sign-in cookie. Allow cookies for this
                site, then reload the page.
              </Notice>
            )}
          </div>
          <div className="mt-5">
            <LoginForm
              csrfToken={csrfToken ?? ''}
              callbackUrl={callbackUrl}
              initialError={error}
              disabled={!csrfToken}
            />
          </div>
        </div>
        <p className="mt-6 text-center text-sm">
          <Link
            href="/"
            className="text-stone-600 underline underline-offset-4 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white"
          >
            Back to the site
          </Link>
        </p>
      </div>
    </main>
  );
}
