// Hand-built calls with chosen acts, for testing rule policy and the engine apart from the detectors.
import type { Act, Analysis } from '../../src/model/analysis.js';
import type { Role, Transcript } from '../../src/model/transcript.js';

export interface ScriptedTurn {
  role: Role;
  text?: string;
  acts?: Act[];
  start?: number;
  end?: number;
}

/** A call and its analysis where each turn carries exactly the acts given. */
export function scripted(turns: ScriptedTurn[], id = 'scripted'): { call: Transcript; analysis: Analysis } {
  const call: Transcript = {
    id,
    agent: { id: 'agent-test' },
    turns: turns.map((t, index) => ({
      index,
      role: t.role,
      text: t.text ?? `${t.role} turn ${index}`,
      ...(t.start !== undefined ? { start: t.start } : {}),
      ...(t.end !== undefined ? { end: t.end } : {}),
    })),
    source: { file: '<scripted>', format: 'test' },
  };
  const analysis: Analysis = {
    call,
    turns: call.turns.map((turn, index) => {
      const tokens = turn.text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
      return { index, role: turn.role, tokens, stems: [], sentences: [turn.text], sentiment: 0, acts: turns[index].acts ?? [] };
    }),
  };
  return { call, analysis };
}

/** Shorthands for the acts used most in policy tests. */
export const act = {
  question: (kind: 'open' | 'closed' = 'open'): Act => ({ act: 'question', kind }),
  upset: (): Act => ({ act: 'customer-emotion', polarity: 'negative' }),
  pleased: (): Act => ({ act: 'customer-emotion', polarity: 'positive' }),
  empathy: (cue: string): Act => ({ act: 'empathy', cue }),
  enquiry: (addressedBy: number | null, kind: 'question' | 'request' = 'question'): Act => ({ act: 'enquiry', kind, addressedBy }),
  plain: (name: Exclude<Act['act'], 'question' | 'customer-emotion' | 'enquiry'>): Act => ({ act: name }) as Act,
  /** A benefit that states a price ("twelve pounds each"). */
  price: (): Act => ({ act: 'benefit', price: true }),
};
