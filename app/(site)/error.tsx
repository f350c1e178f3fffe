'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/** A generic message for unexpected failures; details go to the console (and server logs), never the page. */
export default function SiteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="eyebrow">Something went wrong</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">We couldn’t show this page</h1>
      <p className="mt-4 text-lg text-ink-soft">
        Something went wrong on our side. Please try again in a moment.
        {error.digest ? (
          <span className="mt-2 block text-sm text-muted">Reference: {error.digest}</span>
        ) : null}
      </p>
      <ul className="mt-8 flex flex-wrap justify-center gap-3">
        <li>
          <button type="button" className="pill cursor-pointer" onClick={() => reset()}>
            Try again
          </button>
        </li>
        <li>
          <Link className="pill" href="/">
            Go to today’s page
          </Link>
        </li>
      </ul>
    </div>
  );
}
