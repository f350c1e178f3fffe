'use client';

import { useRouter } from 'next/navigation';
import { startTransition } from 'react';
import { buttonClass } from '@/components/cms/ui';

export default function CmsError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  // "Try again" asks the server for the page afresh: after a failed save, what it stored (if it
  // did) is what the form must show, and say (components/cms/event-form/pending-save.ts).
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        The server could not finish this request. It has been logged; try again in a moment.
      </p>
      <button type="button" onClick={retry} className={`${buttonClass.primary} mt-6`}>
        Try again
      </button>
    </main>
  );
}
