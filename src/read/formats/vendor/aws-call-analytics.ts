// Reads Amazon Transcribe Call Analytics and Amazon Connect Contact Lens post-call output (Transcript[] with roles).
import { InputError } from '../../../errors.js';
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
  type RawTurn,
} from './common.js';

const FORMAT = 'aws-call-analytics';

export const awsCallAnalyticsReader: Reader = {
  name: FORMAT,
  description: 'Amazon Transcribe Call Analytics / Amazon Connect Contact Lens JSON (Transcript[] with ParticipantRole)',
  extensions: ['.json'],
  sniff(_source, json) {
    const transcript = arrayAt(json, 'Transcript');
    if (!transcript) return 0;
    const first = transcript[0];
    if (isObject(first)) {
      const hasContent = typeof first.Content === 'string';
      const hasWho = 'ParticipantRole' in first || 'ParticipantId' in first;
      const hasTime = 'BeginOffsetMillis' in first;
      if (hasContent && hasWho) return hasTime ? 0.98 : 0.9;
      return hasContent || hasTime ? 0.6 : 0.2;
    }
    return arrayAt(json, 'Participants') || stringAt(json, 'JobStatus') ? 0.6 : 0.1;
  },
  *read(source, options, json) {
    yield readAwsCallAnalytics(source, options, json);
  },
};

export function readAwsCallAnalytics(source: SourceText, options: ReadOptions, json: unknown): ReadItem {
  const root = requireJsonObject(source, json, FORMAT);
  const status = stringAt(root, 'JobStatus');
  if (status !== undefined && status.toUpperCase() !== 'COMPLETED') {
    throw new InputError(source.file, '$.JobStatus', `${FORMAT}: the analytics job is ${status}, not COMPLETED`);
  }
  const entries = arrayAt(root, 'Transcript');
  if (!entries) throw new InputError(source.file, '$.Transcript', `${FORMAT}: missing the Transcript array`);

  // Contact Lens names speakers by ParticipantId and maps ids to roles here; Call Analytics puts the role on each turn.
  const roleById = new Map<string, string>();
  for (const participant of arrayAt(root, 'Participants') ?? []) {
    const id = stringAt(participant, 'ParticipantId');
    const role = stringAt(participant, 'ParticipantRole');
    if (id !== undefined && role !== undefined) roleById.set(id, role);
  }

  const turns: RawTurn[] = [];
  entries.forEach((entry, index) => {
    if (!isObject(entry)) throw new InputError(source.file, `$.Transcript[${index}]`, `${FORMAT}: expected an object`);
    const text = stringAt(entry, 'Content');
    if (text === undefined) return;
    const id = stringAt(entry, 'ParticipantId');
    const roleWord = stringAt(entry, 'ParticipantRole') ?? (id !== undefined ? roleById.get(id) : undefined);
    const speaker = id ?? roleWord ?? 'UNKNOWN';
    const turn: RawTurn = {
      speaker,
      text,
      start: msToSeconds(numberAt(entry, 'BeginOffsetMillis')),
      end: msToSeconds(numberAt(entry, 'EndOffsetMillis')),
    };
    const role = roleFromWord(roleWord);
    if (role) turn.role = role;
    const sentiment = sentimentFrom(entry.Sentiment);
    const redacted = isObject(entry.Redaction) || Array.isArray(entry.Redaction);
    if (sentiment || redacted) turn.vendor = { ...(sentiment ? { sentiment } : {}), ...(redacted ? { redacted } : {}) };
    turns.push(turn);
  });

  const metadata: Record<string, unknown> = {};
  const categories = arrayAt(objectAt(root, 'Categories'), 'MatchedCategories')?.filter((c): c is string => typeof c === 'string');
  if (categories && categories.length > 0) metadata.categories = categories;
  const language = stringAt(root, 'LanguageCode');
  if (language) metadata.language = language;
  const channel = stringAt(root, 'Channel');
  if (channel) metadata.channel = channel;
  const overall = objectAt(objectAt(objectAt(root, 'ConversationCharacteristics'), 'Sentiment'), 'OverallSentiment');
  if (overall) metadata.overallSentiment = overall;
  const redaction = stringAt(objectAt(root, 'ContentMetadata'), 'Output');
  if (redaction) metadata.contentOutput = redaction;

  const customerMetadata = objectAt(root, 'CustomerMetadata');
  const id = stringAt(customerMetadata, 'ContactId') ?? stringAt(root, 'JobName');
  return buildCall(source, FORMAT, { id, metadata }, turns, options);
}
