// Picks the reader for one file: --input-format if given, else the reader most sure of the content, extension breaking ties.
import { extname } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { readers as registry } from './formats/index.js';
import type { Reader, SourceText } from './types.js';

export interface Detection {
  reader: Reader;
  /** The parsed JSON when the text is valid JSON (parsed once, shared by sniff and read), else undefined. */
  json: unknown;
}

/** Below this, valid JSON is not claimed by anyone: "unknown shape" beats a wrong guess. */
const MIN_JSON_CONFIDENCE = 0.3;

/** The reader named by --input-format; UsageError listing the names when there is none. */
export function findReader(name: string, readers: readonly Reader[] = registry): Reader {
  const wanted = name.trim().toLowerCase();
  const reader = readers.find((r) => r.name === wanted);
  if (!reader) {
    throw new UsageError(`unknown input format "${name}"`, `use one of: ${readers.map((r) => r.name).join(', ')}`);
  }
  return reader;
}

/** JSON.parse when the text starts like JSON and parses; undefined otherwise (JSONL, text, CSV, broken JSON). */
export function parseJsonIfLikely(text: string): unknown {
  const first = firstNonSpace(text);
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function detectReader(source: SourceText, options: { inputFormat?: string } = {}, readers: readonly Reader[] = registry): Detection {
  const json = parseJsonIfLikely(source.text);
  if (options.inputFormat) return { reader: findReader(options.inputFormat, readers), json };
  if (source.text.trim() === '') throw new InputError(source.file, '', 'empty file');

  const ext = extname(source.file).toLowerCase();
  let best: Reader | undefined;
  let bestScore = 0;
  let bestExt = false;
  for (const reader of readers) {
    const score = safeSniff(reader, source, json);
    if (score <= 0) continue;
    const extMatch = reader.extensions.includes(ext);
    if (score > bestScore || (score === bestScore && extMatch && !bestExt)) {
      best = reader;
      bestScore = score;
      bestExt = extMatch;
    }
  }

  const tried = readers.map((r) => r.name).join(', ');
  if (json !== undefined) {
    if (best && bestScore >= MIN_JSON_CONFIDENCE) return { reader: best, json };
    throw new InputError(source.file, '', `valid JSON, but not a transcript shape callaudit knows (tried: ${tried}); use --input-format to choose one`);
  }
  if (best) return { reader: best, json };
  // Nobody recognises the content, but the extension names a format: let that reader say precisely what is wrong.
  const byExtension = readers.find((r) => r.extensions.includes(ext));
  if (byExtension) return { reader: byExtension, json };
  throw new InputError(source.file, '', `not a transcript format callaudit recognises (tried: ${tried}); use --input-format to choose one`);
}

/** A sniff is a guess: one that throws on odd input must not stop the other readers from looking. */
function safeSniff(reader: Reader, source: SourceText, json: unknown): number {
  try {
    const score = reader.sniff(source, json);
    return Number.isFinite(score) ? score : 0;
  } catch {
    return 0;
  }
}

function firstNonSpace(text: string): string | undefined {
  for (let i = 0; i < text.length && i < 4096; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\n' && ch !== '\t' && ch !== '\r') return ch;
  }
  return undefined;
}
