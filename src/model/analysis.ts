// What the analyse step detects in a call: the acts of each turn, computed once and shared by every rule.
import type { Role, Transcript } from './transcript.js';

/** Public act names (the README's annotate contract). */
export const ACT_NAMES = [
  'question',
  'customer-emotion',
  'empathy',
  'acknowledgement',
  'paraphrase',
  'enquiry',
  'problem',
  'offer',
  'buying-signal',
  'benefit',
  'decision-ask',
  'next-step',
  'resolution-check',
  'resolution-confirmed',
  'problem-persists',
  'offer-declined',
  'ownership',
  'deflection',
  'greeting',
  'closing',
] as const;
export type ActName = (typeof ACT_NAMES)[number];

/** Characters [start, end) of the turn's text that carry the act. */
export type Span = [number, number];

interface ActBase {
  /** The words that triggered the detection, as they appear in the turn (lower-cased is fine). */
  cue?: string;
  span?: Span;
}

export type Act =
  | (ActBase & { act: 'question'; kind: 'open' | 'closed' })
  | (ActBase & { act: 'customer-emotion'; polarity: 'negative' | 'positive' })
  | (ActBase & { act: 'empathy' })
  | (ActBase & { act: 'acknowledgement' })
  | (ActBase & { act: 'paraphrase'; ofTurn?: number })
  | (ActBase & { act: 'enquiry'; kind: 'question' | 'request'; /** Turn that answered, acted on or referred it; null if none. */ addressedBy: number | null; /** Earlier turn where the customer raised the same enquiry. */ repeatOf?: number })
  | (ActBase & { act: 'problem'; /** Agent turn that acted on it (a fix, an action or a referral); null if none. */ addressedBy: number | null })
  | (ActBase & { act: 'offer' })
  | (ActBase & { act: 'buying-signal' })
  | (ActBase & { act: 'benefit'; price?: boolean })
  | (ActBase & { act: 'decision-ask' })
  | (ActBase & { act: 'next-step'; when?: string })
  | (ActBase & { act: 'resolution-check' })
  | (ActBase & { act: 'resolution-confirmed' })
  /** The customer says the problem is still there ("it still doesn't work"). */
  | (ActBase & { act: 'problem-persists' })
  /** The customer turns down what the agent's turn before offered or asked them to take ("no thanks, I'm cutting down"). */
  | (ActBase & { act: 'offer-declined' })
  /** First-person commitment: "I'll", "let me", "I'm going to". */
  | (ActBase & { act: 'ownership' })
  /** Passing the problem away without a plan: "not my department", "nothing I can do". */
  | (ActBase & { act: 'deflection' })
  | (ActBase & { act: 'greeting' })
  | (ActBase & { act: 'closing' });

export type ActOf<N extends ActName> = Extract<Act, { act: N }>;

export interface TurnAnalysis {
  index: number;
  role: Role;
  /** Lower-cased word tokens (contractions kept whole: "i'm", "don't"). */
  tokens: string[];
  /** Porter stems of the content words (stop words removed), for matching across turns. */
  stems: string[];
  sentences: string[];
  /** Lexicon sentiment of the turn, roughly -5..5 per word averaged. */
  sentiment: number;
  acts: Act[];
}

export interface Analysis {
  call: Transcript;
  turns: TurnAnalysis[];
}

/** Acts of one kind in a turn. */
export function actsOf<N extends ActName>(turn: TurnAnalysis, name: N): ActOf<N>[] {
  return turn.acts.filter((a): a is ActOf<N> => a.act === name);
}

export function hasAct(turn: TurnAnalysis, name: ActName): boolean {
  return turn.acts.some((a) => a.act === name);
}
