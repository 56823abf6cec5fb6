// `callaudit rules`: the built-in rules with their skill, default weight and description.
import { Option, type Command } from 'commander';
import { builtinRules } from '../../rules/index.js';
import { formatRuleList } from '../report/rule-list.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list the rules with their skill, default weight and description')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((flags: { format: 'table' | 'json' }) => {
      process.stdout.write(formatRuleList(builtinRules, flags.format));
    });
}
