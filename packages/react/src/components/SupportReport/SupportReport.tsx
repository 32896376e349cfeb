import { Body1, Button, Field, mergeClasses, Subtitle2, Textarea } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import { useSupportReport } from '../../hooks/useSupportReport.js';
import { useSupportReportActions } from '../../hooks/useSupportReportActions.js';
import { ReportStatus } from './ReportStatus.js';
import type { SupportReportActionsProps, SupportReportPreviewProps } from './SupportReport.types.js';
import { useSupportReportStyles } from './useSupportReportStyles.styles.js';

function ReportButtons(
  props: SupportReportActionsProps & { readonly classes: ReturnType<typeof useSupportReportStyles> },
) {
  const strings = useDiagnosticsStrings();
  const r = strings.report;
  const { status, copy, download } = useSupportReportActions(props.diagnostics, props.probe);
  const size = props.size ?? 'medium';
  return (
    <>
      <Button size={size} onClick={() => void copy()}>
        {r.copy}
      </Button>
      <Button size={size} onClick={download}>
        {r.download}
      </Button>
      <ReportStatus status={status} className={props.classes.status} />
    </>
  );
}

/**
 * "Copy report" (text) and "Download report" (.json) buttons. The report is built when pressed, redacted (tokens,
 * TURN credentials, the app's `redact` rules), and each press is tracked as telemetry.
 */
export function SupportReportActions(props: SupportReportActionsProps): ReactElement {
  const classes = useSupportReportStyles(undefined);
  return (
    <span className={mergeClasses(classes.actions, props.className)}>
      <ReportButtons {...props} classes={classes} />
    </span>
  );
}

/** The support report as people will send it: a read-only preview, with Copy and Download. */
export function SupportReportPreview(props: SupportReportPreviewProps): ReactElement {
  const strings = useDiagnosticsStrings();
  const classes = useSupportReportStyles(props.className);
  const report = useSupportReport(props.diagnostics, props.probe);
  const r = strings.report;
  return (
    <section className={classes.root} aria-label={props.heading === false ? r.title : undefined}>
      {props.heading !== false && (
        <>
          <Subtitle2 as="h3">{r.title}</Subtitle2>
          <Body1>{r.intro}</Body1>
        </>
      )}
      <Field label={r.previewLabel}>
        <Textarea readOnly value={report.text} className={classes.preview} resize="vertical" />
      </Field>
      <div className={classes.actions}>
        <ReportButtons {...props} classes={classes} />
      </div>
    </section>
  );
}
