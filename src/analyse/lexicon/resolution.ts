// Cue phrases of resolution: checking the fix, the customer confirming it, or reporting the problem persists.
import type { CueEntry } from '../cues.js';

export const RESOLUTION_CHECK: CueEntry[] = [
  '(does|did|has|will|would) (that|this|it) (fix|solve|resolve|sort|help|work|answer|clear|take care of|do it)',
  'is (it|that|everything|the \\w+|your \\w+) (working|fixed|resolved|sorted|better|okay|ok|back|up|showing|coming through|loading|connected)',
  '(are|were) you (able to|seeing|getting|now able)',
  '(is|was) there anything else',
  'anything else (i|we) can',
  '(can|could) i help (you )?with anything else',
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
];

/** Cues of the problem remaining; most carry their own negation, so negation before them is not checked. */
export const PROBLEM_PERSISTS: CueEntry[] = [
  { re: 'still (doesn\'t|does not|isn\'t|is not|won\'t|will not|not|can\'t|cannot|having|getting|seeing|down|broken|the same|no|off|out|dropping|failing|showing|charging|waiting|nothing|happening|there)', negatable: false, notInQuestion: true },
  { re: '(same|that) (error|problem|issue|message|thing) (again|still|keeps|is still|happened)', negatable: false, notInQuestion: true },
  { re: '(same|the same) (error|problem|issue|message) as (before|last time)', negatable: false, notInQuestion: true },
  { re: '(didn\'t|did not|doesn\'t|does not|hasn\'t|has not|won\'t|wasn\'t) (work|help|fix|solve|change|do anything|make a difference|come through)', negatable: false, notInQuestion: true },
  { re: '(not|isn\'t|is not|nothing) (working|fixed|resolved|changed|happening|loading|connecting)', negatable: false, notInQuestion: true },
  { re: '(it|that|this) keeps (dropping|crashing|happening|failing|freezing|disconnecting|restarting|charging|saying|showing|coming)', negatable: false, notInQuestion: true },
  { re: '(happened|happening|went down|dropped|crashed|failed) again', negatable: false, notInQuestion: true },
  { re: '(down|broken|out|dead|offline|off|frozen|crashing|dropping) again', negatable: false, notInQuestion: true },
  { re: '(no|nope) (it\'s|it is|its|that\'s|still|it still|it didn\'t|it doesn\'t)', negatable: false, notInQuestion: true },
  { re: '(back to square one|same as before|nothing has changed|nothing changed)', negatable: false, notInQuestion: true },
];
