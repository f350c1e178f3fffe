'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type ReactNode } from 'react';

const TYPING_DELAY_MS = 250;

/**
 * The search form. Without JavaScript it is a plain GET form; with it, results follow the
 * reader's typing (after a short pause) and every filter change, by replacing the URL so the
 * server renders the new results. The URL stays the whole state: shareable, back-button friendly.
 */
export function LiveSearchForm({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [pending, startTransition] = useTransition();

  useEffect(() => () => clearTimeout(timer.current), []);

  function go() {
    const el = form.current;
    if (!el) return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(el)) {
      // A new query starts at page 1; empty fields stay out of the URL.
      if (typeof value === 'string' && value.trim() !== '' && name !== 'page')
        params.set(name, value);
    }
    const href = params.size > 0 ? `/search?${params}` : '/search';
    startTransition(() => router.replace(href, { scroll: false }));
  }

  return (
    <form
      ref={form}
      action="/search"
      method="get"
      role="search"
      aria-busy={pending}
      className={className}
      onInput={(e) => {
        const target = e.target as HTMLElement;
        clearTimeout(timer.current);
        // Selects apply at once; typed text after a pause, so each keystroke does not fetch a page.
        if (target instanceof HTMLSelectElement) go();
        else timer.current = setTimeout(go, TYPING_DELAY_MS);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        go();
      }}
    >
      {children}
    </form>
  );
}
