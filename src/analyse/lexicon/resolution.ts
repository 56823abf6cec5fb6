// Cue phrases of resolution: checking the fix, the customer confirming it, or reporting the problem persists.
import type { CueEntry } from '../cues.js';

export const RESOLUTION_CHECK: CueEntry[] = [
  '(does|did|has|will|would) (that|this|it) (fix|solve|resolve|sort|answer|clear|take care of|do it)',
  // "did that help?" asks about what was done; "would that work?" and "would it help if I..." put a plan to the customer.
  'did (that|this|it) (help|work)',
  // What the customer can see of the fix ("is it working now?"). Asked before the agent has done anything ("is the
  // boiler showing any lights?", "are you seeing an error?") it is diagnosis: resolution.ts reads these "state" cues as
  // checks only from the agent, once the agent has acted.
  { re: 'is (it|that|everything|the \\w+|your \\w+) (still |now )?(working|fixed|resolved|sorted|better|okay|ok|back|up|showing|coming through|loading|connected|strong|holding|stable|updating)', tag: 'state' },
  // Seeing the fix for themselves, or being set for what comes next: "can you see the live view updating?", "have you
  // got everything you need for tomorrow?".
  '(can|could) you see (\\w+ ){0,4}(now|yet|updating|again|working|coming through|showing|back|come through|there now)',
  // "can you see the transactions coming in?", "can you see the live view in the app?", "can you see the devices page?":
  // once the agent has acted, what the customer can now see of the fix.
  { re: '(can|could) you see (the|your) (\\w+ ){0,3}(coming in|come in|in the app|on your (screen|phone|app)|live view|page|as well|saved)', tag: 'state' },
  // "does that give you everything you need for saturday?", "does that all make sense?".
  '(does|did) (that|this) give you (everything|what|all) (you|that you)',
  '(does|did) (that|this|it) all make sense',
  '(have you got|you got|do you have|have you) (everything|all) (you need|you needed|sorted)',
  { re: '(are|were) you (able to|seeing|getting|now able)', tag: 'state' },
  '(is|was) there (anything|something) else',
  // "has that sorted everything out for you?", "any questions on that?", "is that everything for today?".
  '(has|have) (that|this) (sorted|answered|covered|helped)',
  'any (other )?questions (on|about) (that|this|any of that)',
  'is that (everything|all) for (today|now|you)',
  { re: 'is that everything', tag: 'state' },
  // Not negatable: "no worries, anything else I can help with" still checks.
  { re: 'anything (else|more|further) (i|we) can', negatable: false },
  // "need anything further?", "do you want anything more": asked, not the customer's "i need anything else from you".
  { re: '(need|want|needing|wanting)(?<!\\b(i|we|i don\'t|we don\'t|i do not|i won\'t) (need|want|needing|wanting)) (anything|something) (else|more|further)', negatable: false },
  { re: '(is|was) there (anything )?more (i|we) can', negatable: false },
  { re: '(is|was) there anything (more|further)', negatable: false },
  // Asking the customer to try the fix now: "can you try reconnecting now and tell me if the bookings appear".
  // (A customer's "can you tell me whether the reports were received" asks the agent: an enquiry.)
  { re: '(and )?(tell|let) me (know )?(if|whether) (it|they|that|the \\w+|you can|you see|everything|it\'s)', tag: 'state' },
  '(can|could) you (try|check|test) (\\w+ ){0,3}(now|again)',
  // The customer checking it is settled, the only check theirs (resolution.ts): "so that's all done then, is it?", "so
  // that's everything in hand, then?", "right, is that me done?".
  { re: "(?<!(while|until|till|when|once|before|after|if|because|whether|check|sure) )(that's|thats|that is|it's|its) (all |both |everything |me |it )?(all )?(done|sorted|fixed|working|booked|ordered|in hand|back open)(,? (now|then|properly)){0,2}(?=,? (is it|right|yeah)|\\s*\\?)", tag: 'settled' },
  // Asked outright ("is that me done?") only once the agent has acted: first it asks about a job ("is it done, has it
  // passed?").
  { re: 'is (that|it|everything) (all |me |both )?(done|sorted|fixed|finished|booked)', tag: 'settled-asked' },
  // Bare "anything else?" / "anything else today": resolution.ts keeps it only as a short question of its own.
  { re: 'anything (else|more|further)( (today|for you|at all|for today|you need|you needed|on your mind))?', tag: 'bare', negatable: false },
  '(does|did|has|will|would) (that|this|it) (cover|sort|answer) (everything|it|that|all|your)',
  '(is|was) (that|this|everything) (okay|ok|alright|all right|fine|clear|all clear|all sorted) (for you|now|then|with you)?',
  'are you (happy|okay|ok|all set|all sorted|sorted) (with|now|then)',
  '(can|could|may) (i|we) (do|help) (you )?(with )?(anything|something) (else|more|further)',
  // "has that covered everything", "have i covered everything you needed".
  '(has|have|did) (that|this|i|we) (covered|cover) (everything|it all|all)',
  'have (i|we) (answered|resolved|solved|fixed|addressed|taken care of)',
  '(did|have) (i|we) (answer|resolve|solve|fix|address)',
  'how (is|does) (it|that) (look|looking|work|working) now',
  '(can|could) you (try|check|test) (it|that|again|now)',
];

export const RESOLUTION_CONFIRMED: CueEntry[] = [
  { re: '(it\'s|it is|that\'s|that is|everything\'s|everything is|its|thats) (working|fixed|resolved|sorted|solved|back|up and running|fine now|good now|all good)', notInQuestion: true },
  { re: '(it|that|this) (works|worked|fixed it|did it|did the trick|solved it|solves it|solved the|sorted it|fixes it|helped|helps|helped a lot)', notInQuestion: true },
  { re: '(problem|issue) (solved|fixed|resolved|sorted)', notInQuestion: true },
  { re: '(all|we\'re|i\'m) (set|sorted|good to go)', notInQuestion: true },
  { re: '(that\'s|that is) (all|everything) i (needed|need|wanted)', notInQuestion: true },
  { re: '(works|working) (now|fine|great|perfectly|again)', notInQuestion: true },
  { re: 'i can (see|access|log in|login|get in|hear you|connect) (it |now|again)', notInQuestion: true },
  { re: '(yes|yeah|yep) (it is|it does|it did|that did|that does|that works|that helped)', notInQuestion: true },
  { re: 'that (answers|answered) my question', notInQuestion: true },
  // Thanks for the thing done: "Great, thanks for cancelling it".
  { re: '(thanks|thank you) (so much |very much )?for (cancelling|canceling|sorting|fixing|doing|changing|updating|processing|booking|arranging|resolving|taking care of|refunding|moving|blocking|unblocking|resetting|helping|your help|all your help|the help|that|explaining|clearing)', notInQuestion: true },
  { re: '(that\'s|that is|that was|thats|that\'s really|that\'s very|that\'s so|very|really) (helpful|perfect|brilliant|great|fantastic|excellent|wonderful|lovely|a relief|a big help|a great help|spot on|sorted)', notInQuestion: true },
  { re: '(that|it) (sorts|sorted) it', notInQuestion: true },
];

/** Cues of the problem remaining; most carry their own negation, so negation before them is not checked. */
export const PROBLEM_PERSISTS: CueEntry[] = [
  { re: 'still (doesn\'t|does not|isn\'t|is not|won\'t|will not|not|can\'t|cannot|having|getting|seeing|down|broken|the same|no|off|out|dropping|failing|showing|charging|waiting|nothing|happening|there)', negatable: false, notInQuestion: true },
  // Stated, not asked: "it's still slow right now", "it's still not fixed, is it" (a tag does not make it a question).
  { re: '(it\'s|it is|its|that\'s|that is|they\'re|the \\w+ is|the \\w+\'s) still (not|slow|down|broken|dropping|the same|off|out|dead|failing|doing it|happening|cutting out|buffering|wrong|missing|showing|there|no good|weak|patchy|not fixed|not working|isn\'t)', negatable: false },
  { re: 'still (slow|weak|patchy|buffering|cutting out|freezing|crashing|wrong|missing|rubbish|terrible|awful|useless|no signal|no service|no internet)', negatable: false, notInQuestion: true },
  { re: '(same|that) (error|problem|issue|message|thing) (again|still|keeps|is still|happened)', negatable: false, notInQuestion: true },
  { re: '(same|the same) (error|problem|issue|message) as (before|last time)', negatable: false, notInQuestion: true },
  { re: '(didn\'t|did not|doesn\'t|does not|hasn\'t|has not|won\'t|wasn\'t) (work|help|fix|solve|change|do anything|make a difference|come through)', negatable: false, notInQuestion: true },
  { re: '(not|isn\'t|is not|nothing) (working|fixed|resolved|changed|happening|loading|connecting)', negatable: false, notInQuestion: true },
  { re: '(it|that|this) keeps (dropping|crashing|happening|failing|freezing|disconnecting|restarting|charging|saying|showing|coming)', negatable: false, notInQuestion: true },
  { re: '(happened|happening|went down|dropped|crashed|failed) again', negatable: false, notInQuestion: true },
  { re: '(down|broken|out|dead|offline|off|frozen|crashing|dropping) again', negatable: false, notInQuestion: true },
  // "no it's still down", not "No, that's great" (the answer to "anything else?").
  { re: '(no|nope) (it\'s|it is|its|that\'s|that is|thats) (still|not|the same|worse|no better|dead|broken|down)', negatable: false, notInQuestion: true },
  { re: '(no|nope) (still|it still|it didn\'t|it doesn\'t|it hasn\'t|it won\'t|it isn\'t|nothing)', negatable: false, notInQuestion: true },
  { re: '(back to square one|same as before|nothing has changed|nothing changed)', negatable: false, notInQuestion: true },
];
