import { isIP } from 'node:net';

/**
 * The header our own HTTP server stamps on every request with the TCP peer's address
 * (server/socket-address.mjs). Whatever a client sends under this name is overwritten, so unlike
 * X-Forwarded-For it cannot be forged. Next.js gives route handlers and server actions no other
 * way to the socket: it only fills X-Forwarded-For in when the client did not send one.
 */
export const SOCKET_ADDRESS_HEADER = 'x-almanac-socket-address';

export const UNKNOWN_ADDRESS = 'unknown';

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address. With no trusted proxy (`trustedProxyHops` 0, the default) it is the socket
 * address and X-Forwarded-For / X-Real-IP are ignored entirely: any client can send them. Behind N
 * trusted proxies it is the entry N hops from the right of X-Forwarded-For (each proxy appends the
 * address it was connected from, so entries further left are the client's own claims); when the
 * header is shorter than that, the leftmost entry is the best there is.
 */
export function clientAddress(headers: HeaderBag, trustedProxyHops: number): string {
  if (trustedProxyHops > 0) {
    const hops = (header(headers, 'x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops.length > 0) {
      return normalizeAddress(hops[Math.max(0, hops.length - trustedProxyHops)] ?? '');
    }
  }
  return normalizeAddress(header(headers, SOCKET_ADDRESS_HEADER) ?? '');
}

/** An IP address as written by a proxy or a socket, without port, brackets, zone or IPv4 mapping. */
export function normalizeAddress(raw: string): string {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1] as string;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  a = a.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1] as string;
  return isIP(a) ? a : UNKNOWN_ADDRESS;
}

/**
 * What per-address throttles count: an IPv4 address, or the /64 network of an IPv6 one (a single
 * subscriber usually holds a whole /64 and can pick any address in it).
 */
export function throttleKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  let a = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (v4) {
    const [b0, b1, b2, b3] = v4.slice(1).map(Number) as [number, number, number, number];
    a = `${a.slice(0, v4.index)}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const [head = '', tail] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => g.replace(/^0+(?=.)/, '') || '0');
}
