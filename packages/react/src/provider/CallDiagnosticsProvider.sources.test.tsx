import {
  createFakeCall,
  createFakeCallAdapter,
  createFakeCallAgent,
  createFakeStatefulCallClient,
} from '@call-diagnostics/testing';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enUS } from '../localization/en-US.js';
import { CallDiagnosticsProvider } from './CallDiagnosticsProvider.js';

const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

afterEach(() => vi.restoreAllMocks());

/** The CallAgent, CallAdapter and StatefulCallClient sources are fetched on first use: wait for them. */
const settled = () => act(() => vi.dynamicImportSettled());

describe('CallDiagnosticsProvider source props', () => {
  it.each([
    [
      'callAgent',
      () => {
        const agent = createFakeCallAgent();
        return {
          props: { callAgent: agent },
          raise: agent.controls.raiseNetwork,
          end: agent.controls.end,
          count: agent.controls.listenerCount,
        };
      },
    ],
    [
      'adapter',
      () => {
        const adapter = createFakeCallAdapter();
        return {
          props: { adapter },
          raise: adapter.controls.raiseNetwork,
          end: adapter.controls.end,
          count: adapter.controls.listenerCount,
        };
      },
    ],
    [
      'statefulClient',
      () => {
        const client = createFakeStatefulCallClient();
        return {
          props: { statefulClient: client },
          raise: (n: string, v: boolean | 1 | 2 | 3) => client.controls.raiseNetwork(n, v),
          end: (r: { code: number; subCode?: number }) => client.controls.end(r),
          count: client.controls.listenerCount,
        };
      },
    ],
  ] as const)(
    '%s: one banner for the most important issue, the end, and 0 listeners after unmount',
    async (_name, make) => {
      const { props, raise, end, count } = make();
      const { unmount } = wrap(
        <CallDiagnosticsProvider {...props}>
          <p>call UI</p>
        </CallDiagnosticsProvider>,
      );
      await settled();
      act(() => {
        raise('networkSendQuality', 2);
        raise('networkReconnect', 2);
        raise('noNetwork', true);
      });
      expect(screen.getByText(enUS.network.noNetworkTitle)).toBeInTheDocument();
      expect(screen.getByText('+2 more issues')).toBeInTheDocument();
      expect(document.querySelectorAll('.fui-MessageBar')).toHaveLength(1);
      act(() => raise('noNetwork', false));
      expect(screen.getByText(enUS.network.reconnectingTitle)).toBeInTheDocument();
      expect(screen.getByText('+1 more issue')).toBeInTheDocument();
      act(() => end({ code: 496, subCode: 7 }));
      expect(screen.getByText(enUS.network.endTitles.networkLostNoReconnect)).toBeInTheDocument();
      expect(screen.getByText('Error code 496/7')).toBeInTheDocument();
      unmount();
      expect(count()).toBe(0);
    },
  );

  it('no source prop: a clear developer error and the children untouched', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    wrap(
      <CallDiagnosticsProvider>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/no source: give one of `call`, `callAgent`, `adapter`/));
  });

  it('two source props: names them, attaches to neither, children untouched', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const call = createFakeCall();
    const adapter = createFakeCallAdapter();
    wrap(
      <CallDiagnosticsProvider call={call} adapter={adapter}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    act(() => call.controls.end({ code: 410, subCode: 3112 }));
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    expect(call.controls.listenerCount()).toBe(0);
    expect(adapter.controls.listenerCount()).toBe(0);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/got `call` and `adapter`/));
  });

  it('a source prop given as undefined (not there yet) is fine', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    wrap(
      <CallDiagnosticsProvider adapter={undefined}>
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    expect(screen.getByText('call UI')).toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
  });

  it('statefulClient with callId follows that call only', async () => {
    const client = createFakeStatefulCallClient({ calls: [{ id: 'a' }, { id: 'b' }] });
    wrap(
      <CallDiagnosticsProvider statefulClient={client} callId="a">
        <p>call UI</p>
      </CallDiagnosticsProvider>,
    );
    await settled();
    act(() => client.controls.raiseNetwork('noNetwork', true, 'b'));
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    act(() => client.controls.end({ code: 410, subCode: 3112 }, 'a'));
    expect(screen.getByText('Error code 410/3112')).toBeInTheDocument();
  });
});
