// `callaudit formats`: the input formats callaudit reads, as names for --input-format.
import type { Command } from 'commander';
import { readers } from '../read/formats/index.js';

export function registerFormats(program: Command): void {
  program
    .command('formats')
    .description('list the input formats (names for --input-format)')
    .action(() => {
      const width = Math.max(...readers.map((r) => r.name.length));
      process.stdout.write(readers.map((r) => `${r.name.padEnd(width)}  ${r.extensions.join(' ').padEnd(18)}  ${r.description}`).join('\n') + '\n');
    });
}
