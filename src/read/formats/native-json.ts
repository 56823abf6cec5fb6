// Reader for callaudit's native JSON: one call per file (or an array of calls), validated by NativeCallSchema.
import type { z } from 'zod';
import { InputError, formatPath } from '../../errors.js';
import { NativeCallSchema, type Transcript } from '../../model/transcript.js';
import { checkedCall, lineAndColumn, snippet } from '../call.js';
import { cleanTurnText } from '../decode.js';
import type { ReadItem, Reader, SourceText } from '../types.js';

export const nativeJsonReader: Reader = {
  name: 'native-json',
  description: 'callaudit native JSON: { id, agent: { id }, turns: [{ role, text }] }, one call per file',
  extensions: ['.json'],
  sniff(source, json) {
    if (json === undefined) {
      // Not valid JSON but shaped like it: claim it so the user hears where the syntax breaks.
      return /^\s*[{[]/.test(source.text) ? 0.3 : 0;
    }
    if (Array.isArray(json)) return json.length > 0 && nativeLikeness(json[0]) >= 0.8 ? 0.85 : 0;
    return nativeLikeness(json);
  },
  *read(source, _options, json) {
    const value = json === undefined ? parseJsonStrict(source) : json;
    if (Array.isArray(value)) {
      if (value.length === 0) throw new InputError(source.file, '$', 'empty array: no calls');
      for (let i = 0; i < value.length; i++) yield transcriptFromNative(value[i], source.file, 'native-json', `$[${i}]`);
      return;
    }
    const item = transcriptFromNative(value, source.file, 'native-json', '$');
    if (item instanceof InputError) throw item;
    yield item;
  },
};

/** 0..1: how much a parsed value looks like a native call (turns with role and text, an id and agent). */
export function nativeLikeness(value: unknown): number {
  if (!isObject(value)) return 0;
  const turns = value.turns;
  const hasCallFields = 'id' in value && 'agent' in value;
  if (Array.isArray(turns)) {
    const first = turns[0];
    const turnShaped = first === undefined || (isObject(first) && ('role' in first || 'text' in first));
    if (turnShaped) return hasCallFields ? 0.95 : 0.8;
    return hasCallFields ? 0.6 : 0.2;
  }
  // An id and agent without turns is a native call gone wrong; the schema error says what is missing.
  return hasCallFields ? 0.6 : 0;
}

/**
 * Validates one native call and builds its Transcript, or an InputError at the first problem's JSON path
 * (`$.turns[3].role: expected one of agent|customer|other, got "Agent"`).
 */
export function transcriptFromNative(value: unknown, file: string, format: string, root: string, location?: string): ReadItem {
  const parsed = NativeCallSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1, 4).map((i) => formatPath(i.path, root)).join(', ')}${issues.length > 4 ? ', ...' : ''})` : '';
    const where = formatPath(first.path, root);
    return new InputError(file, location ? `${location}, ${where}` : where, describeIssue(first, value) + more);
  }
  const call = parsed.data;
  const transcript: Transcript = {
    id: call.id,
    agent: { id: call.agent.id, ...(call.agent.name !== undefined && { name: call.agent.name }), ...(call.agent.team !== undefined && { team: call.agent.team }) },
    turns: call.turns.map((turn, index) => ({
      index,
      role: turn.role,
      ...(turn.speaker !== undefined && { speaker: turn.speaker }),
      text: cleanTurnText(turn.text),
      ...(turn.start !== undefined && { start: turn.start }),
      ...(turn.end !== undefined && { end: turn.end }),
    })),
    source: { file, format, ...(location !== undefined ? { location } : root !== '$' ? { location: root } : {}) },
  };
  if (call.customer !== undefined) transcript.customer = call.customer;
  if (call.startedAt !== undefined) transcript.startedAt = call.startedAt;
  if (call.metadata !== undefined) transcript.metadata = call.metadata;
  return checkedCall(transcript, location ?? formatPath(['turns'], root));
}

/** JSON.parse, with a syntax error turned into an InputError at its line and column. */
export function parseJsonStrict(source: SourceText): unknown {
  try {
    return JSON.parse(source.text);
  } catch (error) {
    throw jsonSyntaxError(source, error);
  }
}

/** A JSON syntax error at its line and column; `lineOffset` places a JSONL record's line in its file. */
export function jsonSyntaxError(source: SourceText, error: unknown, lineOffset = 0, unit = 'file'): InputError {
  const message = error instanceof Error ? error.message : String(error);
  if (source.text.trim() === '') return new InputError(source.file, '', 'empty file');
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : source.text.trimEnd().length;
  const { line, column } = lineAndColumn(source.text, offset);
  // Running out of text, inside a string or not, is what a cut-off export looks like.
  const truncated = !at || /end of (JSON|data)|unterminated/i.test(message);
  const reason = truncated
    ? `invalid JSON: the ${unit === 'file' ? 'text' : unit} ends too early (truncated ${unit}?)`
    : `invalid JSON: ${/^Unexpected token/.test(message) ? 'unexpected character' : lowerFirst(message.replace(/\s*in JSON at position \d+.*$/, ''))}`;
  return new InputError(source.file, `line ${line + lineOffset}, column ${column}`, reason);
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, root: unknown): string {
  const got = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join('|')}, got ${describeValue(got)}`;
    case 'invalid_type':
      return got === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(got)}`;
    case 'too_small':
      if (issue.origin === 'array' && issue.path[issue.path.length - 1] === 'turns') return 'call has no turns';
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'number') return `must be >= ${String(issue.minimum)}, got ${describeValue(got)}`;
      return issue.message;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return snippet(value);
  return String(value);
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
