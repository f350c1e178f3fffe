// A save whose answer never came (the server crashed, the connection dropped) may still have been
// stored. The form remembers, for this tab, the version it saved from and when; when the page
// loads again it compares with the event as stored and says what became of that save.

export type PendingSave = {
  /** The version the form was at (or replaced, with "save mine anyway"); 0 for a new event. */
  fromVersion: number;
  /** When it was sent (this browser's clock, ms). */
  at: number;
};

/** What the page knows of the event now (or, for a new one, of this editor's latest new event). */
export type StoredState =
  | { kind: 'edit'; version: number; updatedById: number | null; updatedAt: number; me: number }
  | { kind: 'new'; latest: { id: number; title: string; createdAt: number } | null };

export type RecoveredSave = {
  tone: 'success' | 'error';
  text: string;
  link?: { href: string; label: string };
};

/** Clocks differ: a save counts as this one when stored up to this long before it was sent. */
const CLOCK_SLACK_MS = 10 * 60_000;

const hhmm = (ms: number) => `${new Date(ms).toISOString().slice(11, 16)} UTC`;

export const pendingSaveKey = (eventId: number | null) =>
  `almanac:pending-save:${eventId ?? 'new'}`;

export function readPendingSave(raw: string | null): PendingSave | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<PendingSave>;
    return typeof value.fromVersion === 'number' && typeof value.at === 'number'
      ? { fromVersion: value.fromVersion, at: value.at }
      : null;
  } catch {
    return null;
  }
}

/** What to tell the editor about a save that got no answer, from the event as stored now. */
export function describePendingSave(
  pending: PendingSave,
  stored: StoredState,
  eventId: number | null,
): RecoveredSave {
  const recent = (ms: number) => ms >= pending.at - CLOCK_SLACK_MS;
  if (stored.kind === 'new') {
    const latest = stored.latest;
    if (latest && recent(latest.createdAt))
      return {
        tone: 'success',
        text: `Your new event “${latest.title}” was stored at ${hhmm(latest.createdAt)}, though the answer did not reach you.`,
        link: { href: `/editor/events/${latest.id}`, label: 'Open it' },
      };
    return {
      tone: 'error',
      text: `Your new event sent at ${hhmm(pending.at)} did not reach Almanac: nothing was stored.`,
    };
  }
  const history = { href: `/editor/events/${eventId}/history`, label: 'See it in the history' };
  if (
    stored.version > pending.fromVersion &&
    stored.updatedById === stored.me &&
    recent(stored.updatedAt)
  )
    return {
      tone: 'success',
      text: `Your save of ${hhmm(stored.updatedAt)} was stored (version ${stored.version}), though the answer did not reach you. The form shows it.`,
      link: history,
    };
  if (stored.version > pending.fromVersion)
    return {
      tone: 'error',
      text: `Your save of ${hhmm(pending.at)} may not have been stored: the event has changed since (version ${stored.version}), not by that save.`,
      link: history,
    };
  return {
    tone: 'error',
    text: `Your save of ${hhmm(pending.at)} did not reach Almanac: the form shows version ${stored.version}, as stored.`,
  };
}
