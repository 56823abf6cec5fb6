// Reads SubRip captions (.srt): numbered cues with timings, speakers from "Name:" prefixes.
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import { cuesToTurns, looksLikeTimingLine, parseCues } from './captions.js';
import { buildCall } from './common.js';

const FORMAT = 'srt';

export const srtReader: Reader = {
  name: FORMAT,
  description: 'SubRip captions (.srt): numbered cues with "Name:" prefixes',
  extensions: ['.srt'],
  sniff(source, json) {
    if (json !== undefined || /^\uFEFF?WEBVTT/.test(source.text)) return 0;
    // Only the head of the file: a cue number, then its timing line with comma decimals.
    const head = source.text.slice(0, 400).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
    if (head.length >= 2 && /^\s*\d+\s*$/.test(head[0]) && looksLikeTimingLine(head[1])) return head[1].includes(',') ? 0.95 : 0.8;
    return head.slice(0, 4).some(looksLikeTimingLine) ? 0.4 : 0;
  },
  *read(source, options) {
    yield readSrt(source, options);
  },
};

export function readSrt(source: SourceText, options: ReadOptions): ReadItem {
  const turns = cuesToTurns(source, FORMAT, parseCues(source, FORMAT));
  return buildCall(source, FORMAT, {}, turns, options);
}
