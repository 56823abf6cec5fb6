// Frames that turn a valenced word into a feeling or a judgement of a situation (see appraisal.ts). The word itself
// comes from the valence lexicon, so "i'm shattered" and "that sounds miserable" need no cue of their own.

/** Words that may stand between a frame and the word it frames: "i'm getting a bit fed up", "that sounds like a really". */
export const FRAME_FILLERS = new Set([
  'so', 'really', 'very', 'quite', 'a', 'an', 'bit', 'little', 'pretty', 'absolutely', 'totally', 'completely', 'just',
  'getting', 'feeling', 'becoming', 'kind', 'of', 'kinda', 'sort', 'sorta', 'rather', 'fairly', 'extremely',
  'incredibly', 'utterly', 'properly', 'genuinely', 'honestly', 'actually', 'still', 'bloody', 'more', 'too', 'super',
  'all', 'now', 'been', 'such', 'like', 'um', 'uh', 'terribly', 'awfully', 'seriously', 'deeply', 'truly', 'that',
  'starting', 'to', 'get', 'feel', 'abit', 'proper', 'right', 'and', 'understandably', 'frankly',
]);

/** The speaker as the one who feels: "i'm", "we're", "i've (been)". */
export const OWN_SUBJECT_VERBS = new Set(["i'm", 'im', "we're", "i've", 'ive', "we've", 'weve']);
/** "i feel", "we were", "i got": a verb of being or feeling after "i" or "we". */
export const OWN_VERBS = new Set(['am', 'was', 'were', 'are', 'feel', 'felt', 'get', 'got', 'feels']);
export const OWN_SUBJECTS = new Set(['i', 'we']);
/** "it's making me anxious", "this has left us shattered": what a situation does to the speaker. */
export const DONE_TO = new Set(['me', 'us']);
export const DOING_VERBS = new Set(['makes', 'made', 'making', 'make', 'leaves', 'left', 'leaving', 'drives', 'driving', 'drove', 'gets', 'getting']);

/** A situation judged: "that's", "this is", "it's been", "what a", "how". */
export const SITUATION_SUBJECT_VERBS = new Set(["that's", 'thats', "it's", 'its', "this's"]);
export const SITUATION_SUBJECTS = new Set(['that', 'this', 'it', 'which']);
export const SITUATION_VERBS = new Set(['is', 'was', 'has', 'had', 'gets', 'got']);
/** Exclamations: "what a rotten week", "such a miserable start", "how awful" (never in a question). */
export const EXCLAIMING = new Set(['what', 'how']);

/** The listener's state or situation perceived: "that sounds", "it must be", "you seem". */
export const PERCEIVING = new Set(['sounds', 'sounded', 'seems', 'seemed', 'looks', 'sound', 'seem']);
export const SUPPOSING = new Set(['must', 'would', 'can', 'could', 'will']);
export const SUPPOSING_VERBS = new Set(['be', 'feel', 'have', 'get']);
export const LISTENER_SUBJECT_VERBS = new Set(["you're", 'youre', "you've", 'youve']);
export const LISTENER_VERBS = new Set(['are', 'were', 'sound', 'seem', 'look', 'feel', 'felt', 'sounded', 'seemed']);

/**
 * Rated words that, framed so, still name a circumstance rather than a feeling: "i'm unemployed at the moment", "you've
 * missed the cut-off", "that's a critical update". Added to the topic words of lexicon/emotion.ts.
 */
export const NOT_A_FEELING = new Set([
  'unemployed', 'blind', 'deaf', 'disabled', 'missed', 'miss', 'critical', 'dead', 'stolen', 'scam', 'scammed',
  'virus', 'fraudulent', 'liable', 'late', 'urgent', 'emergency', 'excuse', 'worst', 'limited', 'limit', 'expired',
  'uncertain', 'unknown', 'mandatory', 'poor', 'low', 'pay', 'killed', 'war', 'lack', 'cut', 'avoid', 'fight', 'injured', 'crash', 'crashed',
]);

/** After these, "happy" or "pleased" is willingness or acceptance, not a feeling: "i'm happy to wait", "happy with that". */
export const WILLING_AFTER = new Set(['to', 'with', 'for', 'if', 'enough']);
/** The words that read so: "i'm chuffed with that" is still a feeling. */
export const ACCEPTING = new Set(['happy', 'pleased', 'content', 'comfortable', 'satisfied', 'glad']);
/** Positive words that, said of oneself, are an answer or a state, not a feeling: "i'm good", "i'm sure", "not interested". */
export const NOT_FELT_GOOD = new Set([
  'good', 'great', 'fine', 'well', 'ok', 'okay', 'alright', 'cool', 'safe', 'sure', 'free', 'ready', 'able', 'interested',
  'keen', 'willing', 'certain', 'clear', 'right', 'correct', 'fair', 'yes', 'like', 'please', 'best', 'better', 'top',
  'positive', 'covered', 'protected', 'secure', 'allowed', 'entitled', 'eligible', 'qualified', 'approved', 'fit', 'easy',
]);

/**
 * Said of a person, most rated words judge them ("you're weird", "you're being ridiculous"); a feeling is a past
 * participle ("worried", "exhausted") or one of these.
 */
export const FELT_STATES = new Set([
  'upset', 'sad', 'angry', 'afraid', 'anxious', 'nervous', 'alone', 'lonely', 'unhappy', 'miserable', 'desperate',
  'stuck', 'helpless', 'hopeless', 'hurt', 'sick', 'ill', 'tired', 'gutted', 'livid', 'furious', 'mad', 'distraught',
  'heartbroken', 'shaky', 'fearful', 'sore', 'weary', 'uneasy', 'insecure', 'grieving', 'suffering', 'struggling',
  'panicking', 'hurting', 'sorry', 'bitter', 'resentful', 'guilty', 'ashamed', 'uncomfortable', 'unsure', 'lost',
]);
/** Words that judge a person or a thing rather than name how a situation feels: "how stupid", "that's vague". */
export const JUDGING_WORDS = new Set([
  'stupid', 'ignorant', 'pathetic', 'ugly', 'weird', 'dumb', 'idiot', 'idiotic', 'lazy', 'selfish', 'crazy', 'vague',
  'rude', 'fake', 'liar', 'loser', 'failure', 'worthless', 'wrong', 'shitty', 'shit', 'crap', 'crappy', 'fucked',
  'weak', 'evil', 'greedy', 'arrogant', 'irrational', 'naive', 'mean', 'dishonest', 'severe', 'dangerous', 'deadly',
]);

/** The speaker in the listener's place: "i'd be livid too", "i would have been gutted". */
export const VICARIOUS = new Set(["i'd", 'id', 'i would', 'anyone would', "anyone'd", 'anybody would', 'most people would']);
/** Validating a feeling: "a fair thing to be unhappy about", "natural to feel anxious". */
export const VALIDATING = new Set(['natural', 'normal', 'understandable', 'fair', 'reasonable', 'only human', 'right']);
/**
 * Positive words whose denial says something is wrong in fact, not felt: "that's not right, the meter reads...",
 * "it's not available". Denying any other ("that's really not fair on you", "not great") judges the situation.
 */
export const FACTUAL_GOOD = new Set([
  'right', 'correct', 'true', 'clear', 'sure', 'possible', 'available', 'ready', 'able', 'free', 'allowed', 'eligible',
  'covered', 'enough', 'included', 'working', 'live', 'valid', 'active', 'like', 'please', 'yes', 'well', 'cool',
]);
