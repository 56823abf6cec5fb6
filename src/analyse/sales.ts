// Detects the acts of selling: buying signals, offers, benefits and prices, decision asks, next steps with their time.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues } from './cues.js';
import { BENEFIT, BUYING_SIGNAL, DECISION_ASK, NEXT_STEP, OFFER, WHEN } from './lexicon/sales.js';

const buyingSignal = compileCues(BUYING_SIGNAL);
const offer = compileCues(OFFER);
const benefit = compileCues(BENEFIT);
const decisionAsk = compileCues(DECISION_ASK);
const nextStep = compileCues(NEXT_STEP);
const when = compileCues(WHEN.map((re) => (typeof re === 'string' ? { re, negatable: false } : re)));

export function salesActs(ctx: TurnContext): Act[] {
  const { turn } = ctx;
  const acts: Act[] = [];
  const signal = findCues(turn, buyingSignal)[0];
  if (signal) acts.push({ act: 'buying-signal', cue: signal.cue, span: signal.span });
  const offered = findCues(turn, offer)[0];
  if (offered) acts.push({ act: 'offer', cue: offered.cue, span: offered.span });
  const benefits = findCues(turn, benefit);
  if (benefits.length) {
    const priced = benefits.find((h) => h.spec.tag === 'price');
    const first = priced ?? benefits[0];
    acts.push({ act: 'benefit', ...(priced ? { price: true } : {}), cue: first.cue, span: first.span });
  }
  const ask = findCues(turn, decisionAsk)[0];
  if (ask) acts.push({ act: 'decision-ask', cue: ask.cue, span: ask.span });
  const step = findCues(turn, nextStep)[0];
  if (step) {
    // The time of the step: the first time expression after the cue, else anywhere in the turn.
    const times = findCues(turn, when);
    const time = times.find((t) => t.span[0] >= step.span[0]) ?? times[0];
    acts.push({ act: 'next-step', ...(time ? { when: time.cue } : {}), cue: step.cue, span: step.span });
  }
  return acts;
}
