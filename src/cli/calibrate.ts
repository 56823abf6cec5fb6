// `callaudit calibrate`: audit labelled calls and report how far callaudit agrees with human QA graders.
import { Option, type Command } from 'commander';
import { CALIBRATION_FORMATS, type CalibrationFormat } from '../calibrate/format-names.js';
import { addReadFlags, type ReadFlags } from './shared.js';

export interface CalibrateFlags extends ReadFlags {
  labels: string[];
  format: CalibrationFormat;
  output?: string;
  threshold?: string;
  config?: string;
  redact: boolean;
}

export const DEFAULT_THRESHOLD = 70;

export function registerCalibrate(program: Command): void {
  const cmd = program
    .command('calibrate')
    .description('compare callaudit with human QA labels: agreement, precision, recall, F1 and kappa per rule, per act and per enquiry')
    .argument('<paths...>', 'transcript files, folders (searched recursively), globs, or - for stdin')
    // Repeatable rather than variadic, so `--labels labels.csv calls/` leaves calls/ to the paths.
    .requiredOption(
      '--labels <file>',
      'label CSV: call_id,rule,verdict|score, call_id,turn,act,value or call_id,turn,addressed_by; repeat or comma-separate for more; a folder means every .csv in it',
      collectLabels,
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices([...CALIBRATION_FORMATS]).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--threshold <n>', `rule score counted as pass, for callaudit and for labels given as scores (default: config, else ${DEFAULT_THRESHOLD})`)
    .option('-c, --config <file>', 'JSON config whose rule weights and options to calibrate')
    .option('--no-redact', 'show card numbers, phone numbers and e-mail addresses in quotes (masked by default)');
  addReadFlags(cmd).action(async (paths: string[], flags: CalibrateFlags) => {
    const { runCalibrate } = await import('./run-calibrate.js');
    process.exitCode = await runCalibrate(paths, flags);
  });
}

function collectLabels(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').filter(Boolean)];
}

