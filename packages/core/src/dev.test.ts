import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDevelopment } from './dev.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('isDevelopment', () => {
  it('true unless NODE_ENV is "production"', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(isDevelopment()).toBe(true);
    vi.stubEnv('NODE_ENV', 'test');
    expect(isDevelopment()).toBe(true);
    vi.stubEnv('NODE_ENV', '');
    expect(isDevelopment()).toBe(true);
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDevelopment()).toBe(false);
  });

  it('false, without throwing, where there is no process (a browser without a bundler)', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'process') as PropertyDescriptor;
    let result: unknown;
    // Synchronous: nothing else runs while `process` is gone.
    Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true, writable: true });
    try {
      result = isDevelopment();
    } finally {
      Object.defineProperty(globalThis, 'process', saved);
    }
    expect(result).toBe(false);
  });
});
