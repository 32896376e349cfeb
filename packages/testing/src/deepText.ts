/**
 * Every string reachable from a value, one per line: what a check for leaked secrets should search.
 *
 * `JSON.stringify` is the wrong tool for that: an `Error` becomes `{}` (its message and stack are not enumerable),
 * a `Map` or `Set` becomes `{}`, a cycle throws and `String(object)` says `[object Object]`. `deepText` walks own
 * properties (enumerable or not, Symbol keys included, and the keys themselves), the getters of a class's
 * prototype, an error's `name`, `message`, `stack` and `cause`, array items, `Map`/`Set`/`URLSearchParams`/`Headers`
 * entries and a `URL`'s text, at any depth, each object once.
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
    stack.push(...inside(v));
    if (typeof v === 'function') continue;
    for (const key of Reflect.ownKeys(v)) {
      out.push(String(key));
      stack.push(read(v, key, v));
    }
    for (const [key, getter] of prototypeGetters(v)) {
      out.push(String(key));
      stack.push(read(v, key, v, getter));
    }
  }
  return out.join('\n');
}

/** What a built-in keeps out of its own properties: an error's message and cause, entries, a URL's text. */
function inside(v: object): unknown[] {
  const items: unknown[] = [];
  if (v instanceof Error) items.push(v.name, v.message, v.stack, (v as { cause?: unknown }).cause);
  if (v instanceof URL) items.push(v.href);
  const entries =
    v instanceof Map ||
    v instanceof URLSearchParams ||
    (typeof Headers === 'function' && v instanceof Headers) ||
    v instanceof Set;
  if (entries) for (const entry of v as Iterable<unknown>) items.push(entry);
  return items;
}

/** A property's value; undefined when its getter throws. */
function read(v: object, key: PropertyKey, receiver: object, getter?: () => unknown): unknown {
  try {
    return getter ? getter.call(receiver) : (v as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined; // a throwing getter
  }
}

/** The getters of `v`'s prototypes written in code (a class's `get password()`), not those of built-ins. */
function prototypeGetters(v: object): Array<[PropertyKey, () => unknown]> {
  const getters: Array<[PropertyKey, () => unknown]> = [];
  for (let proto = Object.getPrototypeOf(v); proto && !isBuiltIn(proto); proto = Object.getPrototypeOf(proto)) {
    for (const key of Reflect.ownKeys(proto)) {
      const get = Object.getOwnPropertyDescriptor(proto, key)?.get;
      if (get) getters.push([key, get]);
    }
  }
  return getters;
}

function isBuiltIn(proto: object): boolean {
  const ctor = (proto as { constructor?: unknown }).constructor;
  return typeof ctor !== 'function' || /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(ctor));
}
