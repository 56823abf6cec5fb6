// Audits a batch of inputs as a stream: in this thread for small batches, over worker threads for large ones,
// always yielding results in input order so the output is the same either way.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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

export async function* auditBatch(paths: readonly string[], settings: BatchSettings, options: BatchOptions = {}): AsyncGenerator<BatchItem> {
  const entries = shardEntries(await expandInputs(paths), options.shard);
  const files = entries.filter((e): e is string => typeof e === 'string' && e !== STDIN_PATH);
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  const bytes = sizes.reduce((a, b) => a + b, 0);
  const progress: BatchProgress = { filesDone: 0, files: files.length, bytesDone: 0, bytes, calls: 0 };
  const sizeOf = new Map(files.map((f, i) => [f, sizes[i]]));
  const done = (entry: InputEntry): void => {
    if (typeof entry !== 'string') return;
    progress.filesDone++;
    progress.bytesDone += sizeOf.get(entry) ?? 0;
    options.onProgress?.(progress);
  };

  const workers = Math.max(1, options.workers ?? availableParallelism());
  const parallel = workers > 1 && files.length > 1 && bytes >= PARALLEL_MIN_BYTES && !entries.includes(STDIN_PATH);
  const source = parallel ? auditInWorkers(entries, settings, workers, done) : auditHere(entries, settings, options.stdin, done);
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

async function* auditHere(entries: InputEntry[], settings: BatchSettings, stdin: BatchOptions['stdin'], done: (e: InputEntry) => void): AsyncGenerator<BatchItem> {
  const auditFile = await prepareAuditor(settings);
  for (const entry of entries) {
    if (entry instanceof InputError) yield entry;
    else yield* auditFile(entry, stdin);
    done(entry);
  }
}

/** Messages from a worker: a chunk of one file's results, in order; `last` closes the file. */
export type WorkerMessage =
  | { job: number; items: WireItem[]; last: boolean }
  | { job: number; bug: string };
export type WireItem = { result: CallResult } | { error: { file: string; location: string; reason: string } };

/** One file's results as they arrive from a worker, consumed in order by the main thread. */
class FileChannel {
  private chunks: WireItem[][] = [];
  private closed = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  push(items: WireItem[], last: boolean): void {
    this.chunks.push(items);
    if (last) this.closed = true;
    this.wake?.();
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

async function* auditInWorkers(entries: InputEntry[], settings: BatchSettings, count: number, done: (e: InputEntry) => void): AsyncGenerator<BatchItem> {
  const url = new URL('./worker.js', import.meta.url);
  const pool = Array.from({ length: count }, () => new Worker(url, { workerData: settings }));
  const channels = new Map<number, FileChannel>();
  const idle: Worker[] = [...pool];
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
  for (const worker of pool) {
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
    // A worker that dies (even while starting, before any job) fails the batch rather than leaving it waiting.
    worker.on('error', (error) => {
      for (const channel of channels.values()) channel.fail(error);
    });
  }

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
      done(entry);
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
