// Mutation tests for the relay URL parser (issue 12): every edge of the parser and of the credential stripping.
import { describe, expect, it } from 'vitest';
import { isParsedRelayUrl, parseRelayUrl, stripRelayUrlCredentials } from './relayUrl.js';

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
