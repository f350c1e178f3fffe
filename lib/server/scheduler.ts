import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { publishDueEvents } from '@/db/queries/event-editor';
import { getConfig } from '@/lib/config';

export const SCHEDULER_INTERVAL_MS = 30_000;

const state = globalThis as unknown as { almanacScheduler?: ReturnType<typeof setInterval> };

/**
 * Asks this server to expire the pages the scheduler changed. revalidateTag needs a request to run
 * in, and a timer has none, so the scheduler goes through the same internal route the importer uses
 * (authorised by the secret file beside the database).
 */
async function refreshPages(tags: readonly string[]): Promise<void> {
  const config = getConfig();
  const secretFile = path.join(path.dirname(config.databasePath), '.revalidate-secret');
  let secret: string;
  try {
    secret = fs.readFileSync(secretFile, 'utf8').trim();
  } catch {
    console.warn(
      '[scheduler] no revalidate secret beside the database: pages refresh within the hour',
    );
    return;
  }
  const port = process.env.PORT || String(config.port);
  for (let i = 0; i < tags.length; i += 200) {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
      body: JSON.stringify({ tags: tags.slice(i, i + 200) }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`revalidate answered HTTP ${response.status}`);
  }
}

/** Due events that cannot be published, already reported by this process (reported once each). */
const reportedSkips = new Set<number>();

/** One run: publish what is due, then refresh the pages it touched. Never throws. */
export async function runScheduledPublishing(now: Date = new Date()): Promise<number> {
  let result: ReturnType<typeof publishDueEvents>;
  try {
    result = publishDueEvents(now);
  } catch (error) {
    console.error('[scheduler] scheduled publishing failed', error);
    return 0;
  }
  for (const skip of result.skipped) {
    if (reportedSkips.has(skip.id)) continue;
    reportedSkips.add(skip.id);
    console.warn(
      `[scheduler] not publishing scheduled event ${skip.id} "${skip.title}": ${skip.reason}; it stays scheduled until an editor fixes it`,
    );
  }
  if (result.published.length === 0) return 0;
  console.log(
    `[scheduler] published ${result.published.length} scheduled event(s): ${result.published.join(', ')}`,
  );
  try {
    await refreshPages(result.tags);
  } catch (error) {
    console.error(
      '[scheduler] published, but could not refresh the cached pages (they refresh within the hour)',
      error,
    );
  }
  return result.published.length;
}

/**
 * Starts publishing scheduled events every 30 seconds in this server process (once per process;
 * the first run comes a few seconds after start, so events that fell due while the server was down
 * go live then). The timer does not keep the process alive.
 */
export function startScheduler(): void {
  if (state.almanacScheduler) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runScheduledPublishing();
    } finally {
      running = false;
    }
  };
  state.almanacScheduler = setInterval(() => void tick(), SCHEDULER_INTERVAL_MS);
  state.almanacScheduler.unref();
  setTimeout(() => void tick(), 5_000).unref();
}
