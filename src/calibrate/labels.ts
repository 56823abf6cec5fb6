// Reads human QA labels for calibration: call-level verdicts per rule and turn-level acts, from CSV files.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import { ACT_NAMES, type ActName } from '../model/analysis.js';

export const VERDICTS = ['pass', 'fail', 'na'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A grader's verdict on one rule for one call. */
export interface CallLabel {
  callId: string;
  rule: string;
  verdict: Verdict;
  /** Where the label came from, for messages. */
  file: string;
  line: number;
}

/** A grader's judgement that an act is (1) or is not (0) in one turn. */
export interface TurnLabel {
  callId: string;
  /** 0-based index in the call's turns. */
  turn: number;
  act: ActName;
  value: 0 | 1;
  file: string;
  line: number;
}

/** A grader's judgement of one customer enquiry: the agent turn that addressed it, or null when none did. */
export interface EnquiryLabel {
  callId: string;
  /** 0-based index of the turn where the customer made the enquiry. */
  turn: number;
  addressedBy: number | null;
  file: string;
  line: number;
}

export interface LabelSet {
  calls: CallLabel[];
  turns: TurnLabel[];
  enquiries: EnquiryLabel[];
}

export interface LabelOptions {
  /** A label given as a score counts as pass at or above this (default 70). */
  passScore?: number;
}

export const DEFAULT_PASS_SCORE = 70;

const VERDICT_WORDS = new Map<string, Verdict>([
  ['pass', 'pass'],
  ['passed', 'pass'],
  ['fail', 'fail'],
  ['failed', 'fail'],
  ['na', 'na'],
  ['n/a', 'na'],
  ['not applicable', 'na'],
]);
const VALUE_WORDS = new Map<string, 0 | 1>([
  ['1', 1],
  ['0', 0],
  ['true', 1],
  ['false', 0],
  ['yes', 1],
  ['no', 0],
]);
const ACTS = new Set<string>(ACT_NAMES);
const NOT_ADDRESSED_WORDS = new Set(['none', 'null', '-']);
// Header spellings accepted for the call id, so exports from spreadsheets ("Call ID", "callId") load as they are.
const CALL_ID_COLUMNS = ['call_id', 'callid', 'call id', 'call'];

/** Reads and merges label files; throws InputError (file, line, reason) on the first unreadable file or bad row. */
export function loadLabels(files: string[], options: LabelOptions = {}): LabelSet {
  const merged: LabelSet = { calls: [], turns: [], enquiries: [] };
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new InputError(file, '', `cannot read label file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    const set = parseLabels(text, file, options);
    merged.calls.push(...set.calls);
    merged.turns.push(...set.turns);
    merged.enquiries.push(...set.enquiries);
  }
  // Duplicates are checked across files too: two files disagreeing about one call would silently pick a winner.
  checkDuplicates(merged);
  return merged;
}

/** Every call any label names. */
export function labelledCallIds(set: LabelSet): Set<string> {
  return new Set([...set.calls, ...set.turns, ...set.enquiries].map((l) => l.callId));
}

/**
 * Parses one label CSV. The header decides the level: `call_id,rule,verdict` (or `score`) is call level,
 * `call_id,turn,act,value` is turn level, `call_id,turn,addressed_by` is enquiry level. A bad row is an error rather
 * than skipped, because metrics over a silently shrunken label set look trustworthy and are not.
 */
export function parseLabels(text: string, file: string, options: LabelOptions = {}): LabelSet {
  const passScore = options.passScore ?? DEFAULT_PASS_SCORE;
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof rows;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new InputError(file, line ? `line ${line}` : '', `not valid CSV: ${(err as Error).message}`);
  }
  const out: LabelSet = { calls: [], turns: [], enquiries: [] };
  if (rows.length === 0) throw new InputError(file, '', 'empty label file');
  const header = rows[0].record.map((h) => h.toLowerCase());
  const col = (...names: string[]): number => header.findIndex((h) => names.includes(h));
  const callCol = col(...CALL_ID_COLUMNS);
  const ruleCol = col('rule', 'rule_id');
  const verdictCol = col('verdict');
  const scoreCol = col('score');
  const turnCol = col('turn');
  const actCol = col('act');
  const valueCol = col('value', 'present');
  const addressedCol = col('addressed_by', 'addressedby', 'addressed by');
  const isCallLevel = callCol >= 0 && ruleCol >= 0 && (verdictCol >= 0 || scoreCol >= 0);
  const isTurnLevel = callCol >= 0 && turnCol >= 0 && actCol >= 0 && valueCol >= 0;
  const isEnquiryLevel = callCol >= 0 && turnCol >= 0 && addressedCol >= 0 && actCol < 0;
  if (!isCallLevel && !isTurnLevel && !isEnquiryLevel) {
    throw new InputError(
      file,
      'line 1',
      `header "${rows[0].record.join(',')}" is none of call level (call_id,rule,verdict or call_id,rule,score), turn level (call_id,turn,act,value) or enquiry level (call_id,turn,addressed_by)`,
    );
  }
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    const fail = (reason: string): never => {
      throw new InputError(file, `line ${line}`, reason);
    };
    const cell = (i: number): string => (i >= 0 ? (record[i] ?? '') : '');
    const callId = cell(callCol);
    if (!callId) fail('call_id is empty');
    if (isCallLevel) {
      const rule = cell(ruleCol);
      if (!rule) fail('rule is empty');
      const verdict = toVerdict(cell(verdictCol), cell(scoreCol), passScore) ?? fail(describeBadVerdict(cell(verdictCol), cell(scoreCol)));
      out.calls.push({ callId, rule, verdict, file, line });
      continue;
    }
    const turn = turnIndex(cell(turnCol)) ?? fail(`turn "${cell(turnCol)}" is not a 0-based turn index`);
    if (isEnquiryLevel) {
      const text = cell(addressedCol);
      const addressedBy = NOT_ADDRESSED_WORDS.has(text.toLowerCase())
        ? null
        : (turnIndex(text) ?? fail(`addressed_by "${text}" must be the 0-based index of the agent turn that addressed the enquiry, or none`));
      if (addressedBy !== null && addressedBy <= turn) fail(`addressed_by ${addressedBy} does not come after the enquiry's turn ${turn}`);
      out.enquiries.push({ callId, turn, addressedBy, file, line });
    } else {
      const act = cell(actCol);
      if (!ACTS.has(act)) fail(`unknown act "${act}" (expected one of ${ACT_NAMES.join(', ')})`);
      const value = VALUE_WORDS.get(cell(valueCol).toLowerCase()) ?? fail(`value "${cell(valueCol)}" must be 1 (act present) or 0 (absent)`);
      out.turns.push({ callId, turn, act: act as ActName, value, file, line });
    }
  }
  return out;
}

function turnIndex(text: string): number | undefined {
  const turn = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(turn) ? turn : undefined;
}

function toVerdict(verdictText: string, scoreText: string, passScore: number): Verdict | undefined {
  if (verdictText) return VERDICT_WORDS.get(verdictText.toLowerCase());
  if (!scoreText) return undefined;
  const lower = scoreText.toLowerCase();
  if (VERDICT_WORDS.get(lower) === 'na') return 'na';
  const score = Number(scoreText);
  if (!Number.isFinite(score)) return undefined;
  return score >= passScore ? 'pass' : 'fail';
}

function describeBadVerdict(verdictText: string, scoreText: string): string {
  if (verdictText) return `verdict "${verdictText}" must be pass, fail or na`;
  if (scoreText) return `score "${scoreText}" is not a number or na`;
  return 'neither verdict nor score is given';
}

function checkDuplicates(set: LabelSet): void {
  labelledOnce(set.calls, (l) => [l.callId, l.rule]);
  labelledOnce(set.turns, (l) => [l.callId, `turn ${l.turn}`, l.act]);
  labelledOnce(set.enquiries, (l) => [l.callId, `turn ${l.turn}`, 'enquiry']);
}

function labelledOnce<L extends { file: string; line: number }>(labels: readonly L[], what: (label: L) => string[]): void {
  const seen = new Map<string, L>();
  for (const label of labels) {
    const parts = what(label);
    const key = parts.join('\u0000');
    const first = seen.get(key);
    if (first) throw duplicate(label, first, parts.join(' '));
    seen.set(key, label);
  }
}

function duplicate(label: { file: string; line: number }, first: { file: string; line: number }, what: string): InputError {
  const where = first.file === label.file ? `line ${first.line}` : `${first.file} line ${first.line}`;
  return new InputError(label.file, `line ${label.line}`, `${what} is labelled twice (first at ${where})`);
}
