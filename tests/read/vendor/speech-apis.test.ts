// Deepgram, AssemblyAI, Genesys Cloud and Twilio Conversational Intelligence transcripts.
import { describe, expect, it } from 'vitest';
import { assemblyAiReader } from '../../../src/read/formats/vendor/assemblyai.js';
import { deepgramReader } from '../../../src/read/formats/vendor/deepgram.js';
import { genesysReader } from '../../../src/read/formats/vendor/genesys.js';
import { twilioReader } from '../../../src/read/formats/vendor/twilio.js';
import { fixtureJson, fixtureSource, inputErrorOf, jsonSource, readOne } from './helpers.js';

describe('deepgram', () => {
  it('reads utterances: one turn each, times in seconds, lower-case speech without punctuation', () => {
    const json = fixtureJson('deepgram/parcel-utterances.json');
    const call = readOne(deepgramReader, fixtureSource('deepgram/parcel-utterances.json'));
    expect(call.turns.map((t) => t.text)).toEqual(json.results.utterances.map((u: any) => u.transcript));
    expect(call.turns.map((t) => t.start)).toEqual(json.results.utterances.map((u: any) => u.start));
    expect(call.turns[0]).toMatchObject({ speaker: 'speaker_0', role: 'agent' });
    expect(call.turns[1].role).toBe('customer');
  });

  it('falls back to paragraphs when there are no utterances', () => {
    const json = fixtureJson('deepgram/claim-paragraphs.json');
    const call = readOne(deepgramReader, fixtureSource('deepgram/claim-paragraphs.json'));
    expect(call.turns).toHaveLength(json.results.channels[0].alternatives[0].paragraphs.paragraphs.length);
    expect(call.turns[1].text).toContain('someone backed into my car');
    expect(call.turns[0].role).toBe('agent');
  });

  it('falls back to words, grouping by speaker, and accepts --agent-speaker by number', () => {
    const words = [
      [1, 'hello', 0.1], [1, 'you', 0.4], [1, 'reached', 0.6], [1, 'acme', 0.9], [1, 'support', 1.2],
      [0, 'hi', 2.0], [0, 'my', 2.3], [0, 'order', 2.5], [0, 'is', 2.8], [0, 'late', 3.0],
    ].map(([speaker, word, start]) => ({ word, punctuated_word: word, start, end: (start as number) + 0.2, speaker }));
    const source = jsonSource({ metadata: { request_id: 'r', channels: 1 }, results: { channels: [{ alternatives: [{ transcript: '', words }] }] } });
    const call = readOne(deepgramReader, source, { agentSpeaker: '0' });
    expect(call.turns.map((t) => t.text)).toEqual(['hello you reached acme support', 'hi my order is late']);
    // The option wins over what the words suggest.
    expect(call.turns.map((t) => t.role)).toEqual(['customer', 'agent']);
    expect(call.roles?.method).toBe('config');
  });

  it('interleaves the channels of a multichannel response by time', () => {
    const utterance = (channel: number, start: number, transcript: string) => ({ channel, start, end: start + 1, transcript });
    const source = jsonSource({
      metadata: { request_id: 'r', channels: 2 },
      results: {
        channels: [{ alternatives: [{ transcript: '' }] }, { alternatives: [{ transcript: '' }] }],
        utterances: [utterance(0, 0, 'thanks for calling how can i help'), utterance(0, 5, 'let me check that'), utterance(1, 2, 'my card was declined')],
      },
    });
    const call = readOne(deepgramReader, source);
    expect(call.turns.map((t) => t.speaker)).toEqual(['ch_0', 'ch_0', 'ch_1']);
    expect(call.turns[2].role).toBe('customer');
  });

  it('rejects a response without diarization', () => {
    const source = jsonSource({ results: { utterances: [{ start: 0, end: 1, transcript: 'hello there' }] } });
    expect(inputErrorOf(deepgramReader, source).reason).toMatch(/diarize/);
  });
});

describe('assemblyai', () => {
  it('reads utterances with millisecond times converted to seconds', () => {
    const json = fixtureJson('assemblyai/claim.json');
    const call = readOne(assemblyAiReader, fixtureSource('assemblyai/claim.json'));
    expect(call.id).toBe(json.id);
    expect(call.turns).toHaveLength(json.utterances.length);
    call.turns.forEach((turn, i) => {
      expect(turn.start).toBe(json.utterances[i].start / 1000);
      expect(turn.text).toBe(json.utterances[i].text);
    });
    // Speaker "B" greets: letters say nothing about roles.
    expect(call.turns[0]).toMatchObject({ speaker: 'B', role: 'agent' });
  });

  it('folds sentence sentiment into each utterance', () => {
    const source = jsonSource({
      id: 't1',
      status: 'completed',
      utterances: [
        { speaker: 'A', start: 0, end: 3000, text: 'Thank you for calling, how can I help?' },
        { speaker: 'B', start: 3500, end: 9000, text: 'This is the third time I am calling. Thanks for picking up though.' },
      ],
      sentiment_analysis_results: [
        { text: 'Thank you for calling, how can I help?', start: 0, end: 3000, sentiment: 'POSITIVE' },
        { text: 'This is the third time I am calling.', start: 3500, end: 6000, sentiment: 'NEGATIVE' },
        { text: 'Thanks for picking up though.', start: 6100, end: 9000, sentiment: 'POSITIVE' },
      ],
    });
    const call = readOne(assemblyAiReader, source);
    expect(call.turns.map((t) => t.vendor?.sentiment)).toEqual(['positive', 'mixed']);
  });

  it.each([
    ['a transcript still processing', { id: 'x', status: 'processing', utterances: null }, /processing/],
    ['a transcript without speaker labels', { id: 'x', status: 'completed', text: 'hello', utterances: null }, /speaker_labels/],
  ])('rejects %s', (_name, json, reason) => {
    expect(inputErrorOf(assemblyAiReader, jsonSource(json)).reason).toMatch(reason);
  });
});

describe('genesys', () => {
  it('maps internal to agent and external to customer, with the agent id from participants', () => {
    const json = fixtureJson('genesys/roaming.json');
    const call = readOne(genesysReader, fixtureSource('genesys/roaming.json'));
    const phrases = json.transcripts[0].phrases;
    expect(call.turns.map((t) => t.role)).toEqual(phrases.map((p: any) => (p.participantPurpose === 'internal' ? 'agent' : 'customer')));
    expect(call.agent.id).toBe(json.participants.find((p: any) => p.participantPurpose === 'internal').userId);
    expect(call.id).toBe(json.conversationId);
    expect(call.turns[0].start).toBe(phrases[0].offset.milliseconds / 1000);
    expect(call.roles?.method).toBe('format');
  });

  it('keeps negative phrase sentiment from the analytics block', () => {
    const call = readOne(genesysReader, fixtureSource('genesys/roaming.json'));
    const upset = call.turns.find((t) => t.text.includes('ridiculous'));
    expect(upset?.vendor?.sentiment).toBe('negative');
  });

  it('makes epoch startTimeMs relative to the call when no offset is given', () => {
    const epoch = 1_700_000_000_000;
    const source = jsonSource({
      conversationId: 'c-1',
      transcripts: [
        {
          startTime: epoch,
          phrases: [
            { participantPurpose: 'external', text: 'Hi, my router keeps dropping.', startTimeMs: epoch + 4200, duration: { milliseconds: 2000 } },
            { participantPurpose: 'internal', text: 'Sorry about that, let me check.', startTimeMs: epoch + 7000, duration: { milliseconds: 1500 } },
          ],
        },
      ],
    });
    const call = readOne(genesysReader, source);
    expect(call.turns.map((t) => [t.start, t.end])).toEqual([
      [4.2, 6.2],
      [7, 8.5],
    ]);
    expect(call.agent.id).toBe('unknown');
  });
});

describe('twilio', () => {
  it('maps media channels to participants and takes the agent from the participant list', () => {
    const json = fixtureJson('twilio/appointment.json');
    const call = readOne(twilioReader, fixtureSource('twilio/appointment.json'));
    expect(call.agent).toEqual({ id: 'kelly.moore', name: 'Kelly Moore' });
    expect(call.id).toBe(json.transcript.customer_key);
    call.turns.forEach((turn, i) => {
      const sentence = json.sentences[i];
      expect(turn.role).toBe(sentence.media_channel === 2 ? 'agent' : 'customer');
      expect(turn.start).toBe(Number(sentence.start_time));
    });
  });

  it('reads a bare array of sentences, in sentence_index order, and honours --agent-channel', () => {
    const sentences = [
      { media_channel: 1, sentence_index: 1, start_time: '3.1', end_time: '5.0', transcript: 'Yes, my internet is down again.' },
      { media_channel: 2, sentence_index: 0, start_time: '0.2', end_time: '2.9', transcript: 'Hello, thanks for calling. How can I help?' },
      { media_channel: 2, sentence_index: 2, start_time: '5.4', end_time: '7.0', transcript: 'Let me run a line test.' },
    ];
    const source = jsonSource(sentences, 'sentences.json');
    expect(twilioReader.sniff(source, sentences)).toBeGreaterThan(0.5);
    const byHeuristic = readOne(twilioReader, source);
    expect(byHeuristic.turns.map((t) => t.text)).toEqual([sentences[1].transcript, sentences[0].transcript, sentences[2].transcript]);
    expect(byHeuristic.turns.map((t) => t.role)).toEqual(['agent', 'customer', 'agent']);
    const byOption = readOne(twilioReader, source, { agentChannel: '1' });
    expect(byOption.turns.map((t) => t.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
