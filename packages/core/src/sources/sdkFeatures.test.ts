import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeaturesLike } from './types.js';

const SDK = '@azure/communication-calling';

/** The module under test, imported afresh (after any `vi.doMock` of the SDK). */
const load = () => import('./sdkFeatures.js');

describe('loadSdkFeatures, with the real SDK', () => {
  it('rejects in Node, where the SDK cannot load (it needs a browser: MediaStream is not defined)', async () => {
    const { loadSdkFeatures } = await load();
    await expect(loadSdkFeatures()).rejects.toThrow(/MediaStream/);
  }, 20_000); // the SDK's import fails slowly on a loaded 2-core machine
});

describe('loadSdkFeatures, with the SDK module replaced', () => {
  // The SDK's own factory, as `import { Features } from '@azure/communication-calling'` would give it.
  const REAL_UFD_FACTORY = { real: 'UserFacingDiagnostics' };
  const sdk = { hasFeatures: true };

  beforeAll(() => {
    vi.doMock(SDK, () => ({
      get Features() {
        return sdk.hasFeatures ? { UserFacingDiagnostics: REAL_UFD_FACTORY } : undefined;
      },
    }));
  });
  afterEach(() => {
    sdk.hasFeatures = true;
  });
  afterAll(() => {
    vi.doUnmock(SDK);
  });

  it('gives the SDK’s Features', async () => {
    const { loadSdkFeatures } = await load();
    await expect(loadSdkFeatures()).resolves.toEqual({ UserFacingDiagnostics: REAL_UFD_FACTORY });
  });

  it('rejects when the SDK module has no Features', async () => {
    sdk.hasFeatures = false;
    const { loadSdkFeatures } = await load();
    await expect(loadSdkFeatures()).rejects.toThrow(new Error('the SDK has no Features'));
  });

  it('is what sdkFeatureFactory loads by default', async () => {
    const { sdkFeatureFactory } = await load();
    await expect(sdkFeatureFactory('UserFacingDiagnostics', undefined)).resolves.toBe(REAL_UFD_FACTORY);
    await expect(sdkFeatureFactory('DebugInfo', undefined)).rejects.toThrow(
      new Error('the SDK has no Features.DebugInfo'),
    );
  });
});

describe('sdkFeatureFactory', () => {
  const GIVEN = { given: 'DebugInfo' };
  const LOADED = { loaded: 'DebugInfo' };

  it('from the given features, without loading the SDK', async () => {
    const { sdkFeatureFactory } = await load();
    const loader = vi.fn(async () => ({ DebugInfo: LOADED }) as unknown as FeaturesLike);
    await expect(sdkFeatureFactory('DebugInfo', { DebugInfo: GIVEN }, loader)).resolves.toBe(GIVEN);
    expect(loader).not.toHaveBeenCalled();
  });

  it.each([
    ['no features', undefined],
    ['features without that member', { UserFacingDiagnostics: {} }],
  ])('%s: loaded', async (_, features) => {
    const { sdkFeatureFactory } = await load();
    const loader = vi.fn(async () => ({ DebugInfo: LOADED }) as unknown as FeaturesLike);
    await expect(sdkFeatureFactory('DebugInfo', features, loader)).resolves.toBe(LOADED);
    expect(loader).toHaveBeenCalledOnce();
  });

  it('missing from both: rejects naming the feature', async () => {
    const { sdkFeatureFactory } = await load();
    await expect(sdkFeatureFactory('MediaStats', {}, async () => ({}) as FeaturesLike)).rejects.toThrow(
      new Error('the SDK has no Features.MediaStats'),
    );
  });

  it('a loader that fails: its rejection', async () => {
    const { sdkFeatureFactory } = await load();
    await expect(sdkFeatureFactory('DebugInfo', undefined, () => Promise.reject(new Error('offline')))).rejects.toThrow(
      new Error('offline'),
    );
  });
});

describe('givenFeatureFactory', () => {
  it('the member of the given features, or undefined (then the SDK must be loaded)', async () => {
    const { givenFeatureFactory } = await load();
    const factory = { f: 1 };
    expect(givenFeatureFactory('UserFacingDiagnostics', { UserFacingDiagnostics: factory })).toBe(factory);
    expect(givenFeatureFactory('UserFacingDiagnostics', { DebugInfo: factory })).toBeUndefined();
    expect(givenFeatureFactory('UserFacingDiagnostics', undefined)).toBeUndefined();
  });
});
