'use client';

import './globals.css';

/** Last resort when the root layout itself fails: a plain page with a generic message. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-2xl px-4 py-16 text-center">
          <h1 className="text-4xl font-bold">Almanac is having trouble</h1>
          <p className="mt-4 text-lg">
            Something went wrong on our side. Please try again in a moment.
          </p>
          {error.digest ? (
            <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p>
          ) : null}
          <p className="mt-8">
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
