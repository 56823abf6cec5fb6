// Cue phrases of courtesy: greetings and closings.
import type { CueEntry } from '../cues.js';

export const GREETING: CueEntry[] = [
  '(hi|hello|hey|hiya|howdy)',
  'good (morning|afternoon|evening|day)',
  '(thanks|thank you) for (calling|contacting|reaching out|getting in touch|holding)',
  'welcome to',
  '(how|what) (can|may|could) i (help|assist|do for) you',
  // Openings without a hello: "Brightline customer care, Lena speaking. How can I help?", "Billing, Marcus speaking."
  '(how|what) (can|may|could) i (help|assist|do for)( you)?( today)?',
  '\\w+ speaking',
  '(my name is|my name\'s|you\'re speaking (to|with)|you\'ve reached|this is \\w+ (speaking|from|at|with|how|here))',
  '(how are you|how\'re you|how are you doing|how\'s it going|how\'s your day) (today|doing)?',
  '(nice|pleased|good|great) to (meet|talk to|speak with|hear from) you',
];

export const CLOSING: CueEntry[] = [
  'have a (great|good|nice|wonderful|lovely|fantastic|pleasant|blessed|safe) (day|one|evening|night|weekend|afternoon|morning|week|rest of your day|holiday)',
  'enjoy (the )?(rest of )?your (day|evening|weekend|afternoon)',
  '(bye|goodbye|bye bye|good bye|see you|see ya|take care(?! of)|talk (to you )?(soon|later)|cheers|so long|good night|goodnight)',
  '(thanks|thank you) (again )?for (calling|contacting|your (call|time|patience|business|help)|choosing|being a)',
  '(it was|it\'s been|it has been) (a pleasure|nice|great|good) (talking|speaking|chatting|to talk|to speak|helping|working)',
  '(you\'re|you are) (very |most )?welcome',
  '(glad|happy) (i|we) could help',
  // "Thanks Jordan, enjoy the extra data": thanks by name, or wishing the customer well with what they got.
  '(thanks|thank you) \\w+,? enjoy',
  'enjoy (the|your) (new|extra) \\w+',
  // Wishing them well with what comes next: "good luck with the client call", "best of luck with the move".
  '(good luck|best of luck) (with|on|for) (the|your)',
];
