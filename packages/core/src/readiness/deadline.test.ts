// createPausableDeadline: the readiness check's cap, whose clock stands still while a permission prompt waits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPausableDeadline } from './deadline.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createPausableDeadline', () => {
  it('expires once, after the time given', async () => {
    const expire = vi.fn();
    createPausableDeadline(1000, expire, Date.now);
    await vi.advanceTimersByTimeAsync(999);
    expect(expire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(expire).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('stands still while paused and resumes with what was left', async () => {
    const expire = vi.fn();
    const deadline = createPausableDeadline(1000, expire, Date.now);
    await vi.advanceTimersByTimeAsync(300);
    const resume = deadline.pause();
    await vi.advanceTimersByTimeAsync(5000);
    expect(expire).not.toHaveBeenCalled();
    resume();
    await vi.advanceTimersByTimeAsync(699);
    expect(expire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('a second pause counts only the running time since the first resumed', async () => {
    const expire = vi.fn();
    const deadline = createPausableDeadline(1000, expire, Date.now);
    await vi.advanceTimersByTimeAsync(200);
    const first = deadline.pause();
    await vi.advanceTimersByTimeAsync(3000);
    first();
    await vi.advanceTimersByTimeAsync(300);
    const second = deadline.pause();
    await vi.advanceTimersByTimeAsync(3000);
    second();
    await vi.advanceTimersByTimeAsync(499);
    expect(expire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('nested pauses: the clock runs again only when the last one resumes, with the time left at the first', async () => {
    const expire = vi.fn();
    const deadline = createPausableDeadline(1000, expire, Date.now);
    await vi.advanceTimersByTimeAsync(400);
    const outer = deadline.pause();
    await vi.advanceTimersByTimeAsync(100);
    const inner = deadline.pause();
    outer();
    await vi.advanceTimersByTimeAsync(5000);
    expect(expire).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    inner();
    await vi.advanceTimersByTimeAsync(599);
    expect(expire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('a pause after the time is up left resumes with nothing: it expires at once', async () => {
    const expire = vi.fn();
    let t = 0;
    const deadline = createPausableDeadline(100, expire, () => t);
    t = 250; // the clock ran past the deadline before its timer fired (a busy main thread)
    const resume = deadline.pause();
    resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(expire).toHaveBeenCalledOnce();
  });

  it('cancel: never expires, not even after a pause that was open resumes; no timer left', async () => {
    const expire = vi.fn();
    const deadline = createPausableDeadline(1000, expire, Date.now);
    const resume = deadline.pause();
    deadline.cancel();
    resume();
    expect(vi.getTimerCount()).toBe(0);
    const running = createPausableDeadline(1000, expire, Date.now);
    running.cancel();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(expire).not.toHaveBeenCalled();
  });
});
