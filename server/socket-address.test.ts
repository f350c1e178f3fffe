import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { clientAddress, SOCKET_ADDRESS_HEADER } from '@/lib/auth/client-address';
import {
  SOCKET_ADDRESS_HEADER as STAMPED_HEADER,
  stampSocketAddresses,
} from './socket-address.mjs';

const seen: http.IncomingHttpHeaders[] = [];
const server = http.createServer((req, res) => {
  seen.push(req.headers);
  res.end('ok');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('stampSocketAddresses', () => {
  it('stamps every request with its socket address, overwriting what the client sent', async () => {
    expect(STAMPED_HEADER).toBe(SOCKET_ADDRESS_HEADER);
    // Before: a server that already exists (as Next's does when instrumentation runs) gets it too.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stampSocketAddresses();
    stampSocketAddresses(); // idempotent
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [SOCKET_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.7' },
    });
    expect(await res.text()).toBe('ok');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[SOCKET_ADDRESS_HEADER]).toBe('127.0.0.1');
    expect(clientAddress(seen[0] ?? {}, 0)).toBe('127.0.0.1');
    expect(clientAddress(seen[0] ?? {}, 1)).toBe('6.6.6.7');
  });
});
