// Checks every reader applies to a finished call, and small helpers readers share (call ids, clock times, snippets).
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { Transcript } from '../model/transcript.js';

/** File name shown for standard input. */
export const STDIN_FILE = '<stdin>';

/** Why this call cannot be audited, or undefined when it can: no turns, or not both sides of the conversation. */
export function callProblem(call: Pick<Transcript, 'turns'>): string | undefined {
  if (call.turns.length === 0) return 'call has no turns';
  let agent = false;
  let customer = false;
  for (const turn of call.turns) {
    if (turn.role === 'agent') agent = true;
    else if (turn.role === 'customer') customer = true;
  }
  if (agent && customer) return undefined;
  if (agent) return 'only agent turns, no customer turns: is the speaker mapping right?';
  if (customer) return 'only customer turns, no agent turns: is the speaker mapping right?';
  return 'no agent or customer turns (every turn is "other"): is the speaker mapping right?';
}

/** The call, or an InputError at `location` when it cannot be audited. */
export function checkedCall(call: Transcript, location: string): Transcript | InputError {
  const problem = callProblem(call);
  return problem ? new InputError(call.source.file, location, problem) : call;
}

/** Default call id: the file name without its extension ("exports/call-0001.txt" -> "call-0001"). */
export function callIdFromFile(file: string): string {
  if (file === STDIN_FILE || file === '-') return 'stdin';
  const name = basename(file);
  const ext = extname(name);
  return (ext ? name.slice(0, -ext.length) : name) || name;
}

const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/;

/** "01:02:03", "02:03", "02:03.5" or "2:03,250" to seconds; undefined when it is not a clock time. */
export function parseClock(value: string): number | undefined {
  const m = CLOCK.exec(value.trim());
  if (!m) return undefined;
  const hours = m[1] ? Number(m[1]) : 0;
  const minutes = Number(m[2]);
  const seconds = Number(m[3].replace(',', '.'));
  if (minutes >= 60 && m[1] !== undefined) return undefined;
  if (seconds >= 60) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/** A short, quoted excerpt of user text for an error message: errors never echo a 50 MB line. */
export function snippet(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}...` : flat);
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
