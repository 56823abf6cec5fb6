// Drives a formatter the way the CLI does (begin, one call() per call, end) and returns the whole report.
import type { CallResult } from '../../src/model/results.js';
import { getFormatter } from '../../src/report/index.js';
import type { ReportContext, ReportError } from '../../src/report/types.js';
import { BatchAggregate } from '../../src/score/aggregate.js';

export const baseContext: ReportContext = { color: false, threshold: 70, csvLevel: 'agent', per: 'agent', version: '9.8.7' };

export function render(
  format: string,
  calls: CallResult[],
  ctx: Partial<ReportContext> = {},
  errors: ReportError[] = [],
): { text: string; chunks: string[] } {
  const context = { ...baseContext, ...ctx };
  const formatter = getFormatter(format);
  const aggregate = new BatchAggregate();
  const chunks = [formatter.begin(context)];
  for (const call of calls) {
    aggregate.add(call);
    chunks.push(formatter.call(call));
  }
  aggregate.noteInputErrors(errors.length);
  chunks.push(formatter.end({
    scorecards: aggregate.scorecards(context.threshold),
    errors,
    totals: aggregate.totals(),
    aggregate,
  }));
  return { text: chunks.join(''), chunks };
}
