import { spawn, type ChildProcess } from 'node:child_process';

type Env = Record<string, string | undefined>;

/**
 * A TypeScript entry point run as `npm run …` runs it (tsx, react-server conditions), in one
 * process of its own (tsx's loader in node itself, so a signal reaches the script, not a wrapper).
 */
export function spawnTsx(file: string, args: readonly string[], env: Env = {}) {
  return spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', file, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export type ScriptRun = { status: number | null; stdout: string; stderr: string };

/** Runs a script to its end (without blocking this process: other children keep going). */
export function runTsx(file: string, args: readonly string[], env: Env = {}): Promise<ScriptRun> {
  const child = spawnTsx(file, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

export type SaveAck = { id: number; version: number; title: string; at: number };

/** test/save-burst.ts running: the saves it acknowledged so far, and ways to stop it. */
export function startSaveBurst(o: { userId: number; eventIds: readonly number[]; env?: Env }) {
  const child: ChildProcess = spawnTsx(
    'test/save-burst.ts',
    [String(o.userId), ...o.eventIds.map(String)],
    o.env,
  );
  const acks: SaveAck[] = [];
  let errors = '';
  let pending = '';
  child.stdout?.on('data', (d: Buffer) => {
    const lines = (pending + d.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) acks.push(JSON.parse(line) as SaveAck);
  });
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    acks,
    /** Resolves once `n` saves in all were acknowledged (rejects if the burst ends first). */
    async waitFor(n: number, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (acks.length < n) {
        if (child.exitCode !== null) throw new Error(`the save burst ended: ${errors}`);
        if (Date.now() > deadline)
          throw new Error(`only ${acks.length} saves in ${timeoutMs} ms: ${errors}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    /** Ends it between two saves (SIGTERM) and waits. */
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    /** Kills it at once (SIGKILL): a crash, leaving its WAL behind. */
    async kill() {
      child.kill('SIGKILL');
      return exited;
    },
    errors: () => errors,
  };
}
