// Report format names, kept apart from the formatters so the CLI can list them without loading them.
export const REPORT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'partial'] as const;
export type ReportFormatName = (typeof REPORT_FORMATS)[number];
