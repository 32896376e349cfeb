// P1 anchor for a language other than en-US: ErrorBar showing that language, as an app must build it — the UI
// library's `COMPONENT_LOCALE_*` for the language through its `LocalizationProvider`. scripts/bench-size.mjs builds
// one entry per language that calls `mountLocalized` with that language's locale (and one with en-US's, to measure
// what each language adds over English). ErrorBar's own en-US strings are in errorbar.tsx's figure; a page in another
// language needs these too, as the kit's page in that language fetches the kit's tables for it.
import { type ComponentLocale, ErrorBar, LocalizationProvider } from '@azure/communication-react';
import { mountShell } from './shell';

export function mountLocalized(locale: ComponentLocale): void {
  mountShell({
    extra: (
      <LocalizationProvider locale={locale}>
        <ErrorBar activeErrorMessages={[{ type: 'callNetworkQualityLow' }]} />
      </LocalizationProvider>
    ),
  });
}
