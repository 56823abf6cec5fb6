// The report formats by name: an explicit map, one formatter per file.
import { UsageError } from '../errors.js';
import { createCsvFormatter } from './csv.js';
import { createJsonFormatter } from './json.js';
import { createJsonlFormatter } from './jsonl.js';
import { createPartialFormatter } from './partial.js';
import { createTableFormatter } from './table.js';
import type { ReportFormatName } from './format-names.js';
import type { Formatter } from './types.js';

export type { CsvLevel, Formatter, ReportContext, ReportError, ReportSummary } from './types.js';

const factories = {
  csv: createCsvFormatter,
  json: createJsonFormatter,
  jsonl: createJsonlFormatter,
  partial: createPartialFormatter,
  table: createTableFormatter,
} as const satisfies Record<ReportFormatName, () => Formatter>;

export type FormatName = keyof typeof factories;

/** One instance of each format (for listing names and for one-off use); getFormatter gives a fresh one per report. */
export const formatters: Record<FormatName, Formatter> = {
  csv: factories.csv(),
  json: factories.json(),
  jsonl: factories.jsonl(),
  partial: factories.partial(),
  table: factories.table(),
};

export function getFormatter(name: string): Formatter {
  if (!Object.hasOwn(factories, name)) {
    throw new UsageError(`unknown report format "${name}"`, `use one of: ${Object.keys(factories).join(', ')}`);
  }
  return factories[name as FormatName]();
}
