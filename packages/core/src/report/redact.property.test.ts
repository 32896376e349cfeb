import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../store/state.js';
import { createSupportReport } from './createSupportReport.js';
import { redact, redactText } from './redact.js';

/** 10,000 generated cases (FC_RUNS lowers it for the mutation run, where each mutant reruns the property). */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);

/** Property tests: a planted secret or personal id never comes out, in any position, format or nesting. */

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
  // The forms of issue 22: percent-encoded, any case, any Authorization scheme, OAuth, TURN REST, PEM, and a URL
  // password holding a secret word.
  (k, s) => `?x=1%26${k}%3D${encodeURIComponent(s)}%26y%3D2`,
  (k, s) => encodeURIComponent(`${k}=${s}`),
  (_k, s) => `BEARER ${s}`,
  (_k, s) => `sent bearer ${s} again`,
  (_k, s, u) => `basic ${btoa(`${u}:${s}`)}`,
  (_k, s, u) => `AUTHORIZATION: BASIC ${btoa(`${u}:${s}`)}`,
  (_k, s, u) => `Authorization: SharedKey ${u}:${s}`,
  (_k, s, u) => JSON.stringify({ headers: { authorization: `SharedKeyLite ${u}:${s}` } }),
  (_k, s) => `https://app.example/cb?state=1&code=${s}`,
  (_k, s, u) => `allocation for 17${String(s.length).padStart(8, '0')}:${u}${s} failed`,
  (_k, s) => `-----BEGIN PRIVATE KEY-----\n${s}\n-----END PRIVATE KEY-----`,
  (_k, s) => JSON.stringify({ pem: `-----BEGIN CERTIFICATE-----\n${s}\n-----END CERTIFICATE-----` }),
  (k, s, u) => `turn:${u}:ab/${k}+${s}==@relay.example.com:3478`,
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
        for (const out of [redactText(text), redactText(text, [], true), serialized(nested)]) {
          expect(out).not.toContain(secret);
          expect(out).not.toContain(encodeURIComponent(secret));
        }
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
  const nanp = fc.tuple(
    fc.stringMatching(/^[2-9]\d{2}$/),
    fc.stringMatching(/^[2-9]\d{2}$/),
    fc.stringMatching(/^\d{4}$/),
  );
  const zone = fc.constantFrom('%eth0', '%25wlan0', '%en0', '%1');
  const personalArb = fc.oneof(
    fc.tuple(guid, hex(8)).map(([g, h]) => `8:acs:${g}_${h}`),
    guid.map((g) => `8:orgid:${g}`),
    guid.map((g) => `8:teamsvisitor:${g}`),
    guid.map((g) => `28:${g}`),
    fc.stringMatching(/^[2-9]\d{9}$/).map((d) => `4:+1${d}`),
    fc.stringMatching(/^[1-9]\d{7,12}$/).map((d) => `+${d}`),
    // Phone numbers as people write them, and in tel: URIs.
    fc.tuple(nanp, fc.constantFrom(' ', '-', '.')).map(([[a, b, c], sep]) => `+1${sep}${a}${sep}${b}${sep}${c}`),
    nanp.map(([a, b, c]) => `(${a}) ${b}-${c}`),
    nanp.map(([a, b, c]) => `tel:+1-${a}-${b}-${c}`),
    nanp.map(([a, b, c]) => `tel:${a}${b}${c}`),
    fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9._%+-]{0,15}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/))
      .map(([local, domain]) => `${local}@${domain}.example`),
    ipv4,
    ipv6,
    fc.tuple(ipv6, zone).map(([ip, z]) => `${ip}${z}`),
    fc
      .tuple(ipv4, ipv4, fc.integer({ min: 1024, max: 65535 }))
      .map(([a, b, p]) => `candidate:1 1 udp 2122260223 ${a} ${p} typ srflx raddr ${b} rport ${p}`),
  );

  /** What must not come out of a planted id: the whole of it (the address of a candidate, a zone id with its address). */
  const coreOf = (id: string): string => (id.startsWith('candidate:') ? (id.split(' ')[4] as string) : id);

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
          // Percent-encoded as in a query string: what `:`, `+`, `@` and `%` become.
          (id) => `?user=${encodeURIComponent(id)}&x=1`,
          (id) => JSON.stringify({ phoneNumber: id }),
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
        const core = coreOf(id);
        const encoded = encodeURIComponent(core);
        for (const out of [redactText(text), serialized(nested), serialized({ [id]: 1 })]) {
          expect(out).not.toContain(core);
          expect(out).not.toContain(encoded);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a report never carries a planted id in issues or probe, and keeps its call ID (10,000 cases)', () => {
    const snapshot = INITIAL_STATE;
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
        const core = coreOf(id);
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

  it('keeps versions: a browser version and an app release stay as they are (10,000 cases)', () => {
    const part = fc.integer({ min: 0, max: 999 });
    fc.assert(
      fc.property(fc.tuple(part, part, part, part), fillerArb, ([a, b, c, d], filler) => {
        const v = `${a}.${b}.${c}.${d}`;
        for (const text of [
          `Mozilla/5.0 Chrome/${v} Safari/537.36`,
          `release: '${v}'`,
          `{"version":"${v}"}`,
          `build=${v}`,
          `SDK ${v}.${a}`,
        ]) {
          expect(redactText(`${filler} ${text}`)).toContain(text);
        }
        expect(redact({ release: v, appVersion: v })).toStrictEqual({ release: v, appVersion: v });
      }),
      { numRuns: RUNS },
    );
  });
});
