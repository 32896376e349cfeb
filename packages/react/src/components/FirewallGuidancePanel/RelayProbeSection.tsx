import type { RelayProbeResult } from '@call-diagnostics/core';
import type { ReactElement } from 'react';
import type { RelayProbeHandle } from '../../hooks/useRelayProbe.js';
import type { CallDiagnosticsStrings } from '../../localization/en-US.js';
import { formatProbeResult, formatProbeVerdict } from '../../localization/formatProbe.js';
import { formatString } from '../../localization/strings.js';
import { ActionButton } from '../ActionButton/ActionButton.js';
import type { FirewallGuidancePanelClasses } from './FirewallGuidancePanel.types.js';

/** Stable keys for results: the URL, plus a count when the same URL is listed twice. */
function keyed(results: readonly RelayProbeResult[]): Array<[string, RelayProbeResult]> {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const n = (seen.get(result.url) ?? 0) + 1;
    seen.set(result.url, n);
    return [`${result.url}#${n}`, result];
  });
}

/** @internal Props of the panel's "Test my connection" section. */
export interface RelayProbeSectionProps {
  readonly probe: RelayProbeHandle;
  /** False when the app gave no relay servers (ACS's own relays): the section explains, and offers no test. */
  readonly available: boolean;
  readonly strings: CallDiagnosticsStrings;
  readonly classes: FirewallGuidancePanelClasses;
}

/** @internal "Test my connection": start, progress, cancel, a result per relay URL and the verdict in words. */
export function RelayProbeSection({ probe, available, strings, classes }: RelayProbeSectionProps): ReactElement {
  const p = strings.probe;
  const running = probe.state === 'running';
  return (
    <section className={classes.probe} aria-labelledby="cdk-relay-probe-title">
      <h3 className={classes.heading} id="cdk-relay-probe-title">
        {p.title}
      </h3>
      {!available ? (
        <p className={classes.text}>{p.noServers}</p>
      ) : (
        <>
          <p className={classes.text}>{p.intro}</p>
          <div className={classes.actions}>
            {running ? (
              <ActionButton onClick={probe.cancel}>{p.cancel}</ActionButton>
            ) : (
              <ActionButton appearance="primary" onClick={() => probe.start()}>
                {probe.state === 'idle' ? p.start : p.again}
              </ActionButton>
            )}
          </div>
          <div role="status" aria-live="polite" className={classes.probeStatus}>
            {running && (
              <>
                <span className={classes.text}>{formatString(p.running, { count: probe.total })}</span>
                <ProbeProgress
                  label={p.progressLabel}
                  percent={probe.total > 0 ? Math.round((probe.completed / probe.total) * 100) : 0}
                  classes={classes}
                />
              </>
            )}
            {probe.state === 'cancelled' && <p className={classes.text}>{p.cancelled}</p>}
            {probe.state === 'done' && probe.summary && (
              <p className={classes.callout}>
                <strong>{p.verdictTitle}: </strong>
                {formatProbeVerdict(probe.summary, strings)}
              </p>
            )}
          </div>
          {probe.results.length > 0 && (
            <ul className={classes.checklist} aria-label={p.resultsLabel}>
              {keyed(probe.results).map(([key, result]) => (
                <li key={key} data-status={result.status}>
                  {formatProbeResult(result, strings)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The probe's progress: a progressbar with a Fluent ProgressBar's look (the kit's classes), named by `label`. */
function ProbeProgress({
  label,
  percent,
  classes,
}: {
  readonly label: string;
  readonly percent: number;
  readonly classes: { readonly progress?: string | undefined; readonly progressBar?: string | undefined };
}): ReactElement {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={classes.progress}
    >
      <div className={classes.progressBar} style={{ width: `${percent}%` }} />
    </div>
  );
}
