// The rule engine: resolves rule configuration, runs each rule over a call's analysis, and turns raw reports into checked Findings.
import { z } from 'zod';
import { builtinRules } from '../../rules/index.js';
import { UsageError } from '../errors.js';
import type { Analysis } from '../model/analysis.js';
import type { Finding, RuleResult } from '../model/results.js';
import type { RawFinding, Rule, RuleOutcome } from '../model/rule.js';
import type { Transcript } from '../model/transcript.js';
import { pieceRedactor, redact } from '../privacy/redact.js';

export interface RuleSettings {
  enabled?: boolean;
  weight?: number;
  options?: Record<string, unknown>;
}
export type RulesConfig = Record<string, RuleSettings>;

/** A rule ready to run: its weight and its options parsed (defaults filled) once, not per call. */
export interface ResolvedRule {
  rule: Rule;
  weight: number;
  options: unknown;
}

const RuleSettingsSchema = z
  .object({
    enabled: z.boolean().optional(),
    weight: z.number().min(0).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** Longest quote taken from a whole turn, cut on a word boundary. */
const QUOTE_MAX = 160;

type Issue = { code?: string; path: PropertyKey[]; message: string; keys?: string[] };

/** zod issues as `rules.<id>.options.<field>: expected ...`, one per problem. */
function describeIssues(issues: readonly Issue[], root: string): string {
  const lines: string[] = [];
  for (const issue of issues) {
    const at = [root, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) lines.push(`${at}.${key}: unknown setting`);
      continue;
    }
    // zod prefixes "Invalid input: " and the like; the path already says where, so keep only what was expected.
    const what = issue.message.replace(/^[A-Z][a-z]+(?: [a-z]+)?: (?=expected)/, '');
    lines.push(`${at}: ${what}`);
  }
  return lines.join('; ');
}

/**
 * Applies a configuration to the rules: unknown ids and invalid settings become UsageErrors that name the field.
 * Disabled rules are left out; the order of `rules` is kept.
 */
export function resolveRules(config: RulesConfig | undefined, rules: readonly Rule[] = builtinRules): ResolvedRule[] {
  const known = new Map(rules.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(config ?? {})) {
    if (!known.has(id)) {
      throw new UsageError(`rules.${id}: unknown rule`, `known rules: ${[...known.keys()].join(', ')}`);
    }
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    const raw = config?.[id] ?? {};
    const settings = RuleSettingsSchema.safeParse(raw);
    if (!settings.success) throw new UsageError(describeIssues(settings.error.issues as Issue[], `rules.${id}`));
    if (settings.data.enabled === false) continue;
    const options = rule.meta.options.safeParse(settings.data.options ?? {});
    if (!options.success) throw new UsageError(describeIssues(options.error.issues as Issue[], `rules.${id}.options`));
    resolved.push({ rule, weight: settings.data.weight ?? rule.meta.defaultWeight, options: options.data });
  }
  return resolved;
}

/** Fills `{name}` placeholders; a placeholder without data is a bug in the rule, so it throws. */
function interpolate(ruleId: string, messageId: string, template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (!data || !Object.hasOwn(data, name)) {
      throw new Error(`rule ${ruleId}: message ${messageId} needs {${name}} but the finding gave no such data`);
    }
    return String(data[name]);
  });
}

/** A whole turn as a quote: at most QUOTE_MAX characters, cut at a word boundary. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_MAX) return flat;
  const cut = flat.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function quoteOf(text: string, span: [number, number] | undefined, redactQuote: boolean): string {
  // Redact before shortening so a cut never leaves half a card number behind unmasked.
  if (!span) return shorten(redactQuote ? redact(text) : text);
  // A span that cuts into a phone or card number is widened to all of it before masking.
  return (redactQuote ? pieceRedactor(text)(span) : text.slice(span[0], span[1])).replace(/\s+/g, ' ').trim();
}

function checkOutcome(rule: Rule, call: Transcript, outcome: RuleOutcome<string>): void {
  const id = rule.meta.id;
  if (outcome === null || typeof outcome !== 'object') throw new Error(`rule ${id}: check() returned no outcome`);
  const { score } = outcome;
  if (score !== 'n/a' && !(typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 100)) {
    throw new Error(`rule ${id}: score must be a number 0..100 or 'n/a', got ${String(score)}`);
  }
  for (const f of outcome.findings ?? []) checkFinding(rule, call, f);
}

function checkFinding(rule: Rule, call: Transcript, f: RawFinding<string>): void {
  const id = rule.meta.id;
  if (!Number.isInteger(f.turn) || f.turn < 0 || f.turn >= call.turns.length) {
    throw new Error(`rule ${id}: finding ${f.messageId} points at turn ${f.turn}, but call ${call.id} has turns 0..${call.turns.length - 1}`);
  }
  if (!Object.hasOwn(rule.meta.messages, f.messageId)) {
    throw new Error(`rule ${id}: finding uses unknown messageId ${JSON.stringify(f.messageId)}`);
  }
  if (f.span) {
    const [start, end] = f.span;
    const length = call.turns[f.turn].text.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
      throw new Error(`rule ${id}: finding ${f.messageId} has span [${start}, ${end}] outside turn ${f.turn} (length ${length})`);
    }
  }
}

/** Order of findings everywhere: by turn, then rule, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.turn - b.turn || cmp(a.ruleId, b.ruleId) || cmp(a.messageId, b.messageId) || cmp(a.quote, b.quote);
}
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Runs each resolved rule on one call; every report is validated, so a faulty rule fails loudly, naming itself. */
export function runRules(call: Transcript, analysis: Analysis, rules: readonly ResolvedRule[], opts: { redact: boolean }): RuleResult[] {
  // Several rules often quote the same turn; redaction is the costly part, so each quote is made once per call.
  const quotes = new Map<string, string>();
  const quote = (turn: number, span: [number, number] | undefined): string => {
    const key = span ? `${turn}:${span[0]}:${span[1]}` : `${turn}`;
    let text = quotes.get(key);
    if (text === undefined) {
      text = quoteOf(call.turns[turn].text, span, opts.redact);
      quotes.set(key, text);
    }
    return text;
  };
  return rules.map(({ rule, weight, options }) => {
    const id = rule.meta.id;
    const outcome = rule.check(call, analysis, options) as RuleOutcome<string>;
    checkOutcome(rule, call, outcome);
    const findings: Finding[] = (outcome.findings ?? []).map((raw) => {
      const turn = call.turns[raw.turn];
      const finding: Finding = {
        ruleId: id,
        turn: raw.turn,
        quote: quote(raw.turn, raw.span),
        messageId: raw.messageId,
        message: interpolate(id, raw.messageId, rule.meta.messages[raw.messageId], raw.data),
        severity: raw.severity ?? 'warning',
      };
      if (turn.start !== undefined) finding.time = turn.start;
      return finding;
    });
    findings.sort(compareFindings);
    const applicable = outcome.score !== 'n/a';
    return {
      ruleId: id,
      score: applicable ? Math.round((outcome.score as number) * 10) / 10 : null,
      applicable,
      weight,
      findings,
    };
  });
}

/** A call's score: the weighted mean of its applicable rules (n/a and zero-weight rules drop out), to one decimal; null when none apply. */
export function scoreCall(results: readonly RuleResult[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const r of results) {
    if (!r.applicable || r.score === null || r.weight <= 0) continue;
    sum += r.score * r.weight;
    weights += r.weight;
  }
  return weights > 0 ? Math.round((sum / weights) * 10) / 10 : null;
}
