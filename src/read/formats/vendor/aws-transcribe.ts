// Reads Amazon Transcribe batch output: word items grouped into utterances by speaker (or channel) and pauses.
import { InputError } from '../../../errors.js';
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import { arrayAt, buildCall, isObject, numberAt, objectAt, requireJsonObject, stringAt, type RawTurn } from './common.js';

const FORMAT = 'aws-transcribe';
/** A silence longer than this inside one speaker's speech starts a new turn. */
const PAUSE_SECONDS = 1.5;

interface Word {
  text: string;
  /** Punctuation attaches to the word before it, without a space. */
  punctuation: boolean;
  start?: number;
  end?: number;
  speaker?: string;
  channel?: string;
}

export const awsTranscribeReader: Reader = {
  name: FORMAT,
  description: 'Amazon Transcribe batch JSON (results.items, speaker_labels or channel_labels)',
  extensions: ['.json'],
  sniff(_source, json) {
    const results = objectAt(json, 'results');
    if (!results) return 0;
    const items = arrayAt(results, 'items');
    const channels = objectAt(results, 'channel_labels');
    if (!items && !channels && !arrayAt(results, 'audio_segments')) return 0;
    let confidence = 0.6;
    if (arrayAt(results, 'transcripts')) confidence += 0.2;
    if (stringAt(json, 'jobName') !== undefined || stringAt(json, 'status') !== undefined) confidence += 0.1;
    const first = items?.[0];
    if (isObject(first) && Array.isArray(first.alternatives)) confidence += 0.1;
    return Math.min(confidence, 1);
  },
  *read(source, options, json) {
    yield readAwsTranscribe(source, options, json);
  },
};

export function readAwsTranscribe(source: SourceText, options: ReadOptions, json: unknown): ReadItem {
  const root = requireJsonObject(source, json, FORMAT);
  const status = stringAt(root, 'status');
  if (status !== undefined && status.toUpperCase() !== 'COMPLETED') {
    throw new InputError(source.file, '$.status', `${FORMAT}: the transcription job is ${status}, not COMPLETED`);
  }
  const results = objectAt(root, 'results');
  if (!results) throw new InputError(source.file, '$.results', `${FORMAT}: missing the results object`);

  let words = wordsFromItems(results);
  if (!words.some((w) => !w.punctuation && (w.speaker ?? w.channel) !== undefined)) {
    const fromChannels = wordsFromChannels(results);
    if (fromChannels.length > 0) words = fromChannels;
  }
  let turns = groupWords(words);
  if (turns.length === 0 || turns.some((t) => t.speaker === '')) {
    const segments = turnsFromAudioSegments(results);
    if (segments.length > 0) turns = segments;
    else if (turns.length > 0) {
      throw new InputError(
        source.file,
        '$.results.items',
        `${FORMAT}: the words carry no speaker or channel labels; run the job with speaker or channel identification`,
      );
    }
  }
  const language = stringAt(results, 'language_code') ?? stringAt(root, 'language_code');
  return buildCall(source, FORMAT, { id: stringAt(root, 'jobName'), metadata: language ? { language } : undefined }, turns, options);
}

function wordsFromItems(results: Record<string, unknown>): Word[] {
  const items = arrayAt(results, 'items') ?? [];
  // Older outputs put the speaker only in speaker_labels.segments, keyed by the word's start time.
  const speakerByStart = new Map<string, string>();
  for (const segment of arrayAt(objectAt(results, 'speaker_labels'), 'segments') ?? []) {
    const segmentSpeaker = stringAt(segment, 'speaker_label');
    for (const item of arrayAt(segment, 'items') ?? []) {
      const start = stringAt(item, 'start_time');
      const speaker = stringAt(item, 'speaker_label') ?? segmentSpeaker;
      if (start !== undefined && speaker !== undefined) speakerByStart.set(start, speaker);
    }
  }
  const channelByStart = new Map<string, string>();
  for (const channel of arrayAt(objectAt(results, 'channel_labels'), 'channels') ?? []) {
    const label = stringAt(channel, 'channel_label');
    if (label === undefined) continue;
    for (const item of arrayAt(channel, 'items') ?? []) {
      const start = stringAt(item, 'start_time');
      if (start !== undefined) channelByStart.set(start, label);
    }
  }
  const words: Word[] = [];
  for (const item of items) {
    const word = toWord(item);
    if (!word) continue;
    const start = stringAt(item, 'start_time');
    word.speaker ??= start !== undefined ? speakerByStart.get(start) : undefined;
    word.channel ??= start !== undefined ? channelByStart.get(start) : undefined;
    words.push(word);
  }
  return words;
}

/** Channel identification without labels on results.items: merge each channel's words by time. */
function wordsFromChannels(results: Record<string, unknown>): Word[] {
  const runs: Word[][] = [];
  for (const channel of arrayAt(objectAt(results, 'channel_labels'), 'channels') ?? []) {
    const label = stringAt(channel, 'channel_label');
    if (label === undefined) continue;
    let run: Word[] = [];
    for (const item of arrayAt(channel, 'items') ?? []) {
      const word = toWord(item);
      if (!word) continue;
      word.channel = label;
      // Keep a word and its trailing punctuation together while sorting.
      if (!word.punctuation && run.length > 0) {
        runs.push(run);
        run = [];
      }
      run.push(word);
    }
    if (run.length > 0) runs.push(run);
  }
  runs.sort((a, b) => (a[0].start ?? 0) - (b[0].start ?? 0));
  return runs.flat();
}

function toWord(item: unknown): Word | undefined {
  if (!isObject(item)) return undefined;
  const alternative = arrayAt(item, 'alternatives')?.[0];
  const text = stringAt(alternative, 'content');
  if (!text) return undefined;
  return {
    text,
    punctuation: stringAt(item, 'type') === 'punctuation',
    start: numberAt(item, 'start_time'),
    end: numberAt(item, 'end_time'),
    speaker: stringAt(item, 'speaker_label'),
    channel: stringAt(item, 'channel_label'),
  };
}

/** Words become utterances at each change of speaker and at each pause longer than PAUSE_SECONDS. */
function groupWords(words: Word[]): RawTurn[] {
  const turns: RawTurn[] = [];
  let current: RawTurn | undefined;
  for (const word of words) {
    if (word.punctuation) {
      if (current) current.text += word.text;
      continue;
    }
    // A word missing from the speaker segments belongs to whoever was speaking.
    const who = word.speaker ?? word.channel ?? current?.speaker ?? '';
    const paused = current?.end !== undefined && word.start !== undefined && word.start - current.end > PAUSE_SECONDS;
    if (!current || current.speaker !== who || paused) {
      current = { speaker: who, text: word.text, start: word.start, end: word.end };
      if (word.channel !== undefined) current.channel = word.channel;
      turns.push(current);
    } else {
      current.text += ` ${word.text}`;
      if (word.end !== undefined) current.end = word.end;
    }
  }
  return turns;
}

function turnsFromAudioSegments(results: Record<string, unknown>): RawTurn[] {
  const turns: RawTurn[] = [];
  for (const segment of arrayAt(results, 'audio_segments') ?? []) {
    const text = stringAt(segment, 'transcript');
    const channel = stringAt(segment, 'channel_label');
    const speaker = stringAt(segment, 'speaker_label') ?? channel;
    if (!text || speaker === undefined) continue;
    const turn: RawTurn = { speaker, text, start: numberAt(segment, 'start_time'), end: numberAt(segment, 'end_time') };
    if (channel !== undefined) turn.channel = channel;
    turns.push(turn);
  }
  return turns;
}
