'use client';

import { useEffect, type RefObject } from 'react';

export const LEAVE_MESSAGE =
  'You have unsaved changes in this event. Leave the page anyway? (A draft copy is kept, and offered back when you return.)';

/**
 * Asks before the editor leaves a form with unsaved changes: closing or reloading the tab (the
 * browser's own question) and following a link inside the site (ours, before Next's router moves).
 */
export function useLeaveGuard(o: { dirty: RefObject<boolean>; submitting: RefObject<boolean> }) {
  const { dirty, submitting } = o;
  useEffect(() => {
    const unsaved = () => dirty.current && !submitting.current;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    // Capture phase on the document: before React's handlers (next/link's among them) see it.
    const onClick = (event: MouseEvent) => {
      if (!unsaved() || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.target && link.target !== '_self') return;
      if (link.hasAttribute('download')) return;
      const to = new URL(link.href, window.location.href);
      const here = new URL(window.location.href);
      if (to.origin !== here.origin) return; // the browser's own question covers leaving the site
      if (to.pathname === here.pathname && to.search === here.search && to.hash) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      } else {
        // Leaving on purpose: the browser need not ask again.
        dirty.current = false;
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, submitting]);
}

/** Ctrl+S (Cmd+S on a Mac) saves the form, as its main button does, instead of saving the web page. */
export function useSaveShortcut(form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's')
        return;
      const el = form.current;
      if (!el) return;
      event.preventDefault();
      if (el.querySelector('[aria-busy="true"]')) return; // a save is on its way
      // As Enter does: the main save, never "save anyway".
      el.requestSubmit();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [form]);
}
