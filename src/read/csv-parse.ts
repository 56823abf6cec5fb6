// csv-parse, loaded on first use: most runs read no CSV, and each module loaded at start-up delays a one-call audit.
import { createRequire } from 'node:module';
import type { Options } from 'csv-parse/sync';

const require = createRequire(import.meta.url);

/** csv-parse/sync's `parse`, loading the library on the first call (require is synchronous, like the readers). */
export function parseCsv(text: string, options: Options): unknown {
  const { parse } = require('csv-parse/sync') as typeof import('csv-parse/sync');
  return parse(text, options);
}
