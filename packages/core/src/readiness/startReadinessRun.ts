/**
 * One run of the readiness check: the five checks in parallel under the cap, their progress published, the result
 * (or an `AbortError`) at the end, and everything the run started released.
 */
import { abortError, monotonicNow } from '../util/abort.js';
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
import { createPausableDeadline } from './deadline.js';
import { readinessVerdict } from './readinessVerdict.js';
import { createReadinessTelemetryRecord } from './telemetry.js';
import {
  READINESS_ABORTED,
  READINESS_CHECK_IDS,
  type ReadinessCheckId,
  type ReadinessCheckOptions,
  type ReadinessCheckResult,
  type ReadinessResult,
  type ReadinessRunOptions,
  type ReadinessSnapshot,
} from './types.js';
import { READINESS_MAX_TIMEOUT_MS } from './validateReadinessOptions.js';

/** Default cap of a whole readiness check, in ms. */
const READINESS_DEFAULT_TIMEOUT_MS = 6000;
/** What the checks get less than the cap: a moment to collect what they decide at their own timeouts. */
const COLLECT_MS = 150;

const RUNNERS: Record<ReadinessCheckId, (ctx: CheckContext) => Promise<CheckOutcome<unknown>>> = {
  environment: checkEnvironment,
  devices: checkDevices,
  relays: checkRelays,
  signalling: checkSignalling,
  history: checkHistory,
};

/** What a run needs from the check that owns it. */
export interface ReadinessRunHost {
  /** Publishes a new snapshot. */
  publish(next: ReadinessSnapshot): void;
  /** The last finished run's result, kept in this run's snapshots. */
  lastResult(): ReadinessResult | undefined;
  /** The run has ended (done or aborted); called before its last snapshot is published. */
  ended(): void;
}

/** A run under way. */
export interface ReadinessRun {
  readonly promise: Promise<ReadinessResult>;
  /**
   * Aborts the run. Only while it is under way: its host forgets it when it ends (`ended()`), and the listeners it
   * added to signals are removed then.
   */
  abort(): void;
  /** Lets `signal` abort the run too (a second caller joining it); the listener goes when the run ends. */
  join(signal: AbortSignal | undefined): void;
}

/**
 * `prompt`, unless `signal` aborts first (an `AbortError`) or the person has not answered within
 * {@link READINESS_MAX_TIMEOUT_MS} (an `Error`): a prompt never holds a run forever.
 */
function boundedPrompt<T>(prompt: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // The abort listener is left on the run's own signal: the run aborts it when it ends, and a settled promise
    // ignores the late call.
    const settle = (finish: () => void) => () => {
      clearTimeout(timer);
      finish();
    };
    const onAbort = settle(() => reject(abortError(READINESS_ABORTED)));
    const timer = setTimeout(
      settle(() => reject(new Error('The permission prompt was not answered in time.'))),
      READINESS_MAX_TIMEOUT_MS,
    );
    signal.addEventListener('abort', onAbort);
    prompt.then(
      (value) => settle(() => resolve(value))(),
      (error: unknown) => settle(() => reject(error))(),
    );
  });
}

/** What the checks of one run read: the options resolved, the run's signal, the budget and the prompt guard. */
function checkContext(
  options: ReadinessCheckOptions,
  runOptions: ReadinessRunOptions,
  run: { readonly cap: number; readonly now: () => number; readonly signal: AbortSignal; pause(): () => void },
): CheckContext {
  return {
    callClient: options.callClient,
    features: options.features,
    iceServers: options.iceServers,
    endpoints: options.endpoints ?? [],
    history: options.history,
    userId: options.userId,
    requestPermissions: runOptions.requestPermissions ?? options.requestPermissions ?? false,
    platform: options.platform ?? {},
    signal: run.signal,
    budgetMs: Math.max(1, run.cap - COLLECT_MS),
    now: run.now,
    // The cap stands still while the person answers a permission prompt: a slow click is not a timeout.
    whilePrompting: async (prompt) => {
      const resume = run.pause();
      try {
        return await boundedPrompt(prompt, run.signal);
      } finally {
        resume();
      }
    },
  };
}

/** Runs every check; `record` gets each one's outcome (a throw becomes `skipped` / `sdk-error`) and its time. */
function launchChecks(
  ctx: CheckContext,
  record: (id: ReadinessCheckId, outcome: CheckOutcome<unknown>, ms: number) => void,
): void {
  for (const id of READINESS_CHECK_IDS) {
    const t0 = ctx.now();
    RUNNERS[id](ctx)
      .catch(
        (error: unknown): CheckOutcome<unknown> => ({
          status: 'skipped',
          reason: 'sdk-error',
          detail: errorDetail(error),
        }),
      )
      .then((outcome) => record(id, outcome, Math.round(ctx.now() - t0)));
  }
}

/** Starts a run of the checks with `options` (validated) and `runOptions`; `host` follows its progress. */
export function startReadinessRun(
  options: ReadinessCheckOptions,
  runOptions: ReadinessRunOptions,
  host: ReadinessRunHost,
): ReadinessRun {
  const cap = options.timeoutMs ?? READINESS_DEFAULT_TIMEOUT_MS;
  const now = options.platform?.now ?? monotonicNow;
  const { onDiagnosticEvent = () => {} } = options;
  const signals = new Set<AbortSignal>();
  const controller = new AbortController();
  const startedAt = Date.now();
  const begin = now();
  const since = (t0: number) => Math.round(now() - t0);
  const results = new Map<ReadinessCheckId, ReadinessCheckResult>();
  let settled = false;
  let resolveRun!: (result: ReadinessResult) => void;
  let rejectRun!: (error: Error) => void;
  const promise = new Promise<ReadinessResult>((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });

  /** Ends the run: its timers and listeners go, and the checks under way are told to stop. */
  const end = () => {
    settled = true;
    deadline.cancel();
    for (const signal of signals) signal.removeEventListener('abort', abort);
    controller.abort();
    host.ended();
  };
  const finish = () => {
    end();
    const checks = READINESS_CHECK_IDS.map((id) => results.get(id) as ReadinessCheckResult);
    const result: ReadinessResult = {
      verdict: readinessVerdict(checks),
      checks,
      untested: checks.filter((c) => c.status === 'skipped').map((c) => c.id),
      startedAt,
      finishedAt: Date.now(),
      ms: since(begin),
    };
    host.publish({ state: 'done', checks, result });
    try {
      onDiagnosticEvent(createReadinessTelemetryRecord(result));
    } catch {
      // Telemetry never breaks the check.
    }
    resolveRun(result);
  };
  function abort() {
    end();
    const checks = READINESS_CHECK_IDS.map(
      (id) => results.get(id) ?? ({ id, status: 'skipped', reason: 'aborted', ms: since(begin) } as const),
    );
    host.publish({ state: 'aborted', checks, result: host.lastResult() });
    rejectRun(abortError(READINESS_ABORTED));
  }
  // The cap: what has not finished by then is `skipped` / `timed-out`. Checks that time out on their own (the relay
  // probe, fetches) get the same budget less COLLECT_MS and end a little earlier with their own verdicts.
  const deadline = createPausableDeadline(
    cap,
    () => {
      for (const id of READINESS_CHECK_IDS) {
        if (!results.has(id)) results.set(id, { id, status: 'skipped', reason: 'timed-out', ms: since(begin) });
      }
      finish();
    },
    now,
  );
  const join = (signal: AbortSignal | undefined) => {
    if (!signal) return;
    signals.add(signal);
    signal.addEventListener('abort', abort, { once: true });
  };
  join(runOptions.signal);

  const ctx = checkContext(options, runOptions, {
    cap,
    now,
    signal: controller.signal,
    pause: () => deadline.pause(),
  });

  host.publish({
    state: 'running',
    checks: READINESS_CHECK_IDS.map((id) => ({ id, status: 'running' })),
    result: host.lastResult(),
  });
  launchChecks(ctx, (id, outcome, ms) => {
    if (settled) return;
    results.set(id, { id, ms, ...outcome } as ReadinessCheckResult);
    if (results.size === READINESS_CHECK_IDS.length) finish();
    else {
      const checks = READINESS_CHECK_IDS.map((i) => results.get(i) ?? { id: i, status: 'running' as const });
      host.publish({ state: 'running', checks, result: host.lastResult() });
    }
  });
  return { promise, abort, join };
}
