// Rule clear-communication: the agent speaks in turns the customer can follow, without monologues or a stream of fillers.
import { z } from 'zod';
import { defineRule, type RawFinding } from '../src/model/rule.js';
import { percent } from './support/moments.js';

const options = z
  .object({
    /** An agent turn longer than this many words is a monologue. */
    maxTurnWords: z.number().int().min(10).default(90),
    /** Filler words allowed per agent word over the whole call. */
    maxFillerRate: z.number().min(0).max(1).default(0.04),
    /** Below this many agent words in the call there is too little speech to judge. */
    minAgentWords: z.number().int().min(1).default(30),
  })
  .strict();
type Options = z.infer<typeof options>;

const messages = {
  monologue: 'A {words}-word agent turn: the customer has to follow more than {max} words without a pause.',
  fillers: 'Filler words make up {percent}% of what the agent says ({count} in the call); this turn has the most.',
};
type MessageId = keyof typeof messages;

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'ehm', 'basically', 'literally']);
/** "you know" is a filler unless it is asked ("do you know", "if you know"). */
const ASKING_BEFORE_YOU_KNOW = new Set(['do', 'did', 'would', 'if', 'let', 'will', 'don\'t', 'didn\'t']);

/** Fillers among a turn's lower-cased tokens. */
export function countFillers(tokens: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (FILLERS.has(t)) n++;
    else if (t === 'know' && tokens[i - 1] === 'you' && !ASKING_BEFORE_YOU_KNOW.has(tokens[i - 2] ?? '')) n++;
    else if (t === 'mean' && tokens[i - 1] === 'i' && tokens[i - 2] !== 'what') n++;
  }
  return n;
}

export default defineRule<Options, MessageId>({
  meta: {
    id: 'clear-communication',
    title: 'Short turns, few fillers',
    skill: 'communication',
    description:
      'Agent turns stay short enough to follow (no turn over maxTurnWords words) and filler words (um, uh, erm, basically, ' +
      'literally, "you know", "I mean") stay below maxFillerRate of the agent\'s words. 60% of the score is the share of agent ' +
      'turns that are not monologues, 40% the filler rate (falling to 0 at twice the limit). Not applicable when the agent says ' +
      'fewer than minAgentWords words in the call.',
    defaultWeight: 1,
    options,
    messages,
  },
  check(_call, analysis, opts) {
    const agentTurns = analysis.turns.filter((t) => t.role === 'agent' && t.tokens.length > 0);
    const words = agentTurns.reduce((sum, t) => sum + t.tokens.length, 0);
    if (words < opts.minAgentWords) return { score: 'n/a' };

    const findings: RawFinding<MessageId>[] = [];
    let monologues = 0;
    let fillers = 0;
    let worst = { turn: -1, count: 0 };
    for (const turn of agentTurns) {
      if (turn.tokens.length > opts.maxTurnWords) {
        monologues++;
        findings.push({ turn: turn.index, messageId: 'monologue', data: { words: turn.tokens.length, max: opts.maxTurnWords } });
      }
      const count = countFillers(turn.tokens);
      fillers += count;
      if (count > worst.count) worst = { turn: turn.index, count };
    }
    const rate = fillers / words;
    let fillerPart = 1;
    if (rate > opts.maxFillerRate) {
      fillerPart = opts.maxFillerRate === 0 ? 0 : Math.max(0, 1 - (rate - opts.maxFillerRate) / opts.maxFillerRate);
      findings.push({ turn: worst.turn, messageId: 'fillers', data: { percent: Math.round(rate * 1000) / 10, count: fillers } });
    }
    return { score: percent(0.6 * (1 - monologues / agentTurns.length) + 0.4 * fillerPart), findings };
  },
});
