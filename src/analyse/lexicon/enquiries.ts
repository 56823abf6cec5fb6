// Cue phrases of customer requests and of the answers that address an enquiry.
import type { CueEntry } from '../cues.js';

/** A customer asking for something without a question form: "i need to change my address". */
export const REQUEST: CueEntry[] = [
  '(i|we) (need|want|would like|\'d like|wanna|have) to (change|cancel|update|check|know|find out|get|return|report|dispute|close|open|add|remove|move|transfer|pay|book|reschedule|speak|talk|make|order|upgrade|downgrade|reset|fix|file|claim|confirm|renew|stop|switch|sort)',
  '(i|we) (need|want|would like|\'d like) (a|an|my|the|our|some|help|you to|someone to|to be|it)',
  '(i\'m|i am|we\'re) (calling|ringing|phoning|contacting you|writing) (to|about|because|regarding|for|in regards to)',
  'please (change|cancel|update|check|send|fix|refund|help|call|email|remove|add|confirm|reset|look|stop|transfer|tell)',
  '(i\'d|i would) (appreciate|like) (it )?if you',
  '(i|we) (was|were) hoping (you|to|for)',
  '(can|could|would|will) (you|someone|somebody) (please )?(change|cancel|update|check|send|fix|refund|help|call|email|remove|add|confirm|reset|look|stop|transfer|credit|waive|give|get|make|sort|process|put|book|switch|move|explain|tell|escalate|replace|repair|ship|expedite|reverse)',
  '(can|could|may) i (get|have|change|cancel|update|speak|talk|return|pay|add|remove|order|book|switch)',
];

/** Answer shapes that an agent turn must show to address a kind of enquiry. */
export const TIME_ANSWER: CueEntry[] = [
  '(today|tonight|tomorrow|yesterday|now|soon|shortly|later|morning|afternoon|evening|week|weekend|month|year|hour|hours|day|days|minute|minutes|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|o\'clock|noon|midnight|am|pm)',
  '\\d{1,2}(:\\d\\d)?',
  '(by|within|in|on|until|before|after) (the )?(\\d+|next|this|end|a few|a couple)',
];
export const AMOUNT_ANSWER: CueEntry[] = [
  '\\$ ?\\d',
  '\\d[\\d,.]*',
  '(dollars|bucks|euros|pounds|cents|free|charge|fee|cost|costs|price|priced|per month|a month|a year|discount|credit)',
  '(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand)',
];
export const ACTION_ANSWER: CueEntry[] = [
  '(i\'ll|i will|i\'m going to|i am going to|let me|i\'ve|i have|i just|i can|we can|we\'ll|we will|i\'m gonna|i\'d be happy to|i\'d be glad to|i could|i did|we\'ve|i went ahead)',
  '(done|all done|that\'s done|it\'s done|that\'s been|it\'s been|has been|have been|is now|are now|taken care of|sorted|processed|updated|cancelled|canceled|changed|refunded|credited|sent|booked|scheduled)',
  '(sure|certainly|absolutely|of course|no problem|definitely)',
];
export const REFERRAL_ANSWER: CueEntry[] = [
  '(transfer|transferring|put you through|connect you|escalate|escalating|pass (this|it|you) (on|to)|refer|department|team|specialist|supervisor|manager|technician|engineer|call back|callback|reach out)',
];
export const YES_NO_ANSWER: CueEntry[] = [
  { re: '(yes|yeah|yep|yup|no|nope|sure|correct|right|exactly|absolutely|certainly|of course|unfortunately|it is|it does|it will|it can|we do|we don\'t|we can|we can\'t|i can|i can\'t|you can|you can\'t|you do|you don\'t|not yet|not at the moment|i\'m afraid)', negatable: false },
];
