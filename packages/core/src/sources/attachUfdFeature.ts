import type { DiagnosticArea } from '../events.js';
import type { UfdAttachment } from './attachment.js';
import { errorMessage } from './listenerBag.js';
import { givenFeatureFactory, sdkFeatureFactory } from './sdkFeatures.js';
import {
  type DiagnosticChangedArgsLike,
  type DiagnosticsEmitterLike,
  DUCK_TYPED_FEATURES,
  type FeaturesLike,
  type UserFacingDiagnosticsLike,
} from './types.js';

/**
 * How to find `Features.UserFacingDiagnostics` (`attachCall`'s `features` and `loadFeatures` options), and whether to
 * send this client's diagnostics to the others (`shareDiagnostics`).
 */
export interface UfdFeatureOptions {
  readonly features?: FeaturesLike | undefined;
  readonly loadFeatures?: (() => Promise<FeaturesLike>) | undefined;
  readonly shareDiagnostics?: boolean | undefined;
}

const UFD = 'UserFacingDiagnostics';

/** The factory given to a call whose `feature()` ignores its argument (fakes, wrappers): no SDK needed. */
const STAND_IN_FACTORY = Object.freeze({ name: UFD });

function isEmitter(value: unknown): value is DiagnosticsEmitterLike {
  const v = value as DiagnosticsEmitterLike | undefined;
  return !!v && typeof v.getLatest === 'function' && typeof v.on === 'function' && typeof v.off === 'function';
}

function isUfdFeature(value: unknown): value is UserFacingDiagnosticsLike {
  return !!value && typeof value === 'object' && isEmitter((value as UserFacingDiagnosticsLike).network);
}

/** The UFDs an emitter already holds (`getLatest()`), as `initial` events; a reading that is no flag or quality is skipped. */
function emitLatest(a: UfdAttachment, area: DiagnosticArea, emitter: DiagnosticsEmitterLike): void {
  try {
    const latest = emitter.getLatest() as Record<string, { value?: unknown } | undefined> | undefined;
    const at = a.now();
    for (const [diagnostic, reading] of Object.entries(latest ?? {})) {
      const value = reading?.value;
      if (typeof value === 'boolean' || typeof value === 'number') {
        a.emit({ type: 'diagnosticChanged', at, area, diagnostic, value, initial: true });
      }
    }
  } catch (error) {
    a.issue('get-latest-threw', `${area}: ${errorMessage(error)}`);
  }
}

/** Reads what one emitter (network or media) already knows, then follows its `diagnosticChanged`. */
function followEmitter(a: UfdAttachment, area: DiagnosticArea, emitter: DiagnosticsEmitterLike): void {
  const onChanged = a.listeners.guard((args: DiagnosticChangedArgsLike): void => {
    if (!args || typeof args !== 'object') return;
    a.emit({ type: 'diagnosticChanged', at: a.now(), area, diagnostic: args.diagnostic, value: args.value });
  });
  emitLatest(a, area, emitter);
  a.listeners.add(
    () => emitter.on('diagnosticChanged', onChanged),
    () => emitter.off('diagnosticChanged', onChanged),
  );
}

/**
 * The others' diagnostics (`feature.remote`), followed once their code has arrived (a chunk of its own: most calls are
 * two people, and a tile badge is never urgent); what the SDK holds by then is read from its `getLatest()`.
 */
function followRemoteLazily(a: UfdAttachment, remote: unknown, share: boolean): void {
  if (!remote || typeof remote !== 'object') return;
  import('./followRemote.js').then(
    ({ followRemote, isRemoteDiagnostics }) => {
      if (!a.isDetached() && isRemoteDiagnostics(remote)) followRemote(a, remote, share);
    },
    (error: unknown) => a.issue('source-load-failed', `remote diagnostics: ${errorMessage(error)}`),
  );
}

/**
 * Asks the call for its UFD feature with `factory` and follows its network (and media) emitters. Returns whether it
 * could. `quiet`: a first try with the stand-in factory, whose refusal is not a problem yet.
 */
function followFeature(a: UfdAttachment, factory: unknown, share: boolean, quiet = false): boolean {
  let feature: unknown;
  try {
    feature = a.call.feature(factory);
  } catch (error) {
    if (!quiet) a.issue('ufd-feature-threw', errorMessage(error));
    return false;
  }
  if (!isUfdFeature(feature)) {
    if (!quiet) a.issue('ufd-feature-unavailable', 'call.feature(UserFacingDiagnostics) gave no network diagnostics');
    return false;
  }
  followEmitter(a, 'network', feature.network);
  if (isEmitter(feature.media)) followEmitter(a, 'media', feature.media);
  followRemoteLazily(a, (feature as { remote?: unknown }).remote, share);
  return true;
}

/**
 * Finds the SDK's factory ({@link sdkFeatureFactory}: the given `features`, else the SDK loaded) and follows the
 * feature with it, unless detached meanwhile. When it cannot be found: the issue, then (with `standInLast`) one last
 * try with the stand-in factory.
 */
function loadAndFollow(a: UfdAttachment, options: UfdFeatureOptions, standInLast: boolean): void {
  sdkFeatureFactory(UFD, options.features, options.loadFeatures).then(
    (factory) => {
      if (!a.isDetached()) followFeature(a, factory, !!options.shareDiagnostics);
    },
    (error: unknown) => {
      if (a.isDetached()) return;
      a.issue('ufd-feature-unavailable', `could not load the SDK: ${errorMessage(error)}`);
      if (standInLast) followFeature(a, STAND_IN_FACTORY, !!options.shareDiagnostics);
    },
  );
}

/**
 * Finds `Features.UserFacingDiagnostics` for the call and follows its network and media UFDs and the others' (remote)
 * ones:
 * - with `features` that have it: at once, with that factory;
 * - a call that declares {@link DUCK_TYPED_FEATURES}: at once, with the stand-in factory;
 * - outside a browser without a loader (most likely a stand-in call): the stand-in at once, quietly, and when the call
 *   refuses it (a double that checks the factory, as the SDK does), the SDK's own factory before giving up;
 * - otherwise: the SDK's factory, loaded lazily; when that fails, the issue and then the stand-in.
 */
export function attachUfdFeature(a: UfdAttachment, options: UfdFeatureOptions): void {
  const given = givenFeatureFactory(UFD, options.features);
  const share = !!options.shareDiagnostics;
  if (given !== undefined) {
    followFeature(a, given, share);
  } else if ((a.call as unknown as Record<symbol, unknown>)[DUCK_TYPED_FEATURES] === true) {
    followFeature(a, STAND_IN_FACTORY, share);
  } else if (typeof MediaStream === 'undefined' && !options.loadFeatures) {
    if (!followFeature(a, STAND_IN_FACTORY, share, true)) loadAndFollow(a, options, false);
  } else {
    loadAndFollow(a, options, true);
  }
}
