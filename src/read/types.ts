// The contract every input-format reader fulfils.
import type { InputError } from '../errors.js';
import type { Transcript } from '../model/transcript.js';

export interface ReadOptions {
  /** Plain-text labels, case-insensitive (default Agent / Customer). */
  agentLabel?: string[];
  customerLabel?: string[];
  /** Speaker or channel to treat as the agent when the format does not say (issue 3). */
  agentSpeaker?: string;
  agentChannel?: string;
  /** CSV column names, when they differ from the defaults. */
  csvColumns?: Partial<Record<'call' | 'agent' | 'speaker' | 'role' | 'start' | 'end' | 'text', string>>;
}

/** One file's contents, already decoded to a string (BOM and UTF-16 handled by the caller). */
export interface SourceText {
  file: string;
  text: string;
}

/** What a reader yields: calls, and errors for the records it had to skip. A whole-file failure is thrown as InputError. */
export type ReadItem = Transcript | InputError;

export interface Reader {
  /** Format name as used by --input-format. */
  name: string;
  description: string;
  /** File extensions (lower-case, with dot) that suggest this format. */
  extensions: string[];
  /**
   * How sure the reader is that this content is its format, 0 (no) .. 1 (certain), from a cheap look.
   * `json` is the parsed value when the text is valid JSON (parsed once for all readers), else undefined.
   */
  sniff(source: SourceText, json: unknown): number;
  read(source: SourceText, options: ReadOptions, json: unknown): Iterable<ReadItem>;
}
