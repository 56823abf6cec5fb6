// The vendor export readers, in the order the registry consults them.
import type { Reader } from '../../types.js';
import { assemblyAiReader } from './assemblyai.js';
import { awsCallAnalyticsReader } from './aws-call-analytics.js';
import { awsTranscribeReader } from './aws-transcribe.js';
import { deepgramReader } from './deepgram.js';
import { genesysReader } from './genesys.js';
import { srtReader } from './srt.js';
import { twilioReader } from './twilio.js';
import { webvttReader } from './webvtt.js';

export const vendorReaders: Reader[] = [
  awsTranscribeReader,
  awsCallAnalyticsReader,
  deepgramReader,
  assemblyAiReader,
  genesysReader,
  twilioReader,
  webvttReader,
  srtReader,
];
