/**
 * How code fetched later (media statistics, a Teams meeting's dial-in details) finds an SDK feature factory for a call
 * with a `CallDiagnostics` object's own `features` and loader, which the object offers under
 * `Symbol.for('call-diagnostics.findFeature')` as `{ features, load }`. Read by that key and with the duck-typing key
 * spelled out, this module imports nothing of the first load: a chunk fetched later that imported it would make
 * bundlers split those modules off the first load.
 */

/** What a `CallDiagnostics` offers: its `features` and its loader of the SDK's `Features`. */
interface FeatureSource {
  readonly features?: object | undefined;
  readonly load: () => Promise<object>;
}

const SOURCE_KEY = Symbol.for('call-diagnostics.findFeature');
/** `DUCK_TYPED_FEATURES` (sources/types.ts), by the same `Symbol.for` key. */
const DUCK_KEY = Symbol.for('call-diagnostics.duckTypedFeatures');

/**
 * The factory of feature `name` for `call`: the `features`' member or, for a call that declares duck-typed features, a
 * stand-in, at once; else a promise of the loaded SDK's (rejected when it has none); undefined when `target` offers no
 * feature source.
 */
export function findFeature(target: object, name: string, call: object): unknown {
  const source = (target as Record<symbol, FeatureSource | undefined>)[SOURCE_KEY];
  if (!source) return undefined;
  const given = (source.features as Record<string, unknown> | undefined)?.[name];
  if (given !== undefined) return given;
  if ((call as Record<symbol, unknown>)[DUCK_KEY] === true) return { name };
  return source.load().then((features) => {
    const factory = (features as Record<string, unknown>)[name];
    if (factory === undefined) throw new Error(`the SDK has no Features.${name}`);
    return factory;
  });
}
