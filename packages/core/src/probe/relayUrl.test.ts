import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probeRelays, type RelayPeerConnectionConstructor } from './probeRelays.js';
import { isParsedRelayUrl, parseRelayUrl, stripRelayUrlCredentials } from './relayUrl.js';

/** 10,000 generated cases (FC_RUNS lowers it for the mutation run, where each mutant reruns the property). */
const RUNS = Number(process.env.FC_RUNS ?? 10_000);

/** A constructor that refuses every URL with an error quoting the URL and credentials, as some browsers do. */
const refusing = (quote: (config: { urls: string; username?: string; credential?: string }) => string) =>
  class {
    constructor(config: { iceServers: Array<{ urls: string; username?: string; credential?: string }> }) {
      const error = new Error(quote(config.iceServers[0] ?? { urls: '' }));
      error.name = 'SyntaxError';
      throw error;
    }
  } as unknown as RelayPeerConnectionConstructor;

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
      RTCPeerConnection: refusing((s) => `cannot use ${s.urls} with ${s.username}/${s.credential}`),
    });
    const text = JSON.stringify(report);
    expect(text).not.toContain('Qz');
    expect(text).not.toContain('7!');
    expect(report.results[0]?.status).toBe('invalid-url');
  });

  it('a URL password holding ? is scrubbed from error texts', async () => {
    const report = await probeRelays([{ urls: 'turn:alice:pa?ss@relay.example.com' }, { urls: 'turn:b.example' }], {
      RTCPeerConnection: refusing((s) => `bad ${s.urls} (turn:alice:pa?ss@relay.example.com)`),
    });
    expect(JSON.stringify(report)).not.toMatch(/alice|pa\?ss/);
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
