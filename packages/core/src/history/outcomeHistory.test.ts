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

  const edges: Array<{ name: string; storage: () => HistoryStorage | null; problem: string | undefined }> = [
    { name: 'no storage at all (memory only)', storage: () => null, problem: undefined },
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
      problem: 'read-threw',
    },
    {
      name: 'quota exceeded',
      storage: () => ({
        getItem: () => null,
        setItem: () => {
          throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        },
      }),
      problem: 'quota',
    },
    { name: 'corrupt JSON', storage: () => mapStorage({ [historyKey(undefined)]: '{not json' }), problem: undefined },
    {
      name: 'wrong shape',
      storage: () => mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 1, outcomes: 'nope' }) }),
      problem: undefined,
    },
    {
      name: 'wrong version',
      storage: () =>
        mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 99, outcomes: [{ at: NOW, code: 410 }] }) }),
      problem: undefined,
    },
    {
      name: 'entries of the wrong shape inside a good document',
      storage: () =>
        mapStorage({ [historyKey(undefined)]: JSON.stringify({ v: 1, outcomes: [{ at: 'x' }, 5, null] }) }),
      problem: undefined,
    },
  ];
  it.each(edges)('$name: never throws, keeps this session’s outcomes', ({ storage, problem }) => {
    const history = createOutcomeHistory({ storage: storage(), now: () => NOW });
    expect(() => history.list()).not.toThrow();
    expect(history.list()).toEqual([]);
    expect(history.record(fail3112(NOW - 2))).toBe(true);
    expect(history.record({ at: NOW - 1, code: 0 })).toBe(true);
    expect(history.list()).toEqual([
      { at: NOW - 2, code: 410, subCode: 3112 },
      { at: NOW - 1, code: 0 },
    ]);
    expect(history.status().problem).toBe(problem);
    expect(() => history.clear()).not.toThrow();
  });

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
