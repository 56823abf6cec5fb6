// Amazon Transcribe batch output and Transcribe Call Analytics / Contact Lens output.
import { describe, expect, it } from 'vitest';
import { awsCallAnalyticsReader } from '../../../src/read/formats/vendor/aws-call-analytics.js';
import { awsTranscribeReader } from '../../../src/read/formats/vendor/aws-transcribe.js';
import { fixtureJson, fixtureSource, inputErrorOf, jsonSource, readOne } from './helpers.js';

/** A small Transcribe result: words as [speaker, content, start] with punctuation as [speaker, content]. */
function transcribeJob(words: Array<[string, string, number?]>, extra: Record<string, unknown> = {}) {
  return {
    jobName: 'inline-job',
    status: 'COMPLETED',
    results: {
      transcripts: [{ transcript: words.map((w) => w[1]).join(' ') }],
      items: words.map(([speaker, content, start]) =>
        start === undefined
          ? { type: 'punctuation', alternatives: [{ confidence: '0.0', content }] }
          : { type: 'pronunciation', start_time: start.toFixed(2), end_time: (start + 0.3).toFixed(2), speaker_label: speaker, alternatives: [{ confidence: '0.99', content }] },
      ),
      ...extra,
    },
  };
}

const greeting: Array<[string, string, number?]> = [
  ['spk_0', 'Thanks', 0.1], ['spk_0', 'for', 0.4], ['spk_0', 'calling', 0.7], ['spk_0', ','], ['spk_0', 'how', 1.0], ['spk_0', 'can', 1.3], ['spk_0', 'I', 1.6], ['spk_0', 'help', 1.9], ['spk_0', '?'],
  ['spk_1', 'My', 2.8], ['spk_1', 'bill', 3.1], ['spk_1', 'is', 3.4], ['spk_1', 'wrong', 3.7], ['spk_1', '.'],
];

describe('aws-transcribe', () => {
  it('groups words into the same utterances Transcribe reports as audio segments', () => {
    const json = fixtureJson('aws-transcribe/outage-diarized.json');
    const call = readOne(awsTranscribeReader, fixtureSource('aws-transcribe/outage-diarized.json'));
    const segments = json.results.audio_segments;
    expect(call.turns.map((t) => t.text)).toEqual(segments.map((s: any) => s.transcript));
    expect(call.turns.map((t) => t.start)).toEqual(segments.map((s: any) => Number(s.start_time)));
    expect(call.id).toBe(json.jobName);
  });

  it('finds the agent on spk_1 by what they say, not by speaker number', () => {
    const call = readOne(awsTranscribeReader, fixtureSource('aws-transcribe/outage-diarized.json'));
    expect(call.turns[0].speaker).toBe('spk_1');
    expect(call.turns[0].role).toBe('agent');
    expect(call.turns[1].role).toBe('customer');
    expect(call.roles?.method).toBe('heuristic');
  });

  it('reads channel identification and honours --agent-channel', () => {
    const source = fixtureSource('aws-transcribe/billing-channels.json');
    const json = fixtureJson('aws-transcribe/billing-channels.json');
    const call = readOne(awsTranscribeReader, source, { agentChannel: '1' });
    expect(new Set(call.turns.map((t) => t.speaker))).toEqual(new Set(['ch_0', 'ch_1']));
    // The whole text survives grouping, punctuation attached without spaces.
    expect(call.turns.map((t) => t.text).join(' ')).toBe(json.results.transcripts[0].transcript);
    expect(call.turns.filter((t) => t.role === 'agent').every((t) => t.speaker === 'ch_1')).toBe(true);
    expect(call.roles?.method).toBe('config');
  });

  it('attaches punctuation to the word before it', () => {
    const call = readOne(awsTranscribeReader, jsonSource(transcribeJob(greeting)));
    expect(call.turns.map((t) => t.text)).toEqual(['Thanks for calling, how can I help?', 'My bill is wrong.']);
    expect(call.turns[1].start).toBeCloseTo(2.8);
  });

  it('splits one speaker at a pause longer than 1.5 s but not at a short one', () => {
    const words: Array<[string, string, number?]> = [
      ...greeting,
      ['spk_1', 'Can', 4.3], ['spk_1', 'you', 4.6], ['spk_1', 'check', 4.9], ['spk_1', '?'], // 0.3 s gap: same turn
      ['spk_1', 'Hello', 7.5], // 2.3 s silence: a new turn
    ];
    const call = readOne(awsTranscribeReader, jsonSource(transcribeJob(words)));
    expect(call.turns.map((t) => t.text)).toEqual(['Thanks for calling, how can I help?', 'My bill is wrong. Can you check?', 'Hello']);
    expect(call.turns[2].role).toBe('customer');
  });

  it('takes speakers from speaker_labels.segments when the items carry none (older output)', () => {
    const job = transcribeJob(greeting);
    const segments = [
      { start_time: '0.10', end_time: '2.20', speaker_label: 'spk_0', items: job.results.items.filter((i: any) => i.speaker_label === 'spk_0').map((i: any) => ({ start_time: i.start_time, end_time: i.end_time, speaker_label: 'spk_0' })) },
      { start_time: '2.80', end_time: '4.00', speaker_label: 'spk_1', items: job.results.items.filter((i: any) => i.speaker_label === 'spk_1').map((i: any) => ({ start_time: i.start_time, end_time: i.end_time, speaker_label: 'spk_1' })) },
    ];
    for (const item of job.results.items as any[]) delete item.speaker_label;
    (job.results as any).speaker_labels = { speakers: 2, segments };
    const call = readOne(awsTranscribeReader, jsonSource(job));
    expect(call.turns.map((t) => t.speaker)).toEqual(['spk_0', 'spk_1']);
  });

  it.each([
    ['a job still running', { ...transcribeJob(greeting), status: 'IN_PROGRESS' }, /IN_PROGRESS/],
    ['words without any speaker or channel', { results: { items: [{ type: 'pronunciation', start_time: '0.1', end_time: '0.4', alternatives: [{ content: 'hello' }] }] } }, /speaker/],
    ['one speaker only', transcribeJob(greeting.filter((w) => w[0] === 'spk_0')), /one speaker/],
    ['no words at all', { jobName: 'x', results: { transcripts: [{ transcript: '' }], items: [] } }, /no speech/],
  ])('rejects %s with a clear error', (_name, job, reason) => {
    const error = inputErrorOf(awsTranscribeReader, jsonSource(job, 'job.json'));
    expect(error.file).toBe('job.json');
    expect(error.reason).toMatch(reason);
  });
});

describe('aws-call-analytics', () => {
  it('reads Call Analytics roles, times in milliseconds, vendor sentiment and categories', () => {
    const json = fixtureJson('aws-call-analytics/upgrade-tca.json');
    const call = readOne(awsCallAnalyticsReader, fixtureSource('aws-call-analytics/upgrade-tca.json'));
    expect(call.turns).toHaveLength(json.Transcript.length);
    call.turns.forEach((turn, i) => {
      const entry = json.Transcript[i];
      expect(turn.role).toBe(entry.ParticipantRole === 'AGENT' ? 'agent' : 'customer');
      expect(turn.start).toBe(entry.BeginOffsetMillis / 1000);
      expect(turn.end).toBe(entry.EndOffsetMillis / 1000);
      expect(turn.vendor?.sentiment).toBe(entry.Sentiment.toLowerCase());
    });
    expect(call.roles).toMatchObject({ method: 'format', confidence: 1 });
    expect(call.metadata?.categories).toEqual(json.Categories.MatchedCategories);
  });

  it('marks turns with PII redaction markers as redacted, and only those', () => {
    const call = readOne(awsCallAnalyticsReader, fixtureSource('aws-call-analytics/upgrade-tca.json'));
    for (const turn of call.turns) expect(Boolean(turn.vendor?.redacted)).toBe(turn.text.includes('[PII]'));
    expect(call.turns.some((t) => t.vendor?.redacted)).toBe(true);
  });

  it('maps Contact Lens ParticipantId through Participants and uses the contact id', () => {
    const json = fixtureJson('aws-call-analytics/dispute-contact-lens.json');
    const call = readOne(awsCallAnalyticsReader, fixtureSource('aws-call-analytics/dispute-contact-lens.json'));
    expect(call.id).toBe(json.CustomerMetadata.ContactId);
    expect(call.turns.filter((t) => t.role === 'agent').map((t) => t.text)).toEqual(
      json.Transcript.filter((e: any) => e.ParticipantId === 'AGENT').map((e: any) => e.Content),
    );
    // Contact Lens flags redaction with a Redaction block even where the text shows no marker.
    const flagged = json.Transcript.map((e: any) => 'Redaction' in e);
    expect(call.turns.map((t) => Boolean(t.vendor?.redacted))).toEqual(flagged);
  });

  it('recognises entity-type masks such as [NAME] as redaction', () => {
    const call = readOne(
      awsCallAnalyticsReader,
      jsonSource({
        Transcript: [
          { ParticipantRole: 'AGENT', Content: 'Hi [NAME], how can I help?', BeginOffsetMillis: 0, EndOffsetMillis: 1500 },
          { ParticipantRole: 'CUSTOMER', Content: 'My card ending [CREDIT_DEBIT_NUMBER] was declined.', BeginOffsetMillis: 1700, EndOffsetMillis: 4000 },
          { ParticipantRole: 'AGENT', Content: 'Let me check that [MUSIC] for you.', BeginOffsetMillis: 4200, EndOffsetMillis: 5000 },
        ],
      }),
    );
    expect(call.turns.map((t) => Boolean(t.vendor?.redacted))).toEqual([true, true, false]);
  });

  it('gives SYSTEM and bot participants the role other', () => {
    const call = readOne(
      awsCallAnalyticsReader,
      jsonSource({
        Participants: [
          { ParticipantId: 'p1', ParticipantRole: 'SYSTEM' },
          { ParticipantId: 'p2', ParticipantRole: 'AGENT' },
          { ParticipantId: 'p3', ParticipantRole: 'CUSTOMER' },
        ],
        Transcript: [
          { ParticipantId: 'p1', Content: 'This call may be recorded.', BeginOffsetMillis: 0, EndOffsetMillis: 1000 },
          { ParticipantId: 'p2', Content: 'Hello, how can I help?', BeginOffsetMillis: 1200, EndOffsetMillis: 2000 },
          { ParticipantId: 'p3', Content: 'My order is late.', BeginOffsetMillis: 2200, EndOffsetMillis: 3000 },
        ],
      }),
    );
    expect(call.turns.map((t) => t.role)).toEqual(['other', 'agent', 'customer']);
  });

  it('rejects a job that has not completed and a file with no Transcript', () => {
    expect(inputErrorOf(awsCallAnalyticsReader, jsonSource({ JobStatus: 'FAILED', Transcript: [] })).location).toBe('$.JobStatus');
    expect(inputErrorOf(awsCallAnalyticsReader, jsonSource({ JobStatus: 'COMPLETED' })).location).toBe('$.Transcript');
  });
});
