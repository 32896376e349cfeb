import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probeRelays } from './probeRelays.js';
import { isParsedRelayUrl, parseRelayUrl, stripRelayUrlCredentials } from './relayUrl.js';

/** 10,000 generated cases (FC_RUNS lowers it for the mutation run, where each mutant reruns the property). */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);

/** A peer connection that refuses every URL with an error whose message is `quote(url)`, as some browsers do. */
const refusing = (quote: (url: string) => string) =>
  createFakeRelayPeerConnection((url) => ({
    kind: 'script',
    fail: { construct: Object.assign(new Error(quote(url)), { name: 'SyntaxError' }) },
  })).RTCPeerConnection;

describe('relay URL credentials (issue 12)', () => {
  it('a password holding ? or ; or @ never shows in the display URL', () => {
    expect(stripRelayUrlCredentials('turn:alice:pa?ss@relay.example.com')).toBe('turn:relay.example.com');
    expect(stripRelayUrlCredentials('turn:alice:pa;ss@relay.example.com:3478')).toBe('turn:relay.example.com:3478');
    expect(stripRelayUrlCredentials('turn:alice:p@ss@relay.example.com?transport=tcp')).toBe(
      'turn:relay.example.com?transport=tcp',
    );
    expect(stripRelayUrlCredentials('alice:secret@relay.example.com')).toBe('relay.example.com');
    const parsed = parseRelayUrl('turn:alice:pa?ss@relay.example.com');
    expect(parsed.displayUrl).toBe('turn:relay.example.com');
    expect(isParsedRelayUrl(parsed)).toBe(false);
  });

  it('";password=x" and other ;-parameters are dropped; ;transport= is kept', () => {
    expect(stripRelayUrlCredentials('turn:relay.example.com:3478;password=hunter2')).toBe(
      'turn:relay.example.com:3478',
    );
    expect(stripRelayUrlCredentials('turn:relay.example.com;transport=tcp;token=t0k')).toBe(
      'turn:relay.example.com?transport=tcp',
    );
    expect(parseRelayUrl('turn:relay.example.com:3478;password=hunter2').displayUrl).toBe(
      'turn:relay.example.com:3478',
    );
  });

  it('credentials shorter than 3 characters are scrubbed from error texts too', async () => {
    const report = await probeRelays([{ urls: 'turn:relay.example.com', username: 'Qz', credential: '7!' }], {
      RTCPeerConnection: refusing((url) => `cannot use ${url} with Qz/7!`),
    });
    const text = JSON.stringify(report);
    expect(text).not.toContain('Qz');
    expect(text).not.toContain('7!');
    expect(report.results[0]?.status).toBe('invalid-url');
  });

  it('a URL password holding ? is scrubbed from error texts', async () => {
    const report = await probeRelays([{ urls: 'turn:alice:pa?ss@relay.example.com' }, { urls: 'turn:b.example' }], {
      RTCPeerConnection: refusing((url) => `bad ${url} (turn:alice:pa?ss@relay.example.com)`),
    });
    expect(JSON.stringify(report)).not.toMatch(/alice|pa\?ss/);
  });
});

describe('stripRelayUrlCredentials', () => {
  it.each([
    ['  turn:relay.example.com:3478  ', 'turn:relay.example.com:3478'],
    ['TURN:relay.example.com', 'TURN:relay.example.com'],
    ['turns:u:p@relay.example.com', 'turns:relay.example.com'],
    ['stun:u@relay.example.com', 'stun:relay.example.com'],
    ['stuns:relay.example.com', 'stuns:relay.example.com'],
    ['https://user:pw@host.example/path', 'https://host.example/path'],
    ['x1+.-y://user@host.example', 'x1+.-y://host.example'],
    ['turn:a@b@relay.example.com', 'turn:relay.example.com'],
    ['relay.example.com', 'relay.example.com'],
    ['user turn:relay.example.com', 'user turn:relay.example.com'],
    ['turn:?token=abc&transport=tcp', 'turn:?transport=tcp'],
    ['turn:transport=udp?x=1', 'turn:transport=udp'],
    ['turn:relay.example.com#frag', 'turn:relay.example.com'],
    ['turn:relay.example.com?transport=tcp#frag', 'turn:relay.example.com?transport=tcp'],
    ['turn:relay.example.com?x=1', 'turn:relay.example.com'],
    ['turn:relay.example.com;x=1', 'turn:relay.example.com'],
    ['turn:relay.example.com?', 'turn:relay.example.com'],
    ['turn:relay.example.com?transport=TCP', 'turn:relay.example.com?transport=TCP'],
    ['turn:relay.example.com?transport=', 'turn:relay.example.com?transport='],
    ['turn:relay.example.com?xtransport=tcp', 'turn:relay.example.com'],
    ['turn:relay.example.com?transport=tcp1', 'turn:relay.example.com'],
    ['turn:relay.example.com?transport=tcp&transport=udp', 'turn:relay.example.com?transport=tcp&transport=udp'],
    ['turn:relay.example.com?a=1?transport=tcp', 'turn:relay.example.com?transport=tcp'],
    ['turn:relay.example.com?a=1;transport=tcp&b=2', 'turn:relay.example.com?transport=tcp'],
  ])('%s → %s', (url, display) => {
    expect(stripRelayUrlCredentials(url)).toBe(display);
  });

  it('takes anything (it never throws)', () => {
    expect(stripRelayUrlCredentials(42 as never)).toBe('42');
    expect(stripRelayUrlCredentials('')).toBe('');
  });
});

describe('parseRelayUrl', () => {
  it.each([
    ['turn:relay.example.com', { scheme: 'turn', host: 'relay.example.com', port: 3478, transport: 'udp' }],
    ['TURN:Relay.Example.com:1', { scheme: 'turn', host: 'Relay.Example.com', port: 1, transport: 'udp' }],
    ['turns:relay.example.com', { scheme: 'turns', host: 'relay.example.com', port: 5349, transport: 'tls' }],
    ['stun:h', { scheme: 'stun', host: 'h', port: 3478, transport: 'udp' }],
    ['stuns:h', { scheme: 'stuns', host: 'h', port: 5349, transport: 'tls' }],
    ['stun:h?transport=tcp', { scheme: 'stun', host: 'h', port: 3478, transport: 'tcp' }],
    ['turns:h:443?transport=tcp', { scheme: 'turns', host: 'h', port: 443, transport: 'tls' }],
    ['turn:h:65535?TRANSPORT=TCP', { scheme: 'turn', host: 'h', port: 65535, transport: 'tcp' }],
    ['turn:h?transport=tcp&transport=udp', { scheme: 'turn', host: 'h', port: 3478, transport: 'udp' }],
    ['turn:h?foo&transport=tcp', { scheme: 'turn', host: 'h', port: 3478, transport: 'tcp' }],
    ['turn:h?transport=tcp&ttl=5', { scheme: 'turn', host: 'h', port: 3478, transport: 'tcp' }],
    ['turn:h?transport', { scheme: 'turn', host: 'h', port: 3478, transport: 'udp' }],
    ['turn:a-b.c1:3478', { scheme: 'turn', host: 'a-b.c1', port: 3478, transport: 'udp' }],
    ['turn:[2001:db8::1]', { scheme: 'turn', host: '[2001:db8::1]', port: 3478, transport: 'udp' }],
    ['turns:[::1]:443', { scheme: 'turns', host: '[::1]', port: 443, transport: 'tls' }],
    ['  turn:h:00080  ', { scheme: 'turn', host: 'h', port: 80, transport: 'udp' }],
  ])('%s is valid', (url, expected) => {
    const parsed = parseRelayUrl(url);
    expect(parsed).toEqual({ ...expected, displayUrl: stripRelayUrlCredentials(url) });
    expect(isParsedRelayUrl(parsed)).toBe(true);
  });

  it.each([
    ['http://h', 'Not a turn:, turns:, stun: or stuns: URL.'],
    ['xturn:h', 'Not a turn:, turns:, stun: or stuns: URL.'],
    ['turn', 'Not a turn:, turns:, stun: or stuns: URL.'],
    ['turn:u@h', 'Credentials inside the URL are not allowed; use username and credential.'],
    ['turn://h', 'A turn: URL has no "//" after the scheme.'],
    ['turn:[::1', 'Unclosed IPv6 address.'],
    ['turn:[::1]x', 'Unexpected text after the IPv6 address.'],
    ['turn:[::1]:', 'The port is not a number.'],
    ['turn:[::1]:0', 'The port is out of range (1–65535).'],
    ['turn:', 'Missing or invalid host name.'],
    ['turn::3478', 'Missing or invalid host name.'],
    ['turn:-h', 'Missing or invalid host name.'],
    ['turn:h-', 'Missing or invalid host name.'],
    ['turn:h_1', 'Missing or invalid host name.'],
    ['turn:h h', 'Missing or invalid host name.'],
    ['turn:h:', 'The port is not a number.'],
    ['turn:h:x1', 'The port is not a number.'],
    ['turn:h:1x', 'The port is not a number.'],
    ['turn:h:+1', 'The port is not a number.'],
    ['turn:h:123456', 'The port is not a number.'],
    ['turn:h:0', 'The port is out of range (1–65535).'],
    ['turn:h:65536', 'The port is out of range (1–65535).'],
    ['turn:h:99999', 'The port is out of range (1–65535).'],
  ])('%s is invalid: %s', (url, error) => {
    const parsed = parseRelayUrl(url);
    expect(parsed).toEqual({ error, displayUrl: stripRelayUrlCredentials(url) });
    expect(isParsedRelayUrl(parsed)).toBe(false);
  });

  it('a value that is not a string is invalid without echoing it', () => {
    for (const value of [undefined, null, 42, { urls: 'turn:h' }]) {
      expect(parseRelayUrl(value)).toEqual({ error: 'The URL is not a string.', displayUrl: '(not a string)' });
    }
  });
});

describe('parseRelayUrl: transports, malformed URLs and credentials', () => {
  it('reads transport: missing or unknown is UDP, ?transport=tcp is TCP, turns: is TLS', () => {
    expect(parseRelayUrl('turn:relay.example.com')).toMatchObject({ transport: 'udp', port: 3478 });
    expect(parseRelayUrl('turn:relay.example.com:3478?transport=udp')).toMatchObject({ transport: 'udp' });
    expect(parseRelayUrl('turn:relay.example.com:3478?transport=sctp')).toMatchObject({ transport: 'udp' });
    expect(parseRelayUrl('turn:relay.example.com:443?transport=tcp')).toMatchObject({ transport: 'tcp', port: 443 });
    expect(parseRelayUrl('turns:relay.example.com')).toMatchObject({ transport: 'tls', port: 5349 });
    expect(parseRelayUrl('turns:relay.example.com:443?transport=tcp')).toMatchObject({ transport: 'tls' });
    expect(parseRelayUrl('turn:[2001:db8::1]:3478')).toMatchObject({ host: '[2001:db8::1]', port: 3478 });
  });
  it('rejects malformed URLs', () => {
    for (const bad of ['turn:', 'turn:host:99999', 'turn:host:abc', 'http://host', 'turn://host', 'turn:[::1', 42]) {
      expect(parseRelayUrl(bad)).toHaveProperty('error');
    }
  });
  it('never keeps credentials or unknown query parameters in the display URL', () => {
    const user = 'planted-user-7f3a';
    const pass = 'planted-pass-9c1d';
    expect(stripRelayUrlCredentials(`turn:${user}:${pass}@host:3478?transport=tcp&token=x`)).toBe(
      'turn:host:3478?transport=tcp',
    );
    const parsed = parseRelayUrl(`turn:${user}:${pass}@host`);
    expect(parsed).toHaveProperty('error');
    expect(JSON.stringify(parsed)).not.toContain(pass);
  });
});

describe('relay URL parser: property tests (fast-check)', () => {
  const marker = (prefix: string) => fc.stringMatching(/^[A-Za-z0-9]{4,12}$/).map((s) => `${prefix}${s}`);
  /** Userinfo parts with the characters passwords really hold, including the URL delimiters. */
  const wild = fc
    .array(fc.constantFrom('?', ';', '@', '/', ':', '#', '&', '=', '+', '%', '!', '~', 'x', '9'), { maxLength: 4 })
    .map((a) => a.join(''));
  const hostArb = fc.constantFrom('relay.example.com', 'turn.contoso.net', '[2001:db8::1]', '192.0.2.10', 'h');
  const paramArb = fc.oneof(
    fc.constant('transport=tcp'),
    fc.constant('transport=udp'),
    fc.tuple(fc.constantFrom('ttl', 'password', 'token', 'sig', 'x'), marker('V')).map(([k, v]) => `${k}=${v}`),
  );

  it('never returns userinfo or an unknown parameter (10,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.record({
          scheme: fc.constantFrom('turn:', 'turns:', 'stun:', 'TURN:', 'turn://', 'https://', ''),
          user: marker('U'),
          pass: fc.tuple(marker('P'), wild, marker('Q')).map(([a, w, b]) => `${a}${w}${b}`),
          withPass: fc.boolean(),
          host: hostArb,
          port: fc.option(fc.integer({ min: 0, max: 70000 }), { nil: undefined }),
          params: fc.array(paramArb, { maxLength: 4 }),
          separator: fc.constantFrom('?', ';'),
          joiner: fc.constantFrom('&', ';'),
          space: fc.constantFrom('', ' '),
        }),
        (c) => {
          const userinfo = c.withPass ? `${c.user}:${c.pass}` : c.user;
          const query = c.params.length > 0 ? `${c.separator}${c.params.join(c.joiner)}` : '';
          const url = `${c.space}${c.scheme}${userinfo}@${c.host}${c.port === undefined ? '' : `:${c.port}`}${query}`;
          const secrets = [
            c.user,
            ...(c.withPass ? (c.pass.match(/[PQ][A-Za-z0-9]+/g) ?? []) : []),
            ...c.params.filter((p) => !p.startsWith('transport=')).map((p) => p.split('=')[1] as string),
          ];
          const parsed = parseRelayUrl(url);
          const out = JSON.stringify(parsed) + stripRelayUrlCredentials(url);
          for (const secret of secrets) expect(out).not.toContain(secret);
          expect(isParsedRelayUrl(parsed)).toBe(false);
          expect(parsed.displayUrl).not.toContain('@');
          const kept = parsed.displayUrl.split('?')[1];
          if (kept !== undefined) expect(kept).toMatch(/^transport=[a-z]*(&transport=[a-z]*)*$/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('valid URLs keep scheme, host, port and transport only (10,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('turn', 'turns', 'stun'),
        hostArb,
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.array(paramArb, { maxLength: 3 }),
        (scheme, host, port, params) => {
          const url = `${scheme}:${host}${port === undefined ? '' : `:${port}`}${params.length ? `?${params.join('&')}` : ''}`;
          const parsed = parseRelayUrl(url);
          if (!isParsedRelayUrl(parsed)) throw new Error(`${url}: ${parsed.error}`);
          expect(parsed.host).toBe(host);
          expect(parsed.displayUrl).not.toMatch(/[@;]|V[A-Za-z0-9]{4}/);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
