'use client';

import { useEffect, useState } from 'react';
import {
  describePresence,
  PRESENCE_HEARTBEAT_MS,
  type PresenceEntry,
} from '@/lib/presence/presence';
import { Notice } from '../ui';

function parseOthers(json: unknown): PresenceEntry[] {
  const others = (json as { others?: unknown } | null)?.others;
  return Array.isArray(others)
    ? others.filter(
        (o): o is PresenceEntry =>
          typeof o === 'object' &&
          o !== null &&
          typeof (o as PresenceEntry).name === 'string' &&
          typeof (o as PresenceEntry).openedAt === 'number',
      )
    : [];
}

// In the editor's own time zone (the browser's), to the minute.
const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * "Ada Editor has this open since 10:42": while the form is open it beats every 20 s
 * (POST /api/cms/events/{id}/presence), shows who else has the event open from each answer, and
 * says goodbye with navigator.sendBeacon when the page is left. Nothing shows while alone.
 */
export function PresenceNotice({ eventId }: { eventId: number }) {
  const [others, setOthers] = useState<PresenceEntry[]>([]);

  useEffect(() => {
    const url = `/api/cms/events/${eventId}/presence`;
    let stopped = false;
    let controller: AbortController | null = null;
    async function beat() {
      controller?.abort();
      controller = new AbortController();
      try {
        const response = await fetch(url, { method: 'POST', signal: controller.signal });
        if (stopped) return;
        // A failed beat (session ended, event deleted) says nothing rather than something stale.
        setOthers(response.ok ? parseOthers(await response.json()) : []);
      } catch {
        // Offline or aborted: the next beat tries again.
      }
    }
    void beat();
    const timer = setInterval(() => void beat(), PRESENCE_HEARTBEAT_MS);
    const leave = () => navigator.sendBeacon(`${url}?leave=1`);
    // Back from another tab or the back/forward cache: beat at once rather than at the next tick.
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) void beat();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void beat();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      controller?.abort();
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onVisible);
      // Leaving the form within the app (a client navigation) ends the presence too.
      leave();
    };
  }, [eventId]);

  const text = describePresence(others, (ms) => timeFormat.format(ms));
  return (
    <div aria-live="polite" data-testid="presence">
      {text && (
        <Notice tone="info">
          <p>
            <span aria-hidden="true">● </span>
            {text}
          </p>
        </Notice>
      )}
    </div>
  );
}
