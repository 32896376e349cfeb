import { type CallControls, controlsOf } from '@call-diagnostics/core';
import { useContext, useMemo } from 'react';
import { CallDiagnosticsContext } from '../context/CallDiagnosticsContext.js';

const NONE: CallControls = {};

/**
 * What the surfaces may ask of the call: the provider's source's own controls (`call.unmute()`, `adapter.unmute()`,
 * `call.stopVideo(stream)`, `adapter.stopCamera()`), with the provider's `controls` prop over them. Empty outside a
 * provider or without a source.
 */
export function useCallControls(): CallControls {
  const context = useContext(CallDiagnosticsContext);
  const source = context?.callSource;
  const own = context?.controls;
  return useMemo(() => (source || own ? { ...(source ? controlsOf(source) : {}), ...own } : NONE), [source, own]);
}
