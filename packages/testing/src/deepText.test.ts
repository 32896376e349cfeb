import { describe, expect, it } from 'vitest';
import { deepText } from './deepText.js';

const SECRET = 'pa55-w0rd';

describe('deepText (what a secret check should search, issue 12)', () => {
  it('sees what JSON.stringify and String() miss', () => {
    const cases: unknown[] = [
      [new Error(`TURN auth failed for ${SECRET}`)],
      [new Error('outer', { cause: new Error(SECRET) })],
      [Object.assign(new Error('x'), { detail: { url: `turn:u:${SECRET}@h` } })],
      [new Map([['k', SECRET]])],
      [new Set([{ nested: [SECRET] }])],
      [{ [SECRET]: true }],
      [Object.defineProperty({}, 'hidden', { value: SECRET, enumerable: false })],
    ];
    for (const value of cases) {
      expect(JSON.stringify(value).includes(SECRET) && String(value).includes(SECRET)).toBe(false);
      expect(deepText(value)).toContain(SECRET);
    }
    // The stack of an error names its message too.
    expect(deepText(new Error(SECRET)).split(SECRET).length).toBeGreaterThan(2);
  });

  it('survives cycles, throwing getters and functions, and skips nothing it can read', () => {
    const a: Record<string, unknown> = { s: SECRET };
    a.self = a;
    Object.defineProperty(a, 'bad', {
      get() {
        throw new Error('nope');
      },
    });
    expect(deepText([a, () => SECRET, 1n, Symbol('s'), null, undefined])).toContain(SECRET);
    expect(deepText('plain')).toBe('plain');
  });
});

describe('deepText sees inside what keeps its data out of own properties (issue 22)', () => {
  class Credentials {
    readonly #secret = SECRET;
    get password(): string {
      return this.#secret;
    }
  }
  const symbol = Symbol('credential');

  it.each([
    ['a URL (password)', () => new URL(`turn://user:${SECRET}@relay.example.com`)],
    ['a URL (query)', () => new URL(`https://x.example/?token=${SECRET}`)],
    ['URLSearchParams', () => new URLSearchParams({ token: SECRET })],
    ['Headers', () => new Headers({ authorization: `Bearer ${SECRET}` })],
    ['a getter on the prototype (a class)', () => new Credentials()],
    ['a Symbol key', () => ({ [symbol]: SECRET })],
    ['a Symbol key’s name', () => ({ [Symbol(SECRET)]: true })],
    ['a Symbol value', () => ({ id: Symbol(SECRET) })],
  ])('%s', (_name, make) => {
    const value = make();
    expect(deepText(value)).toContain(SECRET);
    expect(deepText([{ nested: value }])).toContain(SECRET);
  });

  it('a prototype getter that throws is skipped, and built-in prototypes are not walked', () => {
    class Hostile {
      get bad(): string {
        throw new Error('nope');
      }
      get good(): string {
        return SECRET;
      }
    }
    expect(deepText(new Hostile())).toContain(SECRET);
    expect(deepText({ a: 1 })).toBe('a\n1');
  });
});
