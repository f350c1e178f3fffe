// `npm run start:proxy`: the production set-up on one machine. `npm start`'s steps (migrate, build
// when stale), then the app on 127.0.0.1:PORT behind nginx's reverse cache on PROXY_PORT
// (deploy/nginx). Stops both when either stops, or on Ctrl-C / SIGTERM.
import {
  INSTALL_HINT,
  appEnvBehindProxy,
  findNginx,
  proxyOptionsFromEnv,
  spawnNginx,
} from '../deploy/nginx/proxy.mjs';
import { buildIfStale, setupDatabase, spawnNext, withAuthEnv } from './lib/build.mjs';

const nginx = findNginx();
if (!nginx) {
  console.error(
    `[almanac] npm run start:proxy needs nginx, which is not installed: ${INSTALL_HINT}`,
  );
  process.exit(1);
}
let options;
let env;
try {
  options = proxyOptionsFromEnv(process.env);
  env = appEnvBehindProxy({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, options);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

setupDatabase({ env });
buildIfStale({ distDir: env.NEXT_DIST_DIR || '.next', env });

const app = spawnNext(['start', '-p', String(options.appPort), '-H', env.HOST], {
  env: withAuthEnv(env),
});
const proxy = spawnNginx({ nginx, options });
console.log(
  `[almanac] reverse cache on http://${options.listen} (nginx, ${options.brotli ? 'gzip and brotli' : 'gzip'}; files in ${options.runDir}) in front of ${options.upstreams.join(', ')}`,
);

// nginx finishes the requests it is answering on SIGQUIT; spawnNext passes the signal to the app.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  if (proxy.exitCode === null) proxy.kill('SIGQUIT');
  if (app.exitCode === null) app.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);

const exited = (name, child) =>
  new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      if (!stopping) console.error(`[almanac] ${name} stopped (${signal ?? `exit ${code}`})`);
      stop();
      resolve(code ?? (stopping ? 0 : 1));
    }),
  );
const codes = await Promise.all([exited('the app', app), exited('nginx', proxy)]);
process.exit(codes.find((c) => c !== 0) ?? 0);
