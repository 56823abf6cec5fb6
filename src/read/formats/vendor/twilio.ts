// Reads Twilio Conversational Intelligence transcript sentences, mapping media channels to participants.
import { InputError } from '../../../errors.js';
import type { Agent, Role } from '../../../model/transcript.js';
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import { arrayAt, buildCall, isObject, numberAt, objectAt, roleFromWord, stringAt, type JsonObject, type RawTurn } from './common.js';

const FORMAT = 'twilio';

export const twilioReader: Reader = {
  name: FORMAT,
  description: 'Twilio Conversational Intelligence transcript sentences (transcript, media_channel, start_time/end_time)',
  extensions: ['.json'],
  sniff(_source, json) {
    const sentences = Array.isArray(json) ? json : arrayAt(json, 'sentences');
    const first = sentences?.[0];
    if (!isObject(first)) return 0;
    const shaped = 'media_channel' in first && typeof first.transcript === 'string';
    if (!shaped) return 0;
    if (Array.isArray(json)) return 'sentence_index' in first ? 0.9 : 0.7;
    return 0.97;
  },
  *read(source, options, json) {
    yield readTwilio(source, options, json);
  },
};

interface Participant {
  role?: Role;
  name?: string;
  id?: string;
}

export function readTwilio(source: SourceText, options: ReadOptions, json: unknown): ReadItem {
  const root: JsonObject = Array.isArray(json) ? { sentences: json } : isObject(json) ? json : {};
  const sentences = arrayAt(root, 'sentences');
  if (!sentences) throw new InputError(source.file, '$.sentences', `${FORMAT}: expected a sentences array`);
  // The transcript resource (with channel.participants) may sit at the top level or under "transcript".
  const resource = objectAt(root, 'transcript') ?? root;
  const participants = participantsByChannel(resource);

  const turns: RawTurn[] = [];
  const ordered = sentences
    .filter(isObject)
    .map((s, position) => ({ s, order: numberAt(s, 'sentence_index') ?? position }))
    .sort((a, b) => a.order - b.order);
  for (const { s } of ordered) {
    const text = stringAt(s, 'transcript');
    const channel = numberAt(s, 'media_channel');
    if (!text || channel === undefined) continue;
    const participant = participants.get(channel);
    const turn: RawTurn = {
      speaker: participant?.name ?? `ch_${channel}`,
      channel: String(channel),
      text,
      start: numberAt(s, 'start_time'),
      end: numberAt(s, 'end_time'),
    };
    if (participant?.role) turn.role = participant.role;
    turns.push(turn);
  }

  const agentParticipant = [...participants.values()].find((p) => p.role === 'agent');
  let agent: Agent | undefined;
  if (agentParticipant && (agentParticipant.id || agentParticipant.name)) {
    agent = { id: (agentParticipant.id ?? agentParticipant.name) as string };
    if (agentParticipant.name) agent.name = agentParticipant.name;
  }
  const startedAt = stringAt(resource, 'media_start_time') ?? stringAt(resource, 'date_created');
  const id = stringAt(resource, 'customer_key') ?? stringAt(resource, 'sid');
  const language = stringAt(resource, 'language_code');
  return buildCall(source, FORMAT, { id, agent, startedAt, metadata: language ? { language } : undefined }, turns, options);
}

function participantsByChannel(resource: JsonObject): Map<number, Participant> {
  const byChannel = new Map<number, Participant>();
  for (const p of arrayAt(objectAt(resource, 'channel'), 'participants') ?? []) {
    const channel = numberAt(p, 'channel_participant');
    if (channel === undefined) continue;
    const participant: Participant = {};
    const role = roleFromWord(stringAt(p, 'role') ?? stringAt(p, 'type'));
    if (role) participant.role = role;
    const name = stringAt(p, 'full_name');
    if (name) participant.name = name;
    const id = stringAt(p, 'user_id') ?? stringAt(p, 'media_participant_id');
    if (id) participant.id = id;
    byChannel.set(channel, participant);
  }
  return byChannel;
}
