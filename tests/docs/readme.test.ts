// The README documents the public interfaces; these checks fail when an interface changes and the README does not.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ACT_NAMES } from '../../src/model/analysis.js';
import { readers } from '../../src/read/formats/index.js';
import { CSV_COLUMNS } from '../../src/report/csv-columns.js';
import { REPORT_FORMATS } from '../../src/report/format-names.js';
import { registerAudit } from '../../src/cli/audit.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README documents the public interfaces', () => {
  it.each(builtinRules.map((r) => [r.meta.id, r.meta.description]))('rule %s with its description', (id, description) => {
    expect(readme).toContain(`\`${id}\``);
    expect(readme).toContain(description.replace(/\|/g, '\\|'));
  });

  it.each(Object.entries(CSV_COLUMNS).flatMap(([level, cols]) => cols.map((c) => [level, c.name])))('CSV column %s/%s', (_level, name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each([...ACT_NAMES])('act %s', (act) => {
    expect(readme).toContain(`\`${act}\``);
  });

  it.each(readers.map((r) => r.name))('input format %s', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each([...REPORT_FORMATS])('report format %s', (name) => {
    expect(readme).toContain(name);
  });

  it('every audit flag', () => {
    const program = new Command();
    registerAudit(program);
    const audit = program.commands.find((c) => c.name() === 'audit')!;
    for (const option of audit.options) expect(readme, option.long).toMatch(new RegExp(`\\| \`(-\\w, )?${option.long}[ \`]`));
  });
});
