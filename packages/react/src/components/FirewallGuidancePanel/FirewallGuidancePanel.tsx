import { ACS_FIREWALL_PUBLIC, redactText } from '@call-diagnostics/core';
import {
  Body1,
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  OverlayDrawer,
  Subtitle2,
  Textarea,
  useIsSSR,
} from '@fluentui/react-components';
import { type ReactElement, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { CallDiagnosticsContext } from '../../context/CallDiagnosticsContext.js';
import { useCopyToClipboard } from '../../hooks/useCopyToClipboard.js';
import { useBannerModel, useCallDetails } from '../../hooks/useRelayDiagnostics.js';
import { useRelayProbe } from '../../hooks/useRelayProbe.js';
import { useDiagnosticsStrings } from '../../hooks/useStrings.js';
import { formatAdminText, formatCallDetails, formatRule, formatString } from '../../localization/format.js';
import { formatProbeAdminText } from '../../localization/formatProbe.js';
import { SupportReportActions } from '../SupportReport/SupportReport.js';
import type { FirewallGuidancePanelProps } from './FirewallGuidancePanel.types.js';
import { RelayProbeSection } from './RelayProbeSection.js';
import { useFirewallGuidancePanelStyles } from './useFirewallGuidancePanelStyles.styles.js';

const noopSubscribe = () => () => {};
const closed = () => false;

/**
 * "Check your firewall": the checklist for 410/3112 (UDP 3478–3481 and TCP 443 to 20.202.0.0/16, the signalling
 * domains, NAT, VPN split tunnelling, corporate firewalls, custom TURN servers) and a text to copy for an IT admin.
 * A Fluent `OverlayDrawer`: modal, focus moves in and returns on close, Escape closes.
 *
 * With `iceServers` (the app's own TURN servers) it offers "Test my connection": a relay probe per URL and
 * transport from this browser, whose results (URLs, never credentials) go into the IT-admin text.
 */
export function FirewallGuidancePanel(props: FirewallGuidancePanelProps): ReactElement {
  const context = useContext(CallDiagnosticsContext);
  const ui = context?.ui;
  const uiOpen = useSyncExternalStore(
    ui ? ui.subscribe : noopSubscribe,
    ui ? () => ui.getSnapshot().panelOpen : closed,
    ui ? () => ui.getSnapshot().panelOpen : closed,
  );
  // Under Fluent's SSRProvider the drawer (a portal) opens only after hydration: the server cannot render portals, so
  // an open drawer in the first client render would not match the server HTML.
  const isSSR = useIsSSR();
  const open = !isSSR && (props.open ?? uiOpen);
  const strings = useDiagnosticsStrings();
  const details = useCallDetails(props.diagnostics);
  const banner = useBannerModel(props.diagnostics);
  const classes = useFirewallGuidancePanelStyles(props.className);
  const [copyStatus, copy] = useCopyToClipboard();
  // "Copy details" (call ID, participant ID, code, time) after an end: moved here from the banner, which keeps two
  // actions. When the clipboard is denied the details are shown to select by hand.
  const [detailsStatus, copyDetails] = useCopyToClipboard();
  const { onOpenChange } = props;
  const setOpen = useCallback(
    (next: boolean) => {
      onOpenChange?.(next);
      if (props.open === undefined) {
        if (next) ui?.openPanel();
        else ui?.closePanel();
      }
    },
    [onOpenChange, props.open, ui],
  );

  const p = strings.panel;
  const b = strings.banner;
  const detailsText = formatCallDetails(details, strings);
  const profile = props.firewall ?? ACS_FIREWALL_PUBLIC;
  const media = profile.rules.filter((rule) => rule.purpose === 'media');
  const signalling = profile.rules.filter((rule) => rule.purpose === 'signalling');
  const mediaRange = [...new Set(media.flatMap((rule) => rule.addressRanges))].join(', ');
  const domains = [...new Set(signalling.flatMap((rule) => rule.domains))].join(', ');
  const probeAvailable = Array.isArray(props.iceServers) && props.iceServers.length > 0;
  const probe = useRelayProbe({ ...props.probeOptions, iceServers: props.iceServers });
  const baseAdminText = formatAdminText(details, strings, profile);
  // It goes into e-mails and tickets: secrets are redacted. It holds nothing personal by construction (rules, the
  // call and participant IDs, TURN URLs without credentials), so addresses (the firewall's ranges) stay.
  const adminText = redactText(
    probe.results.length > 0
      ? `${baseAdminText}\n\n${formatProbeAdminText(probe.results, probe.summary, strings)}`
      : baseAdminText,
    [],
    true,
  );
  // The probe just run goes into the support report too: URLs (credentials removed), transports, statuses, codes.
  const probed = probe.results.length > 0 ? probe.results : undefined;
  const reportProbe = useMemo(
    () => (probed ? { results: probed, summary: probe.summary } : undefined),
    [probed, probe.summary],
  );

  return (
    <OverlayDrawer
      open={open}
      onOpenChange={(_, data) => setOpen(data.open)}
      position={props.position ?? 'end'}
      size="medium"
      className={classes.root}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label={p.close} onClick={() => setOpen(false)}>
              {p.close}
            </Button>
          }
        >
          {p.title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={classes.body}>
        <Body1>{p.intro}</Body1>
        {banner.kind === 'callEnded' && (
          <>
            <Body1 className={classes.callout}>
              {formatString(p.failedCall, { code: banner.codeText, callId: banner.callId ?? strings.details.unknown })}
            </Body1>
            <div className={classes.actions}>
              <Button onClick={() => void copyDetails(detailsText)}>{b.copyDetails}</Button>
              {detailsStatus === 'copied' && <span role="status">{b.copied}</span>}
              {detailsStatus === 'failed' && <span role="alert">{b.copyFailed}</span>}
            </div>
            {detailsStatus === 'failed' && (
              <Field label={b.detailsLabel}>
                <Textarea readOnly value={detailsText} className={classes.admin} resize="vertical" />
              </Field>
            )}
          </>
        )}
        <Subtitle2 as="h3">{p.checklistTitle}</Subtitle2>
        <ol className={classes.checklist}>
          <li>{formatString(p.checkMediaPorts, { range: mediaRange })}</li>
          <li>{formatString(p.checkSignalling, { domains })}</li>
          <li>{p.checkUdp}</li>
          <li>{p.checkNat}</li>
          <li>{p.checkVpn}</li>
          <li>{p.checkCorporate}</li>
          <li>{p.checkCustomTurn}</li>
        </ol>
        <Subtitle2 as="h3">{p.rulesTitle}</Subtitle2>
        <ul className={classes.checklist}>
          {profile.rules.map((rule) => (
            <li key={rule.key}>{formatRule(rule, strings)}</li>
          ))}
        </ul>
        <Body1 className={classes.callout}>{p.retryAdvice}</Body1>
        <RelayProbeSection probe={probe} available={probeAvailable} strings={strings} classes={classes} />
        <Subtitle2 as="h3">{p.adminTitle}</Subtitle2>
        <Field label={p.adminIntro}>
          <Textarea readOnly value={adminText} className={classes.admin} resize="vertical" />
        </Field>
        <div className={classes.actions}>
          <Button appearance="primary" onClick={() => void copy(adminText)}>
            {p.copyAdmin}
          </Button>
          {copyStatus === 'copied' && <span role="status">{p.copied}</span>}
          {copyStatus === 'failed' && <span role="alert">{p.copyFailed}</span>}
        </div>
        <Subtitle2 as="h3">{strings.report.title}</Subtitle2>
        <Body1>{strings.report.intro}</Body1>
        <SupportReportActions
          {...(props.diagnostics ? { diagnostics: props.diagnostics } : {})}
          {...(reportProbe ? { probe: reportProbe } : {})}
        />
      </DrawerBody>
    </OverlayDrawer>
  );
}
