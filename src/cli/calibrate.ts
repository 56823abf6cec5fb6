// `callaudit calibrate`: audit labelled calls and report how far callaudit agrees with human QA graders.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { auditCall } from '../audit/audit-call.js';
import { resolveRules } from '../audit/run-rules.js';
import { calibrate } from '../calibrate/compare.js';
import { CALIBRATION_FORMATS, formatCalibration, type CalibrationFormat } from '../calibrate/format.js';
import { loadLabels } from '../calibrate/labels.js';
import { loadConfig, type Config } from '../config/config.js';
import { InputError, UsageError } from '../errors.js';
import type { CallResult } from '../model/results.js';
import { CallKeys } from '../read/agent-identity.js';
import { readInputs } from '../read/index.js';
import { chalkLevel } from '../report/color.js';
import { addReadFlags, EXIT, openSink, parseNumber, reportInputError, toReadOptions, warn, type ReadFlags } from './shared.js';

interface CalibrateFlags extends ReadFlags {
  labels: string[];
  format: CalibrationFormat;
  output?: string;
  threshold?: string;
  config?: string;
  redact: boolean;
}

const DEFAULT_THRESHOLD = 70;

export function registerCalibrate(program: Command): void {
  const cmd = program
    .command('calibrate')
    .description('compare callaudit with human QA labels: agreement, precision, recall, F1 and kappa per rule and per act')
    .argument('<paths...>', 'transcript files, folders (searched recursively), globs, or - for stdin')
    // Repeatable rather than variadic, so `--labels labels.csv calls/` leaves calls/ to the paths.
    .requiredOption(
      '--labels <file>',
      'label CSV: call_id,rule,verdict|score or call_id,turn,act,value; repeat or comma-separate for more; a folder means every .csv in it',
      collectLabels,
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices([...CALIBRATION_FORMATS]).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--threshold <n>', `rule score counted as pass, for callaudit and for labels given as scores (default: config, else ${DEFAULT_THRESHOLD})`)
    .option('-c, --config <file>', 'JSON config whose rule weights and options to calibrate')
    .option('--no-redact', 'show card numbers, phone numbers and e-mail addresses in quotes (masked by default)');
  addReadFlags(cmd).action(async (paths: string[], flags: CalibrateFlags) => {
    process.exitCode = await runCalibrate(paths, flags);
  });
}

function collectLabels(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').filter(Boolean)];
}

async function runCalibrate(paths: string[], flags: CalibrateFlags): Promise<number> {
  const config: Config = flags.config ? loadConfig(flags.config) : {};
  const passScore = flags.threshold !== undefined
    ? parseNumber('--threshold', flags.threshold, { min: 0, max: 100 })
    : (config.threshold ?? DEFAULT_THRESHOLD);
  // Labels first: a broken label file should stop us before minutes of auditing.
  const labels = loadLabels(expandLabelPaths(flags.labels), { passScore });
  const labelled = new Set([...labels.calls.map((l) => l.callId), ...labels.turns.map((l) => l.callId)]);
  if (labelled.size === 0) throw new UsageError('the label files hold no labels');

  const rules = resolveRules(config.rules ?? {});
  const keys = new CallKeys();
  const results: CallResult[] = [];
  const texts = new Map<string, string[]>();
  let errors = 0;
  for await (const item of readInputs(paths, toReadOptions(flags, config))) {
    if (item instanceof InputError) {
      errors++;
      reportInputError(item);
      continue;
    }
    const key = keys.key(item);
    // Only labelled calls are kept, so pointing calibrate at a large export costs memory only for the labelled ones.
    if (!labelled.has(item.id) && !labelled.has(key)) continue;
    if (key !== item.id) warn(`${item.source.file}: call id ${item.id} was already seen; compared as ${key}`);
    results.push(auditCall(item, { rules, redact: flags.redact }, key));
    texts.set(key, item.turns.map((t) => t.text));
  }

  const report = calibrate(results, labels, { passScore, texts, redact: flags.redact });
  if (report.missingCalls.length) warn(`${report.missingCalls.length} labelled call(s) not found in the inputs: ${report.missingCalls.slice(0, 10).join(', ')}${report.missingCalls.length > 10 ? ', ...' : ''}`);
  const sink = openSink(flags.output);
  const color = chalkLevel({ isTTY: sink.isTTY, env: process.env }) > 0;
  await sink.write(formatCalibration(report, flags.format, { color }));
  await sink.close();
  if (errors) {
    process.stderr.write(`callaudit: ${errors} input error${errors === 1 ? '' : 's'}; the other calls were compared\n`);
    return EXIT.error;
  }
  return EXIT.ok;
}

/** A folder given to --labels stands for the .csv files directly inside it, in name order. */
function expandLabelPaths(entries: string[]): string[] {
  const files: string[] = [];
  for (const entry of entries) {
    let isDir = false;
    try {
      isDir = statSync(entry).isDirectory();
    } catch {
      // Missing files are reported by loadLabels with the file name.
    }
    if (!isDir) {
      files.push(entry);
      continue;
    }
    const found = readdirSync(entry).filter((name) => name.toLowerCase().endsWith('.csv')).sort().map((name) => join(entry, name));
    if (found.length === 0) throw new UsageError(`--labels ${entry}: no .csv label files in this folder`);
    files.push(...found);
  }
  return files;
}
