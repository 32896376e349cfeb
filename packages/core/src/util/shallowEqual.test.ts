import { describe, expect, it } from 'vitest';
import { shallowEqual } from './shallowEqual.js';

describe('shallowEqual', () => {
  it('compares own keys with Object.is, one level deep', () => {
    const inner = { x: 1 };
    expect(shallowEqual({ a: 1, b: inner }, { a: 1, b: inner })).toBe(true);
    expect(shallowEqual({ a: 1, b: { x: 1 } }, { a: 1, b: { x: 1 } })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(shallowEqual({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
    expect(shallowEqual(null, {})).toBe(false);
    expect(shallowEqual({}, null)).toBe(false);
    expect(shallowEqual(1, 1)).toBe(true);
    expect(shallowEqual(1, 2)).toBe(false);
    expect(shallowEqual('a', {})).toBe(false);
  });
});
