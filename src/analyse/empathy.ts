// Detects empathy: recognising the other person's feeling, minus negated, trivial, brush-off and sarcastic forms.
import type { Act, Span } from '../model/analysis.js';
import type { Appraisal } from './appraisal.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues, saidBy, tokenEndOf, type CueHit } from './cues.js';
import { hardshipCues } from './emotion.js';
import { isNegator } from './negation.js';
import { BRUSH_OFF, EMPATHY, OWN_SLIP, PLEASANTRY, SARCASM, TRIVIAL_APOLOGY } from './lexicon/empathy.js';
import { ING_NOUNS, sentenceAt } from './tokens.js';

const empathy = compileCues(EMPATHY);
const trivial = compileCues(TRIVIAL_APOLOGY);
const brushOff = compileCues(BRUSH_OFF);
const sarcasm = compileCues(SARCASM);
const ownSlip = compileCues(OWN_SLIP);
const pleasantry = compileCues(PLEASANTRY);

/** Every empathy cue of the turn, before the trivial/brush-off filters: listening.ts reads them to tell "i understand, that's confusing" (empathy) from a bare "i understand". */
export function empathyCues(turn: TurnContext['turn']) {
  return findCues(turn, empathy);
}

/**
 * "With a baby in a cold house, that's a priority": the agent naming the customer's hardship and who it falls on, in a
 * statement, recognises the situation.
 */
function hardshipNamed(ctx: TurnContext): Candidate[] {
  if (ctx.role !== 'agent') return [];
  const { turn } = ctx;
  const { who, what } = hardshipCues(turn);
  return what
    .filter((h) => {
      const s = sentenceAt(turn, h.span[0]);
      return s !== undefined && !ctx.isQuestion(s) && who.some((w) => sentenceAt(turn, w.span[0]) === s);
    })
    .map(fromCue);
}

export function empathyActs(ctx: TurnContext): Act[] {
  const { turn } = ctx;
  const candidates = [
    ...findCues(turn, empathy, { isQuestion: ctx.isQuestion }).filter((h) => saidBy(h, ctx.role)).map(fromCue), ...ctx.appraisals.filter((a) => recognises(a) && !causeOfTheirs(turn, a)).map(fromAppraisal), ...hardshipNamed(ctx),
    ...situationJudged(ctx), ...circumstanceJudged(ctx),
  ];
  if (!candidates.length) return [];
  // Sentences spoiled by sarcasm or a brush-off carry no empathy at all; a trivial apology spoils only its "sorry".
  // A customer's apology for their own slip ("Sorry, I've wasted your time") spoils its sentence the same way.
  const slips = ctx.role === 'customer' ? findCues(turn, ownSlip) : [];
  const spoiled = new Set([...findCues(turn, sarcasm), ...findCues(turn, brushOff), ...slips].map((h) => sentenceAt(turn, h.span[0])));
  const trivialAt = new Set(findCues(turn, trivial).map((h) => h.token));
  const courtesies = findCues(turn, pleasantry);
  const acts: Act[] = [];
  const done = new Set<unknown>();
  for (const c of candidates.sort((a, b) => a.span[0] - b.span[0])) {
    const sentence = sentenceAt(turn, c.span[0]);
    if (!sentence || spoiled.has(sentence) || done.has(sentence)) continue;
    if (turn.tokens[c.token] === 'sorry' && isTrivialSorry(ctx, c.token, sentence, trivialAt)) continue;
    if (courtesies.some((h) => h.span[0] < c.span[1] && c.span[0] < h.span[1])) continue;
    if (c.reflection && !reflects(ctx, c.token, sentence)) continue;
    if (ctx.role === 'customer' && !addressesListener(turn, sentence)) continue;
    // A customer's "sorry" apologises for their own doing ("sorry to ask again, but can you send the report"); their
    // empathy for the agent is in other words ("I know it's not your fault").
    if (ctx.role === 'customer' && turn.tokens[c.token] === 'sorry') continue;
    done.add(sentence);
    acts.push({ act: 'empathy', cue: c.cue, span: c.span });
  }
  return acts;
}

// "that's a rough spot", "that's such a long stretch to be living like that", "that's a jolt to get out of the blue".
const THAT_IS = new Set(["that's", 'thats']);
const JUDGEMENT_DEGREE = new Set(['such', 'quite', 'really', 'real', 'proper', 'genuinely', 'very', 'right', 'bit', 'of', 'pretty']);
// What ties the judged thing to the customer's circumstances: "... to see on a letter", "... when it's your food money".
const SITUATION_LINKS = new Set(['to', 'when', 'with', 'for', 'especially', 'after', 'on']);
const LEADS_TO_JUDGEMENT = new Set(['oh', 'ah', 'gosh', 'god', 'goodness', 'dear', 'right', 'okay', 'ok', 'well', 'i', 'know', 'yeah', 'no', 'wow', 'blimey', 'crikey']);
const JUDGED_WORDS = 4;
// What the talk itself is ("that's a question for billing", "that's a fair point with kids"), not what befell them.
const TALK_NOUNS = new Set(['question', 'point', 'idea', 'option', 'choice', 'request', 'tip', 'suggestion', 'query', 'matter', 'job', 'contract', 'plan', 'product', 'service', 'fee', 'charge', 'price', 'deposit', 'number']);

/**
 * The agent judging what the customer went through as a whole ("that's a big jump to see on a letter", "five weeks
 * without a kitchen, that's a long stretch to be living like that"): graders count it as empathy whatever the words,
 * so the frame is read, not a list. Not a diagnosis ("that's a leak on the supply pipe" names no
 * circumstance of theirs) nor approval ("that's a fair point").
 */
function situationJudged(ctx: TurnContext): Candidate[] {
  if (ctx.role !== 'agent') return [];
  const { turn } = ctx;
  const { tokens } = turn;
  for (const s of turn.sentences) {
    if (s.questionMark || ctx.isQuestion(s)) continue;
    for (let k = s.tokenStart; k < s.tokenEnd - 3; k++) {
      if (!THAT_IS.has(tokens[k])) continue;
      let lead = k - 1;
      while (lead >= s.tokenStart && LEADS_TO_JUDGEMENT.has(tokens[lead]) && !turn.breakBefore[lead + 1]) lead--;
      if (lead >= s.tokenStart && !turn.breakBefore[lead + 1]) continue;
      let j = k + 1;
      while (j < s.tokenEnd && JUDGEMENT_DEGREE.has(tokens[j])) j++;
      if (tokens[j] !== 'a' && tokens[j] !== 'an') continue;
      let end = j + 1;
      while (end < s.tokenEnd && end <= j + JUDGED_WORDS && !SITUATION_LINKS.has(tokens[end]) && !turn.breakBefore[end]) end++;
      if (end === j + 1 || end > j + JUDGED_WORDS || end >= s.tokenEnd || !SITUATION_LINKS.has(tokens[end])) continue;
      if (tokens[end] === 'on' && !(tokens[end + 1] === 'top' || tokens[end + 1] === 'a')) continue;
      // Mildly rated words ("big" +1) describe; approval ("fair" +2, "great" +3) is no judgement of a hardship.
      if (TALK_NOUNS.has(tokens[end - 1]) || ctx.valences.some((v) => v.token > j && v.token < end && v.rated > 1)) continue;
      return [{ cue: turn.norm.slice(turn.starts[k], turn.ends[end - 1]), span: [turn.starts[k], turn.ends[end]], token: k, reflection: false }];
    }
  }
  return [];
}

/** A place where the turn may recognise the other party's feeling, from a cue or from an appraisal. */
interface Candidate {
  cue: string;
  span: Span;
  token: number;
  /** Names a feeling back ("you sound worn out"): only when not asked or supposed ("if you feel unsafe"). */
  reflection: boolean;
}

const fromCue = (h: CueHit): Candidate => ({ cue: h.cue, span: h.span, token: h.token, reflection: h.spec.tag === 'reflection' });

/**
 * The listener's state or situation appraised ("you must be shattered", "that sounds miserable"), or what happened
 * judged in the speaker's own exclamation ("that's dreadful", "what a rotten week"). Not "it's" judgements: "it's a
 * bad line" or "it's a pain to set up" are more often about the product.
 */
function recognises(a: Appraisal): boolean {
  if (a.polarity !== 'negative') return false;
  if (a.frame === 'listener') return true;
  return a.frame === 'situation' && JUDGING_HEADS.has(a.head);
}
const JUDGING_HEADS = new Set(["that's", 'thats', 'that', 'what', 'how', 'such']);

/** "anything else that's worrying you?": a relative clause naming what troubles them, not the agent's judgement of it. */
function causeOfTheirs(turn: TurnContext['turn'], a: Appraisal): boolean {
  const next = tokenEndOf(turn, a);
  // ("That's maddening, you had it fitted..." goes on to a new clause.)
  return next < turn.tokens.length && !turn.breakBefore[next] && LISTENER_AS_OBJECT.has(turn.tokens[next]);
}
const LISTENER_AS_OBJECT = new Set(['you', 'yourself']);

function fromAppraisal(a: Appraisal): Candidate {
  return { cue: a.cue, span: a.span, token: a.token, reflection: a.frame === 'listener' };
}

const LISTENER = new Set(['you', 'your', "you're", 'youre', "you've", 'youve', 'yours', 'yourself']);

/**
 * The trouble a customer reacts to is their own: their "oh no, I gave them my PIN" or "that's not okay" voices it
 * (customer-emotion). A customer's empathy is for the agent and addresses them: "I know it's not your fault", "you've
 * been really patient with me".
 */
function addressesListener(turn: TurnContext['turn'], sentence: NonNullable<ReturnType<typeof sentenceAt>>): boolean {
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) if (LISTENER.has(turn.tokens[j])) return true;
  return false;
}

// A feeling named after these words is a condition or a cause, not a reflection: "if you feel unsafe, call...",
// "what makes you feel anxious", "let you feel heard".
const NOT_REFLECTING_AFTER = new Set(['if', 'when', 'whenever', 'unless', 'until', 'once', 'case', 'whether', 'make', 'makes', 'made', 'making', 'let', 'lets', 'help', 'helps']);

/**
 * "you sound worn out" reflects a feeling back; "do you feel anxious?", "how long have you felt low" and "if you
 * feel unsafe" only ask about or suppose one.
 */
function reflects(ctx: TurnContext, k: number, sentence: NonNullable<ReturnType<typeof sentenceAt>>): boolean {
  // Asked only when the question starts before the feeling is named: speech-to-text runs "that must have been
  // frightening" and "is he hurt at all" into one sentence, and the feeling is still reflected.
  const asked = ctx.questions.some((q) => q.sentence === sentence && q.token <= k);
  if (asked || (sentence.questionMark && !ctx.questions.some((q) => q.sentence === sentence))) return false;
  for (let j = k - 1; j >= sentence.tokenStart && j >= k - 3; j--) {
    if (NOT_REFLECTING_AFTER.has(ctx.turn.tokens[j])) return false;
  }
  return true;
}

/** "sorry?" alone, "sorry to interrupt", or a "sorry" that opens a question ("sorry, what was the number?", "sorry, TR7 what?"). */
function isTrivialSorry(ctx: TurnContext, k: number, sentence: NonNullable<ReturnType<typeof sentenceAt>>, trivialAt: Set<number>): boolean {
  if (trivialAt.has(k)) return true;
  const words = sentence.tokenEnd - sentence.tokenStart;
  if (words <= 2 && sentence.questionMark) return true;
  // "sorry, what was the number": the question follows the apology at once; "i'm sorry you've been waiting ... can i
  // take your name" recognises the wait and then moves on.
  return ctx.isQuestion(sentence) && k - sentence.tokenStart <= 2
    && ctx.questions.some((q) => q.sentence === sentence && q.token >= k && q.token - k <= 3);
}

// A stretch of time or a count said as the subject: "two days offline", "a week of that", "twice in a month".
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'twenty', 'thirty', 'forty', 'several', 'few', 'another', 'more']);
const SPANS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'fortnight', 'times', 'calls', 'visits', 'goes', 'attempts', 'evenings', 'mornings', 'weekends']);
const OFTEN = new Set(['twice', 'again']);
// In the present: "was terrible" more often tells the speaker's own story.
const COPULA_OF_JUDGEMENT = new Set(['is', "isn't", 'isnt', 'sounds', 'be']);
// In the subject these make the circumstance the speaker's own, or a clause's ("accepting that something is wrong").
// ("We" and "us" are the agent's company: "finding out from a letter rather than from us isn't great".)
const NOT_IN_CIRCUMSTANCE = new Set(['i', 'my', 'me', "i'm", 'im', "i've", 'ive', 'something', 'someone', 'it', 'this', 'everything', 'anything',
  'nothing']);
const BEFORE_JUDGED_WORD = new Set(['not', 'no', 'really', 'very', 'so', 'quite', 'a', 'an', 'the', 'such', 'absolutely', 'properly', 'pretty', 'bit',
  'of', 'possible', 'just', 'real', 'right', 'genuinely']);
// Said denied, these judge a circumstance as hard: "isn't great", "is no joke", "is no fun".
const DENIED_GOOD = new Set(['great', 'fun', 'joke', 'nice', 'ideal', 'good', 'funny', 'picnic']);
const SUBJECT_WORDS = 12;
const LEAD_INS = new Set(['honestly', 'and', 'so', 'but', 'sorry', 'ouch', 'aw', 'oof']);

/**
 * "two days offline with a deadline coming is rough", "not knowing is the worst", "losing orders in your busiest week is
 * awful": the agent judging a circumstance of the customer's (a stretch of time, a count, something going on) as hard.
 * The subject's shape carries it, so any word the valence lexicon rates will do. Not "anything over the limit is
 * charged" (no circumstance) nor a question.
 */
function circumstanceJudged(ctx: TurnContext): Candidate[] {
  if (ctx.role !== 'agent') return [];
  const { turn } = ctx;
  const { tokens } = turn;
  for (const v of ctx.valences) {
    let j = v.token - 1;
    let denied = false;
    while (j > 0 && BEFORE_JUDGED_WORD.has(tokens[j]) && !turn.breakBefore[j + 1]) {
      if (isNegator(tokens, j)) denied = true;
      j--;
    }
    const copula = tokens[j];
    if (!COPULA_OF_JUDGEMENT.has(copula) || turn.breakBefore[j + 1]) continue;
    if (copula === 'be' && tokens[j - 1] !== 'must' && tokens[j - 1] !== 'would') continue;
    denied ||= copula.includes('n');
    const hard = denied ? v.rated >= 2 && DENIED_GOOD.has(tokens[v.token]) : v.rated <= -2;
    if (!hard) continue;
    const s = sentenceAt(turn, turn.starts[v.token]);
    const verb = copula === 'be' ? j - 1 : j;
    // A question that starts before the judgement asks it ("is waiting the worst part?"); one after it is the next
    // step of run-on speech ("sitting in your coats is no good is the boiler light on"), and a tag that seeks agreement
    // still judges ("binning food is the worst feeling, isn't it").
    if (!s || ctx.questions.some((q) => q.sentence === s && !q.seeksAgreement && q.token <= verb) || (s.questionMark && !ctx.isQuestion(s))) continue;
    const first = circumstanceStart(turn, s.tokenStart, verb);
    if (first < 0) continue;
    const span: Span = [turn.starts[first], turn.ends[v.token]];
    return [{ cue: turn.norm.slice(span[0], span[1]), span, token: first, reflection: false }];
  }
  return [];
}

/** The first token of a circumstance that is the subject of the verb at `verb`, or -1. */
function circumstanceStart(turn: TurnContext['turn'], from: number, verb: number): number {
  const { tokens } = turn;
  let k = verb - 1;
  while (k > from && !turn.breakBefore[k] && !LEADS_TO_JUDGEMENT.has(tokens[k - 1]) && verb - k < SUBJECT_WORDS) k--;
  if (verb - k >= SUBJECT_WORDS) return -1;
  // "honestly, binning food is the worst": past the words that lead in to the judgement.
  while (k < verb - 1 && (LEADS_TO_JUDGEMENT.has(tokens[k]) || LEAD_INS.has(tokens[k]))) k++;
  for (let j = k; j < verb; j++) if (NOT_IN_CIRCUMSTANCE.has(tokens[j])) return -1;
  const w = tokens[k];
  const doing = (x: string | undefined) => x !== undefined && x.length > 4 && x.endsWith('ing') && !ING_NOUNS.has(x);
  if (doing(w) || (w === 'not' && doing(tokens[k + 1])) || OFTEN.has(w)) return k;
  if (COUNT_WORDS.has(w) && (SPANS.has(tokens[k + 1]) || SPANS.has(tokens[k + 2]))) return k;
  return -1;
}
