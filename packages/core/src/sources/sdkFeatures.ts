import type { FeaturesLike } from './types.js';

// The SDK is an optional peer, so no bundler may try to resolve it: an app without it must still build (Turbopack,
// webpack, Vite and esbuild all fail on a dynamic import of a literal module name they cannot resolve). The
// specifier is a variable and the import is marked ignored, so bundlers leave it to the runtime: Node and an
// import map resolve it; a bundled browser app cannot, and passes `features={Features}` instead.
const SDK_MODULE = '@azure/communication-calling';

/**
 * The default lazy loader: the SDK's own `Features`, from a runtime `import()` that bundlers do not follow. Never
 * runs at import time. Resolves where the runtime can find the SDK by name (Node, an import map); in a bundled app
 * it rejects, so pass the SDK's `Features` (`features={Features}`) there.
 */
export async function loadSdkFeatures(): Promise<FeaturesLike> {
  const sdk = (await import(/* webpackIgnore: true */ /* @vite-ignore */ SDK_MODULE)) as { Features?: FeaturesLike };
  if (!sdk.Features) throw new Error('the SDK has no Features');
  return sdk.Features;
}

/**
 * The synchronous half of {@link sdkFeatureFactory}: the factory `name` from the `features` the app passed, or
 * undefined when they do not have it (then the SDK must be loaded). A source that can attach at once with it does.
 */
export function givenFeatureFactory(name: string, features: object | undefined): unknown {
  return (features as Record<string, unknown> | undefined)?.[name];
}

/**
 * The one way the kit finds an SDK feature factory (`Features.UserFacingDiagnostics`, `Features.DebugInfo`,
 * `Features.MediaStats`…): from the `features` the app passed when it has that member, else from the SDK loaded lazily
 * (`load`, default {@link loadSdkFeatures}). Rejects when neither has it.
 */
export async function sdkFeatureFactory(
  name: string,
  features: object | undefined,
  load: () => Promise<FeaturesLike> = loadSdkFeatures,
): Promise<unknown> {
  const given = givenFeatureFactory(name, features);
  if (given !== undefined) return given;
  const factory = ((await load()) as unknown as Record<string, unknown>)[name];
  if (factory === undefined) throw new Error(`the SDK has no Features.${name}`);
  return factory;
}
