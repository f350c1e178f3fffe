'use client';

import { buttonClass } from '@/components/cms/ui';

export default function CmsError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        The server could not finish this request. It has been logged; try again in a moment.
      </p>
      <button type="button" onClick={reset} className={`${buttonClass.primary} mt-6`}>
        Try again
      </button>
    </main>
  );
}
