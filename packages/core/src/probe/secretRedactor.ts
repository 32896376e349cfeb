/**
 * Credentials never leave the probe: every username, credential and URL userinfo it was given is cut out of the error
 * texts it reports (browsers quote the configuration they refuse).
 */
import { redactText } from '../report/redact.js';

/** A URL as given, with the server's credentials (any type: the app's data is not trusted). */
export interface SecretSource {
  readonly raw: unknown;
  readonly username?: unknown;
  readonly credential?: unknown;
}

/** A scheme at the very start of a URL (`turn:`, `turn://`), which is not part of the userinfo. */
const SCHEME_PREFIX = /^\s*[a-z]+:(\/\/)?/i;

/** Every string that must never appear in output, longest first: usernames, credentials and URL userinfo. */
function secretsOf(sources: readonly SecretSource[]): string[] {
  const secrets = new Set<string>();
  for (const { raw, username, credential } of sources) {
    if (typeof username === 'string') secrets.add(username);
    if (typeof credential === 'string') secrets.add(credential);
    if (typeof raw === 'string') {
      // Everything before the last `@` (nothing when there is none), without the scheme; each `:` part on its own.
      const userinfo = raw.slice(0, Math.max(0, raw.lastIndexOf('@'))).replace(SCHEME_PREFIX, '');
      for (const part of [userinfo, ...userinfo.split(':')]) secrets.add(part);
    }
  }
  secrets.delete('');
  return [...secrets].sort((a, b) => b.length - a.length);
}

/**
 * A function that scrubs the secrets of `sources` and any URL credentials from an error text. A secret shorter than 3
 * characters cannot be cut out without garbling the text: a text holding one is replaced whole.
 */
export function secretRedactor(sources: readonly SecretSource[]): (text: string) => string {
  const secrets = secretsOf(sources);
  return (text) => {
    let out = text;
    for (const secret of secrets) {
      if (secret.length < 3 && out.includes(secret)) return `[redacted] (the error text held a credential)`;
      out = out.split(secret).join('[redacted]');
    }
    return redactText(out, undefined, true);
  };
}
