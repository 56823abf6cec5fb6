// Reads WebVTT captions (Teams, Zoom, Meet exports): cue timings, speakers from <v Name> tags or "Name:" prefixes.
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../types.js';
import { cuesToTurns, parseCues } from './captions.js';
import { buildCall } from './common.js';

const FORMAT = 'webvtt';
const HEADER = /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/;

export const webvttReader: Reader = {
  name: FORMAT,
  description: 'WebVTT captions (.vtt) with <v Name> voice tags or "Name:" prefixes',
  extensions: ['.vtt'],
  sniff(source, json) {
    if (json !== undefined) return 0;
    return HEADER.test(source.text) ? 1 : 0;
  },
  *read(source, options) {
    yield readWebVtt(source, options);
  },
};

export function readWebVtt(source: SourceText, options: ReadOptions): ReadItem {
  const turns = cuesToTurns(source, FORMAT, parseCues(source, FORMAT));
  return buildCall(source, FORMAT, {}, turns, options);
}
