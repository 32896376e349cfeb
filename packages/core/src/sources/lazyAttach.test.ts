import { describe, expect, it, vi } from 'vitest';
import { collectEvents } from '../../test/collectEvents.js';
import { lazyAttach } from './lazyAttach.js';

describe('lazyAttach', () => {
  it('attaches once the code arrives, and the detach removes what it attached', async () => {
    const inner = vi.fn();
    const attach = vi.fn(() => inner);
    const { sink } = collectEvents();
    const detach = lazyAttach(
      async () => attach,
      'target',
      sink,
      () => 1,
    );
    expect(attach).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(attach).toHaveBeenCalledWith('target', sink));
    detach();
    detach();
    expect(inner).toHaveBeenCalledTimes(1);
  });

  it('a detach before the code arrives attaches nothing', async () => {
    const attach = vi.fn((_target: string, _sink: unknown) => () => {});
    let resolve: (a: typeof attach) => void = () => {};
    const detach = lazyAttach<string>(
      () => new Promise<typeof attach>((r) => (resolve = r)),
      'target',
      () => {},
      () => 1,
    );
    detach();
    resolve(attach);
    await new Promise((r) => setTimeout(r, 0));
    expect(attach).not.toHaveBeenCalled();
  });

  it('code that cannot be fetched is a source-load-failed issue, never a throw; none after a detach', async () => {
    const { events, sink } = collectEvents();
    lazyAttach<string>(
      () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
      't',
      sink,
      () => 5,
    );
    await vi.waitFor(() =>
      expect(events).toEqual([
        {
          type: 'sourceIssue',
          at: 5,
          reason: 'source-load-failed',
          detail: 'Failed to fetch dynamically imported module',
        },
      ]),
    );
    const quiet = collectEvents();
    lazyAttach<string>(
      () => Promise.reject(new Error('x')),
      't',
      quiet.sink,
      () => 5,
    )();
    await new Promise((r) => setTimeout(r, 0));
    expect(quiet.events).toEqual([]);
  });
});
