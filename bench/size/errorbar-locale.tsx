// P1 anchor for a language other than en-US: ErrorBar showing that language, as an app must build it — the UI
// library's `COMPONENT_LOCALE_*` for the language (a virtual module the size bench writes per language) through its
// `LocalizationProvider`. ErrorBar's own en-US strings are in errorbar.tsx's figure; a page in another language needs
// these too, as the kit's page in that language fetches the kit's tables for it.

// @ts-expect-error: a virtual module, written by scripts/bench-size.mjs for each language.
import { locale } from 'virtual:errorbar-locale';
import { ErrorBar, LocalizationProvider } from '@azure/communication-react';
import { mountShell } from './shell';

mountShell({
  extra: (
    <LocalizationProvider locale={locale}>
      <ErrorBar activeErrorMessages={[{ type: 'callNetworkQualityLow' }]} />
    </LocalizationProvider>
  ),
});
