// Compares callaudit's results with human labels, per rule (call level) and per act (turn level).
import type { ActName } from '../model/analysis.js';
import type { CallResult, RuleResult } from '../model/results.js';
import { redact } from '../privacy/redact.js';
import { DEFAULT_PASS_SCORE, labelledCallIds, VERDICTS, type CallLabel, type LabelSet, type Verdict } from './labels.js';
import { agreement, binaryScores, cohensKappa, confusionMatrix, scoresFor, type BinaryScores, type Confusion } from './metrics.js';

export interface CompareOptions {
  /** A rule score at or above this is a pass (default 70); the same threshold applies to labels given as scores. */
  passScore?: number;
  /** Turn texts by call id (or result key), for quoting disagreeing turns. */
  texts?: ReadonlyMap<string, readonly string[]>;
  /** Mask card numbers, phone numbers and e-mail addresses in quotes (default true). */
  redact?: boolean;
}

export interface CallDisagreement {
  callId: string;
  human: Verdict;
  machine: Verdict;
  /** callaudit's score for the rule, null when it judged the rule not applicable. */
  score: number | null;
  /** The first finding, when callaudit reported one: where it looked and what it quoted. */
  turn?: number;
  quote?: string;
}

export interface RuleCalibration extends Omit<BinaryScores, 'tp' | 'fp' | 'fn' | 'tn'> {
  rule: string;
  /** Calls with both a human label and a callaudit result for this rule. */
  n: number;
  agreement: number | null;
  kappa: number | null;
  /** 3x3 over pass/fail/na; precision, recall and F1 treat "fail" as the positive class (a fault both see). */
  confusion: Confusion<Verdict>;
  disagreements: CallDisagreement[];
}

export interface TurnDisagreement {
  callId: string;
  turn: number;
  role?: string;
  /** 1 when the human marked the act present. */
  human: 0 | 1;
  machine: 0 | 1;
  quote?: string;
}

export interface ActCalibration extends BinaryScores {
  act: ActName;
  /** Turns judged: every turn of every call that has turn labels. */
  n: number;
  agreement: number | null;
  kappa: number | null;
  disagreements: TurnDisagreement[];
}

export interface EnquiryDisagreement {
  callId: string;
  /** The customer's turn with the enquiry. */
  turn: number;
  /** The agent turn the grader says addressed it, null for none. */
  human: number | null;
  /** The turn callaudit says addressed it, null for none; undefined when callaudit reads no enquiry there. */
  machine?: number | null;
  quote?: string;
  /** The turn callaudit took for the answer, when the grader saw none there. */
  reply?: string;
}

/**
 * Per enquiry: does callaudit see the same enquiries left unaddressed as the grader? Precision, recall and F1 count
 * "left unaddressed" as the positive class (the finding unresolved-enquiries reports); an enquiry callaudit does not
 * read at that turn raises no finding, so it counts as addressed on callaudit's side.
 */
export interface EnquiryCalibration extends BinaryScores {
  /** Labelled enquiries in calls callaudit read. */
  n: number;
  /** Of those, how many callaudit also reads as an enquiry at that turn. */
  detected: number;
  agreement: number | null;
  kappa: number | null;
  /** Where both say addressed, the share where callaudit names the grader's turn. */
  sameTurn: number | null;
  disagreements: EnquiryDisagreement[];
}

export interface CallLevelReport {
  rules: RuleCalibration[];
  /** Labelled call ids with no result (not in the inputs, or not readable). */
  missingCalls: string[];
  warnings: string[];
}

export interface TurnLevelReport {
  acts: ActCalibration[];
  missingCalls: string[];
  warnings: string[];
}

export interface EnquiryReport {
  /** Null when no enquiry was labelled in a call callaudit read. */
  enquiries: EnquiryCalibration | null;
  missingCalls: string[];
  warnings: string[];
}

const QUOTE_MAX = 160;

/** Per rule: how often callaudit's pass/fail/na matches the grader's, with the calls where they differ. */
export function compareCallLevel(results: readonly CallResult[], labels: Pick<LabelSet, 'calls'>, options: CompareOptions = {}): CallLevelReport {
  const passScore = options.passScore ?? DEFAULT_PASS_SCORE;
  const byCall = indexResults(results);
  const missing = new Set<string>();
  const warnings: string[] = [];
  const byRule = new Map<string, Array<{ label: CallLabel; outcome: RuleResult }>>();
  const ruleNotRun = new Set<string>();
  for (const label of labels.calls) {
    const result = byCall.get(label.callId);
    if (!result) {
      missing.add(label.callId);
      continue;
    }
    const outcome = result.rules.find((r) => r.ruleId === label.rule);
    if (!outcome) {
      ruleNotRun.add(label.rule);
      continue;
    }
    const list = byRule.get(label.rule) ?? [];
    list.push({ label, outcome });
    byRule.set(label.rule, list);
  }
  for (const rule of [...ruleNotRun].sort()) warnings.push(`rule ${rule} is labelled but did not run (unknown or disabled); its labels are ignored`);

  const rules: RuleCalibration[] = [];
  for (const rule of [...byRule.keys()].sort()) {
    const pairs = byRule.get(rule)!.map(({ label, outcome }) => ({ label, outcome, machine: verdictOf(outcome, passScore) }));
    const confusion = confusionMatrix(
      pairs.map((p) => [p.label.verdict, p.machine] as const),
      VERDICTS,
    );
    const { precision, recall, f1 } = scoresFor(confusion, 'fail');
    const disagreements = pairs
      .filter((p) => p.label.verdict !== p.machine)
      .map(({ label, outcome, machine }): CallDisagreement => {
        const finding = outcome.findings[0];
        return {
          callId: label.callId,
          human: label.verdict,
          machine,
          score: outcome.applicable ? outcome.score : null,
          ...(finding ? { turn: finding.turn, quote: quoteOf(finding.quote, options) } : {}),
        };
      })
      .sort((a, b) => compareIds(a.callId, b.callId));
    rules.push({ rule, n: pairs.length, agreement: agreement(confusion.matrix), kappa: cohensKappa(confusion.matrix), precision, recall, f1, confusion, disagreements });
  }
  return { rules, missingCalls: [...missing].sort(compareIds), warnings };
}

/**
 * Per act: precision, recall, F1 and kappa of callaudit's detection against the grader's turn labels.
 * Labels are exhaustive per call and act: for every act that appears anywhere in the labels, every turn of every
 * labelled call is judged, and a turn without a `1` for that act counts as the grader saying "absent".
 */
export function compareTurnLevel(results: readonly CallResult[], labels: Pick<LabelSet, 'turns'>, options: CompareOptions = {}): TurnLevelReport {
  const byCall = indexResults(results);
  const warnings: string[] = [];
  const missing = new Set<string>();
  const acts = [...new Set(labels.turns.map((l) => l.act))].sort();
  const positives = new Set<string>();
  const labelledCalls = new Set<string>();
  for (const label of labels.turns) {
    labelledCalls.add(label.callId);
    if (label.value === 1) positives.add(`${label.callId}\u0000${label.turn}\u0000${label.act}`);
  }
  for (const callId of labelledCalls) if (!byCall.has(callId)) missing.add(callId);
  for (const label of labels.turns) {
    const result = byCall.get(label.callId);
    if (result && label.turn >= result.turnCount) {
      warnings.push(`${label.file}:line ${label.line}: ${label.callId} has ${result.turnCount} turns, no turn ${label.turn}`);
    }
  }

  const calls = [...labelledCalls].filter((id) => byCall.has(id)).sort(compareIds);
  const report: ActCalibration[] = [];
  for (const act of acts) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const disagreements: TurnDisagreement[] = [];
    for (const callId of calls) {
      const result = byCall.get(callId)!;
      const detected = new Set<number>();
      for (const annotation of result.annotations) if (annotation.acts.some((a) => a.act === act)) detected.add(annotation.turn);
      const roles = new Map(result.annotations.map((a) => [a.turn, a.role]));
      for (let turn = 0; turn < result.turnCount; turn++) {
        const human: 0 | 1 = positives.has(`${callId}\u0000${turn}\u0000${act}`) ? 1 : 0;
        const machine: 0 | 1 = detected.has(turn) ? 1 : 0;
        if (human && machine) tp++;
        else if (machine) fp++;
        else if (human) fn++;
        else tn++;
        if (human !== machine) {
          const text = textOf(options, result, turn);
          const role = roles.get(turn);
          disagreements.push({
            callId,
            turn,
            ...(role ? { role } : {}),
            human,
            machine,
            ...(text !== undefined ? { quote: quoteOf(text, options) } : {}),
          });
        }
      }
    }
    report.push({ act, ...twoByTwo(tp, fp, fn, tn), disagreements });
  }
  return { acts: report, missingCalls: [...missing].sort(compareIds), warnings };
}

/**
 * Per enquiry the grader judged: whether callaudit also has it addressed. The turn's enquiries are addressed when all
 * of them are, by the latest turn that addresses one, as the labelling guideline asks the grader to judge them.
 */
export function compareEnquiries(results: readonly CallResult[], labels: Pick<LabelSet, 'enquiries'>, options: CompareOptions = {}): EnquiryReport {
  const byCall = indexResults(results);
  const missing = new Set<string>();
  const warnings: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let detected = 0;
  let bothAddressed = 0;
  let sameTurn = 0;
  const disagreements: EnquiryDisagreement[] = [];
  for (const label of labels.enquiries) {
    const result = byCall.get(label.callId);
    if (!result) {
      missing.add(label.callId);
      continue;
    }
    if (label.turn >= result.turnCount || (label.addressedBy ?? 0) >= result.turnCount) {
      warnings.push(`${label.file}:line ${label.line}: ${label.callId} has ${result.turnCount} turns; the label names a turn beyond them`);
      continue;
    }
    const enquiries = result.annotations.find((a) => a.turn === label.turn)?.acts.filter((a) => a.act === 'enquiry') ?? [];
    const machine = enquiries.length === 0 ? undefined : addressedByAll(enquiries.map((e) => e.addressedBy));
    if (machine !== undefined) detected++;
    const humanOpen = label.addressedBy === null;
    const machineOpen = machine === null;
    if (humanOpen && machineOpen) tp++;
    else if (machineOpen) fp++;
    else if (humanOpen) fn++;
    else tn++;
    if (!humanOpen && typeof machine === 'number') {
      bothAddressed++;
      if (machine === label.addressedBy) sameTurn++;
    }
    if (humanOpen !== machineOpen) {
      const text = textOf(options, result, label.turn);
      const reply = typeof machine === 'number' ? textOf(options, result, machine) : undefined;
      disagreements.push({
        callId: label.callId,
        turn: label.turn,
        human: label.addressedBy,
        ...(machine !== undefined ? { machine } : {}),
        ...(text !== undefined ? { quote: quoteOf(text, options) } : {}),
        ...(reply !== undefined ? { reply: quoteOf(reply, options) } : {}),
      });
    }
  }
  disagreements.sort((a, b) => compareIds(a.callId, b.callId) || a.turn - b.turn);
  const { n, ...scores } = twoByTwo(tp, fp, fn, tn);
  const enquiries: EnquiryCalibration | null = n === 0
    ? null
    : { n, detected, ...scores, sameTurn: bothAddressed ? sameTurn / bothAddressed : null, disagreements };
  return { enquiries, missingCalls: [...missing].sort(compareIds), warnings };
}

/** Agreement, kappa, precision, recall and F1 of a 2x2 table (human by callaudit, positive first). */
function twoByTwo(tp: number, fp: number, fn: number, tn: number): BinaryScores & { n: number; agreement: number | null; kappa: number | null } {
  const matrix = [
    [tp, fn],
    [fp, tn],
  ];
  return { n: tp + fp + fn + tn, agreement: agreement(matrix), kappa: cohensKappa(matrix), ...binaryScores(tp, fp, fn, tn) };
}

function addressedByAll(turns: Array<number | null>): number | null {
  return turns.includes(null) ? null : Math.max(...(turns as number[]));
}

export interface CalibrationReport extends CallLevelReport {
  schemaVersion: 1;
  passScore: number;
  /** Results that had at least one label. */
  callsCompared: number;
  acts: ActCalibration[];
  /** Per enquiry, when the labels judge enquiries one by one (`call_id,turn,addressed_by`). */
  enquiries: EnquiryCalibration | null;
}

/** Both comparisons in one report, as the calibrate command prints it. */
export function calibrate(results: readonly CallResult[], labels: LabelSet, options: CompareOptions = {}): CalibrationReport {
  const callLevel = compareCallLevel(results, labels, options);
  const turnLevel = compareTurnLevel(results, labels, options);
  const enquiryLevel = compareEnquiries(results, labels, options);
  const byCall = indexResults(results);
  return {
    schemaVersion: 1,
    passScore: options.passScore ?? DEFAULT_PASS_SCORE,
    callsCompared: [...labelledCallIds(labels)].filter((id) => byCall.has(id)).length,
    rules: callLevel.rules,
    acts: turnLevel.acts,
    enquiries: enquiryLevel.enquiries,
    missingCalls: [...new Set([...callLevel.missingCalls, ...turnLevel.missingCalls, ...enquiryLevel.missingCalls])].sort(compareIds),
    warnings: [...callLevel.warnings, ...turnLevel.warnings, ...enquiryLevel.warnings],
  };
}

/** callaudit's verdict for one rule on one call. */
export function verdictOf(outcome: RuleResult, passScore: number): Verdict {
  if (!outcome.applicable || outcome.score === null) return 'na';
  return outcome.score >= passScore ? 'pass' : 'fail';
}

// Labels name calls by id; a batch may suffix keys when two files share an id, so the key is tried first.
function indexResults(results: readonly CallResult[]): Map<string, CallResult> {
  const map = new Map<string, CallResult>();
  for (const r of results) if (!map.has(r.callId)) map.set(r.callId, r);
  for (const r of results) map.set(r.key, r);
  return map;
}

function textOf(options: CompareOptions, result: CallResult, turn: number): string | undefined {
  return options.texts?.get(result.key)?.[turn] ?? options.texts?.get(result.callId)?.[turn];
}

/** A quote for a report: on one line, shortened, and without card numbers, phone numbers or e-mail addresses. */
function quoteOf(text: string, options: CompareOptions): string {
  return shorten(options.redact === false ? text : redact(text));
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_MAX ? flat : `${flat.slice(0, QUOTE_MAX - 1)}…`;
}

const collator = new Intl.Collator('en', { numeric: true });
function compareIds(a: string, b: string): number {
  return collator.compare(a, b);
}
