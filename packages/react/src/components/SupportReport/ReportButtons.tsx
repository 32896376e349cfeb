import type { ReactElement } from 'react';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import { useSupportReportActions } from '../../hooks/useSupportReportActions.js';
import { ActionButton } from '../ActionButton/ActionButton.js';
import { ReportStatus } from './ReportStatus.js';
import type { SupportReportActionsProps } from './SupportReport.types.js';
import type { useSupportReportStyles } from './useSupportReportStyles.styles.js';

/** Copy report and Download report, with the outcome announced: shared by the actions and the preview. */
export function ReportButtons(
  props: SupportReportActionsProps & { readonly classes: ReturnType<typeof useSupportReportStyles> },
): ReactElement {
  const strings = useDiagnosticsStrings();
  const r = strings.report;
  const { status, copy, download } = useSupportReportActions(props.diagnostics, props.probe);
  const size = props.size ?? 'medium';
  return (
    <>
      <ActionButton size={size} onClick={() => void copy()}>
        {r.copy}
      </ActionButton>
      <ActionButton size={size} onClick={download}>
        {r.download}
      </ActionButton>
      <ReportStatus status={status} className={props.classes.status} />
    </>
  );
}
