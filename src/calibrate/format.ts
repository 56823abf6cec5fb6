// Formatters for calibration reports: a readable table, complete JSON, and one CSV row per rule and per act.
import { Chalk } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import type { ActCalibration, CalibrationReport, EnquiryCalibration, RuleCalibration } from './compare.js';
import type { CalibrationFormat } from './format-names.js';

export { CALIBRATION_FORMATS, type CalibrationFormat } from './format-names.js';

export interface CalibrationFormatOptions {
  color?: boolean;
  /** Disagreements listed per rule or act in the table (all are in JSON). Default 10. */
  maxDisagreements?: number;
}

export const CALIBRATION_FORMATTERS: Record<CalibrationFormat, (report: CalibrationReport, options?: CalibrationFormatOptions) => string> = {
  table: formatCalibrationTable,
  json: formatCalibrationJson,
  csv: formatCalibrationCsv,
};

export function formatCalibration(report: CalibrationReport, format: CalibrationFormat, options: CalibrationFormatOptions = {}): string {
  return CALIBRATION_FORMATTERS[format](report, options);
}

export function formatCalibrationJson(report: CalibrationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Columns, stable and documented: for rules, tp/fp/fn/tn count "fail" as the positive class; the enquiry row
 * (level "enquiry", name "unaddressed") counts an enquiry left unaddressed as positive.
 */
export const CALIBRATION_CSV_COLUMNS = ['level', 'name', 'n', 'agreement', 'kappa', 'precision', 'recall', 'f1', 'tp', 'fp', 'fn', 'tn', 'disagreements'] as const;

export function formatCalibrationCsv(report: CalibrationReport): string {
  const rows: Array<Array<string | number>> = [];
  for (const r of report.rules) {
    const fail = failCells(r);
    rows.push(['call', r.rule, r.n, num(r.agreement), num(r.kappa), num(r.precision), num(r.recall), num(r.f1), ...fail, r.disagreements.length]);
  }
  for (const a of report.acts) {
    rows.push(['turn', a.act, ...twoByTwoCells(a)]);
  }
  if (report.enquiries) rows.push(['enquiry', 'unaddressed', ...twoByTwoCells(report.enquiries)]);
  return stringify(rows, { header: true, columns: [...CALIBRATION_CSV_COLUMNS] });
}

/** n, the scores and the four cells of a 2x2 comparison, and how many disagree, in the CSV's column order. */
function twoByTwoCells(x: ActCalibration | EnquiryCalibration): Array<number | string> {
  return [x.n, num(x.agreement), num(x.kappa), num(x.precision), num(x.recall), num(x.f1), x.tp, x.fp, x.fn, x.tn, x.disagreements.length];
}

// Empty cell for an undefined metric, so a spreadsheet does not average a made-up zero.
const num = (value: number | null): number | string => (value === null ? '' : round(value));
const round = (value: number): number => Math.round(value * 1000) / 1000;

function failCells(r: RuleCalibration): number[] {
  const f = r.confusion.labels.indexOf('fail');
  const m = r.confusion.matrix;
  const tp = m[f][f];
  const fn = m[f].reduce((a, b) => a + b, 0) - tp;
  const fp = m.reduce((a, row) => a + row[f], 0) - tp;
  return [tp, fp, fn, r.n - tp - fn - fp];
}

export function formatCalibrationTable(report: CalibrationReport, options: CalibrationFormatOptions = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const limit = options.maxDisagreements ?? 10;
  const out: string[] = [];
  out.push(c.bold(`Calibration against human labels: ${report.callsCompared} call(s) compared, pass at score >= ${report.passScore}`));
  if (report.missingCalls.length) out.push(c.yellow(`Labelled but not found in the inputs: ${report.missingCalls.join(', ')}`));
  for (const w of report.warnings) out.push(c.yellow(`warning: ${w}`));

  if (report.rules.length) {
    out.push('', c.bold('Rules (call level; precision/recall/F1 count "fail" as positive)'));
    out.push(...grid(['rule', 'n', 'agree', 'kappa', 'prec', 'recall', 'F1'], report.rules.map((r) => [r.rule, String(r.n), pct(r.agreement), fix(r.kappa), pct(r.precision), pct(r.recall), pct(r.f1)])));
    for (const r of report.rules) out.push('', ...ruleDetail(r, limit, c));
  }
  if (report.acts.length) {
    out.push('', c.bold('Acts (turn level)'));
    out.push(
      ...grid(
        ['act', 'turns', 'human+', 'tp', 'fp', 'fn', 'prec', 'recall', 'F1', 'kappa'],
        report.acts.map((a) => [a.act, String(a.n), String(a.tp + a.fn), String(a.tp), String(a.fp), String(a.fn), pct(a.precision), pct(a.recall), pct(a.f1), fix(a.kappa)]),
      ),
    );
    for (const a of report.acts) {
      if (a.disagreements.length) out.push('', ...actDetail(a, limit, c));
    }
  }
  if (report.enquiries) out.push('', ...enquiryDetail(report.enquiries, limit, c));
  if (!report.rules.length && !report.acts.length && !report.enquiries) out.push('', 'No labelled call was found among the inputs.');
  return `${out.join('\n')}\n`;
}

function ruleDetail(r: RuleCalibration, limit: number, c: InstanceType<typeof Chalk>): string[] {
  const lines = [c.bold(`${r.rule}`) + ' (rows: human, columns: callaudit)'];
  lines.push(...grid(['', ...r.confusion.labels], r.confusion.labels.map((label, i) => [label, ...r.confusion.matrix[i].map(String)])).map((l) => `  ${l}`));
  for (const d of r.disagreements.slice(0, limit)) {
    const where = d.turn !== undefined ? ` turn ${d.turn}` : '';
    const score = d.score === null ? 'n/a' : String(Math.round(d.score));
    lines.push(`  ${d.callId}: human ${d.human}, callaudit ${d.machine} (score ${score})${d.quote ? `${where}: "${d.quote}"` : ''}`);
  }
  lines.push(...andMore(r.disagreements.length, limit, c));
  return lines;
}

function actDetail(a: ActCalibration, limit: number, c: InstanceType<typeof Chalk>): string[] {
  const lines = [c.bold(a.act) + ` disagreements (${a.disagreements.length})`];
  for (const d of a.disagreements.slice(0, limit)) {
    const kind = d.human ? c.red('missed') : c.yellow('extra ');
    lines.push(`  ${kind} ${d.callId} turn ${d.turn}${d.role ? ` (${d.role})` : ''}${d.quote !== undefined ? `: "${d.quote}"` : ''}`);
  }
  lines.push(...andMore(a.disagreements.length, limit, c));
  return lines;
}

function enquiryDetail(e: EnquiryCalibration, limit: number, c: InstanceType<typeof Chalk>): string[] {
  const lines = [c.bold('Enquiries (one by one; precision/recall/F1 count "left unaddressed" as positive)')];
  lines.push(
    ...grid(
      ['enquiries', 'read', 'open+', 'tp', 'fp', 'fn', 'prec', 'recall', 'F1', 'kappa', 'same turn'],
      [[String(e.n), String(e.detected), String(e.tp + e.fn), String(e.tp), String(e.fp), String(e.fn), pct(e.precision), pct(e.recall), pct(e.f1), fix(e.kappa), pct(e.sameTurn)]],
    ),
  );
  if (e.disagreements.length) lines.push('', c.bold(`enquiry disagreements (${e.disagreements.length})`));
  for (const d of e.disagreements.slice(0, limit)) {
    const human = d.human === null ? 'unaddressed' : `addressed at turn ${d.human}`;
    const machine = d.machine === undefined ? 'reads no enquiry there' : d.machine === null ? 'unaddressed' : `addressed at turn ${d.machine}`;
    const kind = d.human === null ? c.red('missed') : c.yellow('extra ');
    lines.push(`  ${kind} ${d.callId} turn ${d.turn}${d.quote !== undefined ? `: "${d.quote}"` : ''}`);
    lines.push(`         human ${human}; callaudit ${machine}${d.reply !== undefined ? `: "${d.reply}"` : ''}`);
  }
  lines.push(...andMore(e.disagreements.length, limit, c));
  return lines;
}

/** The line that says how many disagreements the table left out, if any. */
function andMore(count: number, limit: number, c: InstanceType<typeof Chalk>): string[] {
  return count > limit ? [c.dim(`  ... and ${count - limit} more (see --format json)`)] : [];
}

const pct = (v: number | null): string => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);
const fix = (v: number | null): string => (v === null ? '-' : v.toFixed(2));

/** Left-aligns the first column and right-aligns the numbers. */
function grid(header: readonly string[], rows: string[][]): string[] {
  const all = [header as string[], ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
}
