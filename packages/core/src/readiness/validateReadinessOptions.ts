/**
 * The readiness check's options, checked when the check is created: a malformed option is a `TypeError` naming it,
 * not a surprise in the middle of a run.
 */
import type { ReadinessCheckOptions } from './types.js';

/** The longest cap a readiness check accepts, in ms (and the longest a permission prompt may hold it). */
export const READINESS_MAX_TIMEOUT_MS = 60_000;

function fail(option: string, expected: string, got: unknown): never {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  throw new TypeError(`createReadinessCheck: options.${option} must be ${expected} (got ${shown})`);
}

/**
 * What is wrong with an endpoint, or `undefined` when it is an absolute `http:` or `https:` URL. Never the value
 * itself: an endpoint's path or query may carry a token (`?access_token=`); its scheme is all that is named.
 */
function endpointProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return typeof value;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return 'a string that is not an absolute URL';
  }
  return protocol === 'http:' || protocol === 'https:' ? undefined : `a ${protocol} URL`;
}

function validateSdk(o: Record<string, unknown>): void {
  const c = o.callClient as { feature?: unknown; getDeviceManager?: unknown } | undefined;
  if (c !== undefined && (!c || typeof c.feature !== 'function' || typeof c.getDeviceManager !== 'function')) {
    fail('callClient', 'an ACS CallClient (with feature() and getDeviceManager())', c);
  }
  const f = o.features as { DebugInfo?: unknown } | undefined;
  if (f !== undefined && (!f || typeof f !== 'object' || f.DebugInfo === undefined)) {
    fail('features', "the SDK's Features (with Features.DebugInfo)", f);
  }
}

function validateTargets(o: Record<string, unknown>): void {
  if (o.iceServers !== undefined) {
    if (!Array.isArray(o.iceServers)) fail('iceServers', 'an array of { urls, username?, credential? }', o.iceServers);
    (o.iceServers as unknown[]).forEach((s, i) => {
      const urls = s !== null && typeof s === 'object' ? (s as { urls?: unknown }).urls : undefined;
      const ok = typeof urls === 'string' || (Array.isArray(urls) && urls.every((u) => typeof u === 'string'));
      if (!ok) fail(`iceServers[${i}]`, '{ urls: string | string[] }', s);
    });
  }
  if (o.endpoints !== undefined) {
    if (!Array.isArray(o.endpoints)) fail('endpoints', 'an array of http(s) URLs', o.endpoints);
    (o.endpoints as unknown[]).forEach((e, i) => {
      const problem = endpointProblem(e);
      if (problem !== undefined) {
        throw new TypeError(
          `createReadinessCheck: options.endpoints[${i}] must be an absolute http(s) URL (got ${problem})`,
        );
      }
    });
  }
}

function validateRest(o: Record<string, unknown>): void {
  const h = o.history as { list?: unknown; getItem?: unknown } | false | undefined;
  if (h !== undefined && h !== false && (!h || (typeof h.list !== 'function' && typeof h.getItem !== 'function'))) {
    fail('history', 'an OutcomeHistory, a Storage-like object or false', h);
  }
  if (o.userId !== undefined && typeof o.userId !== 'string') fail('userId', 'a string', o.userId);
  const t = o.timeoutMs;
  if (t !== undefined && (!Number.isFinite(t) || (t as number) <= 0 || (t as number) > READINESS_MAX_TIMEOUT_MS)) {
    fail('timeoutMs', `a number of ms above 0 and at most ${READINESS_MAX_TIMEOUT_MS}`, t);
  }
  if (o.requestPermissions !== undefined && typeof o.requestPermissions !== 'boolean') {
    fail('requestPermissions', 'a boolean', o.requestPermissions);
  }
  if (o.onDiagnosticEvent !== undefined && typeof o.onDiagnosticEvent !== 'function') {
    fail('onDiagnosticEvent', 'a function', o.onDiagnosticEvent);
  }
  if (o.platform !== undefined && (!o.platform || typeof o.platform !== 'object')) {
    fail('platform', 'an object', o.platform);
  }
}

/** Throws a `TypeError` naming the first malformed option. */
export function validateReadinessOptions(options: ReadinessCheckOptions): void {
  if (options === null || typeof options !== 'object') fail('', 'an object', options);
  const o = options as Record<string, unknown>;
  validateSdk(o);
  validateTargets(o);
  validateRest(o);
}
