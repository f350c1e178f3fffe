// One scheduler run, as each app server's timer makes it (server/scheduler.ts), at a given instant,
// so that several processes started a moment apart run at once. Prints how many it published.
// Usage: tsx --conditions=react-server test/run-scheduler.ts <epoch ms to run at>
import { runScheduledPublishing } from '@/server/scheduler';

const at = Number(process.argv[2]);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
process.stdout.write(`published=${await runScheduledPublishing()}\n`);
