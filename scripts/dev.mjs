// `npm run dev`: the dev server with the same auth environment `npm start` gives the production server.
import { spawnNext, withAuthEnv } from './lib/build.mjs';

const env = withAuthEnv({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
const server = spawnNext(['dev', '-p', env.PORT || '3000'], { env });
server.on('exit', (code) => process.exit(code ?? 0));
