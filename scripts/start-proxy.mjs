// `npm run start:proxy [-- --instances N]`: the production set-up on one machine. `npm start`'s
// steps (migrate, build when stale), then N app servers (1 by default) of that build on the same
// database, on 127.0.0.1 from PORT on (PORT, PORT+1, ...), behind nginx's reverse cache on
// PROXY_PORT (deploy/nginx), which balances over them. Stops them all when any stops, or on
// Ctrl-C / SIGTERM.
import {
  INSTALL_HINT,
  appEnvBehindProxy,
  findNginx,
  proxyOptionsFromEnv,
  spawnNginx,
} from '../deploy/nginx/proxy.mjs';
import { buildIfStale, setupDatabase } from './lib/build.mjs';
import { instancesOption, startInstances } from './lib/instances.mjs';

function fail(message) {
  console.error(message);
  process.exit(1);
}

const nginx = findNginx();
if (!nginx)
  fail(`[almanac] npm run start:proxy needs nginx, which is not installed: ${INSTALL_HINT}`);
if (process.env.APP_UPSTREAMS)
  fail(
    '[almanac] npm run start:proxy balances over the app servers it starts (--instances N); APP_UPSTREAMS is for `node deploy/nginx/proxy.mjs`, which prints a configuration for servers started otherwise',
  );
const count = instancesOption(process.argv.slice(2));
let options;
let env;
try {
  options = proxyOptionsFromEnv(process.env);
  env = appEnvBehindProxy({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, options);
} catch (error) {
  fail(error.message);
}

setupDatabase({ env });
buildIfStale({ distDir: env.NEXT_DIST_DIR || '.next', env });

const { servers, upstreams } = startInstances({
  count,
  port: options.appPort,
  host: env.HOST,
  env,
});
const proxy = spawnNginx({ nginx, options: { ...options, upstreams } });
console.log(
  `[almanac] reverse cache on http://${options.listen} (nginx, ${options.brotli ? 'gzip and brotli' : 'gzip'}; files in ${options.runDir}) in front of ${upstreams.join(', ')}`,
);

// nginx finishes the requests it is answering on SIGQUIT; spawnNext passes the signal to the apps.
const children = [
  ...servers.map((server, i) => ({ name: `the app on ${upstreams[i]}`, child: server })),
  { name: 'nginx', child: proxy },
];
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const { child } of children)
    if (child.exitCode === null && child.signalCode === null)
      child.kill(child === proxy ? 'SIGQUIT' : 'SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);

const exited = ({ name, child }) =>
  new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      if (!stopping) console.error(`[almanac] ${name} stopped (${signal ?? `exit ${code}`})`);
      stop();
      resolve(code ?? (stopping ? 0 : 1));
    }),
  );
const codes = await Promise.all(children.map(exited));
process.exit(codes.find((c) => c !== 0) ?? 0);
