// The contract between a rule module and the engine that runs it.
import type { z } from 'zod';
import type { Analysis } from './analysis.js';
import type { Transcript } from './transcript.js';
import type { Severity } from './results.js';

export const SKILLS = [
  'listening',
  'asking',
  'empathy',
  'ownership',
  'responsiveness',
  'resolution',
  'professionalism',
  'communication',
  'sales',
] as const;
export type Skill = (typeof SKILLS)[number];

export interface RuleMeta<Options, MessageId extends string> {
  /** Kebab-case id: the file name, the test file name and the README heading. */
  id: string;
  title: string;
  skill: Skill;
  description: string;
  defaultWeight: number;
  /** zod schema of the rule's options; defaults live here so `parse({})` gives a full set. */
  options: z.ZodType<Options>;
  /** Message templates; `{name}` is replaced by the finding's data. */
  messages: Record<MessageId, string>;
}

/** What a rule reports: data, not words (the engine fills the template and the quote). */
export interface RawFinding<MessageId extends string> {
  turn: number;
  messageId: MessageId;
  data?: Record<string, string | number>;
  severity?: Severity;
  /** Characters of the turn to quote; the whole turn (shortened) when absent. */
  span?: [number, number];
}

export type RuleOutcome<MessageId extends string> =
  | { score: number; findings: RawFinding<MessageId>[] }
  | { score: 'n/a'; findings?: RawFinding<MessageId>[] };

export interface Rule<Options = any, MessageId extends string = string> {
  meta: RuleMeta<Options, MessageId>;
  check(call: Transcript, analysis: Analysis, options: Options): RuleOutcome<MessageId>;
}

/** Typed helper: a typo in a message id fails to compile. */
export function defineRule<Options, MessageId extends string>(rule: Rule<Options, MessageId>): Rule<Options, MessageId> {
  return rule;
}
