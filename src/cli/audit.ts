// `callaudit audit`: the command's flags; the work lives in run-audit.ts, loaded only when the command runs.
import { Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../report/format-names.js';
import { addReadFlags, type ReadFlags } from './shared.js';

export interface AuditFlags extends ReadFlags {
  format: string;
  output?: string;
  csvLevel: 'agent' | 'call' | 'finding';
  per: 'agent' | 'call';
  minScore?: string;
  threshold?: string;
  redact: boolean;
  config?: string;
  rule?: string[];
  disable?: string[];
  agent?: string;
  agentFromPath?: string;
  roster?: string;
  quiet?: boolean;
  shard?: string;
  workers?: string;
}

export const DEFAULT_THRESHOLD = 70;

export function registerAudit(program: Command): void {
  const cmd = program
    .command('audit')
    .description('audit call transcripts and print per-agent scorecards')
    .argument('<paths...>', 'transcript files, folders (searched recursively), globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...REPORT_FORMATS]).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--csv-level <level>', 'CSV rows: one per agent, call or finding').choices(['agent', 'call', 'finding']).default('agent'))
    .addOption(new Option('--per <unit>', 'what --min-score and the table judge: each agent or each call').choices(['agent', 'call']).default('agent'))
    .option('--min-score <n>', 'exit 1 when any agent (or call, with --per call) scores below n (0-100)')
    .option('--threshold <n>', `pass mark for pass rates (default: --min-score, else ${DEFAULT_THRESHOLD})`)
    .option('--no-redact', 'show card numbers, phone numbers and e-mail addresses in evidence (masked by default)')
    .option('-c, --config <file>', 'JSON config: rule weights and options, threshold, speaker labels')
    .option('--rule <id...>', 'run only these rules')
    .option('--disable <id...>', 'do not run these rules')
    .option('--agent <name>', 'agent id for calls whose transcript does not name one')
    .option('--agent-from-path <pattern>', 'take the agent from the file path, e.g. "{agent}/{call}.json" or "*_AGENT_{agent}_DT_*"')
    .option('--roster <file>', 'CSV mapping call_id to agent_id, agent_name, team')
    .option('--shard <K/N>', 'audit only the K-th of N deterministic slices of the input files (for fan-out; combine with merge)')
    .option('--workers <n>', 'worker threads for large batches (default: one per core; 1 disables)')
    .option('-q, --quiet', 'no progress or warnings on stderr (errors still print)');
  addReadFlags(cmd).action(async (paths: string[], flags: AuditFlags) => {
    const { runAudit } = await import('./run-audit.js');
    process.exitCode = await runAudit(paths, flags);
  });
}

