import { createFakeRelayPeerConnection } from '@call-diagnostics/testing';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRelayProbe } from './useRelayProbe.js';

const USER = 'planted-user-5e2b';
const SECRET = 'planted-secret-c0ffee-1234';
const servers = [
  {
    urls: ['turn:relay.example.com:3478', 'turn:relay.example.com:443?transport=tcp'],
    username: USER,
    credential: SECRET,
  },
  { urls: `turns:${USER}:${SECRET}@relay.example.com:443?transport=tcp`, username: USER, credential: SECRET },
  { urls: 'turns:relay.example.com:5349', username: USER, credential: SECRET },
];

function fake() {
  return createFakeRelayPeerConnection((url) =>
    url.includes(':3478')
      ? { kind: 'silent' }
      : url.startsWith('turns:')
        ? { kind: 'reachable', afterMs: 20, relayProtocol: 'tls' }
        : { kind: 'error', afterMs: 10, code: 701, text: `unreachable for ${USER}` },
  );
}

describe('useRelayProbe', () => {
  it('runs, reports progress and the summary, and aborts (closing every peer connection) on unmount', async () => {
    const pc = fake();
    const { result, unmount } = renderHook(() =>
      useRelayProbe({ iceServers: servers, RTCPeerConnection: pc.RTCPeerConnection, overallTimeoutMs: 300 }),
    );
    expect(result.current.state).toBe('idle');
    act(() => result.current.start());
    expect(result.current).toMatchObject({ state: 'running', total: 4 });
    await waitFor(() => expect(result.current.state).toBe('done'));
    expect(result.current.results.map((r) => r.status)).toEqual(['timeout', 'unreachable', 'invalid-url', 'reachable']);
    expect(result.current.summary).toMatchObject({ verdict: 'udp-blocked-tcp-works', working: ['tls'] });
    expect(pc.openCount()).toBe(0);

    act(() => result.current.start());
    await waitFor(() => expect(pc.openCount()).toBeGreaterThan(0));
    unmount();
    expect(pc.openCount()).toBe(0);
  });

  it('cancel() closes every peer connection and ends as cancelled', async () => {
    const pc = createFakeRelayPeerConnection(() => ({ kind: 'silent' }));
    const { result } = renderHook(() => useRelayProbe({ RTCPeerConnection: pc.RTCPeerConnection }));
    act(() => result.current.start(servers));
    await waitFor(() => expect(pc.openCount()).toBe(3));
    act(() => result.current.cancel());
    expect(result.current.state).toBe('cancelled');
    expect(pc.openCount()).toBe(0);
  });
});
