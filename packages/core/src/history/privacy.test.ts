import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallDiagnostics } from '../createCallDiagnostics.js';
import type { DiagnosticTelemetryRecord } from '../telemetry/telemetry.js';
import { hashId } from './hash.js';
import { createOutcomeHistory, type HistoryStorage, historyKey } from './outcomeHistory.js';

const NOW = Date.UTC(2024, 8, 22, 12);
const PHONE = '4:+14255550123';

function mapStorage(init: Record<string, string> = {}) {
  const data = new Map(Object.entries(init));
  const storage: HistoryStorage & { data: Map<string, string> } = {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return storage;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('history storage keys are not reversible to a phone number or e-mail (issue 12)', () => {
  it('hashing every number of the area code does not find the key: it is salted per install', () => {
    const storage = mapStorage();
    createOutcomeHistory({ storage, userId: PHONE, now: () => NOW }).record({ at: NOW, code: 0 });
    const keys = [...storage.data.keys()].filter((k) => k.includes(':history:v1:s:'));
    expect(keys).toHaveLength(1);
    // What a guesser does with an unsalted key: hash every candidate of the area code. The real number's hash is
    // among the candidates, so it is enough to check that one.
    for (const candidate of [PHONE, '4:+14255550124', 'jane@contoso.com']) {
      expect(keys[0]).not.toContain(hashId(candidate));
      expect(keys[0]).not.toBe(historyKey(candidate));
    }
    // Another install (another salt) files the same user under another key: keys cannot be linked across devices.
    const other = mapStorage();
    createOutcomeHistory({ storage: other, userId: PHONE, now: () => NOW }).record({ at: NOW, code: 0 });
    expect([...other.data.keys()].filter((k) => k.includes(':history:v1:s:'))).not.toEqual(keys);
  });

  it('makes the salt once with crypto.getRandomValues, keeps it beside the history and reuses it', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const storage = mapStorage();
    const first = createOutcomeHistory({ storage, userId: PHONE, now: () => NOW });
    first.record({ at: NOW - 1, code: 410, subCode: 3112 });
    const salt = storage.data.get('call-diagnostics:history:v1:device:salt');
    expect(salt).toBeTruthy();
    expect(spy).toHaveBeenCalledOnce();
    const again = createOutcomeHistory({ storage, userId: PHONE, now: () => NOW });
    expect(again.list()).toEqual([{ at: NOW - 1, code: 410, subCode: 3112 }]);
    expect(storage.data.get('call-diagnostics:history:v1:device:salt')).toBe(salt);
    expect(spy).toHaveBeenCalledOnce();
    expect([...storage.data.keys(), ...storage.data.values()].join()).not.toContain('4255550123');
  });

  it('falls back sanely: no crypto still gives a salt; storage refusing the salt keeps the history in this session', () => {
    vi.stubGlobal('crypto', undefined);
    const storage = mapStorage();
    const h = createOutcomeHistory({ storage, userId: PHONE, now: () => NOW });
    expect(h.record({ at: NOW, code: 0 })).toBe(true);
    expect(storage.data.get('call-diagnostics:history:v1:device:salt')).toMatch(/\d/);
    const refusing: HistoryStorage = { getItem: () => null, setItem: () => {} };
    const memoryOnly = createOutcomeHistory({ storage: refusing, userId: PHONE, now: () => NOW });
    expect(memoryOnly.record({ at: NOW, code: 0 })).toBe(true);
    expect(memoryOnly.list()).toHaveLength(1);
  });

  it('migrates: outcomes under the old unsalted key are read once, moved to the salted key, the old key removed', () => {
    const legacy = historyKey(PHONE);
    const storage = mapStorage({
      [legacy]: JSON.stringify({ v: 1, outcomes: [{ at: NOW - 2000, code: 410, subCode: 3112, call: 'c1' }] }),
    });
    const h = createOutcomeHistory({ storage, userId: PHONE, now: () => NOW });
    expect(h.list()).toEqual([{ at: NOW - 2000, code: 410, subCode: 3112 }]);
    expect(storage.data.has(legacy)).toBe(false);
    h.record({ at: NOW - 1000, code: 0 });
    expect(createOutcomeHistory({ storage, userId: PHONE, now: () => NOW }).list()).toHaveLength(2);
  });
});

describe("telemetry's Identifier is the app's choice (issue 12)", () => {
  const records = (identifier?: 'raw' | 'hashed' | 'none') => {
    const out: DiagnosticTelemetryRecord[] = [];
    const d = createCallDiagnostics({
      history: false,
      userId: PHONE,
      ...(identifier ? { identifier } : {}),
      onDiagnosticEvent: (r) => out.push(r),
    });
    d.dispatch({ type: 'attached', at: 1, source: 'manual', callId: 'call-1', participantId: 'p-1' });
    d.track('panelOpened');
    return out;
  };

  it("defaults to 'none': no identifier leaves the page unless the app asks", () => {
    const [record] = records();
    expect(record?.Identifier).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('4255550123');
    expect(record).toMatchObject({ CorrelationId: 'call-1', ParticipantId: 'p-1' });
  });

  it("'hashed' sends a hash, 'raw' the id as given, 'none' nothing", () => {
    expect(records('hashed')[0]?.Identifier).toBe(hashId(PHONE));
    expect(records('raw')[0]?.Identifier).toBe(PHONE);
    expect(records('none')[0]?.Identifier).toBeUndefined();
  });
});
