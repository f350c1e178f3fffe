import 'server-only';
import { expireCacheTags, publishDueEvents } from '@/db/store';

const SCHEDULER_INTERVAL_MS = 30_000;

const state = globalThis as unknown as { almanacScheduler?: ReturnType<typeof setInterval> };

/** Due events that cannot be published, already reported by this process (reported once each). */
const reportedSkips = new Set<number>();

/**
 * One run: publish what is due, then expire the pages it touched (through the database, which every
 * server's cache handler reads: a timer has no request for Next's revalidateTag). Never throws.
 */
export async function runScheduledPublishing(now: Date = new Date()): Promise<number> {
  let result: Awaited<ReturnType<typeof publishDueEvents>>;
  try {
    result = await publishDueEvents(now);
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
    await expireCacheTags(result.tags);
  } catch (error) {
    console.error(
      '[scheduler] published, but could not expire the cached pages (they refresh within the hour)',
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
