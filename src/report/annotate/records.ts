// The annotate layer as records, one per turn: the public JSONL contract documented in the README.
import type { Act } from '../../model/analysis.js';
import type { CallResult, Finding } from '../../model/results.js';
import type { Transcript } from '../../model/transcript.js';
import { redact } from '../../privacy/redact.js';

export interface TurnRecord {
  callId: string;
  turn: number;
  role: string;
  speaker?: string;
  start?: number;
  end?: number;
  text: string;
  acts: Act[];
  findings: Pick<Finding, 'ruleId' | 'messageId' | 'message' | 'severity'>[];
}

export function turnRecords(call: Transcript, result: CallResult, options: { redact: boolean }): TurnRecord[] {
  const findingsByTurn = new Map<number, TurnRecord['findings']>();
  for (const rule of result.rules) {
    for (const f of rule.findings) {
      const list = findingsByTurn.get(f.turn) ?? [];
      list.push({ ruleId: f.ruleId, messageId: f.messageId, message: f.message, severity: f.severity });
      findingsByTurn.set(f.turn, list);
    }
  }
  return call.turns.map((turn) => ({
    callId: result.key,
    turn: turn.index,
    role: turn.role,
    ...(turn.speaker !== undefined ? { speaker: turn.speaker } : {}),
    ...(turn.start !== undefined ? { start: turn.start } : {}),
    ...(turn.end !== undefined ? { end: turn.end } : {}),
    text: options.redact ? redact(turn.text) : turn.text,
    acts: result.annotations[turn.index]?.acts ?? [],
    findings: findingsByTurn.get(turn.index) ?? [],
  }));
}
