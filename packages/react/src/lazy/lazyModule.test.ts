import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazyModule.js';

describe('lazyModule', () => {
  it('loads once, tells its subscribers, and a failed download is tried again on the next load', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValue({ answer: 42 });
    const module = lazyModule(importer);
    const listener = vi.fn();
    module.subscribe(listener);
    expect(module.get()).toBeUndefined();
    await expect(module.load()).rejects.toThrow('chunk gone');
    expect(module.get()).toBeUndefined();
    const [a, b] = [module.load(), module.load()];
    expect(a).toBe(b);
    await expect(a).resolves.toEqual({ answer: 42 });
    expect(module.get()).toEqual({ answer: 42 });
    expect(listener).toHaveBeenCalledTimes(1);
    await module.load();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
