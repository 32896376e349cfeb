// Vitest globalSetup of the 'app-insights' project: a local stand-in for Application Insights' ingestion endpoint, on
// loopback only. The browser test configures the REAL @microsoft/applicationinsights-web with a connection string whose
// IngestionEndpoint is this server, so what the test reads back is exactly what the SDK sent over HTTP.
//
//   POST /v2/track (and /v2.1/track)  records the request: raw body (gunzipped when gzip), and the envelopes in it
//                                     (a JSON array, one JSON object, or JSON lines); answers like the service does
//   GET  /requests                    every recorded request, as JSON (CORS: the test page runs on another origin)
//   OPTIONS *                         CORS preflight
//
// Closed in the teardown.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { TestProject } from 'vitest/node';

/** What the browser test gets through `inject('appInsightsCollector')`. */
export interface AppInsightsCollectorInfo {
  /** `http://127.0.0.1:<port>`: the connection string's `IngestionEndpoint`. */
  readonly origin: string;
}

/** One POST the SDK made, as `GET /requests` returns it. */
export interface CollectedRequest {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
  /** The body as text, after gunzip. */
  readonly body: string;
  /** The telemetry envelopes in the body. */
  readonly envelopes: readonly unknown[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    appInsightsCollector: AppInsightsCollectorInfo;
  }
}

function parseEnvelopes(body: string): unknown[] {
  const text = body.trim();
  if (text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    // JSON lines (the format the service also accepts).
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as unknown);
  }
}

function decode(raw: Buffer, encoding: string | undefined): string {
  const gzipped = /gzip/i.test(encoding ?? '') || (raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b);
  return (gzipped ? gunzipSync(raw) : raw).toString('utf8');
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const requests: CollectedRequest[] = [];
  const server = http.createServer((req, res) => {
    const cors: http.OutgoingHttpHeaders = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
      'access-control-max-age': '600',
      'cache-control': 'no-store',
      vary: 'origin',
    };
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    if (req.method === 'GET' && path === '/requests') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(requests));
      return;
    }
    if (req.method === 'POST' && /^\/v2(\.1)?\/track\/?$/.test(path)) {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          const encoding = req.headers['content-encoding'];
          const body = decode(Buffer.concat(chunks), encoding);
          const envelopes = parseEnvelopes(body);
          requests.push({ path, contentType: req.headers['content-type'], contentEncoding: encoding, body, envelopes });
          const reply = { itemsReceived: envelopes.length, itemsAccepted: envelopes.length, errors: [] };
          res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(reply));
        } catch (error) {
          res.writeHead(400, { ...cors, 'content-type': 'text/plain' }).end(`collector: ${String(error)}`);
        }
      });
      return;
    }
    res.writeHead(404, cors).end();
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  if (!port) throw new Error('app-insights collector: could not listen on 127.0.0.1');
  project.provide('appInsightsCollector', { origin: `http://127.0.0.1:${port}` });
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
