import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnvironment } from './environment.js';

/** readEnvironment: exactly the fields the browser gives, of the right type, and never a throw. */

afterEach(() => vi.unstubAllGlobals());

describe('readEnvironment', () => {
  it('reads browser and OS from navigator.userAgentData when present', () => {
    expect(
      readEnvironment({
        userAgent: 'UA',
        platform: 'Win32',
        userAgentData: { platform: 'Windows', mobile: false, brands: [{ brand: 'Chromium', version: '128' }] },
      }),
    ).toEqual({ userAgent: 'UA', platform: 'Windows', mobile: false, brands: ['Chromium 128'] });
    expect(readEnvironment({ userAgent: 'UA', platform: 'MacIntel' })).toEqual({
      userAgent: 'UA',
      platform: 'MacIntel',
    });
  });

  it('copies every field of the right type', () => {
    expect(
      readEnvironment({
        userAgent: 'UA',
        platform: 'Win32',
        language: 'en-US',
        onLine: false,
        userAgentData: { platform: 'Windows', mobile: true, brands: [{ brand: 'Edge', version: '128' }] },
      }),
    ).toStrictEqual({
      userAgent: 'UA',
      platform: 'Windows',
      brands: ['Edge 128'],
      mobile: true,
      language: 'en-US',
      online: false,
    });
    expect(readEnvironment({ onLine: true })).toStrictEqual({ online: true });
    expect(readEnvironment({ language: '' })).toStrictEqual({ language: '' });
  });

  it('leaves out what is missing, empty or of another type (no keys holding undefined)', () => {
    expect(readEnvironment({})).toStrictEqual({});
    expect(readEnvironment({ platform: '', userAgentData: { platform: '' } })).toStrictEqual({});
    const odd = { userAgent: 1, platform: 2, language: 3, onLine: 'yes', userAgentData: { mobile: 'no' } };
    expect(readEnvironment(odd as never)).toStrictEqual({});
  });

  it('reads the global navigator when given none, and returns {} without one', () => {
    vi.stubGlobal('navigator', { userAgent: 'UA-global', platform: 'Linux x86_64' });
    expect(readEnvironment()).toStrictEqual({ userAgent: 'UA-global', platform: 'Linux x86_64' });
    vi.stubGlobal('navigator', undefined);
    expect(readEnvironment()).toStrictEqual({});
  });

  it('returns {} when reading navigator throws', () => {
    const hostile = {
      get userAgent(): string {
        throw new Error('denied');
      },
    };
    expect(readEnvironment(hostile)).toStrictEqual({});
  });
});
