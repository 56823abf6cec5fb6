// Workers run with a bounded heap (src/audit/batch.ts); a file too big for it is audited again in a worker without the
// bound, and must give the same results as one thread, each call once. The batch runs the built library, since the
// workers load dist/src/audit/worker.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, cleanup, root, SLOW, tempDir } from '../cli/exec.js';
import { FileChannel, type BatchItem, type BatchOptions, type BatchSettings, type WireItem } from '../../src/audit/batch.js';

type AuditBatch = (paths: readonly string[], settings: BatchSettings, options?: BatchOptions) => AsyncGenerator<BatchItem>;
type GenerateCall = (rand: () => number, n: number, turns: number) => { id: string };
type SeededRandom = (seed: number) => () => number;

const settings: BatchSettings = { read: {}, rules: {}, redact: true, annotations: false, identity: {} };

/** What a report shows of each audited call (or unreadable input), in order. */
async function audit(auditBatch: AuditBatch, dir: string, options: BatchOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const item of auditBatch([dir], settings, options)) {
    out.push('callId' in item ? `${item.callId} ${item.source.file} ${item.score}` : `error ${item.file}`);
  }
  return out;
}

describe.skipIf(!built)('auditBatch with bounded worker heaps (built library)', { timeout: SLOW }, () => {
  let dir: string;
  let auditBatch: AuditBatch;
  let oneThread: string[];

  beforeAll(async () => {
    const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, path)).href)) as T;
    ({ auditBatch } = await load<{ auditBatch: AuditBatch }>('dist/src/audit/batch.js'));
    const { generateCall, seededRandom } = await load<{ generateCall: GenerateCall; seededRandom: SeededRandom }>('dist/bench/generate.js');
    const rand = seededRandom(11);
    dir = tempDir();
    mkdirSync(join(dir, 'calls'));
    // Small files either side of one JSON array of calls that is parsed whole (~6 MB: it needs about 30 MB of heap, the small files under 16 MB).
    for (let n = 0; n < 6; n++) writeFileSync(join(dir, 'calls', `call-${n}.json`), JSON.stringify(generateCall(rand, n, 40)));
    const batch = Array.from({ length: 400 }, (_, i) => generateCall(rand, 100 + i, 20 + Math.floor(rand() * 200)));
    writeFileSync(join(dir, 'calls', 'call-3-export.json'), JSON.stringify(batch));
    oneThread = await audit(auditBatch, dir, { workers: 1 });
  }, SLOW);
  afterAll(() => cleanup(dir));

  it('audits every call in one thread', () => {
    expect(oneThread).toHaveLength(406);
    expect(oneThread.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it.each([
    ['the default limit, which every file fits', undefined],
    ['a limit the big file outgrows, which is audited again without it', 20],
    ['a limit no worker can start in, so every worker is replaced', 2],
  ])('two workers with %s give the results of one thread', async (_, workerOldGenerationMb) => {
    expect(await audit(auditBatch, dir, { workers: 2, workerOldGenerationMb })).toEqual(oneThread);
  });
});

describe('FileChannel: a file audited again yields each result once, in order', () => {
  const item = (name: string): WireItem => ({ error: { file: name, location: '', reason: 'r' } });
  type Step = string[] | 'retry';

  it.each<[string, Step[], string[]]>([
    ['one attempt in two chunks', [['a', 'b'], ['c']], ['a', 'b', 'c']],
    ['retried after two results', [['a', 'b'], 'retry', ['a'], ['b', 'c', 'd']], ['a', 'b', 'c', 'd']],
    ['retried before any result', ['retry', ['a', 'b']], ['a', 'b']],
    ['retried twice', [['a'], 'retry', ['a', 'b'], 'retry', ['a', 'b', 'c']], ['a', 'b', 'c']],
  ])('%s', async (_, steps, expected) => {
    const channel = new FileChannel();
    steps.forEach((step, i) => (step === 'retry' ? channel.retry() : channel.push(step.map(item), i === steps.length - 1)));
    const files: string[] = [];
    for await (const result of channel.drain()) files.push('file' in result ? result.file : '');
    expect(files).toEqual(expected);
  });
});
