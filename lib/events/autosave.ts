import { z } from 'zod';
import { emptyEventFormValues, type EventFormValues } from '@/lib/validation/event';

/*
 * Autosave of the event form: what an editor typed and has not saved, kept on the server as one
 * copy per editor and event (db/queries/event-autosave.ts) and offered back when they return. The
 * copy is the form's values as typed (EventFormValues, what a refused save echoes), never checked
 * against the event's rules: it is unfinished work, and only a save makes it an event.
 */

/** How long the form waits after the last keystroke before it saves its copy. */
export const AUTOSAVE_DELAY_MS = 1_500;
/** And at most this long while the editor keeps typing. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;
/** The largest copy accepted (JSON bytes): the body's limit is 100,000 characters. */
export const AUTOSAVE_MAX_BYTES = 512_000;

const text = z.string().max(200_000);
const list = z.array(z.string().max(5_000)).max(200);
const rows = z.array(z.record(z.string().max(40), z.string().max(5_000))).max(200);

const shape = Object.fromEntries(
  Object.entries(emptyEventFormValues()).map(([key, empty]) => [
    key,
    typeof empty === 'boolean'
      ? z.boolean()
      : Array.isArray(empty)
        ? ['people', 'references', 'links'].includes(key)
          ? rows
          : list
        : text,
  ]),
);
const valuesSchema = z.object(shape).partial().strict();

/** A copy as stored or sent, or null when it is not one (a field of the wrong kind, too big). */
export function parseAutosaveValues(raw: unknown): EventFormValues | null {
  if (raw === null || typeof raw !== 'object') return null;
  if (JSON.stringify(raw).length > AUTOSAVE_MAX_BYTES) return null;
  const parsed = valuesSchema.safeParse(raw);
  if (!parsed.success) return null;
  const empty = emptyEventFormValues();
  const out = { ...empty, ...parsed.data } as EventFormValues;
  // Rows keep the form's own keys only.
  out.people = out.people.map((r) => ({
    personId: r.personId ?? '',
    name: r.name ?? '',
    role: r.role ?? '',
  }));
  out.references = out.references.map((r) => ({
    url: r.url ?? '',
    title: r.title ?? '',
    publisher: r.publisher ?? '',
    accessedAt: r.accessedAt ?? '',
  }));
  out.links = out.links.map((r) => ({
    eventId: r.eventId ?? '',
    title: r.title ?? '',
    type: r.type ?? 'related',
    direction: r.direction ?? 'from',
  }));
  return out;
}

/** The form's values as one comparable string: two equal strings mean nothing was changed. */
export function formFingerprint(values: EventFormValues): string {
  // The version says where the form started, not what was typed.
  const { version: _version, ...rest } = values;
  void _version;
  return JSON.stringify(rest);
}

/** "10:42 UTC" (today) or "10:42 UTC on 6 Dec 2026": when the copy was saved. */
export function autosaveTimeLabel(savedAt: Date, now: Date = new Date()): string {
  const iso = savedAt.toISOString();
  const time = `${iso.slice(11, 16)} UTC`;
  if (iso.slice(0, 10) === now.toISOString().slice(0, 10)) return time;
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(savedAt);
  return `${time} on ${day}`;
}
