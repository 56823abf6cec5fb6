// --format csv: one row per agent, call or finding (--csv-level), with formula injection neutralised.
import { createRequire } from 'node:module';
import type { CallResult } from '../model/results.js';
import { passes, round1, type AgentScorecard } from '../score/aggregate.js';
import { callFindings } from './call-record.js';
import { fixedColumns, RULE_COLUMN_PREFIX } from './csv-columns.js';
import type { Formatter, ReportContext, ReportSummary } from './types.js';

type Cell = string | number | boolean | null;

// escape_formulas prefixes a text cell starting with = + - @ tab or CR (and their full-width forms) with ',
// but leaves real numbers alone, so -3.5 stays a number a spreadsheet can sum (OWASP CSV injection).
const CSV_OPTIONS = {
  escape_formulas: true,
  cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
} as const;

// csv-stringify is loaded on the first CSV row, not at start-up: most reports are not CSV (see the cold start in the README).
const require = createRequire(import.meta.url);

export function csvRows(rows: Cell[][]): string {
  if (!rows.length) return '';
  const { stringify } = require('csv-stringify/sync') as typeof import('csv-stringify/sync');
  return stringify(rows, CSV_OPTIONS);
}

const sortedIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function createCsvFormatter(): Formatter {
  let ctx: ReportContext | undefined;
  // Call level: rule columns fixed by the context, else by the first call (every call runs the same rules).
  let ruleIds: string[] | undefined;
  let headerWritten = false;

  const header = (level: 'call' | 'finding', rules: string[]): string => {
    headerWritten = true;
    return csvRows([[...fixedColumns(level), ...rules.map((id) => RULE_COLUMN_PREFIX + id)]]);
  };

  return {
    name: 'csv',
    begin(context) {
      ctx = context;
      headerWritten = false;
      ruleIds = context.ruleIds ? sortedIds(context.ruleIds) : undefined;
      if (context.csvLevel === 'finding') return header('finding', []);
      if (context.csvLevel === 'call' && ruleIds) return header('call', ruleIds);
      return '';
    },
    call(result: CallResult) {
      if (!ctx) throw new Error('csv formatter: call() before begin()');
      if (ctx.csvLevel === 'agent') return '';
      if (ctx.csvLevel === 'finding') {
        return csvRows(callFindings(result).map((f) => [
          result.key, result.callId, result.agent.id, f.ruleId, f.messageId, f.severity, f.turn, f.time ?? null, f.quote, f.message,
        ]));
      }
      let out = '';
      if (!headerWritten) {
        ruleIds ??= sortedIds(result.rules.map((r) => r.ruleId));
        out += header('call', ruleIds);
      }
      const ruleScore = new Map(result.rules.map((r) => [r.ruleId, r.score]));
      const score = result.score;
      out += csvRows([[
        result.key,
        result.callId,
        result.agent.id,
        result.agent.name ?? null,
        result.agent.team ?? null,
        result.startedAt ?? null,
        result.source.file,
        result.turnCount,
        score === null ? null : round1(score),
        score === null ? null : passes(score, ctx.threshold),
        ...ruleIds!.map((id) => {
          const s = ruleScore.get(id);
          return s === null || s === undefined ? null : round1(s);
        }),
      ]]);
      return out;
    },
    end(summary: ReportSummary) {
      if (!ctx) throw new Error('csv formatter: end() before begin()');
      if (ctx.csvLevel === 'finding') return '';
      if (ctx.csvLevel === 'call') return headerWritten ? '' : header('call', ruleIds ?? []);
      return agentTable(summary.scorecards, ctx.ruleIds ?? []);
    },
  };
}

function agentTable(scorecards: AgentScorecard[], knownRules: string[]): string {
  const rules = sortedIds([...knownRules, ...scorecards.flatMap((s) => s.perRule.map((r) => r.ruleId))]);
  const rows: Cell[][] = [[...fixedColumns('agent'), ...rules.map((id) => RULE_COLUMN_PREFIX + id)]];
  for (const s of scorecards) {
    const ruleMean = new Map(s.perRule.map((r) => [r.ruleId, r.mean]));
    rows.push([
      s.agent.id, s.agent.name ?? null, s.agent.team ?? null, s.calls, s.scoredCalls,
      s.mean, s.median, s.min, s.max, s.passRate,
      ...rules.map((id) => ruleMean.get(id) ?? null),
    ]);
  }
  return csvRows(rows);
}
