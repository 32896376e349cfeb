import { act, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Chunk, createChunk, useChunk, useOptionalChunk } from './useChunk.js';

function Shown() {
  return <p>the chunk</p>;
}
type Module = { readonly Shown: typeof Shown };

/** An importer that fails `failures` times, then resolves with the module; counts its calls. */
function flakyImporter(failures: number) {
  const module: Module = { Shown };
  const importer = vi.fn(async () => {
    if (importer.mock.calls.length <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return module;
  });
  return { importer, module };
}

class Boundary extends Component<{ children: ReactNode; onError: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? <p>contained</p> : this.props.children;
  }
}

function View({
  chunk,
  wanted,
  onError,
}: {
  chunk: Chunk<Module>;
  wanted?: boolean;
  onError?: (error: unknown) => void;
}) {
  const loaded = useChunk(chunk, wanted, onError);
  return loaded ? <loaded.Shown /> : <p>not yet</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createChunk', () => {
  it('forgets a failed fetch: the next load() fetches again (React.lazy would rethrow the first failure)', async () => {
    const { importer, module } = flakyImporter(1);
    const chunk = createChunk(importer);
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    expect(chunk.peek()).toBeUndefined();
    await expect(chunk.load()).resolves.toBe(module);
    expect(chunk.peek()).toBe(module);
    await chunk.load();
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('joins a fetch under way and tells subscribers once the module has arrived', async () => {
    const { importer, module } = flakyImporter(0);
    const chunk = createChunk(importer);
    const listener = vi.fn();
    const off = chunk.subscribe(listener);
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(module);
    expect(b).toBe(module);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
  });
});

describe('useChunk', () => {
  it('fetches after mount and renders the module once it arrives; a loaded chunk renders at once', async () => {
    const { importer } = flakyImporter(0);
    const chunk = createChunk(importer);
    const first = render(<View chunk={chunk} />);
    expect(screen.getByText('not yet')).toBeInTheDocument();
    expect(await screen.findByText('the chunk')).toBeInTheDocument();
    first.unmount();
    render(<View chunk={chunk} />);
    expect(screen.getByText('the chunk')).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing while not wanted', async () => {
    const { importer } = flakyImporter(0);
    const chunk = createChunk(importer);
    const view = render(<View chunk={chunk} wanted={false} />);
    await act(async () => {});
    expect(importer).not.toHaveBeenCalled();
    view.rerender(<View chunk={chunk} wanted />);
    expect(await screen.findByText('the chunk')).toBeInTheDocument();
  });

  it('a failed fetch calls onError and is thrown to the nearest boundary; the next mount fetches again', async () => {
    const { importer } = flakyImporter(1);
    const chunk = createChunk(importer);
    const onError = vi.fn();
    const caught = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = render(
      <Boundary onError={caught}>
        <View chunk={chunk} onError={onError} />
      </Boundary>,
    );
    await waitFor(() => expect(caught).toHaveBeenCalledWith(expect.any(TypeError)));
    expect(onError).toHaveBeenCalledWith(expect.any(TypeError));
    expect(screen.getByText('contained')).toBeInTheDocument();
    first.unmount();
    render(
      <Boundary onError={caught}>
        <View chunk={chunk} onError={onError} />
      </Boundary>,
    );
    expect(await screen.findByText('the chunk')).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(2);
    expect(caught).toHaveBeenCalledTimes(1);
  });

  it('a failure after unmount is not thrown anywhere', async () => {
    let fail: (error: unknown) => void = () => {};
    const chunk = createChunk(() => new Promise<Module>((_, reject) => (fail = reject)));
    const onError = vi.fn();
    const view = render(<View chunk={chunk} onError={onError} />);
    view.unmount();
    await act(async () => fail(new TypeError('Failed to fetch')));
    expect(onError).not.toHaveBeenCalled();
  });

  it('renders nothing of the chunk on the server, even when it is loaded (hydration matches)', async () => {
    const { importer } = flakyImporter(0);
    const chunk = createChunk(importer);
    await chunk.load();
    expect(renderToString(<View chunk={chunk} />)).toBe('<p>not yet</p>');
  });
});

function OptionalView({ chunk, wanted, tick }: { chunk: Chunk<Module>; wanted: boolean; tick?: number }) {
  const loaded = useOptionalChunk(chunk, wanted);
  return loaded ? <loaded.Shown /> : <p>not yet {tick}</p>;
}

describe('useOptionalChunk', () => {
  it('fetches only while wanted; a failed fetch is not thrown, and the next render that wants it fetches again', async () => {
    const { importer } = flakyImporter(1);
    const chunk = createChunk(importer);
    const view = render(<OptionalView chunk={chunk} wanted={false} />);
    await act(async () => {});
    expect(importer).not.toHaveBeenCalled();
    view.rerender(<OptionalView chunk={chunk} wanted tick={1} />);
    await act(async () => {});
    expect(importer).toHaveBeenCalledTimes(1);
    expect(screen.getByText('not yet 1')).toBeInTheDocument();
    view.rerender(<OptionalView chunk={chunk} wanted tick={2} />);
    expect(await screen.findByText('the chunk')).toBeInTheDocument();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
