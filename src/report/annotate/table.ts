// annotate --format table: one call as a QA analyst reads it, each turn with what was detected and what it cost.
import { Chalk } from 'chalk';
import type { Act } from '../../model/analysis.js';
import type { TurnRecord } from './records.js';

export function formatTurnsTable(callId: string, records: TurnRecord[], options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [c.bold(`call ${callId}`)];
  for (const r of records) {
    const time = r.start !== undefined ? `[${clock(r.start)}] ` : '';
    const who = r.speaker ? `${r.role} (${r.speaker})` : r.role;
    lines.push(`${String(r.turn).padStart(4)}  ${time}${c.cyan(who)}: ${r.text}`);
    if (r.acts.length) lines.push(`      ${c.green(r.acts.map(describeAct).join('  '))}`);
    for (const f of r.findings) lines.push(`      ${c.red(`✗ ${f.ruleId}: ${f.message}`)}`);
  }
  return `${lines.join('\n')}\n\n`;
}

function describeAct(act: Act): string {
  const detail: string[] = [];
  if ('kind' in act) detail.push(act.kind);
  if ('polarity' in act) detail.push(act.polarity);
  if ('addressedBy' in act) detail.push(act.addressedBy === null ? 'unaddressed' : `addressed by ${act.addressedBy}`);
  if (act.cue) detail.push(`"${act.cue}"`);
  return detail.length ? `${act.act}(${detail.join(', ')})` : act.act;
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}
