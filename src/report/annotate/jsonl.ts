// annotate --format jsonl: one JSON record per turn, for scripts and measurement.
import type { TurnRecord } from './records.js';

export function formatTurnsJsonl(records: TurnRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}
