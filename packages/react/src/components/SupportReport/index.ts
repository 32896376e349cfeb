export { SupportReportActions, SupportReportPreview } from './SupportReport.js';
export type { SupportReportActionsProps, SupportReportPreviewProps } from './SupportReport.types.js';
export { supportReportClassNames } from './useSupportReportStyles.styles.js';
