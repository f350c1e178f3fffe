// What every command-line script starts with: its failures named after it, its arguments read
// with their usage, and the site's configuration. Imported by scripts run through tsx.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from '@/lib/config';

/** Prints `[name] message` on stderr and exits with `code` (1 unless said). */
export type Fail = (message: string, code?: number) => never;

export type Command = {
  /**
   * The script's failure. Give it a declared type where it is kept (`const fail: Fail = cli.fail`),
   * so TypeScript knows that code after it does not run.
   */
  fail: Fail;
  /**
   * The arguments after the script's name. Arguments it does not take fail with the usage (exit
   * `usageCode`); `--help` prints the usage and exits 0.
   */
  args: <T extends ParseArgsConfig>(
    config: T,
    usageCode?: number,
  ) => ReturnType<typeof parseArgs<T>>;
  /** The site's configuration; a configuration error fails with its message. */
  config: () => AppConfig;
};

export function command(name: string, usage: string): Command {
  function fail(message: string, code = 1): never {
    console.error(`[${name}] ${message}`);
    process.exit(code);
  }
  return {
    fail,
    args(config, usageCode = 1) {
      let parsed;
      try {
        parsed = parseArgs<typeof config>({ args: process.argv.slice(2), ...config });
      } catch (error) {
        fail(`${(error as Error).message}\n\n${usage}`, usageCode);
      }
      if ((parsed.values as { help?: unknown }).help) {
        console.log(usage);
        process.exit(0);
      }
      return parsed;
    },
    config() {
      try {
        return loadConfig();
      } catch (error) {
        if (error instanceof ConfigError) fail(error.message);
        throw error;
      }
    },
  };
}
