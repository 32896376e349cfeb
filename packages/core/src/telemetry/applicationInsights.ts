import type { ReadinessTelemetryRecord } from '../readiness/telemetry.js';
import { redact } from '../report/redact.js';
import type { DiagnosticTelemetryRecord } from './telemetry.js';

type ApplicationInsightsPropertyValue = string | number | boolean;

/**
 * The one method the sink uses: `trackEvent` as `@microsoft/applicationinsights-web`'s `ApplicationInsights` (and its
 * loader snippet) has it. Any object with that method works; the kit never imports or bundles the SDK.
 *
 * @public
 */
export interface ApplicationInsightsLike {
  /** Sends one custom event (`AppEvents` in a Log Analytics workspace). */
  trackEvent(event: { name: string; properties?: { [key: string]: string | number | boolean } }): void;
}

/**
 * Options of {@link createApplicationInsightsSink}.
 *
 * @public
 */
export interface ApplicationInsightsSinkOptions {
  /** Event names are `<namePrefix>.<kind>`. Default `CallDiagnostics` (`CallDiagnostics.callEnded`). */
  readonly namePrefix?: string | undefined;
  /**
   * Properties added to every event (e.g. `{ app: 'contoso-web', release: '1.4.2' }`), redacted once when the sink is
   * created; on a name clash the record's own field wins (the join keys cannot be overwritten).
   */
  readonly properties?: Readonly<Record<string, string | number | boolean>> | undefined;
  /**
   * Sampling filter: return `false` to drop a record (e.g. keep every `callEnded`, a tenth of the rest). It receives a
   * frozen copy of the record (what is sent cannot be changed by it). A filter that throws drops the record and
   * reports the error to `onError`.
   */
  readonly sample?: ((record: DiagnosticTelemetryRecord | ReadinessTelemetryRecord) => boolean) | undefined;
  /**
   * Called with what went wrong when a record could not be sent: an error `trackEvent` or `sample` threw, a record
   * that could not be read (a getter that throws, a cycle, a value JSON cannot write), or a `TypeError` when the
   * instance has no `trackEvent` at that moment. Default: ignored. Never rethrown.
   */
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** The default event name prefix: events are named `CallDiagnostics.<kind>`. */
const APPLICATION_INSIGHTS_EVENT_PREFIX = 'CallDiagnostics';

const NAME = 'createApplicationInsightsSink';

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return typeof value;
}

function fail(what: string, expected: string, got: unknown): never {
  throw new TypeError(`${NAME}: ${what} must be ${expected} (got ${shown(got)})`);
}

function isPropertyValue(value: unknown): value is ApplicationInsightsPropertyValue {
  return (
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
  );
}

/** A deep copy of plain data, frozen; throws on a cycle (and wherever a getter throws). */
function frozenCopy<T>(value: T, seen = new Set<object>()): T {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) throw new TypeError(`${NAME}: the record holds a cycle; record dropped`);
  seen.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => frozenCopy(item, seen))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, frozenCopy(item, seen)]));
  seen.delete(value);
  return Object.freeze(copy) as T;
}

function validate(appInsights: unknown, options: unknown): asserts options is ApplicationInsightsSinkOptions {
  if (appInsights === null || (typeof appInsights !== 'object' && typeof appInsights !== 'function')) {
    fail('appInsights', 'your Application Insights instance (an object with trackEvent)', appInsights);
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('options', 'an object', options);
  const o = options as Record<string, unknown>;
  if (o.namePrefix !== undefined && (typeof o.namePrefix !== 'string' || o.namePrefix.trim() === '')) {
    fail('options.namePrefix', 'a non-empty string', o.namePrefix);
  }
  if (o.properties !== undefined) {
    const p = o.properties;
    if (p === null || typeof p !== 'object' || Array.isArray(p)) fail('options.properties', 'an object', p);
    for (const [key, value] of Object.entries(p as object)) {
      if (!isPropertyValue(value)) fail(`options.properties.${key}`, 'a string, a finite number or a boolean', value);
    }
  }
  if (o.sample !== undefined && typeof o.sample !== 'function') fail('options.sample', 'a function', o.sample);
  if (o.onError !== undefined && typeof o.onError !== 'function') fail('options.onError', 'a function', o.onError);
}

/**
 * Sends the kit's telemetry records to Application Insights: pass the result as `onDiagnosticEvent`.
 *
 * Each record becomes one `trackEvent({ name: 'CallDiagnostics.<kind>', properties })` whose properties are the
 * record's fields (`CorrelationId`, `ParticipantId`, `Identifier`, `endCode`, `endSubCode`, `relayStatus`,
 * `classification`, counts, versions…) as the kit redacted them (with its `redact` option), empty fields left out;
 * nothing else is added but the `properties` you give. In a Log Analytics workspace they land in `AppEvents` (`Name`, `Properties`), ready to join
 * `ACSCallSummary` on `CorrelationId` and `ParticipantId` (see `docs/kql/`).
 *
 * `appInsights` is your own instance (`new ApplicationInsights({ config })` after `loadAppInsights()`); `trackEvent` is
 * looked up on every record, so a missing or throwing one only drops that record (reported to `onError`) and never
 * reaches the call UI.
 *
 * @throws TypeError when `appInsights` is not an object or an option has the wrong type (at creation).
 * @example
 * ```ts
 * const appInsights = new ApplicationInsights({ config: { connectionString } });
 * appInsights.loadAppInsights();
 * <CallDiagnosticsProvider call={call} onDiagnosticEvent={createApplicationInsightsSink(appInsights)} />
 * ```
 *
 * @public
 */
export function createApplicationInsightsSink(
  appInsights: ApplicationInsightsLike,
  options: ApplicationInsightsSinkOptions = {},
): (record: DiagnosticTelemetryRecord | ReadinessTelemetryRecord) => void {
  validate(appInsights, options);
  const prefix = options.namePrefix ?? APPLICATION_INSIGHTS_EVENT_PREFIX;
  // The app's extra properties are redacted once, here; the record comes redacted by the kit (createTelemetryRecord).
  const extra: Record<string, unknown> = options.properties ? (redact({ ...options.properties }) ?? {}) : {};
  const { sample, onError } = options;
  const report = (error: unknown): void => {
    try {
      onError?.(error);
    } catch {
      // The app's error handler failed too: telemetry never breaks the call UI.
    }
  };

  return (record) => {
    if (record === null || typeof record !== 'object') fail('the record', 'a telemetry record (with a kind)', record);
    let copy: typeof record;
    try {
      // Read once, into a frozen copy: a getter that throws or a cycle is reported here, never thrown at the caller,
      // and `sample` cannot change what is sent (nor the app's own record).
      copy = frozenCopy(record);
    } catch (error) {
      report(error);
      return;
    }
    const kind: unknown = copy.kind;
    if (typeof kind !== 'string' || kind === '') fail('the record', 'a telemetry record (with a kind)', record);
    try {
      if (sample && !sample(copy)) return;
      const properties: Record<string, ApplicationInsightsPropertyValue> = {};
      for (const [key, value] of Object.entries({ ...extra, ...copy })) {
        if (isPropertyValue(value)) properties[key] = value;
        else if (value !== null && typeof value === 'object') properties[key] = JSON.stringify(value);
      }
      const track = (appInsights as Partial<ApplicationInsightsLike>).trackEvent;
      if (typeof track !== 'function') {
        throw new TypeError(`${NAME}: the Application Insights instance has no trackEvent(); record dropped`);
      }
      track.call(appInsights, { name: `${prefix}.${kind}`, properties });
    } catch (error) {
      report(error);
    }
  };
}
