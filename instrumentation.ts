/**
 * Runs once when a server process starts. In the Node.js runtime of a running server (not the
 * build, whose workers start servers too), it stamps each request with its socket address (the
 * client address when no proxy is trusted, lib/auth/client-address.ts), makes Almanac's cache
 * handler Next's page cache (both already done by the preload of `npm start`), and starts the
 * scheduler that publishes scheduled events.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { stampSocketAddresses } = await import('./server/socket-address.mjs');
  stampSocketAddresses();
  const { installCacheHandler } = await import('./server/cache-handler.mjs');
  installCacheHandler();
  const { startScheduler } = await import('./server/scheduler');
  startScheduler();
}
