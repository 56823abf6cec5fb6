// Input hygiene: encodings, line ends, odd spaces and quotes, and binary files, as Windows and STT exports produce them.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { cleanTurnText, decodeBytes } from '../../src/read/decode.js';
import { readBytes, readText } from '../../src/read/index.js';
import { fixture, onlyCall, onlyError, callsOf } from './helpers.js';

const textCall = fixture('formats/call.txt');
const nativeCall = fixture('formats/native.json');
const csvCalls = fixture('formats/utterances.csv');

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

describe('encodings give the same calls as plain UTF-8', () => {
  const cases: Array<[string, string, string, (text: string) => Uint8Array]> = [
    ['UTF-8 with BOM, text', 'call.txt', textCall, (t) => Buffer.from(`\ufeff${t}`, 'utf8')],
    ['UTF-8 with BOM, JSON', 'native.json', nativeCall, (t) => Buffer.from(`\ufeff${t}`, 'utf8')],
    ['UTF-8 with BOM, CSV', 'utterances.csv', csvCalls, (t) => Buffer.from(`\ufeff${t}`, 'utf8')],
    ['UTF-16 LE with BOM, text', 'call.txt', textCall, (t) => utf16(t, 'le')],
    ['UTF-16 BE with BOM, text', 'call.txt', textCall, (t) => utf16(t, 'be')],
    ['UTF-16 LE with BOM, JSON', 'native.json', nativeCall, (t) => utf16(t, 'le')],
    ['UTF-16 BE with BOM, CSV', 'utterances.csv', csvCalls, (t) => utf16(t, 'be')],
    ['UTF-16 LE without BOM, text', 'call.txt', textCall, (t) => utf16(t, 'le', false)],
  ];
  it.each(cases)('%s', (_name, file, text, encode) => {
    const plain = callsOf(readBytes(Buffer.from(text, 'utf8'), file));
    const encoded = readBytes(encode(text), file);
    expect(callsOf(encoded)).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });
});

describe('line ends', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('%s line ends read like LF', (_name, eol) => {
    const plain = onlyCall(readText(textCall, 'call.txt'));
    const converted = onlyCall(readBytes(Buffer.from(textCall.replace(/\n/g, eol)), 'call.txt'));
    expect(converted).toEqual(plain);
    expect(converted.turns.every((turn) => !turn.text.includes('\r'))).toBe(true);
  });

  it('CRLF inside a CSV quoted field does not shift line numbers in errors', () => {
    const csv = 'call_id,role,text\r\nc1,agent,"Hello,\r\nhow can I help?"\r\nc1,caller-ish,Hi\r\n';
    const error = onlyError(readBytes(Buffer.from(csv), 'x.csv'));
    expect(error.location).toBe('line 4');
  });
});

describe('turn text cleaning', () => {
  it.each([
    ['no-break spaces', 'I\u00a0understand,\u00a0truly', 'I understand, truly'],
    ['narrow no-break space', '24\u202fhours', '24 hours'],
    ['tabs', 'so\tthe\t\trouter', 'so the router'],
    ['curly apostrophe', 'I\u2019m sorry to hear that', "I'm sorry to hear that"],
    ['curly double quotes', 'she said \u201cnot again\u201d', 'she said "not again"'],
    ['zero-width space', 'refund\u200bed', 'refunded'],
    ['surrounding space', '  okay  ', 'okay'],
    ['already clean', "that's fine", "that's fine"],
  ])('%s', (_name, input, expected) => {
    expect(cleanTurnText(input)).toBe(expected);
  });

  it('smart quotes inside JSON strings are cleaned without breaking the JSON', () => {
    const json = JSON.stringify({
      id: 'c1',
      agent: { id: 'a1' },
      turns: [
        { role: 'customer', text: 'You said \u201cit\u2019s fixed\u201d last week' },
        { role: 'agent', text: 'I\u2019m sorry,\u00a0let me check' },
      ],
    });
    const call = onlyCall(readText(json, 'c1.json'));
    expect(call.turns.map((t) => t.text)).toEqual(['You said "it\'s fixed" last week', "I'm sorry, let me check"]);
  });

  it('smart quotes inside CSV quoted fields are cleaned without breaking the CSV', () => {
    const csv = 'call_id,role,text\nc1,customer,"You said \u201cnext day\u201d, it\u2019s been a week"\nc1,agent,"I\u2019m sorry"\n';
    const call = onlyCall(readText(csv, 'c.csv'));
    expect(call.turns.map((t) => t.text)).toEqual(['You said "next day", it\'s been a week', "I'm sorry"]);
  });

  it('no-break space after a text label still reads as a label', () => {
    const call = onlyCall(readText('Agent:\u00a0Hello there\nCustomer:\u00a0Hi', 'nb.txt'));
    expect(call.turns.map((t) => [t.role, t.text])).toEqual([
      ['agent', 'Hello there'],
      ['customer', 'Hi'],
    ]);
  });
});

describe('legacy and binary bytes', () => {
  it('reads a Windows-1252 export (curly apostrophe 0x92, accented letters)', () => {
    const bytes = Buffer.concat([
      Buffer.from('Agent: I'),
      Buffer.from([0x92]),
      Buffer.from('m sorry, Ren'),
      Buffer.from([0xe9]),
      Buffer.from('e\nCustomer: Thanks\n'),
    ]);
    const call = onlyCall(readBytes(bytes, 'legacy.txt'));
    expect(call.turns[0].text).toBe("I'm sorry, Renée");
  });

  it('keeps accented and non-Latin UTF-8 text intact', () => {
    const call = onlyCall(readBytes(Buffer.from('Agent: Grüß Gott, ¿cómo está? 你好\nCustomer: 😊 bien'), 'u.txt'));
    expect(call.turns.map((t) => t.text)).toEqual(['Grüß Gott, ¿cómo está? 你好', '😊 bien']);
  });

  it.each([
    ['NUL bytes', Buffer.concat([Buffer.from('Agent: hi\n'), Buffer.from([0, 0, 0, 1, 2, 3])])],
    ['compressed-looking bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 128)))],
    ['control bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])('%s are a binary file, not a transcript', (_name, bytes) => {
    const error = onlyError(readBytes(bytes, 'audio.txt'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe('audio.txt');
    expect(error.reason).toBe('binary file, not a transcript');
  });

  it('decodeBytes turns CRLF into LF and drops the BOM', () => {
    expect(decodeBytes(Buffer.from('\ufeffa\r\nb\rc'), 'f.txt')).toBe('a\nb\nc');
  });
});
