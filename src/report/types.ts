// The contract between the CLI and the report formatters: streaming, pure, no I/O.
import type { CallResult } from '../model/results.js';
import type { AgentScorecard, BatchAggregate, BatchTotals } from '../score/aggregate.js';

export type CsvLevel = 'agent' | 'call' | 'finding';

export interface ReportContext {
  /** Whether escape codes are allowed (the CLI decides with chalkLevel). */
  color: boolean;
  /** Pass mark 0-100 for pass rates and the red/green colouring. */
  threshold: number;
  csvLevel: CsvLevel;
  /** What the table lists: agents only, or also a line per call. */
  per: 'agent' | 'call';
  /** callaudit's version, for the JSON document's `tool`. */
  version: string;
  /** Ids of the rules that run, when known; CSV uses them for its rule columns before the first call arrives. */
  ruleIds?: string[];
}

export interface ReportError {
  file: string;
  location: string;
  reason: string;
}

export interface ReportSummary {
  scorecards: AgentScorecard[];
  errors: ReportError[];
  totals: BatchTotals;
  aggregate: BatchAggregate;
}

/**
 * One output format. The CLI calls begin once, call once per audited call in order, end once, and writes each
 * returned string as it comes, so reports stream. A formatter keeps only what one report needs between calls
 * (the context, a comma, a header); get a fresh one per report from getFormatter.
 */
export interface Formatter {
  readonly name: string;
  begin(ctx: ReportContext): string;
  call(result: CallResult): string;
  end(summary: ReportSummary): string;
}
