// Preloaded into `next start` (node --import, see spawnNext in build.mjs): stamps every request with
// its socket address from the very first one (lib/server/socket-address.mjs).
import { stampSocketAddresses } from '../../lib/server/socket-address.mjs';

stampSocketAddresses();
