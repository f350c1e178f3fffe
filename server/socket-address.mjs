// Plain JavaScript so that `node --import` can load it before Next.js creates its HTTP server
// (scripts/lib/server-preload.mjs, used by `npm start`, the e2e server and the benchmark);
// instrumentation.ts loads it too, for a server started any other way.
import http from 'node:http';
import https from 'node:https';

/** Must equal SOCKET_ADDRESS_HEADER in lib/auth/client-address.ts (a unit test checks). */
export const SOCKET_ADDRESS_HEADER = 'x-almanac-socket-address';
const PATCHED = Symbol.for('almanac.socketAddressStamp');

/**
 * Makes the TCP peer's address readable by route handlers, server actions and next-auth, which
 * Next.js does not expose (it only fills X-Forwarded-For in when a client sent none, so that
 * header is whatever the client wants). Every request an HTTP server of this process receives gets
 * SOCKET_ADDRESS_HEADER set to its socket's remote address, replacing anything the client sent
 * under that name. Idempotent. A request that arrived before this ran has no stamp, and counts
 * as address "unknown" (never as what its headers claim).
 */
export function stampSocketAddresses() {
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    if (Object.prototype.hasOwnProperty.call(proto, PATCHED)) continue;
    const emit = proto.emit;
    proto.emit = function emitWithSocketAddress(event, ...args) {
      if (event === 'request') {
        const req = args[0];
        req.headers[SOCKET_ADDRESS_HEADER] = (req.socket && req.socket.remoteAddress) || '';
      }
      return emit.call(this, event, ...args);
    };
    Object.defineProperty(proto, PATCHED, { value: true });
  }
}
