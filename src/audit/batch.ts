// Audits a batch of inputs as a stream: in this thread for small batches, over worker threads for large ones,
// always yielding results in input order so the output is the same either way.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { CallResult } from '../model/results.js';
import { applyIdentity, loadRoster, type Roster } from '../read/agent-identity.js';
import { readFileItems, readInputs, type ReadInputsOptions } from '../read/index.js';
import { expandInputs, STDIN_PATH, type InputEntry } from '../read/inputs.js';
import { auditCall } from './audit-call.js';
import { resolveRules, type RulesConfig } from './run-rules.js';

/** Everything a worker needs to audit a file on its own: plain data, so it crosses a thread boundary. */
export interface BatchSettings {
  read: Omit<ReadInputsOptions, 'stdin'>;
  rules: RulesConfig;
  redact: boolean;
  /** Keep per-turn annotations in results (JSON/JSONL reports need them; aggregates do not). */
  annotations: boolean;
  identity: { agent?: string; rosterFile?: string; pathPattern?: string };
}

export interface BatchOptions {
  /** Worker threads; 1 audits in this thread. Default: one per core. */
  workers?: number;
  /** Audit only slice `index` (1-based) of `count` slices of the input files. */
  shard?: { index: number; count: number };
  onProgress?: (progress: BatchProgress) => void;
  stdin?: ReadInputsOptions['stdin'];
  /** Old-generation heap limit of each worker in MB (default WORKER_OLD_GENERATION_MB); tests lower it. */
  workerOldGenerationMb?: number;
}

export interface BatchProgress {
  filesDone: number;
  files: number;
  bytesDone: number;
  bytes: number;
  calls: number;
}

/** An audited call (its key is assigned later, in input order), or an input that could not be read. */
export type BatchItem = CallResult | InputError;

/** Below this much input, starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
/** Files handed out ahead of the one being reported, per worker: keeps every core busy; more only buffers results. */
const FILES_AHEAD_PER_WORKER = 1;
/** Files statted at once while sizing the batch: all 50,000 of a 100k-call corpus at once cost 130 MB. */
const STAT_CONCURRENCY = 64;
/**
 * Old-generation heap limit of a worker, in MB. Its point is less the ceiling than V8's growth rule. With no limit,
 * V8 lets the old generation grow to 4x the live heap between mark-compacts, and a worker that pretenures per-call
 * objects (V8 does when a large call's objects outlive a scavenge) fills that with garbage: 100-130 MB per worker for
 * a measured live heap of 17-30 MB (code, compiled cues, memos, a JSONL file's lines read ahead), 430 MB RSS on 100k
 * calls. Under a limit of 256 MB or less, V8 lets it grow by only 1.3x the live heap plus the young generation (16 MB
 * semi-space) before collecting: a worker stays near 60 MB, RSS near 250-280 MB from 1k to 100k calls, no slower.
 * 256 MB is the largest limit that keeps that factor (it rises to 2x towards 2 GB, 4x beyond), so it leaves the most
 * room for a file parsed whole; a file too big for it (a CSV or JSON array of thousands of calls) is audited again
 * in a worker without the limit.
 */
export const WORKER_OLD_GENERATION_MB = 256;

export async function* auditBatch(paths: readonly string[], settings: BatchSettings, options: BatchOptions = {}): AsyncGenerator<BatchItem> {
  const entries = shardEntries(await expandInputs(paths), options.shard);
  const isFile = (e: InputEntry): e is string => typeof e === 'string' && e !== STDIN_PATH;
  const sizes = await fileSizes(entries.map((e) => (isFile(e) ? e : undefined)));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const files = entries.filter(isFile).length;
  const progress: BatchProgress = { filesDone: 0, files, bytesDone: 0, bytes, calls: 0 };
  const done = (index: number): void => {
    if (typeof entries[index] !== 'string') return;
    progress.filesDone++;
    progress.bytesDone += sizes[index];
    options.onProgress?.(progress);
  };

  const workers = Math.max(1, options.workers ?? availableParallelism());
  const parallel = workers > 1 && files > 1 && bytes >= PARALLEL_MIN_BYTES && !entries.includes(STDIN_PATH);
  const heapLimit = { maxOldGenerationSizeMb: options.workerOldGenerationMb ?? WORKER_OLD_GENERATION_MB };
  const source = parallel ? auditInWorkers(entries, settings, workers, heapLimit, done) : auditHere(entries, settings, options.stdin, done);
  for await (const item of source) {
    if (!(item instanceof InputError)) progress.calls++;
    yield item;
  }
}

/** The shard keeps every count-th file, so shards are disjoint, cover everything, and need no coordination. */
function shardEntries(entries: InputEntry[], shard: BatchOptions['shard']): InputEntry[] {
  if (!shard || shard.count === 1) return entries;
  // Errors (missing paths) are reported by the first shard only, so merged shards count them once.
  let fileIndex = -1;
  return entries.filter((e) => (typeof e === 'string' ? ++fileIndex % shard.count === shard.index - 1 : shard.index === 1));
}

/** Size of each file (0 for the rest), statting a bounded number at a time. */
async function fileSizes(files: readonly (string | undefined)[]): Promise<number[]> {
  const sizes = new Array<number>(files.length).fill(0);
  let next = 0;
  const statNext = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i];
      if (file !== undefined) sizes[i] = await stat(file).then((s) => s.size, () => 0);
    }
  };
  await Promise.all(Array.from({ length: STAT_CONCURRENCY }, statNext));
  return sizes;
}

/** Per-file work shared by this thread and the workers. */
export async function prepareAuditor(settings: BatchSettings): Promise<(file: string, stdin?: ReadInputsOptions['stdin']) => AsyncGenerator<BatchItem>> {
  const rules = resolveRules(settings.rules);
  const roster: Roster | undefined = settings.identity.rosterFile ? await loadRoster(settings.identity.rosterFile) : undefined;
  const identity = { agent: settings.identity.agent, pathPattern: settings.identity.pathPattern, roster };
  return async function* auditFile(file, stdin) {
    const items = file === STDIN_PATH ? readInputs([STDIN_PATH], { ...settings.read, stdin }) : readFileItems(file, settings.read);
    for await (const item of items) {
      if (item instanceof InputError) {
        yield item;
        continue;
      }
      yield auditCall(applyIdentity(item, identity), { rules, redact: settings.redact, annotations: settings.annotations });
    }
  };
}

async function* auditHere(entries: InputEntry[], settings: BatchSettings, stdin: BatchOptions['stdin'], done: (index: number) => void): AsyncGenerator<BatchItem> {
  const auditFile = await prepareAuditor(settings);
  for (const [i, entry] of entries.entries()) {
    if (entry instanceof InputError) yield entry;
    else yield* auditFile(entry, stdin);
    done(i);
  }
}

/** Messages from a worker: a chunk of one file's results, in order; `last` closes the file. */
export type WorkerMessage =
  | { job: number; items: WireItem[]; last: boolean }
  | { job: number; bug: string };
export type WireItem = { result: CallResult } | { error: { file: string; location: string; reason: string } };

/** One file's results as they arrive from a worker, consumed in order by the main thread. */
export class FileChannel {
  private chunks: WireItem[][] = [];
  private closed = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  /** Results of this file taken so far, over every attempt at it. */
  private taken = 0;
  /** Results the current attempt has sent. */
  private sent = 0;

  push(items: WireItem[], last: boolean): void {
    // A second attempt sends the same results again, in the same order: take only those not taken yet.
    const fresh = items.slice(Math.max(0, this.taken - this.sent));
    this.sent += items.length;
    this.taken += fresh.length;
    if (fresh.length) this.chunks.push(fresh);
    if (last) this.closed = true;
    this.wake?.();
  }

  /** The file is audited again from its start. */
  retry(): void {
    this.sent = 0;
  }

  fail(error: Error): void {
    this.failure = error;
    this.wake?.();
  }

  async *drain(): AsyncGenerator<BatchItem> {
    for (;;) {
      if (this.failure) throw this.failure;
      const chunk = this.chunks.shift();
      if (chunk) {
        for (const item of chunk) yield 'result' in item ? item.result : new InputError(item.error.file, item.error.location, item.error.reason);
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}

async function* auditInWorkers(
  entries: InputEntry[],
  settings: BatchSettings,
  count: number,
  heapLimit: ResourceLimits,
  done: (index: number) => void,
): AsyncGenerator<BatchItem> {
  const url = new URL('./worker.js', import.meta.url);
  const pool = new Set<Worker>();
  const channels = new Map<number, FileChannel>();
  const idle: Worker[] = [];
  const pending: number[] = [];
  const busy = new Map<Worker, number>();

  const dispatch = (): void => {
    while (idle.length && pending.length) {
      const job = pending.shift()!;
      const worker = idle.pop()!;
      busy.set(worker, job);
      worker.postMessage({ job, file: entries[job] });
    }
  };
  const start = (resourceLimits: ResourceLimits | undefined): void => {
    const worker = new Worker(url, { workerData: settings, resourceLimits });
    pool.add(worker);
    idle.push(worker);
    worker.on('message', (message: WorkerMessage) => {
      const channel = channels.get(message.job);
      if ('bug' in message) {
        channel?.fail(new Error(`worker failed on ${String(entries[message.job])}:\n${message.bug}`));
        return;
      }
      channel?.push(message.items, message.last);
      if (message.last) {
        busy.delete(worker);
        idle.push(worker);
        dispatch();
      }
    });
    // A worker that dies (even while starting, before any job) fails the batch rather than leaving it waiting,
    // unless it only outgrew its heap limit: then a worker without the limit takes over its file.
    worker.on('error', (error: unknown) => {
      const job = busy.get(worker);
      pool.delete(worker);
      busy.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && resourceLimits) {
        if (job !== undefined) {
          channels.get(job)?.retry();
          pending.unshift(job);
        }
        start(undefined);
        dispatch();
        return;
      }
      for (const channel of channels.values()) channel.fail(error as Error);
    });
  };
  for (let i = 0; i < count; i++) start(heapLimit);

  try {
    let next = 0;
    const queueUpTo = (limit: number): void => {
      for (; next < entries.length && next < limit; next++) {
        if (typeof entries[next] !== 'string') continue;
        channels.set(next, new FileChannel());
        pending.push(next);
      }
      dispatch();
    };
    for (let i = 0; i < entries.length; i++) {
      queueUpTo(i + 1 + count * FILES_AHEAD_PER_WORKER);
      const entry = entries[i];
      if (entry instanceof InputError) {
        yield entry;
        continue;
      }
      yield* channels.get(i)!.drain();
      channels.delete(i);
      done(i);
    }
  } finally {
    await Promise.all([...pool].map((w) => w.terminate()));
  }
}
