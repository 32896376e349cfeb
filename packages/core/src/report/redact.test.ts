import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import { createSupportReport } from './createSupportReport.js';
import { REDACTED, redact, redactText } from './redact.js';

/** 10,000 generated cases (FC_RUNS lowers it for the mutation run, where each mutant reruns the property). */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);

/** Issue 12, "Secrets and personal data": each case leaked before the fix. */
const MISSES: ReadonlyArray<readonly [string, string, string]> = [
  ['id_token=', 'https://app.example/cb#id_token=IDTOK3N-planted&state=1', 'IDTOK3N-planted'],
  ['refresh_token=', 'grant_type=refresh_token&refresh_token=R3FRESH-planted', 'R3FRESH-planted'],
  ['sessionToken=', 'GET /api?sessionToken=S3SSION-planted HTTP/1.1', 'S3SSION-planted'],
  ['skypetoken=', 'X-Skypetoken: x; skypetoken=SKYP3-planted', 'SKYP3-planted'],
  [
    'SharedAccessKey=',
    'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=SAK3Y-planted+/=',
    'SAK3Y-planted',
  ],
  ['JSON {"token":…}', 'body {"token":"JS0N-planted value","callId":"c1"}', 'JS0N-planted'],
  ['JSON-in-string', JSON.stringify(JSON.stringify({ accessToken: 'JS0N2-planted' })), 'JS0N2-planted'],
  ['key: "value"', 'config { credential: "CR3D-planted", url: "turn:x" }', 'CR3D-planted'],
  ["'key': 'value'", "{'password': 'PASSW0RD-planted'}", 'PASSW0RD-planted'],
  ['Authorization: Basic', 'Authorization: Basic dXNlcjpQTEFOVEVELWJhc2ljCg==', 'dXNlcjpQTEFOVEVELWJhc2ljCg=='],
  ['URL password with /', 'ICE failed for turn:user:ab/cd+PL4NTED==@relay.example.com:3478', 'ab/cd+PL4NTED=='],
  ['pwd=', 'Server=db;Uid=sa;Pwd=PWD-planted;', 'PWD-planted'],
  ['pass=', 'login?user=a&pass=PASS-planted', 'PASS-planted'],
  ['auth: ', 'header auth: AUTH-planted', 'AUTH-planted'],
  ['key=', 'maps?key=MAPKEY-planted&q=1', 'MAPKEY-planted'],
  ['Cookie:', 'Cookie: ai_session=COOKIE1-planted; other=COOKIE2-planted', 'COOKIE2-planted'],
  ['session=', 'session=SESSION-planted', 'SESSION-planted'],
];

const PERSONAL: ReadonlyArray<readonly [string, string]> = [
  ['ACS id', '8:acs:b6aada1f-0b1d-47ac-866f-91aae00a1d01_00000015-6a2f-bd4c-5c3a-3a3a0d00a4f1'],
  ['Teams id', '8:orgid:4b1a2c8e-96f5-4d05-9d3a-2f0b7f1d9e11'],
  ['phone id', '4:+14255550123'],
  ['e-mail', 'jane.doe@contoso.com'],
  ['IPv4', '203.0.113.42'],
  ['IPv6', '2001:db8:85a3::8a2e:370:7334'],
  ['ICE candidate', 'candidate:842163049 1 udp 1677729535 198.51.100.7 56143 typ srflx raddr 10.0.0.5 rport 56143'],
];

describe('redactText: the misses of issue 12', () => {
  it.each(MISSES)('%s', (_name, input, secret) => {
    const out = redactText(input);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('object keys pwd, pass, auth, sig, key, cookie, session (and their relatives) lose their values', () => {
    const keys = ['pwd', 'pass', 'auth', 'sig', 'key', 'cookie', 'session', 'apiKeys', 'Set-Cookie', 'userSession'];
    const out = redact(Object.fromEntries(keys.map((k) => [k, `V-${k}-planted`]))) as Record<string, unknown>;
    for (const k of keys) expect(out[k]).toBe(REDACTED);
    // Keys that only look alike stay.
    expect(redact({ sessionId: 's-1', keyboard: 'qwerty', passed: true })).toEqual({
      sessionId: 's-1',
      keyboard: 'qwerty',
      passed: true,
    });
  });
});

describe('redactText: personal data', () => {
  it.each(PERSONAL)('%s is removed from SDK error texts', (_name, id) => {
    const out = redactText(`SDK error: ${id}\nfailed (code 410)`);
    expect(out).not.toContain(id);
    expect(out).toContain('failed (code 410)');
  });

  it('keeps call IDs (GUIDs), times, versions and user agents', () => {
    const text =
      'call 3f2504e0-4f89-11d3-9a0c-0305e82c3301 at 2024-09-22T16:41:45.000Z, SDK 1.46.1, Chrome/120.0.6099.109, 410/3112';
    expect(redactText(text)).toBe(text);
  });

  it('keepPersonalData keeps them (secrets still go)', () => {
    expect(redactText('8:acs:abc jane@contoso.com token=x', [], true)).toBe(
      `8:acs:abc jane@contoso.com token=${REDACTED}`,
    );
  });

  it('a report keeps the call, server call and participant IDs and drops other personal data from issues', () => {
    const d = createCallDiagnostics({ history: false });
    d.dispatch({ type: 'attached', at: 1, source: 'manual', callId: 'call-1', participantId: 'participant-1' });
    d.dispatch({
      type: 'sourceIssue',
      at: 2,
      reason: 'get-latest-threw',
      detail: `for ${PERSONAL[0]?.[1]} at 10.1.2.3`,
    });
    const input = { state: d.getSnapshot(), serverCallId: 'aHR0cHM6Ly9hcGk+1234567', environment: false as const };
    const { json, text } = createSupportReport(input);
    expect(json.call).toMatchObject({
      callId: 'call-1',
      participantId: 'participant-1',
      serverCallId: 'aHR0cHM6Ly9hcGk+1234567',
    });
    expect(json.issues[0]?.detail).toBe(`for ${REDACTED} at ${REDACTED}`);
    expect(text).toContain('Server call ID: aHR0cHM6Ly9hcGk+1234567');
    expect(text).not.toMatch(/8:acs|10\.1\.2\.3/);
    const kept = createSupportReport({ ...input, keepPersonalData: true });
    expect(kept.json.issues[0]?.detail).toContain('10.1.2.3');
  });
});

describe('redactText: linear time', () => {
  // Each pattern's worst case: a long run that starts a match again and again but never completes one.
  const ADVERSARIAL = [
    'turn:a:',
    'https://a:',
    'a@',
    ' a@',
    'eyJ-',
    'eyJa.',
    'Bearer ',
    'token:"',
    'token\\',
    'a-token ',
    'tokentoken',
    'token=a;',
    '8:a-',
    '+12345',
    'a.',
    'a@b.',
    'a:',
    '1:1::',
    '1.1.1.',
    'candidate:',
    '\\"',
  ];
  const SIZE = 200_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const time = (text: string): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      redactText(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it('200 KB of each adversarial input takes no longer than a few linear passes over 200 KB of prose', () => {
    // The baseline is linear work over the same length: 200 KB of prose redacted. Linear patterns stay within a small
    // factor of it (the slowest, one URL run per 3 characters, ~15x); a quadratic one takes seconds at this size
    // (200 KB of `turn:a:` took ~12 s before the fix: ~6,000x), so the bound of 50x cannot be met by accident.
    const prose = repeat('The call ended with 410/3112 after the relays were unreachable. ');
    time(prose);
    const baseline = Math.max(time(prose), 2);
    for (const unit of ADVERSARIAL) {
      const ms = time(repeat(unit));
      expect(ms / baseline, `${JSON.stringify(unit)}: ${ms.toFixed(1)} ms vs ${baseline.toFixed(1)} ms`).toBeLessThan(
        50,
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property tests: a planted secret or personal id never comes out, in any position, format or nesting.

const SECRET_KEYS = [
  'token',
  'id_token',
  'refresh_token',
  'access_token',
  'accessToken',
  'sessionToken',
  'skypetoken',
  'SharedAccessKey',
  'apiKey',
  'api_key',
  'credential',
  'turnCredential',
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'clientSecret',
  'auth',
  'Authorization',
  'sig',
  'signature',
  'key',
  'cookie',
  'session',
  'username',
];
/** Secrets: base64, base64url, hex and JWT-like characters, with a marker so filler can never contain one. */
const secretArb = fc
  .stringMatching(/^[A-Za-z0-9+/=_~.-]{6,40}$/)
  .map((s) => `Zq${s}`)
  .filter((s) => !s.endsWith('.'));
const fillerArb = fc
  .array(
    fc.constantFrom(
      'call',
      'failed',
      ' ',
      '\n',
      ':',
      ',',
      ';',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '"',
      "'",
      '=',
      '&',
      '?',
      '#',
      '/',
      '-',
      '.',
      'x',
      '410/3112',
      'error:',
      'at',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

type Form = (key: string, secret: string, user: string) => string;
const FORMS: readonly Form[] = [
  (k, s) => `${k}=${s}`,
  (k, s) => `?a=1&${k}=${s}&b=2`,
  (k, s) => `${k}: ${s}`,
  (k, s) => `${k}:${s}`,
  (k, s) => `"${k}":"${s}"`,
  (k, s) => `"${k}": "${s} ${s}"`,
  (k, s) => `'${k}': '${s}'`,
  (k, s) => `${k}: "${s}"`,
  (k, s) => JSON.stringify({ [k]: s, other: 1 }),
  (k, s) => JSON.stringify(JSON.stringify({ detail: { [k]: s } })),
  (_k, s) => `Authorization: Basic ${s}`,
  (_k, s) => `authorization: bearer ${s}`,
  (_k, s) => `Bearer ${s}`,
  (_k, s, u) => `turn:${u}:${s}@relay.example.com:3478`,
  (_k, s, u) => `turns:${u}:${s}@[2001:db8::1]:443?transport=tcp`,
  (_k, s, u) => `https://${u}:${s}@example.com/path?q=1`,
  (_k, s) => `wss://${s}@example.com/`,
  (_k, s) => `eyJ${s.replace(/[^\w-]/g, 'a')}.eyJhbGciOiJIUzI1NiJ9.${s.replace(/[^\w-]/g, 'b')}`,
  (_k, s) => `Cookie: a=1; b=${s}`,
];

/** Puts `value` somewhere in a random nesting of arrays, objects (ordinary keys) and Errors. */
const nestArb = (value: unknown) =>
  fc.array(fc.constantFrom('array', 'object', 'error', 'string'), { maxLength: 4 }).chain((path) =>
    fc.constantFrom('detail', 'message', 'data', 'items', 'x').map((name) =>
      path.reduce<unknown>((inner, kind) => {
        if (kind === 'array') return [1, inner, 'ok'];
        if (kind === 'object') return { [name]: inner, ok: true };
        if (kind === 'error' && typeof inner === 'string') return new Error(inner);
        if (kind === 'string' && typeof inner !== 'string') return JSON.stringify(inner) ?? '';
        return inner;
      }, value),
    ),
  );

const serialized = (value: unknown): string => JSON.stringify(redact(value)) ?? '';

describe('redaction: property tests (fast-check)', () => {
  it('never outputs a planted secret, in any form, position or nesting (10,000 cases)', () => {
    const caseArb = fc
      .record({
        key: fc.constantFrom(...SECRET_KEYS),
        form: fc.integer({ min: 0, max: FORMS.length - 1 }),
        secret: secretArb,
        user: fc.stringMatching(/^[a-z0-9]{1,12}$/),
        before: fillerArb,
        after: fillerArb,
      })
      .chain((c) => {
        const text = `${c.before}${(FORMS[c.form] as Form)(c.key, c.secret, c.user)}${c.after}`;
        return fc.tuple(fc.constant(c.secret), fc.constant(text), nestArb(text));
      });
    fc.assert(
      fc.property(caseArb, ([secret, text, nested]) => {
        expect(redactText(text)).not.toContain(secret);
        expect(serialized(nested)).not.toContain(secret);
      }),
      { numRuns: RUNS },
    );
  });

  it('never outputs a value under a secret key, whatever it holds (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECRET_KEYS), secretArb, fc.boolean(), (key, secret, deep) => {
        const value = deep ? { outer: [{ [key]: { nested: secret } }] } : { [key]: secret };
        expect(serialized(value)).not.toContain(secret);
      }),
      { numRuns: RUNS },
    );
  });

  const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
  const guid = fc
    .tuple(hex(8), hex(4), hex(4), hex(4), hex(12))
    .map((p) => p.join('-'))
    .filter((g) => !/^\d+$/.test(g));
  const octet = fc.integer({ min: 0, max: 255 });
  const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
  const group = fc.stringMatching(/^[0-9a-f]{1,4}$/);
  const ipv6 = fc.oneof(
    fc.array(group, { minLength: 8, maxLength: 8 }).map((g) => g.join(':')),
    fc
      .tuple(fc.array(group, { minLength: 1, maxLength: 3 }), fc.array(group, { minLength: 1, maxLength: 3 }))
      .map(([a, b]) => `${a.join(':')}::${b.join(':')}`),
  );
  const personalArb = fc.oneof(
    fc.tuple(guid, hex(8)).map(([g, h]) => `8:acs:${g}_${h}`),
    guid.map((g) => `8:orgid:${g}`),
    guid.map((g) => `8:teamsvisitor:${g}`),
    fc.stringMatching(/^[2-9]\d{9}$/).map((d) => `4:+1${d}`),
    fc.stringMatching(/^[1-9]\d{7,12}$/).map((d) => `+${d}`),
    fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9._%+-]{0,15}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/))
      .map(([local, domain]) => `${local}@${domain}.example`),
    ipv4,
    ipv6,
    fc
      .tuple(ipv4, ipv4, fc.integer({ min: 1024, max: 65535 }))
      .map(([a, b, p]) => `candidate:1 1 udp 2122260223 ${a} ${p} typ srflx raddr ${b} rport ${p}`),
  );

  it('never outputs a planted personal id (ACS, Teams, phone, e-mail, IP, ICE candidate) (10,000 cases)', () => {
    const caseArb = fc
      .record({
        id: personalArb,
        form: fc.constantFrom<(id: string) => string>(
          (id) => id,
          (id) => `participant ${id} left`,
          (id) => JSON.stringify({ user: id }),
          (id) => JSON.stringify(JSON.stringify({ detail: `by ${id}` })),
          (id) => `user=${encodeURIComponent(id).replace(/%3A/g, ':').replace(/%2B/g, '+').replace(/%40/g, '@')}`,
          (id) => `"${id}"`,
          (id) => `<${id}>`,
          (id) => `(${id})`,
        ),
        before: fillerArb,
        after: fillerArb,
      })
      .chain((c) => {
        const text = `${c.before} ${c.form(c.id)} ${c.after}`;
        return fc.tuple(fc.constant(c.id), fc.constant(text), nestArb(text));
      });
    fc.assert(
      fc.property(caseArb, ([id, text, nested]) => {
        const core = id.startsWith('candidate:') ? (id.split(' ')[4] as string) : id;
        expect(redactText(text)).not.toContain(core);
        expect(serialized(nested)).not.toContain(core);
        expect(serialized({ [id]: 1 })).not.toContain(core);
      }),
      { numRuns: RUNS },
    );
  });

  it('a report never carries a planted id in issues or probe, and keeps its call ID (10,000 cases)', () => {
    const snapshot = createCallDiagnostics({ history: false }).getSnapshot();
    fc.assert(
      fc.property(personalArb, guid, secretArb, (id, callId, secret) => {
        const state = {
          ...snapshot,
          call: { ...snapshot.call, id: callId, participantId: callId },
          issues: [{ at: 2, reason: 'get-latest-threw' as const, detail: `${id} token=${secret}` }],
        };
        const { json, text } = createSupportReport({
          state,
          probe: { note: id, nested: [{ password: secret }] },
          environment: false,
          now: 0,
        });
        const core = id.startsWith('candidate:') ? (id.split(' ')[4] as string) : id;
        for (const out of [JSON.stringify(json), text]) {
          expect(out).not.toContain(core);
          expect(out).not.toContain(secret);
        }
        expect(json.call.callId).toBe(callId);
        expect(text).toContain(`Call ID: ${callId}`);
      }),
      { numRuns: RUNS },
    );
  }, 20_000);
});
