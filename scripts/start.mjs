// `npm start`: migrate (and seed a new database), build when missing or stale, then serve the production app.
import { buildIfStale, setupDatabase, spawnNext, withAuthEnv } from './lib/build.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
setupDatabase({ env });
buildIfStale({ distDir: env.NEXT_DIST_DIR || '.next', env });

const port = env.PORT || '3000';
const server = spawnNext(['start', '-p', port, '-H', env.HOST || '0.0.0.0'], {
  env: withAuthEnv(env),
});
server.on('exit', (code) => process.exit(code ?? 0));
