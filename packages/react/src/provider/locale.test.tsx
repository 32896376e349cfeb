import { createFakeCall } from '@call-diagnostics/testing';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDiagnosticsStrings } from '../hooks/useDiagnosticsStrings.js';
import { enUS } from '../localization/en-US.js';
import { deDE, heIL, locales, ptBR, zhTW } from '../localization/locales/index.js';
import { CallDiagnosticsProvider, type CallDiagnosticsProviderProps } from './CallDiagnosticsProvider.js';

function ShowStrings() {
  const strings = useDiagnosticsStrings();
  return (
    <p data-testid="strings" data-locale={strings.locale} data-dir={strings.dir}>
      {strings.banner.retry}
    </p>
  );
}

function renderWith(props: Omit<CallDiagnosticsProviderProps, 'call' | 'children'>) {
  render(
    <CallDiagnosticsProvider
      call={createFakeCall()}
      banner={false}
      toast={false}
      panel={false}
      history={false}
      {...props}
    >
      <ShowStrings />
    </CallDiagnosticsProvider>,
  );
  return screen.getByTestId('strings');
}

describe('CallDiagnosticsProvider locale', () => {
  afterEach(() => vi.restoreAllMocks());

  it('defaults to en-US', () => {
    expect(renderWith({})).toHaveTextContent(enUS.banner.retry);
  });

  it('takes a locale object (no map needed)', () => {
    const el = renderWith({ locale: heIL });
    expect(el).toHaveTextContent(heIL.banner.retry);
    expect(el).toHaveAttribute('data-dir', 'rtl');
  });

  it('looks a tag up in `locales`, with fallback by language', () => {
    expect(renderWith({ locale: 'de', locales })).toHaveAttribute('data-locale', 'de-DE');
  });

  it.each([
    ['pt', ptBR.locale],
    ['zh-Hant', zhTW.locale],
    ['zh-HK', zhTW.locale],
    ['de-CH', deDE.locale],
  ])('%s → %s', (tag, expected) => {
    expect(renderWith({ locale: tag, locales })).toHaveAttribute('data-locale', expected);
  });

  it('merges `strings` over the locale', () => {
    expect(renderWith({ locale: deDE, strings: { banner: { retry: 'Nochmal' } } })).toHaveTextContent('Nochmal');
  });

  it('falls back to en-US with a development warning for an unknown tag, or a tag without `locales`', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderWith({ locale: 'xx-YY', locales })).toHaveAttribute('data-locale', 'en-US');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no locale for "xx-YY"'));
  });

  it('says which map it looked in: a tag without `locales` is one of the kit’s 24 (loaded on demand, lazyLocale.test.tsx)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(renderWith({ locale: 'tlh' })).toHaveAttribute('data-locale', 'en-US');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no locale for "tlh"; using en-US. The kit has'));
    cleanup();
    renderWith({ locale: 'tlh', locales });
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('no locale for "tlh" in `locales`'));
  });

  it('fills keys a locale object lacks (made for an older kit) from en-US', () => {
    const { probe: _probe, ...older } = deDE;
    const el = renderWith({ locale: older as typeof deDE });
    expect(el).toHaveTextContent(deDE.banner.retry);
  });
});
