/**
 * The development console message for each `sourceIssue` reason: said once per reason, redacted, naming the fix; and
 * nothing at all unless both halves of `isDevelopment() && process.env.NODE_ENV !== 'production'` agree (a bundler
 * replaces the second half with a literal; `isDevelopment()` is false where there is no `process`).
 */
import { createFakeCall } from '@call-diagnostics/testing';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createCallDiagnostics } from './createCallDiagnostics.js';
import type { CallLike } from './sources/types.js';

const dev = vi.hoisted(() => ({ on: true }));
vi.mock('./dev.js', () => ({ isDevelopment: () => dev.on }));

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  dev.on = true;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const said = () => warn.mock.calls.map((args) => String(args[0]));

/** A live fake call with some members replaced. */
function callWith(overrides: Record<string, unknown>): CallLike & ReturnType<typeof createFakeCall> {
  return Object.assign(Object.create(createFakeCall()), overrides);
}

const FIX = {
  unavailable:
    "the call's user-facing diagnostics could not be followed. Fix: pass features={Features} to CallDiagnosticsProvider (or `features: Features` to createCallDiagnostics), the `Features` export of the calling SDK.",
  threw:
    "call.feature() threw for UserFacingDiagnostics. Fix: pass features={Features} (the calling SDK's Features); a test double's feature() must accept Features.UserFacingDiagnostics (or set DUCK_TYPED_FEATURES on it).",
  getLatest: 'reading the SDK object threw (often: it was already disposed). Fix: attach the live call or adapter.',
  subscribe:
    "subscribing to the SDK object's events threw (often: it was already disposed). Fix: attach the live object.",
  handler: 'reading the SDK object inside one of its events threw; that event was skipped, the diagnosis goes on.',
};

describe('development: what each source issue says', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'development');
  });

  it('ufd-feature-threw: the redacted SDK text and the fix', () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded for user-42, token=abcdef123'));
    createCallDiagnostics({ history: false, redact: ['user-42'] }).attach({ kind: 'call', call });
    expect(said()).toEqual([
      `[call-diagnostics] ufd-feature-threw: feature exploded for [redacted], token=[redacted] — ${FIX.threw}`,
    ]);
  });

  it('ufd-feature-unavailable, get-latest-threw (network and media: said once), subscribe-threw', () => {
    const d = createCallDiagnostics({ history: false });
    d.attach({ kind: 'call', call: callWith({ feature: () => undefined }) });
    const stale = createFakeCall();
    stale.controls.failGetLatest(new Error('disposed'));
    d.attach({ kind: 'call', call: stale });
    d.attach({
      kind: 'call',
      call: callWith({
        on: () => {
          throw new Error('object disposed');
        },
      }),
    });
    expect(said()).toEqual([
      `[call-diagnostics] ufd-feature-unavailable: call.feature(UserFacingDiagnostics) gave no network diagnostics — ${FIX.unavailable}`,
      `[call-diagnostics] get-latest-threw: network: disposed — ${FIX.getLatest}`,
      `[call-diagnostics] subscribe-threw: object disposed — ${FIX.subscribe}`,
    ]);
    // Every issue is still in the diagnosis; only the console hears each reason once.
    expect(d.getSnapshot().issues.map((i) => i.reason)).toContain('subscribe-threw');
    expect(d.getSnapshot().issues.filter((i) => i.reason === 'get-latest-threw')).toHaveLength(2);
  });

  it('handler-threw, once per reason for the object, again for another object', () => {
    const call = createFakeCall();
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    // The SDK handing the UFD handler an argument that throws when read.
    const hostile = {
      get diagnostic(): string {
        throw new Error('args revoked');
      },
    };
    const network = (
      call.feature(undefined as never) as unknown as {
        network: { emitter: { emit: (event: string, args: unknown) => void } };
      }
    ).network;
    network.emitter.emit('diagnosticChanged', hostile);
    network.emitter.emit('diagnosticChanged', hostile);
    expect(said()).toEqual([`[call-diagnostics] handler-threw: args revoked — ${FIX.handler}`]);
    expect(d.getSnapshot().issues.filter((i) => i.reason === 'handler-threw')).toHaveLength(2);

    const other = createFakeCall();
    other.controls.failFeature(new Error('a'));
    const d2 = createCallDiagnostics({ history: false, source: { kind: 'call', call: other } });
    d2.attach({ kind: 'call', call: other }); // the same call again: the same issue, not said twice
    expect(said()).toHaveLength(2);
    expect(said()[1]).toBe(`[call-diagnostics] ufd-feature-threw: a — ${FIX.threw}`);
  });
});

describe('outside development: nothing on the console', () => {
  const attachBroken = () => {
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded'));
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    expect(d.getSnapshot().issues).toEqual([expect.objectContaining({ reason: 'ufd-feature-threw' })]);
  };

  it('a bundle whose NODE_ENV was replaced by "production", even if isDevelopment() says otherwise', () => {
    vi.stubEnv('NODE_ENV', 'production');
    dev.on = true;
    attachBroken();
    expect(warn).not.toHaveBeenCalled();
  });

  it('where isDevelopment() is false (no process), whatever NODE_ENV reads', () => {
    vi.stubEnv('NODE_ENV', 'development');
    dev.on = false;
    attachBroken();
    expect(warn).not.toHaveBeenCalled();
  });

  it('production, then development again: the reason was never said, so it is said then', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const call = createFakeCall();
    call.controls.failFeature(new Error('feature exploded'));
    const d = createCallDiagnostics({ history: false, source: { kind: 'call', call } });
    vi.stubEnv('NODE_ENV', 'development');
    d.attach({ kind: 'call', call });
    expect(said()).toEqual([`[call-diagnostics] ufd-feature-threw: feature exploded — ${FIX.threw}`]);
  });
});
