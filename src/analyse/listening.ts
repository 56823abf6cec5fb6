// Detects active listening: acknowledgements, and paraphrases (cue phrases, or a restatement of the other party's words).
import type { Act } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, type CueHit, findCues, saidBy, tokenEndOf } from './cues.js';
import { empathyCues } from './empathy.js';
import { ACKNOWLEDGEMENT, INSTRUCTING_AFTER_YOU, NOT_RESTATING, NUMBER_WORDS, PARAPHRASE, RESTATING_SUBJECTS, SPEAKER_SUBJECTS } from './lexicon/listening.js';
import { CLAUSE_MARKERS, LEAD_FILLERS } from './lexicon/questions.js';
import { type Sentence, sentenceAt, STOPWORDS, stem, type TurnText } from './tokens.js';

const acknowledgement = compileCues(ACKNOWLEDGEMENT);
// Numbers read back are not a restatement ("so that's four five eight two one"), whichever way they are compared.
// Numbers read back, and the words of a greeting ("good morning" / "since this morning"), are not the other party's content.
const NOT_CONTENT_STEMS = new Set([...NUMBER_WORDS, 'morning', 'afternoon', 'evening'].map(stem));
const paraphrase = compileCues(PARAPHRASE);

// A restatement reuses at least this many distinct content stems of the other party's turn...
const MIN_SHARED_STEMS = 3;
// ...making up at least this share of the restating turn's own content.
const MIN_SHARED_SHARE = 0.4;
const RESTATING_OPENERS = new Set(['so', 'you', "you're", 'youre', 'your', 'it', 'that', 'sounds', 'seems', 'just']);
// "understood, ...": these cues are the whole acknowledgement; "i understand"/"i hear you" may instead open empathy.
const FEELING_OPENERS = new Set(['i']);
// A "so ..." restatement starts within the first few words of its sentence ("thanks maya so you're on ...").
const SO_WITHIN = 6;
const SO_ANYWHERE_WITHIN = 4;
// "so you're on ...", "so your on ...": what the agent reads off the account, unless it restates (soRestatement).
const ON_THE_ACCOUNT = new Set(["you're", 'youre', 'your']);
const INTENSIFIED_AFTER = new Set(['feel', 'feels', 'felt', 'feeling', 'be', 'is', 'are', 'was', 'were', "i'm", 'im', "you're", 'youre', "it's", 'its', 'look', 'looks', 'seem', 'seems', 'sound', 'sounds', 'get', 'got', 'getting', 'very', 'really', 'not']);

export function acknowledgementActs(ctx: TurnContext): Act[] {
  const { turn } = ctx;
  for (const hit of findCues(turn, acknowledgement)) {
    if (!(opensClause(turn, hit.token) || closesReadBack(turn, hit) || hit.spec.tag === 'closes-turn') || !saidBy(hit, ctx.role)) continue;
    // "i understand but we can't authorise it": heard only to be turned down.
    if (turnedDown(turn, tokenEndOf(turn, hit))) continue;
    // "I understand, it's confusing to get a bill..." recognises a feeling: that is empathy, not a bare acknowledgement.
    if (FEELING_OPENERS.has(turn.tokens[hit.token]) && (feelingInSentence(turn, hit.span) || namesFeeling(turn, hit.span))) continue;
    return [{ act: 'acknowledgement', cue: hit.cue, span: hit.span }];
  }
  return [];
}

function turnedDown(turn: TurnText, after: number): boolean {
  const next = turn.tokens[after] === 'that' ? after + 1 : after;
  return turn.tokens[next] === 'but';
}

/**
 * An acknowledgement opens its clause, after fillers at most ("okay, i see", "right got it, and..."): "when will i get
 * it" and "i don't see why" only contain the words.
 */
const ACK_LEADS = new Set(['ah', 'ahh', 'aah', 'aha', 'thanks', 'mhm', 'uh-huh']);

function opensClause(turn: TurnText, k: number): boolean {
  for (let j = k; j > 0; j--) {
    if (turn.breakBefore[j]) return true;
    if (!LEAD_FILLERS.has(turn.tokens[j - 1]) && !ACK_LEADS.has(turn.tokens[j - 1])) return false;
  }
  return true;
}

/**
 * An empathy cue beside the acknowledgement, in its sentence or, when the acknowledgement is a sentence of its own
 * ("I understand. That must be a worry."), in the next one.
 */
function feelingInSentence(turn: TurnText, span: [number, number]): boolean {
  const i = sentenceIndexOf(turn, span[0]);
  const s = turn.sentences[i];
  const next = s && s.tokenEnd - s.tokenStart <= BARE_ACKNOWLEDGEMENT ? turn.sentences[i + 1] : undefined;
  const end = next ? next.end : s?.end ?? turn.text.length;
  return empathyCues(turn).some((h) => h.spec.tag !== 'common-lot' && (h.span[0] >= span[1] || h.span[1] <= span[0]) && h.span[0] >= (s?.start ?? 0) && h.span[0] < end);
}
/** "i understand how you feel", "i understand it's hard": an empathy cue that starts with the acknowledgement and goes on. */
function namesFeeling(turn: TurnText, span: [number, number]): boolean {
  return empathyCues(turn).some((h) => h.span[0] >= span[0] && h.span[0] < span[1] && h.span[1] > span[1]);
}

/**
 * "okay tomorrow before ten got it", "so through the settings not the camera got it": speech-to-text runs a read-back and
 * its "got it" together, with no break; "got it" after anything but its own subject ("they never got it", "my
 * neighbour's got it") takes the detail in when it closes the turn or the next clause starts ("since tuesday got it and
 * is it only the kitchen tap", "ninety two and forty got that and are there any").
 */
function closesReadBack(turn: TurnText, hit: CueHit): boolean {
  const end = tokenEndOf(turn, hit);
  const before = turn.tokens[hit.token - 1] ?? '';
  if (!READ_BACK_CLOSERS.has(hit.cue) || before === '' || SUBJECT_OF_GOT.has(before) || before.endsWith("'s")) return false;
  return end === turn.tokens.length || Boolean(turn.breakBefore[end]) || NEXT_CLAUSE.has(turn.tokens[end]);
}
const READ_BACK_CLOSERS = new Set(['got it', 'gotcha', 'got that']);
// Words that start the clause after a "got it" rather than carry it on ("got it fixed", "got it back").
const NEXT_CLAUSE = new Set([
  'and', 'so', 'now', 'thanks', 'thank', 'right', 'okay', 'ok', 'lovely', 'great', 'perfect', 'but', 'um', 'erm',
  "i'll", 'ill', "i'm", 'im', "i've", 'ive', 'can', 'could', 'is', 'are', 'do', 'does', 'did', 'what', 'where', 'when',
  'how', 'which', "there's", 'theres', 'let', 'thing', 'bear', 'one',
]);
const SUBJECT_OF_GOT = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'who', 'never', 'not', 'just', 'already', 'finally', 'have', 'has', "i've",
  'ive', "you've", 'youve', "we've", 'weve', "they've", 'theyve', 'hes', 'shes', 'its', 'nobody',
  'someone', 'somebody', 'anyone', 'everyone', 'if', 'still', 'only',
]);

// "okay i understand" or "i hear you": a sentence this short is only the acknowledgement.
const BARE_ACKNOWLEDGEMENT = 4;

function sentenceIndexOf(turn: TurnText, pos: number): number {
  for (let i = 0; i < turn.sentences.length; i++) if (pos < turn.sentences[i].end) return i;
  return turn.sentences.length - 1;
}

/**
 * "I'll ring you at ten to confirm he's moving", "I'll email the quote so you've got it in writing": "to confirm", or
 * "so you've got" after a promise, inside a clause gives its purpose; one that opens its clause ("Just to confirm, the
 * router restarts every evening", "okay so you've got two routers") checks what was said.
 */
function purposeClause(turn: TurnContext['turn'], h: CueHit): boolean {
  const first = turn.tokens[h.token];
  if (first !== 'to' && first !== 'so') return false;
  const before = turn.tokens[h.token - 1];
  if (before === undefined || turn.breakBefore[h.token] || CLAUSE_MARKERS.has(before) || LEAD_FILLERS.has(before)) return false;
  if (first === 'to') return true;
  // Speech-to-text runs a reaction into the restatement ("right that makes sense so you've got water but no cooker"):
  // a "so" in mid-sentence gives a purpose only after the speaker's own promise.
  const s = sentenceAt(turn, h.span[0]);
  return s !== undefined && OWN_PROMISE.test(turn.norm.slice(s.start, h.span[0]));
}
const OWN_PROMISE = /\b(i'll|ill|i will|we'll|we will|i can|we can|i'm going to|let me|shall i)\b/;

/** An empathy cue naming a feeling starts inside the paraphrase cue: "it sounds like you're feeling let down". */
function reflectsFeeling(turn: TurnText, span: [number, number]): boolean {
  return empathyCues(turn).some((h) => h.spec.tag === 'reflection' || /^(sounds|seems|looks|sound|seem) like/.test(h.cue)
    ? h.span[0] >= span[0] && h.span[0] < span[1] : false);
}

/**
 * Paraphrase of the most recent turn of another speaker (`previous`), by cue phrase, by a "so ..." restatement, or by
 * reusing its content words in a restating form.
 */
export function paraphraseActs(
  ctx: TurnContext, stems: readonly string[], previous?: { index: number; stems: readonly string[]; asked: boolean; greeting: boolean }, upset = false,
  toldEarlier?: ReadonlySet<string>,
): Act[] {
  if (ctx.role === 'customer') {
    // A customer's "so you're telling me nobody's opened it", "so I get punished because you guessed wrong": said back
    // in anger, a complaint, not a check. Their answer to the greeting restates nothing.
    if (upset || TOLD_INDIGNANTLY.test(ctx.turn.norm) || previous?.greeting) return [];
  }
  // "it sounds like you're worn out" reflects a feeling (empathy); "it sounds like the move fell through" restates.
  const hit = findCues(ctx.turn, paraphrase).find((h) => {
    const s = sentenceAt(ctx.turn, h.span[0]);
    return !reflectsFeeling(ctx.turn, h.span) && !(s && refusalSaidBack(ctx.turn, s, s.tokenStart)) && !recaps(h) && !purposeClause(ctx.turn, h);
  });
  const ofTurn = previous?.index;
  const of = ofTurn !== undefined ? { ofTurn } : {};
  if (hit) return [{ act: 'paraphrase', ...of, cue: hit.cue, span: hit.span }];
  const theirs = new Set(previous?.stems ?? []);
  const restated = soRestatement(ctx.turn, theirs, ctx.role === 'customer', toldEarlier) ?? checkedRestatement(ctx.turn, theirs);
  if (restated && !(ctx.role === 'customer' && asksAnew(ctx, restated.span))) return [{ act: 'paraphrase', ...of, ...restated }];
  // A reply to a question reuses its words to answer it ("is the broadband working?" / "yes the broadband's fine").
  if (!previous || !stems.length || previous.asked) return [];
  const mine = new Set(stems);
  let shared = 0;
  for (const s of mine) if (theirs.has(s) && !NOT_CONTENT_STEMS.has(s) && !/^\d/.test(s)) shared++;
  if (shared < MIN_SHARED_STEMS || shared / mine.size < MIN_SHARED_SHARE) return [];
  const { tokens } = ctx.turn;
  let k = 0;
  while (k < tokens.length && LEAD_FILLERS.has(tokens[k]) && tokens[k] !== 'so' && tokens[k] !== 'just') k++;
  if (!RESTATING_OPENERS.has(tokens[k] ?? '') && shared / mine.size < 0.6) return [];
  const opening = ctx.turn.sentences[0];
  if (opening && refusalSaidBack(ctx.turn, opening, k)) return [];
  const end = ctx.turn.sentences[0]?.end ?? ctx.turn.text.length;
  const reused = tokens.filter((t) => theirs.has(stem(t)) && !STOPWORDS.has(t));
  const cue = [...new Set(reused)].slice(0, 5).join(' ');
  return [{ act: 'paraphrase', ofTurn: previous.index, cue, span: [ctx.turn.starts[k] ?? 0, end] }];
}

/** "so when will she call", "so what happens to the deposit": a customer's wh-question asks something new. */
function asksAnew(ctx: TurnContext, span: [number, number]): boolean {
  const s = sentenceAt(ctx.turn, span[0]);
  return ctx.questions.some((q) => q.sentence === s && q.kind === 'open');
}

const RECAP = /(recap|sum up|summari[sz]e)$/;
/**
 * "So to recap: Carla calls by midday tomorrow and the visit follows within three days": a summary of what was agreed,
 * which graders counted as restating the customer once in seven such turns on the labelled calls.
 */
function recaps(hit: CueHit): boolean {
  return RECAP.test(hit.cue);
}

/**
 * "thanks for letting me know so the display...": an acknowledgement ends just before the "so"; so does a word of
 * sympathy, which speech-to-text runs on into the restatement ("oh no im sorry to hear that so the box turned up crushed").
 */
function acknowledgedBefore(turn: TurnText, k: number): boolean {
  return findCues(turn, acknowledgement).some((h) => h.span[1] === turn.ends[k - 1]) || SYMPATHY_ENDS.test(turn.norm.slice(0, turn.starts[k]));
}
const SYMPATHY_ENDS = /\b(sorry to hear (that|this)|sorry about (that|this)|oh no|oh dear|what a (pain|nightmare|shame|worry))[,.!]? $/;

/** What the words of a sentence from token `from` on say about it as a restatement of the other party's turn. */
interface RestatementEvidence {
  /** The speaker's own plan or an instruction ("i'll...", "you need to..."): never a restatement. */
  plan: boolean;
  /** Mentions the other party ("you", "your"). */
  aboutThem: boolean;
  /** Content words of the other party's turn reused. */
  reused: number;
  /** Clause breaks: several points summed up at once. */
  clauses: number;
  /** Ends by checking back: a question mark, "right", "is that right", "is that correct". */
  checks: boolean;
  /** Says the other party's refusal back at them ("so you can't give me a date"): a complaint, not a check. */
  complains: boolean;
}

/**
 * For the customer, "so i just wait for the email" and "so the money should be in by friday" say back the agent's plan;
 * only the customer's own story ("so i rang them yesterday", "so i'm ringing because") or proposal ("so let's") is not.
 */
function customerTells(tokens: readonly string[], j: number, from: number): boolean {
  const w = tokens[j];
  if (w === 'let' || w === "let's" || w === 'lets') return true;
  // "so should i open the fixed one now": asking what to do.
  if (j === from && (w === 'should' || w === 'shall')) return true;
  if (j > from + 1 || !SPEAKER_SUBJECTS.has(w)) return false;
  let v = j + 1;
  if (tokens[v] === 'just' || tokens[v] === 'only' || tokens[v] === 'then') v++;
  const verb = tokens[v] ?? '';
  return ((w === "i'm" || w === 'im') && OWN_STORY_VERBS.has(verb)) || verb.endsWith('ed') || PAST_VERBS.has(verb);
}
const OWN_STORY_VERBS = new Set(['ringing', 'calling', 'phoning', 'trying', 'wondering', 'hoping', 'looking', 'thinking', 'not']);
const PAST_VERBS = new Set(['went', 'got', 'rang', 'had', 'was', 'did', 'said', 'told', 'sent', 'paid', 'took', 'came', 'bought', 'left', 'saw', 'thought', 'found', 'made', 'gave', 'spoke', 'wrote', 'lost', 'broke', 'drove', 'flew', 'sat', 'stood']);

function restatementEvidence(turn: TurnText, s: Sentence, from: number, theirs: ReadonlySet<string>, customer = false): RestatementEvidence {
  const { tokens } = turn;
  const evidence: RestatementEvidence = { plan: false, aboutThem: false, reused: 0, clauses: 0, checks: checksBack(turn, s), complains: refusalSaidBack(turn, s, from, customer) };
  // "so that's all booked in for you", "so you're all set": the speaker reports its own work done.
  if (DONE_SUBJECTS.has(tokens[from]) && tokens.slice(from + 1, from + 4).some((w) => DONE_WORDS.has(w))) evidence.plan = true;
  for (let j = from; j < s.tokenEnd; j++) {
    const w = tokens[j];
    // The speaker's plan: "so i'll send it", "let me", "it will be"; "i" itself only as the subject ("so i've put a note
    // on"), not later ("so it went out the day before i got paid").
    // ("... you've been sent a bill that must have been a shock": a modal after "that" judges, it does not instruct.)
    const judged = (w === 'must' || w === 'should') && JUDGED_SUBJECTS.has(tokens[j - 1] ?? '');
    const told = customer ? customerTells(tokens, j, from) : (NOT_RESTATING.has(w) && !judged) || (w === 'going' && tokens[j + 1] === 'to') || (j <= from + 1 && SPEAKER_SUBJECTS.has(w));
    if (told) { evidence.plan = true; break; }
    // "so let me check" is the speaker's plan; "...and nobody let you know" restates.
    if ((w === 'let' || w === 'lets') && (tokens[j + 1] === 'me' || tokens[j + 1] === 'us')) { evidence.plan = true; break; }
    // "so you need to restart it" instructs; "so the app's locked and you need to be in by friday" restates a need.
    if (!customer && j <= from + 1 && (w === 'you' || w === "you're") && INSTRUCTING_AFTER_YOU.has(tokens[j + 1] ?? '')) { evidence.plan = true; break; }
    if (w === 'you' || w === 'your' || w === "you're" || w === "you've" || w === 'youre') evidence.aboutThem = true;
    if (turn.breakBefore[j] || w === 'and') evidence.clauses++;
    if (broughtBack(w, theirs)) evidence.reused++;
  }
  return evidence;
}

/** Subjects of a judgement, after which "must" or "should" judges rather than instructs: "that must have been a shock". */
const JUDGED_SUBJECTS = new Set(['that', 'this', 'which']);
const TOLD_INDIGNANTLY = /\b(you're|youre|you are) (telling|saying to) me\b/;
const DONE_SUBJECTS = new Set(["that's", 'thats', 'that', "it's", 'its', 'it', "you're", 'youre', 'you', "everything's", 'everything']);
const DONE_WORDS = new Set(['booked', 'done', 'sorted', 'set', 'cancelled', 'canceled', 'arranged', 'confirmed', 'processed']);

const REFUSING = new Set(["can't", 'cant', 'cannot', "won't", 'wont', "couldn't", 'couldnt', "aren't", 'arent', "don't", 'dont']);

/**
 * "so you can't give me a date", "so they won't refund us", "so there's nothing you can do": a refusal, with the speaker
 * as the one refused.
 */
function refusalSaidBack(turn: TurnText, s: Sentence, from: number, customer = true): boolean {
  const { tokens } = turn;
  let refused = false;
  for (let j = from; j < s.tokenEnd; j++) {
    const w = tokens[j];
    // (From the agent, "you can't pay it while the claim sits with us" tells the customer's plight, not a refusal.)
    if (customer && (w === 'you' || w === 'they') && REFUSING.has(tokens[j + 1] ?? '')) refused = true;
    // "so there's nothing you can do": the refusal as the customer sums it up.
    else if (w === 'nothing' && (tokens[j + 1] === 'you' || tokens[j + 1] === 'they' || tokens[j + 1] === 'anyone') && tokens[j + 2] === 'can') return true;
    else if (refused && (w === 'me' || w === 'us')) return true;
  }
  return false;
}

/**
 * "so i turn it off and on and it should find the network again, right?", "so they'll ring me by friday?": the listener's
 * own part in the other party's plan, said back to check it, in their words.
 */
function checksBackTheirWords(e: RestatementEvidence): boolean {
  return e.checks && e.reused >= MIN_REUSED_WITHOUT_SO;
}

function checksBack(turn: TurnText, s: Sentence): boolean {
  const { tokens } = turn;
  const last = tokens[s.tokenEnd - 1];
  return s.questionMark || last === 'right' || (tokens[s.tokenEnd - 2] === 'is' && last === 'that')
    || (last === 'correct' && (tokens[s.tokenEnd - 2] === 'that' || tokens[s.tokenEnd - 2] === "that's"));
}

/**
 * "okay, so it drops in the evening, the light goes orange, and it comes back on its own?": a sentence opening with
 * "so" and a subject other than the speaker, neither a plan ("so i'll...") nor an instruction ("so you need to..."),
 * that checks back (question mark), is about the other party ("you", "your"), reuses their words, or sums up several
 * points at once.
 */
function soRestatement(turn: TurnText, theirs: ReadonlySet<string>, customer: boolean, toldEarlier?: ReadonlySet<string>): { cue: string; span: [number, number] } | null {
  const { tokens } = turn;
  for (const s of turn.sentences) {
    // Speech-to-text runs a whole turn into one sentence: a "so" further in still restates when the sentence checks back
    // in words ("... is that right"); a late "so" before a question mark is a purpose ("shall i add it now so it works").
    const checkedInWords = !s.questionMark && checksBack(turn, s);
    for (let k = s.tokenStart; k <= s.tokenEnd - 2; k++) {
      if (tokens[k] !== 'so') continue;
      // Further in only after an acknowledgement or a word of sympathy that ends just before it.
      if (!checkedInWords && k - s.tokenStart > SO_WITHIN && !acknowledgedBefore(turn, k)) continue;
      // "do you feel so down": an intensifier, not a summing-up "so".
      if (INTENSIFIED_AFTER.has(tokens[k - 1] ?? '')) continue;
      // Early in the sentence ("thanks maya so...", "ah that'll be it so...") or after a spoken marker; a "so" after a
      // clause of the speaker's own ("your contract ended in january, so you're paying full price") draws a consequence.
      if (!checkedInWords && k - s.tokenStart > SO_ANYWHERE_WITHIN && !CLAUSE_MARKERS.has(tokens[k - 1]) && !LEAD_FILLERS.has(tokens[k - 1]) && !acknowledgedBefore(turn, k)) continue;
      // "just so you know, there's a matching scarf": a word for their information, not their words back.
      if (tokens[k + 1] === 'you' && (tokens[k + 2] === 'know' || (tokens[k + 2] === 'are' && tokens[k + 3] === 'aware'))) continue;
      // "so there's a new fix at..." puts something new forward; "so there's no signal since tuesday" may restate.
      if ((tokens[k + 1] === "there's" || tokens[k + 1] === 'theres') && (tokens[k + 2] === 'a' || tokens[k + 2] === 'an')) continue;
      const speaker = SPEAKER_SUBJECTS.has(tokens[k + 1]);
      const e = restatementEvidence(turn, s, k + 1, theirs, customer);
      // "so three mornings a week you need wheels": any opening, when their words come back.
      if (!RESTATING_SUBJECTS.has(tokens[k + 1]) && !theirs.has(stem(tokens[k + 1])) && !speaker && e.reused < MIN_REUSED_WITHOUT_SO) continue;
      if (e.complains || (e.plan && !checksBackTheirWords(e))) break;
      // "so that's the Nova 8 in blue at forty-one a month", "so that's Tuesday at ten": the agent sums up an order or
      // a booking, which graders do not count as restating the customer, unless it checks back.
      if (!customer && SUMMING_UP.has(tokens[k + 1]) && !e.checks) break;
      // "hi um so my water has been off since seven": the speaker's own news, unless it takes up the other's words.
      if (OWN_SUBJECTS.has(tokens[k + 1]) && !(e.checks || e.reused >= 1)) break;
      if (!(e.checks || e.aboutThem || e.reused >= 1 || e.clauses >= 2)) break;
      // "thanks gordon so you're on the free plan and it's full", said after the customer gave the email address asked
      // for: the agent reads the account. After such an answer a restatement brings back something the customer said
      // before it (`toldEarlier`, given only then).
      if (toldEarlier && !customer && !e.checks && e.reused === 0 && !reusesAny(turn, s, k + 1, toldEarlier)) break;
      // "right so youre on the annual direct debit theres a three month notice": the agent reads the plan off the account,
      // unless it brings back the customer's words or checks back ("... one car and two adults. Is that right?").
      if (!customer && ON_THE_ACCOUNT.has(tokens[k + 1]) && tokens[k + 2] === 'on' && !e.checks && e.reused === 0 && !checkedNext(turn, s)) break;
      const start = turn.starts[k];
      return { cue: turn.norm.slice(start, turn.ends[Math.min(k + 2, s.tokenEnd - 1)]), span: [start, s.end] };
    }
  }
  return null;
}

/** The sentence after `s` only checks back: "Is that right?", "Have I got that right?". */
function checkedNext(turn: TurnText, s: Sentence): boolean {
  const next = turn.sentences[turn.sentences.indexOf(s) + 1];
  return next !== undefined && next.tokenEnd - next.tokenStart <= CHECK_ALONE && checksBack(turn, next);
}
const CHECK_ALONE = 5;

/** The word `w` is a content word whose stem the other party said (`told`): brought back, not merely shared. */
function broughtBack(w: string, told: ReadonlySet<string>): boolean {
  return w.length > 2 && !STOPWORDS.has(w) && !/^\d/.test(w) && !NOT_CONTENT_STEMS.has(stem(w)) && told.has(stem(w));
}

/** The sentence from `from` brings back a content word the other party said earlier in the call. */
function reusesAny(turn: TurnText, s: Sentence, from: number, told: ReadonlySet<string>): boolean {
  return turn.tokens.slice(from, s.tokenEnd).some((w) => broughtBack(w, told));
}

const SUMMING_UP = new Set(["that's", 'thats']);

// Subjects of the speaker's own side; a "so" before them restates only with the other's words or a check.
const OWN_SUBJECTS = new Set(['my', 'we', "we're", 'were', 'our', "we've", 'weve']);

// Without "so", a restatement must reuse more of the other party's words: "the router restarts every evening, right?"
const MIN_REUSED_WITHOUT_SO = 2;
/** "i understand you've been without broadband since monday": these verbs after "i" introduce what was heard. */
const HEARD_VERBS = new Set(['understand', 'gather', 'hear']);

/**
 * "you were charged twice in march, is that right?", "i understand the engineer never came on tuesday": a sentence
 * that opens (after fillers, and an "i understand/gather/hear (that)") with a subject other than the speaker, checks
 * back or says it was heard, and reuses the other party's words, without a plan or an instruction.
 */
function checkedRestatement(turn: TurnText, theirs: ReadonlySet<string>): { cue: string; span: [number, number] } | null {
  const { tokens } = turn;
  for (const s of turn.sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd && LEAD_FILLERS.has(tokens[k])) k++;
    const heard = tokens[k] === 'i' && HEARD_VERBS.has(tokens[k + 1] ?? '');
    const from = k;
    if (heard) k += tokens[k + 2] === 'that' ? 3 : 2;
    if (!RESTATING_SUBJECTS.has(tokens[k] ?? '')) continue;
    if (!heard && !checksBack(turn, s)) continue;
    const e = restatementEvidence(turn, s, k, theirs);
    if ((e.plan && !checksBackTheirWords(e)) || e.complains || e.reused < MIN_REUSED_WITHOUT_SO) continue;
    const start = turn.starts[from];
    return { cue: turn.norm.slice(start, turn.ends[Math.min(k + 1, s.tokenEnd - 1)]), span: [start, s.end] };
  }
  return null;
}
