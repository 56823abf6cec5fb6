// Detects the acts of selling: buying signals, offers, benefits and prices, decision asks, next steps with their time.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues, type CueHit } from './cues.js';
import { DEFLECTION } from './lexicon/ownership.js';
import { BENEFIT, BUYING_SIGNAL, DECISION_ASK, NEXT_STEP, OFFER, WHEN } from './lexicon/sales.js';
import { sentenceAt } from './tokens.js';

const buyingSignal = compileCues(BUYING_SIGNAL);
const offer = compileCues(OFFER);
const benefit = compileCues(BENEFIT);
const decisionAsk = compileCues(DECISION_ASK);
const nextStep = compileCues(NEXT_STEP);
const deflection = compileCues(DEFLECTION);
const when = compileCues(WHEN.map((re) => (typeof re === 'string' ? { re, negatable: false } : re)));

// "So I suggest the right option, what's making you want to upgrade?": a purpose clause, not a recommendation.
const PURPOSE_BEFORE = new Set(['so', 'that', 'to', 'can', 'could', 'before']);
// Words that may precede a bare imperative in its clause ("so please give some today", "then definitely donate it").
const IMPERATIVE_LEAD = new Set(['please', 'then', 'so', 'now', 'just', 'definitely', 'simply', 'hey', 'ok', 'okay', 'well', 'and', 'but', 'also', 'really', 'go', 'do']);

/** A cue tagged "imperative" counts only at the start of a clause, after at most lead words: "I'll give it" is no ask. */
function imperativeAt(turn: TurnContext['turn'], token: number): boolean {
  for (let k = token; k > 0; k--) {
    if (turn.breakBefore[k]) return true;
    if (!IMPERATIVE_LEAD.has(turn.tokens[k - 1])) return false;
  }
  return true;
}

export function salesActs(ctx: TurnContext): Act[] {
  const { turn, role } = ctx;
  const acts: Act[] = [];
  // Buying interest is the customer's by definition; offers, benefits and decision asks are read whoever speaks.
  const signal = role === 'agent' ? undefined : findCues(turn, buyingSignal)[0];
  if (signal) acts.push({ act: 'buying-signal', cue: signal.cue, span: signal.span });
  const offered = findCues(turn, offer).find(
    (h) => (h.spec.tag === 'imperative' ? imperativeAt(turn, h.token) : !PURPOSE_BEFORE.has(turn.tokens[h.token - 1] ?? '')),
  );
  if (offered) acts.push({ act: 'offer', cue: offered.cue, span: offered.span });
  const benefits = findCues(turn, benefit);
  if (benefits.length) {
    const priced = benefits.find((h) => h.spec.tag === 'price');
    const first = priced ?? benefits[0];
    acts.push({ act: 'benefit', ...(priced ? { price: true } : {}), cue: first.cue, span: first.span });
  }
  const ask = findCues(turn, decisionAsk)[0];
  if (ask) acts.push({ act: 'decision-ask', cue: ask.cue, span: ask.span });
  const step = nextStepIn(ctx, ask);
  if (step) acts.push(step);
  return acts;
}

function nextStepIn(ctx: TurnContext, ask: CueHit | undefined): Act | undefined {
  const { turn } = ctx;
  const times = findCues(turn, when);
  const deflections = findCues(turn, deflection);
  for (const step of findCues(turn, nextStep)) {
    // "You'll have to call back another day" passes the problem back: a deflection, not a step.
    if (deflections.some((d) => d.span[0] < step.span[1] && step.span[0] < d.span[1])) continue;
    // "would you like me to set that up today, it'd arrive tomorrow": the step is only proposed.
    if (ask && sentenceAt(turn, ask.span[0]) === sentenceAt(turn, step.span[0])) continue;
    // The time of the step: the first time expression after the cue, else anywhere in the turn.
    const time = times.find((t) => t.span[0] >= step.span[0]) ?? times[0];
    if (!time && step.spec.tag !== 'done') continue;
    return { act: 'next-step', ...(time ? { when: time.cue } : {}), cue: step.cue, span: step.span };
  }
  return undefined;
}
