import { ACS_FIREWALL_PUBLIC, redactText } from '@call-diagnostics/core';
import { useIsSSR } from '@fluentui/react-components';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import { useBannerModel, useCallDetails } from '../../hooks/useRelayDiagnostics.js';
import { useRelayProbe } from '../../hooks/useRelayProbe.js';
import { formatAdminText, formatCallDetails, formatRule, formatString } from '../../localization/format.js';
import { formatProbeAdminText } from '../../localization/formatProbe.js';
import type { FirewallGuidancePanelProps, FirewallGuidancePanelState } from './FirewallGuidancePanel.types.js';
import { useFirewallGuidancePanelStyles } from './useFirewallGuidancePanelStyles.styles.js';

const noopSubscribe = () => () => {};
const closed = () => false;

/**
 * Decides what the guidance panel shows (Fluent's state half): whether it is open, the checklist and rules of the
 * firewall profile, the failed call and Copy details, the IT-admin text (with the probe's results, secrets redacted)
 * and its copy, the relay probe, and the probe for the support report. Draw it with
 * `renderFirewallGuidancePanel_unstable`, or your own markup.
 */
export function useFirewallGuidancePanel_unstable(props: FirewallGuidancePanelProps): FirewallGuidancePanelState {
  const ui = useContext(CallDiagnosticsContext)?.ui;
  const uiOpen = useSyncExternalStore(
    ui ? ui.subscribe : noopSubscribe,
    ui ? () => ui.getSnapshot().panelOpen : closed,
    ui ? () => ui.getSnapshot().panelOpen : closed,
  );
  // Under Fluent's SSRProvider the panel opens only after hydration: a modal dialog is shown from an effect, so an open
  // panel in the first client render would not match the server HTML.
  const isSSR = useIsSSR();
  const strings = useDiagnosticsStrings();
  const callDetails = useCallDetails(props.diagnostics);
  const banner = useBannerModel(props.diagnostics);
  const position = props.position ?? 'end';
  const classes = useFirewallGuidancePanelStyles(props.className, position);
  const [adminStatus, copyAdmin] = useCopyToClipboard();
  // "Copy details" (call ID, participant ID, code, time) after an end: here rather than in the banner, which keeps
  // two actions. When the clipboard is denied the details are shown to select by hand.
  const [detailsStatus, copyDetails] = useCopyToClipboard();
  const { onOpenChange, open: controlled } = props;
  const setOpen = useCallback(
    (next: boolean) => {
      onOpenChange?.(next);
      if (controlled === undefined) {
        if (next) ui?.openPanel();
        else ui?.closePanel();
      }
    },
    [onOpenChange, controlled, ui],
  );

  const p = strings.panel;
  const firewall = props.firewall ?? ACS_FIREWALL_PUBLIC;
  const media = firewall.rules.filter((rule) => rule.purpose === 'media');
  const signalling = firewall.rules.filter((rule) => rule.purpose === 'signalling');
  const range = [...new Set(media.flatMap((rule) => rule.addressRanges))].join(', ');
  const domains = [...new Set(signalling.flatMap((rule) => rule.domains))].join(', ');
  const probe = useRelayProbe({ ...props.probeOptions, iceServers: props.iceServers });
  const baseAdminText = formatAdminText(callDetails, strings, firewall);
  // It goes into e-mails and tickets: secrets are redacted. It holds nothing personal by construction (rules, the
  // call and participant IDs, TURN URLs without credentials), so addresses (the firewall's ranges) stay.
  const adminText = redactText(
    probe.results.length > 0
      ? `${baseAdminText}\n\n${formatProbeAdminText(probe.results, probe.summary, strings)}`
      : baseAdminText,
    [],
    true,
  );
  const detailsText = formatCallDetails(callDetails, strings);
  // The probe just run goes into the support report too: URLs (credentials removed), transports, statuses, codes.
  const probed = probe.results.length > 0 ? probe.results : undefined;
  const reportProbe = useMemo(
    () => (probed ? { results: probed, summary: probe.summary } : undefined),
    [probed, probe.summary],
  );

  return {
    open: !isSSR && (controlled ?? uiOpen),
    setOpen,
    position,
    strings,
    firewall,
    checklist: [
      formatString(p.checkMediaPorts, { range }),
      formatString(p.checkSignalling, { domains }),
      p.checkUdp,
      p.checkNat,
      p.checkVpn,
      p.checkCorporate,
      p.checkCustomTurn,
    ],
    rules: firewall.rules.map((rule) => ({ key: rule.key, text: formatRule(rule, strings) })),
    failedCallText:
      banner.kind === 'callEnded'
        ? formatString(p.failedCall, { code: banner.codeText, callId: banner.callId ?? strings.details.unknown })
        : undefined,
    details: { text: detailsText, status: detailsStatus, copy: () => void copyDetails(detailsText) },
    admin: { text: adminText, status: adminStatus, copy: () => void copyAdmin(adminText) },
    probe,
    probeAvailable: Array.isArray(props.iceServers) && props.iceServers.length > 0,
    reportProbe,
    diagnostics: props.diagnostics,
    classes,
  };
}
