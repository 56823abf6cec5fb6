// `callaudit merge`: combine partial results of shards (--format partial) into the scorecards of one run.
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXIT, openSink, parseNumber } from './shared.js';
import { VERSION } from './version.js';

interface MergeFlags {
  format: string;
  output?: string;
  csvLevel: 'agent';
  threshold: string;
  minScore?: string;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge partial results from sharded runs (audit --format partial) into one set of scorecards')
    .argument('<files...>', 'partial result files')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['table', 'json', 'csv', 'partial']).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--threshold <n>', 'pass mark for pass rates', '70')
    .option('--min-score <n>', 'exit 1 when any agent scores below n')
    .action(async (files: string[], flags: MergeFlags) => {
      const [{ chalkLevel }, { getFormatter }, { BatchAggregate }] = await Promise.all([
        import('../report/color.js'),
        import('../report/index.js'),
        import('../score/aggregate.js'),
      ]);
      const minScore = flags.minScore !== undefined ? parseNumber('--min-score', flags.minScore, { min: 0, max: 100 }) : undefined;
      const threshold = flags.minScore !== undefined && flags.threshold === '70' ? minScore! : parseNumber('--threshold', flags.threshold, { min: 0, max: 100 });
      const merged = new BatchAggregate();
      for (const file of files) {
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (err) {
          throw new UsageError(`${file}: not a partial result (${(err as Error).message})`, 'create partial results with: callaudit audit --format partial');
        }
        merged.merge(BatchAggregate.fromJSON(json, file));
      }
      const formatter = getFormatter(flags.format);
      const sink = openSink(flags.output);
      const ctx = { color: chalkLevel({ isTTY: sink.isTTY, env: process.env }) > 0, threshold, csvLevel: 'agent' as const, per: 'agent' as const, version: VERSION };
      const scorecards = merged.scorecards(threshold);
      await sink.write(formatter.begin(ctx));
      await sink.write(formatter.end({ scorecards, errors: [], totals: merged.totals(), aggregate: merged }));
      await sink.close();
      const below = minScore === undefined ? 0 : scorecards.filter((s) => s.mean !== null && s.mean < minScore).length;
      process.exitCode = below ? EXIT.threshold : EXIT.ok;
    });
}
