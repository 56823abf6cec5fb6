// Reads AssemblyAI transcripts: utterances[] with speaker letters and times in milliseconds.
import { InputError } from '../../../errors.js';
import type { Turn } from '../../../model/transcript.js';
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import { arrayAt, buildCall, isObject, msToSeconds, numberAt, requireJsonObject, sentimentFrom, stringAt, type RawTurn } from './common.js';

const FORMAT = 'assemblyai';

export const assemblyAiReader: Reader = {
  name: FORMAT,
  description: 'AssemblyAI transcript JSON (utterances[] with speaker "A"/"B", times in ms)',
  extensions: ['.json'],
  sniff(_source, json) {
    if (!isObject(json) || !('utterances' in json) || 'results' in json) return 0;
    const looksLikeJob = typeof json.id === 'string' || 'audio_url' in json || 'speaker_labels' in json || 'audio_duration' in json;
    const first = arrayAt(json, 'utterances')?.[0];
    if (isObject(first) && 'speaker' in first && typeof first.text === 'string' && typeof first.start === 'number') {
      return looksLikeJob ? 0.97 : 0.85;
    }
    return looksLikeJob ? 0.6 : 0.2;
  },
  *read(source, options, json) {
    yield readAssemblyAi(source, options, json);
  },
};

export function readAssemblyAi(source: SourceText, options: ReadOptions, json: unknown): ReadItem {
  const root = requireJsonObject(source, json, FORMAT);
  const status = stringAt(root, 'status');
  if (status !== undefined && status.toLowerCase() !== 'completed') {
    throw new InputError(source.file, '$.status', `${FORMAT}: the transcript is ${status}, not completed`);
  }
  const utterances = arrayAt(root, 'utterances');
  if (!utterances) {
    throw new InputError(source.file, '$.utterances', `${FORMAT}: no utterances; request the transcript with speaker_labels or multichannel enabled`);
  }
  const sentences = arrayAt(root, 'sentiment_analysis_results') ?? [];
  const turns: RawTurn[] = [];
  for (const utterance of utterances) {
    const text = stringAt(utterance, 'text');
    const speaker = stringAt(utterance, 'speaker');
    if (!text || speaker === undefined) continue;
    const startMs = numberAt(utterance, 'start');
    const endMs = numberAt(utterance, 'end');
    const turn: RawTurn = { speaker, text, start: msToSeconds(startMs), end: msToSeconds(endMs) };
    const channel = stringAt(utterance, 'channel');
    if (channel !== undefined) turn.channel = channel;
    const sentiment = sentimentWithin(sentences, startMs, endMs);
    if (sentiment) turn.vendor = { sentiment };
    turns.push(turn);
  }
  const language = stringAt(root, 'language_code');
  return buildCall(source, FORMAT, { id: stringAt(root, 'id'), metadata: language ? { language } : undefined }, turns, options);
}

/** The sentence-level sentiment results that fall inside one utterance, folded into one label. */
function sentimentWithin(sentences: unknown[], startMs: number | undefined, endMs: number | undefined): NonNullable<Turn['vendor']>['sentiment'] {
  if (sentences.length === 0 || startMs === undefined || endMs === undefined) return undefined;
  let positive = false;
  let negative = false;
  let any = false;
  for (const sentence of sentences) {
    const start = numberAt(sentence, 'start');
    if (start === undefined || start < startMs || start >= endMs) continue;
    any = true;
    const label = isObject(sentence) ? sentimentFrom(sentence.sentiment) : undefined;
    if (label === 'positive') positive = true;
    if (label === 'negative') negative = true;
  }
  if (!any) return undefined;
  if (positive && negative) return 'mixed';
  return negative ? 'negative' : positive ? 'positive' : 'neutral';
}
