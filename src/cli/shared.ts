// What every command shares: read flags, output sink, and the one-line error messages for user mistakes.
import { createWriteStream } from 'node:fs';
import { Option, type Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import type { ReadOptions } from '../read/types.js';

export interface ReadFlags {
  inputFormat?: string;
  agentLabel?: string[];
  customerLabel?: string[];
  agentSpeaker?: string;
  agentChannel?: string;
  csvColumn?: string[];
}

/** Flags that control how transcripts are read, shared by audit, annotate and calibrate. */
export function addReadFlags(cmd: Command): Command {
  return cmd
    .option('--input-format <name>', 'force the input format instead of detecting it (see `callaudit formats`)')
    .option('--agent-label <label...>', 'speaker label(s) of the agent in text/CSV transcripts (default: Agent, Rep, ...)')
    .option('--customer-label <label...>', 'speaker label(s) of the customer (default: Customer, Caller, ...)')
    .option('--agent-speaker <id>', 'diarized speaker that is the agent (e.g. spk_0, A, 1)')
    .option('--agent-channel <n>', 'audio channel that is the agent (e.g. 0)')
    .option('--csv-column <field=name...>', 'CSV column names, e.g. text=utterance call=conversation_id');
}

const CSV_FIELDS = ['call', 'agent', 'speaker', 'role', 'start', 'end', 'text'] as const;

export function toReadOptions(flags: ReadFlags, defaults: { agentLabel?: string[]; customerLabel?: string[] } = {}): ReadOptions & { inputFormat?: string } {
  const csvColumns: ReadOptions['csvColumns'] = {};
  for (const pair of flags.csvColumn ?? []) {
    const [field, name] = pair.split('=', 2);
    if (!name || !(CSV_FIELDS as readonly string[]).includes(field)) {
      throw new UsageError(`--csv-column ${pair}: expected FIELD=NAME with FIELD one of ${CSV_FIELDS.join(', ')}`);
    }
    csvColumns[field as (typeof CSV_FIELDS)[number]] = name;
  }
  return {
    inputFormat: flags.inputFormat,
    agentLabel: flags.agentLabel ?? defaults.agentLabel,
    customerLabel: flags.customerLabel ?? defaults.customerLabel,
    agentSpeaker: flags.agentSpeaker,
    agentChannel: flags.agentChannel,
    csvColumns,
  };
}

export function formatOption(names: string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(names).default(fallback);
}

/** Where the report goes: stdout, or a file given with -o. */
export interface ReportSink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  isTTY: boolean;
}

export function openSink(file: string | undefined): ReportSink {
  const stream: NodeJS.WritableStream = file ? createWriteStream(file) : process.stdout;
  let failure: Error | undefined;
  stream.on('error', (err: Error) => {
    failure = err;
  });
  return {
    isTTY: !file && Boolean(process.stdout.isTTY),
    write(chunk) {
      if (failure) return Promise.reject(new UsageError(`cannot write ${file ?? 'stdout'}: ${failure.message}`));
      if (!chunk) return Promise.resolve();
      // Respect back-pressure so a slow pipe never makes us buffer the whole report.
      return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
    },
    close() {
      if (!file) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.end(() => (failure ? reject(new UsageError(`cannot write ${file}: ${failure.message}`)) : resolve()));
      });
    },
  };
}

/** One line on stderr for a file we had to skip. */
export function reportInputError(err: InputError): void {
  process.stderr.write(`callaudit: error: ${err.message}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`callaudit: warning: ${message}\n`);
}

export function parseNumber(name: string, value: string, { min, max }: { min?: number; max?: number } = {}): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
    const range = min !== undefined && max !== undefined ? ` between ${min} and ${max}` : '';
    throw new UsageError(`${name} ${value}: expected a number${range}`);
  }
  return n;
}

export const EXIT = { ok: 0, threshold: 1, error: 2 } as const;
