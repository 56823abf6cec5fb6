// Issue 5: worker threads and shards must not change the results. A generated corpus of ~300 calls (large enough for
// the CLI to start workers) audited with 1 and 2 workers, and in 3 shards merged back together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, cleanup, exec, execAll, nonWarningLines, root, SLOW, tempDir, type ExecResult, type JsonReport } from './exec.js';

const CALLS = 300;
/** The batch size below which the CLI audits in one thread (src/audit/batch.ts); the corpus must exceed it. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

describe.skipIf(!built)('callaudit audit --workers and --shard on a generated corpus (built CLI)', { timeout: SLOW }, () => {
  let dir: string;
  let corpus: string;
  let bytes: number;
  let oneWorker: ExecResult;
  let twoWorkers: ExecResult;
  let shards: ExecResult[];
  let report: JsonReport;
  const partials = [1, 2, 3].map((k) => `shard-${k}.json`);

  beforeAll(async () => {
    dir = tempDir();
    corpus = join(dir, 'corpus');
    const { generateCorpus } = (await import(pathToFileURL(join(root, 'dist/bench/generate.js')).href)) as {
      generateCorpus: (dir: string, calls: number, seed?: number) => Promise<{ bytes: number }>;
    };
    ({ bytes } = await generateCorpus(corpus, CALLS, 7));
    // The runs are independent: start them side by side so two cores are kept busy.
    [oneWorker, twoWorkers, ...shards] = await execAll([
      [['audit', corpus, '-f', 'json', '--workers', '1']],
      [['audit', corpus, '-f', 'json', '--workers', '2']],
      ...partials.map((file, i): [string[]] => [['audit', corpus, '-f', 'partial', '--shard', `${i + 1}/3`, '-o', join(dir, file)]]),
    ]);
    report = JSON.parse(oneWorker.stdout) as JsonReport;
  }, SLOW);
  afterAll(() => cleanup(dir));

  it('the corpus is audited in full', () => {
    expect(bytes).toBeGreaterThan(PARALLEL_MIN_BYTES);
    expect(oneWorker.status).toBe(0);
    expect(nonWarningLines(oneWorker.stderr)).toEqual([]);
    expect(report.summary.calls).toBe(CALLS);
    expect(report.calls).toHaveLength(CALLS);
    expect(report.agents.length).toBeGreaterThan(1);
  }, SLOW);

  it('--workers 2 gives byte-identical JSON to --workers 1', () => {
    expect(twoWorkers.status).toBe(0);
    expect(nonWarningLines(twoWorkers.stderr)).toEqual([]);
    expect(twoWorkers.stdout.length).toBe(oneWorker.stdout.length);
    // Not toBe on the whole 20 MB string: on failure, show where they differ.
    if (twoWorkers.stdout !== oneWorker.stdout) {
      let i = 0;
      while (twoWorkers.stdout[i] === oneWorker.stdout[i]) i++;
      expect(twoWorkers.stdout.slice(Math.max(0, i - 200), i + 200)).toBe(oneWorker.stdout.slice(Math.max(0, i - 200), i + 200));
    }
    expect(twoWorkers.stdout === oneWorker.stdout).toBe(true);
  }, SLOW);

  it('three shards merged give exactly the agents of one run, and no calls', () => {
    const files = partials.map((file) => join(dir, file));
    const counts: number[] = [];
    shards.forEach((r, i) => {
      expect(r.status, `shard ${i + 1}/3: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe('');
      counts.push((JSON.parse(readFileSync(files[i], 'utf8')) as { totals: { calls: number } }).totals.calls);
    });
    // Each shard holds a real part of the batch; together they hold all of it.
    for (const n of counts) expect(n).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(CALLS);

    const merge = exec(['merge', ...files, '-f', 'json']);
    expect(merge.status, merge.stderr).toBe(0);
    const merged = JSON.parse(merge.stdout) as JsonReport;
    expect(merged.agents).toEqual(report.agents);
    expect(merged.calls ?? []).toEqual([]);
    expect(merged.summary.calls).toBe(CALLS);
  }, SLOW);

  it('--shard 0/3, 4/3, 1/0, 2 and a/b are usage errors (exit 2)', async () => {
    const bad = ['0/3', '4/3', '1/0', '2', 'a/b'];
    const results = await execAll(bad.map((shard): [string[]] => [['audit', corpus, '-f', 'json', '--shard', shard]]));
    results.forEach((r, i) => {
      expect(r.status, `--shard ${bad[i]}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--shard ${bad[i]}`);
    });
  });
});
