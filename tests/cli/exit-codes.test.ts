// Exit codes as CI jobs rely on them: 0 all good, 1 a score below --min-score, 2 usage errors and unreadable inputs
// (with the readable calls still reported).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, cleanup, exec, execAll, nonWarningLines, root, STACK_FRAME, tempDir, type JsonReport, SLOW } from './exec.js';

const calls = join(root, 'fixtures/calls');
const broken = join(root, 'fixtures/broken');

describe.skipIf(!built)('callaudit audit exit codes (built CLI)', { timeout: SLOW }, () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  }, SLOW);
  afterAll(() => cleanup(dir));

  describe('--min-score', () => {
    const invalid = ['101', '-1', 'abc', ''];
    let runs: Array<ReturnType<typeof exec>>;
    beforeAll(async () => {
      runs = await execAll([
        ...invalid.map((value): [string[]] => [['audit', 'fixtures/calls', '--min-score', value]]),
        [['audit', 'fixtures/calls', '--min-score', '0']],
        [['audit', 'fixtures/calls', '--min-score', '99', '-f', 'json']],
      ]);
    }, SLOW);

    it.each(invalid.map((value, i) => [value, i] as const))('--min-score %j is a usage error: exit 2, one line on stderr, nothing on stdout', (_value, i) => {
      const r = runs[i];
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--min-score');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    });

    it('--min-score 0 exits 0', () => {
      const r = runs[invalid.length];
      expect(r.status).toBe(0);
      expect(r.stdout).not.toBe('');
    });

    it('--min-score 99 exits 1 (some agent is below) and still prints the report', () => {
      const r = runs[invalid.length + 1];
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.agents.some((a) => a.mean !== null && a.mean < 99)).toBe(true);
      expect(r.stderr).toMatch(/below/);
    });

    it('--per call --min-score N exits 1 when a call is below N although every agent mean is at or above it', async () => {
      // One agent, four good calls and one poor one: the mean stays high, the poor call is far below it.
      const perCall = join(dir, 'per-call');
      mkdirSync(perCall);
      const good = JSON.parse(readFileSync(join(calls, 'billing-dispute-resolved.json'), 'utf8')) as { id: string; agent: { id: string } };
      const poor = JSON.parse(readFileSync(join(calls, 'billing-dispute-no-empathy.json'), 'utf8')) as { id: string; agent: object };
      for (let i = 1; i <= 4; i++) writeFileSync(join(perCall, `good-${i}.json`), JSON.stringify({ ...good, id: `good-${i}` }));
      writeFileSync(join(perCall, 'poor.json'), JSON.stringify({ ...poor, id: 'poor', agent: good.agent }));

      const report = JSON.parse(exec(['audit', perCall, '-f', 'json']).stdout) as JsonReport;
      expect(report.agents).toHaveLength(1);
      const mean = report.agents[0].mean!;
      const worst = Math.min(...report.calls.map((c) => c.score!));
      expect(worst, 'the constructed batch needs a call well below the agent mean').toBeLessThan(mean - 10);
      const n = String(Math.round((worst + mean) / 2));

      const [byCall, byAgent] = await execAll([
        [['audit', perCall, '--per', 'call', '--min-score', n]],
        [['audit', perCall, '--per', 'agent', '--min-score', n]],
      ]);
      expect(byCall.status, `--per call --min-score ${n} (worst call ${worst}, agent mean ${mean})`).toBe(1);
      expect(byCall.stderr).toMatch(/1 call below/);
      expect(byAgent.status, `--per agent --min-score ${n} (agent mean ${mean})`).toBe(0);
      // With --per call the table lists each call.
      for (const id of ['good-1', 'good-4', 'poor']) expect(byCall.stdout).toContain(id);
    });
  });

  describe('unreadable inputs', () => {
    let mixed: string;
    let good: JsonReport;
    let result: ReturnType<typeof exec>;
    let report: JsonReport;
    const brokenFiles = readdirSync(broken).sort();

    beforeAll(async () => {
      mixed = join(dir, 'mixed');
      mkdirSync(mixed);
      for (const name of readdirSync(calls)) copyFileSync(join(calls, name), join(mixed, name));
      for (const name of brokenFiles) copyFileSync(join(broken, name), join(mixed, name));
      let alone: ReturnType<typeof exec>;
      [alone, result] = await execAll([[['audit', calls, '-f', 'json']], [['audit', mixed, '-f', 'json']]]);
      good = JSON.parse(alone.stdout) as JsonReport;
      report = JSON.parse(result.stdout) as JsonReport;
    }, SLOW);

    it('a folder mixing good calls and broken files exits 2', () => {
      expect(brokenFiles.length).toBeGreaterThanOrEqual(10);
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).not.toMatch(/unexpected error/);
    });

    it('names every broken file on stderr, and in the JSON errors', () => {
      const errorLines = result.stderr.split('\n').filter((l) => l.startsWith('callaudit: error: '));
      for (const name of brokenFiles) {
        const file = join(mixed, name);
        expect(errorLines.filter((l) => l.includes(file)), `stderr line for ${name}`).toHaveLength(1);
        expect(report.errors.filter((e) => e.file === file), `JSON error for ${name}`).toHaveLength(1);
      }
      expect(report.summary.inputErrors).toBe(brokenFiles.length);
    });

    it.each([
      ['truncated.json', /line \d+, column \d+/],
      ['bad-line.jsonl', /line 2\b/],
      ['wrong-role.json', /\$\.turns\[3\]\.role/],
      ['empty-turns.json', /\$\.turns\b/],
      ['unknown-label.txt', /line 7\b/],
      ['missing-text-column.csv', /line 1\b/],
    ])('the error for %s gives its location', (name, location) => {
      const file = join(mixed, name);
      const line = result.stderr.split('\n').find((l) => l.includes(file));
      expect(line, `stderr line for ${name}`).toBeDefined();
      expect(line).toMatch(location);
      expect(report.errors.find((e) => e.file === file)?.location).toMatch(location);
    });

    it('the JSON on stdout still has every good call, audited exactly as on its own', () => {
      for (const call of good.calls) {
        const same = report.calls.find((c) => c.key === call.key);
        expect(same, call.key).toBeDefined();
        expect(same!.agent, call.key).toEqual(call.agent);
        expect(same!.score, call.key).toBe(call.score);
        expect(same!.rules, call.key).toEqual(call.rules);
      }
      // The only other calls are the readable lines of the JSONL file with one bad line.
      const extra = report.calls.filter((c) => !good.calls.some((g) => g.key === c.key));
      expect(extra.map((c) => c.source.file)).toEqual(extra.map(() => join(mixed, 'bad-line.jsonl')));
      expect(extra.length).toBe(2);
    });
  });

  it('a missing path exits 2 with a one-line error naming it and no stack trace', () => {
    const missing = join(dir, 'no-such-calls');
    const r = exec(['audit', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toMatch(/unexpected error/);
    const errors = r.stderr.split('\n').filter((l) => /error/i.test(l) && l.includes(missing));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no such file|not found|does not exist/i);
    expect(nonWarningLines(r.stderr).length).toBeLessThanOrEqual(2);
  });
});
