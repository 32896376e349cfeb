import type { DiagnosticsSource } from '../createCallDiagnostics.js';
import { isDevelopment } from '../dev.js';
import type { CallAdapterLike, CallAgentLike, CallLike, StatefulCallClientLike } from './types.js';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * The four ways a calling UI holds a call, as a binding's props: give one. `undefined` or `null` means "not there
 * yet" (a Server Component passes `null`: an undefined prop does not cross to the client).
 * @public
 */
export interface SourceProps {
  /** A raw ACS SDK `Call`. */
  readonly call?: CallLike | null | undefined;
  /** An ACS SDK `CallAgent`: its active call is followed. */
  readonly callAgent?: CallAgentLike | null | undefined;
  /** `@azure/communication-react`'s `CallAdapter`. */
  readonly adapter?: CallAdapterLike | null | undefined;
  /** `@azure/communication-react`'s `StatefulCallClient`. */
  readonly statefulClient?: StatefulCallClientLike | null | undefined;
  /** With `statefulClient`: the call to follow. */
  readonly callId?: string | undefined;
}

/**
 * What {@link chooseSource} decided: the source to attach (undefined while the holder is not there yet), or the
 * developer error (a sentence in development builds; in production a short code: `1` several holders, `2` none,
 * `3` `callId` without `statefulClient`).
 * @public
 */
export type SourceChoice =
  | { readonly source: DiagnosticsSource | undefined; readonly problem?: undefined }
  | { readonly source?: undefined; readonly problem: string };

const HOLDERS = ['call', 'callAgent', 'adapter', 'statefulClient'] as const;

/**
 * Picks the diagnostics source from a binding's four holder props (the React provider's, or any other framework's):
 * exactly one holder, a holder prop that is present but `undefined`/`null` counts as "not there yet". With
 * `optional`, having no holder prop at all is fine (the binding has another source, e.g. a shared diagnostics
 * object).
 * @public
 */
export function chooseSource(props: SourceProps, options: { readonly optional?: boolean } = {}): SourceChoice {
  const given = HOLDERS.filter((key) => props[key] !== undefined && props[key] !== null);
  if (given.length > 1) {
    return {
      problem:
        isDevelopment() && process.env.NODE_ENV !== 'production'
          ? `give exactly one of \`call\`, \`callAgent\`, \`adapter\` or \`statefulClient\`; got ${given
              .map((key) => `\`${key}\``)
              .join(' and ')}.`
          : '1',
    };
  }
  if (!options.optional && !HOLDERS.some((key) => key in props)) {
    return {
      problem:
        isDevelopment() && process.env.NODE_ENV !== 'production'
          ? 'no source: give one of `call`, `callAgent`, `adapter` or `statefulClient` (or a `diagnostics` object).'
          : '2',
    };
  }
  if (props.callId !== undefined && !('statefulClient' in props)) {
    return {
      problem:
        isDevelopment() && process.env.NODE_ENV !== 'production' ? '`callId` only applies with `statefulClient`.' : '3',
    };
  }
  const { call, callAgent, adapter, statefulClient } = props;
  return {
    source: call
      ? { kind: 'call', call }
      : callAgent
        ? { kind: 'callAgent', agent: callAgent }
        : adapter
          ? { kind: 'callAdapter', adapter }
          : statefulClient
            ? { kind: 'statefulCallClient', client: statefulClient, callId: props.callId }
            : undefined,
  };
}
