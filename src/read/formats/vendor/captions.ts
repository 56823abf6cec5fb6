// Shared parsing of caption files (WebVTT, SRT): cues with timings, speakers from voice tags or "Name:" prefixes.
import { InputError } from '../../../errors.js';
import type { SourceText } from '../../types.js';
import type { RawTurn } from './common.js';

export interface Cue {
  /** 1-based line of the cue's timing line. */
  line: number;
  start: number;
  end: number;
  /** Payload lines, tags still in. */
  payload: string[];
}

const TIMESTAMP = String.raw`(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}`;
const TIMING_LINE = new RegExp(String.raw`^\s*(${TIMESTAMP})\s*-->\s*(${TIMESTAMP})(?:\s|$)`);
/** Consecutive lines of one speaker closer than this are one turn. */
const SAME_TURN_GAP_SECONDS = 2;

export function looksLikeTimingLine(line: string): boolean {
  return TIMING_LINE.test(line);
}

/** "01:02:03.456", "02:03,456" to seconds. */
export function parseTimestamp(text: string): number {
  const [clock, fraction] = text.split(/[.,]/);
  const parts = clock.split(':').map(Number);
  let seconds = 0;
  for (const part of parts) seconds = seconds * 60 + part;
  return seconds + Number(`0.${fraction}`);
}

/**
 * Splits caption text into cues. Blocks without a timing line (the WEBVTT header, NOTE, STYLE, REGION, SRT
 * numbers on their own) are skipped; a line with "-->" that does not parse is an error at that line.
 */
export function parseCues(source: SourceText, format: string): Cue[] {
  const lines = source.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  let current: Cue | undefined;
  let skippingBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      current = undefined;
      skippingBlock = false;
      continue;
    }
    if (current) {
      current.payload.push(line);
      continue;
    }
    if (skippingBlock) continue;
    if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(line)) {
      skippingBlock = true;
      continue;
    }
    if (line.includes('-->')) {
      const match = TIMING_LINE.exec(line);
      if (!match) throw new InputError(source.file, `line ${i + 1}`, `${format}: cannot read the cue timing "${line.trim().slice(0, 60)}"`);
      current = { line: i + 1, start: parseTimestamp(match[1]), end: parseTimestamp(match[2]), payload: [] };
      cues.push(current);
      continue;
    }
    // A cue id or SRT number precedes its timing line; anything else (header, NOTE, STYLE) is skipped whole.
    const next = lines[i + 1];
    if (next === undefined || !next.includes('-->')) skippingBlock = true;
  }
  return cues;
}

const VOICE_TAG = /<v(?:\.[^\s>]*)?\s+([^>]+)>/i;
const ANY_TAG = /<[^>]*>|\{\\[^}]*\}/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&lrm;': '', '&rlm;': '', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const ENTITY = /&(?:amp|lt|gt|nbsp|lrm|rlm|quot|#39|apos);/g;
/** "Dana Smith:", "AGENT:", ">> Customer:", "Speaker 1:" at the start of a line. */
const NAME_PREFIX = /^(?:>>\s*|-\s+)?([\p{L}\p{N}][\p{L}\p{N} .'’_()-]{0,40}?)\s*:\s+(\S.*)$/u;
const LABEL_WORD = /^(?:agent|customer|caller|speaker|rep|representative|advisor|client|operator|supervisor|ivr|bot|system)\b/i;

/** The speaker named at the start of a caption line, if the prefix really is a name and not a sentence. */
function namePrefix(line: string): { speaker: string; text: string } | undefined {
  const match = NAME_PREFIX.exec(line);
  if (!match) return undefined;
  const name = match[1].trim();
  const words = name.split(/\s+/);
  if (words.length > 4) return undefined;
  // Real names are capitalised ("Dana Smith", "AGENT"); "so here's the thing:" is speech.
  const looksLikeName = LABEL_WORD.test(name) || words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w));
  if (!looksLikeName || /^\d+$/.test(name)) return undefined;
  return { speaker: name, text: match[2] };
}

function decode(text: string): string {
  return text.replace(ENTITY, (e) => ENTITIES[e] ?? e);
}

/**
 * Cues to turns: the speaker comes from a voice tag or a name prefix, else continues from the line before;
 * consecutive lines of one speaker merge into one turn.
 */
export function cuesToTurns(source: SourceText, format: string, cues: Cue[]): RawTurn[] {
  const turns: RawTurn[] = [];
  let speaker: string | undefined;
  let sawSpeaker = false;
  for (const cue of cues) {
    for (const raw of cue.payload) {
      const voice = VOICE_TAG.exec(raw);
      let text = decode(raw.replace(ANY_TAG, '')).trim();
      if (voice) {
        speaker = voice[1].trim();
        sawSpeaker = true;
      } else {
        const prefixed = namePrefix(text);
        if (prefixed) {
          speaker = prefixed.speaker;
          text = prefixed.text;
          sawSpeaker = true;
        }
      }
      text = text.replace(/^-\s+/, '');
      if (!text) continue;
      const who = speaker ?? '';
      const previous = turns[turns.length - 1];
      if (previous && previous.speaker === who && (previous.end === undefined || cue.start - previous.end <= SAME_TURN_GAP_SECONDS)) {
        previous.text += ` ${text}`;
        previous.end = Math.max(previous.end ?? cue.end, cue.end);
      } else {
        turns.push({ speaker: who, text, start: cue.start, end: cue.end });
      }
    }
  }
  if (!sawSpeaker && turns.length > 0) {
    throw new InputError(source.file, `line ${cues[0].line}`, `${format}: no speaker names found (use <v Name> voice tags or "Name:" prefixes)`);
  }
  // Lines before the first named speaker cannot be attributed: name them plainly so the error is clear.
  for (const turn of turns) if (turn.speaker === '') turn.speaker = 'unnamed';
  return turns;
}
