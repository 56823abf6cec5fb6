// Word classes of the lexical question grammar (questions.ts), as data.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Words that open a clause without being part of it: skipped before looking for a question. */
export const LEAD_FILLERS = words(`um umm uh uhh er erm hmm mm so well and but or oh okay ok alright now then like yeah yes yep
  no nope right sure anyway also hey hi hello sir ma'am just actually great perfect cool fine gotcha because 'cause cause`);

/** Two-word lead fillers ("you know", "i mean"). */
export const LEAD_FILLER_PAIRS = words(`you_know i_mean i_see all_right oh_well and_so but_um`);

/**
 * Set phrases that open a question without being part of it: "while i've got you, am i due a hearing test", "before i
 * forget, do you need the serial number". Speech-to-text runs them into the question with no comma.
 */
export const LEAD_IN_PHRASES: readonly (readonly string[])[] = [
  ...['while', 'whilst'].flatMap((w) => [
    [w, "i've", 'got', 'you'], [w, 'ive', 'got', 'you'], [w, 'i', 'have', 'got', 'you'], [w, 'i', 'have', 'you'], [w, 'i', 'got', 'you'],
    [w, "i'm", 'on'], [w, 'im', 'on'], [w, 'i', 'am', 'on'], [w, "you're", 'there'], [w, 'youre', 'there'], [w, 'i', 'remember'], [w, 'i', 'think', 'of', 'it'],
  ]),
  ['before', 'i', 'forget'], ['before', 'you', 'go'],
];

/**
 * Words before a clause marker that make it part of an adverbial instead ("right now is the time", "until then", "as
 * well"): marker_word pairs.
 */
export const ADVERBIAL_MARKERS = words(`right_now just_now by_now until_now till_now for_now even_now from_now until_then
  till_then since_then by_then from_then back_then even_then as_well very_well pretty_well really_well quite_well
  too_well so_well not_sure make_sure be_sure pretty_sure quite_sure so_sure too_sure very_sure for_sure`);

/** After these, a new clause may start mid-sentence even without punctuation. */
export const CLAUSE_MARKERS = words(`so okay ok alright well now um uh yeah yes no oh right sure great perfect hmm anyway also
  thanks then hi hello hey fine lovely cool brilliant cheers excellent speaking`);

/** Words that join a second question on to a first inside one sentence: "can i take your postcode and when did it start". */
export const QUESTION_JOINERS = words(`and also plus but then or`);

export const WH_OPEN = words(`what which how why where when who whom whose`);
export const WH_CONTRACTIONS = words(`what's whats how's hows where's wheres who's whos when's whens why's what're what'd
  how'd where'd who'd why'd how're where're`);

/** Auxiliaries and modals that invert with the subject in a yes/no question. */
export const AUXILIARIES = words(`is are was were am do does did can could will would should shall may might must have has had`);
/** The auxiliaries of a question tag ("do you", "isn't it"), and those that follow a wh-word in a direct question. */
export const TAG_AUXILIARIES = words(`do does did is are was were have has can could will would should`);
export const NEGATIVE_AUXILIARIES = words(`isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't
  shouldn't haven't hasn't hadn't isnt arent wasnt werent dont doesnt didnt cant couldnt wont wouldnt shouldnt havent hasnt`);

export const SUBJECT_PRONOUNS = words(`i you we they he she it that this there y'all ya u someone somebody anyone anybody
  everyone everybody something anything everything these those`);
export const DETERMINERS = words(`the a an your my his her our their any some this that these those another each every all
  no`);

/** Words after which "do it/that" is an instruction, not a question ("do it again", "do that now"). */
export const ADVERBIAL_ENDINGS = words(`again now then already today tomorrow tonight please for with yourself right first
  later instead too as so and but or anyway here there once twice properly quickly carefully in on at to from by out up
  over off back because when like yet anymore`);

/** Words between "how/what/which" and the auxiliary: "how much is", "what model is it". */
export const WH_DEGREE = words(`much many long often far old big soon late early bad good fast quickly come about else
  exactly kind sort type time times day days year years model plan size color colour number name part one ones`);

/** Exclamations: "what a day", "how nice". */
export const EXCLAMATION_AFTER_WHAT = words(`a an`);

// The wh-words an indirect question opens with. (Not contracted: graders read "i'd like to know what's going on" as a
// demand more often than as a question.)
const WH = `(what|how|why|when|where|who|which)`;
/** A pseudo-cleft that announces the question to come: "what i need to know is ...", "my real question is ...". */
const WANT_TO_KNOW_IS = "(what (i|we|i'd|we'd)( really| actually| just)? (need|needed|want|wanted|like|would like) to (know|ask|find out|understand|check)|my (main |real |only |first |other )?(question|worry|concern)) is";

/** Clause-initial phrases that make an open question without a wh-word. */
export const OPEN_REQUESTS = [
  'tell me (about|more|what|how|why|when|where|who|which|a little|a bit)',
  '(can|could|would|will) you (please )?(tell me|explain|describe|walk me through|talk me through|give me an idea)',
  'describe',
  'walk me through',
  'talk me through',
  // "can I ask why you're leaving": the question asked is the open one after "ask".
  '(can|could|may|might) i (just )?ask (you )?(what|how|why|when|where|who|which)',
  'explain (to me )?(what|how|why)',
  `(i|i'd) (was wondering|was just wondering|wonder|would like to know|want to know|like to know) ${WH}`,
  // "i'm wondering what the options are", "i was just wondering why".
  `(i'm|im|i am) (just )?wondering ${WH}`,
  // "i'd like to understand what you see when you log in", "i need to find out how it happened", "i wanted to ask roughly
  // what a dental costs".
  `(i'd|i would|i|i just|i'd just|i really) (like|want|need|needed|wanted) to (understand|know|find out|hear|get a sense of|get an idea of|check|ask( you)?( roughly)?) ${WH}`,
  `(i'm|i am) (curious|interested to know) ${WH}`,
  // "i'd be interested in what that costs", "i was going to ask what time you close", "i'm ringing to check when it's
  // coming". (Not "i'm ringing to find out what happened", which graders read as the reason for the call.)
  `(i'd|i would) be interested (in|to know|to hear) ${WH}`,
  // A repair: "sorry, I didn't catch the flat number", "i didn't quite hear that". (Not "i didn't get the letter", "i
  // didn't hear the van", which complain.)
  "(sorry i|sorry|i) (didn't|did not|didnt) (quite )?catch (the|your|that|what|you)",
  "(sorry i|sorry|i) (didn't|did not|didnt) (quite )?(hear|get) (that|what you said|you)(?=\\s*([.,!?]|$))",
  `(i was|i'm|i am|i was just) (going to|gonna) ask( you)? ${WH}`,
  `(i'm|i am|im|we're|we are) (just )?(calling|ringing|phoning) (up )?to (ask|check) ${WH}`,
  // "i was hoping you could tell me what it's for", "i wondered how long it takes".
  '(i was|we were|i am|i\'m|we are|we\'re) (just )?hoping (you|someone|somebody) (could|can|might|would) (tell|explain|let) (me|us)( know)? (what|how|why|when|where|who|which)',
  '(i|we) wondered (what|how|why|when|where|who|which)',
  // The question put as what the caller needs: "what i actually need to know is when", "my question is why".
  `${WANT_TO_KNOW_IS} ${WH}`,
  // Asking for details by saying they are needed: "i'll just need his name and date of birth for the card".
  "(i'll|i will|i'd) (just )?need (your|his|her|their|the|both) ([\\w']+ ){0,3}(name|names|date of birth|postcode|address|number|email|registration)",
];

/** Indirect yes/no questions. */
export const CLOSED_REQUESTS = [
  '(i was|i am|i\'m|i\'d|we were) (just )?wondering (actually )?(if|whether|about)',
  // "i was gonna ask if you do a block of lessons", "i'm just calling to check if the prescription's come through".
  '(i was|i\'m|i am|i was just) (going to|gonna) ask( you)? (if|whether)',
  '(i\'m|i am|im|we\'re|we are) (just )?(calling|ringing|phoning) (up )?to (ask|check) (if|whether)',
  // "i need to know whether he has to start again", "i was hoping you could tell me if it's covered", "i wondered if...".
  '(i|we|i just|i really|i\'d|we\'d) (need|needed|want|wanted|would like|like) to (know|find out|check|ask) (if|whether)',
  '(i was|we were|i am|i\'m|we are|we\'re) (just )?hoping (you|someone|somebody) (could|can|might|would) (tell|let) (me|us)( know)? (if|whether)',
  '(i|we) wondered (if|whether)',
  // "what i need to know is whether i'm covered", "my question is whether anybody photographed the car".
  `${WANT_TO_KNOW_IS} (if|whether)`,
  // "i wonder if you could...", "i wonder if i can...": the listener is asked. About anyone else ("i wonder if it'll
  // ever change") the speaker muses aloud.
  'i wonder (if|whether) (you|you\'d|you\'re|you\'ve|you\'ll|i (could|can|might|may|should))',
  '(do|would) you (happen to )?(mind|know) (if|whether)',
  '(any|anything) (else|idea|ideas|luck|chance|questions|update|news|word|thoughts|plans)',
  'anyone else',
  'mind if i',
  // "you don't happen to have a pen": "happen to" makes it a request. Without it, "you don't have to wait", "you don't
  // have a contract with us" state a fact (a "?" still makes them a check).
  'you (don\'t|do not) happen to (have|know)(?! (whether|if|what|how|why|where|when|who))',
  '(i|i really) (don\'t|do not) know (if|whether) (you|you\'ve|you\'re|you have|you are)',
  // A confirmation check spoken as a statement: "so just to confirm you leave on the fourteenth and want both moved".
  // ("so" and "just" are lead fillers, skipped before the cue is tried.)
  'to (confirm|check|clarify)( that)? (you|you\'re|you\'ve|your|it\'s|there\'s|we\'re)',
  '(i\'m|i am) (curious|interested) (if|whether)',
];

/** Clause openings shaped like a question that ask nothing: "how shall i put it". */
export const NOT_QUESTION_CLAUSES = [
  'how (shall|should|can|do|would) i (say|put) (it|this|that)',
  'what (do|did) you know',
  'who knows',
  'guess what',
  // A habit, not a request: "i like to know where my money's going".
  'i like to know',
  // Rhetoric that invites wonder, not an answer: "can you believe that", "can you imagine losing a child".
  'can you (believe|imagine)',
  // Indignation, not an enquiry: "why should i have to pay for their mistake", "why should we worry".
  'why should (i|we|anyone|anybody|people|customers) (have to|need to|worry|care|bother|pay|put up)',
  // Disbelief, not an enquiry: "fourteen days are you serious", "are you having a laugh", "are you even listening to
  // me?" (not "are you sure it's the twentieth", "are you open on sunday").
  "are you (actually |seriously |even |being )?(serious|joking|kidding|having a laugh|having a giggle|for real|calling me a liar|listening to me|even listening)",
  // Facts offered as a question: "did you know that over half of ...", "did you know 5 in 10 ...". The listener is
  // told something; "did you know about the outage" and "do you know if" still ask.
  'did you know (that|there|each|every|most|many|more|over|nearly|almost|only|\\d)',
  'do you know that (there|each|every|most|many|more|over|nearly|almost|only|\\d|you|we|they|it|he|she|i)',
  // An exclamation in the shape of a negative question: "isn't that great", "wasn't it lovely". Not "isn't that good
  // enough", "isn't it funny that ...", which still weigh a point.
  '(isn\'t|wasn\'t|ain\'t) (that|it|this) (just )?(funny|wonderful|neat|strange|something|great|nice|amazing|awful|terrible|sad|interesting|crazy|weird|incredible|ridiculous|lovely|fantastic|horrible|scary|cute|sweet|typical|unbelievable|brilliant|marvelous|marvellous|annoying)(?! (enough|for|to|that|how|what|when))',
  // Searching for a word aloud, not asking: "we had one of those, what's it called, smart meters", "what's the word".
  'what(\'s| is| was| were) (it|that|they|he|she|this) called',
  'what(\'s| is| was) the (word|term|phrase|expression)',
  'what (am|was) i (thinking|trying to|going to say|saying)',
  // Asking to hear the last words again, like "sorry?" (NON_QUESTIONS): a repair. Not "what did you say to them".
  'what (did|do) you (say|said)(?! \\w)',
  'what was that(?! \\w)',
  // A proposal waiting for yes or no: "how about it", "why not give it a go".
  'how (about|bout) it',
  'why not (try|give|just|go|take|make|start|think|consider|put|look|get|call|ask|talk|do|have|join)',
  'why don\'t (you|we) (try|give|just|go|take|make|start|consider|put|look|get|call|ask|talk|join|come|see|check)',
  // A closing wish, even with a tag on it: "you have a good evening, all right?", "enjoy the weekend, ok?".
  '(you have|have) a (good|great|nice|lovely|wonderful|safe|fun|brilliant) (day|evening|night|weekend|one|time|afternoon|morning|trip|holiday)',
  '(you enjoy|enjoy) (the|your) (day|evening|night|weekend|afternoon|morning|trip|holiday|rest of)',
];

/**
 * A speaker searching their memory mid-sentence: "it went up to, what was it, sixty-one", "the, what do you call it, the
 * flue". Questions in form, so they ask nothing only where set off by a comma with the sentence going on after
 * (questions.ts asideEnd); "what was it?" on its own may ask.
 */
export const MEMORY_SEARCHES = [
  'what(\'s| is| was) it',
  'what do (you|they|we) call (it|them|that|those)',
  'what(\'s| is| was) the other one',
];

/** Statement endings that turn the statement into a confirmation check ("..., right"). */
export const TAG_ENDINGS = [
  'is that (right|correct|true|ok|okay|so)',
  'am i right',
  '(isn\'t|wasn\'t|aren\'t|weren\'t|doesn\'t|didn\'t|don\'t|won\'t|wouldn\'t|can\'t|couldn\'t|haven\'t|hasn\'t|shouldn\'t) (it|you|they|we|he|she|there|that|i)',
  'or not',
  // The speaker's assumption handed over for confirmation: "you've restarted it already, i take it". Not "i imagine":
  // after a feeling it affirms ("that must be hard, i would imagine").
  '(i would|i\'d|id) (assume|presume)',
  'i (take it|assume|presume|bet)',
  'eh',
  'huh',
];
/**
 * Statements whose tag seeks agreement with a view rather than a fact checked: indignation at people in general
 * ("nobody tells you that, do they"), generalisations ("phones cost a fortune these days, don't they"), and verdicts on
 * what was just said ("that's not really an answer, is it", "that's rather the point, isn't it").
 */
export const RHETORICAL_TAG_STATEMENTS = [
  '(nobody|no one|noone|everyone|everybody|somebody could|someone could|somebody should|someone should)',
  '(these days|always|never|everywhere|every time|nowadays)',
  '(that\'s|thats|that is|that was|well that\'s) (not |not really |rather |hardly |just |really |very |so |a fat lot of )*(an answer|a yes|the point|reassuring|handy|rich|typical|helpful|useful|use to me|any help|my fault|perfect|brilliant|great|lovely|marvellous|fantastic|wonderful)',
  'that tells me (loads|a lot|nothing)',
  // The speaker's own lot, resigned or self-mocking: "I'll just have to swallow it then, won't I", "I'm hardly putting
  // nappies in it, am I", "I'm no help at all, am I".
  '(hardly|just have to|no help)',
];
/** Words before a final "right"/"correct" that make it agreement, not a tag ("that's right"). */
export const NOT_TAG_BEFORE_RIGHT = words(`that's thats that is it's its all alright exactly yeah yes okay ok turn to the your my on
  quite not you're youre i'm im he's hes she's shes they're theyre we're were be just so was right very politically
  it them doing working done seem seems seemed sound sounds feel feels perfectly absolutely own are a about am`);
// ("did it right", "not working right", "seems right", "in its own right", "you are right", "a right": "right" as
// manner, judgement or noun, not a tag.)

/** Whole sentences that carry a question mark but ask nothing (fillers, rhetoric, backchannels). */
export const NON_QUESTIONS = [
  'you know', 'know what i mean', 'you know what i mean', 'how about that', 'who knows', 'who cares', 'huh',
  'what', 'pardon', 'sorry', 'excuse me', 'really', 'oh really', 'see', 'go figure', 'guess what',
  'wouldn\'t you know', 'can you believe it', 'what do you know',
  // Asking to hear the last words again, like "sorry?": a repair, not a question about the matter.
  'pardon me', 'beg your pardon', 'i beg your pardon', 'come again', 'say that again', 'say again',
  // Tags and backchannels on their own: they check the listener is with you, not what the listener knows.
  'right', 'yah', 'yeah', 'isn\'t it', 'you know right', 'right you know', 'all right',
];

/** Words that open a suggestion, not a question, when a question mark is all that makes it one: "perhaps try X?". */
export const SUGGESTION_OPENERS = words(`perhaps maybe`);

/** Verbs that follow "what"/"who" as its subject: "what matters most to you", "what brings you in". */
export const WH_SUBJECT_VERBS = words(`matters brings brought makes made happened happens seems seemed caused causes changed
  worries worried bothers bothered concerns concerned suits works sounds interests appeals led prompted`);

/** Tokens before a mid-sentence "can i"/"do you" that make it a statement ("as soon as i can i", "so do i"). */
export const NOT_BEFORE_INVERSION = words(`so neither nor than as if whether what where how why when who which that than much
  long soon only never not i you we they he she me to will would could should can i'll you'll we'll i'd you'd we'd
  i've you've we've gonna wanna is are was were be been being have has had do does did the a an my your our their its`);

/** Modals and auxiliaries that open a question mid-sentence in unpunctuated speech: "for you can i take your name". */
export const MID_INVERTING = words(`can could would will do does did have has shall should may`);
/** Subjects after such an auxiliary. */
export const MID_SUBJECTS = words(`i you we anyone anybody someone somebody it they he she everyone that this`);
/** Words after auxiliary and subject that end a statement ("so do i too"). */
export const NOT_AFTER_INVERSION = words(`too either so as neither`);

/** A spoken request for one detail: "card number please", "account number", "and your postcode". */
export const DETAIL_NOUNS = words(`number postcode zipcode address name reference birth email registration surname pin code
  digits card url reg id password expiry answer`);
/** Words a detail request may hold besides nouns. */
export const DETAIL_FILLERS = words(`please and your the full first last date of account card phone mobile booking order
  policy crime claim customer member membership reference postal email home new old holder's holders sort code name birth
  number digits two three four six flat house vehicle meter serial tracking contact or workspace line his her their
  delivery licence license student owner's owners security make model pcn`);

/** Verbs and words after which a wh-clause is embedded in a statement: "i know what matters", "that's how it is". */
export const NOT_BEFORE_EMBEDDED_WH = words(`know knows knew see saw tell told ask asked wonder wondering sure idea decide
  understand explain remember mean care is was that's thats it's its about on of in exactly matter like through`);

/**
 * Predicates after a subject whose copula speech drops: "you ready", "you interested in the upgrade", "you okay with that".
 * Without the copula they cannot make a statement, so a clause that opens with one asks.
 */
export const DROPPED_COPULA_PREDICATES = words(`ready sure interested okay ok alright happy able aware available familiar serious
  comfortable done finished there free`);

/** Prepositions before a wh-word left in place at the end of a check: "so you studied in what year". */
export const IN_SITU_PREPOSITIONS = words(`in on at from for with about to of by into under since during`);
