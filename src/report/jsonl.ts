// --format jsonl: one call record per line, for pipelines (jq, Spark, a database loader); nothing before or after.
import type { CallResult } from '../model/results.js';
import { callRecord } from './call-record.js';
import type { Formatter, ReportContext } from './types.js';

export function createJsonlFormatter(): Formatter {
  let threshold = 0;
  return {
    name: 'jsonl',
    begin(ctx: ReportContext) {
      threshold = ctx.threshold;
      return '';
    },
    call(result: CallResult) {
      return `${JSON.stringify(callRecord(result, threshold))}\n`;
    },
    end() {
      return '';
    },
  };
}
