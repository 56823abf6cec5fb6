// Cue phrases of empathy: recognising the other person's feeling or situation, and the forms that only look like it.
import type { CueEntry, CueSpec } from '../cues.js';

// Building blocks of the reflection and validation cues below. An optional group glued to the next one is written
// "(?:...)?": the cue index reads a plain "(so )?(a|b)" at the first two words as one group and skips real matches.
/** Intensifiers before a feeling word: "you sound really worn out". */
const INT = '(?:so |really |very |quite |a bit |a little bit |a little |pretty |rather |extremely |incredibly |understandably |super |truly |deeply |genuinely |clearly |still |kind of |kinda |a lot more |more |totally |completely |just |feeling |quite a bit |such )?';
/**
 * The same intensifiers as a group of their own, for cues whose second word would otherwise be unknown to the cue
 * index (so the cue would be tried at every "you're"): see `intensified`.
 */
const INT_WORDS = 'so|really|very|quite|a bit|a little bit|a little|pretty|rather|extremely|incredibly|understandably|super|truly|deeply|genuinely|clearly|still|kind of|kinda|a lot more|more|totally|completely|just|feeling|quite a bit|such';
/** "lead feeling" and "lead intensifier feeling" as two cues, each with known second words. */
function intensified(lead: string, tail: string, spec: Omit<CueSpec, 're'> = {}): CueSpec[] {
  return optional(lead, INT_WORDS, tail, spec);
}
/** `lead (a |b )?tail` written as two cues, `lead tail` and `lead (a|b) tail`, so the cue index knows their second words. */
function optional(lead: string, words: string, tail: string, spec: Omit<CueSpec, 're'> = {}): CueSpec[] {
  return [{ ...spec, re: `${lead} ${tail}` }, { ...spec, re: `${lead} (${words}) ${tail}` }];
}
/** Feelings a listener can name back: "you're overwhelmed", "you sound anxious". */
const FEELINGS = 'upset|sad|anxious|worried|stressed|stressed out|overwhelmed|frustrated|angry|hurt|lonely|scared|afraid|frightened|terrified|confused|depressed|exhausted|drained|hopeless|helpless|nervous|disappointed|annoyed|heartbroken|devastated|betrayed|guilty|ashamed|embarrassed|insecure|trapped|isolated|unhappy|miserable|hurting|struggling|torn|uneasy|bothered|furious|concerned|distressed|worn out|burnt out|burned out|numb|fed up|on edge|panicked|panicky|shaken|rejected|unloved|unappreciated|undervalued|overlooked|ignored|let down|discouraged|defeated|powerless|jealous|resentful|grieving|mad|lost and alone|in pain|under pressure|under a lot of pressure|upset about|worried about|anxious about|shattered|gutted|knackered|frazzled';
/** Feelings that are also ordinary words ("you're down for thursday", "you're low on data"): only after feel/sound/seem. */
const WEAK_FEELINGS = `${FEELINGS}|down|low|lost|stuck|alone|tired|empty|bad|awful|terrible|horrible|crap|like a failure|like a burden|like giving up|like no one cares|like nobody cares|unsure|uncertain|better|good about|happy|excited|relieved|proud|hopeful`;
/** How a situation weighs: "that sounds like a difficult time". */
const HARD = 'difficult|tough|hard|complicated|stressful|painful|scary|awful|terrible|horrible|challenging|overwhelming|frustrating|upsetting|rough|heavy|sad|lonely|traumatic|exhausting|worrying|heartbreaking|devastating|unfair|miserable|confusing|draining|isolating|frightening|terrifying|daunting|distressing|nerve racking|nerve wracking|crappy|shitty|horrendous|bad';
/** Weightier and plainer words for how a situation lands: "that sounds unsettling", "that must be disorienting". */
const WEIGHS = 'unsettling|unnerving|disorienting|disorientating|alarming|harrowing|grim|dreadful|rotten|gutting|galling|infuriating|maddening|exasperating|bewildering|unpleasant|disappointing|miserable|frightening|terrifying|daunting|distressing|nerve racking|nerve wracking|draining|confusing|traumatic|hard going|like hard going|like hard work|like a nightmare|like a (real )?(pain|worry|faff|hassle|headache)|no fun|like no fun';
const HARD_THING = 'situation|time|thing|place|spot|position|experience|year|week|day|period|decision|change|adjustment|loss|blow|ordeal|news|road|journey|time of year|timing|thing to go through|thing to deal with|set of circumstances';

export const EMPATHY: CueEntry[] = [
  // Sorry about their situation (bare apologies are filtered in empathy.ts when trivial or a brush-off).
  'sorry',
  '(sorry|sad) to (hear|read|see|learn)',
  'my (condolences|sympathies|sympathy)',
  // Understanding the feeling.
  // (Not asked, "can i get your postcode", "shall i get you booked in", nor done, "i can get that sorted", nor "i can
  // get you a price".)
  '(i|i totally|i completely|i really|i fully|i can|i can totally|i definitely|i do)(?<!(can|could|shall|should|may|would|will|did|do) i) (understand|get(?! you(?<=can get you))) (how|why|that|your|what you|where you|you)(?! (sorted|done|fixed|booked|sent|over|out|changed|switched|moving|arranged|across|started|set up|added|cancelled|processed|through|in|to you|for you|booked in)(?![a-z]))',
  // "i can see your account" is a lookup; only "see why/how" recognises a feeling.
  '(i|i totally|i completely|i really|i can|i could|i can totally|i can certainly) see (why|how) (you|you\'re|you\'d|that|this|it|it\'s|that\'s|hard|frustrating|upsetting|stressful|worrying|much)',
  '(i|i can) (hear|tell) (that|how|you\'re|you are|it\'s|this is|that\'s|this has)',
  // Said with feeling ("I completely understand.") or with what is understood ("I understand, it's a lot to take in"),
  // not as a bare nod before business: "I understand. Can I take the agreement number?", "just so I understand, ...",
  // speech-to-text's "i understand can i take your name", run on with no pause.
  "(?<!(so|sure|to|help me) )i (completely|totally|really|fully) understand",
  "(?<!(so|sure|to|help me) )i understand(?!\\s*[.?!]|\\s*$|\\s(can|could|what|whats|what's|is there|there's|theres|account|okay|ok|i can|i'll|ill|we|sir|madam)(?![a-z']))",
  '(that\'s|that is|it\'s|it is|completely|totally|very) understandable',
  'i (can )?(only )?imagine',
  { re: 'i can\'t (even )?imagine', negatable: false },
  { re: 'i cannot (even )?imagine', negatable: false },
  'i (know|get) (how|what) (you|that) (feel|must|are)',
  'i (know|get) (the|that) feeling',
  'i (hear|feel) you',
  'i feel (for|with) you',
  'i feel your pain',
  'i can relate',
  'i\'ve been (there|through)',
  'i have been (there|through)',
  '(my heart|thoughts|my thoughts) (goes|go|are) (out )?(to|with) you',
  // Naming how the situation must feel.
  '(that|this|it|which) (must|would|could|has to|can) (be|have been|feel) (so |really |very |incredibly |pretty |quite |extremely )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|overwhelming|exhausting|annoying|worrying|worrisome|confusing|inconvenient|lonely|devastating|heartbreaking|sad|a lot|a shock)(?!\\s+(to say|to tell|to know|to guess|to predict|to find)(?![a-z]))',
  'must (be|have been|feel) (so |really |very |incredibly |pretty |quite |extremely )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|overwhelming|exhausting|annoying|worrying|lonely|devastating|heartbreaking|sad)',
  '(that|it|this) sounds (so |really |very |incredibly |pretty |quite |extremely |like a )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|overwhelming|exhausting|annoying|worrying|lonely|devastating|heartbreaking|sad|a lot|like a lot|like a (really |very )?(hard|difficult|tough|rough|stressful|scary) (time|situation|thing))',
  '(that|it|this) sounds like (you|you\'re|you are|you\'ve) (been|feeling|going through|having)',
  '(sounds|seems) like (you\'re|you are|you have been|you\'ve been) (feeling|going through|struggling|having a (hard|tough|rough))',
  ...optional('(that\'s|that is|what a)', 'so|really|very|incredibly|pretty', '(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|sad|heartbreaking|unfair|a shame|a pity)'),
  // Reacting to the trouble in plain words: "oh that's bad", "that's really rubbish". ("what a bad line" is about the call.)
  ...optional('(that\'s|that is)', 'so|really|very|pretty|just', '(bad|rotten|rubbish)'),
  // "how hard..." recognises only when it is not asking: "how difficult would it be to move?"
  ...optional('how', 'so|really|very|incredibly|pretty', '(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|sad|heartbreaking|unfair|a shame|a pity)(?!\\s+(would|will|is|was|are|were|do|does|did|can|could|should|has|have|it|to)(?![a-z]))'),
  // "it sucks having..." often describes the speaker's own life; "that sucks" answers the other's.
  '(that|that really|that totally|that must|that would|that does|i know it|yeah it|it really) (sucks|stinks|suck)',
  // Naming the situation: "that's annoying", "that's not okay", "far from ideal", "a nasty surprise".
  // (The intensifier is its own element: the cue engine's second-word index misreads "(so )?(a|b)" as one element.)
  '(that\'s|that is|it\'s|it is|this is) (exhausting|draining|tiring|not what you need|not what you wanted|not what you want to (find|hear|see)|annoying|worrying(?! you)|worrisome|upsetting|unsettling|confusing|disappointing|inconvenient|a worry|a real worry|a big worry|a shock|a nasty (shock|surprise)|a horrible (position|situation|thing)|a lot to (deal with|take in|cope with|be taking on|take on|have riding on|land|get through|juggle|carry)|a pain|a hassle|a headache|the last thing you need)',
  '(that\'s|that is|it\'s|it is|this is) (so|really|very|pretty|quite|just|such|a bit) (annoying|worrying(?! you)|worrisome|upsetting|unsettling|confusing|disappointing|inconvenient|a worry|a real worry|a big worry|a shock|a nasty (shock|surprise)|a horrible (position|situation|thing)|a lot to (deal with|take in|cope with|be taking on|take on|have riding on|land|get through|juggle|carry)|a pain|a hassle|a headache|the last thing you need)',
  { re: '(that\'s|that is|it\'s|it is) not (okay|ok|on|acceptable|right|fair|good enough|what should have happened|how it should be)', negatable: false },
  '(far|a long way) from ideal',
  { re: '(that\'s|it\'s|that is|it is) not ideal', negatable: false },
  '(must|would|will) be (a )?(real |big |huge |such a )?(worry|shock|blow|hassle|headache|nightmare|lot to deal with)',
  '(is|are|was) (stressful|hard|difficult|tough|upsetting|worrying) enough',
  'the last thing you (need|needed|want|wanted)',
  '(no one|nobody) (wants|likes|should have) to',
  '(i\'d|i would) be (upset|annoyed|worried|frustrated|angry|livid|furious|stressed) too',
  '(i\'m|i am) (so |really |very |truly |terribly )?sorry (that|you|you\'ve|you\'re|about|for|to hear|this|it)',
  'oh no',
  'no wonder (you|you\'re|you are|you\'ve|youve|youre)',
  '(i\'d|i would) (feel|be) (the same|upset|frustrated|angry|worried|annoyed|stressed|scared)',
  '(i\'d|i would) have (felt|reacted|been) (exactly |just )?the same',
  // Anyone in their place would feel it: "most people would be upset", "anybody would have been worried".
  '(anyone|anybody|everyone|everybody|any of us) would (feel|be|have felt|have been)',
  '(anyone\'d|anybody\'d|everyone\'d|everybody\'d) (feel|be|have felt|have been)',
  '(most|many|lots of|plenty of|a lot of) people would (feel|be|have felt|have been)',
  // Reassurance and support.
  '(it\'s|it is) (okay|ok|normal|natural|understandable|alright|fine) to (feel|be)',
  '(you\'re|you are) not alone',
  '(i\'m|i am|we\'re|we are) here for you',
  '(sending|big) (hugs|love)',
  'hugs',
  'i hope (you|things|it|everything|your)',
  'i hope (he|she|they|he\'s|she\'s|they\'re|your \\w+) (\\w+ ){0,3}(better|soon)',
  // Naming the situation's weight without a feeling word: "a sync outage with a deadline is a horrible combination",
  // "that sounds like it was a really hard time", "it doesn't sound silly at all", "I know it's not what you wanted".
  '(a|an|such a|really a) (horrible|awful|nasty|rotten|tough|stressful|worrying|miserable) (combination|situation|time|position|place to be|morning|week|day|thing)',
  '(sounds|sounded) like (it was |that was )?(a )?(really |very )?(hard|tough|difficult|stressful|horrible|awful|rough|worrying|scary) (time|few|year|week|day|period)',
  { re: '(doesn\'t|does not|isn\'t|is not) (sound )?(silly|stupid|daft|a silly question) at all', negatable: false },
  '(i know|i realise|i realize|i appreciate) (it\'s|that\'s|this is|this isn\'t|that isn\'t|it isn\'t) (not )?(what you (wanted|were hoping|needed)|the news you wanted|easy)',
  '(a really |a very |a perfectly |perfectly |really |completely )?(natural|normal|understandable) (thing )?to (worry|feel|be worried|be nervous|be anxious|wonder)',
  // The customer's empathy for the agent: "I know you must be swamped this morning".
  '(you must be|you\'re|you are) (so |really |absolutely )?(swamped|rushed off your feet|run off your feet|snowed under)',
  '(you\'re|you are) (doing|handling) (great|well|the right thing|so well|your best)',
  '(don\'t|do not) (worry|be hard on yourself|blame yourself)',
  '(it\'s|it is|that\'s|that is) not your fault',
  // Lifting blame: "don't you go feeling bad about that", "nobody could have known".
  '(don\'t|do not) (you )?(go )?(feel|feeling|be feeling) (bad|guilty|silly|daft|stupid|awful|embarrassed|terrible|ashamed|foolish)',
  '(you\'ve|you have|there\'s|there is) (nothing|no need) to (apologise|apologize|be sorry|feel bad|be embarrassed)',
  // The company's failing owned with an apology: "that's our mistake, and I apologise", "that shouldn't have happened, I
  // apologise for that".
  '(our|my) (mistake|failing|fault|error),? (and )?i (do |sincerely |really )?(apologise|apologize)',
  'i (do |sincerely |really )?(apologise|apologize) for (that|this)',
  { re: '(an |a really |such an )?(easy|understandable|common) (one|thing|mistake) to (miss|make|do|get wrong|overlook)', notInQuestion: true },
  'try not to worry',
  '(i know|i realise|i realize|i appreciate) (it\'s|its|that\'s|thats|this is) a lot',
  // Glad for them: "i'm really glad that's off your mind", "that must be a huge relief". (Congratulations on a move
  // or a new job are courtesy to most graders.)
  '(glad|relieved|pleased) (that\'s|thats|that is|it\'s|its) (off your mind|sorted for you)',
  '(that|it) must be (a )?(huge |real |big |such a )?(relief|weight off)',
  'i hope (the|your) [\\w-]+ (goes|go|went) (well|smoothly|ok|okay|alright|fine)',
  '(nobody|no one|none of us) (could have|could\'ve) (known|seen it coming|predicted|guessed|spotted)',
  // A customer's recognition of the agent: "you've been very patient with me", "i know you're just the messenger".
  '(you\'ve|you have) been (so |very |really |incredibly |ever so |extremely )?(patient|understanding)',
  '(i know|i realise|i realize|i appreciate) (you\'re|you are|it\'s|it is) (just |only )?(the (middle ?man|messenger|one (who|that) picked up))',
  // Weighing their time or loss: "fourteen weeks is a long time to be in pain", "that's such a let down".
  '(is|that\'s|that is|it\'s|it is) a (long|very long|really long) (time|wait|while) to (be|wait|go|sit|manage|live|put up|cope)',
  '(a|such a|what a|a real|a bit of a|that\'s a) (let ?down|letdown)',
  '(hope|hoping) (that\'s|it\'s|that is|it is|this is|that|it|this)? ?(is )?(some|a little|a bit of|of some) (comfort|consolation|relief|reassurance)',
  'bless you',
  // "that's a lot to have hanging over you".
  '(hanging|weighing) over you',
  '(you|the|oh you|oh the) poor (thing|love|soul|lamb)',
  // "Oh, poor Biscuit, and poor you": sincere in a service call, as graders read it.
  '(and|oh|ah|aw) poor you',
  // The weight of it named: "that's a lot to be holding while you keep him calm", "eleven hours with a bad back is a lot
  // to ask of anyone", "would make anyone uneasy", "you must be so relieved", "you're not the first".
  'a lot to (be )?(holding|carrying|dealing with|juggling|going through|taking in|coping with|hold|manage)',
  'a lot to (ask|expect) of (anyone|anybody|someone|you|one person)',
  // "you shouldn't have had to chase at all", "you must have had a long, cold night of it".
  { re: '(you )?(shouldn\'t|should not) have (had to|been)', notInQuestion: true },
  'you must have had (a |such a )?(long|rough|awful|horrible|tough|hard|cold|bad|difficult|stressful|worrying|frightening|scary|sleepless)',
  // "four hundred quid is a lot when you're budgeting for rent", "a week of juggling your phone is no fun".
  { re: '(is|was|are|were) a lot (when|for|with|on top of)', notInQuestion: true },
  { re: '(is|was|are|were|that\'s|thats) no (fun|joke|picnic)', notInQuestion: true },
  '(would|could|will) (make|leave) (anyone|anybody|most people) (uneasy|nervous|worried|anxious|panic|jumpy|twitchy|cross|angry|upset|frustrated|wobbly|on edge)',
  // "a rotten way to spend a day", "that's not a nice feeling", "i can see why it'd be unsettling", "of course you'd
  // worry", "shift changes are the worst, aren't they", "i'd be climbing the walls as well", "i hope the knee mends
  // quickly", "that's wearing".
  '(rotten|rough|horrible|awful|miserable|grim|terrible|horrid) way to (spend|lose|start|end|find out|learn)',
  '(not a nice|an awful|a horrible|a horrid|a rotten|a sinking|a horrible) feeling',
  'i can (see|understand) why (it\'d|it would|you\'d|you would|you\'re|you are|that\'s|that would|that\'d)',
  '(of course|no wonder) (you\'d|you would|you\'re|you are|you were|you\'ll) (be )?(worried|worry|upset|annoyed|anxious|frustrated|cross|fed up|confused|nervous|concerned)',
  // What the customer needs owned as fair: "of course you want those to work more than anything".
  '(of course|no wonder|naturally) (you|you\'d|you would) (want|need) (those|that|them|it|this|these|him|her) to (work|be)',
  '(is|are|was|were) the worst,? (aren\'t|isn\'t|wasn\'t|weren\'t) (they|it)',
  'climbing the walls',
  "(that's|that is|it's|thats) (a |an )?(completely |totally |perfectly |very )?(fair|valid|reasonable|natural|understandable) (worry|concern|fear)",
  'i (hope|do hope) (the|your|his|her|their) [a-z]+ (mends|heals|gets better|recovers|settles)',
  // What they should not have had to bear: "you shouldnt have to be crawling under the stairs", "that's a really tough
  // spot", "not how anyone wants to end their day", "i'm not surprised you gave up", "that's a morning you didn't need".
  "you (shouldn't|shouldnt|should not) have (had )?to",
  "(that's|thats|that is) a (really |very )?(tough|hard|difficult|rough|horrible|awful) (spot|position)",
  'not how (anyone|you) (wants?|wanted|would want) to (end|spend|start)',
  "(i'm|im|i am) not surprised (you|you're|youre)",
  "(a|an) \\w+ you (didn't|didnt|did not) need",
  '(that\'s|that is|thats|it\'s) (so |really |pretty )?wearing',
  '(you must be|you\'ll be|you must feel) (so |really |very |hugely |absolutely )?(relieved|thrilled|delighted|over the moon|chuffed)',
  '(you\'re|you are|youre) (not|definitely not|certainly not|far from|by no means) the (first|only)',
  '(don\'t|do not) you worry',
  '(there\'s|there is) nothing worse than',
  '(loads of|lots of|a lot of|most|many|plenty of) (people|customers|parents|students|our customers) (feel|felt|get|are|find) (exactly )?(like that|the same|that way|nervous|worried|anxious)',
  '(you must have been|you must\'ve been|you\'d have been|you would have been|you must be) in (such |a bit of |a right )?a state',
  '(not )?the (answer|news) you (wanted|were hoping for|were after|needed)',
  // "that's not the welcome home you wanted", "a deadline with streaky pages is not what you need", "not what anyone wants".
  "(not|hardly) (quite |exactly |really )?(the|what) (\\w+ ){0,3}(you|anyone|anybody) (want|wanted|wants|need|needed|were hoping for|had in mind|were expecting|signed up for)",
  '(would|will|could) (rankle|annoy|upset|frustrate|worry|bother|irritate) (anyone|anybody|most people)',
  // "yeah that gets old fast".
  '(that|it|this) (gets|must get|can get|would get|soon gets) (old|tedious|wearing|tiring|draining)',
  '(you|you\'ll|you will) (get through|be okay|be ok|be alright|be fine)',
  'stay strong',
  'i can (totally |really |completely )?understand (that|it|this|why|how|your|you)',
  'i (feel|felt) (the same|similarly|the same way|like that too|that way too)',
  ...optional('(i\'m|i am)', 'so|really|very', '(glad|happy|proud) (that|to hear|for you|you|of you)'),
  '(happy|glad) for you',
  '(i\'m|i am) sure (you|you\'ll|you will|things|it will|it\'ll)',
  ...optional('(you\'re|you are)', 'so|really|very', '(strong|brave|worthy|not a|not the only|a good|amazing|doing (great|well|fine|good))'),
  '(if you (ever )?(need|want) (someone|somebody|anyone|to talk|a friend)|feel free to (talk|message|pm|dm|reach out|send))',
  '(we|people|i) (care|are listening|will listen)',
  '(it\'s|that\'s|it is|that is) (good|great|wonderful|brave) (that|of you|you)',
  'good for you',
  '(that\'s|it\'s|what a|such a) (a )?(great|good|smart|wise) (idea|plan|step|choice|decision|start)',
  '(ugh|wow)',
  'tell me about it',
  'makes sense (that|to feel|you)',
  '(you|you\'ve|you have) (done|did) (nothing wrong|the right thing|your best|great|well)',
  'hang in there',
  // Reflecting the feeling back: "you sound overwhelmed", "it sounds like you're feeling let down", "i can tell you're
  // worried". Tagged so empathy.ts can drop them in questions and conditions ("how long have you felt low?", "if
  // you feel unsafe, call...").
  { re: `(you|u) (sound|seem|sounded|seemed) ${INT}(${WEAK_FEELINGS})`, tag: 'reflection' },
  ...intensified(`(you're|you are|you were|youre|u r|ur|you've been|you have been|you must be|you must have been|you might be|you may be|you're probably|you are probably|you'd be|you would be)`, `(${FEELINGS})`, { tag: 'reflection' }),
  { re: `(you|u) (feel|felt|are feeling|were feeling|must feel|must have felt|might feel|may feel|probably feel|have been feeling|been feeling) ${INT}(${WEAK_FEELINGS})`, tag: 'reflection' },
  { re: `(you've|youve) been feeling ${INT}(${WEAK_FEELINGS})`, tag: 'reflection' },
  { re: `(you're|youre|you are) feeling ${INT}(${WEAK_FEELINGS})`, tag: 'reflection' },
  { re: `(sounds|seems|looks|sound|seem) like (you're|you are|you were|you've been|you have been|you|you've|you have|your) (?:been |feeling |feel |felt |getting |becoming |been feeling |really |very |so |quite |a bit |a little )?${INT}(${WEAK_FEELINGS})`, tag: 'reflection' },
  `(sounds|seems|looks|sound|seem) like (you're|you are|you've been|you have been|you) (going through|dealing with|carrying|juggling|under|in|having|had|been through|gone through|coping with|struggling with) (a lot|so much|too much|a hard|a tough|a difficult|a rough|a terrible|an awful|a horrible|a really|a very|a pretty|quite a|such a|more than|a lot of|a great deal|hell)`,
  `(sounds|seems|looks) like (it's|that's|it is|it was|that is|that was|this is|it has been|it must be|it must have been|it can be|that must be|this must be|it could be|it would be|it might be|it's been|that's been) ${INT}(${HARD})`,
  `(i|i can|i could|i really|i definitely|i totally) (tell|sense|hear|feel|see) (?:that |how |just how |from [a-z]+ [a-z]+ that )?(you're|you are|you were|you've been|you have been|youre|you seem|you sound|you feel|you're feeling|you are feeling|you've been feeling|you must be|you must feel) ${INT}(${FEELINGS})`,
  `(i|i can|i could|i really|i definitely) (feel|sense|hear|see|understand) (your|the) ${INT}(pain|frustration|hurt|worry|worries|sadness|anxiety|anxiousness|fear|fears|stress|concern|concerns|disappointment|anger|loneliness|exhaustion|desperation|confusion|distress|heartbreak|grief|struggle|panic|upset)`,
  { re: `(that|how) (you're|you are|you were|you've been|you have been|you feel|you're feeling|you are feeling|you felt) ${INT}(${FEELINGS})`, tag: 'reflection' },
  ...intensified('how', `(${HARD}|${FEELINGS}) (you|you're|you are|you must|you feel|this|that|it|things|everything|all this|all of this) (is|are|must|feel|feels|has|have|was|were|be|must be|has been|can be|gets|get)`),
  // Validating the feeling: "it's completely normal to feel that way", "your frustration is understandable".
  ...optional(`(it's|it is|that's|that is|this is|it was|that was|its)`, `completely|totally|perfectly|entirely|very|so|quite|absolutely|only|just`, `(normal|natural|understandable|valid|human|reasonable|okay|ok|alright|fine|common|fair|expected) (to feel|to be|to want|to worry|to cry|to struggle|to miss|to grieve|to have doubts|to have bad days|to get upset|to get angry|to get frustrated|to get emotional|to be upset|that you|for you to|you feel|you'd feel|you would feel|you're|you are|to not be okay|not to be okay|to not feel|to feel that way|to feel like that)`),
  `(completely|totally|perfectly|entirely|absolutely) (understandable|natural|valid|justified|human)`,
  `(your|those|these|such) (feelings|emotions|reaction|reactions|concerns|worries|fears|frustration|anger|sadness|anxiety|feeling|thoughts|response) (is|are|were|was|make|makes) (?:completely |totally |perfectly |entirely |very |so |absolutely |all )?(valid|understandable|normal|natural|justified|fair|reasonable|legitimate|real|okay|ok|warranted|sense|total sense|perfect sense)`,
  `(the most|a|an|a very|a completely|a totally|a perfectly) (natural|normal|understandable|human|common) (reaction|response|way to feel|thing to feel|feeling|thing to go through)`,
  `(it|that|this) makes (?:total |perfect |complete |a lot of |so much )?sense (that |why )?(you|you'd|you're|you are|you would|you feel|to feel|you were|you've|you have)`,
  { re: `(you're|you are|you were|you|youre|u r|ur|your) (not|aren't|arent|are not|weren't|were not|never) (?:a |the |being |so |at all |really )?(alone|only one|only person|first one|first person|first customer|first to|burden|bother|weak|stupid|crazy|worthless|broken|failure|to blame|in the wrong|overreacting|selfish|silly|unreasonable|dramatic|wrong|bad person|useless|pathetic|loser|nuisance|going crazy|losing your mind|at fault|asking too much|too much)`, negatable: false },
  { re: `(you're|you are|you were|you|youre|u r|ur|your) (definitely|certainly|absolutely|really|honestly|truly|so) (not|aren't|arent|are not|weren't|were not|never) (?:a |the |being |so |at all |really )?(alone|only one|only person|first one|first person|first customer|first to|burden|bother|weak|stupid|crazy|worthless|broken|failure|to blame|in the wrong|overreacting|selfish|silly|unreasonable|dramatic|wrong|bad person|useless|pathetic|loser|nuisance|going crazy|losing your mind|at fault|asking too much|too much)`, negatable: false },
  { re: `(you|you've|you have|you didn't|you did) (did|done|didn't do|haven't done|have not done|did not do|do) (nothing|anything) wrong`, negatable: false },
  ...optional(`(not|never|isn't|wasn't|aren't|none of this is|none of this was|none of it is|none of it was|none of that is|none of that was|nothing is|nothing was)`, `at all|really|in any way|entirely|totally`, `(your|ur|yours) fault`, { negatable: false }),
  `you (deserve|deserved) (better|to be|so much|happiness|love|support|supportive|good people|good|a break|someone|people|the best|more|to feel|peace|kindness|to have|respect|care|to be happy|to be loved|friends)`,
  `(don't|do not|dont|never|try not to|please don't|please do not) (feel bad|feel guilty|feel ashamed|feel like a failure|ever feel like a failure|ever feel bad|feel alone|feel that way|feel like that|feel so bad|beat yourself|be hard on yourself|be so hard on yourself|be too hard on yourself|blame yourself|give up|lose hope|lose heart|lose faith|lose your confidence|loose your confidence|be ashamed|be embarrassed|apologise|apologize|let (it|this|that|them|anyone|people|him|her) (get you down|bring you down|bog you down|define you|get to you)|hate yourself|doubt yourself|kill yourself|hurt yourself|be sad|be so sad|be afraid|be scared|panic|stress)`,
  // Reassurance: "it will get better", "you'll get through this", "this too shall pass".
  ...optional(`(it|things|everything|life|it all|all of this|this|tomorrow|the future|it'll|that'll|things'll|everything'll)`, `will|is going to|are going to|is gonna|are gonna|gonna|can only|will only|do|does|always|will definitely|will surely|will eventually|will soon|shall|should|might|may|could|will all|all|must|will just|will slowly`, `(get better|gets better|get easier|gets easier|get brighter|look up|looks up|look brighter|turn around|turns around|come right|improve|improves|work out|works out|be okay|be ok|be alright|be all right|be fine|turn out okay|turn out fine|turn out alright|fall into place|come together|get sorted|go fine|go well|go smoothly)(?!\\s+(cheaper|at|to|more|less|about|as|value|than|if|off|on|in|for|with)(?![a-z]))`, { notInQuestion: true }),
  `(you'll|you will|you can|you're going to|you are going to|you're gonna|you are gonna|you'll definitely|you will definitely|you'll surely|you will surely|you'll eventually|you will eventually|you can definitely|you will soon|you'll soon|you could) (get through|pull through|overcome|beat this|beat it|survive|make it through|come through|get past|bounce back|be okay|be ok|be alright|be all right|figure it out|figure this out|figure things out|find someone|find somebody|find love|find happiness|find peace|find your way|find a way through|cope|handle this|do it(?!\\s+[a-z])|do this(?!\\s+[a-z])|get a job|find a job|find work|succeed|ace it|nail it)`,
  `(you've|you have|you) got this`,
  `(i|we) (believe|have faith) in you`,
  `(everybody|everyone|we all|all of us|people) (makes|make) (a )?(mistake|mistakes)`,
  `(happens|happened|has happened|happen) to (us all|all of us|everyone|everybody|the best of us)`,
  `(stay|keep|try to stay|try to keep) calm`,
  `(that is|that's|this is|that would be|that could be|that sounds like|sounds like|it's|what a|that seems like) (a )?(great|good|smart|wise|really good|brilliant|excellent|healthy|positive|wonderful) (idea|plan|step|start|strategy|approach|first step|way to|thing to do|mindset|attitude)`,
  `(it|that|this) must (be|feel|have been|have felt) (?:so |really |very )?(nice|good|great|lovely|wonderful|a relief|exciting|amazing|a nice)`,
  `(can|could|will|does|would) (cause|bring up|stir up|bring out|trigger) (a lot of|many|so many|mixed|strong|all sorts of|lots of) (emotions|feelings)`,
  `(this|it|that|the pain|the sadness|the feeling|these feelings|this feeling|this too|this will|all this|the hurt|the grief) (will|shall|is going to) (pass|not last forever|get easier|fade|ease)`,
  `(it'll|that'll|this'll) (pass|not last forever|get easier|fade|ease)`,
  `(this|it|that)'ll (pass|get easier|fade|ease)`,
  `this too shall pass`,
  { re: `(won't|will not|doesn't|does not|never|can't|cannot|isn't going to) last forever`, negatable: false },
  `(one|a) (day|step) at a time`,
  `(better|brighter|good|happier) days (ahead|are coming|will come|to come|are ahead)`,
  `light at the end of the tunnel`,
  `only (go|get) (up|better) from (here|there)`,
  // ("I was hoping you could tell me" asks for something.)
  `(hope|hoping|praying|wishing|i wish|wish) (things|everything|it all|you|you're|youre|you are|ur|your|life|that things|that everything|that you|that your)(?! (could|can|would|might|may)(?![a-z]))`,
  `(wish|wishing|sending) you (all the best|the best|well|luck|good luck|much success|success|strength|peace|happiness|love|a speedy|a quick|the very best|nothing but|good vibes|positive vibes|hugs)`,
  `(get well|feel better) soon`,
  `(you'll|you will|you're going to|you are going to|you'll soon|you will soon) (feel|be feeling) better`,
  `(i'm|i am|we're|we are|i'll be|i will be|i'm always|i am always|always|i'm still|i am still) (here|there|around) (for you|if you need|whenever you|to listen|to talk|to support|for support|if you want to talk|if you ever|if you wanna|with you|to help you through)`,
  `(i'm|i am) (listening|all ears)`,
  `(i'm|i am|i'm always|always|i'm just|just) here to (listen|chat|talk)`,
  `(i'll|i will|we'll|we will) (hear you out|listen)`,
  `(talk|chat|vent|write|reach out) (to me|with me|to us|with us) (about anything|anytime|any time|whenever|if you)`,
  `(need|want|wanna) (someone|somebody|anyone) to (talk|vent) to`,
  `anything you('d)? (want|like|wanna|need) to (talk|vent) about`,
  ...optional(`(we're|we are|we're all|we are all|we all)`, `here`, `(for|with) (each other|one another)`),
  `(you|u) (don't|dont|do not|won't|will not|never|shouldn't|should not) (have to )?(suffer|struggle|go through (this|it)|face (this|it)|be|feel|deal with (this|it)) alone`,
  `(i was|i am|i'm|i got|i have been|i've been) (?:really |so |very |a bit |a little )?(worried|concerned|scared) (about|for) you`,
  `(i'm|i am|i'll be|i will be) (praying|prayin) for you`,
  `(you're|you are|youre) in (my|our) (thoughts|prayers)`,
  `in (my|our) (thoughts and prayers|prayers)`,
  `(keep|keeping) (your head up|your chin up|fighting|going|pushing|treading|at it|it up|the faith|faith|strong|your spirits up|on keeping on|your head held high|moving forward|holding on)(?!\\s+(down|to|through|with|until|up|into|along|straight|past|the|this|that|for|on)(?![a-z]))`,
  `(head|chin) up(?!\\s+(to|the|on|at|into)(?![a-z]))`,
  `(be|stay) (strong|positive|hopeful)`,
  ...optional(`(your life|you)`, `really|truly|still`, `(matters|matter)(?!\\s+(of|to us)(?![a-z]))`),
  ...optional(`(who|that)`, `really|truly|still`, `(care|cares|love|loves) (about )?(you|u)`),
  `(huge |big )?props to you`,
  ...optional(`(glad|happy|great|good|nice)`, `to hear that|to hear|that`, `(you're|you are|youre|your|you have been|you've been) (feeling|doing|getting) (better|ok|okay|well|good|alright)`),
  ...optional(`(i'm|i am|im)`, `so|really|very`, `glad (it|it's|its|it is|everything|things|someone|somebody|you're|you are|you have|you've|you had|you did|your|i could help|to help)`),
  `(i'm|i am) right (there )?with you`,
  `(pm|dm|msg|message|inbox) me`,
  `(want|wanna|like|need) to (talk|vent|chat) (about it|about this|about that|about what|to me)`,
  `(i'd|i would) (love|like|be happy|be glad) to (hear|listen)`,
  ...intensified('(you\'re|you are|youre|u r|ur)', `(loved|cared for|cared about|worth it|worth more|worth so much|worthy|enough|valued|valuable|special|beautiful|a good person|a nice person|a kind person|a great person|a lovely person|a wonderful person|smart|intelligent|incredible|capable|resilient|courageous|a bright|a strong|a survivor|a fighter|not worthless|not a failure|not a burden|doing the right thing|doing your best|doing everything you can|doing a great job|doing so well|doing amazing|doing great|already doing)`),
  `(he|she|they) (didn't|did not|doesn't|does not|don't|do not) deserve you`,
  `(you|u|you must be|you're|you are) (seem|sound|look|such|truly|really|clearly|obviously|definitely) (like )?(a |an |such a |such an )?(?:really |very |so |truly )?(open|honest|wise|mature|sensible|determined|motivated|nice|kind(?! of)|lovely|bright|strong|smart|caring|thoughtful|sweet|wonderful|genuine|special|brave|intelligent|amazing|decent|loving|good hearted|kind hearted)`,
  ...optional(`(people|someone|somebody|they|others|your family|your friends|your parents|your mom|your mum|your dad|your kids|your children|your friend|your wife|your husband|your partner|your family and friends)`, `really|truly|still|clearly|obviously|must|do`, `(care|cares|love|loves|would miss|will miss|value|values) (about )?(you|for you)`),
  ...optional(`(i|we)`, `really|truly|do`, `care (about|for) you`),
  ...optional(`(i'm|i am)`, `so|really|very|truly`, `proud of you`),
  // Naming how hard the situation is: "that sounds like a difficult time", "breakups can be tough".
  `(sounds|seems|looks) like (a|an|such a|quite a|a really|a very|a pretty|one|an incredibly|a truly|a super) (?:really |very |pretty |incredibly |truly |super |quite |tough and |hard and |difficult and )?(${HARD}) (${HARD_THING})`,
  `(sounds|seems|looks) like (a lot|so much|too much|a huge|quite a lot|a big|quite a bit) (to deal with|to handle|to take in|to cope with|to process|to carry|to go through|on your plate|going on|for you|for one person|of pressure|of stress)`,
  `(such|what|quite) (a|an) (?:really |very |pretty |incredibly |truly |super )?(${HARD}|shame|pity|nightmare|ordeal|mess|blow|shock) (${HARD_THING}|to go through|to deal with)`,
  // The blow made common to all: "nobody likes opening that letter", "no one wants a surprise like that on the bill".
  // It names no feeling, so an "I get it" before it still acknowledges (graders mark both).
  { re: '(nobody|no one|noone) (likes|wants|enjoys) (opening|getting|seeing|paying|being|waiting|hearing|finding|a|an|that|this|the|to)', tag: 'common-lot' },
  // The call itself recognised as hard to make: "that can't have been an easy call to make", "I know these calls aren't
  // easy", "thank you for ringing rather than sitting on it".
  "(not|n't|cant|isnt|arent|never) (always |have been |be )?(an? )?easy (call|calls|thing|conversation|phone call)",
  "(calls?|conversations?) (aren't|arent|isn't|isnt|are never|is never) easy",
  { re: '(thank you|thanks) for (ringing|calling) (rather than|before)', tag: 'agent' },
  // "it's an unsettling thing to happen to anyone": the event named as one that would shake anybody.
  `(it's|that's|it is|that is) (a|an) (?:really |very |horrible |awful )?(${HARD}|${WEIGHS}) thing to (happen|go through|deal with|find|come home to)`,
  `what a (shame|pity|nightmare|ordeal|blow)`,
  `(can|could|would|will|must|may|might) (be|get|feel|seem) (?:so |really |very |pretty |incredibly |quite |extremely |a bit |a little |super |truly |such )?(tough|hard|difficult|stressful|scary|lonely|overwhelming|painful|exhausting|frustrating|upsetting|isolating|draining|rough|confusing|disappointing|heartbreaking|devastating|terrifying|frightening|daunting|nerve racking|nerve wracking|a struggle|a real struggle|emotional|traumatic|a shock|a nightmare|tiring|brutal|hell|challenging|a challenge)(?!\\s+(reset|drive|copy|disk|line|wired|coded|to say|to tell|to know|to guess|to predict)(?![a-z]))`,
  { re: `(it's|it is|its|that's|that is|this is|life is|it's definitely|it is definitely|things are|it was|that was|it's certainly) (never|not|not always|rarely|definitely not|certainly not|by no means|no) (easy|fun)`, negatable: false },
  { re: `(it|that|this|life|things) (isn't|is not|wasn't|was not|aren't|are not|ain't) (always )?(easy|fun)`, negatable: false },
  `(i know|i understand|i get that|i realise|i realize|i know that|i understand that) (it's|it is|this is|that's|things are|it can be|it must be|it has been|it's been|this has been|things have been|life is|life can be) (?:so |really |very |incredibly |pretty |extremely )?(${HARD})`,
  `(it's|it is|its) (okay|ok|alright|fine|normal|allowed) to have (a bad|a shitty|a rough|a hard|a tough|bad|off|a down|an off|down)`,
  `(so much|a lot|too much|plenty|loads|such a lot|a great deal|lots) (to deal with|on your plate|to handle|to carry|to cope with|to process|to take in|to go through|to juggle|on your mind|on your shoulders|to bear)`,
  ...optional(`(you've|you have|you|you're|you are)`, `been|gone|going|went|been going`, `(through|dealing with|been dealing with|had to deal with|had to go through|been through|had) (so much|a lot|hell|a tough|a hard|a difficult|a rough|a terrible|an awful|a horrible|such a|more than|too much|a really|a very|a lot of|so many|some really|some very|some tough|some hard|some difficult)`),
  ...optional(`(a|such a|quite a|that's a|that is a|what a)`, `really|very|truly|pretty`, `(huge|big|major|massive|hard|tough|difficult) (life change|life event|adjustment|loss|blow|transition|upheaval|thing to go through|change to go through|step to take)`),
  // Shared experience: "i know exactly how you feel", "i've been through the same". (A bare "me too" or "same boat"
  // is more often the speaker's own story than recognition of the other's.)
  `i (know|get|understand) (exactly |just )?(how|what) (you|you're|you are) (feel|feeling|mean|going through|dealing with|talking about|must feel|must be feeling)`,
  `(i|i've|i have|i've been|i have been|i'm|i am) (feel|felt|feeling) (the exact same|exactly the same|the same as you|the same way as you|ya|u|that too|this too|like that too|the same)`,
  `i used to (feel|be|think) (like that|that way|the same|the same way|like this|this way)`,
  `(i|i've|i have) (been|had|felt|gone through|dealt with|struggled with|experienced|lived through) (the same|that same|the exact same|something similar|similar|this too|that too|the same thing|it too|that before|this before|exactly that|exactly this|the same way)`,
  `i (have|had|get|got|feel|felt|know) (that|the|this) (same|exact same) (fear|feeling|problem|thing|struggle|way|experience|worry|pain|situation)`,
  // ... or the same thing happened to the speaker: "that happened to me too", "i've had that problem myself". ("i've
  // seen that problem before" is a diagnosis, so only what befell the speaker counts.)
  `(that|it|this|the same thing|the same|something similar|something like that) (happened|has happened|happens) to me (too|as well|once|before|myself)`,
  `(i've|i have|i) had (that|this|it|the same thing|something like that) happen (to me )?(too|as well|before|myself|once)`,
  `(i've|i have|i) (had|been in|faced) (that|this|the same|a similar) (situation|problem|issue|experience) (too|myself|before|in the past|as well|once)`,
  // Normalising: the trouble is common and no failing of theirs. Asking whether it is common is not reassurance.
  { re: `these things (happen|do happen|can happen)`, notInQuestion: true },
  { re: `(an|such an|a really|a very|a completely|a totally|really an|very) (easy|honest|understandable|natural) mistake`, notInQuestion: true },
  { re: `(that's|that is|it's|it is|so) easily done`, notInQuestion: true },
  { re: `(it's|it is|that's|that is|this is) not the end of the world`, negatable: false, notInQuestion: true },
  { re: `(it|that|this) (isn't|is not|won't be|will not be) the end of the world`, negatable: false, notInQuestion: true },
  { re: `(everything|things|it all) (happens|happen) for a reason`, notInQuestion: true },
  { re: `(a|be a|been a|was a) blessing in disguise`, notInQuestion: true },
  // Validating their reaction: "you have every right to be annoyed", "i don't blame you", "you were right to call".
  { re: `(you have|you've got|you've|you had) every (right|reason) to (be|feel|ask|complain|expect|want|worry)`, notInQuestion: true },
  { re: `(i|i really|i honestly|honestly i|and i) (don't|do not|wouldn't|would not|can't|cannot|couldn't) blame you`, negatable: false },
  { re: `(you were|you're|you are) (right|quite right|absolutely right|completely right|so right|smart|wise|sensible) to (call|ring|contact|get in touch|check|ask|raise|flag|reach out|say something|speak up|tell|let us know|be)`, notInQuestion: true },
  // Affirming what they did: "you made the right call", "that took a lot of courage".
  { re: `(you|you've|you have) made (a|the) (right|good|smart|wise|sensible|great|brave) (decision|choice|call|move)`, notInQuestion: true },
  { re: `(that|it|this) (took|takes|must have taken|must take) (a lot of |real |so much )?(courage|guts|strength|bravery)`, notInQuestion: true },
  // How it weighs, in words beyond HARD: "that sounds really unsettling", "that must be so disorienting", "being singled
  // out like that must have felt awful", "sounds like hard going".
  `(that|it|this) sounds ${INT}(${WEIGHS})`,
  { re: `(must|would|will) (be|feel|have been|have felt) ${INT}(${WEIGHS}|awful|horrible|terrible|horrid)(?!\\s+(to say|to tell|to know|to guess|to predict|to find)(?![a-z]))`, notInQuestion: true },
  // The situation told back with its weight: "three days of cold showers with kids in the house is miserable", "a
  // cancelled flight right before a trip is frightening" (not the posts that "are rotten at the base"). From the agent:
  // a customer's "twice in a week is galling" is their own feeling.
  { re: `(is|are) ${INT}(?!rotten\\b)(${WEIGHS}|rotten luck)`, tag: 'agent' },
  // With its intensifier, the plainer words too: "a completion date moving at the last minute is so stressful",
  // "estimated bills are such a pain".
  { re: '(is|are) (so|really|such|incredibly) (stressful|horrible|worrying|frustrating|upsetting|awful|scary|a pain|a worry|a nightmare)', tag: 'agent' },
  // "that must have given you a real fright".
  { re: `(must have|must've|would have|would've|will have) given you (a |quite a |such a |a real |a bit of a |an awful )?(fright|shock|scare|turn|jolt)`, notInQuestion: true },
  // What anyone would feel in their place: "that would wear anyone down", "I'd be on edge as well", "nor would I".
  '(would|will|could|that\'d|that\'ll) (wear|get|grind) (anyone|anybody|most people|people|you) down',
  '(i\'d|i would|i\'d have|i would have) (be|been|feel|felt) (just |exactly )?(on edge|nervous|anxious|fuming|livid|gutted|furious|cross|fed up|worried sick|in a state|in bits|the same)',
  { re: '((i wouldn\'t|i would not) either|(nor|neither) would i)', negatable: false },
  'too close for comfort',
  '(rotten|terrible|awful|horrible|cruel|lousy|dreadful|the worst possible|the worst) timing',
  // Their time named as a weight: "three weeks is a long time", "it's a long wait on top of a long day", "that's a
  // whole morning gone".
  { re: '(is|was|that\'s|thats|it\'s|its|that is|it is) (a |such a )?(really |very |terribly |awfully )?long (time|wait|stretch)(?!\\s+(ago|since|now|before|after|as)(?![a-z]))', notInQuestion: true },
  { re: 'a whole (morning|day|afternoon|evening|weekend|day\'s pay|day\'s leave|day of leave) (gone|wasted|lost|down the drain)', notInQuestion: true },
  // Common, and no failing of theirs: "it happens to a lot of people", "lots of parents have been caught out".
  { re: '(happens|happened|has happened) to (so many|lots of|loads of|a lot of|plenty of|many|most) (people|customers|parents|of us|folk|folks)', notInQuestion: true },
  { re: '(lots of|loads of|a lot of|plenty of|so many|many) ([a-z]+ )?(get|got|have been|are|been|getting) caught out', notInQuestion: true },
  { re: '(catches|catch|caught) (loads of|lots of|a lot of|plenty of|so many|many) ([a-z]+ )?out', notInQuestion: true },
  { re: '(not|isn\'t|wasn\'t) (daft|silly|stupid) at all', negatable: false },
  // "I know that's not an easy call to make", "you don't want to be wondering about it halfway up a fell".
  { re: '(i know|i realise|i realize|i appreciate) (it\'s|that\'s|this is|it is|that is|it isn\'t|that isn\'t|this isn\'t) (not )?(an? |the most )?easy (call|thing|conversation|one|decision|step|letter)', negatable: false },
  { re: '(you|nobody|no one) (don\'t|do not|doesn\'t|wouldn\'t|would not) want to be (wondering|worrying|stuck|left|stranded|waiting|without|caught)', negatable: false },
  // Reacting to bad news: "that's terrible news", "what sad news", "such awful news".
  ...optional(`(that's|that is|that was|it's|it is|it was|what|such|how)`, `very|really|so|truly|such|some|really very`, `(bad|sad|terrible|awful|horrible|devastating|heartbreaking|tragic|upsetting|distressing|shocking|worrying|tough|hard|difficult|rotten|horrendous) news`, { notInQuestion: true }),
];

/** An apology for something trivial is not empathy: "sorry, could you repeat that", "sorry to interrupt". */
export const TRIVIAL_APOLOGY: CueEntry[] = [
  { re: 'sorry (to|for) (interrupt|interrupting|bother|bothering|keep you waiting|keeping you|the wait|the delay|the hold|the confusion|the noise|the trouble|asking|cutting)', negatable: false },
  { re: 'sorry (about that|my bad|my mistake|i missed|i didn\'t (catch|hear|get)|what was|could you|can you|would you|say that again|come again|go ahead|one (second|moment|sec))', negatable: false },
  { re: 'sorry (i|i\'m|im) (late|typing|muted|back)', negatable: false },
  { re: 'sorry,? (you|i|it|the line|the signal|your line|the connection) (broke up|cut out|dropped out|went quiet|froze|crackled|went)', negatable: false },
  // Apologising for one's own words: "sorry, i don't understand what you mean", "sorry i meant to say...".
  { re: 'sorry (i|i\'m|im|i am) (don\'t|do not|didn\'t|did not|dont|didnt) (understand|know|follow|get|see)', negatable: false },
  { re: 'sorry (i|i\'m|im|i am|if i|for my|for the) (meant|mean|mistyped|typo|typos|misunderstood|misread|confused|late reply|slow reply)', negatable: false },
  { re: 'sorry (not|i mean|i meant|typo|wrong)', negatable: false },
  // The speaker's own slip: "sorry, yes, he'll drop it round", "ah sorry i got that wrong", "oh sorry of course".
  { re: 'sorry (yes|yeah|of course|i got that wrong|i skipped|i missed|i forgot|i misheard|i misread)', negatable: false },
  // Asking to hear it again, without a question mark: "sorry say the last bit again", "sorry missed the end of that",
  // "sorry i didn't quite catch the end", "sorry did you say the five hundred".
  { re: 'sorry (say|repeat) (that|the|it|again|your)', negatable: false },
  { re: 'sorry (i )?(missed|didn\'t quite (catch|hear|get)|did not quite (catch|hear|get)) (the|that|what|your|it)', negatable: false },
  { re: 'sorry (did|was it|is it) (you say|that)', negatable: false },
  { re: "sorry,? (i )?(didn't|did not|didnt) (quite )?(catch|hear|get)", negatable: false },
  // The line or the wait, not the customer's trouble: "sorry, line's bad", "sorry, the queue's long at the moment".
  { re: "sorry,? (the )?(line's|line is|lines|line was|signal's|signal is) (bad|terrible|awful|poor|breaking|dreadful)", negatable: false },
  { re: "sorry,? (the|our) (queue|queues|phones|wait|waiting time|waiting times|hold time|hold times)('s)?", negatable: false },
];

/**
 * A customer's apology for their own doing ("sorry, I've wasted your time", "sorry if I sounded short with you", "that
 * was my mistake"): it owns a slip, it recognises nothing the agent is going through.
 */
export const OWN_SLIP: CueEntry[] = [
  { re: '(wasted|wasting|taken up|taking up) (your|so much of your|all your) time', negatable: false },
  { re: "(my|totally my|all my|entirely my|completely my) (mistake|fault|bad|error)", negatable: false },
  { re: "(that's|that is|that was|thats) on me", negatable: false },
  { re: "(i sounded|i was|i came across|i got|i've been|i have been) (a bit |so |very |quite |really )?(short|snippy|sharp|rude|grumpy|cross|ratty|snappy|abrupt|off|shirty)", negatable: false },
  { re: 'i (gave|told|sent|read) you the wrong', negatable: false },
  { re: 'i must have (read|got|put|typed|misread|written|missed|deleted)', negatable: false },
];

/** Apologies that close the matter instead of recognising it: "sorry but that's policy". */
export const BRUSH_OFF: CueEntry[] = [
  { re: 'sorry (but|though)', negatable: false },
  // "Sorry to hear that, but vans need a permit", "we're sorry for any inconvenience but it's the courier's
  // responsibility", "sorry, that's how it's set up".
  { re: 'sorry (to hear|about) (that|this|it) (but|though)', negatable: false },
  // "sorry for any inconvenience (caused)", "I'm sorry for any disappointment, but...": an apology for whatever it was.
  { re: '(sorry|apologies|apologise) for (any|the) ([a-z]+ )?(inconvenience|disappointment|upset|frustration|confusion)( caused)? (but|though)', negatable: false },
  { re: '(sorry|apologies|apologise) for any ([a-z]+ )?(inconvenience|disappointment|upset|frustration|confusion)', negatable: false },
  // "sorry, that's just how the diary is", "sorry its just what the system shows", "sorry, that's the schedule".
  { re: 'sorry,? (that\'s|thats|it\'s|its) (just )?(how (it|the|we|they)|what the (system|computer|diary|schedule) (shows|says)|the (schedule|system|rules|process|procedure|diary))', negatable: false },
  { re: '(that\'s|that is) (just )?(how|the way) (it\'s|it is|it\'s been|we\'re|we are) (set up|done|works)', negatable: false },
  // "i understand but we can't authorise it": understanding said only to turn the point down.
  { re: '(i|i do|i totally|i completely|i fully) (understand|get that|get it|hear you|appreciate that)( that)?,? (but|however)', negatable: false },
  { re: 'sorry (there\'s|there is|we can\'t|i can\'t|we cannot|i cannot|can\'t|cannot|that\'s (just )?(the|our|company) (policy|rules)|nothing)', negatable: false },
  { re: 'sorry (you|that you) feel (that way|like that)', negatable: false },
  { re: '(that\'s|that is) (just )?(the|our|company) (policy|rules)', negatable: false },
  // An apology followed by a refusal in the same sentence: "sorry, prices are set by the system, i can't change them".
  { re: '(i|we) (can\'t|cannot|won\'t|am not able to|are not able to|aren\'t able to) (change|override|do anything|help you|make an exception|refund|waive)', negatable: false },
  { re: 'set by the (system|computer|head office)', negatable: false },
  // "these things happen, there's nothing i can do": reassurance that closes the matter.
  { re: '(there\'s|there is) (nothing|not much|not a lot|little) (i|we) can do', negatable: false },
  { re: '(not|isn\'t) (my|our) (department|problem|responsibility|fault)', negatable: false },
  { re: 'sorry (that\'s|that is|it\'s|it is) (not possible|impossible)', negatable: false },
  { re: 'out of (my|our) hands', negatable: false },
  { re: 'sorry (you|that you) (do not|don\'t|didn\'t|did not|dont|didnt) (want|like|agree)', negatable: false },
  { re: '(i am|i\'m|we are|we\'re) (not able|unable) to (call|help|give|do|change|offer|refund|meet|talk|advise|see|provide|go|say)', negatable: false },
];

/**
 * Courtesies that share words with well-wishing: "i hope you have a lovely day" and "wishing you a happy new year"
 * close a call, they do not recognise a feeling. They cancel only the empathy cue they overlap.
 */
export const PLEASANTRY: CueEntry[] = [
  '(hope|hoping) (you|you\'ll|you will|you all|you both) (have|enjoy) (a|the|your) (nice|good|great|lovely|wonderful|pleasant|fantastic|safe|happy|merry|relaxing|brilliant|restful|peaceful|rest of)',
  '(wish|wishing) you (a|an) (nice|good|great|lovely|wonderful|pleasant|fantastic|safe|happy|merry|relaxing|brilliant|restful|peaceful)',
];

/** Sarcasm markers in the same sentence cancel an apparent apology. */
export const SARCASM: CueEntry[] = [
  { re: '(two|three|five|ten|a few) whole (minutes|seconds)', negatable: false },
  { re: 'whole (minute|minutes|second|seconds)', negatable: false },
  // "oh i'm so sorry" is far more often sincere than not ("oh i'm so sorry to hear about your dad"): only the words around
  // it ("two whole minutes") mark the sarcasm. Drawn-out "sooo sorry" and mock tragedy are sarcasm in a service call.
  { re: '(soo|sooo|soooo|sooooo|soooooo|sooooooo) sorry', negatable: false },
  { re: '(what a|such a|a real|a total) (tragedy|catastrophe)', negatable: false },
  // Two cues, so the cue index can rule them out by their second word ("(oh )?(the horror|...)" was tried at every "the").
  // ("you poor thing" is sincere far more often than not in a service call: it is empathy, below.)
  { re: 'oh (the horror|how tragic|how terrible for you)', negatable: false },
  { re: '(the horror|how tragic|how terrible for you)', negatable: false },
  { re: '(boo hoo|cry me a river|poor baby|heaven forbid|my heart bleeds|big deal|must be nice|well excuse me|excuse me for)', negatable: false },
  { re: 'so sorry (your|that your) (majesty|highness)', negatable: false },
];
