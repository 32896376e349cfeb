// Vitest globalSetup of the 'readiness' project (after coturn.globalSetup.ts): local HTTPS endpoints for the readiness
// check's signalling step, on loopback only. They reuse the test coturn's self-signed certificate for `localhost`,
// which the test Chromium already trusts through --ignore-certificate-errors-spki-list.
//
//   up:       an HTTPS server that answers every request at once (204; `/redirect` → 302 to the refused origin)
//   refused:  a loopback port nothing listens on (connection refused)
//   silent:   a TCP server that accepts connections and never answers (not even the TLS handshake)
//
// Closed in the teardown; the server counts requests so a test can tell that a fetch really arrived.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import type { TestProject } from 'vitest/node';

/** What the browser tests get through `inject('signalling')`. */
export interface SignallingInfo {
  /** `https://localhost:<port>`: answers 204 to anything. */
  readonly upOrigin: string;
  /** Nothing listens there. */
  readonly refusedOrigin: string;
  /** Accepts TCP connections and never answers. */
  readonly silentOrigin: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    signalling: SignallingInfo;
  }
}

const COTURN = Symbol.for('call-diagnostics.coturn');
const REGISTRY = Symbol.for('call-diagnostics.signalling');
type Shared = { info: SignallingInfo; close: () => Promise<void>; users: number };
type Registry = { [COTURN]?: Promise<{ certFile: string; keyFile: string }>; [REGISTRY]?: Promise<Shared> };

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

function close(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function start(registry: Registry): Promise<Shared> {
  const coturn = registry[COTURN];
  if (!coturn)
    throw new Error('signalling setup: run packages/core/test/coturn.globalSetup.ts first (its certificate)');
  const { certFile, keyFile } = await coturn;
  let refusedOrigin = '';
  const up = https.createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (req, res) => {
    req.resume();
    if (req.url?.startsWith('/redirect'))
      res.writeHead(302, { location: `${refusedOrigin}/`, 'cache-control': 'no-store' });
    else res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
  });
  const silentSockets = new Set<net.Socket>();
  const silent = net.createServer((socket) => {
    silentSockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => silentSockets.delete(socket));
  });
  const refused = net.createServer();
  const upPort = await listen(up);
  const silentPort = await listen(silent);
  // A port the OS just handed out, then closed again: nothing listens there for the run.
  const refusedPort = await listen(refused);
  await close(refused);
  refusedOrigin = `https://localhost:${refusedPort}`;
  const info: SignallingInfo = {
    upOrigin: `https://localhost:${upPort}`,
    refusedOrigin,
    silentOrigin: `https://localhost:${silentPort}`,
  };
  return {
    info,
    users: 0,
    close: async () => {
      for (const socket of silentSockets) socket.destroy();
      up.closeAllConnections();
      await Promise.all([close(up), close(silent)]);
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = globalThis as Registry;
  registry[REGISTRY] ??= start(registry);
  let shared: Shared;
  try {
    shared = await registry[REGISTRY];
  } catch (error) {
    delete registry[REGISTRY];
    throw error;
  }
  shared.users += 1;
  project.provide('signalling', shared.info);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[REGISTRY];
    await shared.close();
  };
}
