/**
 * One redaction for everything that leaves the kit (support reports, telemetry records, the IT-admin text, the
 * development console): secrets (TURN credentials, tokens, keys, cookies, certificates' keys) and personal data (ACS,
 * Teams, bot and phone ids, phone numbers, e-mail addresses, IP addresses, ICE candidates) never appear in the output,
 * nor whatever the app names. Every pass is linear in the input's length.
 */

import { REDACTED, type RedactRule, redactAppRules, redactTokens } from './secrets.js';

export { REDACTED, type RedactRule };

/**
 * Keys whose values are always removed, whatever they hold: any key holding `token`, `secret`, `password`,
 * `passwd`, `credential`, `username`, `authorization`, `signature` or `cookie`, and any key ending in `key`, `pwd`,
 * `pass`, `auth`, `sig` or `session` (`accessToken`, `apiKey`, `SharedAccessKey`, `turnCredential`, `Set-Cookie`).
 */
const SECRET_KEY_PATTERN =
  /token|secret|passw(?:or)?d|credential|username|authorization|signature|cookie|(?:key|pwd|pass|auth|sig|session)s?$/i;

/** Keys whose values are personal whatever they hold (`phoneNumber`, `mobilePhone`, `msisdn`). */
const PERSONAL_KEY_PATTERN = /phone|msisdn/i;

/** Keys of version fields (`release`, `version`, `appVersion`, `build`): a dotted number there is a version. */
const VERSION_KEY_PATTERN = /^(?:v|ver|release|build)$|version$/i;
const VERSION_VALUE = /^v?\d+(?:\.\d+){1,4}$/;

const R = REDACTED;

/** A run of URL characters holding an `@`: where `user:pass@` can be. */
const URL_RUN = /(?<![^\s"'<>])[^\s"'<>@]*@[^\s"'<>]*/g;

/** `user:pass@` (or `user@`) after a scheme in one run of URL characters: up to the run's last `@`. */
function stripUserinfo(run: string): string {
  const at = run.lastIndexOf('@');
  const scheme = at > 0 ? /[a-z][\w+.-]{0,20}:(?:\/\/)?/i.exec(run.slice(0, at)) : null;
  const end = scheme ? scheme.index + scheme[0].length : at;
  return end < at ? `${run.slice(0, end)}${R}${run.slice(at)}` : run;
}

/** `bearer …` in any case, and `basic …` when what follows is Base64 (of `user:password`, checked below). */
const AUTH_SCHEMES = /(bearer\s+)[\w.~+/=-]+|(basic\s+)((?:[a-z\d+/]{4})+(?:[a-z\d+/]{3}=?|[a-z\d+/]{2}(?:==)?)?)/gi;

/** Basic credentials decode to `user:password`; a word after "basic" decodes to no colon (`basic connectivity`). */
function authScheme(match: string, bearer: string | undefined, basic: string, credentials: string): string {
  if (bearer) return `${bearer}${R}`;
  return atob(credentials).includes(':') ? `${basic}${R}` : match;
}

/** Secrets with a shape of their own: an OAuth `code=` in a URL, a TURN REST username (`<expiry>:<user>`), PEM bodies. */
const OAUTH_CODE = /([?&#;](?:[\w-]*_)?code=)[^&#\s"'<>]+/gi;
const TURN_REST_USERNAME = /(?<![\w:.%-])\d{9,11}:[\w.@%+-]+/g;
const PEM_BODY = /(-----BEGIN [A-Z\d ]{1,40}-----)(?:[^-]|-(?!----END))*/g;

/**
 * Redacts secrets and the app's rules from one string, in time linear in its length: the app's rules, `user:pass@`
 * in URLs, JWTs, `Bearer …` and `Basic …` in any case, the `key=value`, `"key":"value"`, `key: value`,
 * `key%3Dvalue` and `Authorization: …` forms of secret keys, OAuth codes, TURN REST usernames and PEM bodies.
 * Personal data stays (see {@link redactText}).
 */
function redactSecrets(text: string, rules: readonly RedactRule[] | undefined): string {
  const out = redactTokens(redactAppRules(text, rules).replace(URL_RUN, stripUserinfo));
  return out
    .replace(AUTH_SCHEMES, authScheme)
    .replace(OAUTH_CODE, `$1${R}`)
    .replace(TURN_REST_USERNAME, R)
    .replace(PEM_BODY, `$1${R}`);
}

/** A phone field in text: `phoneNumber=…`, `"phoneNumber":"…"`, `mobilePhone: …` (the key stays). */
const PHONE_FIELD = /(\b\w*(?:phone|msisdn)\w{0,8}\\*["']?\s*[:=]\s*\\*["']?)\+?\d[\d ().-]{4,}\d/gi;

/**
 * Personal data: ICE candidates, `tel:` URIs, ACS/Teams ids (`8:acs:…`, `8:orgid:…`) and bot ids (`28:…`), phone ids
 * and numbers (`4:+1…`, `+1 425 555 0123`, `(425) 555-0123`), e-mail addresses, IPv6 addresses (with a zone id) and
 * IPv4 addresses (not a version: `Chrome/131.0.0.0`, `release: 1.4.2.1`). Call and participant ids (GUIDs) do not
 * match. An address starts where no word character is before it (`%20` is a space, not a word).
 */
const PERSONAL = new RegExp(
  [
    String.raw`candidate:[^"'\\\r\n]*`,
    String.raw`\btel:[^\s"'<>,)}\]]+`,
    String.raw`(?<!\d)8:[a-z][\w-]*:[^\s"'<>,;)}\]&]+`,
    String.raw`(?<![\w:])28:(?:[a-z]+:)?[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}`,
    String.raw`(?:(?<!\d)4:\+?|\+)\d(?:[ .()-]{0,2}\d){5,14}`,
    String.raw`(?<![\w.+/-])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-]|\.\d)`,
    String.raw`(?<![\w.%+-])[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+`,
    String.raw`(?<!(?<!%[\da-f])[\w:])(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:)+:[\da-f:.]*[\da-f]|(?:[\da-f]{1,4}:){2,}:|::[\da-f:.]*[\da-f])(?:%[\w.~-]+)?(?!\w)`,
    String.raw`(?<!(?<!%[\da-f])[\w.])(?<!(?:^|[^/])\/)(?<!(?:version|release|build|ver)\W{0,3})(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)`,
  ].join('|'),
  'gi',
);

/** Personal data and secrets in text, not percent-encoded (see {@link redactText}). */
function redactPlain(text: string, rules: readonly RedactRule[] | undefined, keepPersonalData: boolean): string {
  const out = redactSecrets(text, rules);
  return keepPersonalData ? out : out.replace(PHONE_FIELD, `$1${R}`).replace(PERSONAL, R);
}

/** A run of text holding percent-encoded characters (a query value, an encoded URL). */
const ENCODED_RUN = /(?<![^\s"'<>&?=#,;])[^\s"'<>&?=#,;]*%[\da-f]{2}[^\s"'<>&?=#,;]*/gi;

/**
 * Percent-encoded runs (`8%3Aacs%3A…`, `alice%40contoso.com`, `sig%3D…`) are read decoded: a run that holds anything
 * to redact goes whole (an encoded secret cannot be cut out of it and stay readable).
 */
function redactEncoded(text: string, rules: readonly RedactRule[] | undefined, keepPersonalData: boolean): string {
  return text.replace(ENCODED_RUN, (run) => {
    const decoded = run.replace(/%([\da-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return redactPlain(decoded, rules, keepPersonalData) === decoded ? run : R;
  });
}

/**
 * Redacts secrets, the app's rules and, unless `keepPersonalData`, personal data from one string, in time linear in
 * its length. Secrets: URL credentials (`user:pass@`, also a password holding `/`), JWTs, `Bearer` and `Basic`
 * credentials in any case, values of secret keys (`token=`, `"password":"…"`, `Authorization: SharedKey …`), OAuth
 * `code=`, TURN REST usernames (`1700000000:alice`) and PEM bodies. Personal data: ICE candidates, ACS/Teams and bot
 * ids, phone numbers (also with spaces, dashes or dots, in `tel:` URIs and phone fields), e-mail, IPv4 (not a
 * version such as `Chrome/131.0.0.0`) and IPv6 addresses (with a zone id). Percent-encoded text is read decoded: a
 * run holding any of these goes whole.
 *
 * @public
 */
export function redactText(text: string, rules?: readonly RedactRule[], keepPersonalData = false): string {
  return redactPlain(redactEncoded(String(text), rules, keepPersonalData), rules, keepPersonalData);
}

/** `name`, or `name (2)`, `name (3)`…: two keys that redact to the same name keep both values. */
function uniqueKey(out: Record<string, unknown>, name: string): string {
  let unique = name;
  for (let n = 2; Object.hasOwn(out, unique); n += 1) unique = `${name} (${n})`;
  return unique;
}

/**
 * Returns a deep copy of `value` with secrets removed: values under secret keys (`SECRET_KEY_PATTERN`) become
 * `[redacted]`, and unless `keepPersonalData` so do values under phone keys (`phoneNumber`, `msisdn`); every string
 * and key is passed through {@link redactText} with the app's `rules` (personal data included unless
 * `keepPersonalData`), except that a dotted number under a version key (`release: '1.4.2.1'`) stays. Two keys that
 * redact to the same name keep both values (`[redacted]`, `[redacted] (2)`). Cycles, functions and symbols are
 * dropped; depth is capped at 12. Never throws.
 *
 * @public
 */
export function redact<T>(value: T, rules?: readonly RedactRule[], keepPersonalData = false): T {
  const seen = new WeakSet<object>();
  const text = (s: string) => redactText(s, rules, keepPersonalData);
  /** A value under `key`: gone under a secret (or, unless kept, a personal) key; a version stays a version. */
  const entry = (key: string, item: unknown, depth: number): unknown => {
    if (SECRET_KEY_PATTERN.test(key) || (!keepPersonalData && PERSONAL_KEY_PATTERN.test(key))) {
      return item === undefined || item === null || item === '' ? undefined : R;
    }
    if (typeof item === 'string' && VERSION_KEY_PATTERN.test(key) && VERSION_VALUE.test(item)) {
      return redactText(item, rules, true);
    }
    return walk(item, depth + 1);
  };
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
        const next = entry(key, item, depth);
        if (next !== undefined) out[uniqueKey(out, text(key))] = next;
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
