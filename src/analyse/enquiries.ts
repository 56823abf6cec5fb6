// Tracks customer enquiries (questions and requests) and finds the later agent turn that addresses each one.
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues, type Lexicon } from './cues.js';
import { ACTION_ANSWER, AMOUNT_ANSWER, REFERRAL_ANSWER, REQUEST, TIME_ANSWER, YES_NO_ANSWER } from './lexicon/enquiries.js';
import { GREETING } from './lexicon/courtesy.js';
import type { Sentence } from './tokens.js';
import { contentStems } from './tokens.js';

const request = compileCues(REQUEST);
const smallTalk = compileCues(GREETING.map((re) => (typeof re === 'string' ? { re, negatable: false } : re)));
const ANSWERS = {
  time: compileCues(TIME_ANSWER.map((re) => (typeof re === 'string' ? { re, negatable: false } : re))),
  amount: compileCues(AMOUNT_ANSWER.map((re) => (typeof re === 'string' ? { re, negatable: false } : re))),
  action: compileCues(ACTION_ANSWER),
  referral: compileCues(REFERRAL_ANSWER),
  yesno: compileCues(YES_NO_ANSWER),
} satisfies Record<string, Lexicon>;

/** What shape of answer an enquiry wants. */
type Want = 'time' | 'amount' | 'action' | 'yesno' | 'content';

interface Enquiry {
  turn: number;
  kind: 'question' | 'request';
  want: Want;
  stems: Set<string>;
  cue: string;
  span: [number, number];
  repeatOf?: number;
}

/** How many later agent turns may address an enquiry before it counts as left unattended. */
const AGENT_TURNS_LOOKED_AT = 4;
/** Share of stems two enquiries must share to be the same enquiry asked again. */
const REPEAT_OVERLAP = 0.6;

export function enquiriesOfCall(contexts: readonly TurnContext[]): Map<number, Act[]> {
  const found: Enquiry[] = [];
  for (const ctx of contexts) if (ctx.role === 'customer') found.push(...enquiriesIn(ctx));
  markRepeats(found);
  const out = new Map<number, Act[]>();
  for (const e of found) {
    const act: Act = {
      act: 'enquiry', kind: e.kind, addressedBy: addressedBy(e, contexts),
      ...(e.repeatOf !== undefined ? { repeatOf: e.repeatOf } : {}), cue: e.cue, span: e.span,
    };
    out.set(e.turn, [...(out.get(e.turn) ?? []), act]);
  }
  return out;
}

function enquiriesIn(ctx: TurnContext): Enquiry[] {
  const { turn } = ctx;
  const requests = findCues(turn, request);
  const out: Enquiry[] = [];
  const seen = new Set<Sentence>();
  const sentenceOf = (pos: number) => turn.sentences.find((s) => pos < s.end) ?? turn.sentences[turn.sentences.length - 1];
  const stemsOf = (s: Sentence) => new Set(contentStems(turn.tokens.slice(s.tokenStart, s.tokenEnd)));
  for (const q of ctx.questions) {
    const s = q.sentence;
    const words = turn.tokens.slice(s.tokenStart, s.tokenEnd);
    // Small talk ("how are you") asks for nothing the agent must deliver.
    if (findCues(turn, smallTalk, { from: s.tokenStart, to: s.tokenEnd }).length && words.length <= 6) continue;
    const req = requests.find((r) => r.span[0] >= s.start && r.span[0] < s.end);
    seen.add(s);
    out.push({
      turn: ctx.index, kind: req ? 'request' : 'question', want: req ? 'action' : wantOf(words, q.kind),
      stems: stemsOf(s), cue: (req ?? { cue: turn.norm.slice(turn.starts[q.token], turn.ends[Math.max(q.token, q.cueEnd - 1)]) }).cue,
      span: [turn.starts[q.token], s.end],
    });
  }
  for (const r of requests) {
    const s = sentenceOf(r.span[0]);
    if (!s || seen.has(s)) continue;
    seen.add(s);
    out.push({ turn: ctx.index, kind: 'request', want: 'action', stems: stemsOf(s), cue: r.cue, span: [r.span[0], s.end] });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

function wantOf(words: readonly string[], kind: 'open' | 'closed'): Want {
  const text = ` ${words.join(' ')} `;
  if (/ (when|what time|how long|how soon|what day|what date|by when|until when) /.test(text)) return 'time';
  if (/ (how much|how many|price|cost|costs|charge|fee|rate) /.test(text)) return 'amount';
  if (/ (can|could|would|will) (you|someone|somebody) /.test(text)) return 'action';
  return kind === 'closed' ? 'yesno' : 'content';
}

function markRepeats(found: Enquiry[]): void {
  for (let i = 1; i < found.length; i++) {
    const later = found[i];
    if (later.stems.size < 2) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = found[j];
      if (earlier.turn === later.turn) continue;
      let shared = 0;
      for (const s of later.stems) if (earlier.stems.has(s)) shared++;
      if (shared >= 2 && shared / Math.min(later.stems.size, earlier.stems.size) >= REPEAT_OVERLAP) {
        later.repeatOf = earlier.repeatOf ?? earlier.turn;
        break;
      }
    }
  }
}

function addressedBy(e: Enquiry, contexts: readonly TurnContext[]): number | null {
  let agentTurns = 0;
  for (let j = e.turn + 1; j < contexts.length && agentTurns < AGENT_TURNS_LOOKED_AT; j++) {
    const ctx = contexts[j];
    if (ctx.role !== 'agent' || !ctx.turn.tokens.length) continue;
    agentTurns++;
    if (addresses(e, ctx, agentTurns === 1)) return j;
  }
  return null;
}

function addresses(e: Enquiry, ctx: TurnContext, firstReply: boolean): boolean {
  const { turn } = ctx;
  let shared = 0;
  for (const s of new Set(contentStems(turn.tokens))) if (e.stems.has(s)) shared++;
  const has = (lex: Lexicon, opening = false) => findCues(turn, lex, opening ? { to: Math.min(3, turn.tokens.length) } : {}).length > 0;
  // A reply that only asks back ("what's your account number?") has not answered yet.
  const onlyAsks = ctx.questions.length > 0 && ctx.questions.length === turn.sentences.length;
  const referral = has(ANSWERS.referral);
  let shaped: boolean;
  switch (e.want) {
    case 'time': shaped = has(ANSWERS.time); break;
    case 'amount': shaped = has(ANSWERS.amount); break;
    case 'action': shaped = has(ANSWERS.action) || referral; break;
    case 'yesno': shaped = has(ANSWERS.yesno, true) || has(ANSWERS.action); break;
    default: shaped = !onlyAsks && turn.tokens.length >= 4;
  }
  if (shaped && (firstReply || shared >= 1) && !onlyAsks) return true;
  if (shared >= 2 && !onlyAsks) return true;
  return referral && (firstReply || shared >= 1);
}
