// Tracks customer enquiries (questions, requests, reported faults) and finds the later agent turn that addresses each one.
import type { Act } from '../model/analysis.js';
import { endsAsking, type TurnContext } from './context.js';
import type { QuestionHit } from './questions.js';
import { signsOffOnly } from './courtesy.js';
import { compileCues, findCues, notNegatable, type CueHit, type Lexicon } from './cues.js';
import { AUXILIARIES, QUESTION_JOINERS } from './lexicon/questions.js';
import { ACTION_ANSWER, AMOUNT_ANSWER, FAULT, NOT_ANSWERED, REFERRAL_ANSWER, REQUEST, SMALL_TALK, TELL_ME, TIME_ANSWER, TIME_ASKED, YES_NO_ANSWER } from './lexicon/enquiries.js';
import { GREETING } from './lexicon/courtesy.js';
import { persistingProblem } from './resolution.js';
import { contentStems, type Sentence, tokenAt, type TurnText } from './tokens.js';

const request = compileCues(REQUEST);
const tellMe = compileCues(TELL_ME);
const fault = compileCues(FAULT);
const smallTalk = compileCues(notNegatable(GREETING));
const notAnswered = compileCues(notNegatable(NOT_ANSWERED));
const timeAsked = compileCues(notNegatable(TIME_ASKED));
const ANSWERS = {
  time: compileCues(notNegatable(TIME_ANSWER)),
  amount: compileCues(notNegatable(AMOUNT_ANSWER)),
  action: compileCues(ACTION_ANSWER),
  referral: compileCues(REFERRAL_ANSWER),
  yesno: compileCues(YES_NO_ANSWER),
  smallTalk: compileCues(SMALL_TALK),
} satisfies Record<string, Lexicon>;

/** What shape of answer an enquiry wants. */
type Want = 'time' | 'amount' | 'action' | 'yesno' | 'content' | 'fix';

interface Enquiry {
  turn: number;
  kind: 'question' | 'request';
  want: Want;
  stems: Set<string>;
  cue: string;
  span: [number, number];
  /** The enquiry names a time ("will you be open after six?") or asks when ("when can you look at it?"): a time in the reply answers it. */
  aboutTime: boolean;
  /** A yes/no question about money ("is that going to cost us?"): an amount in the reply ("no charge") answers it. */
  aboutMoney: boolean;
  /** The last content stems of a question about money: what it turns on ("does the refund go back on the same card?"). */
  tail: Set<string>;
  /** Other enquiries raised in the same turn: a reply must then show which one it takes up. */
  siblings: number;
  /** The enquiry this one asks again (itself perhaps a repeat). */
  repeats?: Enquiry;
  addressedBy: number | null;
}

/** How many later agent turns may address an enquiry before it counts as left unattended. */
const AGENT_TURNS_LOOKED_AT = 4;
/** Questions the agent may ask to gather details before acting on a request. */
const AGENT_QUESTIONS_BEFORE_ACTING = 8;
/**
 * A request is acted on once the agent has set out what it involves ("the block is two seventy ... so, the block? I can
 * put you in Thursday"), a few turns more than an answer takes.
 */
const AGENT_TURNS_FOR_AN_ACTION = 6;
/** A reported fault is addressed by the fix, which may come after a long diagnosis. */
const AGENT_TURNS_FOR_A_FIX = 12;
/** Share of stems two enquiries must share to be the same enquiry asked again. */
const REPEAT_OVERLAP = 0.6;
/** An enquiry with fewer content stems than this takes the words said before it in the turn too. */
const FEW_STEMS = 3;
// The words that frame a wanting ("i want to get them phones", "i want to know they last") say nothing of what is
// wanted, so two enquiries sharing only these are not the same one asked again.
const FRAMING_STEMS = new Set(contentStems(['want', 'wanted', 'need', 'needed', 'like', 'wonder', 'wondering', 'know', 'get', 'ask', 'asking', 'tell', 'help', 'please', 'just']));
const WH = /^(?:how|what|what's|when|where|why|which|who)\b/;
// "whether you have a cheaper plan I could move to": the question asks the agent to change something, a request.
const ASKS_TO_CHANGE = /\b(?:i|we) (?:could|can|might) (?:move|switch|change|upgrade|downgrade|go|swap) (?:to|onto|over|across)\b/;

/** The customer's enquiries, and the problem they call about when they tell it without asking anything. */
export function enquiriesOfCall(contexts: readonly TurnContext[]): Map<number, Act[]> {
  const found: Enquiry[] = [];
  let problem: Enquiry | undefined;
  for (const [i, ctx] of contexts.entries()) {
    // An enquiry is the customer's by definition: read on every turn the agent does not speak.
    if (ctx.role === 'agent') continue;
    const explicit = enquiriesIn(ctx, answersAgent(contexts, i));
    // A reported fault ("my card got declined") is the reason for calling but no question or request (graders do not
    // mark it as an enquiry): the first one, before the customer has asked for anything, so answers to the agent's
    // diagnostic questions ("it says wrong password") are not taken for it.
    if (!explicit.length && !found.length && !problem) problem = faultIn(ctx);
    found.push(...explicit);
  }
  markRepeats(found);
  for (const e of found) e.addressedBy = addressedBy(e, contexts);
  for (const ctx of contexts) if (ctx.role !== 'agent' && findCues(ctx.turn, notAnswered).length) takeBackAnswer(found, ctx, contexts);
  // Asked again and answered later: the first asking was answered too.
  for (let i = found.length - 1; i >= 0; i--) {
    const e = found[i];
    if (e.addressedBy === null) continue;
    // Only the enquiry asked again: "can I use another car? and do I pay again?" / "so do I have to pay again?" / "no,
    // changes are free" answers the payment, not the car.
    for (let earlier = e.repeats; earlier; earlier = earlier.repeats) if (earlier.addressedBy === null) earlier.addressedBy = e.addressedBy;
  }
  const out = new Map<number, Act[]>();
  if (problem) out.set(problem.turn, [{ act: 'problem', addressedBy: addressedBy(problem, contexts), cue: problem.cue, span: problem.span }]);
  for (const e of found) {
    const act: Act = {
      act: 'enquiry', kind: e.kind, addressedBy: e.addressedBy,
      ...(e.repeats ? { repeatOf: firstAsked(e) } : {}), cue: e.cue, span: e.span,
    };
    out.set(e.turn, [...(out.get(e.turn) ?? []), act]);
  }
  return out;
}

/**
 * The customer says in `ctx` that an earlier enquiry went unanswered ("you didn't answer about the keys"): whatever reply
 * seemed to address it did not. It is the one asked again in that turn, or the last one that shares a word with the
 * complaint, or else the last one before it; only a reply after the complaint can answer it now.
 */
function takeBackAnswer(found: Enquiry[], ctx: TurnContext, contexts: readonly TurnContext[]): void {
  const again = found.find((e) => e.turn === ctx.index && e.repeats !== undefined);
  const earlier = found.filter((e) => e.turn < ctx.index);
  const named = new Set(contentStems(ctx.turn.tokens));
  const target = again
    ? earlier.filter((e) => e.turn === firstAsked(again)).at(-1)
    : (earlier.filter((e) => [...e.stems].some((w) => named.has(w))).at(-1) ?? earlier.at(-1));
  // Pressed, the agent may still answer: the search starts again after the complaint.
  if (target && target.addressedBy !== null && target.addressedBy < ctx.index) target.addressedBy = addressedBy({ ...target, turn: ctx.index }, contexts);
}

/** The stems of the turn's sentences before token `to` that tell rather than ask (an earlier question is its own enquiry). */
function toldBefore(ctx: TurnContext, to: number): string[] {
  const { turn } = ctx;
  const asked = new Set(ctx.questions.map((q) => q.sentence));
  return turn.sentences.filter((s) => s.tokenEnd <= to && !asked.has(s)).flatMap((s) => [...stemsIn(turn, s.tokenStart, s.tokenEnd)]);
}

function stemsIn(turn: TurnText, from: number, to: number): Set<string> {
  return new Set(contentStems(turn.tokens.slice(from, to)));
}

// "do i need to be in", "would we need to sign": asking whether the need exists is a yes/no question, not a request.
const ASKS_WHETHER = new Set(['do', 'does', 'did', 'would', 'will', "don't", 'dont', 'should']);
function askedWhether(turn: TurnText, pos: number): boolean {
  const k = tokenAt(turn, pos);
  return k > 0 && (turn.tokens[k] === 'i' || turn.tokens[k] === 'we') && ASKS_WHETHER.has(turn.tokens[k - 1]);
}

/** Character `pos` lies in a question quoted from someone else: "and he said, can i have it back" asks the agent nothing. */
function quotedAt(ctx: TurnContext, pos: number): boolean {
  return ctx.quoted.some((q) => pos >= ctx.turn.starts[q.token] && pos < q.sentence.end);
}

// A wanting inside a clause of time or reason ("which is exactly when we need it") describes, it asks for nothing.
const SUBORDINATE_BEFORE = new Set(['when', 'whenever', 'where', 'because', 'cause', 'cos', 'if', 'unless', 'that', 'which', 'what', 'as']);

function enquiriesIn(ctx: TurnContext, answering: boolean): Enquiry[] {
  const { turn } = ctx;
  // Wanting something, said in answer to the agent's question, tells the agent what suits ("we'd like to keep it under
  // four thousand"); it asks for nothing new.
  // A thing wanted in a later sentence is asked for on its own account: "GL4471K. I had to get a taxi. I want that
  // back."
  const answerEnd = turn.sentences[0]?.end ?? turn.text.length;
  const saidAfterAnswer = (r: CueHit) => r.spec.tag === 'wants' && r.span[0] >= answerEnd && !SUBORDINATE_BEFORE.has(turn.tokens[r.token - 1] ?? '');
  const requests = (answering ? findCues(turn, request).filter((r) => (r.spec.tag !== 'wants' && r.spec.tag !== 'any-verb') || saidAfterAnswer(r)) : findCues(turn, request))
    .filter((r) => !quotedAt(ctx, r.span[0]) && !askedWhether(turn, r.span[0]));
  const tells = findCues(turn, tellMe);
  const out: Enquiry[] = [];
  const seen = new Set<Sentence>();
  const sentenceOf = (pos: number) => turn.sentences.find((s) => pos < s.end) ?? turn.sentences[turn.sentences.length - 1];
  // A turn that reports a fault and asks for help ("it's broken and I need it by tomorrow") wants the fix.
  const faulty = findCues(turn, fault, { isQuestion: ctx.isQuestion }).length > 0;
  let whole: Sentence | undefined;
  const add = (kind: Enquiry['kind'], want: Want, from: number, to: number, cue: string, asksWhen = false) => {
    // One enquiry per sentence matches on the whole sentence's words; a split sentence on its own clause's.
    if (from >= to) return;
    const s = whole;
    const [t0, t1] = s ? [s.tokenStart, s.tokenEnd] : [tokenAt(turn, from), tokenAt(turn, to)];
    let stems = stemsIn(turn, t0, t1);
    // "I've just opened a bill for four hundred pounds ... I need someone to look at it": a request, or a question that
    // says little of its own, is about what the turn said before it.
    if ((kind === 'request' || stems.size < FEW_STEMS) && t0 > 0) stems = new Set([...toldBefore(ctx, t0), ...stems]);
    const aboutTime = asksWhen || findCues(turn, timeAsked, { from: tokenAt(turn, from), to: tokenAt(turn, to) }).length > 0;
    // (Not money given as the reason: "will she be in the wooden casket, because we paid extra for that one".)
    const aboutMoney = want === 'yesno' && MONEY.test(turn.norm.slice(from, to).split(REASON)[0]);
    const tail = new Set(aboutMoney ? questionTail(turn.tokens.slice(tokenAt(turn, from), tokenAt(turn, to - 1) + 1)) : []);
    out.push({ turn: ctx.index, kind, want: faulty && kind === 'request' ? 'fix' : want, stems, cue, span: [from, to], aboutTime, aboutMoney, tail, siblings: 0, addressedBy: null });
  };
  for (const s of turn.sentences) {
    // A check of what the customer has understood is answered in passing, and a tag seeking agreement ("that's rich,
    // isn't it?") wants no answer: neither is an enquiry of its own.
    const asked = ctx.questions.filter((q) => q.sentence === s && !q.check && !q.seeksAgreement);
    if (!asked.length) continue;
    const words = turn.tokens.slice(s.tokenStart, s.tokenEnd);
    // Small talk ("how are you") asks for nothing the agent must deliver.
    if (findCues(turn, smallTalk, { from: s.tokenStart, to: s.tokenEnd }).length && words.length <= 6) continue;
    seen.add(s);
    // "I need to cancel my membership, and will I still be charged?": a request, then a question of its own.
    const parts = clauses(turn, s, asked);
    whole = parts.length === 1 ? s : undefined;
    for (const { from, to, q } of parts) {
      const partWords = turn.tokens.slice(tokenAt(turn, from), tokenAt(turn, to));
      const qStart = q ? turn.starts[q.token] : from;
      const qCue = q ? turn.norm.slice(qStart, turn.ends[Math.max(q.token, q.cueEnd - 1)]) : partWords.slice(0, 2).join(' ');
      // The question cue opens the clause's span when it lies inside it.
      const start = q && qStart < to ? Math.max(from, qStart) : from;
      // ("will it be ready the same day i need it for friday": a need told after the question is its reason.)
      const partReq = requests.find((r) => r.span[0] >= from && r.span[0] < to && !(q && r.span[0] > qStart && isReason(turn, r)));
      const tell = tells.find((r) => r.span[0] >= from && r.span[0] < to);
      if (tell) add('question', wantOf(turn.norm.slice(tell.span[1] - 8, to).split(/\s+/), 'open'), Math.max(from, Math.min(start, tell.span[0])), to, tell.cue);
      // "when can you look at it?" asks for the action and its time: the time in "earliest slot is monday" answers it.
      else if (partReq) add('request', 'action', Math.max(from, Math.min(start, partReq.span[0])), to, partReq.cue, q !== undefined && wantOf(turn.tokens.slice(q.token, q.end ?? s.tokenEnd), q.kind) === 'time');
      else if (ASKS_TO_CHANGE.test(partWords.join(' '))) add('request', 'action', start, to, qCue);
      // Words told before a question that joins on ("seven days, and what am i meant to feed him") ask nothing themselves.
      else if (!q) continue;
      else add('question', wantOf(turn.tokens.slice(q.token, q.end ?? s.tokenEnd), q.kind), start, to, qCue);
    }
  }
  const askedFirst = out.length > 0;
  for (const r of requests) {
    const s = sentenceOf(r.span[0]);
    if (!s || seen.has(s)) continue;
    seen.add(s);
    // "When can you look at it? I need it for work.": a need told after a question, with what it is for, is the
    // question's reason, not a second request.
    if (askedFirst && isReason(turn, r)) continue;
    whole = s;
    const tell = tells.find((t) => t.span[0] >= s.start && t.span[0] < s.end);
    if (tell) add('question', wantOf(turn.norm.slice(tell.span[1] - 8, s.end).split(/\s+/), 'open'), r.span[0], s.end, tell.cue);
    else add('request', 'action', r.span[0], s.end, r.cue);
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  for (const e of out) e.siblings = out.length - 1;
  return out;
}

const NEED_FOR = /^(i|we) (need|want) (it|them|him|her|the [a-z]+)( back)? for /;
/** A wanting that says what a thing is needed for: "I need it for work". */
function isReason(turn: TurnText, r: CueHit): boolean {
  return r.spec.tag === 'wants' && NEED_FOR.test(turn.norm.slice(r.span[0]));
}

// A question joined on after a statement rather than another question: "or" and "then" there usually go on with the
// statement's own plan ("i could pay it off then can i close it"), so only these start a clause of their own.
const AFTER_A_STATEMENT = new Set([...QUESTION_JOINERS].filter((w) => w !== 'or' && w !== 'then'));

/**
 * The sentence's clauses, one per question the detector found in it (a question joined on after another is its own).
 * Words told before a question that starts mid-sentence after "and" ("i need to cancel my membership, and will i ...")
 * are a clause of their own, which may be a request.
 */
function clauses(turn: TurnText, s: Sentence, asked: readonly QuestionHit[]): Array<{ from: number; to: number; q?: QuestionHit }> {
  const out: Array<{ from: number; to: number; q?: QuestionHit }> = [];
  let from = s.start;
  for (const [i, q] of asked.entries()) {
    const at = turn.starts[q.token];
    const first = i === 0;
    if (first && AFTER_A_STATEMENT.has(turn.tokens[q.token - 1] ?? '') && at - s.start > 12) {
      out.push({ from, to: at });
      from = at;
    }
    const to = q.end === undefined ? s.end : turn.ends[q.end - 1];
    // "can he drop it round, or do i need to collect it?": the other alternative of the same yes/no question.
    if (!first && q.kind === 'closed' && turn.tokens[q.token - 1] === 'or') out[out.length - 1].to = to;
    else out.push({ from, to, q });
    from = to;
  }
  return out;
}

function faultIn(ctx: TurnContext): Enquiry | undefined {
  const { turn, isQuestion } = ctx;
  // "my internet's gone down again": a fault back again is as much a reason to call as a new one.
  const hit = findCues(turn, fault, { isQuestion })[0] ?? persistingProblem(ctx);
  if (!hit) return undefined;
  const s = turn.sentences.find((x) => hit.span[0] < x.end) ?? turn.sentences[turn.sentences.length - 1];
  return {
    turn: ctx.index, kind: 'request', want: 'fix', stems: stemsIn(turn, 0, turn.tokens.length), cue: hit.cue,
    span: [s.start, s.end], aboutTime: false, aboutMoney: false, tail: new Set(), siblings: 0, addressedBy: null,
  };
}

// "when" followed by a subject opens a clause of time ("the box that kicks in when the line drops, how much is that",
// "and also when i dropped it off the guy said..."), unless the words that ask come before it ("any idea when he's
// coming", "tell me when it starts"); otherwise it asks the time ("when will it come", "When, today?").
const ASKS_WHEN = / (when|when's|whens|what time|how long|how soon|how quickly|how fast|what day|what date|by when|until when) /g;
const CLAUSE_SUBJECTS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'a', 'an', 'there', "i'm", 'im', "it's", 'its', "you're", 'youre', "they're", 'theyre', "we're", 'were']);
const ASKING_BEFORE_WHEN = new Set(['know', 'idea', 'me', 'us', 'say', 'sure', 'wondering', 'wonder', 'ask', 'asking', 'check', 'out', 'see', 'confirm', 'clue', 'guess', 'roughly', 'exactly', 'about']);
function asksWhen(text: string): boolean {
  for (const m of text.matchAll(ASKS_WHEN)) {
    if (m[1] !== 'when') return true;
    const before = text.slice(0, m.index).trim().split(' ').at(-1) ?? '';
    const after = text.slice(m.index + m[0].length).split(' ')[0] ?? '';
    if (!CLAUSE_SUBJECTS.has(after) || ASKING_BEFORE_WHEN.has(before)) return true;
  }
  return false;
}

function wantOf(words: readonly string[], kind: 'open' | 'closed'): Want {
  const text = ` ${words.join(' ')} `;
  if (asksWhen(text)) return 'time';
  if (/ (how much|how many) /.test(text)) return 'amount';
  // "do you price match?" wants a yes or no; "what's the price" wants the price.
  if (kind === 'open' && / (price|prices|cost|costs|charge|charges|charging|fee|fees|rate|rates) /.test(text)) return 'amount';
  // "what would i actually pay on it": the sum to pay.
  if (/ what (would|will|do|does|did|should|shall|am|are) (i|we|you) (actually |be |have to |need to )*(pay|paying|charge|charging) /.test(text)) return 'amount';
  if (/ (can|could|would|will) (you|someone|somebody) /.test(text)) return 'action';
  if (WH.test(words.join(' ').replace(/^(and|so|but|also|ok|okay|oh|right|well) /, ''))) return 'content';
  return kind === 'closed' ? 'yesno' : 'content';
}

/** The turn where an enquiry asked again (or again and again) was first asked. */
function firstAsked(e: Enquiry): number {
  let first = e;
  while (first.repeats) first = first.repeats;
  return first.turn;
}

function markRepeats(found: Enquiry[]): void {
  for (let i = 1; i < found.length; i++) {
    const later = found[i];
    if (!later.stems.size) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = found[j];
      if (earlier.turn === later.turn) continue;
      let shared = 0;
      for (const s of later.stems) if (earlier.stems.has(s) && !FRAMING_STEMS.has(s)) shared++;
      const small = Math.min(later.stems.size, earlier.stems.size);
      // "yes but when will he arrive": a short repeat shares its one content word and wants the same kind of answer.
      const shortRepeat = small <= 2 && shared >= 1 && later.want === earlier.want && later.want !== 'fix';
      if (shortRepeat || (shared >= 2 && shared / small >= REPEAT_OVERLAP)) {
        later.repeats = earlier;
        break;
      }
    }
  }
}

// "how can i help?" invites the request; it is not a question the customer's wanting answers.
const INVITES_REQUEST = /\b(how|what) (can|may|could|shall) (i|we) (help|assist|do for you)|\bwhat can (i|we) do for you|\bhow are you getting on/;

/** The turn follows an agent turn that ended by asking something (not an invitation to ask): what it says first is the answer. */
function answersAgent(contexts: readonly TurnContext[], i: number): boolean {
  const before = contexts[i - 1];
  return before !== undefined && before.role === 'agent' && endsAsking(before) && !INVITES_REQUEST.test(before.turn.norm);
}

function addressedBy(e: Enquiry, contexts: readonly TurnContext[]): number | null {
  let agentTurns = 0;
  let askedBack = 0;
  let replied = false;
  const limit = e.want === 'fix' ? AGENT_TURNS_FOR_A_FIX : e.kind === 'request' ? AGENT_TURNS_FOR_AN_ACTION : AGENT_TURNS_LOOKED_AT;
  for (let j = e.turn + 1; j < contexts.length && agentTurns < limit && askedBack < AGENT_QUESTIONS_BEFORE_ACTING; j++) {
    const ctx = contexts[j];
    if (ctx.role !== 'agent' || !ctx.turn.tokens.length || signsOffOnly(ctx.turn)) continue;
    // The first reply is the first agent turn that does more than ask back ("date of birth and postcode?"); the
    // questions that gather what a request needs (name, new address, moving date) do not use up the window.
    const asks = onlyAsks(ctx);
    if (asks) askedBack++;
    else agentTurns++;
    if (!asks && addresses(e, ctx, !replied)) return j;
    if (!asks) replied = true;
  }
  return null;
}

// "They're transferable within the same household, yes.": a yes or no set off on its own in the reply's first sentence
// (not the "no" of "so no rush on those"), or in the second after a short aside ("Ah, I skipped that one. Yes, as long
// as they're activated.").
const YES_OR_NO = new Set(['yes', 'no', 'yeah', 'nope', 'yep']);
const SHORT_ASIDE_TOKENS = 5;
/** Words that may join a yes or no on to what came before: "straight away, and yes, you can pause it". */
const JOINS = new Set(['and', 'but', 'so']);
function saysYesOrNo(turn: TurnText): boolean {
  const [first, second] = turn.sentences;
  if (first === undefined) return false;
  const aside = second !== undefined && !first.questionMark && first.tokenEnd - first.tokenStart <= SHORT_ASIDE_TOKENS;
  return setOffYesOrNo(turn, first) || (aside && setOffYesOrNo(turn, second));
}

function setOffYesOrNo(turn: TurnText, s: Sentence): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // (Or the conclusion closing the sentence: "i've added portugal up to sunday on the account so no".)
    const concludes = k + 1 === s.tokenEnd && turn.tokens[k - 1] === 'so';
    const opens = concludes || k === s.tokenStart || turn.breakBefore[k] === 1 || (JOINS.has(turn.tokens[k - 1]) && (k - 1 === s.tokenStart || turn.breakBefore[k - 1] === 1));
    const setOff = opens && (k + 1 === s.tokenEnd || turn.breakBefore[k + 1] === 1);
    if (setOff && YES_OR_NO.has(turn.tokens[k])) return true;
  }
  return false;
}

/** How many opening words of a reply may hold the amount that answers a yes/no question about money. */
const MONEY_ANSWER_WITHIN = 12;
/** Words of money in a yes/no question: "is that going to cost us?", "do I have to pay for the callout?". */
const MONEY_WORDS = ['cost', 'costs', 'charge', 'charged', 'charges', 'pay', 'paying', 'paid', 'overpaid', 'fee', 'fees', 'price', 'free', 'refund', 'refunded', 'money', 'credit'];
const MONEY = new RegExp(`\\b(${MONEY_WORDS.join('|')})\\b`);
/** Words of a reply that speak to a question about money: its own words, and who bears the cost. */
const MONEY_REPLY_WORDS = [
  ...MONEY_WORDS, 'prices', 'pricing', 'cheaper', 'covered', 'included', 'responsibility', 'responsible', 'waive', 'waived',
  'extra', 'owe', 'compensation', 'compensate', 'goodwill', 'discount', 'rebate', 'reimburse', 'reimbursed',
];
const MONEY_REPLY = new RegExp(`\\b(${MONEY_REPLY_WORDS.join('|')})\\b`);
/** Words that start the reason given for a question: money said after them is not what is asked about. */
const REASON = /\b(?:because|cause|cos|since)\b/;
/** A money question's last words, and how many of their content stems say what it turns on. */
const TAIL_WORDS = 4;
const TAIL_STEMS = 2;
/** How many opening words of a reply may take up what a money question turns on ("Same card, within five days."). */
const TAIL_ANSWER_WITHIN = 6;
/** What a question about money turns on, when not the money itself: "card" and "same" of "refund goes back on the same card?". */
function questionTail(tokens: readonly string[]): string[] {
  const last = tokens.slice(-TAIL_WORDS);
  if (last.some((w) => MONEY.test(w))) return [];
  return contentStems(last).slice(-TAIL_STEMS);
}
/**
 * "is the retest free?" / "the partial retest covers the brakes only": a reply to a question about money speaks of money
 * or says yes or no, or opens on what the question turns on, not only shares the thing the money is for.
 */
function speaksToMoney(e: Enquiry, turn: TurnText, yesNo: boolean, amount: boolean): boolean {
  if (yesNo || amount || MONEY_REPLY.test(turn.norm)) return true;
  return contentStems(turn.tokens.slice(0, TAIL_ANSWER_WITHIN)).some((w) => e.tail.has(w));
}

/** A question's opening words that ask the agent's side to act: "can you", "could someone", "will anyone". */
const ASKS_THE_AGENT = /\b(you|someone|somebody|anyone|anybody)\b/;

// "it was received at the warehouse on Monday" gives a time, but not the one a "when will I get it" asks for.
const PAST = /\b(was|were|ago|last|yesterday|had|did)\b/;
const FUTURE = /\b(will|going to|should|within|by|tomorrow|next)\b|'ll\b/;

/** A time expression in a sentence that does not talk about the past (before token `to`, if given). */
function futureTime(ctx: TurnContext, to?: number): boolean {
  const { turn } = ctx;
  return findCues(turn, ANSWERS.time, to === undefined ? {} : { to }).some((h) => {
    const s = turn.sentences.find((x) => h.span[0] < x.end);
    const text = s ? turn.norm.slice(s.start, s.end) : '';
    return !PAST.test(text) || FUTURE.test(text);
  });
}

const SAYS_CANNOT_ANSWER = /\b((i'm|im|i am) (honestly |really |just )?not (sure|certain)|no idea|(that's|thats|that is) not (one|something) i know|i (couldn't|couldnt|can't|cant) (tell you|say|go into|comment on|advise on)|(i'm|im|i am) not able to (go into|say|comment|discuss|tell you|advise)|i (can't|cant|cannot|couldn't|couldnt) give you (a|an|the|any) (date|time|timescale|timeframe|answer|figure|price|day)|(it|they|that) should be soon|(it|they|that) (won't|wont) be (too )?long)\b/;
/** The reply's first sentence says the agent cannot answer (one run-on sentence in speech-to-text). */
function opensUnable(turn: TurnText): boolean {
  const first = turn.sentences[0];
  return first !== undefined && SAYS_CANNOT_ANSWER.test(turn.norm.slice(first.start, first.end));
}

// "Tickets bought outside the pass aren't refunded.", "Not refundable under the policy.": a reply that denies in its
// first few words is the answer no to a yes/no question, whatever its words. (Not the comfort of "don't worry", a
// "not sure", or a new subject: "while I've got you, I noticed you haven't got our dental add-on".)
const DENIES = /\b(not|never|no longer|nothing|[a-z]+n't|cannot|cant|wont|isnt|arent|doesnt|dont)\b/;
const COMFORT = /\b(don't|dont|do not) (you )?(worry|panic|apologise|apologize|fret)|\bno (problem|worries|bother|trouble)\b|\bnot (a|any) (problem|bother|trouble)\b|\bnot to worry\b/;
const NEW_SUBJECT = /^(oh )?(while i've got you|while ive got you|while i have you|by the way|and also|also|before i forget|just so you know)\b/;
/** How many opening words of a reply may hold the denial. */
const DENIAL_WITHIN = 8;
function deniesAtOnce(turn: TurnText): boolean {
  const first = turn.sentences[0];
  if (first === undefined || first.questionMark || opensUnable(turn)) return false;
  const opening = turn.tokens.slice(first.tokenStart, Math.min(first.tokenEnd, first.tokenStart + DENIAL_WITHIN)).join(' ');
  return DENIES.test(opening) && !COMFORT.test(opening) && !NEW_SUBJECT.test(opening);
}

/** More words than a filler ("okay so", "right and") before a question mean the turn also says something. */
const STATEMENT_BEFORE_QUESTION_TOKENS = 3;

/** A reply that only asks back ("what's your account number?") has not answered yet, unless it opens with yes or no. */
function onlyAsks(ctx: TurnContext): boolean {
  const { turn } = ctx;
  if (!ctx.questions.length || new Set(ctx.questions.map((q) => q.sentence)).size < turn.sentences.length) return false;
  // Speech-to-text runs a statement and a question into one sentence: words before the first question are an answer.
  if (Math.min(...ctx.questions.map((q) => q.token)) > STATEMENT_BEFORE_QUESTION_TOKENS) return false;
  // "eight pounds for a pair shall i add a pair": a price before the question is an answer.
  if (findCues(turn, ANSWERS.amount).length) return false;
  return !opensYesOrNo(turn, 2);
}

const SHORT_ANSWER_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'that', 'this', 'yours', 'we', 'you', 'i', 'there']);
/**
 * The reply opens, within its first `within` words, with a yes, a no or a short answer ("it is", "we don't"); not the
 * subject and verb inside a question asked back ("did you do the photos", "do you have the reference").
 */
function opensYesOrNo(turn: TurnText, within: number): boolean {
  const insideQuestion = (h: CueHit) => SHORT_ANSWER_SUBJECTS.has(turn.tokens[h.token]) && AUXILIARIES.has(turn.tokens[h.token - 1] ?? '');
  return findCues(turn, ANSWERS.yesno, { to: Math.min(within, turn.tokens.length) }).some((h) => !insideQuestion(h));
}

// "Oh, roses are so much work, aren't they? ... Anyway, is there anything else?": "anyway" opening a clause turns from
// chat to the agent's own business, and only what came before it can have answered.
const AFTER_ANYWAY = new Set(['i', "i'll", 'ill', "i've", 'ive', "i'm", 'im', 'you', "you're", 'youre', "you'll", 'youll', 'we', "we'll", "we've", 'so', 'is', "let's", 'lets', 'let', 'right', "that's", 'thats', 'the', 'he', 'she', 'they', "it's", 'its']);
function turnsAwayAt(turn: TurnText): number {
  for (let k = 1; k < turn.tokens.length - 1; k++) {
    if (turn.tokens[k] !== 'anyway') continue;
    const opensClause = turn.punctuated ? turn.breakBefore[k] === 1 || turn.sentences.some((s) => s.tokenStart === k) : true;
    if (opensClause && (turn.breakBefore[k + 1] === 1 || AFTER_ANYWAY.has(turn.tokens[k + 1]))) return k;
  }
  return -1;
}

// "... my own shed roof looks like a putting green. Right, I've popped the gutters on for the 22nd": after chat, a
// sentence opening with "right", "now" or "okay" turns to the agent's own business as "anyway" does.
const MOVES_ON = new Set(['right', 'now', 'okay', 'ok']);
/** The token where the reply turns to other business, or its length. */
function movesOnAt(turn: TurnText): number {
  const away = turnsAwayAt(turn);
  if (away > 0) return away;
  return turn.sentences.slice(1).find((s) => MOVES_ON.has(turn.tokens[s.tokenStart]))?.tokenStart ?? turn.tokens.length;
}

// Words of delight about the thing asked after: "the albums are my favourite bit", "the sea view rooms are gorgeous".
const GUSH = /\b(lovely|gorgeous|amazing|beautiful|favourite|favorite|stunning|wonderful|fabulous|so nice|so welcome|not cheap)\b/;
const ASKS_A_VERDICT = contentStems(['worth', 'recommend', 'recommended']);
/** How many opening words of a reply may hold the delight that stands in for an answer. */
const GUSH_WITHIN = 12;
/**
 * "oh she'd be so welcome, we get loads of couples in on a saturday" to "and what about my wife": a reply that delights
 * in the subject or tells the agent's own story, with nothing of an answer's shape (yes or no, a denial, a sum, a time,
 * an action, someone to ask), chats instead of answering, whatever words it shares with the question.
 */
function chatsInstead(e: Enquiry, ctx: TurnContext, opensAnswering: boolean): boolean {
  const { turn } = ctx;
  // ("is the premium wash worth it" / "oh the wax is gorgeous": a question asking for a verdict gets one.)
  if (ASKS_A_VERDICT.some((w) => e.stems.has(w))) return false;
  // Only what is said before the reply moves on can answer (an action taken after it is other business).
  const to = movesOnAt(turn);
  const opening = turn.tokens.slice(0, Math.min(GUSH_WITHIN, to)).join(' ');
  const has = (lex: Lexicon) => findCues(turn, lex, { to }).length > 0;
  if (!GUSH.test(opening) && !has(ANSWERS.smallTalk)) return false;
  const shaped = opensAnswering || saysYesOrNo(turn) || deniesAtOnce(turn) || has(ANSWERS.referral) || futureTime(ctx, to)
    || has(ANSWERS.amount) || has(ANSWERS.action);
  return !shaped;
}

/** What the reply says before it turns away shares a word with the enquiry, or says yes, no or a number. */
function answersBefore(e: Enquiry, turn: TurnText, to: number): boolean {
  const before = turn.tokens.slice(0, to);
  if (contentStems(before).some((w) => e.stems.has(w))) return true;
  return before.some((w) => YES_OR_NO.has(w) || /^\d/.test(w)) || DENIES.test(before.join(' '));
}

function addresses(e: Enquiry, ctx: TurnContext, firstReply: boolean): boolean {
  const { turn } = ctx;
  const away = turnsAwayAt(turn);
  if (away > 0 && !answersBefore(e, turn, away)) return false;
  let shared = 0;
  for (const s of new Set(contentStems(turn.tokens))) if (e.stems.has(s)) shared++;
  const has = (lex: Lexicon, opening = false) => findCues(turn, lex, opening ? { to: Math.min(3, turn.tokens.length) } : {}).length > 0;
  const referral = has(ANSWERS.referral);
  // "I'm not sure about that one, sorry", "no idea, I only do the technical side", "it should be soon": the reply opens
  // by saying it cannot answer, and the agent neither acts nor sends the customer anywhere.
  if (opensUnable(turn) && !referral && !has(ANSWERS.action)) return false;
  const opensAnswering = opensYesOrNo(turn, 3);
  if (chatsInstead(e, ctx, opensAnswering)) return false;
  // With two enquiries in the turn, leniency for the first reply would let one answer cover both. A first reply that
  // tells the agent's own story and shares no word with the question ("oh lovely, i did a bit of spanish myself years
  // ago, have you been?") has not taken it up either.
  const lenient = firstReply && e.siblings === 0 && !(shared === 0 && has(ANSWERS.smallTalk));
  // "will you be open after six?" / "we shut at six thirty": a time asked about, answered with a time (a price asked
  // about a time, "how much if i book before friday?", still wants the price).
  if (e.aboutTime && e.want !== 'amount' && firstReply && futureTime(ctx)) return true;
  const offMoney = e.aboutMoney && !speaksToMoney(e, turn, saysYesOrNo(turn) || opensAnswering, has(ANSWERS.amount));
  switch (e.want) {
    // A price or a time is specific enough that its shape alone answers the question, within the window.
    case 'time': if (futureTime(ctx) && (firstReply || shared >= 1 || !has(ANSWERS.action))) return true; break;
    case 'amount': if (has(ANSWERS.amount)) return true; break;
    // "no, not on the fixed ones": a first reply that grants or refuses at once takes the request up.
    case 'action': if (((has(ANSWERS.action) || referral) && (lenient || shared >= 1)) || (lenient && opensAnswering)) return true; break;
    case 'fix': if (has(ANSWERS.action) || referral) return true; break;
    case 'yesno':
      // "If they need anything.": a yes on a condition is an answer too.
      if (firstReply && (deniesAtOnce(turn) || turn.tokens[0] === 'if')) return true;
      // (In the reply's opening words: "I've put you in for Friday ... oh, and twenty percent off sunglasses" is a pitch.)
      if (e.aboutMoney && firstReply && findCues(turn, ANSWERS.amount, { to: Math.min(MONEY_ANSWER_WITHIN, turn.tokens.length) }).length) return true;
      if (offMoney) break;
      if ((opensAnswering && (firstReply || shared >= 1)) || (firstReply && (shared >= 1 || saysYesOrNo(turn)))) return true;
      // An action answers what the agent was asked to do ("can you check it's arrived"), not whether something is so ("do
      // we lose our deposit" / "i'll hold the garden till friday").
      if (has(ANSWERS.action) && ((lenient && ASKS_THE_AGENT.test(e.cue)) || shared >= 1)) return true;
      break;
    default: if ((lenient && turn.tokens.length >= 4) || (firstReply && shared >= 1)) return true;
  }
  if (shared >= 2 && e.want !== 'amount' && e.want !== 'time' && !offMoney) return true;
  return referral && (firstReply || shared >= 1);
}
