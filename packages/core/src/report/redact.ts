/**
 * One redaction for everything that leaves the kit (support reports, telemetry records, the IT-admin text): secrets
 * (TURN credentials, tokens, keys, cookies) and personal data (ACS, Teams and phone ids, e-mail addresses, IP
 * addresses, ICE candidates) never appear in the output, nor whatever the app names. Every pass is linear in the
 * input's length.
 */

import { REDACTED, type RedactRule, redactSecretValues } from './secrets.js';

export { REDACTED, type RedactRule };

/**
 * Keys whose values are always removed, whatever they hold: any key holding `token`, `secret`, `password`,
 * `passwd`, `credential`, `username`, `authorization`, `signature` or `cookie`, and any key ending in `key`, `pwd`,
 * `pass`, `auth`, `sig` or `session` (`accessToken`, `apiKey`, `SharedAccessKey`, `turnCredential`, `Set-Cookie`).
 */
const SECRET_KEY_PATTERN =
  /token|secret|passw(?:or)?d|credential|username|authorization|signature|cookie|(?:key|pwd|pass|auth|sig|session)s?$/i;

const R = REDACTED;

/** `user:pass@` (or `user@`) after a scheme in one run of URL characters: up to the run's last `@`. */
function stripUserinfo(run: string): string {
  const at = run.lastIndexOf('@');
  const scheme = at > 0 ? /[a-z][\w+.-]{0,20}:(?:\/\/)?/i.exec(run.slice(0, at)) : null;
  const end = scheme ? scheme.index + scheme[0].length : at;
  return end < at ? `${run.slice(0, end)}${R}${run.slice(at)}` : run;
}

/**
 * Redacts secrets and the app's rules from one string, in time linear in its length: the app's rules, JWTs,
 * `Bearer …`, the `key=value`, `"key":"value"`, `key: value` and `Authorization: …` forms of secret keys, and
 * `user:pass@` in URLs. Personal data stays (see {@link redactText}).
 */
function redactSecrets(text: string, rules: readonly RedactRule[] | undefined): string {
  return redactSecretValues(text, rules).replace(/(?<![^\s"'<>])[^\s"'<>@]*@[^\s"'<>]*/g, stripUserinfo);
}

/**
 * Personal data: ICE candidates, ACS/Teams ids (`8:acs:…`, `8:orgid:…`), phone ids and numbers (`4:+1…`, `+1…`),
 * e-mail addresses, IPv6 and IPv4 addresses. Call and participant ids (GUIDs) do not match.
 */
const PERSONAL =
  /candidate:[^"'\\\r\n]*|(?<!\d)8:[a-z][\w-]*:[^\s"'<>,;)}\]]+|(?:(?<!\d)4:\+?|\+)\d{6,15}|(?<![\w.%+-])[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+|(?<![\da-f:])(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|[\da-f:]*::[\da-f:.]*)|(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d)/gi;

/**
 * Redacts secrets (`redactSecrets`), the app's rules and, unless `keepPersonalData`, personal data: ICE
 * candidates, ACS/Teams ids, phone ids and numbers, e-mail, IPv4 and IPv6 addresses. Linear in the text's length.
 *
 * @public
 */
export function redactText(text: string, rules?: readonly RedactRule[], keepPersonalData = false): string {
  const out = redactSecrets(text, rules);
  return keepPersonalData ? out : out.replace(PERSONAL, R);
}

/**
 * Returns a deep copy of `value` with secrets removed: values under secret keys (`SECRET_KEY_PATTERN`) become
 * `[redacted]`, every string and key is passed through {@link redactText} with the app's `rules` (personal data
 * included unless `keepPersonalData`). Cycles, functions and symbols are dropped; depth is capped at 12. Never
 * throws.
 *
 * @public
 */
export function redact<T>(value: T, rules?: readonly RedactRule[], keepPersonalData = false): T {
  const seen = new WeakSet<object>();
  const text = (s: string) => redactText(s, rules, keepPersonalData);
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return text(v);
    if (v === null || typeof v !== 'object') {
      return typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint' ? undefined : v;
    }
    if (depth > 12 || seen.has(v)) return undefined;
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
      if (v instanceof Error) return { name: v.name, message: text(v.message) };
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        const next = SECRET_KEY_PATTERN.test(key)
          ? item === undefined || item === null || item === ''
            ? undefined
            : R
          : walk(item, depth + 1);
        if (next !== undefined) out[text(key)] = next;
      }
      return out;
    } catch {
      // A getter that throws (or a revoked proxy): the object is dropped.
    } finally {
      seen.delete(v);
    }
    return undefined;
  };
  // Nothing outside walk's try can throw: it reads only `typeof`, the depth and the WeakSet.
  return walk(value, 0) as T;
}
