// `callaudit audit -c FILE`: the config turns rules off and sets options; a wrong config stops with the field named.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, cleanup, exec, execAll, nonWarningLines, root, STACK_FRAME, tempDir, type JsonReport, SLOW } from './exec.js';

describe.skipIf(!built)('callaudit audit --config (built CLI)', { timeout: SLOW }, () => {
  let dir: string;
  const config = (name: string, body: unknown): string => {
    const file = join(dir, name);
    writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
    return file;
  };

  beforeAll(() => {
    dir = tempDir();
  }, SLOW);
  afterAll(() => cleanup(dir));

  it('{"rules": {"sales-follow-through": {"enabled": false}}} removes that rule from the results', () => {
    const withRule = JSON.parse(exec(['audit', 'fixtures/calls', '-f', 'json']).stdout) as JsonReport;
    expect(withRule.calls.some((c) => c.rules.some((r) => r.ruleId === 'sales-follow-through' && r.applicable))).toBe(true);

    const file = config('no-sales.json', { rules: { 'sales-follow-through': { enabled: false } } });
    const r = exec(['audit', 'fixtures/calls', '-f', 'json', '-c', file]);
    expect(r.status).toBe(0);
    expect(nonWarningLines(r.stderr)).toEqual([]);
    expect(r.stdout).not.toContain('sales-follow-through');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.calls).toHaveLength(withRule.calls.length);
    for (const call of report.calls) {
      const before = withRule.calls.find((c) => c.key === call.key)!;
      expect(call.rules.map((x) => x.ruleId), call.key).toEqual(before.rules.map((x) => x.ruleId).filter((id) => id !== 'sales-follow-through'));
    }
  });

  it('the CSV has no column for a rule the config turned off', () => {
    const file = config('no-sales-csv.json', { rules: { 'sales-follow-through': { enabled: false } } });
    const r = exec(['audit', 'fixtures/calls', '-f', 'csv', '--config', file]);
    expect(r.status).toBe(0);
    const header = r.stdout.split('\n')[0].split(',');
    expect(header).toContain('rule_empathy-phrases');
    expect(header).not.toContain('rule_sales-follow-through');
  });

  it('the threshold in the config is the pass mark of the report', () => {
    const file = config('threshold.json', { threshold: 90 });
    const report = JSON.parse(exec(['audit', 'fixtures/calls', '-f', 'json', '-c', file]).stdout) as JsonReport;
    expect(report.threshold).toBe(90);
    for (const call of report.calls) if (call.score !== null) expect(call.passed, call.key).toBe(call.score >= 90);
  });

  const BAD: Array<[what: string, body: unknown, field: RegExp]> = [
    ['an unknown top-level key', { rules: {}, colour: true }, /colour/],
    ['an unknown key in a rule', { rules: { 'empathy-phrases': { wieght: 3 } } }, /empathy-phrases[\s\S]*wieght|wieght[\s\S]*empathy-phrases/],
    ['a weight that is a string', { rules: { 'empathy-phrases': { weight: '3' } } }, /config\.rules\.empathy-phrases\.weight/],
    ['enabled that is not a boolean', { rules: { 'sales-follow-through': { enabled: 'no' } } }, /sales-follow-through\.enabled/],
    ['a threshold that is a string', { threshold: 'high' }, /threshold/],
    ['an unknown rule id', { rules: { 'no-such-rule': { enabled: true } } }, /no-such-rule/],
    ['an unknown rule option', { rules: { 'empathy-phrases': { options: { noSuchOption: 1 } } } }, /empathy-phrases[\s\S]*noSuchOption/],
    ['a rule option of the wrong type', { rules: { 'empathy-phrases': { options: { withinAgentTurns: 'two' } } } }, /empathy-phrases[\s\S]*withinAgentTurns/],
  ];
  let badRuns: Array<ReturnType<typeof exec>>;
  beforeAll(async () => {
    badRuns = await execAll(BAD.map(([, body], i): [string[]] => [['audit', 'fixtures/calls', '-c', config(`bad-${i}.json`, body)]]));
  }, SLOW);

  it.each(BAD.map(([what, , field], i) => [what, field, i] as const))('%s exits 2 and names the field', (_what, field, i) => {
    const r = badRuns[i];
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(field);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toMatch(/unexpected error/);
  });

  it('a config that is not JSON exits 2 and names the file', () => {
    const file = config('broken.json', '{"rules": ');
    const r = exec(['audit', 'fixtures/calls', '-c', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('the example config in the README is accepted', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example, 'README ## Configuration has a json example').toBeDefined();
    const file = config('readme.json', example!);
    const r = exec(['audit', 'fixtures/calls', '-f', 'json', '-c', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.threshold).toBe(75);
    expect(report.calls[0].rules.map((x) => x.ruleId)).not.toContain('sales-follow-through');
    expect(report.calls[0].rules.find((x) => x.ruleId === 'empathy-phrases')?.weight).toBe(3);
  });
});
