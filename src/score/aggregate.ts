// Per-agent scorecards as streaming aggregates: updated one call at a time, merged across shards, memory bounded by agents.
import { z } from 'zod';
import { describeZodIssues, InputError } from '../errors.js';
import type { Agent } from '../model/transcript.js';
import type { CallResult, Severity } from '../model/results.js';

/** Version of the partial JSON written by `--format partial` and read by `callaudit merge`. */
export const PARTIAL_SCHEMA_VERSION = 1;
export const PARTIAL_KIND = 'callaudit-partial';

/** How many of an agent's lowest-scoring calls a scorecard names. */
export const WORST_CALLS = 5;
/** How many finding types a scorecard lists, most frequent first. */
export const TOP_FINDINGS = 5;

// Sums are kept as integers of 1/10,000 point: integer addition is associative, so shards merged in any
// order give bit-identical means (float sums would not). 2^53 / (100 * 10^4) leaves room for ~9e9 calls.
const SCALE = 10_000;
// Histogram of call scores rounded to 0.1 (the precision every report shows): 0.0 .. 100.0.
const BINS = 1001;

export interface WorstCall {
  key: string;
  score: number;
  file: string;
}

/** One quoted instance of a finding type, chosen deterministically (lowest call key, then turn). */
export interface FindingExample {
  callKey: string;
  turn: number;
  quote: string;
  message: string;
  severity: Severity;
}

export interface AgentScorecard {
  agent: Agent;
  /** Calls audited for this agent. */
  calls: number;
  /** Calls with a score (at least one rule applied). */
  scoredCalls: number;
  /** Rounded to 0.1; null when no call was scored. */
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Percentage (0-100, rounded to 0.1) of scored calls whose score, rounded to 0.1, is at or above the threshold. */
  passRate: number | null;
  perRule: { ruleId: string; applicableCalls: number; mean: number | null }[];
  /** Lowest scores first; ties by call key, then file. Scores rounded to 0.1. */
  worstCalls: WorstCall[];
  /** Most frequent first; ties by rule id, then message id. */
  topFindings: { ruleId: string; messageId: string; count: number; example: FindingExample }[];
}

export interface BatchTotals {
  /** Files that yielded at least one call. */
  files: number;
  calls: number;
  inputErrors: number;
}

interface RuleStats {
  applicable: number;
  scored: number;
  sum: number;
}

interface FindingStats {
  ruleId: string;
  messageId: string;
  count: number;
  example: FindingExample;
}

/** Rounds to one decimal, the precision of every report. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Histogram bin of a call score: the score rounded to 0.1, in tenths, clamped to 0..100. */
function binOf(score: number): number {
  return Math.min(BINS - 1, Math.max(0, Math.round(score * 10)));
}

/** Whether a call score passes: the score as reports show it (rounded to 0.1) is at or above the threshold. */
export function passes(score: number, threshold: number): boolean {
  return binOf(score) >= firstPassingBin(threshold);
}

// The tiny epsilon keeps 0.7 * 10 = 7.000000000000001 from demanding bin 8.
function firstPassingBin(threshold: number): number {
  return Math.ceil(threshold * 10 - 1e-9);
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareWorst(a: WorstCall, b: WorstCall): number {
  return a.score - b.score || byCode(a.key, b.key) || byCode(a.file, b.file);
}

function compareExample(a: FindingExample, b: FindingExample): number {
  return byCode(a.callKey, b.callKey) || a.turn - b.turn || byCode(a.quote, b.quote) || byCode(a.message, b.message);
}

/** Of two spellings of an agent's name or team, keep one regardless of the order calls arrive in. */
function pickLabel(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || a === '') return b === '' ? undefined : b;
  if (b === undefined || b === '') return a;
  return byCode(a, b) <= 0 ? a : b;
}

function isScore(score: number | null | undefined): score is number {
  return typeof score === 'number' && Number.isFinite(score);
}

/** One agent's running totals. */
export class AgentAggregate {
  readonly agent: Agent;
  calls = 0;
  scoredCalls = 0;
  /** Sum of call scores in 1/10,000 points. */
  scoreSum = 0;
  min: number | null = null;
  max: number | null = null;
  readonly histogram = new Uint32Array(BINS);
  readonly rules = new Map<string, RuleStats>();
  readonly findings = new Map<string, FindingStats>();
  worstCalls: WorstCall[] = [];

  constructor(agent: Agent) {
    this.agent = { id: agent.id };
    this.relabel(agent);
  }

  add(call: CallResult): void {
    this.relabel(call.agent);
    this.calls++;
    if (isScore(call.score)) {
      this.addScore(call.score);
      this.offerWorst({ key: call.key, score: call.score, file: call.source.file });
    }
    for (const rule of call.rules) {
      const stats = this.ruleStats(rule.ruleId);
      if (rule.applicable) stats.applicable++;
      if (isScore(rule.score)) {
        stats.scored++;
        stats.sum += Math.round(rule.score * SCALE);
      }
      for (const f of rule.findings) {
        this.countFinding(f.ruleId, f.messageId, 1, {
          callKey: call.key,
          turn: f.turn,
          quote: f.quote,
          message: f.message,
          severity: f.severity,
        });
      }
    }
  }

  /** Adds another aggregate of the same agent into this one. */
  merge(other: AgentAggregate): this {
    if (other.agent.id !== this.agent.id) throw new Error(`cannot merge agent ${other.agent.id} into ${this.agent.id}`);
    this.relabel(other.agent);
    this.calls += other.calls;
    this.scoredCalls += other.scoredCalls;
    this.scoreSum += other.scoreSum;
    if (other.min !== null) this.min = this.min === null ? other.min : Math.min(this.min, other.min);
    if (other.max !== null) this.max = this.max === null ? other.max : Math.max(this.max, other.max);
    for (let i = 0; i < BINS; i++) this.histogram[i] += other.histogram[i];
    for (const [id, s] of other.rules) {
      const stats = this.ruleStats(id);
      stats.applicable += s.applicable;
      stats.scored += s.scored;
      stats.sum += s.sum;
    }
    for (const f of other.findings.values()) this.countFinding(f.ruleId, f.messageId, f.count, f.example);
    this.worstCalls = [...this.worstCalls, ...other.worstCalls].sort(compareWorst).slice(0, WORST_CALLS);
    return this;
  }

  scorecard(threshold: number): AgentScorecard {
    const scored = this.scoredCalls;
    return {
      agent: { ...this.agent },
      calls: this.calls,
      scoredCalls: scored,
      mean: scored ? round1(this.scoreSum / SCALE / scored) : null,
      median: scored ? this.median() : null,
      min: this.min === null ? null : round1(this.min),
      max: this.max === null ? null : round1(this.max),
      passRate: scored ? round1((100 * this.passingCalls(threshold)) / scored) : null,
      perRule: [...this.rules.entries()]
        .sort(([a], [b]) => byCode(a, b))
        .map(([ruleId, s]) => ({ ruleId, applicableCalls: s.applicable, mean: s.scored ? round1(s.sum / SCALE / s.scored) : null })),
      worstCalls: this.worstCalls.map((w) => ({ key: w.key, score: round1(w.score), file: w.file })),
      topFindings: [...this.findings.values()]
        .sort((a, b) => b.count - a.count || byCode(a.ruleId, b.ruleId) || byCode(a.messageId, b.messageId))
        .slice(0, TOP_FINDINGS)
        .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, count: f.count, example: { ...f.example } })),
    };
  }

  /** Scored calls whose score (rounded to 0.1) is at or above the threshold. */
  passingCalls(threshold: number): number {
    let n = 0;
    for (let i = Math.max(0, firstPassingBin(threshold)); i < BINS; i++) n += this.histogram[i];
    return n;
  }

  toJSON(): AgentPartial {
    const histogram: [number, number][] = [];
    this.histogram.forEach((count, bin) => {
      if (count) histogram.push([bin, count]);
    });
    return {
      agent: { ...this.agent },
      calls: this.calls,
      scoredCalls: this.scoredCalls,
      scoreSum: this.scoreSum,
      min: this.min,
      max: this.max,
      histogram,
      rules: [...this.rules.entries()].sort(([a], [b]) => byCode(a, b)).map(([ruleId, s]) => ({ ruleId, ...s })),
      findings: [...this.findings.values()]
        .sort((a, b) => byCode(a.ruleId, b.ruleId) || byCode(a.messageId, b.messageId))
        .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, count: f.count, example: { ...f.example } })),
      worstCalls: this.worstCalls.map((w) => ({ ...w })),
    };
  }

  static fromJSON(json: AgentPartial): AgentAggregate {
    const a = new AgentAggregate(json.agent);
    a.calls = json.calls;
    a.scoredCalls = json.scoredCalls;
    a.scoreSum = json.scoreSum;
    a.min = json.min;
    a.max = json.max;
    for (const [bin, count] of json.histogram) a.histogram[bin] += count;
    for (const r of json.rules) a.rules.set(r.ruleId, { applicable: r.applicable, scored: r.scored, sum: r.sum });
    for (const f of json.findings) a.countFinding(f.ruleId, f.messageId, f.count, f.example);
    a.worstCalls = json.worstCalls.map((w) => ({ ...w })).sort(compareWorst).slice(0, WORST_CALLS);
    return a;
  }

  private relabel(agent: Agent): void {
    const name = pickLabel(this.agent.name, agent.name);
    const team = pickLabel(this.agent.team, agent.team);
    if (name !== undefined) this.agent.name = name;
    if (team !== undefined) this.agent.team = team;
  }

  private addScore(score: number): void {
    this.scoredCalls++;
    this.scoreSum += Math.round(score * SCALE);
    this.histogram[binOf(score)]++;
    if (this.min === null || score < this.min) this.min = score;
    if (this.max === null || score > this.max) this.max = score;
  }

  // Kept sorted and at most WORST_CALLS long, so 100k calls cost the same memory as 5.
  private offerWorst(candidate: WorstCall): void {
    const list = this.worstCalls;
    if (list.length === WORST_CALLS && compareWorst(candidate, list[list.length - 1]) >= 0) return;
    let i = list.length;
    while (i > 0 && compareWorst(candidate, list[i - 1]) < 0) i--;
    list.splice(i, 0, candidate);
    if (list.length > WORST_CALLS) list.pop();
  }

  private ruleStats(ruleId: string): RuleStats {
    let stats = this.rules.get(ruleId);
    if (!stats) {
      stats = { applicable: 0, scored: 0, sum: 0 };
      this.rules.set(ruleId, stats);
    }
    return stats;
  }

  private countFinding(ruleId: string, messageId: string, count: number, example: FindingExample): void {
    const id = `${ruleId}\u0000${messageId}`;
    const stats = this.findings.get(id);
    if (!stats) {
      this.findings.set(id, { ruleId, messageId, count, example: { ...example } });
      return;
    }
    stats.count += count;
    if (compareExample(example, stats.example) < 0) stats.example = { ...example };
  }

  /** Exact median of the call scores as reports show them (rounded to 0.1). */
  private median(): number {
    const n = this.scoredCalls;
    const lowRank = Math.floor((n - 1) / 2);
    const highRank = Math.floor(n / 2);
    let low = -1;
    let seen = 0;
    for (let bin = 0; bin < BINS; bin++) {
      seen += this.histogram[bin];
      if (low < 0 && seen > lowRank) low = bin;
      if (seen > highRank) return Math.round((low + bin) / 2) / 10;
    }
    return low / 10;
  }
}

/** All agents of a batch, plus batch totals. */
export class BatchAggregate {
  readonly agents = new Map<string, AgentAggregate>();
  private counts: BatchTotals = { files: 0, calls: 0, inputErrors: 0 };
  // Calls stream in file order, so a change of file is a new file: no set of every path held in memory.
  private lastFile: string | undefined;

  add(call: CallResult): void {
    let agent = this.agents.get(call.agent.id);
    if (!agent) {
      agent = new AgentAggregate(call.agent);
      this.agents.set(call.agent.id, agent);
    }
    agent.add(call);
    this.counts.calls++;
    if (call.source.file !== this.lastFile) {
      this.counts.files++;
      this.lastFile = call.source.file;
    }
  }

  /** Records input errors (files or records skipped), so shards carry them into the merged totals. */
  noteInputErrors(count: number): void {
    this.counts.inputErrors += count;
  }

  merge(other: BatchAggregate): this {
    for (const [id, theirs] of other.agents) {
      const mine = this.agents.get(id);
      if (mine) mine.merge(theirs);
      else this.agents.set(id, AgentAggregate.fromJSON(theirs.toJSON()));
    }
    this.counts.files += other.counts.files;
    this.counts.calls += other.counts.calls;
    this.counts.inputErrors += other.counts.inputErrors;
    return this;
  }

  totals(): BatchTotals {
    return { ...this.counts };
  }

  /** One scorecard per agent, sorted by agent id. */
  scorecards(threshold: number): AgentScorecard[] {
    return this.sortedAgents().map((a) => a.scorecard(threshold));
  }

  /** Percentage of all scored calls at or above the threshold; null when none was scored. */
  passRate(threshold: number): number | null {
    let scored = 0;
    let passing = 0;
    for (const a of this.agents.values()) {
      scored += a.scoredCalls;
      passing += a.passingCalls(threshold);
    }
    return scored ? round1((100 * passing) / scored) : null;
  }

  toJSON(): BatchPartial {
    return {
      kind: PARTIAL_KIND,
      schemaVersion: PARTIAL_SCHEMA_VERSION,
      scoreScale: SCALE,
      totals: this.totals(),
      agents: this.sortedAgents().map((a) => a.toJSON()),
    };
  }

  /** Reads a partial result; `file` names it in the InputError a malformed one raises. */
  static fromJSON(json: unknown, file = 'partial result'): BatchAggregate {
    const parsed = BatchPartialSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const kindWrong = first?.path[0] === 'kind' || first?.path[0] === 'schemaVersion';
      throw new InputError(
        file,
        '',
        kindWrong
          ? `not a callaudit partial result of schema version ${PARTIAL_SCHEMA_VERSION} (create one with: callaudit audit --format partial)`
          : `invalid partial result: ${describeZodIssues(parsed.error.issues)}`,
      );
    }
    const batch = new BatchAggregate();
    for (const agentJson of parsed.data.agents) {
      const agent = AgentAggregate.fromJSON(agentJson);
      const existing = batch.agents.get(agent.agent.id);
      if (existing) existing.merge(agent);
      else batch.agents.set(agent.agent.id, agent);
    }
    batch.counts = { ...parsed.data.totals };
    return batch;
  }

  private sortedAgents(): AgentAggregate[] {
    return [...this.agents.values()].sort((a, b) => byCode(a.agent.id, b.agent.id));
  }
}

const count = z.number().int().nonnegative();
const ScoreSchema = z.number().min(0).max(100);

const FindingExampleSchema = z.object({
  callKey: z.string(),
  turn: count,
  quote: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

const AgentPartialSchema = z
  .object({
    agent: z.object({ id: z.string().min(1), name: z.string().optional(), team: z.string().optional() }),
    calls: count,
    scoredCalls: count,
    scoreSum: count,
    min: ScoreSchema.nullable(),
    max: ScoreSchema.nullable(),
    histogram: z.array(z.tuple([count.max(BINS - 1), count])),
    rules: z.array(z.object({ ruleId: z.string(), applicable: count, scored: count, sum: count })),
    findings: z.array(z.object({ ruleId: z.string(), messageId: z.string(), count, example: FindingExampleSchema })),
    worstCalls: z.array(z.object({ key: z.string(), score: ScoreSchema, file: z.string() })).max(WORST_CALLS),
  })
  .refine((a) => a.histogram.reduce((n, [, c]) => n + c, 0) === a.scoredCalls, {
    message: 'histogram counts do not add up to scoredCalls',
    path: ['histogram'],
  })
  .refine((a) => a.scoredCalls <= a.calls, { message: 'more scored calls than calls', path: ['scoredCalls'] });

const BatchPartialSchema = z.object({
  kind: z.literal(PARTIAL_KIND),
  schemaVersion: z.literal(PARTIAL_SCHEMA_VERSION),
  scoreScale: z.literal(SCALE),
  totals: z.object({ files: count, calls: count, inputErrors: count }),
  agents: z.array(AgentPartialSchema),
});

export type AgentPartial = z.infer<typeof AgentPartialSchema>;
export type BatchPartial = z.infer<typeof BatchPartialSchema>;
