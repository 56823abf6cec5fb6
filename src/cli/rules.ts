// `callaudit rules`: the built-in rules with their skill, default weight and description.
import { Option, type Command } from 'commander';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list the rules with their skill, default weight and description')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags: { format: 'table' | 'json' }) => {
      const [{ builtinRules }, { formatRuleList }] = await Promise.all([import('../../rules/index.js'), import('../report/rule-list.js')]);
      process.stdout.write(formatRuleList(builtinRules, flags.format));
    });
}
