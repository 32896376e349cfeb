// Benchmark-only globalSetup: a delaying UDP + TCP proxy in front of the test coturn (20 ms each way = 40 ms RTT),
// so P5 (N relay URLs in parallel vs the slowest single one) is also measured with a network round trip, as in real
// life, and not only on loopback where Chromium's own CPU work is all there is. Plain Node sockets on 127.0.0.1
// (kernel netem is not available everywhere); runs after packages/core/test/coturn.globalSetup.ts and reuses its
// server. Closed in the teardown.
import dgram from 'node:dgram';
import net from 'node:net';
import type { TestProject } from 'vitest/node';
import type { CoturnInfo } from '../../packages/core/test/coturn.globalSetup';

/** The delayed path to the test coturn: same credentials, another port, `rttMs` added. */
export interface DelayedCoturnInfo {
  readonly host: string;
  readonly port: number;
  readonly rttMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    coturnDelayed: DelayedCoturnInfo;
  }
}

const ONE_WAY_MS = 20;
const REGISTRY = Symbol.for('call-diagnostics.coturn-delay-proxy');
type Shared = { info: DelayedCoturnInfo; close: () => Promise<void>; users: number };
type Registry = { [REGISTRY]?: Promise<Shared> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = globalThis as Registry;
  registry[REGISTRY] ??= start(project.getProvidedContext().coturn);
  const shared = await registry[REGISTRY];
  shared.users += 1;
  project.provide('coturnDelayed', shared.info);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[REGISTRY];
    await shared.close();
  };
}

async function start(coturn: CoturnInfo): Promise<Shared> {
  let closed = false;
  const later = (fn: () => void) =>
    setTimeout(() => {
      if (closed) return;
      try {
        fn();
      } catch {
        // a socket closed meanwhile
      }
    }, ONE_WAY_MS);
  // TCP: delay every chunk in both directions.
  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((client) => {
    const upstream = net.connect({ host: coturn.host, port: coturn.port });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => later(() => upstream.writable && upstream.write(chunk)));
    upstream.on('data', (chunk) => later(() => client.writable && client.write(chunk)));
    client.on('end', () => later(() => upstream.end()));
    upstream.on('end', () => later(() => client.end()));
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const port = (tcp.address() as net.AddressInfo).port;
  // UDP on the same port number: one upstream socket per client address.
  const udp = dgram.createSocket('udp4');
  const upstreams = new Map<string, dgram.Socket>();
  udp.on('message', (message, from) => {
    const key = `${from.address}:${from.port}`;
    let up = upstreams.get(key);
    if (!up) {
      const socket = dgram.createSocket('udp4');
      socket.on('message', (reply) => later(() => udp.send(reply, from.port, from.address)));
      socket.on('error', () => {});
      upstreams.set(key, socket);
      up = socket;
    }
    const target = up;
    later(() => target.send(message, coturn.port, coturn.host));
  });
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject);
    udp.bind(port, '127.0.0.1', () => resolve());
  });
  const close = async () => {
    closed = true;
    for (const s of sockets) s.destroy();
    for (const s of upstreams.values()) s.close();
    udp.close();
    await new Promise<void>((resolve) => tcp.close(() => resolve()));
  };
  return { info: { host: '127.0.0.1', port, rttMs: 2 * ONE_WAY_MS }, close, users: 0 };
}
