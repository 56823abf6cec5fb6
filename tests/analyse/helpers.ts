// Builds small calls for the analyse tests and reads back the acts of a turn.
import { analyseCall } from '../../src/analyse/index.js';
import type { Act, ActName, Analysis } from '../../src/model/analysis.js';
import type { Role, Transcript } from '../../src/model/transcript.js';

export function callOf(...turns: Array<[Role, string]>): Transcript {
  return {
    id: 'test-call',
    agent: { id: 'agent-1' },
    source: { file: 'test.json', format: 'native' },
    turns: turns.map(([role, text], index) => ({ index, role, text })),
  };
}

export function analyse(...turns: Array<[Role, string]>): Analysis {
  return analyseCall(callOf(...turns));
}

/** Acts of one utterance spoken alone by `role`. */
export function actsOf(text: string, role: Role = 'agent'): Act[] {
  return analyse([role, text]).turns[0].acts;
}

/**
 * Acts of an agent turn that answers the customer's interest in buying ("how much would that be?"): an ask there is
 * about a sale, so the shape of the words alone decides whether it asks for the decision.
 */
export function actsAfterInterest(text: string): Act[] {
  return analyse(['customer', 'how much would that be?'], ['agent', text]).turns[1].acts;
}

export function has(text: string, act: ActName, role: Role = 'agent'): boolean {
  return actsOf(text, role).some((a) => a.act === act);
}
