// The one call model every reader produces and everything downstream consumes.
import { z } from 'zod';

export const ROLES = ['agent', 'customer', 'other'] as const;
export type Role = (typeof ROLES)[number];

/** Native JSON schema: the single source of truth for the README's "Native JSON" section. */
export const NativeTurnSchema = z.object({
  speaker: z.string().optional(),
  role: z.enum(ROLES),
  text: z.string(),
  start: z.number().nonnegative().optional(),
  end: z.number().nonnegative().optional(),
});

export const NativeCallSchema = z.object({
  id: z.string().min(1),
  agent: z.object({
    id: z.string().min(1),
    name: z.string().optional(),
    team: z.string().optional(),
  }),
  customer: z.object({ id: z.string().optional() }).catchall(z.unknown()).optional(),
  startedAt: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  turns: z.array(NativeTurnSchema).min(1),
});
export type NativeCall = z.infer<typeof NativeCallSchema>;

export interface Agent {
  id: string;
  name?: string;
  team?: string;
}

export interface Turn {
  /** 0-based position in the call; turn N of the output is turn N of the input. */
  index: number;
  role: Role;
  speaker?: string;
  text: string;
  /** Seconds from the start of the call. */
  start?: number;
  end?: number;
  /** What the source system said about this turn, where it says anything (vendor sentiment, etc.). */
  vendor?: { sentiment?: 'positive' | 'negative' | 'neutral' | 'mixed'; redacted?: boolean };
}

/** How the reader decided who the agent is, when the format did not say. */
export interface RoleAssignment {
  method: 'format' | 'config' | 'heuristic' | 'labels';
  confidence: number;
  reason: string;
}

export interface Transcript {
  id: string;
  agent: Agent;
  customer?: { id?: string; [key: string]: unknown };
  startedAt?: string;
  metadata?: Record<string, unknown>;
  turns: Turn[];
  source: { file: string; format: string; location?: string };
  roles?: RoleAssignment;
}

export const UNKNOWN_AGENT_ID = 'unknown';
