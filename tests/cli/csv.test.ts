// `callaudit audit -f csv` at each --csv-level: the documented header, one row per agent/call/finding, and cells a
// spreadsheet would run as formulas neutralised.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, RULE_COLUMN_PREFIX, RULE_COLUMNS_PLACEHOLDER } from '../../src/report/csv-columns.js';
import { built, CARD, cleanup, EMAIL, exec, execAll, nativeCall, nonWarningLines, tempDir, type JsonReport, SLOW } from './exec.js';

type Level = keyof typeof CSV_COLUMNS;
type Row = Record<string, string>;

const records = (text: string): Row[] => parse(text, { columns: true }) as Row[];
const headerOf = (text: string): string[] => (parse(text, { to_line: 1 }) as string[][])[0];

/** The documented header of a level, with the rule placeholder expanded to one column per rule, in rule-id order. */
function documentedHeader(level: Level, ruleIds: string[]): string[] {
  return CSV_COLUMNS[level].flatMap((c) =>
    c.name === RULE_COLUMNS_PLACEHOLDER ? [...ruleIds].sort().map((id) => `${RULE_COLUMN_PREFIX}${id}`) : [c.name],
  );
}

const cell = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

describe.skipIf(!built)('callaudit audit -f csv (built CLI)', { timeout: SLOW }, () => {
  let report: JsonReport;
  let ruleIds: string[];
  const csv: Partial<Record<Level, string>> = {};

  let explicitAgent: string;

  beforeAll(async () => {
    const runs = await execAll([
      [['audit', 'fixtures/calls', '-f', 'json']],
      [['audit', 'fixtures/calls', '-f', 'csv']],
      [['audit', 'fixtures/calls', '-f', 'csv', '--csv-level', 'agent']],
      [['audit', 'fixtures/calls', '-f', 'csv', '--csv-level', 'call']],
      [['audit', 'fixtures/calls', '-f', 'csv', '--csv-level', 'finding']],
    ]);
    for (const r of runs) {
      expect(r.status).toBe(0);
      expect(nonWarningLines(r.stderr)).toEqual([]);
    }
    report = JSON.parse(runs[0].stdout) as JsonReport;
    ruleIds = report.calls[0].rules.map((r) => r.ruleId);
    [csv.agent, explicitAgent, csv.call, csv.finding] = runs.slice(1).map((r) => r.stdout);
  }, SLOW);

  it('the default level is agent, with the documented columns plus rule_<id> per rule', () => {
    expect(ruleIds.length).toBeGreaterThanOrEqual(4);
    expect(headerOf(csv.agent!)).toEqual(documentedHeader('agent', ruleIds));
    expect(explicitAgent).toBe(csv.agent);
  });

  it('agent level: one row per agent, matching the JSON scorecards', () => {
    const rows = records(csv.agent!);
    expect(rows.map((r) => r.agent_id).sort()).toEqual(report.agents.map((a) => a.agent.id).sort());
    for (const agent of report.agents) {
      const row = rows.find((r) => r.agent_id === agent.agent.id)!;
      expect(row.calls, agent.agent.id).toBe(String(agent.calls));
      expect(row.scored_calls, agent.agent.id).toBe(String(agent.scoredCalls));
      expect(row.mean, agent.agent.id).toBe(cell(agent.mean));
      expect(row.median, agent.agent.id).toBe(cell(agent.median));
      expect(row.pass_rate, agent.agent.id).toBe(cell(agent.passRate));
    }
  });

  it('call level: documented columns plus rule_<id>, one row per call, matching the JSON', () => {
    expect(headerOf(csv.call!)).toEqual(documentedHeader('call', ruleIds));
    const rows = records(csv.call!);
    expect(rows).toHaveLength(report.calls.length);
    expect(rows.map((r) => r.call_key).sort()).toEqual(report.calls.map((c) => c.key).sort());
    for (const call of report.calls) {
      const row = rows.find((r) => r.call_key === call.key)!;
      expect(row.agent_id, call.key).toBe(call.agent.id);
      expect(row.turns, call.key).toBe(String(call.turnCount));
      expect(row.score, call.key).toBe(cell(call.score));
      for (const rule of call.rules) expect(row[`${RULE_COLUMN_PREFIX}${rule.ruleId}`], `${call.key} ${rule.ruleId}`).toBe(rule.applicable ? cell(rule.score) : '');
    }
  });

  it('finding level: documented columns, one row per finding of the JSON run', () => {
    expect(headerOf(csv.finding!)).toEqual(documentedHeader('finding', ruleIds));
    const rows = records(csv.finding!);
    const findings = report.calls.flatMap((c) => c.rules.flatMap((r) => r.findings.map((f) => ({ key: c.key, ...f }))));
    expect(findings.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(findings.length);
    const id = (x: { key: string; ruleId: string; messageId: string; turn: number | string }): string => `${x.key}|${x.ruleId}|${x.messageId}|${x.turn}`;
    expect(rows.map((r) => id({ key: r.call_key, ruleId: r.rule_id, messageId: r.message_id, turn: r.turn })).sort()).toEqual(findings.map(id).sort());
  });

  it('finding level masks the card number and e-mail addresses in quotes', () => {
    for (const row of records(csv.finding!)) {
      expect(row.quote).not.toMatch(CARD);
      expect(row.quote).not.toMatch(EMAIL);
    }
  });

  describe('formula injection', () => {
    let dir: string;
    const out: Partial<Record<Level, string>> = {};
    const HYPERLINK = '=HYPERLINK("http://x","click")';
    const SUM = '@SUM(1+1)';

    beforeAll(() => {
      dir = tempDir();
      // The customer's unanswered enquiries start with formulas; the agent ignores them and shows no empathy, so the
      // turns are quoted at finding level. Call id, agent name and team are formulas too.
      const file = join(dir, 'injection.json');
      writeFileSync(file, nativeCall('=1+2', { id: 'a-99', name: HYPERLINK, team: SUM }, [
        ['agent', 'Thank you for calling Brightline, this is Sam. How can I help you today?'],
        ['customer', `${HYPERLINK} is on my bill and I am really frustrated, this is ridiculous. Can you tell me what it is?`],
        ['agent', 'Our offices are open from nine to five.'],
        ['customer', `${SUM} I am so angry, I was charged twice this month. Why was I charged twice?`],
        ['agent', 'The weather is lovely today.'],
        ['customer', '+44 is my country code. Can you call me back?'],
        ['agent', 'Goodbye.'],
      ]));
      const levels = ['agent', 'call', 'finding'] as const;
      return execAll(levels.map((level): [string[]] => [['audit', file, '-f', 'csv', '--csv-level', level]])).then((runs) => {
        runs.forEach((r, i) => {
          expect(r.status).toBe(0);
          out[levels[i]] = r.stdout;
        });
      });
    }, SLOW);
    afterAll(() => cleanup(dir));

    it('the formulas the customer says are quoted at finding level, prefixed with a single quote', () => {
      const quotes = records(out.finding!).map((r) => r.quote);
      expect(quotes.filter((q) => q.includes('HYPERLINK')).length).toBeGreaterThan(0);
      expect(quotes.filter((q) => q.includes('SUM(1+1)')).length).toBeGreaterThan(0);
      expect(quotes.some((q) => q.startsWith(`'${HYPERLINK}`))).toBe(true);
      expect(quotes.some((q) => q.startsWith(`'${SUM}`))).toBe(true);
    });

    it('call id, agent name and team cells that are formulas start with a single quote', () => {
      const call = records(out.call!)[0];
      expect(call.call_id).toBe("'=1+2");
      expect(call.call_key).toBe("'=1+2");
      expect(call.agent_name).toBe(`'${HYPERLINK}`);
      expect(call.team).toBe(`'${SUM}`);
      const agent = records(out.agent!)[0];
      expect(agent.agent_name).toBe(`'${HYPERLINK}`);
      expect(agent.team).toBe(`'${SUM}`);
    });

    it('no cell at any level starts with = + - @ tab or carriage return', () => {
      for (const level of ['agent', 'call', 'finding'] as const) {
        for (const row of records(out[level]!)) {
          for (const [column, value] of Object.entries(row)) {
            // Numbers stay numbers (a negative score would be legitimate), everything else must be neutralised.
            if (value !== '' && Number.isFinite(Number(value))) continue;
            expect(value, `${level} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
          }
        }
      }
    });
  });
});
