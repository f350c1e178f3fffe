import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  normalizeAddress,
  SOCKET_ADDRESS_HEADER,
  throttleKey,
  UNKNOWN_ADDRESS,
} from './client-address';

const socket = (address: string, more: Record<string, string> = {}) => ({
  [SOCKET_ADDRESS_HEADER]: address,
  ...more,
});

describe('clientAddress', () => {
  it('with no trusted proxy, is the socket address whatever X-Forwarded-For and X-Real-IP say', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      seen.add(
        clientAddress(
          socket('203.0.113.9', {
            'x-forwarded-for': `198.18.${i}.1, 10.0.0.${i}`,
            'x-real-ip': `198.19.0.${i}`,
          }),
          0,
        ),
      );
    }
    expect([...seen]).toEqual(['203.0.113.9']);
    expect(
      clientAddress(new Headers(socket('::ffff:127.0.0.1', { 'x-forwarded-for': '1.2.3.4' })), 0),
    ).toBe('127.0.0.1');
  });

  it('without the socket stamp, is unknown (never a client-sent header)', () => {
    expect(clientAddress({ 'x-forwarded-for': '198.18.0.1', 'x-real-ip': '198.18.0.2' }, 0)).toBe(
      UNKNOWN_ADDRESS,
    );
  });

  it('behind N trusted proxies, takes the entry N hops from the right of X-Forwarded-For', () => {
    const h = socket('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.1' });
    expect(clientAddress(h, 1)).toBe('10.0.0.1');
    expect(clientAddress(h, 2)).toBe('203.0.113.7');
    expect(clientAddress(h, 3)).toBe('6.6.6.6');
    // Fewer entries than proxies: the leftmost is the best there is.
    expect(clientAddress(h, 5)).toBe('6.6.6.6');
    // A client's own X-Forwarded-For is to the left of what our proxy appended.
    expect(
      clientAddress(socket('10.0.0.2', { 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), 1),
    ).toBe('203.0.113.7');
    // Repeated headers count as one list; without any, the socket.
    expect(clientAddress({ 'x-forwarded-for': ['6.6.6.6', '203.0.113.7'] }, 1)).toBe('203.0.113.7');
    expect(clientAddress(socket('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientAddress(socket('10.0.0.2', { 'x-real-ip': '6.6.6.6' }), 1)).toBe('10.0.0.2');
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7:5123 ', '203.0.113.7'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['unknown', UNKNOWN_ADDRESS],
    ['<script>', UNKNOWN_ADDRESS],
    ['', UNKNOWN_ADDRESS],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe('throttleKey', () => {
  it('counts IPv4 addresses one by one and IPv6 by their /64', () => {
    expect(throttleKey('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('::1')).toBe('0:0:0:0::/64');
    expect(throttleKey('2001:db8::ffff:192.0.2.1')).toBe('2001:db8:0:0::/64');
    expect(throttleKey(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
