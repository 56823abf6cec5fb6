// Calibration report formatters: JSON round-trips, CSV parses back with stable columns, the table shows the evidence.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibrate/compare.js';
import { CALIBRATION_CSV_COLUMNS, formatCalibration } from '../../src/calibrate/format.js';
import { parseLabels } from '../../src/calibrate/labels.js';
import type { Act } from '../../src/model/analysis.js';
import type { CallResult } from '../../src/model/results.js';

const results: CallResult[] = [
  {
    callId: 'c1',
    key: 'c1',
    agent: { id: 'a1' },
    source: { file: 'c1.json', format: 'json' },
    turnCount: 3,
    score: 40,
    rules: [{ ruleId: 'empathy-phrases', score: 40, applicable: true, weight: 1, findings: [{ ruleId: 'empathy-phrases', turn: 2, quote: '=HYPERLINK("x") sorry but policy', messageId: 'm', message: 'm', severity: 'warning' }] }],
    annotations: [
      { turn: 0, role: 'agent', acts: [{ act: 'question', kind: 'open' } as Act] },
      { turn: 1, role: 'customer', acts: [{ act: 'enquiry', kind: 'question', addressedBy: 2 } as Act] },
      { turn: 2, role: 'agent', acts: [] },
    ],
  },
];
const labels = {
  calls: parseLabels('call_id,rule,verdict\nc1,empathy-phrases,pass', 'a.csv').calls,
  turns: parseLabels('call_id,turn,act,value\nc1,0,question,1\nc1,1,question,1', 'b.csv').turns,
  enquiries: parseLabels('call_id,turn,addressed_by\nc1,1,none', 'c.csv').enquiries,
};
const report = calibrate(results, labels, { texts: new Map([['c1', ['what happened', 'why is my bill so high', 'sorry but policy']]]) });

describe('formatCalibration', () => {
  it('json is the whole report and parses back', () => {
    const back = JSON.parse(formatCalibration(report, 'json'));
    expect(back.schemaVersion).toBe(1);
    expect(back.rules[0].disagreements[0]).toMatchObject({ callId: 'c1', human: 'pass', machine: 'fail' });
    expect(back.acts[0]).toMatchObject({ act: 'question', tp: 1, fn: 1 });
  });

  it('csv has one row per rule and per act under the documented columns, and one for enquiries', () => {
    const rows = parse(formatCalibration(report, 'csv'), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([...CALIBRATION_CSV_COLUMNS]);
    expect(rows.map((r) => [r.level, r.name])).toEqual([
      ['call', 'empathy-phrases'],
      ['turn', 'question'],
      ['enquiry', 'unaddressed'],
    ]);
    // An undefined metric is an empty cell, not 0: the one call was labelled pass, so "fail" recall has no base.
    expect(rows[0].recall).toBe('');
    expect(rows[0].precision).toBe('0');
    expect(rows[1]).toMatchObject({ tp: '1', fn: '1', recall: '0.5', precision: '1' });
    expect(rows[2]).toMatchObject({ n: '1', tp: '0', fn: '1', recall: '0', disagreements: '1' });
  });

  it('table names every rule and act and quotes the disagreements, without colour codes when colour is off', () => {
    const table = formatCalibration(report, 'table', { color: false });
    expect(table).toContain('empathy-phrases');
    expect(table).toMatch(/c1: human pass, callaudit fail \(score 40\) turn 2: "=HYPERLINK\("x"\) sorry but policy"/);
    expect(table).toMatch(/missed c1 turn 1 \(customer\): "why is my bill so high"/);
    // The enquiry the grader saw left open, with the reply callaudit took for its answer.
    expect(table).toMatch(/missed c1 turn 1: "why is my bill so high"\n\s+human unaddressed; callaudit addressed at turn 2: "sorry but policy"/);
    expect(table).not.toMatch(/\u001b\[/);
  });

  it('table shortens long disagreement lists', () => {
    const many = { ...report, acts: [{ ...report.acts[0], disagreements: Array.from({ length: 14 }, (_, turn) => ({ callId: 'c1', turn, human: 1 as const, machine: 0 as const })) }] };
    expect(formatCalibration(many, 'table', { maxDisagreements: 5 })).toContain('... and 9 more');
  });
});
