import type { ReadinessTelemetryRecord } from '../readiness/telemetry.js';
import { redact, redactText } from '../report/redact.js';
import type { DiagnosticTelemetryRecord } from './telemetry.js';

type ApplicationInsightsPropertyValue = string | number | boolean;

type SinkRecord = DiagnosticTelemetryRecord | ReadinessTelemetryRecord;

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
   * that could not be read (a getter that throws, a cycle, a value JSON cannot write), a `TypeError` for a value that
   * is not a telemetry record (not an object, or no non-empty string `kind`), or a `TypeError` when the instance has no
   * `trackEvent` at that moment. The kit's `TypeError`s name what is wrong and its type, never the value. Default: the
   * record is dropped silently. Never rethrown (an `onError` that throws is ignored).
   */
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** The default event name prefix: events are named `CallDiagnostics.<kind>`. */
const APPLICATION_INSIGHTS_EVENT_PREFIX = 'CallDiagnostics';

const NAME = 'createApplicationInsightsSink';

/**
 * What a value is, never what it holds: the messages name a type or a shape, not the value (a string passed by
 * mistake can be a connection string, a record can carry IDs).
 */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === '') return 'an empty string';
  if (typeof value === 'string') return value.trim() === '' ? 'a blank string' : 'a string';
  return typeof value;
}

/** A bad argument to {@link createApplicationInsightsSink}: thrown at creation (the app's setup, not a call path). */
function fail(what: string, expected: string, got: unknown): never {
  throw new TypeError(`${NAME}: ${what} must be ${expected} (got ${shown(got)})`);
}

/** A value the sink was given that is not a telemetry record: thrown inside the sink's guard, so it goes to onError. */
function drop(what: string, expected: string, got: unknown): never {
  throw new TypeError(`${NAME}: ${what} must be ${expected} (got ${shown(got)}); record dropped`);
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
      // The key is named (redacted like the properties sent), the value only by its type.
      if (!isPropertyValue(value)) {
        fail(`options.properties.${redactText(key)}`, 'a string, a finite number or a boolean', value);
      }
    }
  }
  if (o.sample !== undefined && typeof o.sample !== 'function') fail('options.sample', 'a function', o.sample);
  if (o.onError !== undefined && typeof o.onError !== 'function') fail('options.onError', 'a function', o.onError);
}

/**
 * Reads a record once, into a frozen copy (a getter that throws or a cycle throws here), and checks it is a telemetry
 * record: an object whose `kind` is a non-empty string.
 */
function readRecord(record: unknown): SinkRecord {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    drop('the record', 'a telemetry record (an object with a kind)', record);
  }
  const copy = frozenCopy(record) as SinkRecord;
  const kind: unknown = copy.kind;
  if (typeof kind !== 'string' || kind.trim() === '') drop("the record's kind", 'a non-empty string', kind);
  return copy;
}

/** The event's properties: the app's extra ones, then the record's fields (which win); empty fields left out. */
function toProperties(
  extra: Record<string, unknown>,
  record: SinkRecord,
): Record<string, ApplicationInsightsPropertyValue> {
  const properties: Record<string, ApplicationInsightsPropertyValue> = {};
  for (const [key, value] of Object.entries({ ...extra, ...record })) {
    if (isPropertyValue(value)) properties[key] = value;
    else if (value !== null && typeof value === 'object') properties[key] = JSON.stringify(value);
  }
  return properties;
}

/** Calls `trackEvent`, looked up now (an instance can gain or lose it after the sink was created). */
function track(
  appInsights: ApplicationInsightsLike,
  name: string,
  properties: Record<string, ApplicationInsightsPropertyValue>,
): void {
  const trackEvent = (appInsights as Partial<ApplicationInsightsLike>).trackEvent;
  if (typeof trackEvent !== 'function') {
    throw new TypeError(`${NAME}: the Application Insights instance has no trackEvent(); record dropped`);
  }
  trackEvent.call(appInsights, { name, properties });
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
 * The returned sink never throws. A record it cannot send is dropped and what went wrong goes to `options.onError`
 * (or nowhere when there is none): a value that is not a telemetry record (`undefined`, `null`, a number, a string,
 * an array, an object without a non-empty string `kind`) as a `TypeError` naming what is wrong, never the value; a
 * record it cannot read (a getter that throws, a cycle, a value JSON cannot write); an error `sample` or `trackEvent`
 * threw.
 *
 * @returns The sink: call it with each record (pass it as `onDiagnosticEvent`). It never throws.
 * @throws TypeError at creation, when `appInsights` is not an object or an option has the wrong type; the message
 * names the option and the type it got, never the value (a connection string passed by mistake is not quoted).
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
    try {
      // Read once, into a frozen copy: a getter that throws, a cycle or a value that is no record is reported here,
      // never thrown at the caller, and `sample` cannot change what is sent (nor the app's own record).
      const copy = readRecord(record);
      if (sample && !sample(copy)) return;
      track(appInsights, `${prefix}.${copy.kind}`, toProperties(extra, copy));
    } catch (error) {
      report(error);
    }
  };
}
