import { selectSpeakingWhileMuted } from '@call-diagnostics/core';
import { useContext, useMemo, useState } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { mediaSurfacesChunk } from '../../families/media/mediaSurfacesChunk.js';
import { useMediaStrings } from '../../families/media/useMediaStrings.js';
import { useOptionalChunk as useLazyModule } from '../../hooks/useChunk.js';
import { useDiagnosticsSelector } from '../../hooks/useDiagnosticsSelector.js';
import { useNoticeClasses } from '../Notice/useNoticeClasses.styles.js';
import { useActionLinkClassName } from '../RelayDiagnosticsBanner/useRelayDiagnosticsBannerStyles.styles.js';
import type { MutedNoticeProps, MutedNoticeState } from './MutedNotice.types.js';
import { mutedNoticeClassNames } from './useMutedNoticeStyles.styles.js';

/**
 * Decides the "You're muted" notice (Fluent's state half): shown while the SDK says the person speaks with the
 * microphone muted (`speakingWhileMicrophoneIsMuted`), gone when that clears; never in the error banner. Unmute
 * calls the call's own unmute; a failure is said in words, never thrown at the host. Closing it hides it until the
 * next time the person speaks while muted.
 */
export function useMutedNotice_unstable(props: MutedNoticeProps): MutedNoticeState {
  const since = useDiagnosticsSelector(selectSpeakingWhileMuted, props.diagnostics);
  const strings = useMediaStrings(since !== undefined);
  // The call's controls (`useCallControls()`) come with the media family's chunk, fetched when the person first speaks
  // muted, like the strings: the notice shows once both have arrived, so Unmute never comes after the words.
  const context = useContext(CallDiagnosticsContext);
  const mediaPart = useLazyModule(mediaSurfacesChunk, since !== undefined && !props.onUnmute);
  const own = useMemo(() => mediaPart?.unmuteOf(context), [mediaPart, context]);
  const command = props.onUnmute ?? own;
  const [closedAt, setClosedAt] = useState<number>();
  const [failedAt, setFailedAt] = useState<number>();
  const { root: className, ...classes } = useNoticeClasses(mutedNoticeClassNames.root, 'info', props.className);
  const actionClassName = useActionLinkClassName();
  const muted = strings?.muted;
  const failed = failedAt !== undefined && failedAt === since;
  return {
    visible: since !== undefined && !!muted && (!!props.onUnmute || !!mediaPart) && closedAt !== since,
    title: muted?.title ?? '',
    body: (failed ? muted?.unmuteFailed : muted?.body) ?? '',
    unmute:
      command && muted
        ? {
            label: muted.unmute,
            onClick: () => {
              setFailedAt(undefined);
              const fail = () => setFailedAt(since);
              try {
                Promise.resolve(command()).catch(fail);
              } catch {
                fail();
              }
            },
          }
        : undefined,
    dismiss: { label: muted?.dismiss ?? '', onClick: () => setClosedAt(since) },
    className,
    classes,
    actionClassName,
  };
}
