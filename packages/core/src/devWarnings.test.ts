import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceIssueMessage, warnSourceIssue } from './devWarnings.js';

afterEach(() => vi.restoreAllMocks());

describe('sourceIssueMessage', () => {
  it('names the reason, the redacted detail and the fix', () => {
    expect(
      sourceIssueMessage(
        { type: 'sourceIssue', at: 1, reason: 'get-latest-threw', detail: 'token=abc for x-1' },
        ['x-1'],
        false,
      ),
    ).toBe(
      '[call-diagnostics] get-latest-threw: token=[redacted] for [redacted] — reading the SDK object threw (often: it was already disposed). Fix: attach the live call or adapter.',
    );
  });

  it('is redacted as thoroughly as a report: URL credentials, and personal data unless keepPersonalData (issue 22)', () => {
    const event = {
      type: 'sourceIssue',
      at: 1,
      reason: 'handler-threw',
      detail: 'ICE failed turn:user:ab/cd+secret==@relay.example.com:3478 for jane@contoso.com',
    } as const;
    const message = sourceIssueMessage(event, undefined, false);
    expect(message).not.toMatch(/ab\/cd|secret==|user:/);
    expect(message).not.toContain('jane@contoso.com');
    expect(message).toContain('turn:[redacted]@relay.example.com:3478');
    const kept = sourceIssueMessage(event, undefined, true);
    expect(kept).not.toMatch(/ab\/cd|secret==/);
    expect(kept).toContain('jane@contoso.com');
  });

  it('says nothing more than the reason when there is no detail and no known fix', () => {
    const event = { type: 'sourceIssue', at: 1, reason: 'something-new' } as unknown as Parameters<
      typeof sourceIssueMessage
    >[0];
    expect(sourceIssueMessage(event, undefined, false)).toBe('[call-diagnostics] something-new:  — ');
  });
});

describe('warnSourceIssue', () => {
  it('says each reason once per set, and nothing for other events', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const said = new Set<string>();
    const issue = { type: 'sourceIssue', at: 1, reason: 'handler-threw', detail: 'a' } as const;
    warnSourceIssue({ type: 'callStateChanged', at: 1, state: 'Connected' }, said, {});
    warnSourceIssue(issue, said, {});
    warnSourceIssue({ ...issue, detail: 'b' }, said, {});
    expect(warn).toHaveBeenCalledOnce();
    expect(said).toEqual(new Set(['handler-threw']));
    warnSourceIssue(issue, new Set(), {});
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
