import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { populateGlobal } from 'vitest/environments';
import { installLayoutStubs } from '../../test/layoutStubs.js';
import { createDOMRenderer, SsrApp, ssrFixture } from '../../test/ssrTree.js';
import { enUS } from '../localization/en-US.js';

/**
 * Server, then client, in one test: the HTML comes from a real server pass (this file runs in the Node `ssr` project,
 * with no DOM), then a jsdom window is installed and `hydrateRoot` runs over that HTML. React must find nothing to fix:
 * no hydration warning on console.error and no recoverable error.
 */
describe('hydration of the server HTML (jsdom)', () => {
  const fixture = ssrFixture();
  const serverHtml = renderToString(<SsrApp fixture={fixture} renderer={createDOMRenderer()} />);

  it('hydrates the provider and every component with no mismatch warning', async () => {
    expect(typeof window).toBe('undefined');
    const dom = new JSDOM(`<!doctype html><html><body><div id="root">${serverHtml}</div></body></html>`, {
      pretendToBeVisual: true,
      url: 'http://localhost/',
    });
    // The window stays installed until this file's worker ends (Vitest isolates test files), so Fluent's late timers
    // (tabster) still find a DOM. Node's own Event classes are replaced: jsdom only dispatches its own events.
    populateGlobal(globalThis, dom.window, { bindFunctions: true });
    for (const key of ['Event', 'CustomEvent', 'EventTarget', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'Node']) {
      (globalThis as Record<string, unknown>)[key] = (dom.window as unknown as Record<string, unknown>)[key];
    }
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    installLayoutStubs();

    // The client side loads its own copy of the kit and Fluent now that a DOM exists, as a browser bundle would:
    // react-dom/client and Fluent's focus manager look at the DOM when their modules load.
    vi.resetModules();
    const { hydrateRoot } = await import('react-dom/client');
    const { act } = await import('react');
    const client = await import('../../test/ssrTree.js');
    const container = document.getElementById('root') as HTMLElement;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(
        container,
        <client.SsrApp fixture={fixture} renderer={client.createDOMRenderer(document)} targetDocument={document} />,
        { onRecoverableError: (error) => recoverable.push(error) },
      ),
    );

    const hydrationErrors = errors.mock.calls
      .map((args) => args.map(String).join(' '))
      .filter((text) => /hydrat|did not match|server rendered|Expected server HTML|Prop `.*` did not/i.test(text));
    expect(hydrationErrors).toEqual([]);
    expect(recoverable).toEqual([]);
    expect(container.textContent).toContain(enUS.banner.code.replace('{code}', '410/3112'));
    // Hydrated: the provider's effects ran and it follows the call; the open panel (a portal) is now on the page.
    expect(fixture.call.controls.listenerCount()).toBeGreaterThan(0);
    expect(document.body.textContent).toContain(enUS.panel.title);

    await act(async () => root.unmount());
    expect(fixture.call.controls.listenerCount()).toBe(0);
    errors.mockRestore();
    // A jsdom window, every component and the panel's chunk: about 1 s alone, but a CI run on a loaded 2-core machine
    // passed the default 5 s. Nothing here is timed.
  }, 30_000);
});
