/**
 * The part of the redaction a telemetry record needs, kept small because it is in the first load: the app's rules,
 * JWTs, `Bearer …` values and the values of secret keys in text. The rest (URL credentials, personal data, objects)
 * is in `redact.ts`, loaded with the report.
 */

/**
 * What the app wants removed: a literal string (every occurrence) or a RegExp (every match).
 *
 * @public
 */
export type RedactRule = string | RegExp;

/** The replacement text. */
export const REDACTED = '[redacted]';

/** No app rules (a module constant: made once, at load). */
const NO_RULES: readonly RedactRule[] = [];

/** JSON Web Tokens (ACS access tokens) and `Bearer …` values ($1 keeps `Bearer `). */
const TOKENS = /eyJ[\w.-]*|(Bearer\s+)[\w.~+/=-]+/g;
/**
 * Secrets in text: `key=value`, `"key":"value"`, `key: value`, `\\"key\\":\\"value\\"` and `Authorization: <scheme> …`
 * for every key ending in a secret word. The key and separator ($1) stay; the value goes (quoted: up to its quote).
 */
const KEY_VALUE =
  /(\b\w*(?:token|key|secret|pass(?:w(?:or)?d)?|pwd|auth(?:orization)?|sig(?:nature)?|credential|cookie|session|username)s?\\*["']?\s*[:=]\s*(\\*(["']))?)(?:(?<=["'])(?:\\[^"']|(?!\3)[^\\\r\n])*|(?:(?:basic|bearer|digest|negotiate|sharedkey(?:lite)?)\s+)?[^\s"'\\&,;<>)}\]]+(?:;\s*[^\s"'\\&,;<>)}\]]+)*)/gi;
/** Removes the app's rules from one string: every occurrence of a string, every match of a RegExp. */
export function redactAppRules(text: string, rules?: readonly RedactRule[]): string {
  let out = String(text);
  for (const rule of rules ?? NO_RULES) {
    if (rule instanceof RegExp) out = out.replace(new RegExp(rule.source, `${rule.flags.replace('g', '')}g`), REDACTED);
    else if (typeof rule === 'string' && rule) out = out.split(rule).join(REDACTED);
  }
  return out;
}

/** Removes JWTs, `Bearer …` values and the values of secret keys in text (`key=value`, `"key":"value"`…). Linear. */
export function redactTokens(text: string): string {
  return text.replace(TOKENS, `$1${REDACTED}`).replace(KEY_VALUE, `$1${REDACTED}`);
}

/**
 * Removes the app's rules (every occurrence or match), JWTs, `Bearer …` values and the values of secret keys in
 * text (`key=value`, `"key":"value"`, `key: value`, `Authorization: …`) from one string. Linear.
 */
export function redactSecretValues(text: string, rules?: readonly RedactRule[]): string {
  return redactTokens(redactAppRules(text, rules));
}
