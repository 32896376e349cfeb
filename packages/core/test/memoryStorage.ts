/**
 * The one Web Storage double of core's tests: a `Map` behind `getItem` / `setItem` / `removeItem` / `key` / `length`
 * (what `localStorage` offers), with the map itself in `data` for assertions. Faults are made by overriding a method:
 * `{ ...memoryStorage(), setItem: () => { throw quota } }`.
 */
export interface MemoryStorage {
  readonly data: Map<string, string>;
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(initial: Readonly<Record<string, string>> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}
