// The per-turn view every detector reads: text, tokens, questions and word valences, built once per turn.
import type { Role } from '../model/transcript.js';
import { appraisals, type Appraisal } from './appraisal.js';
import { readQuestions, type QuestionHit } from './questions.js';
import { wordValences, type WordValence } from './sentiment.js';
import { readTurnText, type Sentence, type TurnText } from './tokens.js';

export interface TurnContext {
  index: number;
  role: Role;
  turn: TurnText;
  questions: QuestionHit[];
  /** Question-shaped clauses quoted from someone else ("and he said, can i have it back"): the speaker asks none of them. */
  quoted: QuestionHit[];
  valences: WordValence[];
  /** Rated words in a feeling's frame, read once for the emotion and empathy detectors (see appraisal.ts). */
  appraisals: Appraisal[];
  /** The turn ends inside a quotation ("... and he said"): the speaker's next turn may go on quoting. */
  quoting: boolean;
  /** True for a sentence the question grammar found to be a question. */
  isQuestion: (s: Sentence) => boolean;
}

/** `lead` is the speaker's own previous turn when this one goes on from it (see `leadingTurn` in index.ts). */
export function turnContext(index: number, role: Role, text: string, lead?: TurnContext): TurnContext {
  const turn = readTurnText(text);
  const { questions, quoted, quoting } = readQuestions(turn, lead?.quoting ?? false);
  const ctx: TurnContext = { index, role, turn, questions, quoted, quoting, valences: wordValences(turn), appraisals: [], isQuestion: questions.length ? askedIn(questions) : NO_QUESTION };
  ctx.appraisals = appraisals(ctx);
  return ctx;
}

// Most turns ask nothing: they share one answer instead of a Set and a closure each.
const NO_QUESTION = (): boolean => false;

function askedIn(questions: readonly QuestionHit[]): (s: Sentence) => boolean {
  if (questions.length === 1) {
    const only = questions[0].sentence;
    return (s) => s === only;
  }
  const asked = new Set(questions.map((q) => q.sentence));
  return (s) => asked.has(s);
}

/** The turn's last sentence is a question: what the other party says next answers it. */
export function endsAsking(ctx: TurnContext): boolean {
  const last = ctx.turn.sentences[ctx.turn.sentences.length - 1];
  return last !== undefined && (last.questionMark || ctx.isQuestion(last));
}
