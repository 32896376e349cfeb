import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashId } from './hash.js';
import { createMemoryHistory, createOutcomeHistory, type HistoryStorage, historyKey } from './outcomeHistory.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_700_000_000_000;
const DEVICE = 'call-diagnostics:history:v1:device';
const SALT_KEY = `${DEVICE}:salt`;

/**
 * A Web Storage like `localStorage`: values are strings (`setItem(k, null)` stores "null"), with `key()`/`length`
 * and `removeItem`, and every call counted.
 */
function webStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: vi.fn((i: number) => [...data.keys()][i] ?? null),
    getItem: vi.fn((k: string): string | null => data.get(k) ?? null),
    setItem: vi.fn((k: string, v: string) => void data.set(k, String(v))),
    removeItem: vi.fn((k: string) => void data.delete(k)),
  };
}

const doc = (outcomes: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ v: 1, outcomes, ...extra });
const stored = (s: { data: Map<string, string> }, key = DEVICE) => JSON.parse(s.data.get(key) ?? 'null');

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('historyKey', () => {
  it('the unsalted key of earlier versions is u:<hash of the user id>; salted, s:<hash of salt|id>', () => {
    expect(historyKey('alice')).toBe(`call-diagnostics:history:v1:u:${hashId('alice')}`);
    expect(historyKey('alice', 'app', 'pepper')).toBe(`app:history:v1:s:${hashId('pepper|alice')}`);
    expect(historyKey('', 'app', 'pepper')).toBe('app:history:v1:device');
  });
});

describe('the per-install salt (issue 12)', () => {
  it('a storage that does not keep the salt gives each instance its own random key (never a fixed one)', () => {
    const s = webStorage();
    const refusing: HistoryStorage = {
      getItem: (k) => s.getItem(k),
      setItem: (k, v) => {
        if (k !== SALT_KEY) s.setItem(k, v);
      },
    };
    const a = createOutcomeHistory({ storage: refusing, userId: 'me', now: () => NOW });
    const b = createOutcomeHistory({ storage: refusing, userId: 'me', now: () => NOW });
    a.record({ at: NOW, code: 0 });
    b.record({ at: NOW, code: 1 });
    const keys = [...s.data.keys()];
    expect(keys).toHaveLength(2);
    for (const k of keys) expect(k).toMatch(/^call-diagnostics:history:v1:s:[0-9a-f]{16}$/);
    expect(a.list()).toEqual([{ at: NOW, code: 0 }]);
    expect(b.list()).toEqual([{ at: NOW, code: 1 }]);
  });

  it('a first read for a user stores the salt and nothing else', () => {
    const s = webStorage();
    const h = createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW });
    expect(h.list()).toEqual([]);
    expect([...s.data.keys()]).toEqual([SALT_KEY]);
    expect(h.status()).toEqual({ backend: 'memory', problem: undefined });
    expect(s.removeItem).not.toHaveBeenCalled();
  });

  it('an unsalted history does not overwrite a salted one already there; the unsalted key is removed', () => {
    const salted = historyKey('me', undefined, '1.2.3.4');
    const legacy = historyKey('me');
    const s = webStorage({
      [SALT_KEY]: '1.2.3.4',
      [salted]: doc([{ at: NOW - 1, code: 0 }]),
      [legacy]: doc([{ at: NOW - 2, code: 410, subCode: 3112 }]),
    });
    const h = createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW });
    expect(h.list()).toEqual([{ at: NOW - 1, code: 0 }]);
    expect(s.data.has(legacy)).toBe(false);
  });
});

describe('stored entries are validated one by one', () => {
  it('keeps only finite at and code, a finite subCode, and a call ID hash of at most 64 characters', () => {
    const s = webStorage({
      [DEVICE]: doc([
        { at: NOW - 7, code: 'x' },
        { at: 'x', code: 0 },
        { at: NOW - 6, code: 0, subCode: 'x' },
        { at: NOW - 5, code: 0, subCode: null },
        { at: NOW - 4, code: 1, call: 'a'.repeat(64) },
        { at: NOW - 3, code: 2, call: 'b'.repeat(65) },
        { at: NOW - 2, code: 3, call: 7 },
        { at: NOW - 1, code: 4, subCode: 5 },
      ]),
    });
    const h = createOutcomeHistory({ storage: s, now: () => NOW });
    expect(h.list()).toStrictEqual([
      { at: NOW - 6, code: 0 },
      { at: NOW - 5, code: 0 },
      { at: NOW - 4, code: 1 },
      { at: NOW - 3, code: 2 },
      { at: NOW - 2, code: 3 },
      { at: NOW - 1, code: 4, subCode: 5 },
    ]);
    h.record({ at: NOW, code: 0 });
    expect(stored(s).outcomes).toStrictEqual([
      { at: NOW - 6, code: 0 },
      { at: NOW - 5, code: 0 },
      { at: NOW - 4, code: 1, call: 'a'.repeat(64) },
      { at: NOW - 3, code: 2 },
      { at: NOW - 2, code: 3 },
      { at: NOW - 1, code: 4, subCode: 5 },
      { at: NOW, code: 0 },
    ]);
  });

  it('reads only the last 10 × maxOutcomes entries of a document (whatever their dates)', () => {
    // maxOutcomes 2: the last 20 entries are read. The first is the newest, but it is not among them.
    const older = Array.from({ length: 19 }, (_, i) => ({ at: NOW - 1000 + i, code: 0 }));
    const s = webStorage({ [DEVICE]: doc([{ at: NOW, code: 9 }, { at: NOW - 1, code: 8 }, ...older]) });
    const h = createOutcomeHistory({ storage: s, now: () => NOW, maxOutcomes: 2 });
    expect(h.list()).toEqual([
      { at: NOW - 982, code: 0 },
      { at: NOW - 1, code: 8 },
    ]);
  });
});

describe('storage statuses (issue 12)', () => {
  it.each([
    ['QuotaExceededError (name)', Object.assign(new Error('full'), { name: 'QuotaExceededError' }), 'quota'],
    [
      'Firefox NS_ERROR_DOM_QUOTA_REACHED',
      Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      'quota',
    ],
    ['legacy code 22', { code: 22 }, 'quota'],
    ['Firefox code 1014', { code: 1014 }, 'quota'],
    ['another DOMException', { name: 'InvalidStateError', code: 11 }, 'write-threw'],
    ['a plain Error', new Error('nope'), 'write-threw'],
    ['null', null, 'write-threw'],
    ['undefined', undefined, 'write-threw'],
    ['a string', 'nope', 'write-threw'],
  ])('a write throwing %s is %s', (_name, error, problem) => {
    const h = createOutcomeHistory({
      storage: {
        getItem: () => null,
        setItem: () => {
          throw error;
        },
      },
      now: () => NOW,
    });
    expect(h.record({ at: NOW, code: 0 })).toBe(true);
    expect(h.status()).toEqual({ backend: 'memory', problem });
    expect(h.list()).toEqual([{ at: NOW, code: 0 }]);
  });

  it.each([
    ['an array', '[]', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['an object without a version', '{}', 'wrong-version'],
    ['version 2', JSON.stringify({ v: 2, outcomes: [] }), 'wrong-version'],
    ['version "1" (a string)', JSON.stringify({ v: '1', outcomes: [] }), 'wrong-version'],
  ])('a document that is %s is %s', (_name, raw, problem) => {
    const h = createOutcomeHistory({ storage: webStorage({ [DEVICE]: raw }), now: () => NOW });
    expect(h.list()).toEqual([]);
    expect(h.status()).toEqual({ backend: 'memory', problem });
  });

  it('a getItem that returns undefined (not a string, not null) reads as an empty history', () => {
    const data = new Map<string, string>();
    const h = createOutcomeHistory({
      storage: { getItem: () => undefined as unknown as null, setItem: (k, v) => void data.set(k, v) },
      now: () => NOW,
    });
    expect(h.list()).toEqual([]);
    expect(h.status()).toEqual({ backend: 'memory', problem: undefined });
    h.record({ at: NOW, code: 0 });
    expect(h.status()).toEqual({ backend: 'storage', problem: undefined });
  });

  it('storage: null never touches localStorage', () => {
    const ls = webStorage();
    vi.stubGlobal('localStorage', ls);
    for (const h of [
      createOutcomeHistory({ storage: null, now: () => NOW }),
      createMemoryHistory({ now: () => NOW }),
    ]) {
      h.record({ at: NOW, code: 0 });
      h.clear();
      expect(h.status()).toEqual({ backend: 'memory', problem: undefined });
    }
    expect(ls.getItem).not.toHaveBeenCalled();
    expect(ls.setItem).not.toHaveBeenCalled();
  });

  it.each([
    ['without getItem', { setItem: () => {} }],
    ['without setItem', { getItem: () => null }],
    ['with a non-function getItem', { getItem: 'x', setItem: () => {} }],
    ['empty', {}],
  ])('a localStorage %s is unavailable (memory), not a storage that throws', (_name, ls) => {
    vi.stubGlobal('localStorage', ls);
    const h = createOutcomeHistory({ now: () => NOW });
    expect(h.record({ at: NOW, code: 0 })).toBe(true);
    expect(h.list()).toEqual([{ at: NOW, code: 0 }]);
    expect(h.status()).toEqual({ backend: 'memory', problem: 'unavailable' });
  });

  it('a localStorage that throws when touched (storage blocked) is unavailable', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    try {
      const h = createOutcomeHistory({ now: () => NOW });
      expect(h.record({ at: NOW, code: 0 })).toBe(true);
      expect(h.status()).toEqual({ backend: 'memory', problem: 'unavailable' });
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('clear() without storage is not a failed write', () => {
    const memory = createMemoryHistory({ now: () => NOW });
    memory.record({ at: NOW, code: 0 });
    memory.clear();
    expect(memory.list()).toEqual([]);
    expect(memory.status()).toEqual({ backend: 'memory', problem: undefined });
    const unavailable = createOutcomeHistory({ now: () => NOW });
    unavailable.clear();
    expect(unavailable.status()).toEqual({ backend: 'memory', problem: 'unavailable' });
  });
});

describe('bounds at their exact edges (issue 12)', () => {
  it('maxOutcomes 1 and maxAgeMs 0 are valid bounds', () => {
    const h = createMemoryHistory({ now: () => NOW, maxOutcomes: 1, maxAgeMs: 0 });
    h.record({ at: NOW - 1, code: 0 });
    expect(h.list()).toEqual([]);
    h.record({ at: NOW, code: 1 });
    h.record({ at: NOW, code: 2 });
    expect(h.list()).toEqual([{ at: NOW, code: 2 }]);
  });

  it('an outcome exactly maxAgeMs old is kept, one a millisecond older is dropped', () => {
    const h = createMemoryHistory({ now: () => NOW, maxAgeMs: DAY });
    h.record({ at: NOW - DAY - 1, code: 1 });
    h.record({ at: NOW - DAY, code: 2 });
    expect(h.list()).toEqual([{ at: NOW - DAY, code: 2 }]);
  });

  it('an outcome exactly a minute ahead is kept, one a millisecond further is dropped', () => {
    const h = createMemoryHistory({ now: () => NOW });
    h.record({ at: NOW + 60_001, code: 1 });
    h.record({ at: NOW + 60_000, code: 2 });
    expect(h.list()).toEqual([{ at: NOW + 60_000, code: 2 }]);
  });

  it('exactly maxOutcomes outcomes are all kept; one more drops the oldest', () => {
    const h = createMemoryHistory({ now: () => NOW, maxOutcomes: 3 });
    for (let i = 3; i >= 1; i -= 1) h.record({ at: NOW - i, code: i });
    expect(h.list().map((o) => o.code)).toEqual([3, 2, 1]);
    h.record({ at: NOW, code: 0 });
    expect(h.list().map((o) => o.code)).toEqual([2, 1, 0]);
  });

  it('outcomes of the same time and code but another subcode or call are distinct', () => {
    const h = createMemoryHistory({ now: () => NOW });
    expect(h.record({ at: NOW, code: 410, subCode: 3112 })).toBe(true);
    expect(h.record({ at: NOW, code: 410, subCode: 3113 })).toBe(true);
    expect(h.record({ at: NOW, code: 410 })).toBe(true);
    expect(h.record({ at: NOW, code: 0, callId: 'call-1' })).toBe(true);
    expect(h.record({ at: NOW, code: 0, callId: 'call-2' })).toBe(true);
    expect(h.list()).toEqual([
      { at: NOW, code: 410, subCode: 3112 },
      { at: NOW, code: 410, subCode: 3113 },
      { at: NOW, code: 410 },
      { at: NOW, code: 0 },
      { at: NOW, code: 0 },
    ]);
  });
});

describe('writes: when, and what (issue 12)', () => {
  it('a read of a document that holds everything does not write', () => {
    const s = webStorage();
    const h = createOutcomeHistory({ storage: s, now: () => NOW });
    h.record({ at: NOW - 1, code: 0 });
    h.record({ at: NOW, code: 1 });
    expect(s.setItem).toHaveBeenCalledTimes(2);
    expect(h.list()).toHaveLength(2);
    expect(createOutcomeHistory({ storage: s, now: () => NOW }).list()).toHaveLength(2);
    expect(s.setItem).toHaveBeenCalledTimes(2);
  });

  it('a storage that cannot be read is not written by a read', () => {
    let writes = 0;
    const h = createOutcomeHistory({
      storage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          writes += 1;
          if (writes === 1) throw new Error('busy');
        },
      },
      now: () => NOW,
    });
    h.record({ at: NOW, code: 0 });
    expect(h.status()).toEqual({ backend: 'memory', problem: 'write-threw' });
    expect(h.list()).toEqual([{ at: NOW, code: 0 }]);
    expect(h.status()).toEqual({ backend: 'memory', problem: 'read-threw' });
    expect(writes).toBe(1);
  });

  it('while storage cannot be read, the outcomes last written (other tabs’ too) are shown', () => {
    const s = webStorage();
    createOutcomeHistory({ storage: s, now: () => NOW }).record({ at: NOW - 2, code: 1 });
    let broken = false;
    const a = createOutcomeHistory({
      storage: {
        getItem: (k) => {
          if (broken) throw new Error('SecurityError');
          return s.getItem(k);
        },
        setItem: (k, v) => s.setItem(k, v),
      },
      now: () => NOW,
    });
    a.record({ at: NOW - 1, code: 2 });
    broken = true;
    expect(a.list()).toEqual([
      { at: NOW - 2, code: 1 },
      { at: NOW - 1, code: 2 },
    ]);
    expect(a.status()).toEqual({ backend: 'memory', problem: 'read-threw' });
  });

  /** A storage over `s` whose next `failures` writes throw `error`. */
  function failingWrites(s: ReturnType<typeof webStorage>, error: unknown) {
    const storage = {
      failures: 0,
      getItem: (k: string) => s.getItem(k),
      setItem: vi.fn((k: string, v: string) => {
        if (storage.failures > 0) {
          storage.failures -= 1;
          throw error;
        }
        s.setItem(k, v);
      }),
    };
    return storage;
  }

  const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  const tenOld = (n: number) => Array.from({ length: n }, (_, i) => ({ at: NOW - 100 + i, code: 0 }));

  it('a write that fails for another reason than quota is not retried with fewer outcomes', () => {
    const s = webStorage({ [DEVICE]: doc(tenOld(10)) });
    const storage = failingWrites(s, new Error('nope'));
    storage.failures = 1;
    const h = createOutcomeHistory({ storage, now: () => NOW });
    h.record({ at: NOW, code: 1 });
    expect(storage.setItem).toHaveBeenCalledTimes(1);
    expect(stored(s).outcomes).toEqual(tenOld(10));
    expect(h.status()).toEqual({ backend: 'memory', problem: 'write-threw' });
  });

  it('quota with ten outcomes or fewer is not retried (the newest ten are what failed)', () => {
    const s = webStorage({ [DEVICE]: doc(tenOld(9)) });
    const storage = failingWrites(s, quota);
    storage.failures = 1;
    const h = createOutcomeHistory({ storage, now: () => NOW });
    h.record({ at: NOW, code: 1 });
    expect(storage.setItem).toHaveBeenCalledTimes(1);
    expect(stored(s).outcomes).toEqual(tenOld(9));
    expect(h.status()).toEqual({ backend: 'memory', problem: 'quota' });
  });

  it('quota with eleven outcomes is retried with the newest ten', () => {
    const s = webStorage({ [DEVICE]: doc(tenOld(10)) });
    const storage = failingWrites(s, quota);
    storage.failures = 1;
    const h = createOutcomeHistory({ storage, now: () => NOW });
    h.record({ at: NOW, code: 1 });
    expect(storage.setItem).toHaveBeenCalledTimes(2);
    expect(stored(s).outcomes).toEqual([...tenOld(10).slice(1), { at: NOW, code: 1 }]);
    expect(h.status()).toEqual({ backend: 'memory', problem: 'quota' });
  });

  it('a clear whose write failed is written by the next read, for every other reader', () => {
    const s = webStorage();
    createOutcomeHistory({ storage: s, now: () => NOW }).record({ at: NOW - 2, code: 1 });
    const storage = failingWrites(s, new Error('busy'));
    storage.failures = 1;
    const a = createOutcomeHistory({ storage, now: () => NOW });
    a.clear();
    expect(a.status()).toEqual({ backend: 'memory', problem: 'write-threw' });
    expect(stored(s).outcomes).toHaveLength(1);
    expect(a.list()).toEqual([]);
    expect(a.status()).toEqual({ backend: 'storage', problem: undefined });
    expect(stored(s)).toMatchObject({ v: 1, outcomes: [], cleared: expect.any(Number) });
    expect(createOutcomeHistory({ storage: s, now: () => NOW }).list()).toEqual([]);
  });
});

describe('clear marks across instances (issue 12)', () => {
  it('an outcome another tab recorded in the same millisecond as a clear is cleared too', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const s = webStorage();
    const now = () => NOW;
    const a = createOutcomeHistory({ storage: s, now });
    const b = createOutcomeHistory({ storage: s, now });
    b.record({ at: NOW, code: 1 });
    a.clear();
    expect(b.list()).toEqual([]);
    expect(createOutcomeHistory({ storage: s, now }).list()).toEqual([]);
  });

  it('the clear mark stays in its millisecond: an outcome another tab recorded in the next one stays', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    const s = webStorage();
    const a = createOutcomeHistory({ storage: s, now: () => NOW });
    const b = createOutcomeHistory({ storage: s, now: () => NOW + 1 });
    b.record({ at: NOW + 1, code: 1 });
    a.clear();
    expect(b.list()).toEqual([{ at: NOW + 1, code: 1 }]);
    expect(createOutcomeHistory({ storage: s, now: () => NOW + 1 }).list()).toEqual([{ at: NOW + 1, code: 1 }]);
  });

  it('a second clear after the clock went back is still newer than the first', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const s = webStorage();
    let t = NOW;
    const now = () => t;
    const a = createOutcomeHistory({ storage: s, now });
    a.clear();
    t = NOW - 50; // the clock is set back
    const b = createOutcomeHistory({ storage: s, now });
    b.record({ at: t - 10, code: 1 });
    expect(b.list()).toEqual([{ at: t - 10, code: 1 }]);
    a.clear();
    expect(b.list()).toEqual([]);
    expect(a.list()).toEqual([]);
    expect(createOutcomeHistory({ storage: s, now }).list()).toEqual([]);
  });

  it('what an instance recorded before, or in the millisecond of, another instance’s clear goes; what it recorded after stays', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const s = webStorage();
    let t = NOW + 1;
    const now = () => t;
    let broken = false;
    const a = createOutcomeHistory({
      storage: {
        getItem: (k) => {
          if (broken) throw new Error('SecurityError');
          return s.getItem(k);
        },
        setItem: (k, v) => {
          if (broken) throw new Error('SecurityError');
          s.setItem(k, v);
        },
      },
      now,
    });
    const b = createOutcomeHistory({ storage: s, now });
    a.record({ at: t, code: 1 });
    t = NOW + 2;
    b.clear(); // its mark is exactly NOW + 2 (no random fraction)
    broken = true; // tab A does not see the clear yet
    a.record({ at: t, code: 2 });
    t = NOW + 3;
    a.record({ at: t, code: 3 });
    broken = false;
    t = NOW + 4;
    expect(a.list()).toEqual([{ at: NOW + 3, code: 3 }]);
    expect(b.list()).toEqual([{ at: NOW + 3, code: 3 }]);
  });
});

describe('pruning other users’ histories (issue 12)', () => {
  const KEY1 = 'call-diagnostics:history:v1:s:0000000000000001';
  const KEY2 = 'call-diagnostics:history:v1:u:0000000000000002';
  const old = doc([{ at: NOW - 40 * DAY, code: 0 }]);

  it('removes exactly the stale histories, with one removeItem each', () => {
    const s = webStorage({ [SALT_KEY]: '1.2.3.4', [KEY1]: old, [KEY2]: old });
    createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW }).record({ at: NOW, code: 0 });
    expect(s.removeItem.mock.calls).toEqual([[KEY1], [KEY2]]);
  });

  it('prunes once per instance: a stale history that appears later waits for the next instance', () => {
    const s = webStorage({ [SALT_KEY]: '1.2.3.4' });
    const h = createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW });
    h.record({ at: NOW - 1, code: 0 });
    s.data.set(KEY1, old);
    h.record({ at: NOW, code: 0 });
    expect(s.data.has(KEY1)).toBe(true);
    createOutcomeHistory({ storage: s, userId: 'other', now: () => NOW }).record({ at: NOW, code: 0 });
    expect(s.data.has(KEY1)).toBe(false);
  });

  it('a history whose newest entry is exactly maxAgeMs old is kept; a millisecond older, removed', () => {
    const s = webStorage({
      [SALT_KEY]: '1.2.3.4',
      [KEY1]: doc([{ at: NOW - DAY, code: 0 }]),
      [KEY2]: doc([{ at: NOW - DAY - 1, code: 0 }]),
      'call-diagnostics:history:v1:s:0000000000000003': doc([], { cleared: NOW - DAY + 0.5 }),
    });
    createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW, maxAgeMs: DAY }).record({ at: NOW, code: 0 });
    expect(s.data.has(KEY1)).toBe(true);
    expect(s.data.has(KEY2)).toBe(false);
    expect(s.data.has('call-diagnostics:history:v1:s:0000000000000003')).toBe(true);
  });

  it('keeps keys that only look like a user history, and other-version documents under a v1 key', () => {
    const lookalikes = [
      'call-diagnostics:history:v1:x:s:0000000000000001',
      'call-diagnostics:history:v1:s:0000000000000001:old',
      'call-diagnostics:history:v1:s:000000000000000g',
      'call-diagnostics:history:v1:s:00000000000000001',
    ];
    const s = webStorage({
      [SALT_KEY]: '1.2.3.4',
      ...Object.fromEntries(lookalikes.map((k) => [k, old])),
      [KEY1]: JSON.stringify({ v: 2, outcomes: [] }),
    });
    const h = createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW });
    h.record({ at: NOW, code: 0 });
    for (const k of [...lookalikes, KEY1]) expect(s.data.has(k)).toBe(true);
    expect(s.removeItem).not.toHaveBeenCalled();
    expect(h.status()).toEqual({ backend: 'storage', problem: undefined });
  });

  it('never removes the own key, even when it holds nothing within maxAgeMs', () => {
    const own = historyKey('me', undefined, '1.2.3.4');
    const s = webStorage({ [SALT_KEY]: '1.2.3.4', [own]: old });
    const h = createOutcomeHistory({ storage: s, userId: 'me', now: () => NOW });
    expect(h.record({ at: NOW - 40 * DAY, code: 0 })).toBe(true);
    expect(h.list()).toEqual([]);
    expect(stored(s, own)).toEqual({ v: 1, outcomes: [] });
  });

  it('skips a key() that returns null (a key removed meanwhile)', () => {
    const s = webStorage({ [SALT_KEY]: '1.2.3.4', [KEY1]: old });
    const storage = {
      ...s,
      get length() {
        return s.data.size + 1;
      },
    };
    const h = createOutcomeHistory({ storage, userId: 'me', now: () => NOW });
    h.record({ at: NOW, code: 0 });
    expect(h.status()).toEqual({ backend: 'storage', problem: undefined });
    expect(s.data.has(KEY1)).toBe(false);
  });

  it.each([
    ['without key()', (s: ReturnType<typeof webStorage>) => ({ ...s, key: undefined })],
    ['without removeItem', (s: ReturnType<typeof webStorage>) => ({ ...s, removeItem: undefined })],
    [
      'whose length is not a number',
      (s: ReturnType<typeof webStorage>) => ({ ...s, length: String(s.data.size) as unknown as number }),
    ],
    ['without length', (s: ReturnType<typeof webStorage>) => ({ ...s, length: undefined })],
  ])('a storage %s is not pruned, and works', (_name, make) => {
    const s = webStorage({ [SALT_KEY]: '1.2.3.4', [KEY1]: old });
    const h = createOutcomeHistory({ storage: make(s) as HistoryStorage, userId: 'me', now: () => NOW });
    expect(h.record({ at: NOW, code: 0 })).toBe(true);
    expect(h.status()).toEqual({ backend: 'storage', problem: undefined });
    expect(s.data.has(KEY1)).toBe(true);
    expect(h.list()).toEqual([{ at: NOW, code: 0 }]);
  });
});

describe('a clear storage has not taken yet (issue 12)', () => {
  /** A storage over `s` that throws on every access while `broken` is set. */
  function breakable(s: ReturnType<typeof webStorage>) {
    const storage = {
      broken: false,
      getItem: (k: string) => {
        if (storage.broken) throw new Error('SecurityError');
        return s.getItem(k);
      },
      setItem: (k: string, v: string) => {
        if (storage.broken) throw new Error('SecurityError');
        s.setItem(k, v);
      },
    };
    return storage;
  }

  it('an earlier clear of the same millisecond with a larger fraction is not taken for a later one', () => {
    const random = vi.spyOn(Math, 'random');
    const s = webStorage();
    const now = () => NOW;
    createOutcomeHistory({ storage: s, now }).record({ at: NOW - 10, code: 1 });
    const b = createOutcomeHistory({ storage: s, now });
    random.mockReturnValue(0.9);
    b.clear(); // mark NOW + 0.8991
    b.record({ at: NOW, code: 2 });
    const storage = breakable(s);
    const a = createOutcomeHistory({ storage, now });
    storage.broken = true;
    random.mockReturnValue(0.1);
    a.clear(); // after B's, in the same millisecond: mark NOW + 0.0999, neither read nor written
    storage.broken = false;
    expect(a.list()).toEqual([]);
    expect(stored(s)).toEqual({ v: 1, outcomes: [], cleared: NOW + 0.1 * 0.999 });
    expect(a.status()).toEqual({ backend: 'storage', problem: undefined });
  });

  it('a clear by another instance in a later millisecond wins over this instance’s unwritten one', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const s = webStorage();
    let t = NOW;
    const now = () => t;
    const storage = breakable(s);
    const a = createOutcomeHistory({ storage, now });
    storage.broken = true;
    a.clear(); // NOW + 0.4995, unwritten
    t = NOW + 1;
    const b = createOutcomeHistory({ storage: s, now });
    b.clear(); // NOW + 1.4995
    b.record({ at: t, code: 2 });
    storage.broken = false;
    expect(a.list()).toEqual([{ at: NOW + 1, code: 2 }]);
    expect(stored(s)).toEqual({ v: 1, outcomes: [{ at: NOW + 1, code: 2 }], cleared: NOW + 1 + 0.5 * 0.999 });
  });

  it('once storage holds the clear (its write threw after writing), later outcomes of other tabs are shown', () => {
    const s = webStorage();
    let wrote = false;
    const a = createOutcomeHistory({
      storage: {
        getItem: (k) => s.getItem(k),
        setItem: (k, v) => {
          s.setItem(k, v);
          if (!wrote) {
            wrote = true;
            throw new Error('written, then failed');
          }
        },
      },
      now: () => NOW,
    });
    a.clear();
    expect(a.status().problem).toBe('write-threw');
    const b = createOutcomeHistory({ storage: s, now: () => NOW + 1 });
    b.record({ at: NOW + 1, code: 2 });
    expect(a.list()).toEqual([{ at: NOW + 1, code: 2 }]);
    expect(stored(s).outcomes).toEqual([{ at: NOW + 1, code: 2 }]);
  });

  it('a document written from a read older than this instance’s clear is not read back', () => {
    const s = webStorage();
    let t = NOW;
    const now = () => t;
    createOutcomeHistory({ storage: s, now }).record({ at: t, code: 1 });
    let stale: string | null | undefined;
    const b = createOutcomeHistory({
      storage: { ...s, getItem: (k: string) => (stale !== undefined ? stale : s.getItem(k)) },
      now,
    });
    stale = s.getItem(DEVICE); // tab B read before the clear...
    const a = createOutcomeHistory({ storage: s, now });
    t += 1;
    a.clear();
    t += 1;
    b.record({ at: t, code: 2 }); // ...and writes after it, without the clear mark
    stale = undefined;
    expect(stored(s).cleared).toBeUndefined();
    expect(a.list()).toEqual([]);
  });

  it('a document that turned unreadable is not overwritten by a read, even with outcomes of this session', () => {
    const s = webStorage();
    const h = createOutcomeHistory({ storage: s, now: () => NOW });
    h.record({ at: NOW, code: 1 });
    s.data.set(DEVICE, '{not json');
    expect(h.list()).toEqual([{ at: NOW, code: 1 }]);
    expect(h.status()).toEqual({ backend: 'memory', problem: 'corrupt' });
    expect(s.data.get(DEVICE)).toBe('{not json');
  });
});
