// Detects the emotion a customer voices: cue phrases first, the valence lexicon for what the cues miss; negation-aware.
import type { Act, Span } from '../model/analysis.js';
import type { TurnContext } from './context.js';
import { compileCues, findCues, tokenEndOf, type CueHit } from './cues.js';
import {
  AGREEING, APPROVAL_COMPANIONS, BURDEN_IN_CONSEQUENCE, BURDEN_WORDS, DEPENDANTS, FORMULAIC_APPROVAL, HARDSHIPS, NEGATIVE_EMOTION, POSITIVE_EMOTION, PRAISE_AFTER_REFUSAL,
  REFUSING, REPLY_WORDS, SARCASTIC_APPROVAL, SELF_CORRECTION, TOPIC_NOT_FEELING,
} from './lexicon/emotion.js';
import { isNegator, negatedAt } from './negation.js';
import { sentenceAt, tokenAt, type Sentence, type TurnText } from './tokens.js';

const negative = compileCues(NEGATIVE_EMOTION);
const dependants = compileCues(DEPENDANTS);
const hardships = compileCues(HARDSHIPS);
const positive = compileCues(POSITIVE_EMOTION);
const selfCorrection = compileCues(SELF_CORRECTION);
const refusing = compileCues(REFUSING);

// Lexicon-only detection needs several clearly charged words, so one stray "problem" is not emotion.
const LEXICON_NEGATIVE = -5;
const LEXICON_POSITIVE = 6;

/** Who depends on the customer ("a four-month-old") and what essential is lost ("no heating"), as said in the turn. */
export function hardshipCues(turn: TurnText): { who: CueHit[]; what: CueHit[] } {
  const who = findCues(turn, dependants);
  return { who, what: who.length ? findCues(turn, hardships) : [] };
}

/**
 * The speaker's anger, worry or loss voiced in these words anywhere in the turn's sentence [from, to); not the
 * impatience of pressing for an answer ("you didn't answer me, am i paying for it or not"), which goes on to ask.
 */
export function voicesDistress(turn: TurnText, from: number, to: number): boolean {
  return findCues(turn, negative, { from, to }).some((h) => h.spec.tag !== 'pressing');
}

/** Tokens [from, to) only approve ("Romantic,", "oh lovely"): a tag after them asks for agreement, not an answer. */
export function onlyApproves(turn: TurnText, from: number, to: number): boolean {
  let approval = false;
  for (let k = from; k < to; k++) {
    if (SARCASTIC_APPROVAL.has(turn.tokens[k])) approval = true;
    else if (!APPROVAL_COMPANIONS.has(turn.tokens[k])) return false;
  }
  return approval;
}

/** A reply short enough to be only a reaction: "Lovely. Really helpful, thanks." */
const REACTION_TOKENS = 12;
/** What an agent offers instead when refusing: then praise may be meant ("we can't today, I've booked Tuesday" / "great"). */
const REMEDIES: readonly Act['act'][] = ['next-step', 'ownership', 'offer', 'decision-ask'];

/**
 * Praise said straight back at a refusal, and little else: "Can't say over the phone." / "Lovely. Really helpful,
 * thanks."; "it's on the website" / "brilliant cheers for nothing then". Its words alone cannot tell it from thanks, so
 * it is read against the agent's turn before: a refusal or a push elsewhere with no remedy in it (`agentActs`).
 */
export function praiseForRefusal(ctx: TurnContext, agent: TurnContext, agentActs: readonly Act[]): Act | undefined {
  const { tokens } = ctx.turn;
  // ("No, that's smashing, thank you" answers "anything else?".)
  if (ctx.role !== 'customer' || agent.role !== 'agent' || tokens.length > REACTION_TOKENS || tokens[0] === 'no') return undefined;
  if (agentActs.some((a) => REMEDIES.includes(a.act)) || !findCues(agent.turn, refusing).length) return undefined;
  const k = tokens.findIndex((w, i) => PRAISE_AFTER_REFUSAL.has(w) && !AGREEING.has(tokens[i - 1] ?? ''));
  if (k < 0) return undefined;
  return { act: 'customer-emotion', polarity: 'negative', cue: tokens[k], span: [ctx.turn.starts[k], ctx.turn.ends[k]] };
}

/**
 * `customer-emotion` is the customer's feeling: an agent saying "that sounds frustrating" names the customer's
 * feeling (empathy), and "accidental damage" in a sales pitch is no feeling at all. So agent turns carry none.
 */
export function emotionActs(ctx: TurnContext): Act[] {
  if (ctx.role === 'agent') return [];
  const { turn } = ctx;
  const acts: Act[] = [];
  const neg = findCues(turn, negative).find((h) => !someoneElses(turn, h.token, h.cue) && !puzzledNotUpset(turn, h.span) && !catchesOwnSlip(turn, h));
  // "you've been amazing, thank you" praises the agent at the close; it voices no feeling of the customer's own.
  const pos = findCues(turn, positive).find((h) => !formulaic(turn, h) && !someoneElses(turn, h.token, h.cue) && !PRAISING.has(turn.tokens[h.token - 1] ?? ''));
  let negSum = 0;
  let posSum = 0;
  let firstNeg = -1;
  let firstPos = -1;
  for (const v of ctx.valences) {
    if (someoneElses(turn, v.token, turn.tokens[v.token]) || vocative(turn.tokens, v.token)) continue;
    if (v.value < 0) {
      if (TOPIC_NOT_FEELING.has(turn.tokens[v.token]) || puzzledNotUpset(turn, [turn.starts[v.token], turn.ends[v.token]])) continue;
      negSum += v.value;
      if (firstNeg < 0) firstNeg = v.token;
    } else {
      // "brilliant, thank you" is politeness; the cues above catch the emphatic forms.
      if (REPLY_WORDS.has(turn.tokens[v.token])) continue;
      posSum += v.value;
      if (firstPos < 0) firstPos = v.token;
    }
  }
  // The customer's own feeling in a frame ("i'm shattered", "it's left me rattled") or their judgement of what happened
  // ("this has been dreadful", "which is a bit galling"): the valence lexicon's words, beyond the cues.
  const framed = ctx.appraisals.filter((a) => a.frame !== 'listener');
  const framedNeg = framed.find((a) => a.polarity === 'negative' && !puzzledNotUpset(turn, a.span));
  const framedPos = framed.find((a) => a.polarity === 'positive');
  const wordSpan = (k: number): { cue: string; span: Span } => ({ cue: turn.norm.slice(turn.starts[k], turn.ends[k]), span: [turn.starts[k], turn.ends[k]] });
  const sarcasm = neg || framedNeg ? undefined : sarcasticApproval(turn);
  // Hardship with a dependant in the same turn: distress the situation carries, however flatly told.
  const hardship = hardshipCues(turn).what[0];
  const felt = neg || pos || framedNeg || framedPos ? undefined : feltState(ctx) ?? bareVerdict(ctx);
  // "that's one less thing to worry about", "a weight off, i was dreading it": relief voices the worry it ends.
  if (pos?.spec.tag === 'relief' && reliefEnds(turn, pos, [neg?.span, framedNeg?.span, hardship?.span, firstNeg >= 0 ? wordSpan(firstNeg).span : undefined])) {
    acts.push({ act: 'customer-emotion', polarity: 'positive', cue: pos.cue, span: pos.span });
    return acts;
  }
  if (neg) acts.push({ act: 'customer-emotion', polarity: 'negative', cue: neg.cue, span: neg.span });
  else if (sarcasm) acts.push({ act: 'customer-emotion', polarity: 'negative', ...sarcasm });
  else if (framedNeg) acts.push({ act: 'customer-emotion', polarity: 'negative', cue: framedNeg.cue, span: framedNeg.span });
  else if (hardship) acts.push({ act: 'customer-emotion', polarity: 'negative', cue: hardship.cue, span: hardship.span });
  else if (felt?.polarity === 'negative') acts.push({ act: 'customer-emotion', ...felt });
  else if (negSum <= LEXICON_NEGATIVE && negSum + posSum < 0) acts.push({ act: 'customer-emotion', polarity: 'negative', ...wordSpan(firstNeg) });
  if (pos) acts.push({ act: 'customer-emotion', polarity: 'positive', cue: pos.cue, span: pos.span });
  else if (framedPos) acts.push({ act: 'customer-emotion', polarity: 'positive', cue: framedPos.cue, span: framedPos.span });
  else if (felt?.polarity === 'positive') acts.push({ act: 'customer-emotion', ...felt });
  else if (posSum >= LEXICON_POSITIVE && negSum === 0) acts.push({ act: 'customer-emotion', polarity: 'positive', ...wordSpan(firstPos) });
  return acts;
}

// The worry a relief puts behind the customer: "i was dreading it", "i thought we'd have to find three hundred".
const PAST_WORRY = /\b(i was|we were|i'd been|i had been|we'd been|i've been|we've been|i thought|we thought)\b/;

/**
 * Every negative sign of the turn (`negatives`, the spans found) is the worry the relief `pos` ends: in the relief's own
 * sentence ("that's one less thing to worry about", "thank goodness, I thought we'd lost it") or told in the past
 * beside it ("I was dreading telling the boss").
 */
function reliefEnds(turn: TurnText, pos: CueHit, negatives: ReadonlyArray<Span | undefined>): boolean {
  const found = negatives.filter((n): n is Span => n !== undefined);
  if (!found.length) return false;
  const at = sentenceAt(turn, pos.span[0]);
  return found.every((n) => {
    const s = sentenceAt(turn, n[0]);
    return s === at || (s !== undefined && PAST_WORRY.test(turn.norm.slice(s.start, n[1])));
  });
}

const FLUSTER = new Set(['oh no', 'oh dear']);
const SLIP_WITHIN_TOKENS = 12;
/** "Oh no, sorry, that's my old number": the exclamation that comes with catching one's own slip. */
function catchesOwnSlip(turn: TurnText, hit: CueHit): boolean {
  if (!FLUSTER.has(hit.cue)) return false;
  const from = tokenEndOf(turn, hit);
  return findCues(turn, selfCorrection, { from, to: Math.min(turn.tokens.length, from + SLIP_WITHIN_TOKENS) }).length > 0;
}

// "I'm not cross, I'm just a bit puzzled": the customer denies the feeling and owns only mild confusion, which the
// graders' guideline counts as no emotion. A real feeling after the denial ("not cross, just really disappointed") stays.
const DENIED_FEELINGS = new Set(['cross', 'angry', 'upset', 'annoyed', 'mad', 'furious', 'complaining', 'panicking', 'worried', 'bothered', 'fussed']);
const MILD_CONFUSION = new Set(['confused', 'confusing', 'baffled', 'baffling', 'puzzled', 'puzzling', 'lost', 'muddled', 'bemused', 'perplexed', 'understand']);
function puzzledNotUpset(turn: TurnText, span: Span): boolean {
  const s = sentenceAt(turn, span[0]);
  if (!s) return false;
  const first = tokenAt(turn, span[0]);
  if (!turn.tokens.slice(first, tokenAt(turn, span[1] - 1) + 1).some((w) => MILD_CONFUSION.has(w))) return false;
  // The denial may sit in the sentence before: "I'm not cross. I'm just puzzled."
  const from = turn.sentences[Math.max(0, turn.sentences.indexOf(s) - 1)].tokenStart;
  for (let k = from + 1; k < first; k++) {
    if (DENIED_FEELINGS.has(turn.tokens[k]) && isNegator(turn.tokens, k - 1)) return true;
  }
  return false;
}

const FEEL = new Set(['feel', 'felt', 'feeling', 'feels']);
// "i genuinely feel sick", "it's the first time i've felt like...", "that makes me feel a lot lighter".
const FEELERS = new Set(['i', 'we', "i've", 'ive', "we've", "i'm", 'im', "we're", 'me', 'us']);
const FEEL_ADVERBS = new Set(['really', 'genuinely', 'just', 'honestly', 'actually', 'still', 'now', 'already', 'kind', 'sort', 'of', 'a', 'bit', 'so', 'literally', 'do', 'did', 'have', 'been', 'started', 'starting', 'to', 'always', 'never']);
// After "feel": a wish ("i feel like a coffee"), leave to act ("feel free"), or an opinion about what someone should do.
const NOT_A_FELT_STATE = new Set(['free', 'the', 'about', 'it', 'that', 'this']);
const OPINION_MODALS = new Set(['should', 'shouldnt', "shouldn't", 'ought', 'must', 'need', 'needs']);
// The feeling eased: "a lot lighter", "less in the dark", "calmer", "more settled".
const EASED = new Set(['better', 'lighter', 'calmer', 'relieved', 'reassured', 'happier', 'safer', 'settled', 'less', 'easier', 'clearer', 'brighter']);
const FELT_STATE_WORDS = 6;

/**
 * The customer says how they feel, in whatever words follow: "i genuinely feel sick", "i feel like i'm juggling knives",
 * "that makes me feel a lot lighter". Graders mark nearly every such turn, so the frame carries where the words are new.
 * Eased or approving words make it positive; anything else said as a feeling is strain.
 */
function feltState(ctx: TurnContext): { polarity: 'negative' | 'positive'; cue: string; span: Span } | undefined {
  const { turn } = ctx;
  const { tokens } = turn;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!FEEL.has(tokens[k])) continue;
    let j = k - 1;
    while (j > 0 && j > k - 4 && (FEEL_ADVERBS.has(tokens[j]) || isNegator(tokens, j))) j--;
    // "if i feel", "do you feel", "how i feel about it": a condition, a question or a topic, not a feeling voiced.
    const made = (tokens[j] === 'me' || tokens[j] === 'us') && ['makes', 'made', 'making', 'make'].includes(tokens[j - 1] ?? '');
    const s = sentenceAt(turn, turn.starts[k])!;
    // (A question elsewhere in a run-on sentence, "... i feel seasick who knew glasses could do that", asks nothing of it.)
    if (!FEELERS.has(tokens[j]) || ['if', 'how', 'what', 'do', 'does', 'did', 'will', 'would', 'can'].includes(tokens[j - 1] ?? '')) continue;
    if ((tokens[j] === 'me' || tokens[j] === 'us') && !made) continue;
    const next = tokens[k + 1];
    if (NOT_A_FELT_STATE.has(next) && !(next === 'that' && tokens[k + 2] === 'way')) continue;
    const end = Math.min(s.tokenEnd, k + 1 + FELT_STATE_WORDS);
    const words = tokens.slice(k + 1, end);
    if (words.some((w) => OPINION_MODALS.has(w))) continue;
    const rated = ctx.valences.filter((v) => v.token > k && v.token < end).map((v) => v.rated);
    // "i don't feel safe" is strain; "i don't feel bad about it" and "thanks for not making me feel daft" deny it.
    const head = made ? j - 1 : j;
    const negated = negatedAt(turn, head, 3) || tokens.slice(head, k).some((_, i) => isNegator(tokens, head + i));
    if (negated && (made || rated.some((v) => v < 0))) continue;
    const eased = words.some((w) => EASED.has(w)) || rated.some((v) => v > 0);
    const span: Span = [turn.starts[head], turn.ends[Math.min(end, k + 4) - 1]];
    return { polarity: eased && !negated ? 'positive' : 'negative', cue: turn.norm.slice(...span), span };
  }
  return undefined;
}

// "sorry love", "thanks pet", "hiya darling": a form of address, not a feeling.
const ENDEARMENTS = new Set(['love', 'darling', 'dear', 'sweetheart', 'pet', 'hun', 'duck', 'petal', 'babe']);
const BEFORE_ADDRESS = new Set(['sorry', 'thanks', 'cheers', 'ta', 'ok', 'okay', 'hiya', 'hi', 'hello', 'no', 'yes', 'yeah', 'right', 'alright', 'bye', 'morning', 'afternoon', 'evening']);
function vocative(tokens: readonly string[], k: number): boolean {
  return ENDEARMENTS.has(tokens[k]) && BEFORE_ADDRESS.has(tokens[k - 1] ?? '');
}

// "Bit galling, if I'm honest.", "Really annoying, to be fair.": a verdict said without a verb.
const VERDICT_DEGREE = new Set(['a', 'bit', 'quite', 'rather', 'pretty', 'so', 'very', 'really', 'just', 'proper', 'bloody', 'totally', 'utterly', 'absolutely', 'frankly', 'honestly']);
const VERDICT_TAIL = new Set(['if', "i'm", 'im', 'i', 'am', 'honest', 'to', 'be', 'fair', 'really', 'tbh', 'frankly', 'actually', 'though', 'mind', 'you', 'tho', 'eh']);
const VERDICT_AT = -2;

/** A negative verdict standing as a sentence of its own, with at most a degree before it and a hedge after it. */
function bareVerdict(ctx: TurnContext): { polarity: 'negative'; cue: string; span: Span } | undefined {
  const { turn } = ctx;
  for (const s of turn.sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd && VERDICT_DEGREE.has(turn.tokens[k])) k++;
    const v = ctx.valences.find((x) => x.token === k);
    if (!v || v.rated > VERDICT_AT || s.questionMark) continue;
    let j = k + 1;
    while (j < s.tokenEnd && VERDICT_TAIL.has(turn.tokens[j])) j++;
    if (j === s.tokenEnd) return { polarity: 'negative', cue: turn.norm.slice(turn.starts[s.tokenStart], turn.ends[k]), span: [turn.starts[s.tokenStart], turn.ends[k]] };
  }
  return undefined;
}

const PRAISING = new Set(['been', "you're", 'youre']);
const THIRD_PERSONS = new Set(['he', 'she', 'they', "he's", "she's", "they're", 'hes', 'shes', 'theyre', "he'll", "she'll", "they'll", "he'd", "she'd", "they'd"]);
const RELATIONS = new Set(['daughter', 'son', 'husband', 'wife', 'mum', 'mom', 'dad', 'mother', 'father', 'kids', 'children', 'partner', 'boyfriend', 'girlfriend', 'brother', 'sister', 'neighbour', 'neighbor', 'friend', 'gran', 'grandad', 'nan']);
const EVENTS = /\b(died|passed|put to sleep|put (him|her) down|funeral|hospital|a fall|a nasty fall|a bad fall|stolen|broken into|burgled|robbed|mugged|scammed|hacked|defrauded|lost|pain|own (wedding|party|funeral|graduation)|date circled|(pens|tablets|doses|inhalers|injections) left|down to (his|her|their) (last|final))\b/;
/** How many words after someone else's feeling the customer may claim it too ("... with cold baths and so am i"). */
const SHARED_FEELING_WITHIN = 8;
const SHARED_FEELING = /\b(so am i|as am i|so do i|so was i|and me too|me too|and me)\b/;
const LINKS = new Set(['is', 'was', 'were', 'are', "'s", 'got', 'been', 'has', 'so', 'really', 'absolutely', 'a', 'bit', 'very', 'in', 'quite', 'will', 'would', 'be']);

/**
 * "my daughter was gutted to miss it", "he's in a right state about it": the feeling of someone the customer talks
 * about, with them as its subject, is not the customer's own.
 */
function someoneElses(turn: TurnText, token: number, cue: string): boolean {
  // What happened to them ("she died in february", "he's been taken into hospital") is the customer's distress too.
  if (EVENTS.test(cue)) return false;
  const { tokens } = turn;
  // "the kids are sick of it and so am i": the customer claims the feeling too.
  if (SHARED_FEELING.test(tokens.slice(token, token + cue.split(' ').length + SHARED_FEELING_WITHIN).join(' '))) return false;
  let k = token - 1;
  while (k >= 0 && k > token - 5 && LINKS.has(tokens[k])) k--;
  if (k < 0 || (k === token - 1 && !THIRD_PERSONS.has(tokens[k]))) return false;
  return THIRD_PERSONS.has(tokens[k]) || (RELATIONS.has(tokens[k]) && (tokens[k - 1] === 'my' || tokens[k - 1] === 'our' || tokens[k - 1] === 'the'));
}

/** "no, that's great, thanks" or "brilliant, thank you": approval said to close an exchange, not a feeling. */
const SURPRISE = new Set(['oh', 'ooh', 'aw']);
const EXCLAIMED_OVER = new Set(["that's", 'thats', 'how']);
function formulaic(turn: TurnText, hit: CueHit): boolean {
  if (!FORMULAIC_APPROVAL.has(turn.tokens[tokenEndOf(turn, hit) - 1])) return false;
  const s = sentenceAt(turn, hit.span[0]);
  if (!s || s.tokenEnd - s.tokenStart > 8) return false;
  // "Oh, that's lovely.": the surprise of "oh" makes it a reaction, not a reply's formula.
  if (SURPRISE.has(turn.tokens[s.tokenStart]) && EXCLAIMED_OVER.has(turn.tokens[s.tokenStart + 1])) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // "no, that's brilliant, thanks Lena", "no that's great cheers jonas": a name after the thanks is still the same
    // polite reply.
    const named = k === s.tokenEnd - 1 && (turn.tokens[k - 1] === 'thanks' || turn.tokens[k - 1] === 'you' || turn.tokens[k - 1] === 'cheers');
    if (!REPLY_WORDS.has(turn.tokens[k]) && !named) return false;
  }
  return true;
}

// The tag after an approval word: "Romantic, isn't it."
const TAGS_AFTER_APPROVAL = new Set(["isn't it", 'isnt it', "wasn't it", 'wasnt it', "aren't they", 'arent they']);

/**
 * "Ten working days. Fantastic.", "six wow there goes the whole lunch rush great": an approval word standing alone (a
 * sentence of its own, or closing a turn with no punctuation) in a turn that also says what was lost or must be borne.
 * "Lovely. Thanks." and "no, that's great, thanks" say nothing lost, so they are not read this way; nor is an approval
 * that opens the turn ("Great. So what could I get?").
 */
/** The approval word that sentence `s` consists of, after its companions ("oh great", "just brilliant") and, when
 * `tagged`, before a tag ("lovely, isn't it"); -1 when the sentence says more. */
function approvalAlone(turn: TurnText, s: Sentence, tagged: boolean): number {
  const { tokens } = turn;
  let k = s.tokenStart;
  while (k < s.tokenEnd - 1 && APPROVAL_COMPANIONS.has(tokens[k])) k++;
  const last = tagged && TAGS_AFTER_APPROVAL.has(tokens.slice(s.tokenEnd - 2, s.tokenEnd).join(' ')) ? s.tokenEnd - 3 : s.tokenEnd - 1;
  return k === last && SARCASTIC_APPROVAL.has(tokens[k]) ? k : -1;
}

function sarcasticApproval(turn: TurnText): { cue: string; span: Span } | undefined {
  const { tokens } = turn;
  let at = -1;
  // Not the turn's first sentence: "Great. So what could I get?" takes up what was said; "Friday. Great." answers it.
  for (const s of turn.sentences.slice(1)) {
    // "Romantic, isn't it.": a tag after the word asks nothing more of it.
    const k = approvalAlone(turn, s, true);
    if (k >= 0 && !s.questionMark) { at = k; break; }
  }
  // "Brilliant. So being ill costs me thirty-eight quid.": an opening approval whose consequence follows as a statement
  // (not "Great. So what could I get?").
  const [first, second] = turn.sentences;
  if (at < 0 && second !== undefined && tokens[second.tokenStart] === 'so' && !second.questionMark) {
    const k = approvalAlone(turn, first, false);
    // The consequence is the burden itself.
    if (k >= 0) return { cue: tokens[k], span: [turn.starts[k], turn.ends[k]] };
  }
  // "Great, so I'm paying for other people's cars", "great so i could be without them all weekend": the approval run
  // straight on into its consequence, which must carry the burden itself ("great so she clicks the link" does not).
  if (at < 0 && first !== undefined && !first.questionMark) {
    let k = first.tokenStart;
    while (k < first.tokenEnd - 1 && APPROVAL_COMPANIONS.has(tokens[k])) k++;
    if (SARCASTIC_APPROVAL.has(tokens[k]) && tokens[k + 1] === 'so' && !turn.breakBefore[k + 2]) {
      for (let j = k + 2; j < first.tokenEnd; j++) if (BURDEN_IN_CONSEQUENCE.has(tokens[j])) return { cue: tokens[k], span: [turn.starts[k], turn.ends[k]] };
    }
  }
  const last = tokens.length - 1;
  const unpunctuated = turn.sentences.length === 1 && !turn.punctuated;
  if (at < 0 && unpunctuated && last >= 3 && SARCASTIC_APPROVAL.has(tokens[last])) at = last;
  // Inside a sentence, the marked forms: "oh that's just perfect", "well that's just grand", "a lovely way to start
  // the weekend".
  for (let k = 1; at < 0 && k < tokens.length; k++) {
    // "..., which was lovely", "which is lovely, except nobody was home", "which, great", "a lovely little surprise" too.
    // "oh great so i just don't have a car then": the consequence drawn straight after the approval.
    const marked = tokens[k - 1] === 'just' || (tokens[k + 1] === 'way' && tokens[k + 2] === 'to') || tokens[k - 1] === 'which' || ((tokens[k - 1] === 'was' || tokens[k - 1] === 'is') && tokens[k - 2] === 'which')
      || (tokens[k - 1] === 'oh' && tokens[k + 1] === 'so')
      || tokens[k + 1] === 'surprise' || (tokens[k + 1] === 'little' && tokens[k + 2] === 'surprise')
      // "well that's marvellous isn't it a third more": the tag run on in speech-to-text.
      || TAGS_AFTER_APPROVAL.has(`${tokens[k + 1]} ${tokens[k + 2]}`);
    if (SARCASTIC_APPROVAL.has(tokens[k]) && marked) at = k;
  }
  if (at < 0) return undefined;
  // The burden: said anywhere in the turn but the approval's own words, and not as the opening "no" of a reply.
  for (let k = 0; k < tokens.length; k++) {
    if (k === at || (k === at - 1 && tokens[k] === 'just') || (k === 0 && tokens[k] === 'no')) continue;
    // Nor its own tag ("lovely, isn't it").
    if ((k === at + 1 || k === at + 2) && TAGS_AFTER_APPROVAL.has(`${tokens[at + 1]} ${tokens[at + 2]}`)) continue;
    if (BURDEN_WORDS.has(tokens[k])) return { cue: tokens[at], span: [turn.starts[at], turn.ends[at]] };
  }
  return undefined;
}
