// The CSV report's columns at each --csv-level: the documented contract (the README copies this table).
import type { CsvLevel } from './types.js';

export interface CsvColumn {
  name: string;
  description: string;
}

/** Rule columns follow the fixed ones, one per rule in rule-id order, named with this prefix. */
export const RULE_COLUMN_PREFIX = 'rule_';
/** How the table below names the per-rule columns. */
export const RULE_COLUMNS_PLACEHOLDER = 'rule_<id>';

export const CSV_COLUMNS: Record<CsvLevel, readonly CsvColumn[]> = {
  agent: [
    { name: 'agent_id', description: 'agent id from the transcript, roster or --agent' },
    { name: 'agent_name', description: 'agent display name (empty when unknown)' },
    { name: 'team', description: 'team (empty when unknown)' },
    { name: 'calls', description: 'calls audited' },
    { name: 'scored_calls', description: 'calls where at least one rule applied' },
    { name: 'mean', description: 'mean call score, 0-100, one decimal (empty when no call was scored)' },
    { name: 'median', description: 'median call score' },
    { name: 'min', description: 'lowest call score' },
    { name: 'max', description: 'highest call score' },
    { name: 'pass_rate', description: 'percentage of scored calls at or above the threshold' },
    { name: RULE_COLUMNS_PLACEHOLDER, description: 'mean score of that rule over the calls where it applied (one column per rule)' },
  ],
  call: [
    { name: 'call_key', description: 'unique key of the call in the batch (call id, suffixed when ids repeat)' },
    { name: 'call_id', description: 'call id from the transcript' },
    { name: 'agent_id', description: 'agent id' },
    { name: 'agent_name', description: 'agent display name' },
    { name: 'team', description: 'team' },
    { name: 'started_at', description: 'call start as given in the transcript' },
    { name: 'file', description: 'file the call was read from' },
    { name: 'turns', description: 'number of turns' },
    { name: 'score', description: 'call score, 0-100, one decimal (empty when no rule applied)' },
    { name: 'passed', description: 'true when the score is at or above the threshold, false below, empty without a score' },
    { name: RULE_COLUMNS_PLACEHOLDER, description: "that rule's score for this call (empty when it did not apply; one column per rule)" },
  ],
  finding: [
    { name: 'call_key', description: 'unique key of the call in the batch' },
    { name: 'call_id', description: 'call id from the transcript' },
    { name: 'agent_id', description: 'agent id' },
    { name: 'rule_id', description: 'rule that reported the finding' },
    { name: 'message_id', description: "the finding's kind within the rule" },
    { name: 'severity', description: 'error, warning or info' },
    { name: 'turn', description: '0-based turn index in the call' },
    { name: 'time', description: 'seconds from the start of the call (empty without timings)' },
    { name: 'quote', description: 'evidence from the turn (card numbers, phones and e-mails masked unless --no-redact)' },
    { name: 'message', description: 'what the finding means' },
  ],
};

/** The fixed header of a level, without the per-rule columns. */
export function fixedColumns(level: CsvLevel): string[] {
  return CSV_COLUMNS[level].map((c) => c.name).filter((n) => n !== RULE_COLUMNS_PLACEHOLDER);
}
