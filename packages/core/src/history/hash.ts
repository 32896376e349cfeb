/**
 * A small, synchronous, non-cryptographic string hash (cyrb53-style, 64 bits as 16 hex digits).
 *
 * It is **not for secrecy**: a user id can be guessed and hashed again. It only keeps raw ids (ACS identifiers,
 * e-mail addresses) out of `localStorage`, where any script of the origin and any person with the device can read
 * them. Stable across sessions and browsers, so the same user finds the same history.
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
