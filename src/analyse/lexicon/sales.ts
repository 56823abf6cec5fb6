// Cue phrases of selling: buying signals, offers, benefits and prices, decision asks, next steps.
import type { CueEntry } from '../cues.js';

export const BUYING_SIGNAL: CueEntry[] = [
  'how much (is|are|does|do|would|will|for|it|to|more|extra)',
  '(what\'s|what is|what are|what would be) the (price|cost|rate|fee|monthly|total|deal)',
  'what (does|would|will) (it|that|this|the \\w+) cost',
  '(do|does) (you|your company|you guys) (have|sell|offer|carry|do) (a|an|any|other|the)',
  '(i\'d|i would|i want to|i\'m looking to|i wanna|we\'d like to|we want to|i\'d love to) (like to )?(upgrade|buy|order|add|get|switch|purchase|sign up|subscribe|try|renew|book|take)',
  'is there (a|an|any) (cheaper|better|faster|bigger|premium|family|cheaper|deal|discount|offer|promotion|plan|option|package)',
  'are there (any )?(cheaper|better|other|deals|discounts|offers|promotions|plans|options|packages)',
  '(interested in|thinking about|thinking of|considering) (getting|buying|upgrading|switching|adding|a|an|the)',
  '(any|do you have any) (deals|offers|discounts|promotions|specials)',
  'can i (get|upgrade|add|buy|order|switch to)',
  '(sign me up|i\'ll take it|let\'s do it|i\'ll go with)',
];

export const OFFER: CueEntry[] = [
  '(i|we) can (offer|give|provide|extend|waive|credit|upgrade|throw in)',
  '(i|we) could (offer|give|upgrade|switch|move|add|put|get|set) you',
  '(we|i) (have|offer|\'ve got|have got|also have) (a|an|some|the) (new |special |great |better |cheaper |premium |family |limited )?(plan|option|deal|package|promotion|promo|discount|offer|bundle|upgrade|service|product|program)',
  '(there\'s|there is) (a|an) (new |special |great |better |cheaper |premium )?(plan|option|deal|package|promotion|promo|discount|offer|bundle)',
  'would you be (interested|open)',
  '(are|were) you (interested|open) (in|to)',
  '(i\'d|i would) (recommend|suggest)',
  '(i|we) (recommend|suggest)',
  'you (might|may|could) (want to|like|consider|benefit)',
  'have you (considered|thought about)',
  'how about (trying|upgrading|adding|switching|a|an|the)',
  'what if (i|we) (offered|gave|added|upgraded)',
  'you (could|can) (upgrade|switch|add|try)',
  '(consider|considering) (donating|a donation|making a donation|giving|helping|upgrading|switching)',
  'please (donate|consider|give|contribute|help)',
  '(would|could|can|will) you (like to )?(donate|contribute|give|help|make a donation|support|join)',
  '(want|like|wish|willing|able) to (donate|contribute|give|make a donation)',
  'donate (some|part|a portion|a little|a bit|any|your)',
  '(do|would) you (want|like|wish) to (donate|contribute|give|help)',
  'how much (would|will|do|can|could) you (like to )?(donate|give|contribute|want to donate)',
];

export const BENEFIT: CueEntry[] = [
  { re: '\\$ ?\\d[\\d,]*(\\.\\d+)?', tag: 'price' },
  { re: '\\d[\\d,]*(\\.\\d+)? ?(dollars|bucks|euros|pounds|cents|usd|eur|gbp)', tag: 'price' },
  { re: '\\d+(\\.\\d+)? ?(%|percent) off', tag: 'price' },
  { re: '\\d[\\d,.]* (a|per|each) (month|year|week|line|user|seat)', tag: 'price' },
  { re: '(five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred) (dollars|bucks|euros|pounds)', tag: 'price' },
  { re: '(free of charge|at no (extra |additional )?(cost|charge)|no extra charge|for free|waive the (fee|charge))', tag: 'price' },
  '(you\'d|you would|you\'ll|you will|you\'re going to|you) (get|have|enjoy|save|receive) (twice|double|triple|more|faster|unlimited|extra|better|free|a discount|access|priority|\\d)',
  '(that|this|it|which) (saves|will save|would save|could save|gives|will give|would give|includes|comes with|means you)',
  'save (you )?(money|time|\\d|up to)',
  '(twice|double|three times) (the|as) (speed|fast|data|much|many)',
  '\\d+ times (the|as) (speed|fast|data|much|many)',
  '(faster|cheaper|better|more reliable) than',
  '(includes|included|comes with|benefit|benefits|advantage)',
  '(your|the) (donation|money|contribution|gift) (will|would|can|could|goes|helps|will help)',
];

export const DECISION_ASK: CueEntry[] = [
  '(shall|should|can|may) i (go ahead|set|add|book|place|process|sign|put|get|start|order|upgrade|switch|activate|schedule|make)',
  'would you like (to|me to) (go ahead|proceed|sign|add|set|book|order|upgrade|switch|take|try|start|get|donate|make|do|give)',
  'would you like (that|it|one|the)',
  '(do|did) you want (me to|to) (go ahead|proceed|sign|add|set|book|order|upgrade|switch|take|try|start|get|donate|make|do|give)',
  '(are you|would you be) (ready|willing|happy|okay|ok) to (go ahead|proceed|sign|donate|give|make|start|commit|contribute)',
  'would you (consider|agree|commit)',
  'how much (would|will|do|can|could) you (like to )?(donate|give|contribute|want to)',
  'how (does|would) (that|\\$?\\d+\\w*) sound',
  '(should|shall) we (go ahead|do it|proceed|set)',
  '(ready|want) to (go ahead|proceed|get started)',
  'can i (count on|put you down|sign you up)',
  '(will|would|could|can) you (donate|give|contribute|join|commit|make a donation)',
  '(is that|would that be) (something|a plan) you',
  '(let\'s|let us) (go ahead|get you|set that|do it)',
  'what do you say',
  'what do you think about (donating|giving|signing up|upgrading|going ahead)',
  '(are|were) you (still )?(interested|willing|open) (in|to)',
  'how (would|do) you feel about (donating|giving|making|upgrading|switching|adding|signing|joining|going ahead)',
  'have you (ever )?(considered|thought about) (donating|giving|making|upgrading|switching|adding|signing)',
  '(wouldn\'t|won\'t) you like to',
  'do you think (you|that you) (would|could|will|might|can) (be willing|like|want|donate|give|elect|consider|contribute|help|afford|go ahead)',
  '(how much|what amount|what percentage|how many) (of (it|that|your \\w+) )?(are you|would you|will you|do you|can you|could you) (planning|want|like|willing|going|able|prepared|hoping|thinking)',
  'would you be (willing|will|able|prepared|happy|open)',
];

export const NEXT_STEP: CueEntry[] = [
  '(i\'ll|i will|i\'m going to|i am going to|we\'ll|we will|i\'m gonna|let me) (email|e-mail|send|call|text|mail|ship|schedule|book|follow up|get back|escalate|transfer|process|submit|arrange|set up|put through|forward|raise|open|log|file|order|refund|credit|reset|issue)',
  '(i\'ve|i have|we\'ve|we have|i just) (booked|scheduled|sent|emailed|submitted|arranged|set up|ordered|placed|processed|escalated|raised|opened|logged|filed|credited|refunded|issued|reset|reserved|noted)',
  '(you\'ll|you will|you should|you\'re going to) (get|receive|see|hear|have)',
  '(a|the|our) (technician|engineer|tech|specialist|supervisor|manager|courier|driver) (will|is going to|\'ll|should|can)',
  '(it|the \\w+|your \\w+) (will|should) (arrive|be delivered|be there|ship|be shipped|be processed|be credited|be refunded|show up|appear|be back|be restored|be fixed)',
  '(expect|arrive|arrives|delivered|scheduled|booked) (it )?(by|on|within|in|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'reference number',
  '(ticket|case) (number|is open|has been)',
];

/** Time expressions that make a next step concrete. */
export const WHEN: CueEntry[] = [
  '(today|tonight|tomorrow|this (morning|afternoon|evening|week|weekend|month)|next (week|month|business day|monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  '(on |by |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(within|in|under) (the next )?(\\d+|a|an|one|two|three|four|five|six|seven|ten|twenty four|twenty-four|forty eight|forty-eight|48|24|a few|few|couple of) (minutes?|hours?|days?|business days?|working days?|weeks?|months?)',
  '(by|before|at) (the )?(end of (the )?(day|week|month)|noon|midnight|\\d{1,2}(:\\d\\d)? ?(am|pm|a\\.m\\.|p\\.m\\.|o\'clock))',
  '\\d{1,2}(:\\d\\d)? ?(am|pm|a\\.m\\.|p\\.m\\.)',
  '(right away|immediately|shortly|straight away|asap|as soon as possible|later today)',
];
