/**
 * Every string reachable from a value, one per line: what a check for leaked secrets should search.
 *
 * `JSON.stringify` is the wrong tool for that: an `Error` becomes `{}` (its message and stack are not enumerable),
 * a `Map` or `Set` becomes `{}`, a cycle throws and `String(object)` says `[object Object]`. `deepText` walks own
 * properties (enumerable or not, including keys), an error's `name`, `message`, `stack` and `cause`, array items and
 * `Map`/`Set` entries, at any depth, each object once.
 *
 * @example
 * ```ts
 * const spy = vi.spyOn(console, 'error');
 * // … run the code …
 * expect(deepText(spy.mock.calls)).not.toContain(turnCredential);
 * ```
 * @public
 */
export function deepText(value: unknown): string {
  const out: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < 1_000_000) {
    const v = stack.pop();
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      out.push(v);
      continue;
    }
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'symbol') {
      out.push(String(v));
      continue;
    }
    if (typeof v !== 'object' && typeof v !== 'function') continue;
    if (seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Error) stack.push(v.name, v.message, v.stack, (v as { cause?: unknown }).cause);
    if (v instanceof Map) for (const [k, item] of v) stack.push(k, item);
    if (v instanceof Set) for (const item of v) stack.push(item);
    if (typeof v === 'function') continue;
    for (const key of Object.getOwnPropertyNames(v)) {
      out.push(key);
      let item: unknown;
      try {
        item = (v as Record<string, unknown>)[key];
      } catch {
        continue; // a throwing getter
      }
      stack.push(item);
    }
  }
  return out.join('\n');
}
