/**
 * How a relay URL carries media to the TURN server: `turn:…` (UDP), `turn:…?transport=tcp`, `turns:…` (TLS).
 *
 * @public
 */
export type RelayTransport = 'udp' | 'tcp' | 'tls';

/** A `turn:`/`turns:`/`stun:` URL, parsed. Never holds credentials. */
export interface ParsedRelayUrl {
  /** `turn`, `turns`, `stun` or `stuns`. */
  readonly scheme: 'turn' | 'turns' | 'stun' | 'stuns';
  /** Host name or IP literal (IPv6 in brackets). */
  readonly host: string;
  /** The explicit port, or the scheme's default (3478, or 5349 for `turns:`/`stuns:`). */
  readonly port: number;
  /** `udp` unless `?transport=tcp`; `tls` for `turns:`. */
  readonly transport: RelayTransport;
  /** The URL as it is safe to show: scheme, host, port and `?transport=` only (no `user:pass@`, no other query). */
  readonly displayUrl: string;
}

/** Why a URL could not be parsed; `displayUrl` is the safe form of what was given. */
export interface InvalidRelayUrl {
  readonly error: string;
  readonly displayUrl: string;
}

const SCHEME = /^(turns?|stuns?):/i;

/**
 * Removes credentials from anything URL-like: everything up to the last `@` (`user:pass@`, `user@`, a password
 * holding `?`, `;` or `@`), then every parameter (after `?` or `;`) except `transport`, and any `#fragment`. The
 * scheme stays only when it is a `turn:`/`stun:` one or followed by `//`. Safe on any string (it never throws).
 */
export function stripRelayUrlCredentials(url: string): string {
  const text = String(url).trim();
  const prefix = /^(?:(?:turns?|stuns?):|[a-z][a-z\d+.-]*:\/\/)/i.exec(text)?.[0] ?? '';
  let rest = text.slice(prefix.length);
  rest = rest.slice(rest.lastIndexOf('@') + 1).split('#')[0] as string;
  const queryAt = rest.search(/[?;]/);
  let query = '';
  if (queryAt >= 0) {
    const kept = rest
      .slice(queryAt + 1)
      .split(/[&;?]/)
      .filter((param) => /^transport=[a-z]*$/i.test(param));
    rest = rest.slice(0, queryAt);
    query = kept.length > 0 ? `?${kept.join('&')}` : '';
  }
  return `${prefix}${rest}${query}`;
}

/**
 * Parses one ICE server URL (RFC 7064/7065). `?transport=` missing or unknown means UDP; `turns:` always means
 * TLS. Credentials inside the URL (`turn:user:pass@host`) make it invalid (they belong in `username`/`credential`).
 */
export function parseRelayUrl(url: unknown): ParsedRelayUrl | InvalidRelayUrl {
  if (typeof url !== 'string') return { error: 'The URL is not a string.', displayUrl: '(not a string)' };
  const displayUrl = stripRelayUrlCredentials(url);
  const text = url.trim();
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase() as ParsedRelayUrl['scheme'] | undefined;
  if (!scheme) return { error: 'Not a turn:, turns:, stun: or stuns: URL.', displayUrl };
  if (text.includes('@')) {
    return { error: 'Credentials inside the URL are not allowed; use username and credential.', displayUrl };
  }
  let rest = text.slice(scheme.length + 1);
  let transportParam: string | undefined;
  const queryAt = rest.indexOf('?');
  if (queryAt >= 0) {
    for (const param of rest.slice(queryAt + 1).split('&')) {
      const [key, value] = param.split('=');
      if (key?.toLowerCase() === 'transport') transportParam = value?.toLowerCase();
    }
    rest = rest.slice(0, queryAt);
  }
  if (rest.startsWith('//')) return { error: 'A turn: URL has no "//" after the scheme.', displayUrl };
  let host: string;
  let portText: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return { error: 'Unclosed IPv6 address.', displayUrl };
    host = rest.slice(0, close + 1);
    const after = rest.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return { error: 'Unexpected text after the IPv6 address.', displayUrl };
    portText = after === '' ? undefined : after.slice(1);
  } else {
    const colon = rest.indexOf(':');
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    portText = colon >= 0 ? rest.slice(colon + 1) : undefined;
    if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i.test(host))
      return { error: 'Missing or invalid host name.', displayUrl };
  }
  const secure = scheme === 'turns' || scheme === 'stuns';
  let port = secure ? 5349 : 3478;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText)) return { error: 'The port is not a number.', displayUrl };
    port = Number(portText);
    if (port < 1 || port > 65535) return { error: 'The port is out of range (1–65535).', displayUrl };
  }
  const transport: RelayTransport = secure ? 'tls' : transportParam === 'tcp' ? 'tcp' : 'udp';
  return { scheme, host, port, transport, displayUrl };
}

/** True for the result of {@link parseRelayUrl} when the URL was valid. */
export function isParsedRelayUrl(value: ParsedRelayUrl | InvalidRelayUrl): value is ParsedRelayUrl {
  return !('error' in value);
}
