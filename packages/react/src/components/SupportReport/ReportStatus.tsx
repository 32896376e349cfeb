import type { ReactElement } from 'react';
import { useDiagnosticsStrings } from '../../hooks/useDiagnosticsStrings.js';
import type { ReportActionStatus } from '../../hooks/useSupportReportActions.js';

/** The outcome of Copy report / Download report, announced: a status on success, an alert on failure. */
export function ReportStatus(props: {
  readonly status: ReportActionStatus;
  readonly className?: string | undefined;
}): ReactElement | null {
  const r = useDiagnosticsStrings().report;
  switch (props.status) {
    case 'copied':
      return (
        <span role="status" className={props.className}>
          {r.copied}
        </span>
      );
    case 'downloaded':
      return (
        <span role="status" className={props.className}>
          {r.downloaded}
        </span>
      );
    case 'copyFailed':
      return <span role="alert">{r.copyFailed}</span>;
    case 'downloadFailed':
      return <span role="alert">{r.downloadFailed}</span>;
    default:
      return null;
  }
}
