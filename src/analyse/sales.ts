// Detects the acts of selling: buying signals, offers, benefits and prices, decision asks, next steps with their time.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues, notNegatable, saidBy, tokenEndOf, type CueHit } from './cues.js';
import { DEFLECTION } from './lexicon/ownership.js';
import { BENEFIT, BUYING_SIGNAL, DECISION_ASK, LIKES, NEXT_STEP, OFFER, OWED, PRESENTS, PRICE_AGAINST_CURRENT, REMEDY, WHEN } from './lexicon/sales.js';
import { LEAD_FILLERS } from './lexicon/questions.js';
import { type Sentence, sentenceAt } from './tokens.js';

const buyingSignal = compileCues(BUYING_SIGNAL);
const offer = compileCues(OFFER);
const benefit = compileCues(BENEFIT);
// A question put to the listener: a negation before it closes an earlier clause ("with no deposit would you like me to").
const decisionAsk = compileCues(notNegatable(DECISION_ASK));
const nextStep = compileCues(NEXT_STEP);
const deflection = compileCues(DEFLECTION);
const owed = compileCues(OWED);
const presents = compileCues(PRESENTS);
const priceAgainstCurrent = compileCues(PRICE_AGAINST_CURRENT);
const remedy = compileCues(notNegatable(REMEDY));
const likes = compileCues(LIKES);
const when = compileCues(notNegatable(WHEN));

// Words before "would suit you" that make it a choice of appointment: "which would suit you", "what days would suit you".
const CHOOSES_A_SLOT = new Set(['which', 'when', 'where', 'time', 'times', 'day', 'days', 'date', 'dates', 'slot']);

// "So I suggest the right option, what's making you want to upgrade?": a purpose clause, not a recommendation ("for that
// I'd suggest our intensive" is one).
const PURPOSE_BEFORE = new Set(['so', 'that', 'to', 'can', 'could', 'before']);
const MODAL_OPENING = /^(might|would|will|should|could|may)\b/;
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

/** What the turns before this one of the call put on the table. */
export interface SalesSoFar {
  /**
   * Nothing was offered earlier in the call and the customer's turn before showed no buying interest, so a decision ask
   * about something charged in this turn puts that thing on the table itself (see `chargedIn`).
   */
  askMayOffer: boolean;
  /** Something was offered, priced or asked for earlier in the call. */
  onTheTable: boolean;
}

/**
 * The customer asks what there is ("is there anything with a window?") rather than the price of a thing named: the
 * agent's answer naming an option with its price and an ask still offers it.
 */
export function asksForOptions(ctx: TurnContext): boolean {
  return ctx.role !== 'agent' && findCues(ctx.turn, buyingSignal).some((h) => h.spec.tag === 'options');
}

export function salesActs(ctx: TurnContext, sofar: SalesSoFar): Act[] {
  const { turn, role } = ctx;
  const acts: Act[] = [];
  // Buying interest is the customer's by definition; offers, benefits and decision asks are read whoever speaks.
  const signal = role === 'agent' ? undefined : findCues(turn, buyingSignal).find((h) => !asksPrice(h) || !aboutMoneyOwed(turn, h));
  if (signal) acts.push({ act: 'buying-signal', cue: signal.cue, span: signal.span });
  const benefits = findCues(turn, benefit);
  // The prices said in the turn, which an offer, a decision ask and the benefit act all read.
  const prices = benefits.filter((b) => b.spec.tag === 'price');
  // Offers come from the business side: a customer's "i've got the insurance" or "there's a payment on the app" names
  // what they have or saw, it puts nothing up for sale.
  const offered = role === 'customer' ? undefined : (findCues(turn, offer).find((h) => {
    if (h.spec.tag === 'imperative') return imperativeAt(turn, h.token);
    // "while I've got you" opens an upsell from the agent, not from someone else on the line.
    if (h.spec.tag === 'agent') return saidBy(h, role);
    // "I've got Tuesday at ten or Wednesday at three, which would suit you?" asks for a time, it sells nothing.
    if (h.cue.endsWith('suit you') && !turn.breakBefore[h.token] && CHOOSES_A_SLOT.has(turn.tokens[h.token - 1] ?? '')) return false;
    // ("something that might suit you better is..." is a relative clause, not a purpose one.)
    const before = turn.tokens[h.token - 1] ?? '';
    return !PURPOSE_BEFORE.has(before) || (before === 'that' && turn.tokens[h.token - 2] !== 'so' && (MODAL_OPENING.test(h.cue) || turn.tokens[h.token - 2] === 'for'));
  }) ?? pricedPresentation(turn, prices) ?? pricedAgainstCurrent(turn) ?? pricedProduct(turn, prices));
  if (offered) acts.push({ act: 'offer', cue: offered.cue, span: offered.span });
  if (benefits.length) {
    const priced = prices[0];
    const first = priced ?? benefits[0];
    acts.push({ act: 'benefit', ...(priced ? { price: true } : {}), cue: first.cue, span: first.span });
  }
  const ask = findCues(turn, decisionAsk).find((h) => saidBy(h, role) && !asksWhenOrWhere(turn, h));
  const charged = chargedIn(turn, prices);
  // A decision ask commits the other party to an offer. The agent offering to do something ("shall I put the pause on
  // for you?", "would you like me to email a proof first?") in a call where nothing was offered, priced or asked for
  // offers a service, not a sale, unless it names taking something up ("shall I add a pair?").
  const service = ask !== undefined && AGENT_WILL_DO.test(ask.cue) && !COMMITMENT.test(ask.cue);
  if (ask && (!service || sofar.onTheTable || offered || charged)) acts.push({ act: 'decision-ask', cue: ask.cue, span: ask.span });
  if (ask && sofar.askMayOffer && role === 'agent' && !offered && charged) acts.push({ act: 'offer', cue: ask.cue, span: ask.span });
  const step = nextStepIn(ctx, ask);
  if (step) acts.push(step);
  return acts;
}

/**
 * An ask in which the agent offers to act, or asks the customer's wish about a thing already named: "shall I book you
 * in", "would you like me to send it", "would you like it posted", "do you want it". (Not "would you like to donate".)
 */
const AGENT_WILL_DO = /\b(shall|should|can|may) i\b|\bme to\b|\b(would you like|do you want|did you want) (it|that|the|them|those|one)\b|\bwould you be (happy|able|ok|okay)\b/;
/** Verbs that name taking up an offer. */
const COMMITMENT = /\b(upgrade|switch|order|sign|buy|add|subscribe|purchase|count)\b/;

// "when would you like the freeze to start", "where would you like it sent": asking which time or place suits is no
// decision ask (the graders' guideline); "which would you want, the 5 or the 10?" chooses the product and is one.
const WHEN_OR_WHERE = new Set(['when', 'where', 'time', 'day', 'date']);
function asksWhenOrWhere(turn: TurnContext['turn'], hit: CueHit): boolean {
  return !turn.breakBefore[hit.token] && WHEN_OR_WHERE.has(turn.tokens[hit.token - 1] ?? '');
}

/**
 * A customer who answers an offer with a question about it ("and I can turn it off when I'm home?", "does that include
 * seat reservations?") or likes it ("that sounds really good") is weighing the purchase: a buying signal, however it is
 * worded. Read with the acts of the turn (`own`, its `questions`) and of the other party's turn before (`before`).
 */
export function interestInOffer(ctx: TurnContext, questions: readonly Act[], own: readonly Act[], before: readonly Act[]): Act[] {
  if (ctx.role === 'agent' || own.some((a) => a.act === 'buying-signal')) return [];
  if (declines(ctx)) return [];
  // "Yes, go on. When can it come?": the answer to a decision ask is the decision itself (the graders' guideline), and
  // what the customer asks next is about the purchase made.
  if (before.some((a) => a.act === 'decision-ask') && (ACCEPTS.test(ctx.turn.norm) || ACCEPTS_LATER.test(ctx.turn.norm))) return [];
  const offered = before.some((a) => a.act === 'offer');
  // Liking what was put forward with its price or asked of them counts too ("it's five a month" / "huh, that's less
  // than i thought"); a question after a price may only be about the bill.
  const proposed = offered || before.some((a) => a.act === 'decision-ask' || (a.act === 'benefit' && a.price === true));
  if (!proposed) return [];
  // A question about it, or liking it ("so that would save me nine pounds? that sounds really good").
  const shown: Act | CueHit | undefined = (offered ? questions[0] : undefined) ?? findCues(ctx.turn, likes)[0];
  if (!shown) return [];
  return [{ act: 'buying-signal', ...(shown.cue !== undefined ? { cue: shown.cue } : {}), ...(shown.span ? { span: shown.span } : {}) }];
}

// (Not "yeah that sounds better, does the extra ink come straight away", which is still weighing it.)
const ACCEPTS = /^(oh |ooh |um |right |okay |ok |well )*(yes|yeah|yep|go on|go ahead|please do|let's do it|lets do it|i'll take it)\b(?!,? (that |it )?sounds)/;
// Taken up later in the turn, in a sentence that asks nothing: "Once a month, on the week I'm back... yeah, actually,
// that would work. Can it be the last week?", "Alright, go on, let's do it.", "Eight percent off? Yeah, go on, that
// sounds good.", "Twelve a month for both? Yes, do that."
const ACCEPTS_LATER = /\b((that|it) (would|will) (work|do)|go on|go ahead|let's do it|lets do it|i'll take it|sign me up|(yes|yeah|yep),? (please )?do (that|it))\b(?![^.?!]*\?)/;
// "Are you serious? ... No.", "You're having a laugh.", "I'm not paying a penny". (Not "I don't want to pay extra and
// find it's freezing", which is still weighing it.)
const DECLINING = /\b(no,? thanks|no,? thank you|not interested|(i've|ive|i have|i) (already )?said no|(i'm|im) (alright|all right),? thanks|(i'm|im) (fine|ok|okay)(?! with)|i'll pass|don't need it|seriously|are you serious|(you're|youre|you are) (having a laugh|joking|kidding)|(i'm|im|i am) not paying)\b/;
/** "Are you seriously trying to sell me insurance? No thank you.": a question that turns the offer down. */
function declines(ctx: TurnContext): boolean {
  return DECLINING.test(ctx.turn.norm);
}

// "No, thank you. It's only the two of us", "nope im alright": a no that opens the reply. (Not "no problem", "no, that's
// fine", which go along with it.)
const OPENS_WITH_NO = /^((oh|um|uh|er|erm|well|ah),? )?(no|nope|nah)\b(?!,? (problem|worries|bother|(that's|thats) (fine|great|perfect|ok|okay)))/;

/**
 * The customer turns down what the agent's turn before (`before`) offered or asked them to commit to. The sales rule
 * reads an offer turned down twice as a poor fit pressed on the customer.
 */
export function offerDeclined(ctx: TurnContext, before: readonly Act[]): Act[] {
  if (ctx.role === 'agent' || !before.some((a) => a.act === 'offer' || a.act === 'decision-ask')) return [];
  const { norm } = ctx.turn;
  const opening = OPENS_WITH_NO.exec(norm);
  const declined = opening ?? DECLINING.exec(norm);
  if (!declined) return [];
  const start = opening ? 0 : declined.index;
  return [{ act: 'offer-declined', cue: norm.slice(start, declined.index + declined[0].length), span: [start, declined.index + declined[0].length] }];
}

const asksPrice = (h: CueHit): boolean => /^(how much|what's the|what is the|what are the|what would be the|what (does|would|will))/.test(h.cue);

/** "how much is the fee for the copies": the price of something owed, not of something to buy. */
function aboutMoneyOwed(turn: TurnContext['turn'], hit: CueHit): boolean {
  const i = turn.sentences.findIndex((s) => hit.span[0] < s.end);
  const s = turn.sentences[i];
  // "I've been told there's a fee. Could you tell me how much it is?": the sentence before names it.
  const from = turn.sentences[Math.max(0, i - 1)]?.tokenStart ?? 0;
  return s !== undefined && namesMoneyOwed(turn, from, s.tokenEnd);
}

// "no exit fee", "without a charge": a charge waived is a benefit.
const WAIVED_BY = new Set(['no', 'without', 'zero', 'free']);

// "that's fine", "sounds fine", "fine, tomorrow at twelve": fine as in all right, not a penalty, which is someone's or
// some kind of fine ("the fine", "a parking fine").
const FINE_AS_PENALTY_AFTER = new Set(['the', 'a', 'my', 'this', 'that', 'your', 'his', 'her', 'their', 'our', 'parking', 'speeding', 'late', 'library', 'penalty', 'any']);

function namesMoneyOwed(turn: TurnContext['turn'], from: number, to: number): boolean {
  return findCues(turn, owed, { from, to }).some((h) => !WAIVED_BY.has(turn.tokens[h.token - 1] ?? '') && !WAIVED_BY.has(turn.tokens[h.token - 2] ?? '')
    && !(turn.tokens[h.token] === 'fine' && !FINE_AS_PENALTY_AFTER.has(turn.tokens[h.token - 1] ?? '')));
}

/**
 * "there's a new twelve-month fix at twenty-four pence a unit", "the Q60 is worth a look, it's ninety-nine": an option
 * put forward with its price in the same sentence is an offer, whatever the product is called.
 */
function pricedPresentation(turn: TurnContext['turn'], priced: readonly CueHit[]): CueHit | undefined {
  if (!priced.length) return undefined;
  const remedies = findCues(turn, remedy);
  return findCues(turn, presents).find((p) => {
    const at = turn.sentences.findIndex((x) => p.span[0] < x.end);
    const s = turn.sentences[at];
    // "there's a fee of ten pounds" puts a charge on the table, not an option ("a standing charge of..." in a tariff
    // further on is part of its price): the charge is named in the presentation or just after it.
    const after = tokenEndOf(turn, p);
    if (s === undefined || namesMoneyOwed(turn, p.token, Math.min(after + 3, s.tokenEnd))) return false;
    return pricesNear(turn, priced, at).some((b) => {
      // "what I can do is put half the room rate back on your card, which is forty-four pounds" puts right and sells
      // nothing; a free fix said before another option ("we'll check the rears for free ... do you want the tracking
      // done as well, it's twenty-five pounds") leaves that option on sale.
      const [from, to] = [Math.min(p.span[0], b.span[0]), Math.max(p.span[1], b.span[1])];
      return !overlapsAny(remedies, from, to);
    });
  });
}

/** The prices said in sentence `at` of the turn or the next: "There's the Voyager card. No foreign fees, six pounds a month." */
function pricesNear(turn: TurnContext['turn'], priced: readonly CueHit[], at: number): CueHit[] {
  const s = turn.sentences[at];
  const next = turn.sentences[at + 1];
  return priced.filter((b) => {
    const bs = sentenceAt(turn, b.span[0]);
    return bs === s || (next !== undefined && bs === next);
  });
}

/**
 * "The de-shed treatment is twenty-two pounds on top of a groom, would you like me to add it?": the turn names a price
 * that is charged. After an offer the ask is about that one, and the price of what the customer just asked about ("do
 * you do cabins?" / "forty-five for a two-berth, want one?") is an answer, not an offer (`askMayOffer` in salesActs). A
 * charge waived or put right ("we'll swap it free of charge, shall I book that?") sells nothing.
 */
function chargedIn(turn: TurnContext['turn'], priced: readonly CueHit[]): boolean {
  if (!priced.length) return false;
  const remedies = findCues(turn, remedy);
  return priced.some((b) => !overlapsAny(remedies, b.span[0], b.span[1]));
}

// A product sold by the month or as cover: a plan, pass, package or add-on named with a word of its own ("we have the
// Homeguard cover plan at eleven pounds a month", "the mesh pack is five pounds a month", "payroll add-on, six pounds",
// "our Zero Excess cover ... eleven euros a day", "the 16-25 Railcard is thirty pounds a year").
const PRODUCT_NOUNS = new Set(['plan', 'pass', 'package', 'bundle', 'pack', 'membership', 'addon', 'subscription', 'protection', 'warranty', 'tariff', 'railcard', 'guard', 'upgrade', 'cover']);
/** "add-on" comes as two tokens; after these it is the verb ("we can add on a second line"). */
const ADD_ON_AS_VERB_AFTER = new Set(['can', 'could', 'will', "i'll", "we'll", 'to', 'also', 'just', 'and', 'or', 'then', 'please']);
// Words just before it that make it what the customer has or owes, not something for sale: "your plan", "you're on the
// essentials plan", "no package", "under warranty", "back to full membership", "a payment plan"; or a bare "the plan".
const NOT_FOR_SALE_BEFORE = new Set(['your', "you're", 'youre', "you've", 'youve', 'my', 'his', 'her', 'their', 'no', 'under', 'without', 'current', 'existing', 'same', 'back']);
const NOT_A_PRODUCT_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'we', 'i', 'you', 'they', 'payment', 'repayment', 'instalment', 'installment', 'day']);
// What follows that names part of a product ("the protection limit", "your membership number"), or makes it the one the
// customer has or asked about ("the bundle you're on", "the sports add-on went up by four pounds").
const AFTER_NOT_FOR_SALE = new Set([
  'limit', 'number', 'reference', 'details', 'card', 'fee', 'holders', 'you', "you're", 'youre', "you've", 'went', 'goes', 'gone',
  'increased', 'rose', 'changed', 'renewed', 'lost', 'added',
]);
// Words after "cover" that make it a verb: "the vouchers cover the full ticket price", "it doesnt cover them fully".
const OBJECTS_OF_COVER = new Set(['the', 'it', 'them', 'your', 'most', 'all', 'everything', 'that', 'this']);
const BUSINESS_SELLS = /\bwe (do|offer|have|sell|can do)\b|\bwe've got\b|\bweve got\b/;
/**
 * Cover is also what the customer has or is being charged for ("the buildings cover comes to eighteen forty", "full
 * cover from today, a hundred and fifty-three in total"): it is for sale when the business names it as its own ("our
 * Zero Excess cover", "we do a supply pipe cover for three pound fifty").
 */
function coverForSale(turn: TurnContext['turn'], s: Sentence, k: number): boolean {
  if (OBJECTS_OF_COVER.has(turn.tokens[k + 1] ?? '')) return false;
  const lead = turn.tokens.slice(Math.max(s.tokenStart, k - OWN_WITHIN), k);
  return lead.includes('our') || BUSINESS_SELLS.test(turn.tokens.slice(s.tokenStart, k).join(' '));
}
/** "so that's the sea-view double for both nights": a recap of what was agreed. */
const READ_BACK = /^(so |right |okay |ok |lovely |brilliant |great |perfect )*(that's|thats|that is) (the|your)\b/;
/** How many words before the product may hold a word that makes it the customer's own, or a remedy. */
const OWN_WITHIN = 4;

/** A product named as a plan, pass or package, with its price in the same sentence or the next. */
function pricedProduct(turn: TurnContext['turn'], priced: readonly CueHit[]): Pick<CueHit, 'cue' | 'span'> | undefined {
  if (!priced.length) return undefined;
  const remedies = findCues(turn, remedy);
  const { tokens } = turn;
  for (const [i, s] of turn.sentences.entries()) {
    if (s.questionMark || READ_BACK.test(turn.norm.slice(s.start, s.end)) || namesMoneyOwed(turn, s.tokenStart, s.tokenEnd)) continue;
    const price = pricesNear(turn, priced, i)[0];
    if (!price) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const addOn = tokens[k] === 'add' && tokens[k + 1] === 'on' && !ADD_ON_AS_VERB_AFTER.has(tokens[k - 1]);
      const end = addOn ? k + 1 : k;
      if (!(addOn || PRODUCT_NOUNS.has(tokens[k])) || NOT_A_PRODUCT_NAME.has(tokens[k - 1]) || AFTER_NOT_FOR_SALE.has(tokens[end + 1] ?? '')) continue;
      if (tokens[k] === 'cover' && !coverForSale(turn, s, k)) continue;
      const lead = Math.max(s.tokenStart, k - OWN_WITHIN);
      if (tokens.slice(lead, k).some((w) => NOT_FOR_SALE_BEFORE.has(w))) continue;
      const span: [number, number] = [turn.starts[k - 1], turn.ends[end]];
      // (A remedy just before it: "I can backdate a travel pass to those days".)
      if (!overlapsAny(remedies, Math.min(turn.starts[lead], price.span[0]), Math.max(span[1], price.span[1]))) return { cue: turn.norm.slice(...span), span };
    }
  }
  return undefined;
}

/** One of the hits overlaps the text from `from` to `to`. */
function overlapsAny(hits: readonly CueHit[], from: number, to: number): boolean {
  return hits.some((h) => h.span[0] < to && from < h.span[1]);
}

/** "for an extra forty five", "twelve a seat instead of fifteen": another option priced against the current one. */
function pricedAgainstCurrent(turn: TurnContext['turn']): CueHit | undefined {
  return findCues(turn, priceAgainstCurrent).find((h) => {
    const s = sentenceAt(turn, h.span[0]);
    // "the bill's a hundred and sixty instead of forty" explains what is owed.
    return s !== undefined && !namesMoneyOwed(turn, s.tokenStart, s.tokenEnd);
  });
}

function ownThings(turn: TurnContext['turn'], step: CueHit): boolean {
  const after = tokenEndOf(turn, step);
  return turn.tokens[after] === 'my' || turn.tokens[after + 1] === 'my';
}

function opensWithIf(turn: TurnContext['turn'], s: Sentence): boolean {
  let k = s.tokenStart;
  while (k < s.tokenEnd && LEAD_FILLERS.has(turn.tokens[k])) k++;
  return turn.tokens[k] === 'if';
}

const HEDGES = new Set(['hopefully', 'maybe', 'perhaps', 'possibly']);
/** How many words before a step its hedge may stand: "hopefully it'll be", "and then maybe we'll send". */
const HEDGE_WITHIN = 4;

const CUSTOMER_PROMISE = /^(i'll|ill|i will|i'm going to|i am going to|i'm gonna|we'll|we will|let me|i can|we can|i could)\b/;

function nextStepIn(ctx: TurnContext, ask: CueHit | undefined): Act | undefined {
  const { turn } = ctx;
  const times = findCues(turn, when);
  const deflections = findCues(turn, deflection);
  for (const step of findCues(turn, nextStep)) {
    if (!saidBy(step, ctx.role)) continue;
    // A customer's step is their own promise ("I'll send the photos tonight"); what they did or were told ("I've booked
    // time off", "the email says it's ready to collect tomorrow") is part of their story.
    if (ctx.role === 'customer' && (step.spec.tag === 'done' || !CUSTOMER_PROMISE.test(step.cue))) continue;
    // "You'll have to call back another day" passes the problem back: a deflection, not a step.
    if (deflections.some((d) => d.span[0] < step.span[1] && step.span[0] < d.span[1])) continue;
    // "would you like me to set that up today, it'd arrive tomorrow": the step is only proposed. One done before the ask
    // ("i've cancelled the charge you'll get an email by tonight and would you like me to rebook") still stands.
    if (ask && ask.span[0] <= step.span[0] && sentenceAt(turn, ask.span[0]) === sentenceAt(turn, step.span[0])) continue;
    // "I can get an engineer to you Thursday morning. Shall I book that in?": a step the agent can take, put as a question.
    if (step.spec.tag === 'offered' && ctx.questions.some((q) => q.token > step.token)) continue;
    // "so they'll ring me by friday?" asks about the step; "I'll call you tomorrow, is that ok?" commits to it.
    const at = sentenceAt(turn, step.span[0]);
    // (Speech-to-text runs a request and a promise into one sentence: "can you email those over by friday and i'll send
    // the confirmation in ten minutes" asks, then commits.)
    // ("Can I just mention one thing, and then I'll do whatever you'd like?" still asks.)
    const newClause = turn.tokens[step.token - 1] === 'and';
    if (ctx.questions.some((q) => q.sentence === at && q.token <= step.token && !(newClause && q.cueEnd < step.token))) continue;
    // "Hopefully it'll be on tomorrow's round": a hope is no commitment.
    // (Close before the step: speech-to-text runs "maybe an hour ... i'll email you the link in ten minutes" into one
    // sentence, and the hedge there is the earlier clause's.)
    if (at && turn.tokens.slice(Math.max(at.tokenStart, step.token - HEDGE_WITHIN), step.token + 1).some((w) => HEDGES.has(w))) continue;
    // The time of the step: the first time expression after the cue, else anywhere in the turn. On a condition the time
    // must be the step's own: "if you email it over, i'll send it back by tomorrow" is a step; in "if anything changes,
    // call us straight away and we'll adjust it" the time belongs to the condition.
    const after = times.find((t) => t.span[0] >= step.span[0] && (!at || t.span[0] < at.end));
    const time = at && opensWithIf(turn, at) ? after : after ?? times.find((t) => t.span[0] >= step.span[0]) ?? times.find((t) => !at || t.span[0] >= at.start);
    if (!time && step.spec.tag !== 'done') continue;
    // "I've just opened my bill": the speaker's own doing with their own things, not a step taken for the other party.
    if (step.spec.tag === 'done' && ownThings(turn, step)) continue;
    return { act: 'next-step', ...(time ? { when: time.cue } : {}), cue: step.cue, span: step.span };
  }
  return undefined;
}
