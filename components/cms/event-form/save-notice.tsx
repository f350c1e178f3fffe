'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A notice that a save produced (refused, conflict, duplicates, session ended): brought into view
 * and given focus when it arrives (`at` is the answer's time, so a repeated refusal does it again),
 * so the editor at the foot of a long form sees it and a screen reader starts reading there.
 */
export function SaveNotice({ at, children }: { at: number | undefined; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || at === undefined) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [at]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      data-save-notice=""
      className="scroll-mt-24 rounded-md outline-none focus:ring-2 focus:ring-amber-600 focus:ring-offset-2 dark:focus:ring-amber-400 dark:focus:ring-offset-stone-950"
    >
      {children}
    </div>
  );
}
