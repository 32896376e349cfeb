import { createDiagnosticsStore, type DiagnosticsStore } from '@call-diagnostics/core';
import {
  CallDiagnosticsProvider,
  FirewallGuidancePanel,
  heIL,
  RecoveryToast,
  RelayDiagnosticsBanner,
  SupportReportActions,
  SupportReportPreview,
} from '@call-diagnostics/react';
import { createFakeCall, type FakeCall } from '@call-diagnostics/testing';
import {
  createDOMRenderer,
  FluentProvider,
  type GriffelRenderer,
  RendererProvider,
  SSRProvider,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';

/** A fixed clock, so server and client format the same times. */
export const AT = Date.UTC(2024, 8, 22, 16, 41, 49);

/** A store of a call that lost its relays and ended with 410/3112: every surface has something to show. */
export function endedStore(): DiagnosticsStore {
  const store = createDiagnosticsStore();
  store.dispatch({
    type: 'attached',
    at: AT - 5000,
    source: 'manual',
    callId: 'ssr-call',
    participantId: 'ssr-participant',
    state: 'Connected',
  });
  store.dispatch({
    type: 'diagnosticChanged',
    at: AT - 2000,
    area: 'network',
    diagnostic: 'networkRelaysNotReachable',
    value: true,
  });
  store.dispatch({ type: 'callStateChanged', at: AT, state: 'Disconnected' });
  store.dispatch({ type: 'callEnded', at: AT, callId: 'ssr-call', code: 410, subCode: 3112 });
  return store;
}

export interface SsrFixture {
  readonly call: FakeCall;
  readonly store: DiagnosticsStore;
}

export function ssrFixture(): SsrFixture {
  return { call: createFakeCall({ id: 'ssr-call', participantId: 'ssr-participant' }), store: endedStore() };
}

/**
 * The whole kit as an app would server-render it, following Fluent's SSR guide: a Griffel renderer per request
 * (`RendererProvider` + `createDOMRenderer()`), `SSRProvider` for stable ids, then `FluentProvider`. Inside: the
 * provider on a fake call (with the default surfaces), and every component on its own over a seeded store.
 */
export function SsrApp({
  fixture,
  renderer,
  targetDocument,
}: {
  readonly fixture: SsrFixture;
  readonly renderer: GriffelRenderer;
  /** On the client: the document to render into (Fluent's `targetDocument`); undefined on the server. */
  readonly targetDocument?: Document | undefined;
}): ReactElement {
  const { call, store } = fixture;
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme} {...(targetDocument ? { targetDocument } : {})}>
          <CallDiagnosticsProvider call={call} onRetry={() => {}} history={false}>
            <main>call UI</main>
          </CallDiagnosticsProvider>
          <CallDiagnosticsProvider call={createFakeCall({ id: 'ssr-call-2' })} locale={heIL} history={false}>
            <main>call UI (he-IL)</main>
          </CallDiagnosticsProvider>
          <RelayDiagnosticsBanner diagnostics={store} onRetry={() => {}} />
          <RecoveryToast diagnostics={store} />
          <FirewallGuidancePanel diagnostics={store} open />
          <SupportReportActions diagnostics={store} />
          <SupportReportPreview diagnostics={store} />
        </FluentProvider>
      </SSRProvider>
    </RendererProvider>
  );
}

export { createDOMRenderer };
