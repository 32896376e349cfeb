/**
 * One redaction for everything that leaves the kit (support reports, telemetry records): TURN credentials, tokens
 * and whatever the app names never appear in the output.
 */

/** What the app wants removed: a literal string (every occurrence) or a RegExp (every match). */
export type RedactRule = string | RegExp;

/** The replacement text. */
export const REDACTED = '[redacted]';

/**
 * Keys whose values are always removed, whatever they hold: `token`, `credential`, `password`, `username`,
 * `secret` and their relatives (`accessToken`, `turnCredential`, `clientSecret`, `authorization`, `apiKey`,
 * `accessKey`, `signature`).
 */
export const SECRET_KEY_PATTERN =
  /token|credential|password|passwd|username|secret|authorization|api_?key|access_?key|signature/i;

/** Secret-looking text inside any string. */
const SECRET_TEXT_PATTERNS: readonly RegExp[] = [
  // JSON Web Tokens (ACS access tokens are JWTs): header.payload.signature, base64url.
  /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
  // `Bearer <anything>` authorization values.
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  // Credentials embedded in URLs: turn:user:pass@host, https://user:pass@host.
  /\b((?:turns?|stuns?|https?|wss?):(?:\/\/)?)[^\s/@:]+:[^\s/@]+@/gi,
  // key=value secrets in query strings and connection strings (accesskey=, token=, sig=, credential=, password=).
  /\b(access_?key|access_?token|token|sig|signature|credential|password|secret|api_?key)=([^&;\s"']+)/gi,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toGlobal(rule: RedactRule): RegExp | undefined {
  if (typeof rule === 'string') return rule.length > 0 ? new RegExp(escapeRegExp(rule), 'g') : undefined;
  if (rule instanceof RegExp) return new RegExp(rule.source, rule.flags.includes('g') ? rule.flags : `${rule.flags}g`);
  return undefined;
}

/** Redacts secret-looking text and the app's rules from one string. */
export function redactText(text: string, rules: readonly RedactRule[] = []): string {
  let out = text;
  for (const rule of rules) {
    const re = toGlobal(rule);
    if (re) out = out.replace(re, REDACTED);
  }
  out = out.replace(SECRET_TEXT_PATTERNS[0] as RegExp, REDACTED);
  out = out.replace(SECRET_TEXT_PATTERNS[1] as RegExp, `Bearer ${REDACTED}`);
  out = out.replace(SECRET_TEXT_PATTERNS[2] as RegExp, (_m, scheme: string) => `${scheme}${REDACTED}@`);
  out = out.replace(SECRET_TEXT_PATTERNS[3] as RegExp, (_m, key: string) => `${key}=${REDACTED}`);
  return out;
}

/**
 * Returns a deep copy of `value` with secrets removed: values under secret keys ({@link SECRET_KEY_PATTERN}) become
 * `[redacted]`, every string is passed through {@link redactText} with the app's `rules`. Cycles, functions and
 * symbols are dropped; depth is capped at 12. Never throws.
 */
export function redact<T>(value: T, rules: readonly RedactRule[] = []): T {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redactText(v, rules);
    if (v === null || typeof v !== 'object') {
      return typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint' ? undefined : v;
    }
    if (depth > 12 || seen.has(v)) return undefined;
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
      if (v instanceof Error) return { name: v.name, message: redactText(v.message, rules) };
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        const safeKey = redactText(key, rules);
        if (SECRET_KEY_PATTERN.test(key)) {
          if (item !== undefined && item !== null && item !== '') out[safeKey] = REDACTED;
          continue;
        }
        const next = walk(item, depth + 1);
        if (next !== undefined) out[safeKey] = next;
      }
      return out;
    } catch {
      return undefined;
    } finally {
      seen.delete(v);
    }
  };
  try {
    return walk(value, 0) as T;
  } catch {
    return undefined as T;
  }
}
