// Finds questions, with or without a question mark: a small lexical grammar that works on lower-case speech-to-text.
import type { Act, Span } from '../model/analysis.js';
import { compileCues, findCues, notNegatable, tokenEndOf, type Lexicon } from './cues.js';
import { onlyApproves, voicesDistress } from './emotion.js';
import { isNegator } from './negation.js';
import {
  ADVERBIAL_ENDINGS, ADVERBIAL_MARKERS, AUXILIARIES, CLAUSE_MARKERS, CLOSED_REQUESTS, DETAIL_FILLERS, DETAIL_NOUNS, DETERMINERS,
  DROPPED_COPULA_PREDICATES, IN_SITU_PREPOSITIONS, LEAD_FILLERS, LEAD_FILLER_PAIRS, LEAD_IN_PHRASES, MEMORY_SEARCHES, MID_INVERTING, MID_SUBJECTS,
  NEGATIVE_AUXILIARIES, NON_QUESTIONS, NOT_AFTER_INVERSION, NOT_BEFORE_EMBEDDED_WH, NOT_BEFORE_INVERSION,
  NOT_QUESTION_CLAUSES, NOT_TAG_BEFORE_RIGHT, OPEN_REQUESTS, RHETORICAL_TAG_STATEMENTS, SUBJECT_PRONOUNS, SUGGESTION_OPENERS, TAG_AUXILIARIES, TAG_ENDINGS, WH_CONTRACTIONS,
  WH_DEGREE, WH_OPEN, WH_SUBJECT_VERBS,
  QUESTION_JOINERS,
} from './lexicon/questions.js';
import { ING_NOUNS, type Sentence, type TurnText } from './tokens.js';

export type QuestionKind = 'open' | 'closed';

export interface QuestionHit {
  sentence: Sentence;
  kind: QuestionKind;
  /** Token where the question's trigger starts, and the token after the trigger words. */
  token: number;
  cueEnd: number;
  /** Token after the question's clause when a question joined on after it ends it early; unset, the sentence's end. */
  end?: number;
  /** A check of what the speaker has understood ("so i drop it off at twelve yeah"): it asks the other party for nothing new. */
  check?: true;
  /**
   * A tag seeking agreement with a view ("nobody tells you that, do they?"): a question in form, as Switchboard labels
   * it, but it wants no answer, so it is no enquiry.
   */
  seeksAgreement?: true;
}

const openRequests: Lexicon = compileCues(notNegatable(OPEN_REQUESTS));
const closedRequests: Lexicon = compileCues(notNegatable(CLOSED_REQUESTS));
const tagEndings: Lexicon = compileCues(notNegatable(TAG_ENDINGS));
const rhetoricalTagStatements: Lexicon = compileCues(notNegatable(RHETORICAL_TAG_STATEMENTS));
const nonQuestions = new Set(NON_QUESTIONS);
const memorySearches: Lexicon = compileCues(notNegatable(MEMORY_SEARCHES));

const PERSONAL = new Set(['i', 'you', 'we', 'they', 'he', 'she', "y'all", 'ya', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody']);
const DEMONSTRATIVE = new Set(['it', 'that', 'this']);
const COPULA_DETERMINERS = new Set(['the', 'your', 'my', 'his', 'her', 'our', 'their', 'any']);
const WHICH_SUBJECTS = new Set(['you', 'it', 'they', 'he', 'she', 'we', 'there', 'the', 'your', 'this', 'that', 'these', 'those', 'calling', 'going']);
const WH_PREDICATES = new Set(['going', 'happening', 'up', 'wrong', 'new', 'next', 'left', 'happened']);
const DOUBT = new Set(['if', 'whether', 'know', 'sure', 'wonder', 'matter', 'care']);
const QUOTATIVES = new Set(['says', 'said', 'asked', 'asks', 'goes', 'went']);
const LIKE_QUOTERS = new Set(["i'm", 'im', "she's", 'shes', "he's", 'hes', "it's", 'its', 'was', 'were', "they're", "you're", 'be', "we're"]);
// "as far as you know?", "anything you know?": here "you know" is a clause of its own, not the filler.
const KNOW_CLAUSE = new Set(['as', 'what', 'if', 'whether', 'that', 'anything', 'something', 'everything', 'who', 'how', 'where']);
// Quotative verbs that are also ordinary verbs ("the rent went out", "the light goes orange"): they quote only where a
// quotation can follow.
const MOTION_QUOTATIVES = new Set(['goes', 'went', 'go']);
// "sorry about that what's the order number": after a preposition, "that" ends the clause instead of opening one.
const PREPOSITIONS = new Set(['about', 'for', 'with', 'to', 'of', 'on', 'at', 'from']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const RELATIVE_WH = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
/** What "what about" asks about when it opens a question mid-sentence: a thing named, or a doing ("what about packing"). */
const WHAT_ABOUT_OBJECTS = new Set(['the', 'my', 'your', 'his', 'her', 'our', 'their', 'a', 'an', 'this', 'those', 'these', 'it', 'that', 'him', 'them']);
const notQuestions: Lexicon = compileCues(notNegatable(NOT_QUESTION_CLAUSES));
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'you']);
// The subjects of a question that puts something to the listener or asks leave: "can i ...", "could you ...".
const ASKING_SUBJECTS = new Set(['i', 'we', 'you']);
// "people are always saying to me how do you stay thin": the question after "to me" is the one they put.
const SPEAKING = new Set([...QUOTATIVES, 'saying', 'say', 'asking', 'ask', 'telling', 'tell', 'told', 'explained', 'explaining', 'wrote', 'writes']);
// "then what?", "so what?", "or what?" ask to go on or challenge; they repair nothing.
const REPAIR_NOT_BEFORE_WHAT = new Set(['then', 'and', 'or', 'so', 'now', 'but', 'because', 'for', 'about', 'with', 'to', 'of', 'in', 'on', 'at', 'by', 'from']);
// Words that join a clause to what came before: a bare inversion after one was cut short ("i mean" ends in "mean").
const CONNECTIVES = new Set(['and', 'but', 'or', 'so', 'because', 'cause', "'cause", 'mean']);
// Words that open the clause after a complement "is that": subjects and subordinators ("is that it would ...", "is that
// before you ...", "is that nobody ...").
const COMPLEMENT_OPENERS = new Set(['it', 'there', 'my', 'his', 'her', 'our', 'their', 'all', 'some', 'nobody', 'people', 'most', 'if', 'when', 'before', 'after', 'since', 'once', 'unless', 'because', 'while']);
// Pronouns that "is"/"was" cannot invert with ("is they", "was we"), and those "are"/"were" cannot ("are he").
const PLURAL_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'these', 'those', "y'all"]);
const SINGULAR_PRONOUNS = new Set(['i', 'he', 'she', 'it', 'this', 'that', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody']);
function agrees(copula: string, subject: string | undefined): boolean {
  if (subject === undefined) return true;
  if (copula === 'is') return !PLURAL_PRONOUNS.has(subject);
  if (copula === 'was') return !PLURAL_PRONOUNS.has(subject) || subject === 'i';
  if (copula === 'are') return !SINGULAR_PRONOUNS.has(subject);
  if (copula === 'were') return !SINGULAR_PRONOUNS.has(subject) || subject === 'i';
  if (copula === 'am') return subject === 'i';
  return true;
}
const MAIN_VERB_AUXILIARIES = new Set(['have', 'has', 'had', 'do', 'does', 'did']);
// After a sentence-initial "does"/"did", words that leave it a main verb or an ellipsis ("did that", "does not").
const NOT_AFTER_INITIAL_DOES = new Set(['not', 'that', 'what', 'it', 'well', 'a', 'an']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);
const isAux = (t: string | undefined) => t !== undefined && (AUXILIARIES.has(t) || NEGATIVE_AUXILIARIES.has(t));

/** Questions in a turn, at most one per sentence, in order; `quoting`: the turn opens inside a quotation (see readQuestions). */
export function findQuestions(turn: TurnText, quoting = false): QuestionHit[] {
  return readQuestions(turn, quoting).questions;
}

/**
 * Questions in a turn, and whether the turn ends inside a quotation. A story split across turns goes on quoting: "and he
 * said" / "can i have it back"; "it's like, how do you know my name," / "where did you get my number". `quoting` says
 * the speaker's previous turn left a quotation open, so a question that opens this one is quoted too. `quoted` holds the
 * question-shaped clauses set aside as someone else's words, so a request read from the same words is not the speaker's.
 */
export function readQuestions(turn: TurnText, quoting = false): { questions: QuestionHit[]; quoted: QuestionHit[]; quoting: boolean } {
  const questions: QuestionHit[] = [];
  const quoted: QuestionHit[] = [];
  for (const s of turn.sentences) {
    const found = questionIn(turn, s);
    const hit: QuestionHit | null = found && rhetoricalTag(turn, s, found) ? { ...found, seeksAgreement: true } : found;
    let quotedHit: QuestionHit | null;
    if (quoting) quotedHit = hit || s.questionMark || questionIn(turn, s, true) ? wholeSentence(s) : null;
    else {
      if (hit) questions.push(...withJoined(turn, s, hit));
      // A question the grammar set aside as quoted within the sentence ("she's like, what are you doing") leaves the
      // quotation open for the next one.
      quotedHit = hit === null && hasQuotative(turn.tokens, s) ? questionIn(turn, s, true) : null;
    }
    if (quotedHit) quoted.push(quotedHit);
    quoting = quotedHit !== null || (!s.questionMark && endsInQuotative(turn, s.tokenStart, s.tokenEnd));
  }
  return { questions, quoted, quoting };
}

const wholeSentence = (s: Sentence): QuestionHit => ({ sentence: s, kind: 'closed', token: s.tokenStart, cueEnd: s.tokenStart });

/** Fewest tokens a question keeps before one joined on after it, so "and" inside a short phrase splits nothing. */
const MIN_JOINED_FROM = 3;

/**
 * The sentence's question, and the questions joined on after it ("..., and will i still be charged", "so what's the
 * postcode and how long has it been out"), each its own act with its own clause: graders count them apart, and an
 * enquiry's answer is looked for per question.
 */
function withJoined(turn: TurnText, s: Sentence, first: QuestionHit): QuestionHit[] {
  const { tokens } = turn;
  const out = [first];
  let last = first;
  for (let k = Math.max(first.cueEnd, last.token + MIN_JOINED_FROM); k < s.tokenEnd - 2; k++) {
    if (!QUESTION_JOINERS.has(tokens[k]) || (tokens[k] === 'or' && !turn.breakBefore[k])) continue;
    let at = k + 1;
    if (tokens[at] === 'also' || tokens[at] === 'then' || tokens[at] === 'so') at++;
    const w = tokens[at];
    if (!(WH_OPEN.has(w) || WH_CONTRACTIONS.has(w) || isAux(w))) continue;
    const next = clauseQuestion(turn, s, at, true);
    if (!next || next.token !== at || reportedSpeech(turn, s.tokenStart, at)) continue;
    last.end = k;
    out.push(next);
    last = next;
    k = Math.max(k, next.cueEnd - 1);
  }
  return out;
}

/** The sentence holds a word that can quote, so the grammar may have set a question in it aside as quoted. */
function hasQuotative(tokens: readonly string[], s: Sentence): boolean {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    const w = tokens[j];
    if (QUOTATIVES.has(w) || w === 'like' || w === 'go' || w === 'going') return true;
  }
  return false;
}

// Hesitation after a quotative ("and he said, uh") still leads into the quotation, and its first word may end the turn
// before the rest: "and i thought, gosh," / "why would anyone ...".
const TRAILING_HESITATIONS = new Set(['uh', 'um', 'umm', 'er', 'erm', 'well', 'oh', 'gosh', 'wow', 'man', 'boy', 'hey', 'look', 'listen', 'okay', 'ok', 'no', 'yeah']);
const QUOTED_ANSWERS = new Set(['no', 'yeah', 'okay', 'ok', 'nope']);
// Verbs that quote only at the end of a sentence, where what follows is the thought itself: "and i thought, gosh,".
const THOUGHT_QUOTATIVES = new Set(['thought', 'thinking']);
// "like i said", "as she said", "that's what he said" refer back to words already spoken; they quote nothing new.
const NOT_BEFORE_QUOTER = new Set(['as', 'like', 'what', 'whatever', 'than', 'that', 'everything', 'all']);
// "that's how it goes", "there it went": the motion verb after these is no quotative.
const NOT_BEFORE_MOTION = new Set(['it', 'that', 'this', 'there', 'how', 'which', 'what', 'thing', 'things', 'everything', 'anything', 'money', 'time']);
// "nobody asked me", "he never said": no words were spoken, so none are quoted next.
const UNSPOKEN = new Set(['nobody', 'never', 'not', "didn't", 'didnt', "doesn't", 'doesnt', "hasn't", "haven't", 'noone', 'neither']);
// Not "told me": "nobody told me. do i have to come in?" asks after a complaint; telling rarely quotes a question.
const ASKING = new Set(['asked', 'asks', 'ask']);
// Subjects a clause can end on before its copula: "where it is", "what that was".
const CLAUSE_FINAL_SUBJECTS = new Set(['it', 'that', 'this', 'they', 'he', 'she', 'we', 'you']);
const TIME_CLAUSE = new Set(['before', 'until', 'till', 'once', 'after', 'when', 'whenever', 'if', 'as']);
const QUOTE_OPENERS = new Set(['and', 'then', 'so', 'just']);

/**
 * Tokens [from, to) end in a verb that introduces a quotation: "he said", "she goes", "i asked him", "and i'm like",
 * "then you go". Only at the very end, where the quotation has yet to come.
 */
function endsInQuotative(turn: TurnText, from: number, to: number): boolean {
  const { tokens } = turn;
  let end = to;
  while (end > from && TRAILING_HESITATIONS.has(tokens[end - 1])) end--;
  if (end - from < 2 || to - end > 2) return false;
  // "I said no." closes what was said: an answer word before a full stop is the quotation itself, not a pause before it.
  if (to > end && /[.!]\s*$/.test(turn.norm.slice(turn.starts[from], turn.ends[to - 1] + 1)) && tokens.slice(end, to).some((w) => QUOTED_ANSWERS.has(w))) return false;
  const last = tokens[end - 1];
  const before = tokens[end - 2];
  const earlier = end - from > 2 ? tokens[end - 3] : undefined;
  for (let j = Math.max(from, end - 5); j < end; j++) if (UNSPOKEN.has(tokens[j])) return false;
  // "..., i thought." closes an opinion ("the second engineer seemed keener, i thought"); only a thought that opens its clause
  // ("and i thought", "so i'm thinking") leads into one.
  if (THOUGHT_QUOTATIVES.has(last)) {
    return (PERSONAL.has(before) || before === "i'm") && !turn.breakBefore[end - 2] && (earlier === undefined || QUOTE_OPENERS.has(earlier) || LEAD_FILLERS.has(earlier));
  }
  if (QUOTATIVES.has(last)) {
    if (MOTION_QUOTATIVES.has(last)) return !NOT_BEFORE_MOTION.has(before);
    // ("that's what my mate said." reports no words to come.)
    return !NOT_BEFORE_QUOTER.has(before) && !(earlier !== undefined && NOT_BEFORE_QUOTER.has(earlier)) && !isAux(before)
      && !tokens.slice(Math.max(from, end - 5), end - 1).includes('what');
  }
  // "and then i go", not "where do we go".
  if (last === 'go') return PERSONAL.has(before) && earlier !== undefined && QUOTE_OPENERS.has(earlier);
  // Not "and if you're like" ("... like me"), a condition.
  if (last === 'like') return LIKE_QUOTERS.has(before) && earlier !== 'if' && !tokens.slice(Math.max(from, end - 5), end).includes('what');
  // "i asked him", "and i said to her".
  if (OBJECT_PRONOUNS.has(last) && last !== 'it') {
    return ASKING.has(before) || (before === 'to' && (earlier === 'said' || earlier === 'says'));
  }
  return false;
}

/** `quoted`: the sentence is known to be quoted, so a quotative inside it does not cancel the question shape. */
function questionIn(turn: TurnText, s: Sentence, quoted = false): QuestionHit | null {
  const { tokens } = turn;
  if (s.questionMark) {
    if (!quoted && reportedSpeech(turn, s.tokenStart, s.tokenEnd, true)) return null;
    const words = tokens.slice(s.tokenStart, s.tokenEnd).join(' ');
    if (nonQuestions.has(words)) return null;
    // "Can you believe that?", "Did you know that most ...?": the mark does not make rhetoric ask.
    const k = skipFillers(tokens, s.tokenStart, s.tokenEnd);
    if (k < s.tokenEnd && findCues(turn, notQuestions, { from: k, to: k + 1 }).length) return null;
    // "invisible what?", "you what?": a repair request on a word not caught, like "sorry, what?" (NON_QUESTIONS).
    if (s.tokenEnd - k === 2 && tokens[k + 1] === 'what' && !REPAIR_NOT_BEFORE_WHAT.has(tokens[k]) && !isAux(tokens[k]) && !WH_OPEN.has(tokens[k])) return null;
    return firstClauseQuestion(turn, s, quoted) ?? markedStatement(turn, s, k);
  }
  const clause = firstClauseQuestion(turn, s, quoted);
  // Written "Isn't it great!" exclaims; speech-to-text writes no "!", so unpunctuated text is unaffected.
  if (clause && NEGATIVE_AUXILIARIES.has(tokens[clause.token]) && exclaims(turn, s)) return null;
  // "Romantic, isn't it.", "lovely isn't it": a tag on a bare approval is rhetoric, as the graders' guideline has it.
  if (clause && NEGATIVE_AUXILIARIES.has(tokens[clause.token]) && clause.token + 2 === s.tokenEnd && clause.token > s.tokenStart && onlyApproves(turn, s.tokenStart, clause.token)) return null;
  if (clause && (abandonedWh(turn, s, clause) || trailsOffBare(turn, s, clause) || whBrokenOff(turn, s, clause))) return null;
  return clause ?? tagQuestion(turn, s) ?? detailRequest(turn, s) ?? bareChoice(turn, s) ?? inSituWh(turn, s) ?? whFragment(turn, s) ?? trailingWh(turn, s) ?? followUpFragment(turn, s) ?? soCheckYeah(turn, s);
}

// Words that cannot be one side of a choice put on its own: "this or that", "now or never", "more or less", "yes or no".
const NOT_A_CHOICE = new Set([...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS, ...DETERMINERS, ...LEAD_FILLERS, 'more', 'less', 'never', 'now', 'sooner', 'later', 'not', 'either', 'whatever', 'something', 'anything']);
/** A turn that is only a choice of two, said without a "?": "manual or automatic", "cash or card". */
function bareChoice(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  if (s.tokenStart !== 0 || s.tokenEnd !== tokens.length || tokens.length !== 3 || tokens[1] !== 'or') return null;
  if (NOT_A_CHOICE.has(tokens[0]) || NOT_A_CHOICE.has(tokens[2]) || isAux(tokens[0]) || /\d/.test(tokens[0] + tokens[2])) return null;
  return { sentence: s, kind: 'closed', token: 0, cueEnd: 3 };
}

/** Fillers before a sentence's first word ("oh well that's handy"). */
const INTERJECTIONS = new Set(['oh', 'ah', 'um', 'uh', 'er', 'erm', 'hmm']);

/**
 * A tag on a statement that only voices the speaker's view wants no answer: "Nobody tells you that, do they?", "well
 * that's just perfect isn't it", "I'll just have to swallow it then, won't I?". A tag on a fact to be checked still
 * asks: "So that's all done then, is it?", "I'm not paying the difference, am I?".
 */
function rhetoricalTag(turn: TurnText, s: Sentence, hit: QuestionHit): boolean {
  const { tokens } = turn;
  const tag = s.tokenEnd - 2;
  if (hit.token !== tag || tag < s.tokenStart + 2 || !isAux(tokens[tag]) || !SUBJECT_PRONOUNS.has(tokens[tag + 1])) return false;
  let k = s.tokenStart;
  while (k < tag && INTERJECTIONS.has(tokens[k])) k++;
  return tokens[k] === 'well' || onlyApproves(turn, s.tokenStart, tag) || findCues(turn, rhetoricalTagStatements, { from: s.tokenStart, to: tag }).length > 0;
}

/**
 * Without a question mark, a wh-word and an auxiliary followed by nothing but fillers and restarts ("i wonder, what is,
 * you know, yeah, what is") is a clause the speaker gave up on: it names no subject, so it asks about nothing.
 */
function abandonedWh(turn: TurnText, s: Sentence, hit: QuestionHit): boolean {
  const { tokens } = turn;
  if (hit.kind !== 'open') return false;
  let j = hit.token;
  while (j < s.tokenEnd && !WH_OPEN.has(tokens[j])) j++;
  if (j >= s.tokenEnd - 1 || !isAux(tokens[j + 1])) return false;
  for (let k = j + 2; k < s.tokenEnd; k++) {
    const w = tokens[k];
    if (LEAD_FILLER_PAIRS.has(`${w}_${tokens[k + 1]}`)) k++;
    else if (!(LEAD_FILLERS.has(w) || WH_OPEN.has(w) || isAux(w))) return false;
  }
  return true;
}

/**
 * A turn cut short before its question has content: "but do you know," or "i mean, is it --" in writing; in unpunctuated
 * speech, a bare inversion after a connective ("and do you", "but is it"), which starts a clause the speaker dropped.
 * Only an inversion with nothing after its subject (or a bare "know") is taken as cut short; a lone "is it" replies.
 */
function trailsOffBare(turn: TurnText, s: Sentence, hit: QuestionHit): boolean {
  if (hit.kind !== 'closed' || !isAux(turn.tokens[hit.token])) return false;
  const rest = turn.tokens.slice(hit.token + 2, s.tokenEnd);
  if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'know')) return false;
  // Not after "or": "or is it", "or do you" offer the other alternative, a question complete as it stands.
  const connective = hit.token > s.tokenStart && CONNECTIVES.has(turn.tokens[hit.token - 1]) && turn.tokens[hit.token - 1] !== 'or';
  if (connective && s.tokenEnd === turn.tokens.length && !/[.!?]/.test(turn.norm.slice(turn.ends[s.tokenEnd - 1]))) return true;
  return endsOnComma(turn, s);
}

/** The sentence stops on a comma or a dash: the speaker broke off ("how," / "what kind of --"). */
function endsOnComma(turn: TurnText, s: Sentence): boolean {
  const tail = turn.norm.slice(turn.ends[s.tokenEnd - 1], s.end);
  return /^[\s,;:)\-\u2013\u2014]*$/.test(tail) && /[,\-\u2013\u2014]/.test(tail);
}

const BROKEN_ON = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'at', 'for', 'with']);

/**
 * A wh-question broken off before it names anything: "How," / "so, uh, how," / "What kind of,". Only where the writer
 * marks the break with a comma or dash; a bare "how" said on its own asks.
 */
function whBrokenOff(turn: TurnText, s: Sentence, hit: QuestionHit): boolean {
  if (hit.kind !== 'open' || !endsOnComma(turn, s)) return false;
  const { tokens } = turn;
  // "What kind of," stops on a word that needs more; "What kind," has said enough to be answered.
  if (BROKEN_ON.has(tokens[s.tokenEnd - 1]) && s.tokenEnd - hit.token <= 4) return true;
  for (let k = hit.token; k < s.tokenEnd; k++) if (!(WH_OPEN.has(tokens[k]) || LEAD_FILLERS.has(tokens[k]) || CLAUSE_MARKERS.has(tokens[k]))) return false;
  return true;
}

/**
 * A wh-word left in place after a preposition at the end of a spoken check: "so you did your degree in what subject".
 * Only where a bare noun phrase ends the sentence, so "it depends on what time you come" stays a statement.
 */
function inSituWh(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  for (let k = Math.max(s.tokenStart + 2, s.tokenEnd - 5); k < s.tokenEnd; k++) {
    if ((tokens[k] !== 'what' && tokens[k] !== 'which') || !IN_SITU_PREPOSITIONS.has(tokens[k - 1])) continue;
    // "it all depends on what model": the wh-phrase completes a verb of dependence, not a question.
    if (['depends', 'depend', 'depending', 'based'].includes(tokens[k - 2])) return null;
    // The rest must be a bare noun phrase ("subject", "part of town"): more words, a pronoun or an auxiliary mean an
    // embedded clause follows ("the concerns on what most people want").
    const rest = tokens.slice(k + 1, s.tokenEnd);
    // "what part of town", "which side of the house": a noun and its "of" phrase.
    const ofPhrase = rest.length >= 3 && rest[1] === 'of' && (rest.length === 3 || (rest.length === 4 && DETERMINERS.has(rest[2])));
    if (rest.length > 1 && !ofPhrase) return null;
    if (rest.some((w, i) => !(ofPhrase && i === 2 && rest.length === 4) && (SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || isAux(w) || w.includes("'") || WH_SUBJECT_VERBS.has(w)))) return null;
    // "what" alone after a preposition is an echo of something missed ("about what"), which asks too.
    return { sentence: s, kind: 'open', token: k - 1, cueEnd: k + 1 };
  }
  return null;
}

/**
 * A sentence that only its question mark makes a question: a declarative check ("you're calling about the bill?") or
 * an echo ("and the hotel?"). Not when the words say otherwise: a suggestion ("perhaps try a walk?") or a statement
 * closed by the filler "you know?" ("it's worth it you know?").
 */
function markedStatement(turn: TurnText, s: Sentence, first: number): QuestionHit | null {
  const { tokens } = turn;
  const end = s.tokenEnd;
  if (first < end && SUGGESTION_OPENERS.has(tokens[first])) return null;
  // "..., can you believe that?": the rhetoric that the grammar skipped mid-sentence.
  for (const h of findCues(turn, notQuestions, { from: s.tokenStart + 1, to: end })) {
    if (turn.breakBefore[h.token] === 1 || CLAUSE_MARKERS.has(tokens[h.token - 1])) return null;
  }
  if (end - s.tokenStart > 2 && tokens[end - 2] === 'you' && tokens[end - 1] === 'know' && !KNOW_CLAUSE.has(tokens[end - 3])) return null;
  if (echoedAnswer(turn, s, first)) return null;
  if (offersGuess(tokens, s)) return null;
  return { sentence: s, kind: 'closed', token: s.tokenStart, cueEnd: end };
}

const GUESS_WORDS = new Set(['maybe', 'probably', 'perhaps', 'possibly']);
const CHECK_TAGS = new Set(['huh', 'right', 'correct', 'eh', 'yeah', 'no', 'yes']);

/**
 * "About two hours, I think?", "The boiler's maybe eight years old?": a guess offered with a rising "?" answers. Not a
 * guess about the listener ("you're probably a fan?") or one closed by a tag ("probably not, huh?"): those check.
 */
function offersGuess(tokens: readonly string[], s: Sentence): boolean {
  if (CHECK_TAGS.has(tokens[s.tokenEnd - 1])) return false;
  let guess = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (tokens[k] === 'you' || tokens[k] === "you're" || tokens[k] === 'your') return false;
    if (GUESS_WORDS.has(tokens[k]) || (tokens[k] === 'think' && tokens[k - 1] === 'i')) guess = true;
  }
  return guess;
}

// An elliptical question opens with these ("and the fee?", "so friday then?"); an echo does not.
const ELLIPSIS_OPENERS = new Set(['and', 'so', 'but', 'or', 'also', 'plus', 'what', 'which', 'how']);

/**
 * "Saturday? Oh, that's a weight off.", "Last Sunday? Maybe Saturday evening.", "There's an F and then 28? The light's
 * flashing red.": a short opening said with a rising "?" that the speaker goes straight on from echoes or answers; the
 * mark asks nothing. Only the turn's first sentence, with more of the turn after it.
 */
function echoedAnswer(turn: TurnText, s: Sentence, first: number): boolean {
  const { tokens } = turn;
  if (s !== turn.sentences[0] || turn.sentences.length < 2 || s.tokenEnd - s.tokenStart > ECHO_TOKENS) return false;
  if (ELLIPSIS_OPENERS.has(tokens[s.tokenStart]) || ELLIPSIS_OPENERS.has(tokens[first])) return false;
  for (let k = first; k < s.tokenEnd; k++) if (isAux(tokens[k]) || WH_OPEN.has(tokens[k]) || (SUBJECT_PRONOUNS.has(tokens[k]) && tokens[k] !== 'there')) return false;
  return true;
}
const ECHO_TOKENS = 6;

function exclaims(turn: TurnText, s: Sentence): boolean {
  const last = s.tokenEnd - 1;
  return turn.norm.slice(turn.ends[last], s.end).includes('!');
}

// Verbs a "what" is the subject of in a pseudo-cleft ("what helped was...", "what gets me is..."), besides WH_SUBJECT_VERBS.
const CLEFT_VERBS = new Set(['helped', 'helps', 'worked', 'got', 'gets', 'annoyed', 'annoys', 'bugged', 'bugs', 'upset', 'upsets', 'surprised', 'struck', 'kept', 'keeps', 'went', 'goes', 'broke', 'stopped', 'needs', 'needed']);
const CLEFT_ADVERBS = new Set(['really', 'actually', 'just', 'always', 'also', 'then', 'eventually', 'finally', 'most']);
const CLEFT_SUBJECTS = new Set(['it', 'that', 'this', 'there', 'he', 'she', 'they', 'you', 'we', 'i']);

/**
 * "what happened was the engineer never came", "what helped me is talking to someone": a pseudo-cleft, where a "what"
 * clause is the subject of "was"/"is" and the sentence goes on to say what it was. Only without a question mark, and
 * not where "it"/"this"/"there" follows ("what happened was it the router"), which may open a question of its own.
 * Returns the token of the copula, or -1.
 */
function pseudoCleft(turn: TurnText, s: Sentence, k: number): number {
  const { tokens } = turn;
  if (s.questionMark) return -1;
  if (tokens[k] === "what's" || tokens[k] === 'whats' || (tokens[k] === 'what' && COPULAS.has(tokens[k + 1]))) return adjectiveCleft(turn, s, k);
  if (tokens[k] !== 'what' && tokens[k] !== 'who') return -1;
  // "what really worries me is...": an adverb may come before the verb.
  const v = CLEFT_ADVERBS.has(tokens[k + 1]) ? k + 2 : k + 1;
  const verb = tokens[v] ?? '';
  // "what irks me is", "what kills me was": any verb whose object is the speaker, then the copula.
  const aboutSpeaker = /(s|ed)$/.test(verb) && !isAux(verb) && OBJECT_PRONOUNS.has(tokens[v + 1] ?? '') && COPULAS.has(tokens[v + 2] ?? '');
  if (!WH_SUBJECT_VERBS.has(verb) && !CLEFT_VERBS.has(verb) && !aboutSpeaker) return -1;
  for (let j = v + 1; j <= v + 3 && j < s.tokenEnd - 1; j++) {
    if (turn.breakBefore[j]) return -1;
    if (tokens[j] === 'was' || tokens[j] === 'is') {
      // "what happened is, you ...", "what happened was that ...", "what happens is, is ...": a pause, a "that" or the
      // copula again says the clause is the subject and the rest says what it was.
      if (turn.breakBefore[j + 1] || ['that', 'is', 'was'].includes(tokens[j + 1])) return j;
      // "what happens is you ...": a personal subject starts the clause that says what it was; "what happened was it
      // the router" asks.
      return !CLEFT_SUBJECTS.has(tokens[j + 1]) || PERSONAL.has(tokens[j + 1]) ? j : -1;
    }
  }
  return -1;
}

/**
 * "what's worse is the letter never came", "what was so odd about it was the timing": "what" + copula + a judgement, then a
 * second "is"/"was" that says what it was. Only with an adjective or adverb after the first copula: "what's the reason
 * your payment was declined" names a noun there and asks.
 */
function adjectiveCleft(turn: TurnText, s: Sentence, k: number): number {
  const { tokens } = turn;
  const first = tokens[k] === 'what' ? k + 2 : k + 1;
  const w = tokens[first];
  if (w === undefined || DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || isAux(w) || WH_PREDICATES.has(w) || w.includes("'")) return -1;
  for (let j = first + 1; j <= first + 5 && j < s.tokenEnd - 1; j++) {
    if (tokens[j] !== 'is' && tokens[j] !== 'was') continue;
    const before = tokens[j - 1];
    // "what's wrong with it is it ..." asks again; "... that was" is a relative clause.
    // ("what's odd about it is ...": after a preposition the pronoun is its object.)
    if ((SUBJECT_PRONOUNS.has(before) && !PREPOSITIONS.has(tokens[j - 2])) || ['which', 'who', 'what'].includes(before) || isAux(before)) return -1;
    return ['it', 'this', 'there'].includes(tokens[j + 1]) ? -1 : j;
  }
  return -1;
}

// Where clauseQuestion last found a pseudo-cleft: the token of its copula, or -1 (one object, so no allocation per clause).
const cleft = { copula: -1 };

// Two-word asides a speaker drops into a statement between commas: "..., i think, ...", "..., you know, ...".
const PARENTHETICALS = new Set(['i_think', 'i_guess', 'i_believe', 'i_suppose', "i'd_say", 'i_feel', 'you_know', 'i_mean', 'you_see']);
function afterParenthetical(turn: TurnText, s: Sentence, k: number): boolean {
  const { tokens } = turn;
  return k - 2 > s.tokenStart && turn.breakBefore[k - 2] === 1 && PARENTHETICALS.has(`${tokens[k - 2]}_${tokens[k - 1]}`);
}

// The words of ADVERBIAL_MARKERS pairs: only these build a pair key.
const ADVERBIAL_PARTS = new Set([...ADVERBIAL_MARKERS].flatMap((p) => p.split('_')));
/** The marker before token k belongs to an adverbial ("right now", "as well") instead of opening a clause. */
function adverbialMarker(tokens: readonly string[], s: Sentence, k: number): boolean {
  const marker = tokens[k - 1];
  if (!ADVERBIAL_PARTS.has(marker)) return false;
  if (ADVERBIAL_PARTS.has(tokens[k]) && ADVERBIAL_MARKERS.has(`${marker}_${tokens[k]}`)) return true;
  return k - 2 >= s.tokenStart && ADVERBIAL_PARTS.has(tokens[k - 2]) && ADVERBIAL_MARKERS.has(`${tokens[k - 2]}_${marker}`);
}

/** "how much are", "how long ago did", "what time does": a wh-word and its phrase, then an auxiliary. */
function whPhraseThenAux(tokens: readonly string[], k: number): boolean {
  const [t, n1, n2] = [tokens[k], tokens[k + 1] ?? '', tokens[k + 2] ?? ''];
  if (t === 'how' && n1 === 'long' && UNTIL.has(n2)) return true;
  if (t === 'how' && HOW_DEGREE.has(n1)) return isAux(tokens[DEGREE_ADVERBS.has(n2) ? k + 3 : k + 2]);
  return (t === 'what' || t === 'which') && isAux(tokens[whNounEnd(tokens, k)]);
}

// "how long till i see my money", "how long before it's fixed": the time asked for, with no auxiliary.
const UNTIL = new Set(['till', 'until', 'til', 'before']);
const KIND_NOUNS = new Set(['kind', 'sort', 'type']);
/**
 * The token after the noun of "what time", "which model", "what kind of rates" (a kind and the noun it is of), or `k + 1`
 * where no such noun follows the wh-word.
 */
function whNounEnd(tokens: readonly string[], k: number): number {
  const n1 = tokens[k + 1] ?? '';
  if (KIND_NOUNS.has(n1) && tokens[k + 2] === 'of' && tokens[k + 3] !== undefined && !isAux(tokens[k + 3])) return k + 4;
  return WH_NOUNS.has(n1) ? k + 2 : k + 1;
}

/** Tries the grammar at every place a clause can start in the sentence. */
function firstClauseQuestion(turn: TurnText, s: Sentence, quoted = false): QuestionHit | null {
  const { tokens } = turn;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const clauseStart =
      k === s.tokenStart || turn.breakBefore[k] === 1 ||
      (CLAUSE_MARKERS.has(tokens[k - 1]) && !adverbialMarker(tokens, s, k)) || asksAfterJoiner(turn, k);
    cleft.copula = -1;
    const hit = clauseStart ? clauseQuestion(turn, s, k, k === s.tokenStart) : unpunctuatedInversion(turn, s, k);
    // A pseudo-cleft ("what's worse, is the letter ...") is one statement: no clause starts again at its copula.
    if (cleft.copula > k) { k = cleft.copula; continue; }
    if (!hit) continue;
    const aside = asideEnd(turn, s, hit);
    if (aside > 0) { k = aside - 1; continue; }
    if (quoted) return hit;
    if (reportedSpeech(turn, s.tokenStart, hit.token)) return null;
    // Narrated dialogue told without a break: "he goes it's failed on the brakes do you want a quote and i said i'd
    // ring back so how much are we talking": the question between the two speakers' verbs is quoted; look on.
    const reply = narratedReply(turn, s, hit);
    if (reply < 0) return hit;
    k = reply;
  }
  return null;
}

const ASIDE_FILLERS = new Set(['um', 'uh', 'er', 'erm', 'oh', 'like']);

/**
 * The token after a question-shaped aside that asks nothing, or 0: a memory search (MEMORY_SEARCHES) with the sentence
 * going on after it, or the list closer "or what have you".
 */
function asideEnd(turn: TurnText, s: Sentence, hit: QuestionHit): number {
  const { tokens } = turn;
  const k = hit.token;
  if (tokens[k] === 'what' && tokens[k + 1] === 'have' && tokens[k + 2] === 'you' && (tokens[k - 1] === 'or' || tokens[k - 1] === 'and')
    && (k + 3 === s.tokenEnd || turn.breakBefore[k + 3] === 1)) return k + 3;
  const search = findCues(turn, memorySearches, { from: k, to: k + 1 })[0];
  const end = search ? tokenEndOf(turn, search) : 0;
  if (!search || turn.breakBefore[end] !== 1) return 0;
  for (let j = end; j < s.tokenEnd; j++) if (!ASIDE_FILLERS.has(tokens[j])) return end;
  return 0;
}

// "i'm on the saturday course and i wanted to ask if i can move": an indirect question joined on to a statement.
// Speech-to-text runs it on without the "and": "hiya it's mrs adeyemi i just wanted to check if they're ready".
const FIRST_PERSON = new Set(['i', 'we', "i'd", "we'd", "i'm", "we're", 'im']);
function asksAfterJoiner(turn: TurnText, k: number): boolean {
  if (!((turn.tokens[k - 1] === 'and' || turn.tokens[k - 1] === 'but') || !turn.punctuated) || !FIRST_PERSON.has(turn.tokens[k])) return false;
  return findCues(turn, openRequests, { from: k, to: k + 1 }).length > 0 || findCues(turn, closedRequests, { from: k, to: k + 1 }).length > 0;
}

const NARRATING = new Set([...QUOTATIVES, 'go', 'say']);

/** The verb at `j` has a person as its subject, in statement order: "they say", "he goes"; not "do they say", "can i say". */
function saidBySubject(tokens: readonly string[], j: number): boolean {
  return PERSONAL.has(tokens[j - 1]) && !isAux(tokens[j - 2]);
}

/** The token of the verb that reports the reply to a question quoted between two speakers, or -1. */
function narratedReply(turn: TurnText, s: Sentence, hit: QuestionHit): number {
  const { tokens } = turn;
  const narrated = (j: number) => NARRATING.has(tokens[j]) && saidBySubject(tokens, j);
  let before = false;
  for (let j = s.tokenStart + 1; j < hit.token && !before; j++) before = narrated(j);
  if (!before) return -1;
  for (let j = hit.cueEnd + 1; j < s.tokenEnd; j++) if (narrated(j)) return j;
  return -1;
}

// "... it arrives tomorrow before one anything else i can help with": the check that ends a run-on agent turn.
const ANYTHING_ELSE_TAIL = new Set(['i', 'can', 'help', 'you', 'with', 'do', 'for', 'today', 'at', 'all', 'we', 'need', 'sort', 'out']);
// Before "anything else" these make it the object or comparison of the clause: "more than anything else", "over
// anything else", "i can't use it for anything else".
const NOT_BEFORE_ANYTHING_ELSE = new Set(['or', 'and', 'nothing', 'something', 'if', 'not', 'than', 'over', 'with', 'of', 'to', 'do', 'about', 'for', 'from', 'like', 'as', 'was', 'is', 'there', 'know', 'in', 'on', 'at', 'by', 'really', 'any', 'buy', 'get', 'need', 'want', 'have']);
// After "do you know", words that go on with the speaker's own clause ("... do you know and then it crashed").
const FILLER_AFTER_KNOW = new Set(['and', 'but', 'so', 'uh', 'um', 'i', 'because', 'like', 'or']);
function closingAnythingElse(tokens: readonly string[], k: number, end: number): boolean {
  if (tokens[k] !== 'anything' || tokens[k + 1] !== 'else' || end - k > 7) return false;
  if (NOT_BEFORE_ANYTHING_ELSE.has(tokens[k - 1] ?? '')) return false;
  for (let j = k + 2; j < end; j++) if (!ANYTHING_ELSE_TAIL.has(tokens[j])) return false;
  return true;
}

// First words of LEAD_FILLER_PAIRS: only these build the pair key, which saves a string per token.
const PAIR_FIRSTS = new Set([...LEAD_FILLER_PAIRS].map((p) => p.split('_')[0]));

/** The length of the set lead-in phrase ("while i've got you") starting at token `k`, or 0. */
function leadInAt(tokens: readonly string[], k: number, end: number): number {
  if (!LEAD_IN_FIRSTS.has(tokens[k])) return 0;
  const phrase = LEAD_IN_PHRASES.find((p) => k + p.length < end && p.every((w, i) => tokens[k + i] === w));
  return phrase?.length ?? 0;
}
const LEAD_IN_FIRSTS = new Set(LEAD_IN_PHRASES.map((p) => p[0]));
const LEAD_IN_LASTS = new Set(LEAD_IN_PHRASES.map((p) => p[p.length - 1]));

/** A set lead-in phrase ends just before token `k`. */
function leadInEndsAt(tokens: readonly string[], k: number, from: number): boolean {
  if (!LEAD_IN_LASTS.has(tokens[k - 1])) return false;
  return LEAD_IN_PHRASES.some((p) => k - p.length >= from && p.every((w, i) => tokens[k - p.length + i] === w));
}

function skipFillers(tokens: readonly string[], k: number, end: number): number {
  for (let guard = 0; guard < 8 && k < end; guard++) {
    const leadIn = leadInAt(tokens, k, end);
    if (leadIn) k += leadIn;
    else if (k + 1 < end && PAIR_FIRSTS.has(tokens[k]) && LEAD_FILLER_PAIRS.has(`${tokens[k]}_${tokens[k + 1]}`)) k += 2;
    // Restarts of spontaneous speech: "do do you", "what uh what kind".
    else if (k + 1 < end && tokens[k + 1] === tokens[k]) k++;
    else if (k + 2 < end && tokens[k + 2] === tokens[k] && LEAD_FILLERS.has(tokens[k + 1])) k += 2;
    else if (LEAD_FILLERS.has(tokens[k])) k++;
    else break;
  }
  return k;
}

function clauseQuestion(turn: TurnText, s: Sentence, start: number, sentenceStart: boolean): QuestionHit | null {
  const { tokens } = turn;
  const end = s.tokenEnd;
  const k = skipFillers(tokens, start, end);
  if (k >= end) return null;
  const hit = (kind: QuestionKind, cueEnd: number): QuestionHit => ({ sentence: s, kind, token: k, cueEnd: Math.min(cueEnd, end) });

  if (findCues(turn, notQuestions, { from: k, to: k + 1 }).length) return null;
  const open = findCues(turn, openRequests, { from: k, to: k + 1 })[0];
  if (open) return hit('open', k + 3);
  const closed = findCues(turn, closedRequests, { from: k, to: k + 1 })[0];
  // "..., or anything else" ends a list; "anything else?" opens a question only at the start.
  if (closed && (sentenceStart || !closed.cue.startsWith('any') || closingAnythingElse(tokens, k, end))) return hit('closed', k + 3);

  const t = tokens[k];
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  const n2 = k + 2 < end ? tokens[k + 2] : undefined;

  // Mid-sentence, "which"/"who"/"where"/"when" open relative clauses ("my sister, who's a nurse").
  // After a spoken marker ("so when did you..."), an auxiliary and a subject still make it a question.
  if (!sentenceStart && RELATIVE_WH.has(t.replace(/'.*$/, ''))) {
    const afterMarker = start === k && CLAUSE_MARKERS.has(tokens[k - 1]) && turn.breakBefore[k] !== 1;
    if (!(afterMarker && isAux(n1) && (SUBJECT_PRONOUNS.has(n2 ?? '') || COPULA_DETERMINERS.has(n2 ?? '')))) return null;
  }
  const copula = pseudoCleft(turn, s, k);
  if (copula >= 0) { cleft.copula = copula; return null; }
  if (WH_CONTRACTIONS.has(t)) {
    if (n1 === undefined && t.startsWith('what')) return null;
    if (!sentenceStart && !(SUBJECT_PRONOUNS.has(n1 ?? '') || DETERMINERS.has(n1 ?? '') || WH_PREDICATES.has(n1 ?? ''))) return null;
    if (t.startsWith('who') && !(SUBJECT_PRONOUNS.has(n1 ?? '') || DETERMINERS.has(n1 ?? '') || n1 === 'calling')) return null;
    return hit('open', k + 2);
  }
  // "ok what matters most to you": "what" as the subject of a verb, after a spoken clause marker.
  if ((t === 'what' || t === 'who') && WH_SUBJECT_VERBS.has(n1 ?? '') && (sentenceStart || CLAUSE_MARKERS.has(tokens[k - 1]))) return hit('open', k + 2);
  // Mid-sentence the wh-word needs its auxiliary next; unpunctuated, the wh-phrase may come first: "i'll ring back so how
  // much are we talking", "so what time does it open". (Between commas such a phrase is mostly a speaker searching their
  // memory: "about, oh, how long has it been, ten years".)
  const whAux = isAux(n1) || (turn.breakBefore[start] !== 1 && whPhraseThenAux(tokens, k));
  if (WH_OPEN.has(t)) return (sentenceStart || whAux) && whQuestion(tokens, k, end) ? hit('open', k + 2) : null;

  // "you ready", "you interested in the upgrade": speech drops the copula of a yes/no question. Not "you sure can".
  if (t === 'you' && DROPPED_COPULA_PREDICATES.has(n1 ?? '') && !isAux(n2) && !(n1 === 'there' && n2 !== undefined)) return hit('closed', k + 2);
  // "you got any questions", "you got a minute": the same question with "have" dropped.
  if (t === 'you' && n1 === 'got' && (n2 === 'any' || (n2 === 'a' && ['minute', 'second', 'moment', 'sec'].includes(tokens[k + 3] ?? '')))) return hit('closed', k + 3);
  // "you don't think it's too late": a check of the listener's view, spoken as a statement.
  if (t === 'you' && (n1 === "don't" || n1 === 'dont') && n2 === 'think' && k + 3 < end && ['that', 'it', "it's", 'its', 'there', "there's", 'theres', 'he', 'she', 'they', 'we', 'i', 'this', 'so'].includes(tokens[k + 3])) return hit('closed', k + 3);
  // "are you know" is a filler inside a statement; "do you know" is a question.
  if (n1 === 'you' && n2 === 'know' && !['do', 'did', 'does', "don't", 'dont', "didn't", 'didnt'].includes(t)) return null;
  // "so do i", "neither can we": agreement, not a question.
  if (k + 2 === end && ['so', 'neither', 'nor'].includes(tokens[k - 1] ?? '') && isAux(t)) return null;
  // A restart on the auxiliary: "are, have you been there", "do would you prefer": the question starts again at the
  // second word. (Not "i don't, i don't know": a subject, an auxiliary and the subject again restart a statement.)
  // After a modal or a negative, "have"/"do" is the main verb: "could have that effect", "don't have that problem".
  const mainVerbAfter = (NEGATIVE_AUXILIARIES.has(t) || MODALS.has(t)) && MAIN_VERB_AUXILIARIES.has(n1 ?? '');
  if (n2 !== undefined && isAux(t) && isAux(n1) && !mainVerbAfter && (SUBJECT_PRONOUNS.has(n2) || COPULA_DETERMINERS.has(n2))) {
    const again = clauseQuestion(turn, s, k + 1, sentenceStart);
    if (again) return again;
  }
  // "was, I guess because", "have, I have a wide variety": a comma between auxiliary and subject restarts a statement.
  if (isAux(t) && turn.breakBefore[k + 1] === 1) return null;
  // "you mean the blue one", "so you mean i pay twice": a check that the listener was understood.
  if (sentenceStart && t === 'you' && n1 === 'mean' && n2 !== undefined && n2 !== 'it' && n2 !== 'well') return hit('closed', k + 2);
  // "does the price include fitting", "did Sam call you back": at the start of a sentence "does"/"did" before a name
  // or a noun still inverts; a filler or adverb after it ("did well", "does too") leaves it a verb.
  if (sentenceStart && (t === 'does' || t === 'did') && n2 !== undefined && !LEAD_FILLERS.has(n1 ?? '') && !isAux(n1) && !ADVERBIAL_ENDINGS.has(n1 ?? '') && !NOT_AFTER_INVERSION.has(n1 ?? '') && !NOT_AFTER_INITIAL_DOES.has(n1 ?? '') && !n1!.includes("'")) return hit('closed', k + 2);
  if (AUXILIARIES.has(t) && n1 !== undefined) {
    if (t === 'do') {
      // Not "do it", "do that": "do" cannot invert with a singular subject, so it is the verb ("then do it, you know").
      if (PERSONAL.has(n1) || n1 === 'any') return hit('closed', k + 2);
      return null;
    }
    if (t === 'does' || t === 'did') {
      if (DEMONSTRATIVE.has(n1)) return n2 !== undefined && !ADVERBIAL_ENDINGS.has(n2) ? hit('closed', k + 3) : null;
      if (SUBJECT_PRONOUNS.has(n1) || (DETERMINERS.has(n1) && !['a', 'an', 'no', 'all', 'every', 'each'].includes(n1))) return hit('closed', k + 2);
      return null;
    }
    if (t === 'have' || t === 'has' || t === 'had') {
      // "has it", but "have it"/"had that" is the verb and its object ("and have it punched in").
      if (PERSONAL.has(n1) || (n1 === 'there' && t !== 'had') || (t === 'has' && (DEMONSTRATIVE.has(n1) || COPULA_DETERMINERS.has(n1)))) return hit('closed', k + 2);
      return null;
    }
    if (['is', 'are', 'was', 'were', 'am'].includes(t)) {
      if (n1 === 'i' && (t === 'is' || t === 'are')) return null;
      // A copula that does not agree with the pronoun after it is no inversion: "the worst part, is they never
      // ring back", "what worries me is we ...". The pronoun starts the clause the copula introduces.
      if (!agrees(t, n1)) return null;
      // "the catch, i think, is the exit fee", "the reason, you know, was the price": after a parenthetical the copula
      // goes on with the statement's own subject.
      if (!sentenceStart && (t === 'is' || t === 'was') && turn.breakBefore[k] === 1 && afterParenthetical(turn, s, k)) return null;
      // "the thing is, is that i never got it": mid-sentence "is that" + a clause is a statement's complement.
      if (!sentenceStart && n1 === 'that' && PERSONAL.has(n2 ?? '') && k + 3 < end) return null;
      // "what worries me, is that, um, ...", "the best option, is that once you ...": a filler or a subordinator after
      // "is that" starts the clause the copula introduces; a question goes on with what "that" is ("is that the one").
      if (!sentenceStart && n1 === 'that' && (COMPLEMENT_OPENERS.has(n2 ?? '') || LEAD_FILLERS.has(n2 ?? '')) && k + 3 < end) return null;
      // "That's what I liked, too, is the weather.": written without a "?", a copula after a comma goes on with the
      // subject before the comma.
      if (!sentenceStart && turn.breakBefore[k] === 1 && !s.questionMark && (t === 'is' || t === 'was') && (COPULA_DETERMINERS.has(n1) || n1 === 'that')) return null;
      if (SUBJECT_PRONOUNS.has(n1) || COPULA_DETERMINERS.has(n1)) return hit('closed', k + 2);
      return null;
    }
    // Modals: "can you", "could i", "will the technician".
    if (SUBJECT_PRONOUNS.has(n1) || ['the', 'your', 'my', 'our', 'his', 'her', 'their'].includes(n1)) return hit('closed', k + 2);
    return null;
  }
  if (NEGATIVE_AUXILIARIES.has(t) && n1 !== undefined && (PERSONAL.has(n1) || DEMONSTRATIVE.has(n1) || n1 === 'there')) return hit('closed', k + 2);
  return null;
}

// "how" and a degree that a question's auxiliary follows ("how old are they"), with a word of direction between
// ("how far behind are we").
const HOW_DEGREE = new Set(['much', 'many', 'long', 'often', 'far', 'old', 'big', 'soon', 'late', 'early', 'bad', 'fast', 'quickly']);
const DEGREE_ADVERBS = new Set(['behind', 'away', 'ahead', 'along', 'back', 'off', 'over', 'exactly', 'roughly', 'about', 'more', 'less', 'extra', 'longer']);
const THERE_QUANTIFIERS = new Set(['any', 'anything', 'anyone', 'anybody', 'another', 'some', 'something', 'someone', 'somebody', 'a', 'an', 'much', 'enough', 'no', 'nothing', 'anywhere', 'somewhere']);
// Hedges a speaker puts between "is there" or "is that" and what they ask about: "is there like a proper carers permit",
// "is there really nothing sooner", "is that definitely still charged".
const ASKING_HEDGES = new Set(['like', 'really', 'actually', 'definitely', 'honestly']);

const WH_NOUNS = new Set(['time', 'day', 'date', 'kind', 'sort', 'type', 'model', 'plan', 'size', 'colour', 'color', 'number', 'one', 'month', 'year', 'room', 'branch', 'address', 'card', 'account']);
// After a mid-sentence "is it": what the speaker asks it might be ("is it the price", "is it still flashing").
const IS_IT_NEXT = new Set(['the', 'a', 'an', 'your', 'just', 'still', 'only', 'because', 'worth', 'possible', 'okay', 'ok', 'safe', 'normal', 'true', 'all', 'something', 'on', 'off', 'both', 'plugged', 'right', 'correct']);
// "and today is that doable", "is it fixable": what can be done, asked of the thing just named.
const CAN_BE_DONE = /^[a-z]{2,}[ai]ble$/;
const ELLIPSIS_ADVERBS = new Set(['ever', 'never', 'always', 'already', 'still', 'also', 'really', 'probably', 'definitely', 'certainly']);
/** The auxiliary at `k` ends a clause cut short after subject and adverb: "i ever have", "we never did". */
function closesOnAuxiliary(tokens: readonly string[], k: number): boolean {
  return ELLIPSIS_ADVERBS.has(tokens[k - 1]) && SUBJECT_PRONOUNS.has(tokens[k - 2] ?? '');
}
// "and am i still getting charged", "am i meant to": what the speaker is, or is made to do.
const AM_I_NEXT = new Set(['still', 'meant', 'supposed', 'allowed', 'entitled', 'able', 'covered', 'eligible', 'right', 'due', 'owed', 'liable', 'expected']);
const COPULA_SUBJECTS = new Set(['it', 'she', 'he', 'they', 'everything', 'anything', 'anyone', 'anybody', 'someone', 'that', 'this']);
// "the problem is she never rings", "the thing is it's gone": the copula introduces what the noun is, not a question.
const STATING_NOUNS = new Set(['problem', 'thing', 'issue', 'point', 'fact', 'reason', 'trouble', 'worry', 'question', 'answer', 'truth', 'idea', 'plan', 'news', 'difference', 'catch', 'bit']);
// "that is it", "this is it", "here it is", "there it is": no question. (An "or is it ..." offers the other choice:
// "does the fine go up or is it on hold".)
const NOT_BEFORE_IS_IT = new Set(['that', 'this', 'here', 'there', 'what', 'where', 'how', 'which', 'who', 'when', 'why', 'as', 'if', 'whether', 'than']);
// "... would that work", "does that suit you": a plan put to the listener as a sentence ends (unpunctuatedInversion).
const PUTS_TO_LISTENER = new Set(['would', 'does', 'will', 'could']);
const PLAN_FITS = new Set(['work', 'suit', 'do', 'help']);
const AFTER_PLAN_FITS = new Set(['for', 'you', 'ok', 'okay', 'alright']);
// "number are you an odd or an even number", "are you still at the same address", "are you at home or on a public network",
// "are you somewhere safe", "are you and everyone with you safe".
const ARE_YOU_NEXT = new Set(['a', 'an', 'still', 'on', 'with', 'able', 'after', 'calling', 'both', 'at', 'in', 'somewhere', 'and']);

// "find out what works", "figured out how": the wh-clause is the object of finding out.
const FINDING_OUT = new Set(['find', 'found', 'finding', 'finds', 'figure', 'figured', 'work', 'worked', 'sort', 'check', 'checked']);
/** "i wanted to find out what happened", "i'm ringing to find out ...": the speaker asks, indirectly. */
function wantsToFindOut(tokens: readonly string[], s: Sentence, verb: number): boolean {
  if (tokens[verb - 1] !== 'to') return false;
  for (let j = Math.max(s.tokenStart, verb - 6); j < verb - 1; j++) if (FIRST_PERSON.has(tokens[j])) return true;
  return false;
}

// Not "done" or "gone over": "have it done now" has it done by someone else.
const PARTICIPLES = new Set(['been', 'got', 'arrived', 'happened', 'changed', 'worked', 'helped', 'started', 'stopped']);
const BARE_VERBS = new Set(['have', 'work', 'help', 'come', 'go', 'make', 'fix', 'change', 'happen', 'get', 'show', 'include', 'mean', 'cost', 'affect',
  'sort', 'sound', 'suit', 'matter', 'apply', 'count', 'cover', 'need', 'look', 'seem']);
/** After "has it" a participle, after "did that"/"does this" a bare verb, makes the pair an inversion. */
function verbAfterDemonstrative(aux: string, next: string | undefined, nextButOne?: string): boolean {
  if (next === undefined) return false;
  if (aux === 'have' || aux === 'had') return false;
  if (aux === 'has') return PARTICIPLES.has(next);
  // "does that plan work for now": the demonstrative with its noun, then the verb.
  return BARE_VERBS.has(next) || (DEMONSTRATIVE_NOUNS.has(next) && nextButOne !== undefined && BARE_VERBS.has(nextButOne));
}
const DEMONSTRATIVE_NOUNS = new Set(['plan', 'time', 'day', 'date', 'slot', 'one', 'option', 'price', 'package', 'deal', 'model', 'size', 'colour', 'room']);

/**
 * The "that"/"this" after the auxiliary at `aux` is no subject: it opens a clause or measures ("my fear would that they'd
 * be lonely", "it does that many"), a tag follows ("israel does that don't they"), the auxiliary ends a clause begun by a
 * relative ("things that my roommate does that bother me"), or "may" is the month ("in here may this house").
 */
function demonstrativeNoSubject(tokens: readonly string[], s: Sentence, aux: number): boolean {
  const after = tokens[aux + 2] ?? '';
  if (SUBJECT_PRONOUNS.has(after) || DETERMINERS.has(after) || NEGATIVE_AUXILIARIES.has(after) || MODALS.has(after) || after === 'many' || after === 'much') return true;
  return tokens[aux] === 'may' || tokens.slice(Math.max(s.tokenStart, aux - 4), aux - 1).some((w) => w === 'that' || w === 'which' || w === 'what');
}

// After a wh-word and its auxiliary these may be the subject too: "how much would a colour model cost", "how have things
// been", "what are people paying".
const WH_NOUN_SUBJECTS = new Set(['a', 'an', 'things', 'people', 'everything', 'anything']);
const INDEFINITE_SUBJECTS = new Set(['anything', 'something', 'everything']);

/**
 * Speech-to-text runs clauses together: "sure i can look at that for you can i just confirm the name", "this is dana how
 * can i help". Mid-sentence, an auxiliary inverted before a personal subject and followed by more words opens a
 * question, unless the word before makes it a statement ("as soon as i can i...", "so do i", "the best you can do").
 */
function unpunctuatedInversion(turn: TurnText, s: Sentence, k: number): QuestionHit | null {
  const { tokens } = turn;
  const end = s.tokenEnd;
  if (closingAnythingElse(tokens, k, end)) return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  // "sorry about that can i...", "i can look at that for you can i...": after a preposition the pronoun is an object
  // that ends the clause, so the auxiliary after it opens a new one.
  // "oh no we'll miss you can i ask what's made you decide": "you can i" starts no statement, so "you" ends the clause.
  // "thats good and while ive got you am i due another hearing test": a set lead-in phrase ends just before.
  // "nothing's come through to me what's the problem": so do the other object pronouns.
  const objectPronoun = ((tokens[k - 1] === 'that' || OBJECT_PRONOUNS.has(tokens[k - 1])) && (PREPOSITIONS.has(tokens[k - 2]) || tokens[k - 2] === 'like') && !SPEAKING.has(tokens[k - 3] ?? ''))
    || (tokens[k - 1] === 'you' && MODALS.has(tokens[k]) && (tokens[k + 1] === 'i' || tokens[k + 1] === 'we'))
    || leadInEndsAt(tokens, k, s.tokenStart);
  // "let's find out exactly where it is can i take your policy number": a clause that ends on its copula, then a question.
  const endsOnCopula = COPULAS.has(tokens[k - 1]) && CLAUSE_FINAL_SUBJECTS.has(tokens[k - 2]) && MODALS.has(tokens[k]);
  // "and the engineer for the jamming when's that": a wh-contraction and "that" or "it" closing the sentence.
  // "... pingstack support what's up", "so what's wrong": the same with what might be the matter.
  const endingPredicate = (tokens[k] === "what's" || tokens[k] === 'whats') && MATTER_PREDICATES.has(tokens[k + 1]) && tokens[k + 1] !== 'going' && !embedsWhats(tokens, k, end);
  if (k + 2 === end && k > s.tokenStart && WH_CONTRACTIONS.has(tokens[k]) && !tokens[k].startsWith('who') && (DEMONSTRATIVE.has(tokens[k + 1]) || endingPredicate) && !turn.breakBefore[k]) {
    return { sentence: s, kind: 'open', token: k, cueEnd: end };
  }
  // "no we never did can you check again": after a clause closed on its auxiliary a new one may start.
  // "let's see what we can do what's your son's name", "those valves you do would they work": a clause ending on the verb
  // "do", then a question that opens with a wh-word or a modal.
  // "we'll work with whatever you have can i start with", "where my bag is can you see": no statement goes on from an
  // auxiliary into a modal and a personal subject.
  const afterEllipsis = isAux(tokens[k - 1]) && (closesOnAuxiliary(tokens, k - 1)
    || (tokens[k - 1] === 'do' && (MODALS.has(tokens[k - 2]) || SUBJECT_PRONOUNS.has(tokens[k - 2])) && (WH_OPEN.has(tokens[k]) || WH_CONTRACTIONS.has(tokens[k]) || MODALS.has(tokens[k])))
    || (MODALS.has(tokens[k]) && ASKING_SUBJECTS.has(tokens[k + 1]) && !MODALS.has(tokens[k - 1])));
  if (k + 2 >= end || (!endsOnCopula && !afterEllipsis && ((NOT_BEFORE_INVERSION.has(tokens[k - 1]) && !objectPronoun) || isAux(tokens[k - 1])))) return null;
  if (findCues(turn, notQuestions, { from: k, to: k + 1 }).length) return null;
  // Run-together clauses are speech-to-text's: a writer who punctuates sets a new question off with a comma or ends it
  // with "?", so there the inversion mid-clause is part of a statement ("the problem with ours is that the plots ...").
  if (turn.punctuated && !s.questionMark) return null;
  // "i don't think i ever have i set it up last year": the auxiliary closes the speaker's clause, cut short after its adverb.
  if (isAux(tokens[k]) && closesOnAuxiliary(tokens, k)) return null;
  let aux = k;
  if (nounPhraseInversion(turn, s, k)) return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  if (WH_OPEN.has(tokens[k])) {
    if (NOT_BEFORE_EMBEDDED_WH.has(tokens[k - 1]) || (tokens[k - 1] === 'out' && FINDING_OUT.has(tokens[k - 2]) && !wantsToFindOut(tokens, s, k - 2))) return null;
    if (pseudoCleft(turn, s, k) >= 0) return null;
    // "the basic plan which is the cheapest", "my sister who has a car": a relative clause after a noun. A question
    // opens mid-sentence with these only when a pronoun subject follows its auxiliary ("... which do you prefer").
    // "where" and "when" are never the subject of a relative clause, so an auxiliary and a noun after them invert: "the
    // flashing round the chimney where is the water coming in".
    const adverbialInversion = (tokens[k] === 'where' || tokens[k] === 'when') && isAux(tokens[k + 1]) && COPULA_DETERMINERS.has(tokens[k + 2]);
    // "which model is it", "which day is your collection": "which" and its noun ask; a relative "which" takes no noun.
    const nounEnd = whNounEnd(tokens, k);
    const whichNoun = tokens[k] === 'which' && nounEnd > k + 1 && isAux(tokens[nounEnd]);
    // (Not "that": "people who did that years ago".)
    // "... or ten tomorrow morning which suits you better": a choice put as the sentence ends.
    if (tokens[k] === 'which' && WHICH_CHOICE.test(tokens.slice(k + 1, end).join(' '))) return { sentence: s, kind: 'open', token: k, cueEnd: k + 2 };
    if (RELATIVE_WH.has(tokens[k]) && (!MID_SUBJECTS.has(tokens[k + 2]) || tokens[k + 2] === 'that' || tokens[k + 2] === 'this') && !adverbialInversion && !whichNoun) return null;
    // "thanks for waiting what matters most to you"
    if ((tokens[k] === 'what' || tokens[k] === 'who') && WH_SUBJECT_VERBS.has(tokens[k + 1])) return { sentence: s, kind: 'open', token: k, cueEnd: k + 2 };
    // "tuesday works for me and what about the cost", "no thanks but how about the fitting"; "what" with what it asks
    // about after any filler ("ok got it and sorry what about the boiler thing", "less than i feared what about packing").
    const whatAboutThing = tokens[k] === 'what' && (WHAT_ABOUT_OBJECTS.has(tokens[k + 2]) || /ing$/.test(tokens[k + 2] ?? ''));
    if ((tokens[k] === 'what' || tokens[k] === 'how') && tokens[k + 1] === 'about' && (tokens[k - 1] === 'and' || tokens[k - 1] === 'but' || tokens[k - 1] === 'so' || whatAboutThing)) {
      return { sentence: s, kind: 'open', token: k, cueEnd: k + 2 };
    }
    aux = k + 1;
    // "that's a nice problem to have how old are they", "running behind how far behind are we talking".
    if (tokens[k] === 'how' && HOW_DEGREE.has(tokens[k + 1])) aux = DEGREE_ADVERBS.has(tokens[k + 2]) ? k + 3 : k + 2;
    // "it's barred now roughly what time did it go missing", "what kind of rates are people getting": "what" or "which"
    // and its noun.
    else if ((tokens[k] === 'what' || tokens[k] === 'which') && isAux(tokens[nounEnd])) aux = nounEnd;
  }
  // "fair enough and does the light on the router change", "ok good and is that charger fixed now": after "and", an
  // auxiliary whose subject is a noun phrase asks (not "and do the same", "and have a lovely time": imperatives; nor "and
  // does his payslip", where "does" is the verb). A copula so only after a word that takes up the last answer ("thanks
  // and was the claim for..."), not after a statement ("it broke down and is the reason we were late").
  else if (tokens[k - 1] === 'and' && AND_INVERTING.has(tokens[k]) && NOUN_PHRASE_OPENERS.has(tokens[k + 1]) && k + 3 < end
    && !((tokens[k] === 'does' || tokens[k] === 'did') && OTHER_POSSESSIVES.has(tokens[k + 1]))
    && (!COPULAS.has(tokens[k]) || tokens.slice(Math.max(s.tokenStart, k - 3), k - 1).some((w) => CLAUSE_MARKERS.has(w) || TAKING_UP.has(w)))) {
    return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  }
  // "... and then you look at it again is that it", "a payment in lisbon at two am was that you".
  else if (finalCopulaQuestion(turn, s, k)) {
    return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  }
  // "before i cancel it is it the price that's the issue or the content": "is it" and what it might be; "is she drinking
  // water ok", "is everything on wifi or is anything plugged in", "is that both at once".
  else if (COPULAS.has(tokens[k]) && COPULA_SUBJECTS.has(tokens[k + 1]) && agrees(tokens[k], tokens[k + 1]) && !NOT_BEFORE_IS_IT.has(tokens[k - 1]) && !STATING_NOUNS.has(tokens[k - 1])
    // "i don't know is is that really the only way": a doubt voiced, as "i don't know if" is.
    && !tokens.slice(Math.max(s.tokenStart, k - 3), k).includes('know')
    // (Nor its other choice: "i don't know is that really the only way or was that the easier way".)
    && !(tokens[k - 1] === 'or' && tokens.slice(s.tokenStart, k).includes('know'))) {
    // "and the fifteen quid is that definitely still charged": a hedge before what it might be.
    const next = (ASKING_HEDGES.has(tokens[k + 2] ?? '') ? tokens[k + 3] : tokens[k + 2]) ?? '';
    // "is this the best number": "this" only with its predicate named ("my test was this morning", "i was thinking is this a
    // texan", which muses).
    const predicate = tokens[k + 1] === 'this' ? IS_IT_NEXT.has(next) && next !== 'a' && next !== 'an'
      : IS_IT_NEXT.has(next) || next.endsWith('ing') || DROPPED_COPULA_PREDICATES.has(next) || CAN_BE_DONE.test(next);
    if (predicate) return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  }
  // "and am i still getting charged for it": "am i" and what the speaker is, or is made to do.
  else if (tokens[k] === 'am' && tokens[k + 1] === 'i' && !NOT_BEFORE_IS_IT.has(tokens[k - 1]) && (tokens[k + 2].endsWith('ing') || AM_I_NEXT.has(tokens[k + 2]))) {
    return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  }
  // "i said that's more than i pay now is there anything cheaper": "there" with a quantifier after inverts only in a question.
  else if (COPULAS.has(tokens[k]) && tokens[k + 1] === 'there' && (THERE_QUANTIFIERS.has(tokens[k + 2]) || (ASKING_HEDGES.has(tokens[k + 2]) && THERE_QUANTIFIERS.has(tokens[k + 3] ?? '')))) {
    return { sentence: s, kind: 'closed', token: k, cueEnd: k + 3 };
  }
  // "this one's an interim are you doing about the same mileage": "are you" and what the listener is doing or is.
  else if (tokens[k] === 'are' && tokens[k + 1] === 'you' && (tokens[k + 2].endsWith('ing') || DROPPED_COPULA_PREDICATES.has(tokens[k + 2]) || ARE_YOU_NEXT.has(tokens[k + 2]))) {
    return { sentence: s, kind: 'closed', token: k, cueEnd: k + 2 };
  }
  // "... support what's up", "this is dana what's going on": "what's" and what might be the matter, after a name or a
  // greeting, not as the object of a verb or a preposition ("i know what's going on", "news of what's happening").
  else if ((tokens[k] === "what's" || tokens[k] === 'whats') && (tokens[k + 1] === 'the' || tokens[k + 1] === 'your' || (MATTER_PREDICATES.has(tokens[k + 1]) && !embedsWhats(tokens, k, end)))) {
    return { sentence: s, kind: 'open', token: k, cueEnd: Math.min(k + 2, end) };
  }
  // "the next slot is the twenty eighth at ten thirty would that work", "... does that work for you": a plan put to the
  // listener as the sentence ends.
  else if (PUTS_TO_LISTENER.has(tokens[k]) && DEMONSTRATIVE.has(tokens[k + 1]) && PLAN_FITS.has(tokens[k + 2])
    && end - (k + 3) <= 2 && tokens.slice(k + 3, end).every((w) => AFTER_PLAN_FITS.has(w))) {
    return { sentence: s, kind: 'closed', token: k, cueEnd: k + 3 };
  }
  const subject = tokens[aux + 1];
  // After a wh-word the subject may be a noun phrase: "oh really what does the gold plan include".
  // After "how long", "how quickly" and the like, a bare noun too: "how quickly would team take effect".
  const whSubject = aux > k && (COPULA_DETERMINERS.has(subject) || DEMONSTRATIVE.has(subject) || WH_NOUN_SUBJECTS.has(subject)
    || (tokens[k] === 'how' && aux > k + 1 && MODALS.has(tokens[aux]) && /^[a-z]+$/.test(subject ?? '') && !OBJECT_PRONOUNS.has(subject) && !isAux(subject)));
  // After a wh-word a copula inverts too: "oops hi how are you", "ok where is it now".
  const inverting = MID_INVERTING.has(tokens[aux]) || (aux > k && (COPULAS.has(tokens[aux]) || (tokens[aux] === 'am' && subject === 'i')));
  // "and has anything changed since yesterday", "did something happen": an indefinite subject, then the verb.
  const indefiniteSubject = aux === k && INDEFINITE_SUBJECTS.has(subject) && verbAfterDemonstrative(tokens[aux], tokens[aux + 2]);
  if (aux + 2 > end || !inverting || !(MID_SUBJECTS.has(subject) || whSubject || indefiniteSubject)) return null;
  if (COPULAS.has(tokens[aux]) && !agrees(tokens[aux], subject)) return null;
  // "the plans have, i think, ...": punctuation between the auxiliary and the pronoun means no inversion.
  if (turn.breakBefore[aux + 1] === 1) return null;
  // "do it", "have it", "did it" are main verbs with an object; "does it" and a modal ("can it come to me") invert.
  // After a wh-word they invert: "what time did it go missing".
  // "does it" inverts; the others invert only before a participle or a bare verb: "has it been anywhere near water", "did
  // that have anything to do with it", not "american express does that by the way".
  if (aux === k && DEMONSTRATIVE.has(tokens[aux + 1]) && MAIN_VERB_AUXILIARIES.has(tokens[aux]) && !(tokens[aux] === 'does' && tokens[aux + 1] === 'it') && !verbAfterDemonstrative(tokens[aux], tokens[aux + 2], tokens[aux + 3])) return null;
  const after = tokens[aux + 2];
  if ((subject === 'that' || subject === 'this') && demonstrativeNoSubject(tokens, s, aux)) return null;
  // "... so do i" ends on its subject; after a wh-word it may ("happy birthday to him though how old is he").
  if ((after === undefined && aux === k) || NOT_AFTER_INVERSION.has(after ?? '')) return null;
  // "we tried everything we could do you know", "the app still does you know", "the system will you
  // know log you out": the auxiliary ends or carries the speaker's clause and "you know" is the filler. Only "do you
  // know" + more asks ("... do you know the number").
  if (subject === 'you' && after === 'know' && (tokens[aux] !== 'do' || aux + 3 >= end || FILLER_AFTER_KNOW.has(tokens[aux + 3]))) return null;
  if (aux === k && (subject === 'i' || subject === 'we') && emphaticInversion(turn, s, k)) return null;
  // "does you", "has they": no inversion without agreement.
  if ((tokens[aux] === 'does' || tokens[aux] === 'has') && PLURAL_PRONOUNS.has(subject)) return null;
  return { sentence: s, kind: aux > k ? 'open' : 'closed', token: k, cueEnd: Math.min(aux + 2, end) };
}

/** Auxiliaries that open a question after "and" with a noun phrase for subject ("and can the last few issues go..."). */
const AND_INVERTING = new Set(['is', 'are', 'was', 'does', 'did', 'can', 'could', 'would', 'will', 'has', 'should']);
/** Words that open a noun phrase as the subject after such an auxiliary: "the light", "your display", "that charger". */
const NOUN_PHRASE_OPENERS = new Set(['the', 'your', 'his', 'her', 'their', 'my', 'our', 'that', 'this']);
/**
 * "... and then you look at it again is that it", "a payment in lisbon at two am was that you", "is that any good": a
 * copula and "that" or "it" in the last words of run-on speech, after a clause that is not negated ("that's no good is
 * it" is a rhetorical tag). Not "... or was that my brother", a speaker musing, nor "... is that uh", "ours is that
 * way", "gosh was that wonderful": a speaker trailing off, a manner, an exclamation.
 */
function finalCopulaQuestion(turn: TurnText, s: Sentence, k: number): boolean {
  const { tokens } = turn;
  if (turn.punctuated || !COPULAS.has(tokens[k]) || (tokens[k + 1] !== 'that' && tokens[k + 1] !== 'it') || s.tokenEnd - (k + 2) > FINAL_COPULA_TAIL) return false;
  const before = tokens[k - 1];
  if ((NOT_BEFORE_FINAL_COPULA.has(before) && !(before === 'it' && PREPOSITIONS.has(tokens[k - 2]))) || EXCLAIMING_BEFORE.has(before)) return false;
  if (NOT_AFTER_FINAL_COPULA.has(tokens[k + 2] ?? '')) return false;
  // Any negation in the last words makes it a rhetorical tag; "no" counts even where it opens a new clause.
  for (let j = Math.max(s.tokenStart, k - NEGATION_REACH); j < k; j++) if (tokens[j] === 'no' || isNegator(tokens, j)) return false;
  return clauseBeforeComplete(turn, s, k, true);
}
/** Words that may follow a final "is that"/"was it": "is that it", "is that any good", "is it this month". */
const FINAL_COPULA_TAIL = 2;
/**
 * Before such a copula these make it part of a statement ("that is it", "and that was it") or a musing "or" ("it" only
 * as a subject: "next to it is that yours" asks).
 */
const NOT_BEFORE_FINAL_COPULA = new Set(['that', 'it', 'this', 'there', 'thats', "that's", 'its', "it's", 'all', 'or', 'so', 'and']);
/** How far back a negative word makes the final copula a rhetorical tag. */
const NEGATION_REACH = 10;
/** Interjections that make the inversion an exclamation: "boy was that fun". */
const EXCLAIMING_BEFORE = new Set(['gosh', 'boy', 'wow', 'man', 'golly', 'gee', 'nice', 'good', 'great']);
/** After the final "is that": a speaker trailing off or a manner ("is that uh", "is that way"). */
const NOT_AFTER_FINAL_COPULA = new Set([...LEAD_FILLERS, 'way', 'age', 'much', 'many', 'long']);

/** Auxiliaries that open a question before a noun phrase once the clause before them is complete. */
const NOUN_PHRASE_INVERTING = new Set([...AND_INVERTING, 'were', 'have']);
// Contractions that carry a finite verb, as written and as speech-to-text spells them.
const FINITE_CONTRACTIONS = new Set(["it's", 'its', "that's", 'thats', "there's", 'theres', "i'm", 'im', "i've", 'ive', "you're", 'youre',
  "they're", 'theyre', "we're", "we've", 'weve', "he's", 'hes', "she's", 'shes', "you've", 'youve', "they've", 'theyve']);
// Common verbs that give the clause before its own verb: "the screen went off after the update", "the alarm goes".
const FINITE_VERBS = new Set(['went', 'goes', 'came', 'comes', 'got', 'gets', 'said', 'says', 'took', 'takes', 'gave', 'gives', 'made', 'makes',
  'broke', 'breaks', 'rang', 'rings', 'keeps', 'kept', 'cut', 'cuts', 'stops', 'starts', 'happens', 'works', 'shows', 'runs', 'ran']);
// Subjects that are followed by a verb of their own: "it gets missed", "i dont have it to hand".
const CLAUSE_SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there']);
// Subjects that are never objects: before the auxiliary they are its subject ("there was the...").
const STATEMENT_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'there', 'this', 'that']);
// Adverbs inside a verb group: "would just have", "i really have".
const VERB_GROUP_ADVERBS = new Set(['just', 'really', 'actually', 'also', 'still', 'never', 'always', 'probably', 'definitely', 'even', 'only', 'mostly',
  'usually', 'sometimes', 'often']);
// "i'll have the seats fitted", "they'd have the keys": speech-to-text's pronoun and "will"/"would" before the verb.
const RUN_TOGETHER_MODALS = new Set(['ill', 'youll', 'theyll', 'hell', 'shell', 'id', 'youd', 'theyd', 'wed']);
// Words that make the clause before the subject of the auxiliary: "what i'd suggest is the...", "the reason i ask is
// his teeth...".
const SUBJECT_CLAUSE_WORDS = new Set(['what', 'which', 'whatever', ...STATING_NOUNS]);
// After the noun phrase, words that say what state it is in: "is the gate usually locked", "is the light on".
const NOUN_PHRASE_PREDICATES = new Set(['still', 'usually', 'ever', 'already', 'always', 'even', 'actually', 'definitely', 'all', 'any',
  'ok', 'okay', 'alright', 'on', 'in', 'off', 'out', 'covered', 'included', 'available', 'open', 'down', 'up', 'there', 'been', 'gone',
  'done', 'got', 'come', 'being']);
const HAVE_PARTICIPLES = new Set(['been', 'gone', 'got', 'come', 'done']);
// Verbs of a speaker's aside: "i think", "i guess" have no clause of their own.
const PARENTHETICAL_VERBS = new Set(['think', 'guess', 'mean', 'say', 'suppose', 'believe', 'know', 'bet', 'tell', 'reckon', 'remember']);
// Words that rank a noun phrase: "the first time", "the best in the world", "the only places".
const RANKING_WORDS = new Set(['first', 'only', 'best', 'worst', 'last', 'same', 'most', 'least', 'main', 'whole', 'one', 'other', 'next',
  'lowest', 'highest', 'cheapest', 'biggest', 'fastest', 'nearest', 'earliest', 'closest', 'latest', 'largest', 'smallest', 'easiest',
  'quickest', 'simplest', 'oldest', 'newest', 'longest', 'shortest']);
// Words that end the noun phrase without saying its state.
const NOT_PREDICATE = new Set(['towards', 'about', 'like', 'into', 'over', 'than', 'through', 'between', 'around', 'after', 'before', 'since',
  'the', 'a', 'an', 'to', 'of', 'and', 'or', 'if', 'that', 'what', 'which', 'who', 'it', 'there', 'this', 'he', 'she', 'they', 'we', 'i', 'you', 'where', 'when', 'how', 'why', 'so', 'is', 'was', 'are', 'were', 'as', 'at', 'for', 'with', 'from', 'by', 'my',
  'your', 'his', 'her', 'our', 'their', 'not', 'no']);

/**
 * "the display has been blank since the install is the meter itself showing numbers", "when it gets missed is the bin in
 * the usual spot": in run-on speech an auxiliary, a noun phrase and a state asked after open a question once the clause
 * before has its own verb. Where that clause has no verb ("the kitchen wall is the old one") or is what the auxiliary
 * says something about ("what i'd suggest is the luton van"), the auxiliary is its verb.
 */
function nounPhraseInversion(turn: TurnText, s: Sentence, k: number): boolean {
  const { tokens } = turn;
  const aux = tokens[k];
  if (!NOUN_PHRASE_INVERTING.has(aux) || !NOUN_PHRASE_OPENERS.has(tokens[k + 1]) || RUN_TOGETHER_MODALS.has(tokens[k - 1])) return false;
  if (!clauseBeforeComplete(turn, s, k)) return false;
  // "is the first time", "is the best": the noun phrase ranks what the clause before is about.
  // A hesitation or a second determiner ("is our uh wiring", "is the a locust tree") is a speaker telling, not asking.
  if (RANKING_WORDS.has(tokens[k + 2]) || LEAD_FILLERS.has(tokens[k + 2]) || DETERMINERS.has(tokens[k + 2])) return false;
  // "is that nobody can be trusted", "are that good": "that" opens a clause or measures.
  const demonstrative = tokens[k + 1] === 'that' || tokens[k + 1] === 'this';
  if (demonstrative && (demonstrativeNoSubject(tokens, s, k) || !agrees(aux, tokens[k + 1]) || tokens[k + 2].includes("'") || tokens[k + 2].endsWith('ed'))) return false;
  const haveAux = aux === 'have' || aux === 'has';
  // The state follows a noun phrase of at most three words.
  for (let j = k + 3; j < Math.min(s.tokenEnd, k + 6); j++) {
    const w = tokens[j];
    // After "have" a participle other than "-ed": "have our teeth cleaned" has something done.
    if (haveAux) { if (HAVE_PARTICIPLES.has(w)) return true; }
    // "does the panel show a zone", "can the engineer come earlier": the bare verb after the noun phrase.
    else if (!COPULAS.has(aux) && BARE_VERBS.has(w)) return true;
    else if (HAVE_PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed')) || NOUN_PHRASE_PREDICATES.has(w) || (w.length > 5 && w.endsWith('ing') && !ING_NOUNS.has(w))) return true;
    if (NOT_PREDICATE.has(w) || FINITE_CONTRACTIONS.has(w) || w.includes("'")) return false;
  }
  return false;
}

/**
 * The clause before the auxiliary at `k` has its own verb, so the auxiliary cannot be that clause's verb and opens a new
 * one: "the display has been blank since the install | is the meter...". Not where the auxiliary goes on with a subject,
 * a verb group or an aside just before it, nor after a subject clause ("what i'd suggest is...").
 */
function clauseBeforeComplete(turn: TurnText, s: Sentence, k: number, atTurnEnd = false): boolean {
  const { tokens } = turn;
  // "there was the...", "they would just have the candidates come": the auxiliary goes on with the subject or verb before.
  if (STATEMENT_SUBJECTS.has(tokens[k - 1]) || (VERB_GROUP_ADVERBS.has(tokens[k - 1]) && (isAux(tokens[k - 2]) || CLAUSE_SUBJECTS.has(tokens[k - 2])))) return false;
  // "... in lieu of that you know is the programs": after an aside the auxiliary goes on with the statement.
  if (PARENTHETICAL_VERBS.has(tokens[k - 1]) && CLAUSE_SUBJECTS.has(tokens[k - 2])) return false;
  let from = k - 1;
  while (from > s.tokenStart && turn.breakBefore[from] !== 1 && !CLAUSE_MARKERS.has(tokens[from - 1]) && !CONNECTIVES.has(tokens[from - 1])) from--;
  let finite = false;
  for (let j = from; j < k; j++) {
    const w = tokens[j];
    // "the only change is the number", "the best one we've got is the...": a ranked noun phrase is what the auxiliary
    // goes on to name. (Before the turn's last words, after the clause's verb, a noun is its object: "i pair it the same
    // way is that it"; mid-turn it may begin the subject of the auxiliary: "that's the biggest thing here is the...".)
    if ((!finite || !atTurnEnd) && (SUBJECT_CLAUSE_WORDS.has(w) || (RANKING_WORDS.has(w) && DETERMINERS.has(tokens[j - 1])))) return false;
    // "one of the things that gets me is that...": a verb after a relative word belongs to the subject.
    if (!finite && j > from && RELATIVE_WORDS.has(w)) return false;
    if (isAux(w) || FINITE_CONTRACTIONS.has(w) || (j > from && (FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed'))))) finite = true;
    else if (CLAUSE_SUBJECTS.has(w) && j + 1 < k && !PARENTHETICAL_VERBS.has(tokens[j + 1])) {
      // "the only value i see in it is that...": a pronoun straight after the noun phrase that opens the clause begins a
      // relative clause inside the subject, not a clause of its own.
      if (!finite && DETERMINERS.has(tokens[from]) && j > from + 1) return false;
      finite = true;
    }
  }
  // At the end of the turn a long verbless phrase is the thing asked about ("a payment in lisbon at two am was that
  // you"); a short one is the subject ("ours is that way"), and one with a relative clause too ("one of the things that
  // gets me is that...").
  return finite || (atTurnEnd && k - from >= LONG_PHRASE && !tokens.slice(from, k).some((w) => RELATIVE_WORDS.has(w)));
}
const LONG_PHRASE = 5;
const RELATIVE_WORDS = new Set(['that', 'who', 'which', 'what', 'whose']);

/** Words besides the clause markers that take up an answer before "and": "ok good and", "fair enough and", "thank you and". */
const TAKING_UP = new Set(['good', 'enough', 'you', 'understood', 'noted', 'gotcha']);
/** Possessives other than the listener's: after "does" or "did" they mostly follow the verb ("and does his payslip"). */
const OTHER_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our']);

// What "what's" asks after: "what's up", "what's going on", "what's wrong", "what's happened".
const MATTER_PREDICATES = new Set(['up', 'going', 'happening', 'happened', 'wrong']);
// Words after which a "what's" clause is the object of what came before: "i know what's wrong", "let's see what's
// happened", "news of what's going on", "trying to understand what's going on".
const EMBEDS_WHATS = new Set([...NOT_BEFORE_EMBEDDED_WH, ...NOT_BEFORE_INVERSION, ...PREPOSITIONS, ...FINDING_OUT, 'out', 'over', 'into', 'by', 'and', 'or', 'well', 'really', 'hear', 'hearing',
  'see', 'seeing', 'understand', 'understanding', 'study', 'follow', 'following', 'learn', 'read', 'report', 'watch', 'watching', 'guess', 'decide',
  'predict', 'control', 'discover', 'explain', 'describe', 'show', 'imagine', 'forget', 'remember', 'realise', 'realize', 'notice', 'aware', 'idea',
  'clue', 'knowing', 'telling', 'asking', 'wondering', 'discuss', 'covers', 'cover', 'whatever', 'feeling', 'picture', 'comprehending', 'looking']);
const MAX_MATTER_TAIL = 4;
/**
 * The "what's" at `k` is embedded, or goes on into a clause of its own ("what's going to happen is ...", "what's
 * happening in our community here"): only a short "with ..." may follow what might be the matter ("what's going on with
 * the bike").
 */
function embedsWhats(tokens: readonly string[], k: number, end = tokens.length): boolean {
  if (EMBEDS_WHATS.has(tokens[k - 1] ?? '')) return true;
  if (tokens[k + 1] === 'going' && tokens[k + 2] !== 'on') return true;
  const tail = tokens[k + 1] === 'going' ? k + 3 : k + 2;
  if (tail >= end) return false;
  return tokens[tail] !== 'with' || end - tail > MAX_MATTER_TAIL;
}

// Words that invert a statement right after them: "never have i", "never yet have i", "very seldom do i".
const INVERTING_ADVERBS = new Set(['never', 'seldom', 'rarely', 'hardly', 'scarcely', 'nowhere']);
const AFTER_INVERTING = new Set(['yet', 'again', 'before', 'ever']);
const RESTRICTED_TIMES = new Set(['once', 'twice', 'then', 'rarely']);
const MAX_INVERTING_REACH = 6;

/**
 * The speaker's own clause inverted after a negative or restrictive adverbial: "never yet have i walked up", "by no
 * means do i endorse it", "only once in my life have i not paid". Only straight after the adverbial ("i've never had
 * one do i need it" asks), and not after a wh-word ("how often do i ...") or a break.
 */
function emphaticInversion(turn: TurnText, s: Sentence, aux: number): boolean {
  const { tokens } = turn;
  const j = AFTER_INVERTING.has(tokens[aux - 1]) ? aux - 2 : aux - 1;
  const w = tokens[j];
  if (INVERTING_ADVERBS.has(w) || (w === 'means' && tokens[j - 1] === 'no') || (w === 'often' && tokens[j - 1] === 'very')) return true;
  for (let i = aux - 1; i >= Math.max(s.tokenStart, aux - MAX_INVERTING_REACH); i--) {
    if (WH_OPEN.has(tokens[i]) || turn.breakBefore[i + 1] === 1) return false;
    if (tokens[i] === 'only' && RESTRICTED_TIMES.has(tokens[i + 1])) return true;
  }
  return false;
}

/**
 * "Card number please.", "account number", "and your postcode", "full name and date of birth", "and the last four digits
 * of the card": a spoken request for a detail or two.
 */
function detailRequest(turn: TurnText, s: Sentence): QuestionHit | null {
  return detailRequestFrom(turn, s, s.tokenStart) ?? detailAfterMarker(turn, s);
}

/**
 * Speech-to-text runs the greeting into the request: "clearwater billing marcus speaking account number", "thank you
 * and the address". The words after the last spoken marker are the request.
 */
function detailAfterMarker(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  for (let j = s.tokenEnd - 1; j > s.tokenStart && j >= s.tokenEnd - MAX_DETAIL_REQUEST; j--) {
    if (!CLAUSE_MARKERS.has(tokens[j - 1]) && !(tokens[j - 1] === 'you' && tokens[j - 2] === 'thank')) continue;
    const hit = detailRequestFrom(turn, s, j);
    if (hit) return hit;
  }
  return null;
}

const NOT_A_DETAIL_KIND = new Set(['my', 'the', 'that', 'this', 'same', 'wrong', 'what', 'which', 'no', 'a']);

function detailRequestFrom(turn: TurnText, s: Sentence, from: number): QuestionHit | null {
  const { tokens } = turn;
  const n = s.tokenEnd - from;
  // A turn of one word, "postcode", asks for it; inside a longer turn one word may be an answer.
  const wholeTurn = n === tokens.length;
  if (n < (wholeTurn ? 1 : 2) || n > MAX_DETAIL_REQUEST) return null;
  // "card" names the detail only at the end of a longer request ("the last four digits of the card").
  if (tokens[s.tokenEnd - 1] === 'card' && n < 4) return null;
  const tail = requestTail(tokens, s, from);
  const last = s.tokenEnd - 1 - tail;
  if (!DETAIL_NOUNS.has(tokens[last])) return null;
  // A whole turn of two words names its own kind of detail: "pitch number", "lease reference", "plot number".
  const namedKind = wholeTurn && n === 2 && last === from + 1 && !NOT_A_DETAIL_KIND.has(tokens[from]);
  // ("Surname and postcode.": one detail may come before another.)
  for (let k = from; k < last; k++) if (!DETAIL_FILLERS.has(tokens[k]) && !DETAIL_NOUNS.has(tokens[k]) && !namedKind) return null;
  // "my account number" is the customer about to give it; "the number" alone refers back.
  if ((tokens[from] === 'the' && from === s.tokenStart) || (last === from && !tail && !(wholeTurn && n === 1))) return null;
  return { sentence: s, kind: 'open', token: from, cueEnd: last + 1 };
}

// What may close a request for a detail: "card number when you're ready", "email on the account", "postcode please".
const REQUEST_TAILS = [
  ['please'], ['when', "you're", 'ready'], ['when', 'youre', 'ready'], ['for', 'me'], ['on', 'file'],
  ...['account', 'booking', 'order', 'membership', 'policy'].map((w) => ['on', 'the', w]),
];
function requestTail(tokens: readonly string[], s: Sentence, start: number): number {
  for (const tail of REQUEST_TAILS) {
    const from = s.tokenEnd - tail.length;
    if (from > start && tail.every((w, i) => tokens[from + i] === w)) return tail.length;
  }
  return 0;
}

const MAX_DETAIL_REQUEST = 10;

/** "what model is it", "how much does it cost", "why not"; not "what a day", "what i said", "how i did it". */
// What follows "which" in a choice put at the end of a sentence: "which suits you better", "which would be best".
const WHICH_CHOICE = /^(suits|works|would suit|would work|is better|is best|would be better|would be best|do you prefer|would you prefer|would you rather)( you| for you)?( better| best| more)?$/;
// "which one works out cheaper", "which plan covers dental": "which", its noun, and a verb of the thing chosen.
const CHOICE_VERBS = new Set(['works', 'suits', 'costs', 'comes', 'covers', 'includes', 'lasts', 'fits', 'gives', 'has', 'gets', 'does', 'takes']);

function whQuestion(tokens: readonly string[], k: number, end: number): boolean {
  const t = tokens[k];
  const n1 = k + 1 < end ? tokens[k + 1] : undefined;
  if (n1 === undefined) return t === 'how' || t === 'why';
  if (t === 'which' && (n1 === 'one' || n1 === 'ones' || WH_NOUNS.has(n1)) && CHOICE_VERBS.has(tokens[k + 2] ?? '')) return true;
  if (isAux(n1)) {
    if (t !== 'which' && t !== 'who') return true;
    const n2 = k + 2 < end ? tokens[k + 2] : '';
    return WHICH_SUBJECTS.has(n2);
  }
  if (t === 'why') return n1 === 'not';
  if (t === 'who') return n1 === 'else';
  if (t === 'how') {
    if (n1 === 'come' || (n1 === 'long' && UNTIL.has(tokens[k + 2] ?? ''))) return true;
    if (n1 === 'about') return !(k + 3 === end && tokens[k + 2] === 'that');
  }
  if (t === 'what' || t === 'which') {
    if (n1 === 'a' || n1 === 'an') return false;
    if (['about', 'else', 'happened', 'happens', 'now', 'for'].includes(n1) || (t === 'what' && n1 === 'if')) return true;
    if (n1 === 'the' && (tokens[k + 2] === 'heck' || tokens[k + 2] === 'hell')) return true;
  }
  if (t !== 'what' && t !== 'which' && t !== 'how' && t !== 'whose') return false;
  // Up to three words of a noun phrase ("model", "kind of plan", "much longer") and then the auxiliary.
  for (let j = k + 1, words = 0; j < end && words < 5; j++) {
    const w = tokens[j];
    if (LEAD_FILLERS.has(w) && !isAux(w) && w !== 'like') continue;
    words++;
    if (isAux(w)) return words > 1;
    if (SUBJECT_PRONOUNS.has(w) || (DETERMINERS.has(w) && tokens[j - 1] !== 'of')) return false;
    if (w.includes("'")) return /^\w+'s$/.test(w) && words > 1 && !SUBJECT_PRONOUNS.has(w.slice(0, -2));
  }
  // "how much", "how long", "what kind" on their own.
  return (t === 'how' || t === 'what') && WH_DEGREE.has(n1) && end - k <= 3;
}

/**
 * A question quoted inside a story ("and she's like, what are you doing?") asks the listener nothing. A quotative
 * verb counts only where a quotation can follow it: "he said, why", "she goes can you"; not "the light goes orange".
 */
function reportedSpeech(turn: TurnText, from: number, to: number, wholeSentence = false): boolean {
  const { tokens } = turn;
  for (let j = from; j < to; j++) {
    const w = tokens[j];
    // "you're off the main road, you said?": a quotative that closes a "?" sentence checks what was said; it quotes nothing.
    if (wholeSentence && j === to - 1) continue;
    // Across a whole "?" sentence a quotative must quote; before a question found inside the sentence it may also lead
    // into it ("he said to me, uh, can you ..."), but not report something else first ("it says the twentieth and ...").
    if (QUOTATIVES.has(w) && (quotes(turn, j) || (!(wholeSentence || MOTION_QUOTATIVES.has(w)) && leadsInto(turn, j, to)))) return true;
    // "and i thought, why is it charging me twice": a past thought reported with its words. (Not "i think, do you ...",
    // which may ask the listener now.)
    if (w === 'thought' && j > from && PERSONAL.has(tokens[j - 1]) && quotes(turn, j)) return true;
    // "and then you go, what?": "go" quotes only before a break.
    // Not the infinitive: "a week left to go, isn't there?".
    // Nor a time clause: "before you go, could i ask ...".
    if (w === 'go' && turn.breakBefore[j + 1] === 1 && tokens[j - 1] !== 'to' && !TIME_CLAUSE.has(tokens[j - 2] ?? '') && quotes(turn, j)) return true;
    // "and they say, well, why should i": a story told in the present. Not "i'd say", "can i say", "do they say", where
    // the speaker gives a view or asks.
    if (w === 'say' && j > from && saidBySubject(tokens, j) && turn.breakBefore[j + 1] === 1 && quotes(turn, j)) return true;
    if (w === 'like' && j > from && LIKE_QUOTERS.has(tokens[j - 1]) && likeQuotes(turn, j)) return true;
    // "and i'm going, well, how about this way": not "i'm going to ask", which is a plan.
    if (w === 'going' && j > from && LIKE_QUOTERS.has(tokens[j - 1]) && tokens[j + 1] !== 'to' && quotes(turn, j)) return true;
  }
  return false;
}

// "it was like a month ago", "it's like minus three out there", "i'm like so nervous": "like" before an amount, a noun
// phrase or a degree approximates or hedges; it quotes before a clause, a word said aloud or a pause ("she was like, no
// way", "i'm like what are you doing").
const NOT_QUOTED_AFTER_LIKE = new Set(['a', 'an', 'the', 'minus', 'so', 'really', 'totally', 'half', 'about', 'around', 'nearly', 'almost', 'over', 'twice', 'three', 'two', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'this', 'that', 'my', 'his', 'her', 'their', 'our', 'every', 'all']);
function likeQuotes(turn: TurnText, j: number): boolean {
  const next = turn.tokens[j + 1];
  return next === undefined || turn.breakBefore[j + 1] === 1 || !(NOT_QUOTED_AFTER_LIKE.has(next) || /^\d/.test(next));
}

// Words that may stand between a quotative and the words it quotes: "said to me", "asked him", "goes, uh, well".
const BEFORE_QUOTED = new Set([...LEAD_FILLERS, 'to', ...OBJECT_PRONOUNS, 'know', 'mean', 'i']);
const MAX_BEFORE_QUOTED = 4;

/** The quotative at token `j` leads straight into the question at token `to`. */
function leadsInto(turn: TurnText, j: number, to: number): boolean {
  if (to - j - 1 > MAX_BEFORE_QUOTED) return false;
  for (let k = j + 1; k < to; k++) if (!BEFORE_QUOTED.has(turn.tokens[k])) return false;
  return true;
}

function quotes(turn: TurnText, j: number): boolean {
  const next = turn.tokens[j + 1];
  if (next === undefined || turn.breakBefore[j + 1]) return true;
  if (/["\u201c]/.test(turn.norm.slice(turn.ends[j], turn.starts[j + 1]))) return true;
  return WH_OPEN.has(next) || WH_CONTRACTIONS.has(next) || isAux(next) || LEAD_FILLERS.has(next) || next === 'hey';
}

// Negations that a statement carries before a positive tag: "you don't have one, do you".
const NEGATIONS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none']);
const TAG_SUBJECTS = new Set(['you', 'they', 'he', 'she', 'we', "y'all", 'it']);
// Before a final "do you" these make it part of the clause: "what do you", "than do they", "so do we".
const NOT_BEFORE_TAG = new Set(['what', 'than', 'as', 'so', 'neither', 'nor', 'where', 'how', 'when', 'why', 'who', 'which', 'if', 'whether', 'know', 'that', 'and', 'or', 'but']);

/**
 * A negative statement closed by a positive tag: "you haven't had an engineer out do you" (speech-to-text drops the
 * comma), "it's not on the bill is it". The negation is what makes the final auxiliary and pronoun a tag.
 */
function reverseTag(tokens: readonly string[], s: Sentence): boolean {
  const end = s.tokenEnd;
  if (end - s.tokenStart < 5) return false;
  const aux = tokens[end - 2];
  const subject = tokens[end - 1];
  // A subject before the auxiliary keeps statement order: "when he did it", "and we do".
  if (!TAG_AUXILIARIES.has(aux) || !TAG_SUBJECTS.has(subject) || NOT_BEFORE_TAG.has(tokens[end - 3]) || PERSONAL.has(tokens[end - 3])) return false;
  // "i'll do it", "we have it": a main verb with its object.
  if (subject === 'it' && !['is', 'was', 'does', 'did'].includes(aux)) return false;
  // "well that's no good is it", "that's not fair is it": a verdict on what was just said looks for agreement, not an
  // answer (rhetorical, like "nobody tells you that, do they").
  const first = skipFillers(tokens, s.tokenStart, end);
  if (['that', "that's", 'thats'].includes(tokens[first])) return false;
  for (let j = s.tokenStart; j < end - 2; j++) {
    const w = tokens[j];
    if (NEGATIONS.has(w) || w.endsWith("n't") || (w.endsWith('nt') && NEGATIVE_AUXILIARIES.has(w))) return true;
  }
  return false;
}

/**
 * A spoken wh-question cut down to its phrase: "which one", "where in town", "what colour", "for how many months", "in
 * what way". The whole sentence is the wh-word and at most three words of a noun or place phrase.
 */
function whFragment(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  const end = s.tokenEnd;
  // At most a few fillers, a preposition, the wh-word and three words: longer sentences are not fragments.
  if (end - s.tokenStart > 8) return null;
  let k = skipFillers(tokens, s.tokenStart, end);
  const from = k;
  if (k < end && IN_SITU_PREPOSITIONS.has(tokens[k]) && (tokens[k + 1] === 'what' || tokens[k + 1] === 'which' || tokens[k + 1] === 'how')) k++;
  const wh = tokens[k];
  const rest = end - k - 1;
  if (rest < 1 || rest > 3) return null;
  const n1 = tokens[k + 1];
  if (wh === 'where') {
    // "where at", "where abouts", "where in the house", "where exactly".
    if (!['at', 'about', 'abouts', 'in', 'on', 'exactly', 'from', 'to'].includes(n1)) return null;
  } else if (wh === 'what' || wh === 'which' || (wh === 'how' && WH_DEGREE.has(n1))) {
    if (wh !== 'how' && FRAGMENT_NOT_AFTER_WH.has(n1)) return null;
    // "what colour", "what kind of plan"; a longer "what" phrase exclaims ("what sad news", "what great service").
    // "which" never exclaims.
    if (wh === 'what' && rest > 1 && !WH_DEGREE.has(n1)) return null;
  } else return null;
  for (let j = k + 1; j < end; j++) {
    const w = tokens[j];
    if (SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || isAux(w) || LEAD_FILLERS.has(w) || w.includes("'") || WH_SUBJECT_VERBS.has(w)) {
      // "what kind of phone" may hold "of" or a determiner before its noun, but not end with one.
      if (!(j < end - 1 && (w === 'the' || w === 'that'))) return null;
    }
  }
  if (FRAGMENT_LAST_NOT.has(tokens[end - 1])) return null;
  return { sentence: s, kind: 'open', token: from, cueEnd: k + 2 };
}
// After "what"/"which" in a fragment: an exclamation ("what a day"), "whatever", or words that continue a clause.
const FRAGMENT_NOT_AFTER_WH = new Set(['a', 'an', 'ever', 'if', 'about', 'else', 'for', 'not', 'to', 'with', 'in', 'on', 'of', 'the', 'happened', 'now', 'all', 'matters', 'fun', 'luck', 'nonsense', 'rubbish', 'joke', 'shame', 'pity', 'mess', 'way']);
// A fragment that ends in one of these was cut short ("what kind of", "which other"), not asked.
const FRAGMENT_LAST_NOT = new Set(['of', 'the', 'a', 'an', 'other', 'kind', 'sort', 'type', 'and', 'or', 'to', 'in', 'at', 'for', 'with', 'is', 'was', 'ever', 'not']);

// "what about that" ends a question only with a pronoun after it; "what about the august one" opens one (read above).
const WHAT_ABOUT_PRONOUNS = new Set(['that', 'it', 'this', 'them', 'those', 'him', 'her', 'me', 'us', 'mine', 'ours']);
const THEN_OR_NOW = new Set(['then', 'now']);

/**
 * Without a question mark, a question put after what it asks about: "and if they don't ring in thirty minutes what
 * then", "i've got the receipt and the august one what about that". Not after a verb that embeds it ("i don't know what
 * then").
 */
function trailingWh(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  const end = s.tokenEnd;
  const [a, b] = [tokens[end - 2], tokens[end - 1]];
  let at = -1;
  if ((a === 'what' && THEN_OR_NOW.has(b)) || (THEN_OR_NOW.has(a) && b === 'what')) at = end - 2;
  else if (tokens[end - 3] === 'what' && a === 'about' && WHAT_ABOUT_PRONOUNS.has(b)) at = end - 3;
  if (at < s.tokenStart || NOT_BEFORE_EMBEDDED_WH.has(tokens[at - 1] ?? '')) return null;
  return { sentence: s, kind: 'open', token: at, cueEnd: end };
}

const FRAGMENT_DETERMINERS = new Set(['the', 'my', 'your', 'our', 'his', 'her']);
const FRAGMENT_NOUN_WORDS = 3;
const TAKING_IT_IN = new Set(['okay', 'ok', 'right', 'great', 'lovely', 'thanks', 'brilliant', 'perfect', 'fine', 'cheers', 'good', 'alright']);

/**
 * A turn that takes in an answer and ends on "and" with a thing and nothing more asks about it, as written "Right. And
 * the cot?" does: "okay and the twenty pounds", "great and the numbing thing" in speech-to-text. Only at the end of the
 * turn, and not where the words after the thing go on to say something of it ("okay and the kids are fine").
 */
function followUpFragment(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  if (s.tokenEnd !== tokens.length) return null;
  let k = s.tokenStart;
  let taken = false;
  for (; k < s.tokenEnd && (LEAD_FILLERS.has(tokens[k]) || CLAUSE_MARKERS.has(tokens[k])) && tokens[k] !== 'and'; k++) {
    if (TAKING_IT_IN.has(tokens[k])) taken = true;
  }
  // The thing follows a word that takes in the answer before ("okay", "right", "thanks"): a bare "and the kids" goes on
  // with the speaker's own story as often as it asks (Switchboard's continued utterances).
  if (!taken || tokens[k] !== 'and' || !FRAGMENT_DETERMINERS.has(tokens[k + 1] ?? '')) return null;
  const words = s.tokenEnd - (k + 2);
  if (words < 1 || words > FRAGMENT_NOUN_WORDS) return null;
  for (let j = k + 2; j < s.tokenEnd; j++) {
    const w = tokens[j];
    if (isAux(w) || SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || w.includes("'") || LEAD_FILLERS.has(w)) return null;
  }
  return { sentence: s, kind: 'open', token: k, cueEnd: s.tokenEnd };
}

const SO_CHECK_MIN_TOKENS = 5;
/**
 * Speech-to-text's check of what the speaker has understood: a sentence that opens with "so" and hands it back with a
 * closing "yeah" ("so i leave the broken one by the gate and they swap it when they come yeah"). Not where "yeah" only
 * agrees with what went before it ("so that's right yeah").
 */
function soCheckYeah(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  // (Written, "So I drop it off before twelve, yeah." would carry a question mark if it asked.)
  if (turn.punctuated || s.tokenEnd - s.tokenStart < SO_CHECK_MIN_TOKENS || tokens[s.tokenEnd - 1] !== 'yeah') return null;
  let k = s.tokenStart;
  while (k < s.tokenEnd && tokens[k] !== 'so' && LEAD_FILLERS.has(tokens[k])) k++;
  if (tokens[k] !== 'so' || NOT_TAG_BEFORE_RIGHT.has(tokens[s.tokenEnd - 2])) return null;
  return { sentence: s, kind: 'closed', token: k, cueEnd: k + 1, check: true };
}

/** Statements turned into a check by their ending: "so it restarts every evening right", "..., isn't it". */
function tagQuestion(turn: TurnText, s: Sentence): QuestionHit | null {
  const { tokens } = turn;
  const n = s.tokenEnd - s.tokenStart;
  if (n < 4) return null;
  const last = tokens[s.tokenEnd - 1];
  const before = tokens[s.tokenEnd - 2];
  // Where the turn is punctuated, a tag "right" is set off by a comma ("you moved in May, right"): without one it is part
  // of the clause ("it never worked right"). Speech-to-text writes no commas, so there only the word before tells.
  if ((last === 'right' || last === 'correct') && !NOT_TAG_BEFORE_RIGHT.has(before) && (turn.breakBefore[s.tokenEnd - 1] === 1 || !turn.punctuated)) {
    return { sentence: s, kind: 'closed', token: s.tokenEnd - 1, cueEnd: s.tokenEnd };
  }
  // "i don't know if it works or not" reports a doubt; it asks nothing.
  if (tokens.slice(s.tokenStart, s.tokenEnd).some((w) => DOUBT.has(w))) return null;
  // "nobody tells you that, do they", "you're having a laugh aren't you": a tag on the speaker's own indignation asks
  // for agreement, not an answer.
  if (voicesDistress(turn, s.tokenStart, s.tokenEnd)) return null;
  if (reverseTag(tokens, s) && !turn.punctuated) return { sentence: s, kind: 'closed', token: s.tokenEnd - 2, cueEnd: s.tokenEnd };
  for (const h of findCues(turn, tagEndings, { from: Math.max(s.tokenStart + 2, s.tokenEnd - 3), to: s.tokenEnd })) {
    if (h.span[1] !== turn.ends[s.tokenEnd - 1]) continue;
    // "..., i bet" checks a guess about the listener ("hard on your back, i bet"); about anyone else it is an opinion
    // ("they'll charge me again i bet").
    // "uh-huh", "uh huh": the backchannel, not the tag "huh".
    if (last === 'huh' && ['uh', 'um', 'mm', 'huh', 'like'].includes(before)) continue;
    if (last === 'bet' && !tokens.slice(s.tokenStart, s.tokenEnd).some((w) => /^(you|your|yours)('|$)/.test(w))) continue;
    // "..., believe it or not", "like it or not": a set phrase, not the choice "or not" puts.
    if (last === 'not' && tokens[s.tokenEnd - 3] === 'it' && ['believe', 'like'].includes(tokens[s.tokenEnd - 4])) continue;
    return { sentence: s, kind: 'closed', token: h.token, cueEnd: s.tokenEnd };
  }
  return null;
}

/** The question acts of a turn: one per question sentence, cue = trigger words, span = from the trigger to the sentence end. */
export function questionActs(ctx: { turn: TurnText; questions: readonly QuestionHit[] }): Act[] {
  const { turn } = ctx;
  return ctx.questions.map((q) => {
    const last = Math.max(q.token, Math.min(q.cueEnd, q.sentence.tokenEnd) - 1);
    const start = turn.starts[q.token] ?? q.sentence.start;
    return {
      act: 'question',
      kind: q.kind,
      cue: turn.norm.slice(start, turn.ends[last] ?? q.sentence.end),
      span: [start, q.end === undefined ? q.sentence.end : turn.ends[q.end - 1]] as Span,
    };
  });
}
