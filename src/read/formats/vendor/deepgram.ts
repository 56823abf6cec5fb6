// Reads Deepgram pre-recorded responses: results.utterances, else paragraphs, else words, per channel.
import { InputError } from '../../../errors.js';
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import { arrayAt, buildCall, isObject, numberAt, objectAt, requireJsonObject, sentimentFrom, stringAt, type RawTurn } from './common.js';

const FORMAT = 'deepgram';
const PAUSE_SECONDS = 1.5;

export const deepgramReader: Reader = {
  name: FORMAT,
  description: 'Deepgram JSON response (results.utterances, or channels[].alternatives[] paragraphs/words)',
  extensions: ['.json'],
  sniff(_source, json) {
    const results = objectAt(json, 'results');
    if (!results) return 0;
    const utterances = arrayAt(results, 'utterances');
    const channels = arrayAt(results, 'channels');
    if (!utterances && !channels) return 0;
    let confidence = 0.6;
    if (isObject(channels?.[0]) && Array.isArray(channels[0].alternatives)) confidence += 0.25;
    if (isObject(utterances?.[0]) && 'transcript' in utterances[0]) confidence += 0.25;
    const metadata = objectAt(json, 'metadata');
    if (stringAt(metadata, 'request_id') !== undefined || stringAt(metadata, 'transaction_key') !== undefined) confidence += 0.1;
    return Math.min(confidence, 0.98);
  },
  *read(source, options, json) {
    yield readDeepgram(source, options, json);
  },
};

export function readDeepgram(source: SourceText, options: ReadOptions, json: unknown): ReadItem {
  const root = requireJsonObject(source, json, FORMAT);
  const results = objectAt(root, 'results');
  if (!results) throw new InputError(source.file, '$.results', `${FORMAT}: missing the results object`);
  const channels = arrayAt(results, 'channels') ?? [];
  const multichannel = (numberAt(objectAt(root, 'metadata'), 'channels') ?? channels.length) > 1;

  let turns = fromUtterances(arrayAt(results, 'utterances') ?? [], multichannel);
  if (turns.length === 0) turns = fromChannels(channels, multichannel);
  if (turns.length > 0 && turns.every((t) => t.speaker === '')) {
    throw new InputError(source.file, '$.results', `${FORMAT}: no speaker labels; request with diarize=true or multichannel=true`);
  }
  const duration = numberAt(objectAt(root, 'metadata'), 'duration');
  return buildCall(source, FORMAT, { metadata: duration !== undefined ? { durationSeconds: duration } : undefined }, turns, options);
}

/** Speakers are numbers per channel: on a multichannel call, speaker 0 of channel 1 is someone else. */
function speakerName(speaker: number | undefined, channel: number | undefined, multichannel: boolean): string {
  if (multichannel && channel !== undefined) return speaker === undefined ? `ch_${channel}` : `ch_${channel}/speaker_${speaker}`;
  return speaker === undefined ? '' : `speaker_${speaker}`;
}

function fromUtterances(utterances: unknown[], multichannel: boolean): RawTurn[] {
  const turns: RawTurn[] = [];
  for (const utterance of utterances) {
    const text = stringAt(utterance, 'transcript');
    if (!text) continue;
    const channel = numberAt(utterance, 'channel');
    const turn: RawTurn = {
      speaker: speakerName(numberAt(utterance, 'speaker'), channel, multichannel),
      text,
      start: numberAt(utterance, 'start'),
      end: numberAt(utterance, 'end'),
    };
    if (channel !== undefined) turn.channel = String(channel);
    const sentiment = isObject(utterance) ? sentimentFrom(utterance.sentiment) : undefined;
    if (sentiment) turn.vendor = { sentiment };
    turns.push(turn);
  }
  return turns;
}

function fromChannels(channels: unknown[], multichannel: boolean): RawTurn[] {
  const turns: RawTurn[] = [];
  channels.forEach((channel, channelIndex) => {
    const alternative = arrayAt(channel, 'alternatives')?.[0];
    const paragraphs = arrayAt(objectAt(alternative, 'paragraphs'), 'paragraphs');
    const found = paragraphs && paragraphs.length > 0 ? fromParagraphs(paragraphs, channelIndex, multichannel) : fromWords(arrayAt(alternative, 'words') ?? [], channelIndex, multichannel);
    turns.push(...found);
  });
  // Channels arrive one after another; the conversation interleaves them.
  if (multichannel) turns.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return turns;
}

function fromParagraphs(paragraphs: unknown[], channel: number, multichannel: boolean): RawTurn[] {
  const turns: RawTurn[] = [];
  for (const paragraph of paragraphs) {
    const sentences = arrayAt(paragraph, 'sentences') ?? [];
    const text = sentences
      .map((s) => stringAt(s, 'text') ?? '')
      .filter(Boolean)
      .join(' ');
    if (!text) continue;
    const speaker = speakerName(numberAt(paragraph, 'speaker'), channel, multichannel);
    const previous = turns[turns.length - 1];
    // Deepgram splits one speaker's long talk into several paragraphs: that is still one turn.
    if (previous && previous.speaker === speaker) {
      previous.text += ` ${text}`;
      previous.end = numberAt(paragraph, 'end') ?? previous.end;
      continue;
    }
    turns.push({ speaker, channel: String(channel), text, start: numberAt(paragraph, 'start'), end: numberAt(paragraph, 'end') });
  }
  return turns;
}

function fromWords(words: unknown[], channel: number, multichannel: boolean): RawTurn[] {
  const turns: RawTurn[] = [];
  let current: RawTurn | undefined;
  for (const word of words) {
    const text = stringAt(word, 'punctuated_word') ?? stringAt(word, 'word');
    if (!text) continue;
    const speaker = speakerName(numberAt(word, 'speaker'), channel, multichannel);
    const start = numberAt(word, 'start');
    const paused = current?.end !== undefined && start !== undefined && start - current.end > PAUSE_SECONDS;
    if (!current || current.speaker !== speaker || paused) {
      current = { speaker, channel: String(channel), text, start, end: numberAt(word, 'end') };
      turns.push(current);
    } else {
      current.text += ` ${text}`;
      current.end = numberAt(word, 'end') ?? current.end;
    }
  }
  return turns;
}
