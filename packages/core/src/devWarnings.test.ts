import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceIssueMessage, warnSourceIssue } from './devWarnings.js';

afterEach(() => vi.restoreAllMocks());

describe('sourceIssueMessage', () => {
  it('names the reason, the redacted detail and the fix', () => {
    expect(
      sourceIssueMessage({ type: 'sourceIssue', at: 1, reason: 'get-latest-threw', detail: 'token=abc for x-1' }, [
        'x-1',
      ]),
    ).toBe(
      '[call-diagnostics] get-latest-threw: token=[redacted] for [redacted] — reading the SDK object threw (often: it was already disposed). Fix: attach the live call or adapter.',
    );
  });

  it('says nothing more than the reason when there is no detail and no known fix', () => {
    const event = { type: 'sourceIssue', at: 1, reason: 'something-new' } as unknown as Parameters<
      typeof sourceIssueMessage
    >[0];
    expect(sourceIssueMessage(event, undefined)).toBe('[call-diagnostics] something-new:  — ');
  });
});

describe('warnSourceIssue', () => {
  it('says each reason once per set, and nothing for other events', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const said = new Set<string>();
    const issue = { type: 'sourceIssue', at: 1, reason: 'handler-threw', detail: 'a' } as const;
    warnSourceIssue({ type: 'callStateChanged', at: 1, state: 'Connected' }, said, undefined);
    warnSourceIssue(issue, said, undefined);
    warnSourceIssue({ ...issue, detail: 'b' }, said, undefined);
    expect(warn).toHaveBeenCalledOnce();
    expect(said).toEqual(new Set(['handler-threw']));
    warnSourceIssue(issue, new Set(), undefined);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
