// The read step: paths in, a stream of Transcripts and located InputErrors out, one file at a time.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { STDIN_FILE } from './call.js';
import { decodeBytes, detectEncoding, normaliseText } from './decode.js';
import { detectReader, findReader } from './detect.js';
import { jsonlReader, readJsonlLine } from './formats/jsonl.js';
import { expandInputs, STDIN_PATH } from './inputs.js';
import type { ReadItem, ReadOptions, SourceText } from './types.js';

export interface ReadInputsOptions extends ReadOptions {
  /** --input-format: a reader name that overrides detection. */
  inputFormat?: string;
  /** Where "-" reads from; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** Files above this size are looked at before being loaded: a JSONL export is streamed line by line. */
const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

/**
 * Reads every call under `paths`, yielding each Transcript as soon as its file is read and an InputError
 * for each file or record that cannot be read, so one bad file never stops the batch.
 * Throws only UsageError (an unknown --input-format), before reading anything.
 */
export async function* readInputs(paths: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<ReadItem> {
  if (options.inputFormat) findReader(options.inputFormat);
  for (const entry of await expandInputs(paths)) {
    if (entry instanceof InputError) {
      yield entry;
      continue;
    }
    if (entry === STDIN_PATH) {
      yield* readBytes(await readAll(options.stdin ?? process.stdin), STDIN_FILE, options);
      continue;
    }
    yield* readFileItems(entry, options);
  }
}

/** Reads one file (streaming large JSONL); never throws InputError, yields it. */
export async function* readFileItems(file: string, options: ReadInputsOptions = {}): AsyncGenerator<ReadItem> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    yield fileError(file, error);
    return;
  }
  try {
    if (size > STREAM_THRESHOLD_BYTES && (await isStreamableJsonl(file, options))) {
      yield* streamJsonl(file);
      return;
    }
  } catch (error) {
    if (error instanceof InputError) {
      yield error;
      return;
    }
    throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield fileError(file, error);
    return;
  }
  yield* readBytes(bytes, file, options);
}

/** Decodes and reads one file's bytes: BOM, UTF-16 and binary handled here. */
export function readBytes(bytes: Uint8Array, file: string, options: ReadInputsOptions = {}): ReadItem[] {
  let text: string;
  try {
    text = decodeBytes(bytes, file);
  } catch (error) {
    if (error instanceof InputError) return [error];
    throw error;
  }
  return [...readSourceItems({ file, text }, options)];
}

/** Reads already-decoded text (tests and the library API); line ends and no-break spaces are normalised first. */
export function readText(text: string, file: string, options: ReadInputsOptions = {}): ReadItem[] {
  return [...readSourceItems({ file, text: normaliseText(text) }, options)];
}

function* readSourceItems(source: SourceText, options: ReadInputsOptions): Generator<ReadItem> {
  try {
    const { reader, json } = detectReader(source, options);
    yield* reader.read(source, options, json);
  } catch (error) {
    if (error instanceof InputError) yield error;
    else throw error;
  }
}

/** Looks at a big file's first bytes: stream it when it is UTF-8 JSONL (by override, extension or content). */
async function isStreamableJsonl(file: string, options: ReadInputsOptions): Promise<boolean> {
  const handle = await open(file, 'r');
  let head: Uint8Array;
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (detectEncoding(head, file) !== 'utf-8') return false;
  if (options.inputFormat) return options.inputFormat.trim().toLowerCase() === jsonlReader.name;
  if (jsonlReader.extensions.includes(extname(file).toLowerCase())) return true;
  const headText = normaliseText(new TextDecoder('utf-8').decode(head));
  return jsonlReader.sniff({ file, text: headText }, undefined) >= 0.6;
}

async function* streamJsonl(file: string): AsyncGenerator<ReadItem> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let yielded = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const item = readJsonlLine(line, lineNo, file);
      if (item) {
        yielded = true;
        yield item;
      }
    }
  } catch (error) {
    yield fileError(file, error);
    return;
  } finally {
    lines.close();
    input.destroy();
  }
  if (!yielded) yield new InputError(file, '', 'empty file');
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

function fileError(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : `cannot read: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  return new InputError(file, '', reason);
}

export { detectReader, findReader, parseJsonIfLikely } from './detect.js';
export { expandInputs, TRANSCRIPT_EXTENSIONS, type InputEntry } from './inputs.js';
export { cleanTurnText, decodeBytes, normaliseText } from './decode.js';
export { callProblem, STDIN_FILE } from './call.js';
export { readers } from './formats/index.js';
export type { ReadItem, ReadOptions, Reader, SourceText } from './types.js';
