/**
 * Delivers the core object's telemetry records to the app's `onDiagnosticEvent`. The record builder (redaction,
 * hashing, the record's shape) is fetched on the first record, a chunk of its own: a call without a problem never
 * loads it, and the app's first load carries none of it. Records keep their order and the state and time of the
 * moment they describe; once the builder is here they are delivered at once.
 */
import type { DiagnosticsState } from '../store/state.js';
import type {
  DiagnosticTelemetryKind,
  DiagnosticTelemetryRecord,
  TelemetryContext,
  TelemetryTransition,
} from './telemetry.js';

type Build = typeof import('./telemetry.js')['createTelemetryRecord'];
type Pending = readonly [DiagnosticTelemetryKind, DiagnosticsState, TelemetryContext, TelemetryTransition | undefined];

let loading: Promise<Build> | undefined;
/** The builder once fetched: every sender delivers at once from then on. */
let loaded: Build | undefined;

/** The builder, fetched once; a failed fetch is forgotten, so the next record tries again. */
function loadBuilder(): Promise<Build> {
  loading ??= import('./telemetry.js').then(
    (module) => {
      loaded = module.createTelemetryRecord;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** What the sender needs from the core object's options. */
export interface TelemetrySenderOptions {
  readonly onDiagnosticEvent?: ((record: DiagnosticTelemetryRecord) => void) | undefined;
  readonly onTelemetryError?: ((error: unknown) => void) | undefined;
}

/** A sender for one core object: `send(kind, state, context, detail?)`; errors go to `onTelemetryError`, never up. */
export function createTelemetrySender(
  options: TelemetrySenderOptions,
): (
  kind: DiagnosticTelemetryKind,
  state: DiagnosticsState,
  context: TelemetryContext,
  detail?: TelemetryTransition,
) => void {
  const queue: Pending[] = [];
  const fail = (error: unknown): void => {
    try {
      options.onTelemetryError?.(error);
    } catch {
      // The app's error handler failed too; telemetry must never break the call UI.
    }
  };
  const deliver = ([kind, state, context, detail]: Pending, builder: Build): void => {
    try {
      options.onDiagnosticEvent?.(builder(kind, state, context, detail));
    } catch (error) {
      fail(error);
    }
  };
  const flush = (builder: Build): void => {
    for (let next = queue.shift(); next; next = queue.shift()) deliver(next, builder);
  };
  return (kind, state, context, detail) => {
    if (!options.onDiagnosticEvent) return;
    const record: Pending = [kind, state, context, detail];
    if (loaded && queue.length === 0) return deliver(record, loaded);
    queue.push(record);
    if (queue.length === 1) {
      loadBuilder().then(flush, (error: unknown) => {
        queue.length = 0;
        fail(error);
      });
    }
  };
}
