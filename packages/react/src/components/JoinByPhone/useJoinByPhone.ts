import { dialInLink } from '@call-diagnostics/core';
import { useContext } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { numberLine, readableConferenceId } from '../../families/fallback/format.js';
import { useDialIn } from '../../families/fallback/useDialIn.js';
import { useFallbackStrings } from '../../families/fallback/useFallbackStrings.js';
import { trackUiEvent } from '../../hooks/trackUiEvent.js';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { formatString } from '../../localization/strings.js';
import type { JoinByPhoneProps, JoinByPhoneState } from './JoinByPhone.types.js';
import { useJoinByPhoneClasses_unstable } from './useJoinByPhoneStyles.styles.js';

/**
 * Decides the "Join by phone" section (Fluent's state half): every number of the meeting's dial-in details (the
 * provider's `dialIn`, or a Teams meeting's own), each a `tel:` link that dials it and enters the conference ID, and
 * copyable; the conference ID, copyable; the page of every local number when known. A tap on a number records
 * `fallbackChosen` (`phone`). Nothing without details.
 */
export function useJoinByPhone_unstable(props: JoinByPhoneProps): JoinByPhoneState {
  const context = useContext(CallDiagnosticsContext);
  const diagnostics = props.diagnostics ?? context?.diagnostics;
  const dialIn = useDialIn(props.diagnostics);
  const strings = useFallbackStrings(dialIn !== undefined);
  const [copyStatus, copy] = useCopyToClipboard();
  const classes = useJoinByPhoneClasses_unstable(props.className);
  const p = strings?.phone;
  const numbers =
    dialIn && strings && p
      ? dialIn.numbers.map((number, index) => ({
          key: `${index}:${number.dial}`,
          text: numberLine(strings, number),
          callLabel: formatString(p.call, { number: number.display }),
          href: dialInLink(number, dialIn.conferenceId),
          copy: () => void copy(number.display),
        }))
      : [];
  return {
    visible: !!dialIn && !!p,
    dialIn,
    title: p?.title ?? '',
    intro: p?.intro ?? '',
    numbers,
    conferenceIdText:
      dialIn && p ? formatString(p.conferenceId, { conferenceId: readableConferenceId(dialIn.conferenceId) }) : '',
    copyConferenceId: () => void (dialIn && copy(dialIn.conferenceId)),
    labels: {
      copyNumber: p?.copyNumber ?? '',
      copyConferenceId: p?.copyConferenceId ?? '',
      moreNumbers: p?.moreNumbers ?? '',
      copied: p?.copied ?? '',
      copyFailed: p?.copyFailed ?? '',
    },
    copyStatus,
    classes,
    onCall: () => trackUiEvent(diagnostics, 'fallbackChosen', { fallback: 'phone' }),
  };
}
