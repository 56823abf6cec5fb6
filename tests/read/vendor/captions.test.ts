// WebVTT and SRT caption files: cues, voice tags, name prefixes and the errors a broken file gets.
import { describe, expect, it } from 'vitest';
import { srtReader } from '../../../src/read/formats/vendor/srt.js';
import { webvttReader } from '../../../src/read/formats/vendor/webvtt.js';
import { fixtureSource, inputErrorOf, readOne } from './helpers.js';

const vtt = (body: string) => ({ file: 'call.vtt', text: `WEBVTT\n\n${body}` });
const srt = (body: string) => ({ file: 'call.srt', text: body });

describe('webvtt', () => {
  it('reads voice tags and merges one speaker\'s consecutive cues into one turn', () => {
    const call = readOne(webvttReader, fixtureSource('webvtt/refund-teams.vtt'));
    expect(call.turns).toHaveLength(10);
    expect(call.turns[0]).toMatchObject({ speaker: 'Ravi Shah', role: 'agent', start: 0.8 });
    expect(call.turns[1]).toMatchObject({ speaker: 'Nora Klein', role: 'customer' });
    // The agent's answer spans two cues in the file; it is one turn with both halves.
    const split = call.turns.find((t) => t.text.startsWith('Understood.'));
    expect(split?.text).toContain("I'll process a full refund now and cancel auto renewal.");
    expect(call.turns.every((t) => !t.text.includes('<'))).toBe(true);
  });

  it('reads "Name:" prefixes (Zoom), hour-less timestamps and HTML entities', () => {
    const call = readOne(
      webvttReader,
      vtt('1\n00:01.000 --> 00:04.000\nSam Ortiz: Thank you for calling Acme, how can I help?\n\n2\n00:05.000 --> 00:08.500\nLee Park: My bill &amp; my plan don&#39;t match.\n'),
    );
    expect(call.turns.map((t) => [t.speaker, t.text, t.start, t.end])).toEqual([
      ['Sam Ortiz', 'Thank you for calling Acme, how can I help?', 1, 4],
      ['Lee Park', "My bill & my plan don't match.", 5, 8.5],
    ]);
  });

  it('does not mistake speech with a colon for a speaker name', () => {
    const call = readOne(
      webvttReader,
      vtt('00:00:01.000 --> 00:00:03.000\n<v Agent>Thanks for calling, how can I help?\n\n00:00:04.000 --> 00:00:09.000\n<v Customer>so here is the thing: my modem keeps rebooting\n'),
    );
    expect(call.turns[1]).toMatchObject({ speaker: 'Customer', text: 'so here is the thing: my modem keeps rebooting' });
    expect(call.roles?.method).toBe('labels');
  });

  it('skips NOTE and STYLE blocks', () => {
    const call = readOne(
      webvttReader,
      vtt('STYLE\n::cue { color: yellow }\n\nNOTE a 00:00:00.000 --> looking line inside a note is not a cue\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Hello, how can I help?\n\n00:00:03.000 --> 00:00:04.000\n<v Customer>My card is blocked.\n'),
    );
    expect(call.turns).toHaveLength(2);
  });

  it.each([
    ['a cue timing that does not parse', vtt('00:00:01.000 --> 00:00:02.000\n<v A>Hi\n\n00:00:03 --> later\n<v B>Hello\n'), 'line 6', /cue timing/],
    ['captions without any speaker names', vtt('00:00:01.000 --> 00:00:02.000\nhello\n\n00:00:03.000 --> 00:00:04.000\nhi there\n'), 'line 3', /no speaker names/],
    ['a header with no cues', vtt(''), '', /no speech/],
  ])('rejects %s at a line', (_name, source, location, reason) => {
    const error = inputErrorOf(webvttReader, source);
    expect(error.location).toBe(location);
    expect(error.reason).toMatch(reason);
  });
});

describe('srt', () => {
  it('reads numbered cues with CRLF line ends and comma decimals', () => {
    const call = readOne(srtReader, fixtureSource('srt/lockout.srt'));
    expect(call.turns).toHaveLength(10);
    expect(call.turns[0]).toMatchObject({ speaker: 'Grace Lee', role: 'agent', start: 0.6, end: 6.24 });
    expect(call.turns[1]).toMatchObject({ speaker: 'Tom Baker', role: 'customer' });
  });

  it('splits a cue that holds two speakers and carries the speaker over unnamed cues', () => {
    const call = readOne(
      srtReader,
      srt(
        '1\n00:00:01,000 --> 00:00:03,000\nAGENT: Thanks for calling, how can I help?\nCALLER: Hi, my account is locked.\n\n' +
          '2\n00:00:03,500 --> 00:00:05,000\nI tried three times.\n\n3\n00:00:06,000 --> 00:00:08,000\nAGENT: Let me unlock that for you.\n',
      ),
    );
    expect(call.turns.map((t) => [t.role, t.text])).toEqual([
      ['agent', 'Thanks for calling, how can I help?'],
      ['customer', 'Hi, my account is locked. I tried three times.'],
      ['agent', 'Let me unlock that for you.'],
    ]);
  });

  it('does not claim a WebVTT file or plain text', () => {
    expect(srtReader.sniff(fixtureSource('webvtt/refund-teams.vtt'), undefined)).toBe(0);
    expect(srtReader.sniff({ file: 'a.txt', text: 'Agent: hello\nCustomer: hi' }, undefined)).toBe(0);
  });

  it('rejects a call with a single named speaker', () => {
    const error = inputErrorOf(srtReader, srt('1\n00:00:01,000 --> 00:00:02,000\nDana: Hello?\n\n2\n00:00:03,000 --> 00:00:04,000\nDana: Anyone there?\n'));
    expect(error.reason).toMatch(/only one speaker/);
  });
});
