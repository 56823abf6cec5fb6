// `callaudit calibrate`, the work: audit the labelled calls and compare them with the labels.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { auditCall } from '../audit/audit-call.js';
import { resolveRules } from '../audit/run-rules.js';
import { calibrate } from '../calibrate/compare.js';
import { formatCalibration } from '../calibrate/format.js';
import { labelledCallIds, loadLabels } from '../calibrate/labels.js';
import { loadConfig, type Config } from '../config/config.js';
import { InputError, UsageError } from '../errors.js';
import type { CallResult } from '../model/results.js';
import { CallKeys } from '../read/agent-identity.js';
import { readInputs } from '../read/index.js';
import { chalkLevel } from '../report/color.js';
import { DEFAULT_THRESHOLD, type CalibrateFlags } from './calibrate.js';
import { EXIT, openSink, parseNumber, reportInputError, toReadOptions, warn } from './shared.js';

export async function runCalibrate(paths: string[], flags: CalibrateFlags): Promise<number> {
  const config: Config = flags.config ? loadConfig(flags.config) : {};
  const passScore = flags.threshold !== undefined
    ? parseNumber('--threshold', flags.threshold, { min: 0, max: 100 })
    : (config.threshold ?? DEFAULT_THRESHOLD);
  // Labels first: a broken label file should stop us before minutes of auditing.
  const labels = loadLabels(expandLabelPaths(flags.labels), { passScore });
  const labelled = labelledCallIds(labels);
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
