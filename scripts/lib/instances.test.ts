import { describe, expect, it } from 'vitest';
import { instancePorts } from './instances.mjs';

describe('instancePorts', () => {
  it('gives consecutive ports and the upstream list a proxy takes', () => {
    expect(instancePorts({ count: 2, port: 3000 })).toEqual({
      ports: [3000, 3001],
      upstreams: ['127.0.0.1:3000', '127.0.0.1:3001'],
    });
    // Bound to every address, each server is reached on the loopback address.
    expect(instancePorts({ count: 3, port: 8080, host: '0.0.0.0' }).upstreams).toEqual([
      '127.0.0.1:8080',
      '127.0.0.1:8081',
      '127.0.0.1:8082',
    ]);
    expect(instancePorts({ count: 1, port: 3000, host: '10.0.0.5' }).upstreams).toEqual([
      '10.0.0.5:3000',
    ]);
  });
});
