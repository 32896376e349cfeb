import { describe, expect, it, vi } from 'vitest';
import { hashId } from './hash.js';
import {
  createMemoryHistory,
  createOutcomeHistory,
  DEFAULT_HISTORY_LIMITS,
  type HistoryStorage,
  historyKey,
} from './outcomeHistory.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_700_000_000_000;

function mapStorage(initial: Record<string, string> = {}): HistoryStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

const fail3112 = (at: number, callId?: string) => ({ at, code: 410, subCode: 3112, callId });

describe('createOutcomeHistory', () => {
  it('stores a namespaced, versioned document under a salted hash of the user id (never the raw id)', () => {
    const storage = mapStorage();
    const history = createOutcomeHistory({ storage, userId: '8:acs:alice@contoso.com', now: () => NOW });
    expect(history.record(fail3112(NOW - 1000, 'call-1'))).toBe(true);
    const salt = storage.data.get('call-diagnostics:history:v1:device:salt') ?? '';
    expect(salt).toMatch(/^[0-9a-z]+(\.[0-9a-z]+){3}$/);
    const key = historyKey('8:acs:alice@contoso.com', undefined, salt);
    expect(key).toBe(`call-diagnostics:history:v1:s:${hashId(`${salt}|8:acs:alice@contoso.com`)}`);
    expect(hashId('8:acs:alice@contoso.com')).toMatch(/^[0-9a-f]{16}$/);
    const raw = storage.data.get(key) ?? '';
    expect(JSON.parse(raw)).toMatchObject({ v: 1, outcomes: [{ at: NOW - 1000, code: 410, subCode: 3112 }] });
    expect([...storage.data.keys(), ...storage.data.values()].join()).not.toMatch(/alice|call-1/);
    expect(history.status()).toEqual({ backend: 'storage', problem: undefined });
  });

  it('keeps users and the device apart', () => {
    const storage = mapStorage();
    createOutcomeHistory({ storage, userId: 'a', now: () => NOW }).record(fail3112(NOW));
    expect(createOutcomeHistory({ storage, userId: 'b', now: () => NOW }).list()).toEqual([]);
    expect(createOutcomeHistory({ storage, now: () => NOW }).list()).toEqual([]);
    expect(createOutcomeHistory({ storage, userId: 'a', now: () => NOW }).list()).toHaveLength(1);
    expect(historyKey(undefined)).toBe('call-diagnostics:history:v1:device');
  });

  it('records a call ID once', () => {
    const history = createMemoryHistory({ now: () => NOW });
    expect(history.record(fail3112(NOW, 'call-1'))).toBe(true);
    expect(history.record(fail3112(NOW + 5, 'call-1'))).toBe(false);
    expect(history.list()).toHaveLength(1);
  });

  it('10,000 outcomes stay bounded to the last 50 and 30 days', () => {
    const storage = mapStorage();
    const history = createOutcomeHistory({ storage, now: () => NOW });
    for (let i = 0; i < 10_000; i += 1)
      history.record({ at: NOW - 10_000 + i, code: i % 3 === 0 ? 0 : 410, subCode: 3112 });
    const list = history.list();
    expect(list).toHaveLength(DEFAULT_HISTORY_LIMITS.maxOutcomes);
    expect(list.at(-1)?.at).toBe(NOW - 1);
    const doc = JSON.parse(storage.data.get(historyKey(undefined)) ?? '{}');
    expect(doc.outcomes).toHaveLength(50);

    const old = createMemoryHistory({ now: () => NOW, maxAgeMs: 30 * DAY, maxOutcomes: 5 });
    old.record({ at: NOW - 31 * DAY, code: 0 });
    old.record({ at: NOW - 29 * DAY, code: 0 });
    expect(old.list()).toEqual([{ at: NOW - 29 * DAY, code: 0 }]);
  });

  it('a stored document with 10,000 outcomes is read bounded', () => {
    const outcomes = Array.from({ length: 10_000 }, (_, i) => ({ at: NOW - 10_000 + i, code: 0 }));
    const storage = mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 1, outcomes }) });
    expect(createOutcomeHistory({ storage, now: () => NOW }).list()).toHaveLength(50);
  });

  type Status = ReturnType<ReturnType<typeof createOutcomeHistory>['status']>;
  const edges: Array<{ name: string; storage: () => HistoryStorage | null; read: Status; after: Status }> = [
    {
      name: 'no storage at all (memory only)',
      storage: () => null,
      read: { backend: 'memory', problem: undefined },
      after: { backend: 'memory', problem: undefined },
    },
    {
      name: 'storage throws on every access',
      storage: () => ({
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
      }),
      read: { backend: 'memory', problem: 'read-threw' },
      // The last thing done is a list(): its read threw again (the record's write threw before it).
      after: { backend: 'memory', problem: 'read-threw' },
    },
    {
      name: 'quota exceeded',
      storage: () => ({
        getItem: () => null,
        setItem: () => {
          throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        },
      }),
      read: { backend: 'memory', problem: undefined },
      after: { backend: 'memory', problem: 'quota' },
    },
    {
      name: 'corrupt JSON',
      storage: () => mapStorage({ [historyKey(undefined)]: '{not json' }),
      read: { backend: 'memory', problem: 'corrupt' },
      after: { backend: 'storage', problem: undefined },
    },
    {
      name: 'wrong shape',
      storage: () => mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 1, outcomes: 'nope' }) }),
      read: { backend: 'memory', problem: 'corrupt' },
      after: { backend: 'storage', problem: undefined },
    },
    {
      name: 'wrong version',
      storage: () =>
        mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 99, outcomes: [{ at: NOW, code: 410 }] }) }),
      read: { backend: 'memory', problem: 'wrong-version' },
      after: { backend: 'storage', problem: undefined },
    },
    {
      name: 'entries of the wrong shape inside a good document',
      storage: () =>
        mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 1, outcomes: [{ at: 'x' }, 5, null] }) }),
      read: { backend: 'memory', problem: undefined },
      after: { backend: 'storage', problem: undefined },
    },
  ];
  it.each(edges)(
    '$name: never throws, says what happened, keeps this session’s outcomes',
    ({ storage, read, after }) => {
      const history = createOutcomeHistory({ storage: storage(), now: () => NOW });
      expect(() => history.list()).not.toThrow();
      expect(history.list()).toEqual([]);
      expect(history.status()).toEqual(read);
      expect(history.record(fail3112(NOW - 2))).toBe(true);
      expect(history.record({ at: NOW - 1, code: 0 })).toBe(true);
      expect(history.list()).toEqual([
        { at: NOW - 2, code: 410, subCode: 3112 },
        { at: NOW - 1, code: 0 },
      ]);
      expect(history.status()).toEqual(after);
      expect(() => history.clear()).not.toThrow();
      expect(history.list()).toEqual([]);
    },
  );

  it('a corrupt or old document is replaced at the next write', () => {
    const storage = mapStorage({ [historyKey(undefined)]: '{not json' });
    const history = createOutcomeHistory({ storage, now: () => NOW });
    history.list();
    expect(history.status().problem).toBe('corrupt');
    history.record({ at: NOW, code: 0 });
    expect(JSON.parse(storage.data.get(historyKey(undefined)) ?? '')).toEqual({
      v: 1,
      outcomes: [{ at: NOW, code: 0 }],
    });
  });

  it('uses globalThis.localStorage lazily and falls back to memory without it', () => {
    const storage = mapStorage();
    vi.stubGlobal('localStorage', storage);
    try {
      createOutcomeHistory({ now: () => NOW }).record({ at: NOW, code: 0 });
      expect(storage.data.size).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
    const memory = createOutcomeHistory({ now: () => NOW });
    memory.record({ at: NOW, code: 0 });
    expect(memory.list()).toHaveLength(1);
    expect(memory.status()).toEqual({ backend: 'memory', problem: 'unavailable' });
  });

  it('ignores invalid outcomes', () => {
    const history = createMemoryHistory();
    expect(history.record({ at: Number.NaN, code: 0 })).toBe(false);
    expect(history.record(undefined as never)).toBe(false);
  });
});

describe('bounds that hold (issue 12)', () => {
  it.each([[{ maxOutcomes: Number.NaN }], [{ maxAgeMs: Number.NaN }], [{ maxOutcomes: 0 }], [{ maxAgeMs: -1 }]])(
    '%j is a TypeError naming the bounds, not a history without bounds',
    (bounds) => {
      expect(() => createOutcomeHistory({ storage: null, ...bounds })).toThrow(
        /maxOutcomes must be ≥ 1 and maxAgeMs ≥ 0/,
      );
    },
  );

  it('an outcome dated in the future (a clock set back, a forged entry) is dropped and cannot lock the classification', () => {
    const key = historyKey(undefined);
    const future = { at: NOW + 10 * 365 * DAY, code: 410, subCode: 3112 };
    const storage = mapStorage({
      [key]: JSON.stringify({ v: 1, outcomes: [future, future, { at: NOW - DAY, code: 0 }] }),
    });
    const history = createOutcomeHistory({ storage, now: () => NOW });
    expect(history.list()).toEqual([{ at: NOW - DAY, code: 0 }]);
    history.record({ at: NOW, code: 0 });
    expect(JSON.parse(storage.data.get(key) ?? '{}').outcomes.map((o: { at: number }) => o.at)).toEqual([
      NOW - DAY,
      NOW,
    ]);
    // A minute of clock skew between tabs is still kept.
    expect(history.record({ at: NOW + 30_000, code: 0 })).toBe(true);
    expect(history.list()).toHaveLength(3);
  });
});

describe('nothing lost, nothing resurrected (issue 12)', () => {
  /** A shared Web Storage with `key()`/`length`/`removeItem`, like `localStorage`. */
  function webStorage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return {
      data,
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  }

  it('clear() in one instance (another tab) is not undone by another instance merging its memory back', () => {
    const storage = webStorage();
    let t = NOW;
    const now = () => t;
    const a = createOutcomeHistory({ storage, now });
    const b = createOutcomeHistory({ storage, now });
    t += 1;
    a.record(fail3112(t, 'a-1'));
    t += 1;
    b.record(fail3112(t, 'b-1'));
    expect(a.list()).toHaveLength(2);
    t += 1;
    b.clear();
    expect(b.list()).toEqual([]);
    // Tab A still remembers a-1 from this session; it must not bring it (or b-1) back.
    expect(a.list()).toEqual([]);
    t += 1;
    a.record({ at: t, code: 0, callId: 'a-2' });
    expect(a.list()).toEqual([{ at: t, code: 0 }]);
    expect(createOutcomeHistory({ storage, now }).list()).toEqual([{ at: t, code: 0 }]);
  });

  it('two tabs recording at once do not lose an outcome (the later write was based on a stale read)', () => {
    const storage = webStorage();
    let t = NOW;
    const now = () => t;
    const key = historyKey(undefined);
    // Tab B reads the document before tab A writes, then writes after it: the classic lost update.
    let stale: string | null | undefined;
    const bStorage = {
      ...storage,
      getItem: (k: string) => (k === key && stale !== undefined ? stale : storage.getItem(k)),
    };
    const a = createOutcomeHistory({ storage, now });
    const b = createOutcomeHistory({ storage: bStorage, now });
    stale = storage.getItem(key);
    t += 1;
    a.record(fail3112(t, 'a-1'));
    t += 1;
    b.record(fail3112(t, 'b-1')); // writes [b-1] over [a-1]
    stale = undefined;
    // Tab A heals the document the next time it reads it: both outcomes are kept, for every reader.
    expect(a.list().map((o) => o.at)).toEqual([NOW + 1, NOW + 2]);
    expect(
      createOutcomeHistory({ storage, now })
        .list()
        .map((o) => o.at),
    ).toEqual([NOW + 1, NOW + 2]);
    expect(b.list().map((o) => o.at)).toEqual([NOW + 1, NOW + 2]);
  });

  it('prunes other users’ histories older than maxAgeMs, never the salt, the own key or other versions', () => {
    const old = JSON.stringify({ v: 1, outcomes: [{ at: NOW - 40 * DAY, code: 0 }] });
    const fresh = JSON.stringify({ v: 1, outcomes: [{ at: NOW - 2 * DAY, code: 0 }] });
    const storage = webStorage({
      'call-diagnostics:history:v1:device:salt': '1.2.3.4',
      'call-diagnostics:history:v1:s:0000000000000001': old,
      'call-diagnostics:history:v1:s:0000000000000002': fresh,
      'call-diagnostics:history:v1:u:0000000000000003': old,
      'call-diagnostics:history:v1:s:0000000000000004': '{not json',
      'call-diagnostics:history:v1:s:0000000000000005': JSON.stringify({ v: 1, outcomes: [] }),
      'call-diagnostics:history:v2:s:0000000000000006': old,
      'other-app:history:v1:s:0000000000000007': old,
      unrelated: 'x',
    });
    const history = createOutcomeHistory({ storage, userId: 'me', now: () => NOW });
    history.record({ at: NOW, code: 0 });
    expect([...storage.data.keys()].sort()).toEqual(
      [
        'call-diagnostics:history:v1:device:salt',
        'call-diagnostics:history:v1:s:0000000000000002',
        'call-diagnostics:history:v2:s:0000000000000006',
        historyKey('me', undefined, '1.2.3.4'),
        'other-app:history:v1:s:0000000000000007',
        'unrelated',
      ].sort(),
    );
  });

  it('a storage without key()/length (a custom HistoryStorage) is simply not pruned', () => {
    const storage = mapStorage({
      'call-diagnostics:history:v1:s:0000000000000001': JSON.stringify({ v: 1, outcomes: [] }),
    });
    const history = createOutcomeHistory({ storage, userId: 'me', now: () => NOW });
    expect(history.record({ at: NOW, code: 0 })).toBe(true);
    expect(storage.data.has('call-diagnostics:history:v1:s:0000000000000001')).toBe(true);
  });
});

describe('storage edges say what happened (issue 12)', () => {
  it('a corrupt document reports corrupt, then storage again once replaced', () => {
    const storage = mapStorage({ [historyKey(undefined)]: '{not json' });
    const history = createOutcomeHistory({ storage, now: () => NOW });
    expect(history.list()).toEqual([]);
    expect(history.status()).toEqual({ backend: 'memory', problem: 'corrupt' });
    history.record({ at: NOW, code: 0 });
    expect(history.status()).toEqual({ backend: 'storage', problem: undefined });
  });

  it('a document of another version reports wrong-version and is not overwritten by a read', () => {
    const doc = JSON.stringify({ v: 99, outcomes: [{ at: NOW, code: 410 }] });
    const storage = mapStorage({ [historyKey(undefined)]: doc });
    const history = createOutcomeHistory({ storage, now: () => NOW });
    expect(history.list()).toEqual([]);
    expect(history.status()).toEqual({ backend: 'memory', problem: 'wrong-version' });
    expect(storage.data.get(historyKey(undefined))).toBe(doc);
  });

  it('storage that throws on read reports read-threw and keeps outcomes in memory', () => {
    const history = createOutcomeHistory({
      storage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
      },
      now: () => NOW,
    });
    history.record({ at: NOW, code: 0 });
    expect(history.list()).toEqual([{ at: NOW, code: 0 }]);
    expect(history.status().backend).toBe('memory');
    expect(history.status().problem).toMatch(/read-threw|write-threw/);
  });

  it('quota: the newest ten still reach storage, memory keeps all, and the status says quota', () => {
    const storage = mapStorage();
    const limited: HistoryStorage = {
      getItem: storage.getItem,
      setItem: (k, v) => {
        if (v.length > 400) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        storage.setItem(k, v);
      },
    };
    const history = createOutcomeHistory({ storage: limited, now: () => NOW });
    for (let i = 0; i < 15; i += 1) history.record({ at: NOW - 100 + i, code: 0 });
    const stored = JSON.parse(storage.data.get(historyKey(undefined)) ?? '{}');
    expect(stored.outcomes).toHaveLength(10);
    expect(stored.outcomes.at(-1)).toEqual({ at: NOW - 86, code: 0 });
    expect(history.list()).toHaveLength(15);
    expect(history.status()).toEqual({ backend: 'memory', problem: 'quota' });
    // Another reader (a reload) finds the newest ten.
    expect(createOutcomeHistory({ storage, now: () => NOW }).list()).toHaveLength(10);
  });
});
