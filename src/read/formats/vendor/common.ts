// Shared steps of the vendor readers: safe field access, time units, and turning raw utterances into a Transcript.
import { basename, extname } from 'node:path';
import { InputError } from '../../../errors.js';
import { UNKNOWN_AGENT_ID, type Agent, type Role, type Transcript, type Turn } from '../../../model/transcript.js';
import { assignRoles, type SpeakerTurn } from '../../roles.js';
import type { ReadOptions, SourceText } from '../../types.js';

/** One utterance as a vendor gives it, before roles are known. Times in seconds. */
export interface RawTurn extends SpeakerTurn {
  start?: number;
  end?: number;
  vendor?: Turn['vendor'];
}

/** Everything about a call except its turns. */
export interface CallParts {
  id?: string;
  agent?: Agent;
  customer?: Transcript['customer'];
  startedAt?: string;
  metadata?: Record<string, unknown>;
  /** JSON path or line of the call inside the file, for errors. */
  location?: string;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return isObject(child) ? child : undefined;
}

export function arrayAt(value: unknown, key: string): unknown[] | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return Array.isArray(child) ? child : undefined;
}

export function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  if (typeof child === 'string') return child;
  if (typeof child === 'number' && Number.isFinite(child)) return String(child);
  return undefined;
}

/** A finite number, or a numeric string ("12.34"): several vendors send times as strings. */
export function numberAt(value: unknown, key: string): number | undefined {
  if (!isObject(value)) return undefined;
  return toNumber(value[key]);
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Milliseconds to seconds, kept to the millisecond. */
export function msToSeconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.round(ms) / 1000;
}

/** Vendor sentiment labels and scores mapped to ours. */
export function sentimentFrom(value: unknown): NonNullable<Turn['vendor']>['sentiment'] {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value > 0.25) return 'positive';
    if (value < -0.25) return 'negative';
    return 'neutral';
  }
  if (typeof value !== 'string') return undefined;
  switch (value.trim().toLowerCase()) {
    case 'positive':
      return 'positive';
    case 'negative':
      return 'negative';
    case 'neutral':
      return 'neutral';
    case 'mixed':
      return 'mixed';
    default:
      return undefined;
  }
}

/**
 * Redaction markers the vendors write in place of personal data: Transcribe and Contact Lens "[PII]" or an
 * entity mask such as "[NAME]" / "[CREDIT_DEBIT_NUMBER]", Deepgram "[SSN_1]", AssemblyAI "####".
 */
const REDACTION_MARK =
  /\[(?!(?:MUSIC|LAUGH|LAUGHS|LAUGHTER|INAUDIBLE|CROSSTALK|NOISE|SILENCE|APPLAUSE|BLANK_AUDIO|PAUSE|SIGH|COUGH|OK)\])(?:PII|REDACTED|[A-Z][A-Z_]{1,}(?:_\d+)?)\]|#{3,}/;

export function isRedacted(text: string): boolean {
  return REDACTION_MARK.test(text);
}

/** Non-breaking and odd spaces become plain spaces; runs of space collapse. */
export function cleanText(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

export function fileStem(file: string): string {
  const base = basename(file.replace(/\\/g, '/'));
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/**
 * Builds the Transcript from raw utterances: drops empty ones, assigns roles (format, then options, then the
 * heuristic), and refuses calls that cannot be audited (no speech, a single speaker, no agent or no customer).
 */
export function buildCall(source: SourceText, format: string, parts: CallParts, raw: RawTurn[], options: ReadOptions): Transcript {
  const location = parts.location ?? '';
  const kept: RawTurn[] = [];
  for (const turn of raw) {
    const text = cleanText(turn.text);
    if (text) kept.push({ ...turn, text });
  }
  if (kept.length === 0) throw new InputError(source.file, location, `${format}: the call has no speech`);

  const { roles, assignment } = assignRoles(kept, {
    agentSpeaker: options.agentSpeaker,
    agentChannel: options.agentChannel,
    agentLabel: options.agentLabel,
    customerLabel: options.customerLabel,
  });
  const speakers = [...roles.keys()];
  if (speakers.length < 2) {
    throw new InputError(source.file, location, `${format}: only one speaker (${speakers[0]}); an audit needs the agent and the customer`);
  }
  if (assignment.confidence === 0) {
    throw new InputError(source.file, location, `${format}: cannot tell the agent from the customer (${assignment.reason})`);
  }

  const turns: Turn[] = kept.map((t, index) => {
    const turn: Turn = { index, role: roles.get(t.speaker) ?? 'other', speaker: t.speaker, text: t.text };
    if (t.start !== undefined && t.start >= 0) turn.start = t.start;
    if (t.end !== undefined && t.end >= 0 && (turn.start === undefined || t.end >= turn.start)) turn.end = t.end;
    const vendor: NonNullable<Turn['vendor']> = { ...t.vendor };
    if (isRedacted(t.text)) vendor.redacted = true;
    if (vendor.sentiment !== undefined || vendor.redacted) turn.vendor = vendor;
    return turn;
  });

  const call: Transcript = {
    id: parts.id?.trim() || fileStem(source.file),
    agent: parts.agent ?? { id: UNKNOWN_AGENT_ID },
    turns,
    source: { file: source.file, format, ...(location ? { location } : {}) },
    roles: assignment,
  };
  if (parts.customer) call.customer = parts.customer;
  if (parts.startedAt) call.startedAt = parts.startedAt;
  if (parts.metadata && Object.keys(parts.metadata).length > 0) call.metadata = parts.metadata;
  return call;
}

/** Maps a vendor's role word to ours; undefined when the word says nothing. */
export function roleFromWord(word: string | undefined): Role | undefined {
  switch (word?.trim().toLowerCase()) {
    case 'agent':
    case 'human_agent':
    case 'internal':
    case 'user':
    case 'representative':
      return 'agent';
    case 'customer':
    case 'external':
    case 'caller':
    case 'end_user':
      return 'customer';
    case 'system':
    case 'custom_bot':
    case 'ai_agent':
    case 'bot':
    case 'ivr':
    case 'acd':
    case 'supervisor':
    case 'workflow':
    case 'botflow':
      return 'other';
    default:
      return undefined;
  }
}

export function requireJsonObject(source: SourceText, json: unknown, format: string): JsonObject {
  if (!isObject(json)) throw new InputError(source.file, '$', `${format}: expected a JSON object`);
  return json;
}
