/**
 * A small, synchronous, non-cryptographic string hash (cyrb53-style, 64 bits as 16 hex digits).
 *
 * It is **not for secrecy** on its own: a user id can be guessed and hashed again, so the history's storage keys
 * hash the user id together with a random per-install salt.
 */
export function hashId(value: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < value.length; i += 1) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * 128 random bits, made once per install and kept beside the history: `crypto.getRandomValues`, else
 * `Math.random` (still per install, just weaker). Salting the user id's hash makes the same user's storage key
 * differ on every site and device, so keys cannot be joined across them or matched against precomputed hashes of
 * phone numbers or e-mail addresses. It is stored beside the key: it does not stop a guess tested by someone who can
 * read that storage.
 */
export function randomSalt(): string {
  try {
    return globalThis.crypto.getRandomValues(new Uint32Array(4)).join('.');
  } catch {
    return `${Math.random()}${Math.random()}`;
  }
}
