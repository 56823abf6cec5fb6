// Calibration report format names, kept apart from the formatters so the CLI can list them without loading them.
export const CALIBRATION_FORMATS = ['table', 'json', 'csv'] as const;
export type CalibrationFormat = (typeof CALIBRATION_FORMATS)[number];
