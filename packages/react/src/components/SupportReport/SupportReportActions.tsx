import { mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { ReportButtons } from './ReportButtons.js';
import type { SupportReportActionsProps } from './SupportReport.types.js';
import { useSupportReportStyles } from './useSupportReportStyles.styles.js';

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
