// Cue phrases of empathy: recognising the other person's feeling or situation, and the forms that only look like it.
import type { CueEntry } from '../cues.js';

export const EMPATHY: CueEntry[] = [
  // Sorry about their situation (bare apologies are filtered in empathy.ts when trivial or a brush-off).
  'sorry',
  '(sorry|sad) to (hear|read|see|learn)',
  'my (condolences|sympathies|sympathy)',
  // Understanding the feeling.
  '(i|i totally|i completely|i really|i fully|i can|i can totally|i definitely|i do) (understand|get) (how|why|that|your|what you|where you|you)',
  // "i can see your account" is a lookup; only "see why/how" recognises a feeling.
  '(i|i totally|i completely|i really|i can|i can totally|i can certainly) see (why|how) (you|you\'re|you\'d|that|this|it|it\'s|that\'s|hard|frustrating|upsetting|stressful|worrying|much)',
  '(i|i can) (hear|tell) (that|how|you\'re|you are|it\'s|this is|that\'s|this has)',
  'i (completely |totally |really |fully )?understand',
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
  '(that|this|it|which) (must|would|could|has to|can) (be|have been|feel) (so |really |very |incredibly |pretty |quite |extremely )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|overwhelming|exhausting|annoying|worrying|worrisome|confusing|inconvenient|lonely|devastating|heartbreaking|sad|a lot|a shock)',
  'must (be|have been|feel) (so |really |very |incredibly |pretty |quite |extremely )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|overwhelming|exhausting|annoying|worrying|lonely|devastating|heartbreaking|sad)',
  '(that|it|this) sounds (so |really |very |incredibly |pretty |quite |extremely |like a )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|overwhelming|exhausting|annoying|worrying|lonely|devastating|heartbreaking|sad|a lot|like a lot|like a (really |very )?(hard|difficult|tough|rough|stressful|scary) (time|situation|thing))',
  '(that|it|this) sounds like (you|you\'re|you are|you\'ve) (been|feeling|going through|having)',
  '(sounds|seems) like (you\'re|you are|you have been|you\'ve been) (feeling|going through|struggling|having a (hard|tough|rough))',
  '(that\'s|that is|what a|how) (so |really |very |incredibly |pretty )?(hard|difficult|frustrating|stressful|scary|upsetting|painful|tough|rough|awful|terrible|horrible|sad|heartbreaking|unfair|a shame|a pity)',
  '(that|it) (sucks|stinks)',
  // Naming the situation: "that's annoying", "that's not okay", "far from ideal", "a nasty surprise".
  // (The intensifier is its own element: the cue engine's second-word index misreads "(so )?(a|b)" as one element.)
  '(that\'s|that is|it\'s|it is|this is) (annoying|worrying|worrisome|upsetting|unsettling|confusing|disappointing|inconvenient|a worry|a real worry|a big worry|a shock|a nasty (shock|surprise)|a horrible (position|situation|thing)|a lot to (deal with|take in|cope with)|a pain|a hassle|a headache|the last thing you need)',
  '(that\'s|that is|it\'s|it is|this is) (so|really|very|pretty|quite|just|such|a bit) (annoying|worrying|worrisome|upsetting|unsettling|confusing|disappointing|inconvenient|a worry|a real worry|a big worry|a shock|a nasty (shock|surprise)|a horrible (position|situation|thing)|a lot to (deal with|take in|cope with)|a pain|a hassle|a headache|the last thing you need)',
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
  'no wonder (you|you\'re|you are)',
  '(i\'d|i would) (feel|be) (the same|upset|frustrated|angry|worried|annoyed|stressed|scared)',
  'anyone would (feel|be)',
  // Reassurance and support.
  '(it\'s|it is) (okay|ok|normal|natural|understandable|alright|fine) to (feel|be)',
  '(you\'re|you are) not alone',
  '(i\'m|i am|we\'re|we are) here for you',
  '(sending|big) (hugs|love)',
  'hugs',
  'i hope (you|things|it|everything|your)',
  '(you\'re|you are) (doing|handling) (great|well|the right thing|so well|your best)',
  '(don\'t|do not) (worry|be hard on yourself|blame yourself)',
  '(it\'s|it is|that\'s|that is) not your fault',
  '(you|you\'ll|you will) (get through|be okay|be ok|be alright|be fine)',
  'stay strong',
  'i can (totally |really |completely )?understand (that|it|this|why|how|your|you)',
  'i (feel|felt) (the same|similarly|the same way|like that too|that way too)',
  '(same here|me too|i\'m the same|i am the same)',
  '(i\'m|i am) (so |really |very )?(glad|happy|proud) (that|to hear|for you|you)',
  '(happy|glad) for you',
  '(i\'m|i am) sure (you|you\'ll|you will|things|it will|it\'ll)',
  '(you\'re|you are) (so |really |very )?(strong|brave|worthy|not a|not the only|a good|amazing|doing (great|well|fine|good))',
  '(if you (ever )?(need|want) (someone|somebody|anyone|to talk|a friend)|feel free to (talk|message|pm|dm|reach out|send))',
  '(we|people|i) (care|are listening|will listen)',
  '(it\'s|that\'s|it is|that is) (good|great|wonderful|brave) (that|of you|you)',
  'good for you',
  '(that\'s|it\'s|what a|such a) (a )?(great|good|smart|wise) (idea|plan|step|choice|decision|start)',
  '(ugh|wow|aw|aww|awww)',
  'tell me about it',
  'makes sense (that|to feel|you)',
  '(you|you\'ve|you have) (done|did) (nothing wrong|the right thing|your best|great|well)',
  'take care of yourself',
  'hang in there',
];

/** An apology for something trivial is not empathy: "sorry, could you repeat that", "sorry to interrupt". */
export const TRIVIAL_APOLOGY: CueEntry[] = [
  { re: 'sorry (to|for) (interrupt|interrupting|bother|bothering|keep you waiting|keeping you|the wait|the delay|the hold|the confusion|the noise|the trouble|asking|cutting)', negatable: false },
  { re: 'sorry (about that|my bad|my mistake|i missed|i didn\'t (catch|hear|get)|what was|could you|can you|would you|say that again|come again|go ahead|one (second|moment|sec))', negatable: false },
  { re: 'sorry (i|i\'m|im) (late|typing|muted|back)', negatable: false },
];

/** Apologies that close the matter instead of recognising it: "sorry but that's policy". */
export const BRUSH_OFF: CueEntry[] = [
  { re: 'sorry (but|though)', negatable: false },
  { re: 'sorry (there\'s|there is|we can\'t|i can\'t|we cannot|i cannot|that\'s (just )?(the|our|company) (policy|rules)|nothing)', negatable: false },
  { re: 'sorry (you|that you) feel (that way|like that)', negatable: false },
  { re: '(that\'s|that is) (just )?(the|our|company) (policy|rules)', negatable: false },
  // An apology followed by a refusal in the same sentence: "sorry, prices are set by the system, i can't change them".
  { re: '(i|we) (can\'t|cannot|won\'t|am not able to|are not able to|aren\'t able to) (change|override|do anything|help you|make an exception|refund|waive)', negatable: false },
  { re: 'set by the (system|computer|head office)', negatable: false },
  { re: '(not|isn\'t) (my|our) (department|problem|responsibility|fault)', negatable: false },
];

/** Sarcasm markers in the same sentence cancel an apparent apology. */
export const SARCASM: CueEntry[] = [
  { re: '(two|three|five|ten|a few) whole (minutes|seconds)', negatable: false },
  { re: 'whole (minute|minutes|second|seconds)', negatable: false },
  { re: 'oh (i\'m|i am|im) so (so )?sorry', negatable: false },
  // Drawn-out "sooo sorry" and mock tragedy are sarcasm in a service call.
  { re: '(soo|sooo|soooo|sooooo|soooooo|sooooooo) sorry', negatable: false },
  { re: '(what a|such a|a real|a total) (tragedy|catastrophe)', negatable: false },
  { re: '(oh )?(the horror|how tragic|how terrible for you|you poor thing)', negatable: false },
  { re: '(boo hoo|cry me a river|poor you|poor baby|heaven forbid|my heart bleeds|big deal|must be nice|well excuse me|excuse me for)', negatable: false },
  { re: 'so sorry (your|that your) (majesty|highness)', negatable: false },
];
