// Our npm registry mirror serves only the platform builds this project runs on (linux x64), so
// `npm install` leaves other platforms' optional binaries (next's SWC, Tailwind's oxide, ...) out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds lock entries for
// those optional packages, with the os/cpu they declare, exactly as npm writes them on a machine
// that reaches the full registry; npm skips them on every other platform. Run after `npm install`.
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;

function platformOf(name) {
  const n = name.split('/').pop();
  const os = [
    'darwin',
    'win32',
    'linux',
    'android',
    'freebsd',
    'openharmony',
    'wasm32',
    'netbsd',
    'openbsd',
    'sunos',
    'aix',
  ].find((o) => n.includes(`-${o}`));
  const cpu = [
    'arm64',
    'x64',
    'ia32',
    'arm',
    'loong64',
    'ppc64',
    'riscv64',
    's390x',
    'wasm32',
  ].find((c) => new RegExp(`-${c}(-|$)`).test(n));
  if (os === 'wasm32' || n.includes('wasm32')) return { cpu: ['wasm32'] };
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pkgs[base] || pkgs[`node_modules/${dep}`]) continue;
    pkgs[`node_modules/${dep}`] = {
      version,
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(dep),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries to package-lock.json`);
