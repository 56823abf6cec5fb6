// `callaudit calibrate` end to end through the built binary: report on stdout, errors on stderr, exit codes 0 and 2.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cleanup, SLOW, tempDir } from '../cli/exec.js';

const project = join(import.meta.dirname, '../..');
const built = existsSync(join(project, 'dist/src/cli/calibrate.js'));
const labelled = join(project, 'fixtures/labelled');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(project, 'bin/callaudit.js'), 'calibrate', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // The JSON report on the whole labelled set, with every disagreeing turn quoted, is over a megabyte.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Two of these calibrate the whole labelled set, which grows with every batch of calls.
describe.skipIf(!built)('callaudit calibrate (built CLI; run `npm run build` first)', { timeout: SLOW }, () => {
  it('prints parseable CSV for the labelled set and exits 0', () => {
    const r = run('--labels', join(labelled, 'call-labels.csv'), '--labels', join(labelled, 'turn-labels.csv'), join(labelled, 'calls'), '-f', 'csv');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((row) => row.level === 'call').map((row) => row.name)).toEqual([
      'empathy-phrases',
      'questions-asked',
      'sales-follow-through',
      'unresolved-enquiries',
    ]);
    expect(rows.find((row) => row.name === 'question')?.n).not.toBe('0');
  });

  it('takes a folder of label files and still reports when one transcript is broken, exiting 2', () => {
    const dir = tempDir('callaudit-cal-');
    onTestFinished(() => cleanup(dir));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": "x", "agent": ');
    const r = run('--labels', labelled, join(labelled, 'calls'), broken, '-f', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(broken);
    expect(JSON.parse(r.stdout).callsCompared).toBeGreaterThanOrEqual(40);
  });

  it('compares enquiry labels one by one when given only those', () => {
    const r = run('--labels', join(labelled, 'enquiry-labels.csv'), join(labelled, 'calls'), '-f', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rules).toEqual([]);
    expect(report.acts).toEqual([]);
    expect(report.enquiries.n).toBeGreaterThanOrEqual(100);
    expect(report.enquiries.tp + report.enquiries.fp + report.enquiries.fn + report.enquiries.tn).toBe(report.enquiries.n);
    expect(report.missingCalls).toEqual([]);
  });

  it('stops with one clear line naming the file and line of a bad label', () => {
    const dir = tempDir('callaudit-cal-');
    onTestFinished(() => cleanup(dir));
    const labels = join(dir, 'labels.csv');
    writeFileSync(labels, 'call_id,rule,verdict\nlb-001-telecom-broadband-drops,empathy-phrases,good\n');
    const r = run('--labels', labels, join(labelled, 'calls'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`callaudit: error: ${labels}:line 2: verdict "good" must be pass, fail or na`);
  });
});
