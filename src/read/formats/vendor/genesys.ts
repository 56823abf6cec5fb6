// Reads Genesys Cloud speech and text analytics transcripts: phrases[] with participantPurpose internal/external.
import { InputError } from '../../../errors.js';
import type { Agent } from '../../../model/transcript.js';
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import {
  arrayAt,
  buildCall,
  isObject,
  msToSeconds,
  numberAt,
  objectAt,
  requireJsonObject,
  roleFromWord,
  sentimentFrom,
  stringAt,
  type JsonObject,
  type RawTurn,
} from './common.js';

const FORMAT = 'genesys';
/** startTimeMs above this is an epoch timestamp (after 1973), not an offset into the call. */
const EPOCH_THRESHOLD_MS = 1e11;

export const genesysReader: Reader = {
  name: FORMAT,
  description: 'Genesys Cloud speech and text analytics transcript JSON (transcripts[].phrases[] with participantPurpose)',
  extensions: ['.json'],
  sniff(_source, json) {
    const transcripts = arrayAt(json, 'transcripts');
    const first = transcripts?.[0];
    if (isObject(first) && Array.isArray(first.phrases)) {
      const phrase = first.phrases[0];
      return isObject(phrase) && 'participantPurpose' in phrase ? 0.98 : 0.8;
    }
    const phrase = arrayAt(json, 'phrases')?.[0];
    if (isObject(phrase) && 'participantPurpose' in phrase) return 0.9;
    return 0;
  },
  *read(source, options, json) {
    yield readGenesys(source, options, json);
  },
};

export function readGenesys(source: SourceText, options: ReadOptions, json: unknown): ReadItem {
  const root = requireJsonObject(source, json, FORMAT);
  // The documented shape nests phrases in transcripts[]; some exports flatten them to the top level.
  const transcripts: JsonObject[] = (arrayAt(root, 'transcripts') ?? []).filter(isObject);
  if (transcripts.length === 0 && arrayAt(root, 'phrases')) transcripts.push(root);
  if (transcripts.length === 0) throw new InputError(source.file, '$.transcripts', `${FORMAT}: no transcripts with phrases`);

  const base = baseTime(root, transcripts);
  const turns: RawTurn[] = [];
  for (const transcript of transcripts) {
    const sentimentByPhrase = new Map<number, unknown>();
    for (const s of arrayAt(objectAt(transcript, 'analytics'), 'sentiment') ?? []) {
      const index = numberAt(s, 'phraseIndex');
      if (index !== undefined && isObject(s)) sentimentByPhrase.set(index, s.sentiment);
    }
    for (const phrase of arrayAt(transcript, 'phrases') ?? []) {
      const text = stringAt(phrase, 'text') ?? stringAt(phrase, 'decoratedText');
      if (!text) continue;
      const purpose = stringAt(phrase, 'participantPurpose') ?? 'unknown';
      const start = phraseStart(phrase, base);
      const duration = numberAt(objectAt(phrase, 'duration'), 'milliseconds');
      const turn: RawTurn = {
        speaker: purpose,
        text,
        start: msToSeconds(start),
        end: start !== undefined && duration !== undefined ? msToSeconds(start + duration) : undefined,
      };
      const role = roleFromWord(purpose);
      if (role) turn.role = role;
      const index = numberAt(phrase, 'phraseIndex');
      const sentiment = index !== undefined ? sentimentFrom(sentimentByPhrase.get(index)) : undefined;
      if (sentiment) turn.vendor = { sentiment };
      turns.push(turn);
    }
  }
  turns.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));

  const startMs = numberAt(root, 'conversationStartTime');
  const startedAt = startMs !== undefined && startMs > EPOCH_THRESHOLD_MS ? safeIso(startMs) : undefined;
  const language = stringAt(transcripts[0], 'language');
  return buildCall(
    source,
    FORMAT,
    {
      id: stringAt(root, 'conversationId') ?? stringAt(root, 'communicationId'),
      agent: agentOf(root),
      startedAt,
      metadata: {
        ...(language ? { language } : {}),
        ...(stringAt(root, 'mediaType') ? { mediaType: stringAt(root, 'mediaType') } : {}),
        ...(stringAt(root, 'communicationId') ? { communicationId: stringAt(root, 'communicationId') } : {}),
      },
    },
    turns,
    options,
  );
}

/** The first epoch time in the file: phrases' startTimeMs are measured against it. */
function baseTime(root: JsonObject, transcripts: JsonObject[]): number | undefined {
  const candidates = [numberAt(root, 'startTime'), ...transcripts.map((t) => numberAt(t, 'startTime'))];
  for (const transcript of transcripts) {
    for (const phrase of arrayAt(transcript, 'phrases') ?? []) candidates.push(numberAt(phrase, 'startTimeMs'));
  }
  let base: number | undefined;
  for (const c of candidates) if (c !== undefined && c > EPOCH_THRESHOLD_MS && (base === undefined || c < base)) base = c;
  return base;
}

/** Milliseconds from the start of the recording: the offset when given, else startTimeMs made relative. */
function phraseStart(phrase: unknown, base: number | undefined): number | undefined {
  const offset = numberAt(objectAt(phrase, 'offset'), 'milliseconds');
  if (offset !== undefined) return offset;
  const start = numberAt(phrase, 'startTimeMs');
  if (start === undefined) return undefined;
  if (start > EPOCH_THRESHOLD_MS) return base !== undefined ? start - base : undefined;
  return start;
}

function agentOf(root: JsonObject): Agent | undefined {
  for (const participant of arrayAt(root, 'participants') ?? []) {
    if (roleFromWord(stringAt(participant, 'participantPurpose')) !== 'agent') continue;
    const id = stringAt(participant, 'userId');
    if (!id) continue;
    const agent: Agent = { id };
    const name = stringAt(participant, 'userName') ?? stringAt(participant, 'participantName');
    if (name) agent.name = name;
    const team = stringAt(participant, 'teamId');
    if (team) agent.team = team;
    return agent;
  }
  return undefined;
}

function safeIso(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
