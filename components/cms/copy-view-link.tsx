'use client';

import { useState } from 'react';
import { useHydrated } from './event-form/use-hydrated';
import { buttonClass } from './ui';

/**
 * "Copy link to this view": the list's filters and order are all in its URL, so the link is the
 * saved view. Without JavaScript (or a clipboard) it is a plain link to copy by hand.
 */
export function CopyViewLink({ href }: { href: string }) {
  const hydrated = useHydrated();
  const [said, setSaid] = useState('');
  if (!hydrated)
    return (
      <a
        href={href}
        className="text-sm text-amber-800 underline underline-offset-2 dark:text-amber-300"
      >
        Link to this view
      </a>
    );
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        className={`${buttonClass.ghost} py-1 text-sm`}
        onClick={async () => {
          const url = new URL(href, window.location.origin).href;
          try {
            await navigator.clipboard.writeText(url);
            setSaid('Link copied.');
          } catch {
            window.prompt('Copy this link:', url);
            setSaid('');
          }
        }}
      >
        Copy link to this view
      </button>
      <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {said}
      </span>
    </span>
  );
}
