/**
 * Presence in the editor: who else has an event open. The open form beats every HEARTBEAT_MS; an
 * entry not seen for STALE_MS (three missed beats: a closed laptop, a lost connection) no longer
 * counts, so a tab that ended without saying goodbye drops out within a minute.
 */
export const PRESENCE_HEARTBEAT_MS = 20_000;
export const PRESENCE_STALE_MS = 60_000;

/** Someone else with the event open, as the form is told. */
export type PresenceEntry = { userId: number; name: string; openedAt: number };

/** The notice's sentence: "Ada Editor has this open since 10:42", or several names joined. */
export function describePresence(
  others: readonly PresenceEntry[],
  formatTime: (ms: number) => string,
): string | null {
  if (others.length === 0) return null;
  const parts = others.map((o) => `${o.name} (since ${formatTime(o.openedAt)})`);
  if (others.length === 1) {
    const [only] = others;
    return `${only!.name} has this open since ${formatTime(only!.openedAt)}.`;
  }
  const last = parts.pop();
  return `${parts.join(', ')} and ${last} have this open.`;
}
