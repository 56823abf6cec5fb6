// The explicit registry of input-format readers: core formats first, then the vendor formats.
import type { Reader } from '../types.js';
import { csvReader } from './csv.js';
import { jsonlReader } from './jsonl.js';
import { nativeJsonReader } from './native-json.js';
import { textReader } from './text.js';
import { vendorReaders } from './vendor/index.js';

export const coreReaders: Reader[] = [nativeJsonReader, jsonlReader, textReader, csvReader];

/** Every reader, in the order detection breaks exact ties after the extension check. */
export const readers: Reader[] = [...coreReaders, ...vendorReaders];

export { csvReader, jsonlReader, nativeJsonReader, textReader };
