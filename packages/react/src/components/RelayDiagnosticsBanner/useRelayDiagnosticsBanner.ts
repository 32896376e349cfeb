import type { ReadinessResult } from '@call-diagnostics/core';
import { useRestoreFocusTarget } from '@fluentui/react-components';
import { useContext, useEffect, useMemo, useState } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { type ClientPlatform, detectPlatform } from '../../families/media/platform.js';
import { useMediaStrings } from '../../families/media/useMediaStrings.js';
import { moreIssuesText } from '../../families/network/bannerState.js';
import { useCallControls } from '../../hooks/useCallControls.js';
import { usePrimaryAction } from '../../hooks/usePrimaryAction.js';
import { useRecurrence } from '../../hooks/useRecurrence.js';
import { useBannerModel, useCallDetails } from '../../hooks/useRelayDiagnostics.js';
import type { BannerStrings } from '../../localization/bannerStrings.js';
import { useBannerStrings } from '../../localization/useBannerStrings.js';
import { BLANK, bannerKindState } from './bannerStates.js';
import type {
  RelayDiagnosticsBannerAction,
  RelayDiagnosticsBannerProps,
  RelayDiagnosticsBannerState,
} from './RelayDiagnosticsBanner.types.js';
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
  const model = useBannerModel(props.diagnostics);
  const primary = usePrimaryAction(props.diagnostics);
  const recurrence = useRecurrence(props.diagnostics);
  const details = useCallDetails(props.diagnostics);
  const strings = useBannerStrings();
  // Marks the action that opens the panel so focus returns to it when the panel closes (the panel is a restore source).
  const restoreFocusTarget: Record<string, string | undefined> = { ...useRestoreFocusTarget() };
  const relayProblem =
    model.kind === 'relaysUnreachable' || (model.kind === 'callEnded' && model.relayFailure)
      ? context?.readiness
      : undefined;
  const readinessText = useReadinessFinding(relayProblem, strings);

  const b = strings.banner;
  const onRetry = props.onRetry ?? context?.retry;
  const onCheckNetwork = props.onCheckNetwork ?? context?.ui.openPanel;
  const retry: RelayDiagnosticsBannerAction | undefined = onRetry && {
    id: 'retry',
    label: b.retry,
    onClick: () => onRetry({ details }),
    opensPanel: false,
  };
  const checkNetwork: RelayDiagnosticsBannerAction | undefined = onCheckNetwork && {
    id: 'checkNetwork',
    label: b.checkNetwork,
    onClick: onCheckNetwork,
    opensPanel: true,
  };
  const media = useMediaStrings(model.kind === 'mediaIssue');
  const { unmute, unmuteFailed } = useUnmuteAction(media?.actions.unmute);
  const onOpenDeviceSettings = context?.onOpenDeviceSettings;
  const chooseDevice =
    media &&
    onOpenDeviceSettings &&
    ((device: 'microphone' | 'camera' | 'speaker') => ({
      id: 'chooseDevice' as const,
      label: media.actions[CHOOSE[device]],
      onClick: () => onOpenDeviceSettings(device),
      opensPanel: false,
    }));
  const kind = bannerKindState(model, {
    strings,
    retry,
    checkNetwork,
    primary,
    recurrence: recurrence?.kind,
    media,
    platform: usePlatform(),
    unmute,
    unmuteFailed,
    chooseDevice,
    moreIssues: (count) => moreIssuesText(strings, count),
  });
  const base = { readinessText, restoreFocusTarget, classes: relayDiagnosticsBannerBaseClasses };
  // A kind with nothing to say yet (its family's strings are on their way) shows nothing meanwhile.
  if (!kind) return { ...base, ...BLANK, model: NONE, kind: 'none' };
  return { ...base, ...kind, model, kind: model.kind };
}

const NONE = { kind: 'none' } as const;

const CHOOSE = { microphone: 'chooseMicrophone', camera: 'chooseCamera', speaker: 'chooseSpeaker' } as const;

/** The person's platform, read once per mount (it does not change during a call). */
function usePlatform(): ClientPlatform {
  return useMemo(() => detectPlatform(), []);
}

/**
 * "Unmute" through the provider's controls (`call.unmute()`, `adapter.unmute()`): undefined when the call cannot be
 * unmuted from here. A failed unmute is said in words (`unmuteFailed`), never thrown at the host.
 */
function useUnmuteAction(label: string | undefined): {
  unmute: RelayDiagnosticsBannerAction | undefined;
  unmuteFailed: boolean;
} {
  const command = useCallControls().unmute;
  const [failed, setFailed] = useState(false);
  const unmute: RelayDiagnosticsBannerAction | undefined =
    command && label
      ? {
          id: 'unmute',
          label,
          onClick: () => {
            setFailed(false);
            command().catch(() => setFailed(true));
          },
          opensPanel: false,
        }
      : undefined;
  return { unmute, unmuteFailed: failed };
}

/**
 * What the readiness check before the call found, during a relay problem. Its words (the readiness strings) are a
 * chunk of their own, fetched only here; nothing shows until it has loaded, or if it fails to.
 */
function useReadinessFinding(result: ReadinessResult | undefined, strings: BannerStrings): string | undefined {
  const [found, setFound] = useState<{ result: ReadinessResult; text: string }>();
  useEffect(() => {
    if (!result) return;
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
