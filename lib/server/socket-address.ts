import http from 'node:http';
import https from 'node:https';
import { SOCKET_ADDRESS_HEADER } from '@/lib/auth/client-address';

const PATCHED = Symbol.for('almanac.socketAddressStamp');

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Makes the TCP peer's address readable by route handlers, server actions and next-auth, which
 * Next.js does not expose (it only fills X-Forwarded-For in when a client sent none, so that header
 * is whatever the client wants). Every request an HTTP server of this process receives gets
 * SOCKET_ADDRESS_HEADER set to its socket's remote address, replacing anything the client sent
 * under that name. Called once from instrumentation.ts when the server starts.
 */
export function stampSocketAddresses(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Array<
    { emit: Emit } & Record<symbol, boolean>
  >) {
    if (Object.prototype.hasOwnProperty.call(proto, PATCHED)) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const req = args[0] as http.IncomingMessage;
        req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? '';
      }
      return emit.call(this, event, ...args);
    };
    proto[PATCHED] = true;
  }
}
