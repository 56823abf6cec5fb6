// `callaudit audit`: read transcripts, audit each call, stream the report, set the exit code.
import { Option, type Command } from 'commander';
import { builtinRules } from '../../rules/index.js';
import { auditBatch, type BatchSettings } from '../audit/batch.js';
import { resolveRules } from '../audit/run-rules.js';
import { loadConfig, type Config } from '../config/config.js';
import { InputError, UsageError } from '../errors.js';
import { UNKNOWN_AGENT_ID } from '../model/transcript.js';
import { CallKeys } from '../read/agent-identity.js';
import { findReader } from '../read/detect.js';
import { chalkLevel } from '../report/color.js';
import { getFormatter, formatters } from '../report/index.js';
import { BatchAggregate, passes } from '../score/aggregate.js';
import { addReadFlags, EXIT, openSink, parseNumber, reportInputError, toReadOptions, warn, type ReadFlags } from './shared.js';
import { ProgressBar } from './progress.js';
import { VERSION } from './version.js';

interface AuditFlags extends ReadFlags {
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

const DEFAULT_THRESHOLD = 70;
const MAX_REPEATED_WARNINGS = 20;

export function registerAudit(program: Command): void {
  const cmd = program
    .command('audit')
    .description('audit call transcripts and print per-agent scorecards')
    .argument('<paths...>', 'transcript files, folders (searched recursively), globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(formatters)).default('table'))
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
    process.exitCode = await runAudit(paths, flags);
  });
}

async function runAudit(paths: string[], flags: AuditFlags): Promise<number> {
  const config: Config = flags.config ? loadConfig(flags.config) : {};
  const minScore = flags.minScore !== undefined ? parseNumber('--min-score', flags.minScore, { min: 0, max: 100 }) : undefined;
  const threshold = flags.threshold !== undefined
    ? parseNumber('--threshold', flags.threshold, { min: 0, max: 100 })
    : (minScore ?? config.threshold ?? DEFAULT_THRESHOLD);
  const rulesConfig = selectRules(config.rules ?? {}, flags);
  const rules = resolveRules(rulesConfig); // validates the config before any file is read
  const readOptions = toReadOptions(flags, config);
  if (readOptions.inputFormat) findReader(readOptions.inputFormat);
  const shard = flags.shard ? parseShard(flags.shard) : undefined;
  const workers = flags.workers !== undefined ? parseNumber('--workers', flags.workers, { min: 1, max: 256 }) : undefined;
  const formatter = getFormatter(flags.format);
  const sink = openSink(flags.output);
  const ctx = {
    color: chalkLevel({ isTTY: sink.isTTY, env: process.env }) > 0,
    threshold,
    csvLevel: flags.csvLevel,
    per: flags.per,
    version: VERSION,
    ruleIds: rules.map((r) => r.rule.meta.id),
  };
  const settings: BatchSettings = {
    read: readOptions,
    rules: rulesConfig,
    redact: flags.redact,
    annotations: formatter.name === 'json' || formatter.name === 'jsonl',
    identity: { agent: flags.agent, rosterFile: flags.roster, pathPattern: flags.agentFromPath },
  };

  const aggregate = new BatchAggregate();
  const keys = new CallKeys();
  const errors: InputError[] = [];
  const warnings: string[] = [];
  const repeated = new Map<string, number>();
  const say = (kind: string, message: string): void => {
    warnings.push(message);
    const n = (repeated.get(kind) ?? 0) + 1;
    repeated.set(kind, n);
    if (!flags.quiet && n <= MAX_REPEATED_WARNINGS) progress.interrupt(() => warn(message));
  };
  const progress = new ProgressBar({ enabled: !flags.quiet && Boolean(process.stderr.isTTY) });
  let callsBelow = 0;

  await sink.write(formatter.begin(ctx));
  for await (const item of auditBatch(paths, settings, { workers, shard, onProgress: (p) => progress.update(p) })) {
    if (item instanceof InputError) {
      errors.push(item);
      progress.interrupt(() => reportInputError(item));
      continue;
    }
    item.key = keys.key({ id: item.callId, source: item.source });
    if (item.key !== item.callId) say('duplicate', `${item.source.file}: call id ${item.callId} was already seen; reported as ${item.key}`);
    if (item.agent.id === UNKNOWN_AGENT_ID) say('unknown-agent', `${item.source.file}: call ${item.callId} names no agent; reported under "unknown" (use --agent, --agent-from-path or --roster)`);
    if (item.roles && item.roles.confidence < 0.6) say('roles', `${item.source.file}: unsure who the agent is in call ${item.callId} (${item.roles.reason}); use --agent-speaker or --agent-channel`);
    aggregate.add(item);
    if (minScore !== undefined && item.score !== null && !passes(item.score, minScore)) callsBelow++;
    await sink.write(formatter.call(item));
  }
  progress.finish();
  for (const [kind, n] of repeated) {
    if (!flags.quiet && n > MAX_REPEATED_WARNINGS) warn(`${n - MAX_REPEATED_WARNINGS} more warnings like the above (${kind})`);
  }

  aggregate.noteInputErrors(errors.length);
  const scorecards = aggregate.scorecards(threshold);
  await sink.write(formatter.end({
    scorecards,
    errors: errors.map((e) => ({ file: e.file, location: e.location, reason: e.reason })),
    warnings,
    totals: aggregate.totals(),
    aggregate,
  }));
  await sink.close();

  if (errors.length > 0) {
    process.stderr.write(`callaudit: ${errors.length} input error${errors.length === 1 ? '' : 's'}; the other calls were audited\n`);
    return EXIT.error;
  }
  if (minScore !== undefined) {
    const below = flags.per === 'call' ? callsBelow : scorecards.filter((s) => s.mean !== null && s.mean < minScore).length;
    if (below > 0) {
      if (!flags.quiet) process.stderr.write(`callaudit: ${below} ${flags.per === 'call' ? 'call' : 'agent'}${below === 1 ? '' : 's'} below --min-score ${minScore}\n`);
      return EXIT.threshold;
    }
  }
  return EXIT.ok;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${value}: expected K/N with 1 <= K <= N, e.g. 2/8`);
  return { index, count };
}

/** --rule / --disable narrow the config's rule settings; unknown ids are caught by resolveRules. */
function selectRules(settings: NonNullable<Config['rules']>, flags: AuditFlags): NonNullable<Config['rules']> {
  const out = { ...settings };
  if (flags.rule) {
    for (const rule of builtinRules) out[rule.meta.id] = { ...out[rule.meta.id], enabled: flags.rule.includes(rule.meta.id) };
    for (const id of flags.rule) out[id] = { ...out[id], enabled: true };
  }
  for (const id of flags.disable ?? []) out[id] = { ...out[id], enabled: false };
  return out;
}
