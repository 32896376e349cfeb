import { type CallDetails, type ReadinessResult, selectCallDetails } from '@call-diagnostics/core';
import { useContext, useEffect, useId, useState } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useLoadedBannerModel } from '../../families/bannerFamilies.js';
import { useFallbacks } from '../../families/fallback/useFallbacks.js';
import { useMediaBannerParts } from '../../families/media/useMediaBannerParts.js';
import { moreIssuesText } from '../../families/network/bannerState.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { usePrimaryAction } from '../../hooks/usePrimaryAction.js';
import { useRecurrence } from '../../hooks/useRecurrence.js';
import type { BannerStrings } from '../../localization/bannerStrings.js';
import { useBannerStrings } from '../../localization/useBannerStrings.js';
import { type BannerStateContext, BLANK, bannerKindState } from './bannerStates.js';
import type { RelayDiagnosticsBannerProps, RelayDiagnosticsBannerState } from './RelayDiagnosticsBanner.types.js';
import { relayDiagnosticsBannerBaseClasses } from './useRelayDiagnosticsBannerStyles.styles.js';

/**
 * Decides what the banner shows (Fluent's state half): a warning while relays are unreachable, the most important
 * other network issue, or after a network-family end (410/3112 above all) an error with the code and the call ID;
 * nothing on a healthy call (`kind: 'none'`). It picks at most two actions, per Fluent's MessageBar guidance: after
 * a 410/3112 end the history decides the primary one ("Try again" when the failure looks transient, "Check your
 * network" when it keeps happening) and the other is the secondary. Draw it with
 * `renderRelayDiagnosticsBanner_unstable`, or your own markup.
 */
export function useRelayDiagnosticsBanner_unstable(props: RelayDiagnosticsBannerProps): RelayDiagnosticsBannerState {
  const context = useContext(CallDiagnosticsContext);
  // The families' parts the banner has (the media family's is fetched when a media UFD is first raised), not core's
  // `selectBanner`, which holds every family's catalog: the banner's chunk is fetched on every mount.
  const model = useLoadedBannerModel(props.diagnostics);
  const primary = usePrimaryAction(props.diagnostics);
  const recurrence = useRecurrence(props.diagnostics);
  const details = useDiagnosticsSelector(selectCallDetails, props.diagnostics);
  const strings = useBannerStrings();
  // Marks the action that opens the panel so focus returns to it when the panel closes (the panel is a restore source).
  const restoreFocusTarget: Record<string, string | undefined> = { ...RESTORE_FOCUS_TARGET };
  const relayProblem =
    model.kind === 'relaysUnreachable' || (model.kind === 'callEnded' && model.relayFailure)
      ? context?.readiness
      : undefined;
  const readinessText = useReadinessFinding(relayProblem, strings);
  const media = useMediaBannerParts(context, props.diagnostics);
  const actions = useBannerActions(props, strings, details);
  // "Join by phone" after an end the network caused, when dial-in details are known (the fallback family's chunk).
  const { joinByPhone } = useFallbacks(props.diagnostics, false);
  const offer = model.kind === 'callEnded' ? joinByPhone?.offer : undefined;
  useEffect(() => offer?.(), [offer]);
  // Without strings yet (a locale tag's rules on their way) the banner shows nothing meanwhile.
  const kind =
    strings &&
    bannerKindState(model, {
      strings,
      ...actions,
      primary,
      recurrence: recurrence?.kind,
      ...media,
      moreIssues: (count) => moreIssuesText(strings, count),
      joinByPhone,
    });
  const titleId = useId();
  const base = { readinessText, restoreFocusTarget, titleId, classes: relayDiagnosticsBannerBaseClasses };
  // A kind with nothing to say yet (its family's strings are on their way) shows nothing meanwhile.
  if (!kind) return { ...base, ...BLANK, model: NONE, kind: 'none' };
  return { ...base, ...kind, model, kind: model.kind };
}

const NONE = { kind: 'none' } as const;

/**
 * The attribute Fluent's `useRestoreFocusTarget()` returns (tabster's restorer target; a test pins them equal). That hook
 * also sets up tabster's restorer, whose code would then be in the chunk every call screen loads: the panel's drawer
 * sets it up instead (rendered, closed, once its chunk is there, before "Check your network" is pressed; an app's own
 * drawer or dialog does the same).
 */
export const RESTORE_FOCUS_TARGET: Readonly<Record<string, string>> = { 'data-tabster': '{"restorer":{"type":1}}' };

/** "Try again" (the app's `onRetry`) and "Check your network" (the guidance panel), when there are such handlers. */
function useBannerActions(
  props: RelayDiagnosticsBannerProps,
  strings: BannerStrings | undefined,
  details: CallDetails,
): Pick<BannerStateContext, 'retry' | 'checkNetwork'> {
  const context = useContext(CallDiagnosticsContext);
  const onRetry = props.onRetry ?? context?.retry;
  const onCheckNetwork = props.onCheckNetwork ?? context?.ui.openPanel;
  if (!strings) return { retry: undefined, checkNetwork: undefined };
  const b = strings.banner;
  return {
    retry: onRetry && { id: 'retry', label: b.retry, onClick: () => onRetry({ details }), opensPanel: false },
    checkNetwork: onCheckNetwork && {
      id: 'checkNetwork',
      label: b.checkNetwork,
      onClick: onCheckNetwork,
      opensPanel: true,
    },
  };
}

/**
 * What the readiness check before the call found, during a relay problem. Its words (the readiness strings) are a
 * chunk of their own, fetched only here; nothing shows until it has loaded, or if it fails to.
 */
function useReadinessFinding(
  result: ReadinessResult | undefined,
  strings: BannerStrings | undefined,
): string | undefined {
  const [found, setFound] = useState<{ result: ReadinessResult; text: string }>();
  useEffect(() => {
    if (!result || !strings) return;
    let live = true;
    import('./readinessFinding.js')
      .then((module) => module.loadReadinessFinding(result, strings))
      .then(
        (text) => live && setFound({ result, text }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [result, strings]);
  // A locale change keeps the line shown until the new words arrive.
  return result && found?.result === result ? found.text : undefined;
}
