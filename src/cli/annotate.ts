// `callaudit annotate`: what the analysis detected in each turn, and the findings it led to.
import { Option, type Command } from 'commander';
import { auditCall } from '../audit/audit-call.js';
import { resolveRules } from '../audit/run-rules.js';
import { InputError } from '../errors.js';
import { applyIdentity } from '../read/agent-identity.js';
import { readInputs } from '../read/index.js';
import { formatTurnsJsonl } from '../report/annotate/jsonl.js';
import { turnRecords } from '../report/annotate/records.js';
import { formatTurnsTable } from '../report/annotate/table.js';
import { chalkLevel } from '../report/color.js';
import { addReadFlags, EXIT, openSink, reportInputError, toReadOptions, type ReadFlags } from './shared.js';

interface AnnotateFlags extends ReadFlags {
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
    const rules = resolveRules({});
    const sink = openSink(flags.output);
    const color = chalkLevel({ isTTY: sink.isTTY, env: process.env }) > 0;
    let errors = 0;
    for await (const item of readInputs(paths, toReadOptions(flags))) {
      if (item instanceof InputError) {
        errors++;
        reportInputError(item);
        continue;
      }
      const call = applyIdentity(item, { agent: flags.agent });
      const result = auditCall(call, { rules, redact: flags.redact });
      const records = turnRecords(call, result, { redact: flags.redact });
      await sink.write(flags.format === 'jsonl' ? formatTurnsJsonl(records) : formatTurnsTable(result.key, records, { color }));
    }
    await sink.close();
    process.exitCode = errors ? EXIT.error : EXIT.ok;
  });
}
