// Vitest globalSetup of the 'probe' project: a REAL coturn on loopback, with a TLS listener whose self-signed
// certificate (host name `localhost`) is generated here with openssl and trusted by the test Chromium through
// --ignore-certificate-errors-spki-list (see probeChromiumLaunchOptions in vitest.config.ts).
//
// coturn is started as a child process with its own pidfile and temp directory and stopped by its PID in the
// teardown (and on process exit if the run crashes). A missing turnserver/openssl, or a coturn that cannot bind,
// fails the run with a clear message: the probe tests never pass silently without a server.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** What the browser tests get through `inject('coturn')`. */
export interface CoturnInfo {
  /** 127.0.0.1 */
  readonly host: string;
  /** UDP and TCP listener. */
  readonly port: number;
  /** TLS listener (use `turns:localhost:<tlsPort>?transport=tcp`). */
  readonly tlsPort: number;
  /** Loopback ports nothing listens on. */
  readonly closedUdpPort: number;
  readonly closedTcpPort: number;
  readonly username: string;
  /** Random per run: also the planted secret. */
  readonly credential: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    coturn: CoturnInfo;
  }
}

/** Environment variable the probe project's Chromium launch options read the SPKI hash from. */
export const SPKI_ENV = 'CDK_COTURN_SPKI';

function which(binary: string, fallbacks: readonly string[]): string | undefined {
  for (const candidate of fallbacks) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A loopback port free for both TCP and UDP (the OS picks it). */
async function freePort(exclude: ReadonlySet<number>): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (!port || exclude.has(port) || exclude.has(port + 1) || exclude.has(port - 1)) continue;
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = dgram.createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
  throw new Error('coturn setup: could not find a free loopback port');
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function stop(child: ChildProcess | undefined, pidFile: string): void {
  const pids = new Set<number>();
  if (child?.pid && child.exitCode === null && child.signalCode === null) pids.add(child.pid);
  try {
    const fromFile = Number(readFileSync(pidFile, 'utf8').trim());
    if (Number.isInteger(fromFile) && fromFile > 0 && fromFile === child?.pid) pids.add(fromFile);
  } catch {
    // no pidfile yet
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

interface Running {
  readonly info: CoturnInfo;
  /** The self-signed certificate and key (PEM files, removed at teardown): other test servers may reuse them. */
  readonly certFile: string;
  readonly keyFile: string;
  readonly stop: () => Promise<void>;
  users: number;
}

/**
 * Vitest may run a globalSetup once per project *and* once for its browser instance project (e.g. a single-project
 * config with browser.instances). One coturn per process, shared, reference-counted: the SPKI hash Chromium trusts
 * and the ports the tests get always belong to the same server.
 */
const REGISTRY = Symbol.for('call-diagnostics.coturn');
type Registry = { [REGISTRY]?: Promise<Running> };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = globalThis as Registry;
  registry[REGISTRY] ??= start();
  let running: Running;
  try {
    running = await registry[REGISTRY];
  } catch (error) {
    delete registry[REGISTRY];
    throw error;
  }
  running.users += 1;
  project.provide('coturn', running.info);
  return async () => {
    running.users -= 1;
    if (running.users > 0) return;
    delete registry[REGISTRY];
    await running.stop();
  };
}

async function start(): Promise<Running> {
  const turnserver = which('turnserver', ['/usr/bin/turnserver', '/usr/local/bin/turnserver']);
  const openssl = which('openssl', ['/usr/bin/openssl']);
  const missing = [!turnserver && 'coturn (turnserver)', !openssl && 'openssl'].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(
      `The relay probe tests need a real TURN server: ${missing.join(' and ')} not found. ` +
        'Install them (Debian, as root): apt-get install -y coturn openssl — or run scripts/test-all.sh, which does.',
    );
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'cdk-coturn-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const pidFile = path.join(dir, 'turnserver.pid');
  const logFile = path.join(dir, 'turnserver.log');
  execFileSync(
    openssl as string,
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost'].concat([
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { stdio: 'pipe' },
  );
  // base64(sha256(SubjectPublicKeyInfo)): the form --ignore-certificate-errors-spki-list takes.
  const spkiDer = execFileSync(openssl as string, ['x509', '-in', cert, '-pubkey', '-noout'], { stdio: 'pipe' });
  const der = execFileSync(openssl as string, ['pkey', '-pubin', '-outform', 'der'], { input: spkiDer, stdio: 'pipe' });
  const spki = createHash('sha256').update(der).digest('base64');
  process.env[SPKI_ENV] = spki;

  const used = new Set<number>();
  const take = async () => {
    const port = await freePort(used);
    used.add(port);
    return port;
  };
  const port = await take();
  const tlsPort = await take();
  const closedUdpPort = await take();
  const closedTcpPort = await take();
  const username = 'probe-user';
  const credential = `planted-${randomBytes(9).toString('hex')}`;

  const args = [
    '-n',
    '--listening-ip=127.0.0.1',
    '--relay-ip=127.0.0.1',
    `--listening-port=${port}`,
    `--tls-listening-port=${tlsPort}`,
    `--cert=${cert}`,
    `--pkey=${key}`,
    '--no-dtls',
    '--no-rfc5780',
    `--user=${username}:${credential}`,
    '--realm=cdk.test',
    '--lt-cred-mech',
    '--no-cli',
    '--simple-log',
    `--log-file=${logFile}`,
    `--pidfile=${pidFile}`,
  ];
  writeFileSync(path.join(dir, 'README'), 'Temporary coturn for the relay probe tests; removed after the run.\n');
  const child = spawn(turnserver as string, args, { stdio: 'ignore' });
  // If Vitest exits without running the teardown, still stop coturn and remove the temp dir (synchronously).
  const onExit = () => {
    stop(child, pidFile);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const log = () => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no log)';
    }
  };
  const fail = (why: string): never => {
    stop(child, pidFile);
    process.removeListener('exit', onExit);
    const tail = log();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `coturn setup: ${why}${process.getuid?.() === 0 ? '' : ' (not running as root)'}\n--- turnserver log ---\n${tail}`,
    );
  };

  const readyBy = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) fail(`turnserver exited early (code ${child.exitCode})`);
    if ((await canConnect(port)) && (await canConnect(tlsPort))) break;
    if (Date.now() > readyBy) fail(`turnserver did not listen on 127.0.0.1:${port} and :${tlsPort} within 10 s`);
    await sleep(50);
  }

  const info: CoturnInfo = { host: '127.0.0.1', port, tlsPort, closedUdpPort, closedTcpPort, username, credential };
  const stopAndClean = async () => {
    stop(child, pidFile);
    const goneBy = Date.now() + 3000;
    while (child.exitCode === null && child.signalCode === null && Date.now() < goneBy) await sleep(25);
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.removeListener('exit', onExit);
    delete process.env[SPKI_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
  return { info, certFile: cert, keyFile: key, stop: stopAndClean, users: 0 };
}
