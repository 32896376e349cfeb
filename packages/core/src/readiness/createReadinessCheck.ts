import { abortError, monotonicNow } from '../util/abort.js';
import { createListeners } from '../util/listeners.js';
import {
  type CheckContext,
  type CheckOutcome,
  checkDevices,
  checkEnvironment,
  checkHistory,
  checkRelays,
  checkSignalling,
  errorDetail,
} from './checks.js';
import { createReadinessTelemetryRecord } from './telemetry.js';
import {
  READINESS_CHECK_IDS,
  type ReadinessCheck,
  type ReadinessCheckId,
  type ReadinessCheckOptions,
  type ReadinessCheckPending,
  type ReadinessCheckResult,
  type ReadinessResult,
  type ReadinessRunOptions,
  type ReadinessSnapshot,
  type ReadinessVerdict,
} from './types.js';

/** Default cap of a whole readiness check, in ms. */
const READINESS_DEFAULT_TIMEOUT_MS = 6000;
const MAX_TIMEOUT_MS = 60_000;

/** Checks without which a run is never `ready`. */
const REQUIRED: readonly ReadinessCheckId[] = ['environment', 'devices', 'relays'];

const RUNNERS: Record<ReadinessCheckId, (ctx: CheckContext) => Promise<CheckOutcome<unknown>>> = {
  environment: checkEnvironment,
  devices: checkDevices,
  relays: checkRelays,
  signalling: checkSignalling,
  history: checkHistory,
};

function fail(option: string, expected: string, got: unknown): never {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  throw new TypeError(`createReadinessCheck: options.${option} must be ${expected} (got ${shown})`);
}

function validate(options: ReadinessCheckOptions): void {
  if (options === null || typeof options !== 'object') fail('', 'an object', options);
  const o = options as Record<string, unknown>;
  const c = o.callClient as { feature?: unknown; getDeviceManager?: unknown } | undefined;
  if (c !== undefined && (!c || typeof c.feature !== 'function' || typeof c.getDeviceManager !== 'function')) {
    fail('callClient', 'an ACS CallClient (with feature() and getDeviceManager())', c);
  }
  const f = o.features as { DebugInfo?: unknown } | undefined;
  if (f !== undefined && (!f || typeof f !== 'object' || f.DebugInfo === undefined)) {
    fail('features', "the SDK's Features (with Features.DebugInfo)", f);
  }
  if (o.iceServers !== undefined) {
    if (!Array.isArray(o.iceServers)) fail('iceServers', 'an array of { urls, username?, credential? }', o.iceServers);
    (o.iceServers as unknown[]).forEach((s, i) => {
      const urls = (s as { urls?: unknown } | null)?.urls;
      const ok = typeof urls === 'string' || (Array.isArray(urls) && urls.every((u) => typeof u === 'string'));
      if (!s || typeof s !== 'object' || !ok) fail(`iceServers[${i}]`, '{ urls: string | string[] }', s);
    });
  }
  if (o.endpoints !== undefined) {
    if (!Array.isArray(o.endpoints)) fail('endpoints', 'an array of http(s) URLs', o.endpoints);
    (o.endpoints as unknown[]).forEach((e, i) => {
      // Stryker disable next-line BooleanLiteral: ok is set in the try or, when new URL() throws, in the catch
      let ok = false;
      try {
        ok = typeof e === 'string' && /^https?:$/.test(new URL(e).protocol);
      } /* Stryker disable next-line BlockStatement: ok is still false from its declaration */ catch {
        ok = false;
      }
      if (!ok) {
        throw new TypeError(
          `createReadinessCheck: options.endpoints[${i}] must be an absolute http(s) URL (got ${typeof e === 'string' ? JSON.stringify(e.slice(0, 60)) : typeof e})`,
        );
      }
    });
  }
  const h = o.history as { list?: unknown; getItem?: unknown } | false | undefined;
  if (h !== undefined && h !== false && (!h || (typeof h.list !== 'function' && typeof h.getItem !== 'function'))) {
    fail('history', 'an OutcomeHistory, a Storage-like object or false', h);
  }
  if (o.userId !== undefined && typeof o.userId !== 'string') fail('userId', 'a string', o.userId);
  const t = o.timeoutMs;
  if (t !== undefined && (typeof t !== 'number' || !Number.isFinite(t) || t <= 0 || t > MAX_TIMEOUT_MS)) {
    fail('timeoutMs', `a number of ms above 0 and at most ${MAX_TIMEOUT_MS}`, t);
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

/**
 * The verdict from the five results: `blocked` if any failed; `untested` if all were skipped; `ready` only when
 * environment, devices and relays passed and nothing warned; otherwise `warnings`.
 */
export function readinessVerdict(checks: readonly ReadinessCheckResult[]): ReadinessVerdict {
  if (checks.some((c) => c.status === 'fail')) return 'blocked';
  if (checks.every((c) => c.status === 'skipped')) return 'untested';
  if (checks.some((c) => c.status === 'warn')) return 'warnings';
  const passed = (id: ReadinessCheckId) => checks.some((c) => c.id === id && c.status === 'pass');
  return REQUIRED.every(passed) ? 'ready' : 'warnings';
}

const pending = (status: 'idle' | 'running'): readonly ReadinessCheckPending[] =>
  READINESS_CHECK_IDS.map((id) => ({ id, status }));

/**
 * Creates a pre-join readiness check: environment (WebRTC; the SDK's verdict on this browser with a `CallClient`),
 * devices (counts and permission state; a prompt only with `requestPermissions`), relays (the app's TURN servers, or
 * reachability of credential-less relay/STUN URLs), signalling (the app's endpoints reachable) and history (recent
 * 410/3112 ends on this device). The checks run in parallel under one cap (`timeoutMs`, default 6 s); a check that
 * could not run is `skipped` with its reason, never `pass`.
 *
 * It runs anywhere: in plain Node every check is skipped and the verdict is `untested`.
 *
 * @throws TypeError naming the option when an option is malformed.
 *
 * @beta
 */
export function createReadinessCheck(options: ReadinessCheckOptions = {}): ReadinessCheck {
  validate(options);
  const cap = options.timeoutMs ?? READINESS_DEFAULT_TIMEOUT_MS;
  const platform = options.platform ?? {};
  const now = platform.now ?? monotonicNow;
  const listeners = createListeners();
  let snapshot: ReadinessSnapshot = { state: 'idle', checks: pending('idle'), result: undefined };
  let current: { promise: Promise<ReadinessResult>; abort: () => void } | undefined;

  const publish = (next: ReadinessSnapshot) => {
    snapshot = next;
    listeners.notify();
  };

  const start = (runOptions: ReadinessRunOptions): { promise: Promise<ReadinessResult>; abort: () => void } => {
    const controller = new AbortController();
    const startedAt = Date.now();
    const begin = now();
    const results = new Map<ReadinessCheckId, ReadinessCheckResult>();
    let settled = false;
    let resolveRun!: (result: ReadinessResult) => void;
    let rejectRun!: (error: Error) => void;
    const promise = new Promise<ReadinessResult>((resolve, reject) => {
      resolveRun = resolve;
      rejectRun = reject;
    });

    const view = (): ReadinessSnapshot['checks'] =>
      READINESS_CHECK_IDS.map((id) => results.get(id) ?? { id, status: 'running' as const });

    const finish = () => {
      if (settled) return;
      settled = true;
      cleanup();
      const checks = READINESS_CHECK_IDS.map((id) => results.get(id) as ReadinessCheckResult);
      const result: ReadinessResult = {
        verdict: readinessVerdict(checks),
        checks,
        untested: checks.filter((c) => c.status === 'skipped').map((c) => c.id),
        startedAt,
        finishedAt: Date.now(),
        ms: Math.round(now() - begin),
      };
      current = undefined;
      publish({ state: 'done', checks, result });
      try {
        // Stryker disable next-line OptionalChaining: without a sink the TypeError lands in the catch that ignores telemetry errors
        options.onDiagnosticEvent?.(createReadinessTelemetryRecord(result));
      } catch {
        // Telemetry never breaks the check.
      }
      resolveRun(result);
    };

    const onAbort = () => {
      if (settled) return;
      settled = true;
      cleanup();
      controller.abort();
      const checks = READINESS_CHECK_IDS.map(
        (id) =>
          results.get(id) ?? ({ id, status: 'skipped', reason: 'aborted', ms: Math.round(now() - begin) } as const),
      );
      current = undefined;
      publish({ state: 'aborted', checks, result: snapshot.result });
      rejectRun(abortError('The readiness check was aborted.'));
    };

    // The cap: what has not finished by then is `skipped` / `timed-out`. Checks that time out on their own (the
    // relay probe, fetches) get the same budget and end a little earlier with their own verdicts. The cap stands
    // still while the person answers a permission prompt (`whilePrompting`): a slow click is not a timeout.
    const onCap = () => {
      for (const id of READINESS_CHECK_IDS) {
        if (!results.has(id)) {
          results.set(id, { id, status: 'skipped', reason: 'timed-out', ms: Math.round(now() - begin) } as never);
        }
      }
      controller.abort();
      finish();
    };
    let capTimer = setTimeout(onCap, cap);
    let capDeadline = begin + cap;
    let prompts = 0;
    let remaining = 0;
    const whilePrompting = async <T>(prompt: Promise<T>): Promise<T> => {
      if (prompts++ === 0) {
        clearTimeout(capTimer);
        remaining = Math.max(0, capDeadline - now());
      }
      let promptTimer: ReturnType<typeof setTimeout> | undefined;
      let stop: (() => void) | undefined;
      try {
        return await Promise.race([
          prompt,
          new Promise<never>((_, reject) => {
            stop = () => reject(abortError('The readiness check was aborted.'));
            // Stryker disable next-line ObjectLiteral,BooleanLiteral: the run's controller aborts once, and the listener is removed in finally
            controller.signal.addEventListener('abort', stop, { once: true });
            promptTimer = setTimeout(
              () => reject(new Error('The permission prompt was not answered in time.')),
              MAX_TIMEOUT_MS,
            );
          }),
        ]);
      } finally {
        clearTimeout(promptTimer);
        // Stryker disable next-line ConditionalExpression,StringLiteral: stop is always set (the executor runs at once); a listener left behind only rejects a settled race
        if (stop) controller.signal.removeEventListener('abort', stop);
        if (--prompts === 0 && !settled) {
          capDeadline = now() + remaining;
          capTimer = setTimeout(onCap, remaining);
        }
      }
    };
    const signal = runOptions.signal;
    const cleanup = () => {
      clearTimeout(capTimer);
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    const ctx: CheckContext = {
      callClient: options.callClient,
      features: options.features,
      iceServers: options.iceServers,
      endpoints: options.endpoints ?? [],
      history: options.history,
      userId: options.userId,
      requestPermissions: runOptions.requestPermissions ?? options.requestPermissions ?? false,
      platform,
      signal: controller.signal,
      // Leave the runner a moment to collect what the checks decide at their own timeouts.
      budgetMs: Math.max(1, cap - 150),
      now,
      whilePrompting,
    };

    publish({ state: 'running', checks: pending('running'), result: snapshot.result });
    for (const id of READINESS_CHECK_IDS) {
      const t0 = now();
      let outcome: Promise<CheckOutcome<unknown>>;
      try {
        outcome = RUNNERS[id](ctx);
      } /* Stryker disable next-line BlockStatement: every runner is an async function, so none throws synchronously */ catch (error) {
        outcome = Promise.reject(error);
      }
      outcome
        .catch(
          (error: unknown): CheckOutcome<unknown> => ({
            status: 'skipped',
            reason: 'sdk-error',
            detail: errorDetail(error),
          }),
        )
        .then((o) => {
          if (settled || results.has(id)) return;
          results.set(id, { id, ms: Math.round(now() - t0), ...o } as ReadinessCheckResult);
          if (results.size === READINESS_CHECK_IDS.length) finish();
          else publish({ state: 'running', checks: view(), result: snapshot.result });
        });
    }
    return { promise, abort: onAbort };
  };

  return {
    run(runOptions: ReadinessRunOptions = {}) {
      if (runOptions.signal?.aborted) return Promise.reject(abortError('The readiness check was aborted.'));
      if (current) {
        const shared = current;
        runOptions.signal?.addEventListener('abort', () => shared.abort(), { once: true });
        return shared.promise;
      }
      current = start(runOptions);
      return current.promise;
    },
    abort() {
      current?.abort();
    },
    subscribe(listener: () => void) {
      return listeners.subscribe(listener);
    },
    getSnapshot: () => snapshot,
  };
}
