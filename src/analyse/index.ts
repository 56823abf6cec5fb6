// The analyse step: turns a Transcript into the acts of every turn, computed once per call and shared by every rule.
import { ACT_NAMES, type Act, type Analysis, type TurnAnalysis } from '../model/analysis.js';
import type { Transcript } from '../model/transcript.js';
import { endsAsking, turnContext, type TurnContext } from './context.js';
import { courtesyActs } from './courtesy.js';
import { emotionActs, praiseForRefusal } from './emotion.js';
import { empathyActs } from './empathy.js';
import { enquiriesOfCall } from './enquiries.js';
import { acknowledgementActs, paraphraseActs } from './listening.js';
import { DETAIL_NOUNS } from './lexicon/questions.js';
import { ownershipActs } from './ownership.js';
import { questionActs } from './questions.js';
import { resolutionActs } from './resolution.js';
import { asksForOptions, interestInOffer, offerDeclined, salesActs } from './sales.js';
import { turnSentiment } from './sentiment.js';
import { contentStems } from './tokens.js';

const ACT_ORDER = new Map(ACT_NAMES.map((name, i) => [name, i]));

export function analyseCall(call: Transcript): Analysis {
  const contexts: TurnContext[] = [];
  for (const [i, t] of call.turns.entries()) contexts.push(turnContext(i, t.role, t.text, leadingTurn(contexts, t.role)));
  const stems = contexts.map((c) => contentStems(c.turn.tokens));
  const enquiries = enquiriesOfCall(contexts);
  let offeredYet = false;
  let customerAsked = false;
  let onTheTable = false;
  const salesByTurn = contexts.map((ctx) => {
    const acts = salesActs(ctx, { askMayOffer: !offeredYet && !customerAsked, onTheTable });
    offeredYet ||= acts.some((a) => a.act === 'offer');
    if (ctx.role === 'customer') customerAsked = acts.some((a) => a.act === 'buying-signal') && !asksForOptions(ctx);
    onTheTable ||= acts.some((a) => a.act === 'offer' || a.act === 'buying-signal' || (a.act === 'benefit' && a.price === true));
    return acts;
  });
  // Read once per turn: each customer turn's sarcasm check reads the agent turn before it as well.
  const ownershipByTurn = contexts.map(ownershipActs);
  // The first agent turn that committed to something or set a next step: after it, the agent's question about what the
  // customer sees checks the fix rather than diagnosing the fault.
  const firstAction = contexts.findIndex((c, j) => c.role === 'agent'
    && (ownershipByTurn[j].some((a) => a.act === 'ownership') || salesByTurn[j].some((a) => a.act === 'next-step')));
  const turns: TurnAnalysis[] = contexts.map((ctx, i) => {
    const previous = previousOtherSpeaker(contexts, i);
    const asked = questionActs(ctx).filter((q) => !proposes(q, salesByTurn[i]));
    const questions = [...asked, ...offersToActAsked(asked, salesByTurn[i])];
    const before = previous === undefined ? [] : salesByTurn[previous];
    const sales = [...salesByTurn[i], ...interestInOffer(ctx, questions, salesByTurn[i], before), ...offerDeclined(ctx, before)];
    const resolution = resolutionActs(ctx, firstAction >= 0 && firstAction < i);
    let emotion = emotionActs(ctx);
    // Praise straight back at a refusal is sarcasm, whatever the praise words read as alone.
    const sarcasm = previous === undefined || emotion.some((a) => a.act === 'customer-emotion' && a.polarity === 'negative')
      ? undefined : praiseForRefusal(ctx, contexts[previous], [...salesByTurn[previous], ...ownershipByTurn[previous]]);
    if (sarcasm) emotion = [...emotion.filter((a) => a.act !== 'customer-emotion'), sarcasm];
    // ... and confirms nothing ("ok great really helpful thanks" after "it's on the website").
    const settled = sarcasm ? resolution.filter((a) => a.act !== 'resolution-confirmed') : resolution;
    const upset = emotion.some((a) => a.act === 'customer-emotion' && a.polarity === 'negative');
    const acts: Act[] = [
      ...questions,
      ...checksAsked(resolution, questions),
      ...emotion,
      ...empathyActs(ctx),
      ...acknowledgementActs(ctx),
      ...paraphraseActs(ctx, stems[i], previous === undefined ? undefined : { index: previous, stems: stems[previous], asked: endsAsking(contexts[previous]), greeting: greets(contexts[previous]) }, upset,
        answeredDetail(contexts, previous) ? toldBy(contexts, stems, i) : undefined),
      ...(enquiries.get(i) ?? []),
      ...sales,
      ...settled,
      ...ownershipByTurn[i],
      ...courtesyActs(ctx, contexts.length),
    ];
    return {
      index: i,
      role: ctx.role,
      tokens: ctx.turn.tokens,
      stems: stems[i],
      sentences: ctx.turn.sentences.map((s) => ctx.turn.text.slice(s.start, s.end).trim()),
      sentiment: turnSentiment(ctx.turn, ctx.valences),
      acts: acts.sort(byPosition),
    };
  });
  return { call, turns };
}

/**
 * A resolution check asks, whatever its form: "i'll pass that on anything else" run together by speech-to-text, "let me
 * know if the light goes green". Where the question grammar found no question there, the check is one.
 */
function checksAsked(resolution: readonly Act[], questions: readonly Act[]): Act[] {
  const check = resolution.find((a) => a.act === 'resolution-check');
  if (!check?.span || questions.some((q) => q.span && q.span[0] <= check.span![1] && check.span![0] <= q.span[1])) return [];
  const open = /^(how|what|when|where|which|why|who)\b/.test(check.cue ?? '');
  return [{ act: 'question', kind: open ? 'open' : 'closed', cue: check.cue, span: check.span }];
}

/**
 * A question whose sentence asks the other party to commit ("would you like to donate some of it?") is recorded as a
 * decision ask, not as a question: `question` means asking for information, as in dialogue-act labelling. An offer to
 * act ("would you like me to add it?", "shall I book that in?") asks for the customer's go-ahead, a confirmation, which
 * QA graders count as a question as well (on 2,004 labelled calls, 702 more questions found and 26 more false alarms).
 */
const OFFERS_TO_ACT = /\b(me to|shall i|should i|can i|could i|may i|want me|want (it|one|that|them|those))\b/;
function proposes(question: Act, sales: readonly Act[]): boolean {
  const [from, to] = question.span ?? [0, 0];
  return sales.some((a) => a.act === 'decision-ask' && a.span !== undefined && a.span[0] >= from && a.span[0] < to && !OFFERS_TO_ACT.test(a.cue ?? ''));
}

/** "want me to add it", "want it": an offer to act said without its auxiliary, which the question grammar does not read. */
function offersToActAsked(questions: readonly Act[], sales: readonly Act[]): Act[] {
  return sales.filter((a) => a.act === 'decision-ask' && a.span !== undefined && OFFERS_TO_ACT.test(a.cue ?? '')
    && !questions.some((q) => q.span !== undefined && a.span![0] < q.span[1] && q.span[0] < a.span![1]))
    .map((a) => ({ act: 'question', kind: 'closed', cue: a.cue, span: a.span }));
}

/** The call's opening turn, with its greeting ("Brightwell Energy, Dana speaking, how can I help?"). */
function greets(ctx: TurnContext): boolean {
  return ctx.index === 0 && courtesyActs(ctx, 2).some((a) => a.act === 'greeting');
}

// The listener's "uh-huh" or "right" while a story goes on does not break it: the speaker's next turn continues it.
const BACKCHANNEL_TOKENS = 4;

/**
 * The speaker's own previous turn, when the turn about to be read continues it: it follows straight on, or only the
 * other speaker's backchannels came between. A story told across turns ("and he said" / "can i have it back") needs it.
 */
function leadingTurn(earlier: readonly TurnContext[], role: TurnContext['role']): TurnContext | undefined {
  for (let j = earlier.length - 1; j >= 0; j--) {
    if (earlier[j].role === role) return earlier[j];
    if (earlier[j].turn.tokens.length > BACKCHANNEL_TOKENS) return undefined;
  }
  return undefined;
}

/** The latest earlier turn with words, spoken by a different role: what a paraphrase restates. */
function previousOtherSpeaker(contexts: readonly TurnContext[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    if (contexts[j].role !== contexts[i].role && contexts[j].turn.tokens.length) return j;
  }
  return undefined;
}

/** The other party's turn `previous` answered a request for a detail ("can I take the email on the account"). */
function answeredDetail(contexts: readonly TurnContext[], previous: number | undefined): boolean {
  if (previous === undefined) return false;
  const asker = previousOtherSpeaker(contexts, previous);
  return asker !== undefined && contexts[asker].turn.tokens.some((w) => DETAIL_NOUNS.has(w));
}

/** The content stems the other party said before turn `i`: what a restatement may bring back. */
function toldBy(contexts: readonly TurnContext[], stems: readonly (readonly string[])[], i: number): Set<string> {
  const told = new Set<string>();
  for (let j = 0; j < i; j++) if (contexts[j].role !== contexts[i].role) for (const s of stems[j]) told.add(s);
  return told;
}

/** Acts in text order; ties by the fixed order of act names, then by cue, so output is deterministic. */
function byPosition(a: Act, b: Act): number {
  return (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0)
    || ACT_ORDER.get(a.act)! - ACT_ORDER.get(b.act)!
    || (a.span?.[1] ?? 0) - (b.span?.[1] ?? 0)
    || (a.cue ?? '').localeCompare(b.cue ?? '');
}

export type { TurnContext } from './context.js';
export { readTurnText, type TurnText, type Sentence } from './tokens.js';
export { findQuestions, type QuestionHit } from './questions.js';
