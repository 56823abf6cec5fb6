// `callaudit formats`: the input formats callaudit reads, as names for --input-format.
import type { Command } from 'commander';

export function registerFormats(program: Command): void {
  program
    .command('formats')
    .description('list the input formats (names for --input-format)')
    .action(async () => {
      const { readers } = await import('../read/formats/index.js');
      const width = Math.max(...readers.map((r) => r.name.length));
      process.stdout.write(readers.map((r) => `${r.name.padEnd(width)}  ${r.extensions.join(' ').padEnd(18)}  ${r.description}`).join('\n') + '\n');
    });
}
