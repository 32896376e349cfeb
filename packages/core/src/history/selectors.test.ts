import { afterEach, describe, expect, it, vi } from 'vitest';
import * as codes from '../catalog/codes.js';
import { type DiagnosticsState, INITIAL_STATE } from '../store/state.js';
import type { RecurrenceClassification } from './classifyRecurrence.js';
import { selectPrimaryAction, selectRecurrence } from './selectors.js';

// The real catalog, with a seam to give 410/3112 another action: the history's choice must not depend on the row.
vi.mock('../catalog/codes.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../catalog/codes.js')>();
  return { ...original, lookupCallEnd: vi.fn(original.lookupCallEnd) };
});

afterEach(() => {
  vi.mocked(codes.lookupCallEnd).mockRestore();
});

const recurrence = (kind: RecurrenceClassification['kind']): RecurrenceClassification => ({
  kind,
  reason: kind === 'unknown' ? 'first-failure' : kind === 'transient' ? 'succeeded-before' : 'consecutive-failures',
  failures: 1,
  total: 1,
  consecutiveFailures: 1,
});

function ended(code: number | undefined, subCode?: number, kind?: RecurrenceClassification['kind']): DiagnosticsState {
  return {
    ...INITIAL_STATE,
    ended: { at: 1, callId: 'c', code, subCode },
    ...(kind ? { recurrence: recurrence(kind) } : {}),
  };
}

describe('selectPrimaryAction (issue 12)', () => {
  it('is undefined while the call has not ended, and for an end the catalog does not know', () => {
    expect(selectPrimaryAction(INITIAL_STATE)).toBeUndefined();
    expect(selectPrimaryAction(ended(undefined))).toBeUndefined();
    expect(selectPrimaryAction(ended(999_999, 1, 'persistent'))).toBeUndefined();
  });

  it('410/3112 follows the history: transient → retry, persistent → fix-network', () => {
    expect(selectPrimaryAction(ended(410, 3112, 'transient'))).toBe('retry');
    expect(selectPrimaryAction(ended(410, 3112, 'persistent'))).toBe('fix-network');
  });

  it('410/3112 without a classification, or unknown, is the catalog’s action', () => {
    expect(selectPrimaryAction(ended(410, 3112))).toBe('fix-network');
    expect(selectPrimaryAction(ended(410, 3112, 'unknown'))).toBe('fix-network');
  });

  it('persistent is fix-network and unknown the catalog’s row, whatever that row says', () => {
    const original = codes.lookupCallEnd(410, 3112);
    expect(original).toBeDefined();
    vi.mocked(codes.lookupCallEnd).mockImplementation((code, subCode) =>
      original && code === 410 && subCode === 3112 ? { ...original, action: 'contact-support' } : undefined,
    );
    expect(selectPrimaryAction(ended(410, 3112, 'persistent'))).toBe('fix-network');
    expect(selectPrimaryAction(ended(410, 3112, 'transient'))).toBe('retry');
    expect(selectPrimaryAction(ended(410, 3112, 'unknown'))).toBe('contact-support');
    expect(selectPrimaryAction(ended(410, 3112))).toBe('contact-support');
  });

  it('other codes keep the catalog’s action whatever the history says', () => {
    expect(selectPrimaryAction(ended(410, 301005, 'persistent'))).toBe('update-environment');
    expect(selectPrimaryAction(ended(410, 3100, 'persistent'))).toBe('retry');
    expect(selectPrimaryAction(ended(410, 301004, 'transient'))).toBe('fix-network');
  });

  it('selectRecurrence returns the state’s classification', () => {
    expect(selectRecurrence(INITIAL_STATE)).toBeUndefined();
    expect(selectRecurrence(ended(410, 3112, 'transient'))).toEqual(recurrence('transient'));
  });
});
