// Runs the built callaudit binary the way a user does: a child process, with colour off unless a test says otherwise.
// `npm test` builds first (`tsc -p .`); run `npx tsc -p .` before `npx vitest run tests/cli` on its own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallRecord, FindingRecord } from '../../src/report/call-record.js';
import type { AgentScorecard } from '../../src/score/aggregate.js';

/** The project root: tests run the binary from here so fixture paths are relative, as in the README. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = join(root, 'bin/callaudit.js');
export const built = existsSync(join(root, 'dist/src/cli/main.js'));

export interface ExecResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export interface ExecOptions {
  /** Piped to the child's stdin. */
  input?: string;
  /** Added to (or, with undefined, removed from) the environment, after NO_COLOR=1 is set. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

function envOf(options: ExecOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function exec(args: string[], options: ExecOptions = {}): ExecResult {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: envOf(options),
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    // JSON reports of a few hundred calls (with annotations) run to tens of megabytes.
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** As exec, without blocking: for runs a hook starts side by side, so a 2-core machine runs two at once. */
export function execAsync(args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: envOf(options), cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status }));
    child.stdin.end(options.input ?? '');
  });
}

/** Runs several CLI invocations side by side and returns their results in the same order. */
export function execAll(runs: Array<[args: string[], options?: ExecOptions]>): Promise<ExecResult[]> {
  return Promise.all(runs.map(([args, options]) => execAsync(args, options)));
}

/** A fresh temporary folder outside the repository; remove it with `cleanup`. */
export function tempDir(prefix = 'callaudit-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function cleanup(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** A line of stderr is acceptable in a successful run only when it is a warning. */
export function nonWarningLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('callaudit: warning: '));
}

/** A node or V8 stack frame, which a user's mistake must never print. */
export const STACK_FRAME = /^\s+at /m;

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;

export const CARD = /4111[\s-]?1111[\s-]?1111[\s-]?1111/;
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

// The JSON report's parts are the formatter's own types: a change to the contract shows here at compile time.
export type JsonFinding = FindingRecord;
export type JsonCall = CallRecord;
export type JsonAgent = AgentScorecard;
export interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  threshold: number;
  calls: JsonCall[];
  summary: { files: number; calls: number; agents: number; inputErrors: number; passRate: number | null };
  agents: JsonAgent[];
  errors: Array<{ file: string; location: string; reason: string }>;
}

/** Every quote in a report: finding quotes and the examples of the most frequent findings. */
export function quotesOf(report: JsonReport): string[] {
  const quotes: string[] = [];
  for (const call of report.calls) for (const rule of call.rules) for (const f of rule.findings) quotes.push(f.quote);
  for (const agent of report.agents as Array<JsonAgent & { topFindings?: Array<{ example?: unknown }> }>) {
    for (const top of agent.topFindings ?? []) {
      const example = top.example as { quote?: string } | string | undefined;
      if (typeof example === 'string') quotes.push(example);
      else if (example && typeof example.quote === 'string') quotes.push(example.quote);
    }
  }
  return quotes;
}

/** A small native call, as a JSON string. */
export function nativeCall(id: string, agent: { id: string; name?: string; team?: string }, turns: Array<[role: 'agent' | 'customer', text: string]>): string {
  return JSON.stringify({ id, agent, turns: turns.map(([role, text]) => ({ role, text })) }, null, 2);
}

/** Timeout for tests and hooks that spawn the CLI: generous, as the suite may share two cores with other work. */
export const SLOW = 120_000;
