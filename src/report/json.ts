// --format json: one complete, stable JSON document, streamed call by call; valid JSON even with no calls.
import type { CallResult } from '../model/results.js';
import { callRecord } from './call-record.js';
import type { Formatter, ReportContext, ReportSummary } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

// Nested lines of a call element sit two levels deep in the document.
const indentElement = (text: string): string => `    ${text.replace(/\n/g, '\n    ')}`;

export function createJsonFormatter(): Formatter {
  let ctx: ReportContext | undefined;
  let calls = 0;
  return {
    name: 'json',
    begin(context) {
      ctx = context;
      calls = 0;
      const head = {
        schemaVersion: JSON_SCHEMA_VERSION,
        tool: { name: 'callaudit', version: context.version },
        threshold: context.threshold,
      };
      // Open the document by hand so calls can follow one by one: drop the closing brace, add the array.
      const opened = JSON.stringify(head, null, 2).replace(/\n}$/, '');
      return `${opened},\n  "calls": [`;
    },
    call(result: CallResult) {
      if (!ctx) throw new Error('json formatter: call() before begin()');
      const element = indentElement(JSON.stringify(callRecord(result, ctx.threshold), null, 2));
      return `${calls++ === 0 ? '\n' : ',\n'}${element}`;
    },
    end(summary: ReportSummary) {
      if (!ctx) throw new Error('json formatter: end() before begin()');
      const tail = {
        summary: {
          files: summary.totals.files,
          calls: summary.totals.calls,
          agents: summary.scorecards.length,
          inputErrors: summary.totals.inputErrors,
          passRate: summary.aggregate.passRate(ctx.threshold),
        },
        agents: summary.scorecards,
        errors: summary.errors.map((e) => ({ file: e.file, location: e.location, reason: e.reason })),
      };
      // Reuse JSON.stringify for the rest and splice its members after the calls array.
      const members = JSON.stringify(tail, null, 2).replace(/^{\n/, '');
      return `${calls ? '\n  ' : ''}],\n${members}\n`;
    },
  };
}
