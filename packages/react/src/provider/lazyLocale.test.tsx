// A locale tag without a `locales` map: its module is loaded on demand. The loaded tables are shared by every
// provider (and, files sharing a worker, by every test file), so each test here uses a locale no other test loads.
import { createFakeCall } from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDiagnosticsStrings } from '../hooks/useDiagnosticsStrings.js';
import { enUS } from '../localization/en-US.js';
import { preloadLocale } from '../localization/lazyLocale.js';
import { deDE } from '../localization/locales/de-DE.js';
import { LOCALE_LOADERS } from '../localization/locales/loaders.js';
import { nlNL } from '../localization/locales/nl-NL.js';
import { svSE } from '../localization/locales/sv-SE.js';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.js';

function ShowStrings() {
  const strings = useDiagnosticsStrings();
  return (
    <p data-testid="strings" data-locale={strings.locale}>
      {strings.banner.retry}
    </p>
  );
}

/** The provider with its default banner, on a call whose relays are unreachable (the banner shows at once). */
function renderBanner(props: Omit<CallDiagnosticsProviderProps, 'call' | 'children'>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider
        call={createFakeCall({ network: { networkRelaysNotReachable: true } })}
        toast={false}
        panel={false}
        history={false}
        {...props}
      >
        <ShowStrings />
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
}

/** Records each locale its renders show, once per change. */
function RecordLocales({ seen }: { seen: string[] }) {
  const locale = useDiagnosticsStrings().locale;
  if (seen.at(-1) !== locale) seen.push(locale);
  return null;
}

const shownLocale = () => screen.getByTestId('strings').getAttribute('data-locale');

describe('CallDiagnosticsProvider locale tag without a `locales` map', () => {
  afterEach(() => vi.restoreAllMocks());

  it('locale="de": en-US until the module arrives, then German, switching once', async () => {
    const seen: string[] = [];
    const warn = vi.spyOn(console, 'warn');
    render(
      <CallDiagnosticsProvider
        call={createFakeCall()}
        banner={false}
        toast={false}
        panel={false}
        history={false}
        locale="de"
      >
        <RecordLocales seen={seen} />
      </CallDiagnosticsProvider>,
    );
    expect(seen).toEqual(['en-US']);
    await waitFor(() => expect(seen).toEqual(['en-US', 'de-DE']));
    expect(warn).not.toHaveBeenCalled();
  });

  it('the banner shows en-US first, then Dutch; the next mount is Dutch at once', async () => {
    const first = renderBanner({ locale: 'nl' });
    expect(screen.getByText(enUS.banner.relaysUnreachableTitle)).toBeInTheDocument();
    expect(await screen.findByText(nlNL.banner.relaysUnreachableTitle)).toBeInTheDocument();
    expect(screen.queryByText(enUS.banner.relaysUnreachableTitle)).not.toBeInTheDocument();
    first.unmount();

    renderBanner({ locale: 'nl-BE' });
    expect(screen.getByText(nlNL.banner.relaysUnreachableTitle)).toBeInTheDocument();
    expect(shownLocale()).toBe('nl-NL');
  });

  it("matches a tag the way resolveLocale does: 'fr-CA' → fr-CA, 'zh-Hant' → zh-TW", async () => {
    const view = renderBanner({ locale: 'fr-CA' });
    await waitFor(() => expect(shownLocale()).toBe('fr-CA'));
    view.unmount();
    renderBanner({ locale: 'zh-Hant' });
    await waitFor(() => expect(shownLocale()).toBe('zh-TW'));
  });

  it('en and en-AU take the built-in en-US, with no warning', () => {
    const warn = vi.spyOn(console, 'warn');
    renderBanner({ locale: 'en-AU' });
    expect(shownLocale()).toBe('en-US');
    expect(warn).not.toHaveBeenCalled();
  });

  it('an unknown tag: en-US and one development warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderBanner({ locale: 'xx-YY' });
    expect(shownLocale()).toBe('en-US');
    expect(screen.getByText(enUS.banner.relaysUnreachableTitle)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownLocale()).toBe('en-US');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no locale for "xx-YY"'));
  });

  it('an import that fails: en-US, no crash, no unhandled rejection; the next mount tries again', async () => {
    const failure = new Error('chunk failed');
    const loader = vi.spyOn(LOCALE_LOADERS, 'it-IT').mockRejectedValue(failure);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const view = renderBanner({ locale: 'it' });
      await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('it-IT'), failure));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(shownLocale()).toBe('en-US');
      expect(screen.getByText(enUS.banner.relaysUnreachableTitle)).toBeInTheDocument();
      expect(unhandled).not.toHaveBeenCalled();
      view.unmount();
      loader.mockRestore();
      renderBanner({ locale: 'it' });
      await waitFor(() => expect(shownLocale()).toBe('it-IT'));
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('a `locales` map wins: the tag is looked up there, nothing is imported', async () => {
    const custom = { ...deDE, banner: { ...deDE.banner, retry: 'Nochmal aus der Karte' } };
    const loader = vi.spyOn(LOCALE_LOADERS, 'de-DE');
    renderBanner({ locale: 'de', locales: { 'de-DE': custom } });
    expect(screen.getByTestId('strings')).toHaveTextContent('Nochmal aus der Karte');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByTestId('strings')).toHaveTextContent('Nochmal aus der Karte');
    expect(loader).not.toHaveBeenCalled();
  });

  it('preloadLocale(tag) loads it ahead: the first render is in that language', async () => {
    await expect(preloadLocale('sv')).resolves.toBeUndefined();
    renderBanner({ locale: 'sv-FI' });
    expect(screen.getByText(svSE.banner.relaysUnreachableTitle)).toBeInTheDocument();
    await expect(preloadLocale('en-GB')).resolves.toBeUndefined();
    await expect(preloadLocale('xx')).resolves.toBeUndefined();
  });

  it('preloadLocale rejects when the chunk cannot be fetched, and tries again on the next call', async () => {
    const loader = vi.spyOn(LOCALE_LOADERS, 'cy-GB').mockRejectedValueOnce(new Error('offline'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(preloadLocale('cy')).rejects.toThrow('offline');
    await expect(preloadLocale('cy')).resolves.toBeUndefined();
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
