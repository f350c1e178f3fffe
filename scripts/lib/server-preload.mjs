// Preloaded into `next start` (node --import, see spawnNext in build.mjs), so both hold from the very
// first request: every request is stamped with its socket address (server/socket-address.mjs),
// and Next's page cache is Almanac's (server/cache-handler.mjs). instrumentation.ts does both too, for
// a server started without this, but only once the server has warmed up.
import { stampSocketAddresses } from '../../server/socket-address.mjs';
import { installCacheHandler } from '../../server/cache-handler.mjs';

stampSocketAddresses();
installCacheHandler();
