// The CSV report: documented columns at each level, parseable back, formula injection neutralised, numbers kept.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/report/csv-columns.js';
import type { CsvLevel } from '../../src/report/types.js';
import { makeBatch, makeCall } from './factory.js';
import { render } from './render.js';

const rowsOf = (text: string): string[][] => parse(text, { relax_column_count: false });
const documented = (level: CsvLevel): string[] => CSV_COLUMNS[level].map((c) => c.name).filter((n) => n !== 'rule_<id>');

describe('csv formatter', () => {
  const calls = makeBatch(12, 8);

  it.each(['agent', 'call', 'finding'] as const)('%s level: header is the documented columns, every row has as many cells', (csvLevel) => {
    const [header, ...rows] = rowsOf(render('csv', calls, { csvLevel }).text);
    const fixed = documented(csvLevel);
    expect(header.slice(0, fixed.length)).toEqual(fixed);
    if (csvLevel !== 'finding') {
      expect(header.slice(fixed.length)).toEqual(['rule_empathy-phrases', 'rule_questions-asked', 'rule_sales-follow-through', 'rule_unresolved-enquiries']);
    } else {
      expect(header).toEqual(fixed);
    }
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it.each(['agent', 'call', 'finding'] as const)('%s level: the header is there even with no calls', (csvLevel) => {
    const rows = rowsOf(render('csv', [], { csvLevel }).text);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(0, documented(csvLevel).length)).toEqual(documented(csvLevel));
  });

  it('agent level: one row per agent with its scorecard numbers', () => {
    const two = [
      makeCall({ agent: { id: 'a-1', name: 'Dana Ruiz', team: 'Billing' }, rules: [{ ruleId: 'empathy-phrases', score: 50 }] }),
      makeCall({ agent: { id: 'a-1', name: 'Dana Ruiz', team: 'Billing' }, rules: [{ ruleId: 'empathy-phrases', score: 100 }] }),
      makeCall({ agent: { id: 'a-2' }, rules: [{ ruleId: 'empathy-phrases', score: null }] }),
    ];
    const records = parse(render('csv', two).text, { columns: true }) as Record<string, string>[];
    expect(records).toEqual([
      { agent_id: 'a-1', agent_name: 'Dana Ruiz', team: 'Billing', calls: '2', scored_calls: '2', mean: '75', median: '75', min: '50', max: '100', pass_rate: '50', 'rule_empathy-phrases': '75' },
      { agent_id: 'a-2', agent_name: '', team: '', calls: '1', scored_calls: '0', mean: '', median: '', min: '', max: '', pass_rate: '', 'rule_empathy-phrases': '' },
    ]);
  });

  it('call level streams one row per call as calls arrive', () => {
    const { chunks } = render('csv', calls.slice(0, 3), { csvLevel: 'call' });
    // First call() carries the header and its row; later ones one row each; end() adds nothing.
    expect(rowsOf(chunks[1])).toHaveLength(2);
    expect(rowsOf(chunks[2])).toHaveLength(1);
    expect(rowsOf(chunks[2])[0][0]).toBe(calls[1].key);
    expect(chunks.at(-1)).toBe('');
  });

  it('call level takes the rule columns from the context when it is given, before any call', () => {
    const { chunks } = render('csv', [makeCall({ rules: [{ ruleId: 'questions-asked', score: 20 }] })], {
      csvLevel: 'call', ruleIds: ['questions-asked', 'empathy-phrases'],
    });
    expect(rowsOf(chunks[0])[0].slice(-2)).toEqual(['rule_empathy-phrases', 'rule_questions-asked']);
    const row = rowsOf(chunks[1])[0];
    expect(row.slice(-4)).toEqual(['20', 'false', '', '20']);
  });

  it('finding level has one row per finding, in turn order, with quote and message intact', () => {
    const call = makeCall({
      key: 'k-1',
      rules: [
        { ruleId: 'questions-asked', score: 50, findings: [{ turn: 7, messageId: 'late', quote: 'so, what happened, "exactly"?\nthen' }] },
        { ruleId: 'empathy-phrases', score: 0, findings: [{ turn: 2, time: 31.5, messageId: 'missed', quote: 'third time calling', message: 'no empathy' }] },
      ],
    });
    const records = parse(render('csv', [call], { csvLevel: 'finding' }).text, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.turn, r.rule_id, r.message_id, r.time])).toEqual([['2', 'empathy-phrases', 'missed', '31.5'], ['7', 'questions-asked', 'late', '']]);
    expect(records[1].quote).toBe('so, what happened, "exactly"?\nthen');
    expect(records[0]).toMatchObject({ call_key: 'k-1', message: 'no empathy', severity: 'warning' });
  });

  describe('CSV injection', () => {
    const dangerous = ['=HYPERLINK("http://x.test","click")', '+1 555 0100', '-2+3', '@SUM(A1:A9)', '\tpadded', '\r=1+1', '＝1+1'];
    it.each(dangerous)('a text cell starting like %j is prefixed with a quote mark', (text) => {
      const call = makeCall({
        key: text,
        agent: { id: text, name: text, team: text },
        file: text,
        rules: [{ ruleId: 'empathy-phrases', score: 10, findings: [{ quote: text, message: text }] }],
      });
      for (const csvLevel of ['agent', 'call', 'finding'] as const) {
        const records = parse(render('csv', [call], { csvLevel }).text, { columns: true }) as Record<string, string>[];
        const textCells = Object.entries(records[0]).filter(([column]) => ['agent_id', 'agent_name', 'team', 'call_key', 'call_id', 'file', 'quote', 'message'].includes(column));
        expect(textCells.length).toBeGreaterThan(2);
        for (const [, value] of textCells) expect(value).toBe(`'${text}`);
      }
    });

    it('leaves safe text, numbers and negative numbers as they are', () => {
      const call = makeCall({ agent: { id: 'a-1', name: 'Ana-Maria' }, rules: [{ ruleId: 'empathy-phrases', score: 0, findings: [{ quote: 'price is $49.99 - ok', time: 0 }] }] });
      const [record] = parse(render('csv', [call], { csvLevel: 'finding' }).text, { columns: true }) as Record<string, string>[];
      expect(record.quote).toBe('price is $49.99 - ok');
      expect(record.time).toBe('0');
      const [agentRow] = parse(render('csv', [call]).text, { columns: true }) as Record<string, string>[];
      expect(agentRow).toMatchObject({ agent_name: 'Ana-Maria', mean: '0', 'rule_empathy-phrases': '0' });
    });

    it('keeps a negative number a number (only text is neutralised)', async () => {
      const { csvRows } = await import('../../src/report/csv.js');
      expect(csvRows([[-3.5, '-3.5', '=1']])).toBe("-3.5,'-3.5,'=1\n");
    });
  });
});
