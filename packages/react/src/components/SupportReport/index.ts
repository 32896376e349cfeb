export type { SupportReportActionsProps, SupportReportPreviewProps } from './SupportReport.types.js';
export { SupportReportActions } from './SupportReportActions.js';
export { SupportReportPreview } from './SupportReportPreview.js';
export { supportReportClassNames } from './useSupportReportStyles.styles.js';
