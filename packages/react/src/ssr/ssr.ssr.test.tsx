import { createDiagnosticsStore } from '@call-diagnostics/core';
import { renderToStyleElements } from '@fluentui/react-components';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createDOMRenderer, SsrApp, ssrFixture } from '../../test/ssrTree.js';
import { FirewallGuidancePanel } from '../components/FirewallGuidancePanel/FirewallGuidancePanel.js';
import { useDiagnosticsStrings } from '../hooks/useDiagnosticsStrings.js';
import { enUS } from '../localization/en-US.js';
import { preloadLocale } from '../localization/lazyLocale.js';
import { heIL } from '../localization/locales/he-IL.js';
import { CallDiagnosticsProvider } from '../provider/CallDiagnosticsProvider.js';

/** The text of server HTML (React escapes quotes and ampersands). */
const htmlText = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function Retry() {
  return <p>{useDiagnosticsStrings().banner.retry}</p>;
}

/** Runs in the `ssr` Vitest project: plain Node, no jsdom, no window. */
describe('server rendering (Node, no DOM)', () => {
  it('has no window or document here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renderToString renders the provider with a fake call and every component, without errors', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const renderer = createDOMRenderer();
    const fixture = ssrFixture();
    const html = htmlText(renderToString(<SsrApp fixture={fixture} renderer={renderer} />));
    // The provider renders its children; the seeded store's banner, panel and report render their content.
    expect(html).toContain('call UI');
    expect(html).toContain('call UI (he-IL)');
    expect(html).toContain(enUS.banner.relayFailureTitle);
    expect(html).toContain(enUS.report.title);
    // The open panel opens once hydrated (under Fluent's SSRProvider, as here): no markup on the server.
    expect(html).not.toContain(enUS.panel.title);
    expect(html).toContain('410/3112');
    // Styles are collected for the <head>.
    const styles = renderToStaticMarkup(renderToStyleElements(renderer));
    expect(styles).toContain('<style');
    // Rendering on the server attached nothing to the call (effects never run there).
    expect(fixture.call.controls.listenerCount()).toBe(0);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  // Fluent asks for an SSRProvider on the server (it says so on the console, and the panel then opens once hydrated,
  // as above); an app without one still gets a closed <dialog> and no warning of the kit's own (useLayoutEffect).
  it('an open panel without an SSRProvider renders a closed <dialog> on the server, without React warnings', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = htmlText(
      renderToString(<FirewallGuidancePanel diagnostics={createDiagnosticsStore()} open onOpenChange={() => {}} />),
    );
    expect(html).toMatch(/^<dialog [^>]*aria-labelledby=/);
    expect(html).not.toMatch(/^<dialog [^>]*\bopen\b/);
    expect(html).toContain(enUS.panel.title);
    const messages = errors.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => !m.includes('<SSRProvider>'))).toEqual([]);
    errors.mockRestore();
  });

  it('a locale object renders in that language on the server', () => {
    const renderer = createDOMRenderer();
    const html = renderToString(<SsrApp fixture={ssrFixture()} renderer={renderer} />);
    // The he-IL provider has no ended call yet (nothing attached on the server), so only its children show.
    expect(html).not.toContain(heIL.banner.relayFailureTitle);
  });

  it('a locale tag without `locales` renders en-US on the server, even once loaded: hydration matches', async () => {
    const html = () =>
      renderToString(
        <CallDiagnosticsProvider call={null} locale="de" banner={false} toast={false} panel={false} history={false}>
          <Retry />
        </CallDiagnosticsProvider>,
      );
    expect(html()).toContain(enUS.banner.retry);
    await preloadLocale('de');
    expect(html()).toContain(enUS.banner.retry);
  });
});
