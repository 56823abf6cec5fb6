// Reader for JSON Lines batch exports: one native call per line; a bad line is reported and the rest still read.
import { InputError } from '../../errors.js';
import type { ReadItem, Reader } from '../types.js';
import { jsonSyntaxError, nativeLikeness, transcriptFromNative } from './native-json.js';

export const JSONL_FORMAT = 'jsonl';

export const jsonlReader: Reader = {
  name: JSONL_FORMAT,
  description: 'JSON Lines: one native call per line (batch exports)',
  extensions: ['.jsonl', '.ndjson'],
  sniff(source, json) {
    // A one-line file is plain JSON too; native-json reads it the same way.
    if (json !== undefined) return 0;
    let looked = 0;
    let objectLines = 0;
    let start = 0;
    while (looked < 5 && start < source.text.length) {
      let end = source.text.indexOf('\n', start);
      if (end === -1) end = source.text.length;
      // Sniffing must stay cheap: a huge first line is judged by its ends, not parsed.
      const line = source.text.slice(start, Math.min(end, start + 1_000_000)).trim();
      const whole = end - start <= 1_000_000;
      start = end + 1;
      if (!line) continue;
      looked++;
      if (line.startsWith('{') && whole) {
        try {
          if (nativeLikeness(JSON.parse(line)) >= 0.6) return 0.95;
        } catch {
          // A bad first line must not hide good ones: keep looking.
        }
        if (line.endsWith('}')) objectLines++;
      } else if (line.startsWith('{')) objectLines++;
    }
    if (objectLines >= 2) return 0.6;
    return objectLines === 1 ? 0.25 : 0;
  },
  *read(source) {
    let start = 0;
    let lineNo = 0;
    let yielded = false;
    const text = source.text;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      lineNo++;
      const item = readJsonlLine(text.slice(start, end), lineNo, source.file);
      if (item) {
        yielded = true;
        yield item;
      }
      start = end + 1;
    }
    if (!yielded) throw new InputError(source.file, '', 'empty file');
  },
};

/** One JSONL line to a call or a located error; undefined for a blank line. Shared with the streaming path. */
export function readJsonlLine(line: string, lineNo: number, file: string): ReadItem | undefined {
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return jsonSyntaxError({ file, text: line }, error, lineNo - 1, 'line');
  }
  return transcriptFromNative(value, file, JSONL_FORMAT, '$', `line ${lineNo}`);
}
