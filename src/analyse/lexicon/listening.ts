// Cue phrases of active listening: acknowledging what was said and restating it.
import type { CueEntry } from '../cues.js';

export const ACKNOWLEDGEMENT: CueEntry[] = [
  'i see',
  '(got it|gotcha|understood|noted|fair enough|makes sense)',
  '(that|it) makes (sense|total sense|perfect sense|complete sense)',
  // Closing the turn it may follow anything, as speech-to-text runs it on: "yeah go on then that makes sense", "so
  // thats what knocks the whole house out that makes sense now" (not "if that makes sense").
  { re: "(?<!if )that makes (sense|total sense|perfect sense|complete sense)( now)?(?=\\s*([.!]|$))", tag: 'closes-turn' },
  '(ok|okay|alright|right|yes|yeah|sure) (i|i totally|i completely) (understand|get it|see)',
  'i (understand|get it|get that|hear you|follow)',
  '(thanks|thank you) for (explaining|letting me know|telling me|sharing|clarifying|the (details|information|info|explanation))',
  // (Not "I appreciate that": thanks, or the lead into a refusal.)
  'i hear (you|that|what you)',
  // "Right, I've got that." (Not "just so I've got it right", which leads a read-back; nor "I've got it, the Marlow
  // three-seater", the order found; nor "I've got that one in grey myself".)
  "(i've|i have) got (that|all that|all of that)(?! (right|straight|correct|down|one|colour|here|in|on)(?![a-z]))",
  // "that's clear", "no, that's all very clear, thank you" (not "that's clear from the letter").
  "(that's|thats|that is) (all )?(very |really |perfectly )?clear(?! (from|that|to|enough|of|on|about|in))",
  "(that's|thats|that is) (helpful|good) to know",
  // Thanks for a detail given: "thank you, that's useful", "okay, that helps".
  '(thanks|thank you|okay|ok|great|right),? (that\'s|that is|that was) (really |very )?(useful|helpful)',
  '(okay|ok|right|great|thanks|thank you),? that helps',
  // "completely understand.", "that's fair enough", "that's useful to know", "lovely, got that".
  '(completely|totally|fully) understand(?!able)',
  '(that\'s|that is|thats) (fair|fair enough|useful to know|useful|good to know|a fair point|a good point)',
  '(got|noted|understood) (that|all that|all of that|both|those)',
  // Taking in what was said: "ah, that explains it" (the customer's; the agent's is a diagnosis), "much clearer now",
  // "you've got it exactly", "that's reasonable", "fair point", "that fits with what i'm seeing". Not "oh, I didn't know
  // that existed", which is interest in it more often than a nod.
  { re: '(that|which|well that) (explains|would explain|must explain) (it|that|a lot|everything|why)', tag: 'customer' },
  'that (makes|made) (more|a lot more|much more) sense',
  'that helps',
  '(much|a lot|so much|loads) clearer( now)?',
  '(you\'ve|you have) got it (exactly|spot on|in one|right)',
  '(that\'s|that is|thats) (completely |totally |perfectly )?(reasonable|fair)',
  'fair point',
  // Conceding what the other party said, as a clause of its own: "you're right, I answered the general question",
  // "you're quite right, and thank you for checking", "good shout". (Not "you're right to ring", which validates, nor
  // "you're right that the price is high", which graders leave.)
  '(you\'re|youre|you are) (quite |absolutely |completely |totally )?right(?! (to|that)(?![a-z]))',
  'good shout',
  '(that|which) fits with what',
  '(that\'s|that is) (a )?(really |very )?(useful|helpful|good|important) (thing )?to know',
  // A detail taken in as worth having: "thanks for flagging that", "that's a useful clue", "good to know".
  '(thanks|thank you) for (mentioning|flagging|pointing (that|it|this) out)',
  '(that\'s|that is|thats) (a )?(really |very )?(useful|helpful|important|good) (clue|detail|thing to mention)',
  'good to know',
  // The agent taking a detail in: "no problem at all, that's helpful", "that's really useful, thank you". (A customer's
  // "that's really helpful, thanks" as the call ends thanks for the help.)
  { re: '(that\'s|that is|thats) (really |very |super |so )?(helpful|useful)(?! (for|to (you|them|him|her)|if|when))', tag: 'agent' },
  // "oh right that's actually good to know", "completely understood", "totally get it".
  '(that\'s|that is|thats) (actually |really |very )?(good|useful|handy) to know',
  '(completely|totally|fully|perfectly) (understood|get it|get that|get why)',
];

export const PARAPHRASE: CueEntry[] = [
  'so (what )?(you\'re|you are) (saying|telling me|feeling|worried|concerned|frustrated|upset|unsure|not sure|afraid|scared|struggling|having|stuck)',
  'what (i\'m|i am) hearing (is|you say)',
  // The request taken back: "and you'd like the discount from the day she left", "so you'd like to move both of them",
  // and the detail taken in and put back: "ah, I see, so there's a week between moving out and getting the keys".
  "(and|so) (you'd|youd|you would) like (to|me to|the|a|an|it|them|both)",
  '(i see|ah i see|oh i see),? so',
  // The question taken back in the agent's words: "so what you're really asking is whether ...", "what you're after is ...".
  'what (you\'re|youre|you are) (really |actually |basically )?(asking|saying|after|wanting|looking for|telling me) is',
  '(just |so )?to (confirm|clarify|make sure|recap|sum up|summarise|summarize)',
  'if i (understand|understood|hear|heard|have got|got) (you |that |this |it )?(correctly|right)',
  'if i\'ve got (you |that |this |it )?(correctly|right)',
  // "so if i've understood, you booked the advance rate in june ...", "... have i got that right?", "just so i've noted
  // it right: top front tooth, out about three months".
  'if (i\'ve|ive|i have) understood',
  '(have|did) i (got|get) (that|it|all that|everything|all of that) (right|correct)',
  'just so (i\'ve|ive|i have) (got|noted) (it|that|this|everything)',
  // "so just to check i've got it right: you'd rather someone came to you" (not "i've got the address right").
  "to check (i've|ive|i have) (got (it|this|that|your)|understood)",
  'let me (make sure|see if) (i|i\'ve|i have) (understand|understood|got|get)',
  'let me (repeat|read|summarise|summarize|recap)',
  '(so|okay so|ok so) (basically|in other words|essentially|to summarise|to summarize)',
  'in other words',
  // "it sounds like you should rest" advises; "it sounds like you want to stay home" restates.
  '(it|that) (sounds|seems) like (you|you\'re|you are|you\'ve|you have|your)(?!\\s+(would|should|might|could|may|probably|need to|have to|must)(?![a-z]))',
  '(it|that) (sounds|seems) like (the|this|things|there|they|he|she|his|her|their|someone|somebody|nobody|no one|everyone|people)',
  '(you\'re|you are) saying (that)?',
  // (Not "could you say that again", "when you say it packed in": "say" asks or quotes.)
  'you (mentioned|said|told me) (that|you|your|it)',
  // "so you need a new handset" restates; "so you need to restart it" instructs.
  'so (you|you\'ve|you have|your) (had|have(?! to)|were|want|need(?! to)|feel|think|tried|called|said|got|lost|received|can\'t|cannot|didn\'t|haven\'t)',
  'correct me if',
  // "just so i've got it right", "so i'm clear".
  '(just )?so (i\'ve|i have|i) (got|get|have) (it|that|this|you|everything|all that) (right|straight|correct|down)',
  '(just )?so (i\'m|i am|we\'re|we are) (clear|on the same page|both clear)',
  '(do|did) i (understand|have|get) (that|this|you|it) (right|correctly)',
  // A bare "you feel ..." is more often a question ("how does that make you feel") or a reflected feeling, which is
  // empathy (lexicon/empathy.ts); restatements name what was said.
  'from what (you\'ve|you have|you) (said|told me|described|shared|written|mentioned|explained)',
  '(as|like) you (said|mentioned|described|explained)',
  'you (shared|explained|described) (that|how|you|your)',
  '(i\'m|i am) (hearing|gathering) (that|you)',
  'i gather (that|you)',
  '(so|okay so|ok so|right so) i (understand|gather|hear|see) (that )?(you|your)',
  'if (i\'m|i am) (hearing|understanding|reading) (you|this|that|it) (right|correctly)',
];

/** Words after a turn-opening "so" that start a restatement of what the other party said ("so the light goes orange"). */
export const RESTATING_SUBJECTS = new Set([
  'you', "you're", 'youre', "you've", 'youve', "you'd", 'your', 'it', "it's", 'its', 'the', 'there', "there's", 'theres',
  'nothing', "nothing's", 'this', 'that', "that's", 'they', "they're", 'he', "he's", 'she', "she's", 'we', "we're", 'our',
  'my', 'his', 'her', 'their', 'basically', 'both', 'all', 'since', 'after', 'when', 'every', 'each',
]);
/** Words that make a "so ..." sentence the speaker's own plan or an instruction, not a restatement. */
export const NOT_RESTATING = new Set([
  "i'll", 'ill', 'let', "let's", 'lets', 'will', "we'll", "you'll", "it'll", "that'll",
  "they'll", 'gonna', 'should', 'must', 'recommend', 'suggest', 'please', 'try',
]);
/** The speaker as the subject of a "so ..." sentence: their own doing ("so i've put a note on"), unless it checks back. */
export const SPEAKER_SUBJECTS = new Set(['i', "i've", 'ive', "i'm", 'im', "i'd", 'me', "i'll", 'ill']);
/** Modal instructions after "you": "so you need to restart it", "so you can pay online". */
export const INSTRUCTING_AFTER_YOU = new Set(['need', 'have', 'should', 'can', 'could', 'must', 'might', 'just', 'may', 'ought']);

/** Numbers said as words: a restatement that reuses only these reads a number back. */
export const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'pounds', 'pence', 'quid', 'dollars', 'euros', 'percent',
]);
