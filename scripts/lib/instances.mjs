// @ts-check
// Several app servers on one machine and one database, for a reverse proxy to balance between
// (README "Scaling"). Each is a `next start` of the same build, as `npm start` starts one; they
// share the database file (WAL: one writer at a time, readers never wait), so they need nothing
// else in common: each keeps its own page cache, and every cache expiry any of them (or the
// importer, or a scheduler) writes reaches the others through the database within one lookup
// (server/cache-handler.mjs). Each runs the scheduler too: a due event is published once
// (server/scheduler.instances.test.ts).
import { spawnNext, withAuthEnv } from './build.mjs';

/**
 * Reads `--instances N` (1 to 16) from the command line; 1 when absent.
 * @param {readonly string[]} argv
 */
export function instancesOption(argv) {
  const at = argv.indexOf('--instances');
  if (at === -1) return 1;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 16) {
    console.error('[almanac] --instances takes a whole number from 1 to 16');
    process.exit(1);
  }
  return n;
}

/**
 * The ports of `count` app servers from `port` on, and the addresses a proxy reaches them at
 * (["127.0.0.1:3000", "127.0.0.1:3001"]; a server bound to every address is reached on 127.0.0.1).
 * @param {{ count: number, port: number, host?: string }} o
 */
export function instancePorts({ count, port, host = '127.0.0.1' }) {
  const ports = Array.from({ length: count }, (_, i) => port + i);
  if (port + count - 1 > 65535) {
    console.error(`[almanac] ${count} app servers from port ${port} go past port 65535`);
    process.exit(1);
  }
  const reach = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { ports, upstreams: ports.map((p) => `${reach}:${p}`) };
}

/**
 * Starts `count` app servers on consecutive ports from `port`, bound to `host`, each with the
 * environment `npm start` gives one (the auth secret beside the database; NEXTAUTH_URL from
 * SITE_URL, which behind a proxy is the public address, the same for all), and returns them with
 * the proxy's upstream list.
 * @param {{ count: number, port: number, host?: string, env: NodeJS.ProcessEnv }} o
 */
export function startInstances({ count, port, host = '127.0.0.1', env }) {
  const { ports, upstreams } = instancePorts({ count, port, host });
  const servers = ports.map((p) =>
    spawnNext(['start', '-p', String(p), '-H', host], {
      env: withAuthEnv({ ...env, PORT: String(p) }),
    }),
  );
  return { servers, upstreams };
}
