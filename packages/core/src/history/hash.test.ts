import { describe, expect, it, vi } from 'vitest';
import { hashId, randomSalt } from './hash.js';

describe('hashId: stable storage keys (issue 12)', () => {
  // The history's storage keys are these hashes: a changed hash would orphan every stored history.
  it.each([
    ['', '488bdcb81aee8d83'],
    ['abc', '7a91f9f91ac18c8d'],
    ['8:acs:alice@contoso.com', '3bb73ea0fd39c5e3'],
  ])('%j hashes to %s', (value, hash) => {
    expect(hashId(value)).toBe(hash);
  });

  it('always gives 16 hex digits: each half is zero-padded to 8', () => {
    expect(hashId('user-5')).toBe('0605d770b370dceb'); // first half starts with 0
    expect(hashId('user-4')).toBe('818915b90e94f22d'); // second half starts with 0
  });

  it('a seed gives another hash', () => {
    expect(hashId('abc', 1)).not.toBe(hashId('abc'));
    expect(hashId('abc', 1)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('randomSalt', () => {
  it('is four decimal 32-bit numbers from crypto.getRandomValues', () => {
    expect(randomSalt()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(randomSalt()).not.toBe(randomSalt());
  });

  it('falls back to Math.random without crypto', () => {
    vi.stubGlobal('crypto', undefined);
    try {
      expect(randomSalt()).toMatch(/^0\.\d+0\.\d+$/);
      expect(randomSalt()).not.toBe(randomSalt());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
