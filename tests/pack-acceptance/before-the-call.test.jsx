// Issues 11 and 15 as a user meets them, against the installed tarballs only: the readiness check before the call
// (core object, React component, its finding in the in-call banner) and the Application Insights sink.
// The browser parts are hand-made to the shape of the real APIs: a relay-only RTCPeerConnection that reports
// icecandidateerror 701 for UDP and a relay candidate for TCP (a network that blocks UDP), and fetch.
import { createApplicationInsightsSink, createReadinessCheck } from '@call-diagnostics/core';
import { CallDiagnosticsProvider, CallReadinessCheck, preloadCallDiagnosticsUi } from '@call-diagnostics/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';

afterEach(cleanup);

const open = new Set();
/** A network that blocks UDP: UDP relay URLs fail with 701 and gathering ends, TCP ones give a relay candidate. */
class UdpBlockedPeerConnection extends EventTarget {
  constructor(config) {
    super();
    this.url = config.iceServers[0].urls;
    open.add(this);
  }
  createDataChannel() {
    return {};
  }
  async createOffer() {
    return { type: 'offer', sdp: 'v=0\r\n' };
  }
  async setLocalDescription() {
    this.timer = setTimeout(() => {
      if (this.url.includes('transport=tcp')) {
        const candidate = {
          type: 'relay',
          candidate: 'candidate:1 1 udp 1 192.0.2.1 5000 typ relay',
          relayProtocol: 'tcp',
        };
        this.dispatchEvent(Object.assign(new Event('icecandidate'), { candidate }));
      } else {
        this.dispatchEvent(
          Object.assign(new Event('icecandidateerror'), { errorCode: 701, errorText: 'unreachable', url: this.url }),
        );
        // Then gathering ends, as in Chromium: every interface has spoken.
        this.dispatchEvent(Object.assign(new Event('icecandidate'), { candidate: null }));
      }
    }, 5);
  }
  async getStats() {
    return new Map();
  }
  close() {
    clearTimeout(this.timer);
    open.delete(this);
  }
}

const platform = {
  RTCPeerConnection: UdpBlockedPeerConnection,
  fetch: async () => ({ body: null }),
  permissions: { query: async () => ({ state: 'granted' }) },
  mediaDevices: { enumerateDevices: async () => [{ kind: 'audioinput' }, { kind: 'videoinput' }] },
};
const iceServers = [
  {
    urls: ['turn:relay.contoso.example:3478', 'turn:relay.contoso.example:443?transport=tcp'],
    username: 'u',
    credential: 'secret-cred',
  },
];

function sdkShapedCall() {
  const listeners = new Map();
  const call = {
    id: 'acceptance-readiness-call',
    state: 'Connected',
    callEndReason: undefined,
    info: { participantId: 'participant-1' },
    on: (e, fn) => listeners.set(`${e}`, fn),
    off: (e) => listeners.delete(`${e}`),
    feature: () => ({
      network: { getLatest: () => ({}), on: (_, fn) => listeners.set('ufd', fn), off: () => listeners.delete('ufd') },
    }),
  };
  return {
    call,
    raise: (diagnostic, value) => listeners.get('ufd')?.({ diagnostic, value, valueType: 'DiagnosticFlag' }),
    end: (code, subCode) => {
      call.callEndReason = { code, subCode };
      call.state = 'Disconnected';
      listeners.get('stateChanged')?.();
    },
  };
}
const Features = { UserFacingDiagnostics: {} };

test('createReadinessCheck on a network that blocks UDP: relays warn (TCP works), each check says why', async () => {
  const sent = [];
  const check = createReadinessCheck({
    iceServers,
    endpoints: ['https://contoso.communication.azure.com/'],
    history: false,
    platform,
    onDiagnosticEvent: createApplicationInsightsSink({ trackEvent: (e) => sent.push(e) }),
  });
  const result = await check.run();
  expect(result.verdict).toBe('warnings');
  expect(result.checks.find((c) => c.id === 'relays')).toMatchObject({
    status: 'warn',
    reason: 'udp-blocked-tcp-works',
  });
  expect(result.checks.find((c) => c.id === 'signalling')).toMatchObject({ status: 'pass' });
  expect(open.size).toBe(0);
  expect(sent).toEqual([expect.objectContaining({ name: 'CallDiagnostics.readinessChecked' })]);
  expect(JSON.stringify(sent)).not.toContain('secret-cred');
  expect(() => createReadinessCheck({ timeoutMs: -1 })).toThrow(/timeoutMs/);
});

test('<CallReadinessCheck> shows the failed check in words and "Join anyway"; the banner repeats the finding in the call', async () => {
  const onJoin = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <CallReadinessCheck iceServers={iceServers} history={false} platform={platform} autoStart onJoin={onJoin} />
    </FluentProvider>,
  );
  expect(await screen.findByText(/Your network blocks UDP/, {}, { timeout: 15_000 })).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Join anyway' }));
  expect(onJoin).toHaveBeenCalledTimes(1);
  const readiness = onJoin.mock.calls[0][0];
  expect(readiness.verdict).toBe('warnings');
  cleanup();

  await preloadCallDiagnosticsUi();
  const sim = sdkShapedCall();
  const trackEvent = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <CallDiagnosticsProvider
        call={sim.call}
        features={Features}
        readiness={readiness}
        onDiagnosticEvent={createApplicationInsightsSink({ trackEvent })}
      >
        <p>my call screen</p>
      </CallDiagnosticsProvider>
    </FluentProvider>,
  );
  await act(async () => {});
  act(() => sim.raise('networkRelaysNotReachable', true));
  expect(await screen.findByText(/The check before this call found/, {}, { timeout: 15_000 })).toBeTruthy();
  act(() => sim.end(410, 3112));
  expect(trackEvent).toHaveBeenCalledWith(
    expect.objectContaining({
      name: 'CallDiagnostics.callEnded',
      properties: expect.objectContaining({ CorrelationId: 'acceptance-readiness-call', endSubCode: 3112 }),
    }),
  );
});
