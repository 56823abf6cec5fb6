// --format table: per-agent scorecards for a terminal, aligned, red below the threshold and green at or above it.
import { createRequire } from 'node:module';
import type { CallResult } from '../model/results.js';
import { passes, type AgentScorecard } from '../score/aggregate.js';
import type { Formatter, ReportContext, ReportSummary } from './types.js';

/** One table cell: plain text (widths are measured on it), an optional style, right-aligned when numeric. */
interface Cell {
  text: string;
  style?: (s: string) => string;
  right?: boolean;
}

/** The styles the table uses: chalk's when colour is on, plain text otherwise. */
interface Styles {
  bold: Style;
  dim: Style;
  italic: Style;
  green: Style;
  red: Style;
}
type Style = (text: string) => string;

const unstyled: Style = (text) => text;
const PLAIN: Styles = { bold: unstyled, dim: unstyled, italic: unstyled, green: unstyled, red: unstyled };

// chalk is loaded only when the table is coloured: a report to a file or a pipe, the common batch case, does not need it.
const require = createRequire(import.meta.url);

function stylesFor(color: boolean): Styles {
  if (!color) return PLAIN;
  const { Chalk } = require('chalk') as typeof import('chalk');
  return new Chalk({ level: 1 });
}

const QUOTE_WIDTH = 72;
const GAP = '  ';

/** Aligns rows into columns; styles go around the padded text's words only, so no line ends in spaces. */
export function alignRows(rows: Cell[][], indent = ''): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.text.length)));
  return rows.map((row) => {
    const parts = row.map((c, i) => {
      const last = i === row.length - 1;
      const pad = ' '.repeat(widths[i] - c.text.length);
      const text = c.style ? c.style(c.text) : c.text;
      if (c.right) return pad + text;
      return last ? text : text + pad;
    });
    return (indent + parts.join(GAP)).trimEnd();
  });
}

// Quotes are customer-controlled: control characters (an ESC could repaint the analyst's terminal) become spaces.
function cleanQuote(quote: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = quote.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_WIDTH ? `${flat.slice(0, QUOTE_WIDTH - 1)}…` : flat;
}

const num = (n: number | null, suffix = ''): string => (n === null ? '-' : `${n.toFixed(1)}${suffix}`);

export function createTableFormatter(): Formatter {
  let ctx: ReportContext | undefined;
  let c = PLAIN;
  let callLines = 0;

  const scoreCell = (score: number | null): Cell => ({
    text: num(score),
    right: true,
    style: score === null ? undefined : passes(score, ctx!.threshold) ? c.green : c.red,
  });

  return {
    name: 'table',
    begin(context) {
      ctx = context;
      c = stylesFor(context.color);
      callLines = 0;
      return '';
    },
    call(result: CallResult) {
      if (!ctx) throw new Error('table formatter: call() before begin()');
      if (ctx.per !== 'call') return '';
      // Streamed before the widths of later calls are known: fixed minimum widths keep most lines aligned.
      const head = callLines++ === 0 ? `${c.bold('calls')}\n` : '';
      const line = alignRows([[
        { text: result.key.padEnd(24) },
        scoreCell(result.score),
        { text: result.agent.id.padEnd(12) },
        { text: result.source.file },
      ]], '  ');
      return `${head}${line[0]}\n`;
    },
    end(summary: ReportSummary) {
      if (!ctx) throw new Error('table formatter: end() before begin()');
      const blocks = summary.scorecards.map((s) => agentBlock(s, c, scoreCell).join('\n'));
      const lead = callLines ? '\n' : '';
      return `${lead}${blocks.map((b) => `${b}\n\n`).join('')}${summaryLine(summary, ctx.threshold)}\n`;
    },
  };
}

function agentBlock(s: AgentScorecard, c: Styles, scoreCell: (n: number | null) => Cell): string[] {
  const title = [c.bold(s.agent.name ?? s.agent.id), s.agent.name ? c.dim(s.agent.id) : '', s.agent.team ? `team ${s.agent.team}` : '']
    .filter(Boolean)
    .join(GAP);
  const lines = [title];
  const stats: Cell[][] = [[
    { text: 'calls' }, { text: String(s.calls), right: true },
    { text: 'scored' }, { text: String(s.scoredCalls), right: true },
    { text: 'mean' }, scoreCell(s.mean),
    { text: 'median' }, scoreCell(s.median),
    { text: 'min' }, scoreCell(s.min),
    { text: 'max' }, scoreCell(s.max),
    { text: 'pass rate' }, { text: num(s.passRate, '%'), right: true },
  ]];
  lines.push(...alignRows(stats, '  '));

  if (s.perRule.length) {
    lines.push('', `  ${c.bold('rules')}`);
    const rows: Cell[][] = [[{ text: 'rule' }, { text: 'calls', right: true }, { text: 'mean', right: true }]];
    for (const r of s.perRule) rows.push([{ text: r.ruleId }, { text: String(r.applicableCalls), right: true }, scoreCell(r.mean)]);
    lines.push(...alignRows(rows, '    '));
  }
  if (s.worstCalls.length) {
    lines.push('', `  ${c.bold('worst calls')}`);
    lines.push(...alignRows(s.worstCalls.map((w) => [{ text: w.key }, scoreCell(w.score), { text: w.file }]), '    '));
  }
  if (s.topFindings.length) {
    lines.push('', `  ${c.bold('frequent findings')}`);
    const rows: Cell[][] = s.topFindings.map((f) => [
      { text: `${f.count}×`, right: true },
      { text: `${f.ruleId}/${f.messageId}` },
      { text: `"${cleanQuote(f.example.quote)}"`, style: c.italic },
      { text: `(${f.example.callKey}, turn ${f.example.turn})`, style: c.dim },
    ]);
    lines.push(...alignRows(rows, '    '));
  }
  return lines;
}

function summaryLine(summary: ReportSummary, threshold: number): string {
  const { totals, scorecards } = summary;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    plural(scorecards.length, 'agent'),
    `${plural(totals.calls, 'call')} from ${plural(totals.files, 'file')}`,
    `pass rate ${num(summary.aggregate.passRate(threshold), '%')} at threshold ${threshold}`,
  ];
  if (totals.inputErrors) parts.push(plural(totals.inputErrors, 'input error'));
  return parts.join(', ');
}
