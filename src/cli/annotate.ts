// `callaudit annotate`: what the analysis detected in each turn, and the findings it led to.
import { Option, type Command } from 'commander';
import { addReadFlags, type ReadFlags } from './shared.js';

export interface AnnotateFlags extends ReadFlags {
  format: 'jsonl' | 'table';
  output?: string;
  redact: boolean;
  agent?: string;
}

export function registerAnnotate(program: Command): void {
  const cmd = program
    .command('annotate')
    .description('show, turn by turn, the acts detected (questions, emotion, empathy, enquiries, offers...) and the findings')
    .argument('<paths...>', 'transcript files, folders, globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--no-redact', 'show card numbers, phone numbers and e-mail addresses (masked by default)')
    .option('--agent <name>', 'agent id for calls whose transcript does not name one');
  addReadFlags(cmd).action(async (paths: string[], flags: AnnotateFlags) => {
    const { runAnnotate } = await import('./run-annotate.js');
    process.exitCode = await runAnnotate(paths, flags);
  });
}
