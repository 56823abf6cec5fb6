// `callaudit audit`, the work: read transcripts, audit each call, stream the report, set the exit code.
import { builtinRules } from '../../rules/index.js';
import { auditBatch, type BatchSettings } from '../audit/batch.js';
import { resolveRules } from '../audit/run-rules.js';
import { loadConfig, type Config } from '../config/config.js';
import { InputError, UsageError } from '../errors.js';
import { UNKNOWN_AGENT_ID } from '../model/transcript.js';
import { CallKeys, loadRoster } from '../read/agent-identity.js';
import { findReader } from '../read/detect.js';
import { chalkLevel } from '../report/color.js';
import { getFormatter } from '../report/index.js';
import { BatchAggregate, passes } from '../score/aggregate.js';
import { DEFAULT_THRESHOLD, type AuditFlags } from './audit.js';
import { EXIT, openSink, parseNumber, reportInputError, toReadOptions, warn } from './shared.js';
import { ProgressBar } from './progress.js';
import { VERSION } from './version.js';

const MAX_REPEATED_WARNINGS = 20;

export async function runAudit(paths: string[], flags: AuditFlags): Promise<number> {
  const config: Config = flags.config ? loadConfig(flags.config) : {};
  const minScore = flags.minScore !== undefined ? parseNumber('--min-score', flags.minScore, { min: 0, max: 100 }) : undefined;
  const threshold = flags.threshold !== undefined
    ? parseNumber('--threshold', flags.threshold, { min: 0, max: 100 })
    : (minScore ?? config.threshold ?? DEFAULT_THRESHOLD);
  const rulesConfig = selectRules(config.rules ?? {}, flags);
  const rules = resolveRules(rulesConfig); // validates the config before any file is read
  const readOptions = toReadOptions(flags, config);
  if (readOptions.inputFormat) findReader(readOptions.inputFormat);
  // A bad roster is the user's to fix before any call is read (workers load it again for themselves).
  if (flags.roster) await loadRoster(flags.roster);
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
  const repeated = new Map<string, number>();
  const say = (kind: string, message: string): void => {
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
    totals: aggregate.totals(),
    aggregate,
  }));
  await sink.close();

  if (errors.length > 0) {
    const audited = aggregate.totals().calls;
    const rest = audited ? `the other ${audited} call${audited === 1 ? ' was' : 's were'} audited` : 'no call could be audited';
    process.stderr.write(`callaudit: ${errors.length} input error${errors.length === 1 ? '' : 's'}; ${rest}\n`);
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
