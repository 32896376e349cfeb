import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactText } from './redact.js';
import { redactSecretValues } from './secrets.js';

/** Exact outputs of the redaction: what is removed, what stays, and how odd values and shapes come out. */

describe('redactText: URL credentials, exactly', () => {
  it('removes user and password up to the last @, and keeps the scheme and the host', () => {
    expect(redactText('turn:alice:s3cret@relay.example.com:3478', [], true)).toBe(
      `turn:${REDACTED}@relay.example.com:3478`,
    );
    expect(redactText('see https://alice:s3cret@example.com/path?q=1 now', [], true)).toBe(
      `see https://${REDACTED}@example.com/path?q=1 now`,
    );
  });

  it('a password holding @ goes whole', () => {
    expect(redactText('turns:alice:p@ss@w0rd@relay.example.com:443', [], true)).toBe(
      `turns:${REDACTED}@relay.example.com:443`,
    );
    expect(redactText('turn:alice:p@ss@relay.example.com')).toBe(`turn:${REDACTED}@relay.example.com`);
  });

  it('any RFC 3986 scheme: one letter, or ending in a digit', () => {
    expect(redactText('x:alice:s3cret@host.example', [], true)).toBe(`x:${REDACTED}@host.example`);
    expect(redactText('h323:alice:s3cret@gw.example.com', [], true)).toBe(`h323:${REDACTED}@gw.example.com`);
    expect(redactText('z39.50s:alice:s3cret@db.example.com', [], true)).toBe(`z39.50s:${REDACTED}@db.example.com`);
  });

  it('without a scheme, `user:pass@host` loses the password and keeps the user; `@host` alone stays', () => {
    expect(redactText('alice:s3cret@host.example', [], true)).toBe(`alice:${REDACTED}@host.example`);
    expect(redactText('@host.example and a@', [], true)).toBe('@host.example and a@');
  });
});

describe('redact: values and shapes', () => {
  it('keeps null, numbers and booleans; drops functions, symbols and bigints (the keys go too)', () => {
    const out = redact({
      nil: null,
      n: 0,
      yes: true,
      no: false,
      f: () => 1,
      s: Symbol('planted'),
      big: 10n,
      list: [null, 1, Symbol('x'), 2n, () => 0],
    });
    expect(out).toStrictEqual({
      nil: null,
      n: 0,
      yes: true,
      no: false,
      list: [null, 1, undefined, undefined, undefined],
    });
    expect(Object.keys(out as object)).toEqual(['nil', 'n', 'yes', 'no', 'list']);
    expect(redact(null)).toBeNull();
    expect(redact(7)).toBe(7);
    expect(redact(Symbol('x'))).toBeUndefined();
    expect(redact(1n)).toBeUndefined();
  });

  it('a secret key with no value (undefined, null, empty) is dropped; any other value becomes [redacted]', () => {
    const out = redact({ token: undefined, password: null, secret: '', apiKey: 0, cookie: false, auth: 'x', id: 1 });
    expect(out).toStrictEqual({ apiKey: REDACTED, cookie: REDACTED, auth: REDACTED, id: 1 });
  });

  it('an object reached twice (not a cycle) is kept both times', () => {
    const shared = { region: 'emea' };
    expect(redact({ a: shared, b: shared, list: [shared, shared] })).toStrictEqual({
      a: { region: 'emea' },
      b: { region: 'emea' },
      list: [{ region: 'emea' }, { region: 'emea' }],
    });
  });

  it('a cycle is cut where it closes', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    a.list = [a, 1];
    expect(redact(a)).toStrictEqual({ name: 'a', list: [undefined, 1] });
  });

  /** `n` objects nested in one another under `child`, the innermost `{ leaf: true }`: depth 0 to n. */
  const objects = (n: number): unknown => (n === 0 ? { leaf: true } : { child: objects(n - 1) });
  /** The same with arrays: `[[…[true]…]]`. */
  const arrays = (n: number): unknown => (n === 0 ? [true] : [arrays(n - 1)]);
  const innermost = (v: unknown): unknown => {
    let at = v as { child?: unknown };
    while (at.child !== undefined) at = at.child as { child?: unknown };
    return at;
  };

  it('keeps 12 levels of nesting below the top and drops the 13th (objects)', () => {
    expect(innermost(redact(objects(12)))).toStrictEqual({ leaf: true });
    expect(innermost(redact(objects(13)))).toStrictEqual({});
    expect(JSON.stringify(redact(objects(40)))).toBe(JSON.stringify(objects(12)).replace('{"leaf":true}', '{}'));
  });

  it('keeps 12 levels of nesting below the top and drops the 13th (arrays)', () => {
    expect(JSON.stringify(redact(arrays(12)))).toBe(JSON.stringify(arrays(12)));
    expect(JSON.stringify(redact(arrays(13)))).toBe(JSON.stringify(arrays(12)).replace('[true]', '[null]'));
    expect(JSON.stringify(redact(arrays(40)))).toBe(JSON.stringify(arrays(12)).replace('[true]', '[null]'));
  });

  it('an object whose property getter throws is dropped, and the rest is kept', () => {
    const bad = {
      get x(): string {
        throw new Error('getter');
      },
    };
    expect(redact({ ok: 1, bad })).toStrictEqual({ ok: 1 });
    expect(redact(bad)).toBeUndefined();
  });
});

describe('the app’s rules', () => {
  it('a RegExp rule replaces every match, with its flags (g added, never doubled)', () => {
    expect(redactText('CASE-1 and case-22', [/case-\d+/i])).toBe(`${REDACTED} and ${REDACTED}`);
    expect(redactText('CASE-1 and case-22', [/case-\d+/gi])).toBe(`${REDACTED} and ${REDACTED}`);
    expect(redactText('case-1 and case-22', [/case-\d+/g])).toBe(`${REDACTED} and ${REDACTED}`);
    expect(redactText('CASE-1 and case-22', [/case-\d+/])).toBe(`CASE-1 and ${REDACTED}`);
    expect(redactSecretValues('ticket 1\nticket 2', [/^ticket \d$/m])).toBe(`${REDACTED}\n${REDACTED}`);
  });

  it('a string rule replaces every occurrence; an empty string, or a rule of another type, removes nothing', () => {
    expect(redactText('contoso, Contoso and contoso', ['contoso'])).toBe(`${REDACTED}, Contoso and ${REDACTED}`);
    expect(redactText('call 410/3112 ended', [''])).toBe('call 410/3112 ended');
    // From JavaScript: rules the types do not allow are ignored.
    const odd = [410, null, undefined, {}, true] as unknown as string[];
    expect(redactText('call 410/3112 ended [object Object] true', odd)).toBe(
      'call 410/3112 ended [object Object] true',
    );
    expect(redactSecretValues('call 410/3112 ended', odd)).toBe('call 410/3112 ended');
  });
});
