// The optional config file (callaudit.json): rule weights, options and thresholds, validated at the boundary.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeZodIssues, UsageError } from '../errors.js';

const RuleSettingsSchema = z.strictObject({
  enabled: z.boolean().optional(),
  weight: z.number().nonnegative().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

export const ConfigSchema = z.strictObject({
  /** Per-rule settings, keyed by rule id. */
  rules: z.record(z.string(), RuleSettingsSchema).optional(),
  /** Pass mark for a call or an agent, 0-100 (pass rate, --min-score default). */
  threshold: z.number().min(0).max(100).optional(),
  agentLabel: z.array(z.string()).optional(),
  customerLabel: z.array(z.string()).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read config ${file}: ${(err as Error).message}`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`invalid config ${file}: ${describeZodIssues(parsed.error.issues, 'config')}`);
  return parsed.data;
}
