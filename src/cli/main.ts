// The command line: wires commands, turns user mistakes into one clear line and exit code 2, bugs into a report.
import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { registerAnnotate } from './annotate.js';
import { registerAudit } from './audit.js';
import { registerCalibrate } from './calibrate.js';
import { registerFormats } from './formats.js';
import { registerMerge } from './merge.js';
import { registerRules } from './rules.js';
import { EXIT } from './shared.js';
import { VERSION } from './version.js';

const program = new Command()
  .name('callaudit')
  .description('Audit customer-service call transcripts: per-agent scorecards with the evidence behind every point.')
  .version(VERSION, '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const register of [registerAudit, registerAnnotate, registerCalibrate, registerRules, registerFormats, registerMerge]) register(program);
for (const cmd of program.commands) cmd.exitOverride();

// A closed pipe (`callaudit audit ... | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = handleError(err);
}

function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander has already printed its message; help and version are not errors.
    return err.exitCode === 0 ? EXIT.ok : EXIT.error;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`callaudit: error: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
    return EXIT.error;
  }
  if (err instanceof InputError) {
    process.stderr.write(`callaudit: error: ${err.message}\n`);
    return EXIT.error;
  }
  const e = err as Error;
  process.stderr.write(`callaudit: unexpected error (callaudit ${VERSION}, node ${process.version}); please report it with the stack below\n${e?.stack ?? String(err)}\n`);
  return EXIT.error;
}
