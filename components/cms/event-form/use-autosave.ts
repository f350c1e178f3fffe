'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, formFingerprint } from '@/lib/events/autosave';
import { parseEventFormData, type EventFormValues } from '@/lib/validation/event';

/*
 * The event form's autosave and its "unsaved changes" state (lib/events/autosave.ts). The form's
 * values are read from the form itself (what a save would send), compared with the event as
 * stored (read from the form when it shows it), and, once they differ, sent to /api/cms/autosave a
 * moment after the editor stops typing. Never a save of the event: only a copy for this editor.
 */

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string }
  | { kind: 'paused' };

const ENDPOINT = '/api/cms/autosave';

const readForm = (form: HTMLFormElement): EventFormValues => parseEventFormData(new FormData(form));

const NOT_SENT = new Set(['submit', 'button', 'reset', 'image', 'file']);

/**
 * What the form was rendered with (each control's default, not its value): the event as stored,
 * even when the editor typed before the page's JavaScript ran.
 */
function readDefaults(form: HTMLFormElement): EventFormValues {
  const data = new FormData();
  for (const el of Array.from(form.elements)) {
    if (
      !(
        el instanceof HTMLInputElement ||
        el instanceof HTMLSelectElement ||
        el instanceof HTMLTextAreaElement
      ) ||
      !el.name ||
      el.disabled
    )
      continue;
    if (el instanceof HTMLSelectElement) {
      const options = Array.from(el.options);
      const chosen = options.filter((o) => o.defaultSelected);
      const sent = chosen.length > 0 ? chosen : el.multiple ? [] : options.slice(0, 1);
      for (const o of sent) data.append(el.name, o.value);
    } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.defaultChecked) data.append(el.name, el.value);
    } else if (!(el instanceof HTMLInputElement && NOT_SENT.has(el.type))) {
      data.append(el.name, el.defaultValue);
    }
  }
  return parseEventFormData(data);
}

export function useAutosave(o: {
  form: RefObject<HTMLFormElement | null>;
  eventId: number | null;
  /** The version the form's fields were opened at (the stored event's). */
  baseVersion: number;
  /** A new value when the form shows the event as stored again (after a save): the new baseline. */
  baselineKey: string;
  /** False while the editor has not yet chosen to restore or discard an earlier copy. */
  enabled: boolean;
}) {
  const { form, eventId, baseVersion, baselineKey, enabled } = o;
  const baseline = useRef<string | null>(null);
  const sent = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstPending = useRef<number | null>(null);
  const submitting = useRef(false);
  const dirtyRef = useRef(false);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const live = useRef({ eventId, baseVersion, enabled });
  useEffect(() => {
    live.current = { eventId, baseVersion, enabled };
  }, [eventId, baseVersion, enabled]);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    firstPending.current = null;
  };

  const send = useCallback(
    async (values: EventFormValues, fingerprint: string, keepalive = false) => {
      clearTimer();
      const { eventId: id, baseVersion: version } = live.current;
      sent.current = fingerprint;
      setStatus({ kind: 'saving' });
      try {
        const body = JSON.stringify({ eventId: id, baseVersion: version, values });
        const response = await fetch(ENDPOINT, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body,
          // A request that outlives the page may carry at most 64 KiB (the Fetch standard's limit).
          keepalive: keepalive && body.length < 60_000,
        });
        const answer = (await response.json().catch(() => ({}))) as {
          savedAt?: string;
          error?: string;
        };
        if (response.ok && answer.savedAt)
          setStatus({ kind: 'saved', at: new Date(answer.savedAt) });
        else {
          sent.current = null;
          setStatus({ kind: 'failed', message: answer.error ?? 'The draft copy was not kept.' });
        }
      } catch {
        sent.current = null;
        setStatus({ kind: 'failed', message: 'The draft copy was not kept: no connection.' });
      }
    },
    [],
  );

  const discard = useCallback(async () => {
    clearTimer();
    sent.current = null;
    await fetch(ENDPOINT, {
      method: 'DELETE',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ eventId: live.current.eventId }),
    }).catch(() => undefined);
  }, []);

  /** Looks at the form as it is now: unsaved changes?, and a copy to send soon. */
  const check = useCallback(() => {
    const el = form.current;
    if (!el || baseline.current === null || submitting.current) return;
    const values = readForm(el);
    const fingerprint = formFingerprint(values);
    const isDirty = fingerprint !== baseline.current;
    dirtyRef.current = isDirty;
    setDirty(isDirty);
    if (!live.current.enabled) {
      setStatus(isDirty ? { kind: 'paused' } : { kind: 'idle' });
      return;
    }
    if (!isDirty) {
      clearTimer();
      // Back to the stored event: a copy kept earlier is nothing to offer any more.
      if (sent.current !== null) void discard();
      setStatus({ kind: 'idle' });
      return;
    }
    if (fingerprint === sent.current) return;
    if (timer.current) clearTimeout(timer.current);
    const now = Date.now();
    firstPending.current ??= now;
    const wait = Math.min(AUTOSAVE_DELAY_MS, firstPending.current + AUTOSAVE_MAX_WAIT_MS - now);
    timer.current = setTimeout(
      () => {
        const latest = form.current;
        if (latest) void send(readForm(latest), formFingerprint(readForm(latest)));
      },
      Math.max(0, wait),
    );
  }, [form, send, discard]);

  // The stored event's fingerprint, read from the form once it shows it (after React has run).
  useEffect(() => {
    submitting.current = false;
    const frame = requestAnimationFrame(() => {
      if (!form.current) return;
      baseline.current = formFingerprint(readDefaults(form.current));
      sent.current = null;
      dirtyRef.current = false;
      setDirty(false);
      // Anything typed before this ran counts.
      check();
    });
    return () => cancelAnimationFrame(frame);
  }, [form, baselineKey, check]);

  // Every edit: typing, choosing, and the pickers' buttons (which change hidden inputs).
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    let queued = 0;
    const later = () => {
      cancelAnimationFrame(queued);
      queued = requestAnimationFrame(check);
    };
    el.addEventListener('input', later);
    el.addEventListener('change', later);
    el.addEventListener('click', later);
    el.addEventListener('keyup', later);
    return () => {
      cancelAnimationFrame(queued);
      el.removeEventListener('input', later);
      el.removeEventListener('change', later);
      el.removeEventListener('click', later);
      el.removeEventListener('keyup', later);
    };
  }, [form, check]);

  // Leaving the tab or closing it: send what is waiting at once.
  useEffect(() => {
    const flush = () => {
      const el = form.current;
      if (!timer.current || !el || !live.current.enabled) return;
      const values = readForm(el);
      void send(values, formFingerprint(values), true);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [form, send]);

  useEffect(() => () => clearTimer(), []);

  return {
    dirty,
    dirtyRef,
    submitting,
    status,
    /** Re-reads the form (after a restore re-seeded it). */
    check: () => requestAnimationFrame(check),
    discard,
    /** The form is being saved: no copy goes out now (the save removes the stored one). */
    onSend: () => {
      clearTimer();
      submitting.current = true;
    },
    /** The save was refused: the form goes on as before. */
    onAnswer: () => {
      submitting.current = false;
      requestAnimationFrame(check);
    },
  };
}
