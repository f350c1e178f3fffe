import type { ChildProcess, StdioOptions } from 'node:child_process';

export type ProxyOptions = {
  /** host:port nginx listens on. */
  listen: string;
  /** The app servers, host:port or unix:/path. */
  upstreams: string[];
  /** nginx's prefix: its configuration, pid, temporary files and cache. */
  runDir: string;
  cacheMaxMb: number;
  /** Requests a second per reader address that reach the app; 0: no limit. */
  rateLimit: number;
  accessLog: string | null;
  workers: number | 'auto';
  brotli: boolean;
};

export declare const INSTALL_HINT: string;
export declare function findNginx(env?: Record<string, string | undefined>): string | null;
export declare function hasBrotliModule(): boolean;
export declare function proxyOptionsFromEnv(
  env?: Record<string, string | undefined>,
): ProxyOptions & { appPort: number; proxyPort: number };
export declare function renderNginxConfig(options: ProxyOptions): string;
export declare function writeNginxConfig(options: ProxyOptions): string;
export declare function spawnNginx(args: {
  nginx: string;
  options: ProxyOptions;
  stdio?: StdioOptions;
}): ChildProcess;
export declare function appEnvBehindProxy(
  env: Record<string, string | undefined>,
  options: { appPort: number; proxyPort: number },
): Record<string, string | undefined>;
