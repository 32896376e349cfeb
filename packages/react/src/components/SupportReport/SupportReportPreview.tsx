import { Body1, Field, Subtitle2, Textarea } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import { useSupportReport } from '../../hooks/useSupportReport.js';
import { ReportButtons } from './ReportButtons.js';
import type { SupportReportPreviewProps } from './SupportReport.types.js';
import { useSupportReportStyles } from './useSupportReportStyles.styles.js';

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
