// The rule catalogue as text or JSON, for `callaudit rules`.
import { z } from 'zod';
import type { Rule } from '../model/rule.js';

export function formatRuleList(rules: readonly Rule[], format: 'table' | 'json'): string {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.meta.id,
      title: r.meta.title,
      skill: r.meta.skill,
      defaultWeight: r.meta.defaultWeight,
      description: r.meta.description,
      options: r.meta.options.parse({}),
      optionsSchema: z.toJSONSchema(r.meta.options, { io: 'input' }),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const idWidth = Math.max(...rules.map((r) => r.meta.id.length));
  const skillWidth = Math.max(...rules.map((r) => r.meta.skill.length));
  const lines = rules.map((r) =>
    `${r.meta.id.padEnd(idWidth)}  ${r.meta.skill.padEnd(skillWidth)}  weight ${String(r.meta.defaultWeight).padStart(2)}  ${r.meta.description}`);
  return `${lines.join('\n')}\n`;
}
