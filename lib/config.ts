import path from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from './dates';

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/almanac.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_TIME_ZONE: z.string().default('UTC').refine(isValidTimeZone, {
    message: 'must be an IANA time zone such as "UTC" or "Europe/London"',
  }),
  SITE_URL: z
    .url({ message: 'must be an absolute URL such as "https://almanac.example"' })
    .optional(),
  SITE_NAME: z.string().min(1).default('Almanac'),
  // How many reverse proxies in front of the server append to X-Forwarded-For. 0: none, so the
  // client address is the socket's and X-Forwarded-For is never read (any client can send it).
  TRUSTED_PROXY_HOPS: z
    .string()
    .default('0')
    .refine((v) => /^\d+$/.test(v.trim()) && Number(v) <= 10, {
      message: 'must be a whole number of proxies from 0 (none, the default) to 10',
    })
    .transform((v) => Number(v)),
  // When a commit reaches the disk (db/connection.ts). normal: at WAL checkpoints, so a power loss
  // or an operating-system crash can lose the last saves (never the file's consistency); full: at
  // every commit, so an acknowledged save survives those too, at the cost of an fsync per save.
  SQLITE_SYNCHRONOUS: z
    .string()
    .default('normal')
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(['normal', 'full'], { message: 'must be "normal" (the default) or "full"' })),
});

export type AppConfig = {
  databasePath: string;
  port: number;
  siteTimeZone: string;
  siteUrl: string;
  siteName: string;
  trustedProxyHops: number;
  sqliteSynchronous: 'normal' | 'full';
};

export class ConfigError extends Error {}

/** Reads and validates configuration from the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    databasePath: path.resolve(c.DATABASE_PATH),
    port: c.PORT,
    siteTimeZone: c.SITE_TIME_ZONE,
    siteUrl: (c.SITE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    siteName: c.SITE_NAME,
    trustedProxyHops: c.TRUSTED_PROXY_HOPS,
    sqliteSynchronous: c.SQLITE_SYNCHRONOUS,
  };
}

let cached: AppConfig | undefined;
export function getConfig(): AppConfig {
  cached ??= loadConfig();
  return cached;
}
