// Cue phrases of ownership (first-person commitments) and deflection (passing the problem away).
import type { CueEntry } from '../cues.js';

export const OWNERSHIP: CueEntry[] = [
  '(i\'ll|i will|i\'m going to|i am going to|i\'m gonna|i\'m just going to|i\'ll just|i\'ll go ahead and) (personally |definitely |make sure |be sure |also |now |just |quickly |go ahead and )?(take care|look into|make sure|handle|sort|fix|check|get|see|find out|follow|take|do|look|resolve|help|keep|call|ring|phone|email|text|send|update|escalate|process|put|set|have|arrange|contact|chase|investigate|ensure|monitor|book|schedule|reset|refund|credit|waive|add|change|cancel|open|order|make|remove|push|run|test|block|unblock|replace|repair|raise|log|note|pass|transfer|reissue|move|switch|apply|activate|reactivate|restore|release|lift|clear|post|ship|courier|reserve|hold|stay|speak to|talk to|organise|organize|correct|amend|adjust|reverse|refund|issue|submit|file|flag|request|reconnect|restart|reboot|refresh|swap|upgrade|downgrade|confirm|verify|pull up|go ahead)',
  'let me (just |quickly |now |go ahead and )?(check|look|see|fix|help|take|get|find|pull|sort|try|verify|confirm|review|reset|escalate|update|set|make|put|walk|investigate|double|bring|grab|call|send|transfer|process|note|add|change|open|run|remove|push|test|block|unblock|replace|raise|log|cancel|book|arrange|reissue|move|switch|apply|activate|restore|release|lift|clear|reserve|hold|refund|credit|waive|order|organise|correct|amend|adjust|reverse|issue|submit|flag|reconnect|restart|reboot|refresh|swap|upgrade|downgrade|speak|talk|have a look|go)',
  'leave (it|this|that) with me',
  '(i|i\'ll|i will) take (full )?(ownership|responsibility)',
  '(i\'ve|i have) (got|taken) (this|it|you) (covered|sorted|from here)',
  '(i|we) can (definitely |certainly )?(take care of|fix|sort|handle|resolve|get that|help you with (that|this|it))',
  '(i\'m|i am) (on it|happy to help|going to help|here to help|glad to help)',
  '(my|our) (priority|responsibility)',
  '(i|i\'ll) (promise|guarantee)',
];

export const DEFLECTION: CueEntry[] = [
  '(that\'s|that is|it\'s|it is|this is) not (my|our) (department|problem|fault|responsibility|job|area|issue|team)',
  // "I only handle home moves": the question is outside what the speaker will deal with.
  '(i|we) (only|just) (handle|deal with|look after|cover|do) (home|the|your|billing|moves|sales|technical|tech|accounts|payments|returns|orders|bookings|repairs)',
  '(that\'s|it\'s) (a|an) (different|other) (department|team)\'?s? (problem|issue|thing)',
  { re: 'nothing (more )?(i|we) can (do|help)', negatable: false },
  { re: '(there\'s|there is) (nothing|not much|not a lot|little) (more |else )?(i|we) can', negatable: false },
  { re: '(i|we) (can\'t|cannot|can not|am not able to|are not able to) (help|do anything|do much|assist)( you)?( with (that|this))?', negatable: false },
  { re: '(i\'m|we\'re) (not able|unable) to (help|do anything|do much|assist)( you)?( with (that|this))?', negatable: false },
  '(you\'ll|you will|you) (have|need) to (call|contact|go|speak|talk|reach|ring|email|write|visit|take it up|deal with)',
  '(you\'ll|you will) have to call back',
  'call (us )?back (later|tomorrow|another time|next week|some other time)',
  '(try|try calling) (again )?(later|tomorrow|another time)',
  '(it\'s|it is|that\'s|that is) not (our|my) fault',
  '(that\'s|that is|it\'s|it is) (out of|beyond) (my|our) (hands|control)',
  '(not|nothing) (up to|to do with) (me|us)',
  '(that\'s|it\'s) (your|the manufacturer\'s|the bank\'s|their) (problem|fault|responsibility|issue)',
  '(you should have|you shouldn\'t have)',
  '(take it up|talk|speak) (with|to) (the )?(manufacturer|bank|store|retailer|other department|your provider|them)',
  { re: '(that\'s|that is|it\'s) (just )?(the|our|company) (policy|rules|procedure)', negatable: false },
  '(i|we) (don\'t|do not) (handle|deal with|do) (that|those|this)',
  '(i\'m|i am) (just|only) (the|a) (agent|rep|representative)',
  // Sent to the website instead of being told: "our rates are all on the website", "you'd be best looking on the website".
  // (Not "the form is on the website, so you can fill it in": a pointer to the form, with what to do.)
  '((it\'s|its|they\'re|theyre|that\'s|thats) (all )?|(are|is) all )on (the|our) website',
  '(check|look|looking|have a look|find it) (on|at) (the|our) website',
  '(you\'d|you would) have to check the website',
];
