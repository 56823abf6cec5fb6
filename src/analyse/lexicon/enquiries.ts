// Cue phrases of customer requests, reported faults, and of the answers that address an enquiry.
import type { CueEntry } from '../cues.js';

/** A customer asking for something without a question form: "i need to change my address". */
export const REQUEST: CueEntry[] = [
  // "i'd" is one word to the tokenizer: "(i|we) 'd like" never matched, so "i'd like to upgrade" was no request.
  '(i|we) (need|want|would like|wanna|have) to (change|cancel|update|check|know|find out|get|return|report|dispute|close|open|add|remove|move|transfer|pay|book|reschedule|speak|talk|make|order|upgrade|downgrade|reset|fix|file|claim|confirm|renew|stop|switch|sort|swap|exchange|connect|complain|raise|query|arrange|freeze|block|unblock)',
  // Wanting a thing: a request, unless it answers the agent's question ("ten days, and we'd like a couple of day trips").
  { re: '(i|we) (need|want|would like) (a|an|my|the|our|some|help|you to|someone to|somebody to|to be|it)', tag: 'wants' },
  // Wanting something done to what went wrong: "I'd like those sent out", "I'd like one of them back", "I want them
  // stopped".
  { re: '(i\'d|we\'d|id|i|we) (like|want|need) (those|them|it|that|these|one of them|both of them|the money|my money) (sent|back|stopped|refunded|cancelled|removed|fixed|replaced|changed|moved|looked at|taken off|put right|sorted|reversed)', tag: 'wants' },
  // "can you get someone to come and empty it".
  '(can|could|would|will) you (please )?(get|send|have) (someone|somebody|an engineer|a technician|a driver|the driver|a fitter) (to|out|round|over)',
  // Wanting a visit or someone to act: "I need someone out this morning", "we need somebody round today", "I'd like
  // somebody to explain it". A request even in answer to the agent's question ("F28. I need someone out today").
  "(i|we) (really )?(need|want|would like) (someone|somebody|an engineer|a plumber|an electrician|a technician|a fitter) (back )?(out|round|over|here|sent|to come|to look|to sort|to fix|to explain|to check|to call)",
  "(i'd|we'd|id) (really )?like (someone|somebody) (back )?(out|round|over|to)",
  '(i\'d|we\'d|id) like to (change|cancel|update|check|know|find out|get|return|report|dispute|close|open|add|remove|move|transfer|pay|book|reschedule|speak|talk|make|order|upgrade|downgrade|reset|fix|file|claim|confirm|renew|stop|switch|sort|swap|exchange|connect|complain|raise|query|arrange|freeze|block|unblock)',
  { re: '(i\'d|we\'d|id) like (a|an|my|the|our|some|help|you to|someone to|to be|it)', tag: 'wants' },
  '(i\'m|i am|we\'re) (calling|ringing|phoning|contacting you|writing) (to|about|because|regarding|for|in regards to)',
  // The reason for the call said without "ringing": "hi, it's about my dad's boiler".
  '(it\'s|it is) (just )?about (my|our)',
  'please (change|cancel|update|check|send|fix|refund|help|call|email|remove|add|confirm|reset|look|stop|transfer|tell)',
  '(i\'d|i would) (appreciate|like) (it )?if you',
  '(i|we) (was|were) hoping (you|to|for)',
  // "so I'm hoping to get it replaced": the present tense asks just the same.
  '(i\'m|i am|we\'re|we are) hoping (you|to|for|that you)',
  '(can|could|would|will) (you|someone|somebody) (please )?(change|cancel|update|check|send|fix|refund|help|call|email|remove|add|confirm|reset|look|stop|transfer|credit|waive|give|get|make|sort|process|put|book|switch|move|explain|tell|escalate|replace|repair|ship|expedite|reverse|walk|come|swap|unblock|connect)',
  '(can|could|may) i (get|have|change|cancel|update|speak|talk|return|pay|add|remove|order|book|switch|swap|exchange|connect)',
  // "just put me through to a manager please": a request in the imperative, often without "please".
  '(just )?(put|get|transfer|connect|pass) me (through )?(to|with|onto) (a|an|the|your|someone|somebody)',
  '(let me|i wanna|i want to) (speak|talk) (to|with)',
  // Any action wanted, whatever its verb ("i want to drop the sports bit", "i need to take the broadband with us", "i
  // wanted to check the delivery date"), except wanting that is no request: "i have to say", "i need to go", the
  // customer's own plan ("i need to run it past my partner") or the decision itself ("i'd like to do it").
  { re: '(i|we) (need|want|wanted|needed|would like|wanna|was hoping|were hoping|just want|just need|just wanted|really need) to (?!(say|admit|be|go|leave|wait|sleep|think|stay|work|laugh|cry|get going|get back to work|pick up the kids|do it|do them|do that|sort it myself|warn you|apologise|apologize|mention|run it|look over|look at it|have a think|discuss|mull|talk it|check with|keep it)(?![a-z]))[a-z]+', tag: 'any-verb' },
  { re: '(i\'d|we\'d|id) (just )?like to (?!(say|admit|be|go|leave|wait|think|stay|mention|apologise|apologize|do it|do them|do that|keep it|have a think|run it)(?![a-z]))[a-z]+', tag: 'any-verb' },
];

/**
 * Indirect questions dressed as requests ("could you tell me why my bill went up"): they ask for information, so the
 * answer they want follows the question word, not an action.
 */
export const TELL_ME: CueEntry[] = [
  '(can|could|would|will) (you|someone|somebody) (please )?(tell|explain|let me know|show) (me |us )?(why|what|what\'s|whats|when|how|where|where\'s|which|who|whether|if)',
  '(i\'d|i would) like to (know|understand) (why|what|what\'s|whats|when|how|where|where\'s|which|who|whether|if)',
  '(i|we) (want|wanted|was wanting|need|needed|just wanted|just want|was hoping|would like) to (know|ask|find out|check|understand) (why|what|what\'s|whats|when|how|where|where\'s|which|who|whether|if)',
];

/**
 * A customer reporting a fault or a problem: the reason for calling, an implicit request for help. These cues carry their
 * own negation ("isn't working"), so negation before them is not checked.
 */
export const FAULT: CueEntry[] = [
  { re: '(isn\'t|is not|isnt|aren\'t|are not|not|won\'t|doesn\'t|does not|don\'t|didn\'t|hasn\'t|has not|can\'t|cannot|couldn\'t|stopped|keeps|kept|never) (working|work|connect|connecting|load|loading|turn on|turning on|charge|charging|arrive|arrived|come|came|show|showing|let me|go through|print|open|start|boot|respond)', negatable: false, notInQuestion: true },
  { re: '(i|we) (can\'t|cannot|can not|couldn\'t|am unable to|am not able to) (get into|get in|log in|log into|login|sign in|access|connect|get online|get on|make calls|call|hear|see|use|pay|open|find|get through)', negatable: false, notInQuestion: true },
  { re: '(i\'m|we\'re) (unable to|not able to) (get into|get in|log in|log into|login|sign in|access|connect|get online|get on|make calls|call|hear|see|use|pay|open|find|get through)', negatable: false, notInQuestion: true },
  { re: '(got|was|been|has been|keeps getting|getting|get) (declined|rejected|refused|blocked|frozen|cut off|cancelled|canceled|double charged|charged twice|overcharged|locked out)', negatable: false, notInQuestion: true },
  { re: '(is|are|was|has|have|has been|have been|just|keeps|keep) (broken|gone down|down|dead|faulty|missing|damaged|smashed|cracked|stolen|lost|blank|frozen|crashing|dropping|cutting out|buffering|leaking|stopped working|playing up|not working)', negatable: false, notInQuestion: true },
  // "it's broken", "the screen's cracked": one word to the tokenizer, so the usual owners of a fault are listed whole
  // (a pattern that starts with any word would be scanned for in every turn).
  { re: '(it\'s|its|they\'re|phone\'s|screen\'s|internet\'s|broadband\'s|wifi\'s|router\'s|line\'s|app\'s|card\'s|account\'s|tv\'s|system\'s|boiler\'s|heating\'s|laptop\'s|computer\'s|website\'s|site\'s|car\'s|machine\'s|parcel\'s|order\'s|device\'s|signal\'s|connection\'s|meter\'s|printer\'s|sofa\'s|handset\'s|box\'s) (broken|gone down|dead|faulty|missing|damaged|smashed|cracked|stolen|lost|blank|frozen|crashing|dropping|cutting out|buffering|leaking|stopped working|playing up|not working)', negatable: false, notInQuestion: true },
  { re: '(no|zero) (signal|service|internet|connection|broadband|wifi|power|dial tone|heating|hot water|sound|picture|reply|response)', negatable: false, notInQuestion: true },
  { re: '(charged|billed) (me )?(twice|double|two times|the wrong amount|too much)', negatable: false, notInQuestion: true },
  { re: '(wrong|incorrect|unexpected|unknown|strange) (charge|amount|bill|size|item|order|address|payment)', negatable: false, notInQuestion: true },
  { re: '(an |the )?error (message|code)', negatable: false, notInQuestion: true },
  { re: '(still )?(haven\'t|have not|hasn\'t|has not|didn\'t|never) (had|got|received|heard)', negatable: false, notInQuestion: true },
  { re: '(barely|hardly|only just) (works|working|work|loads|connects|reaches|gets)', negatable: false, notInQuestion: true },
  { re: '(is|are|keeps|been|getting|really|so|very|too|painfully|it\'s|its|that\'s|it\'s really|it\'s so|it\'s very) (slow|weak|patchy|intermittent|unreliable|flaky|poor|noisy|crackly)', negatable: false, notInQuestion: true },
  { re: '(stopped|keeps|kept) (working|dropping|crashing|freezing|disconnecting|cutting out|restarting|buffering)', negatable: false, notInQuestion: true },
  // A supply gone: "my water has been off since seven", "the power keeps going off".
  { re: '(has|have|has just|have just|been) (been|gone) off', negatable: false, notInQuestion: true },
  { re: "(water's|power's|heating's|gas's|electric's|electricity's|supply's|internet's|wifi's|broadband's|phone's|line's) (just )?(been|gone) off", negatable: false, notInQuestion: true },
  { re: '(keeps|kept|keep) (going|cutting|switching|turning|tripping) off', negatable: false, notInQuestion: true },
];

/** Answer shapes that an agent turn must show to address a kind of enquiry. */
export const TIME_ANSWER: CueEntry[] = [
  '(today|tonight|tomorrow|yesterday|now|soon|shortly|later|morning|afternoon|evening|week|weeks|weekend|fortnight|month|months|year|years|hour|hours|day|days|minute|minutes|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|o\'clock|noon|midnight|am|pm)',
  '\\d{1,2}(:\\d\\d)?',
  // "we close at five on saturdays", "open till half eight", "from midday".
  '(at|by|until|till|from|before|after) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|noon|midday|midnight)',
  '(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)',
  '(straight away|right away|immediately|instantly|asap|as soon as)',
  '(by|within|in|on|until|before|after) (the )?(\\d+|next|this|end|a few|a couple)',
];
/** A price or an amount of money: currency, a number with a unit of money, or words that name a charge. Bare numbers are not enough ("the twenty-eighth"). */
export const AMOUNT_ANSWER: CueEntry[] = [
  // (All of the figure: a cue ends at a word's end, so "£36" must not stop after its first digit.)
  '[$\u00a3\u20ac] ?\\d[\\d,.]*',
  '\\d[\\d,.]* ?(dollars|bucks|euros|pounds|pound|quid|cents|pence|p|usd|eur|gbp|a month|per month|a year|per year|each|%|percent)',
  // "a few pounds more", "a couple of quid".
  '(a few|a couple of|a couple|few) (dollars|bucks|euros|pounds|quid|pence)',
  '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)((-| )(one|two|three|four|five|six|seven|eight|nine|hundred|thousand|and))* (dollars|bucks|euros|pounds|pound|quid|cents|pence|a month|per month|a year|percent)',
  '(free|free of charge|no charge|no cost|no fee|no extra|nothing extra|costs|cost is|price is|priced at|fee is|charge is|per month|a month|a year|discount|credit|cheaper|more expensive|the same price|same price|won\'t be charged|will be charged|not be charged|no contract|rolling monthly)',
  // A rate said aloud: "one year fixed is four point one".
  '(zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) point (zero|nought|one|two|three|four|five|six|seven|eight|nine)',
  // A price that cannot be given yet is still an answer: "depends what they find", "i can't say exactly till then".
  '(it )?depends (on )?(what|how|whether|if|the|where|which)',
  '(can\'t|cannot|couldn\'t) (say|tell you|give you|quote) (exactly|yet|a price|an exact|a figure|until|till)',
  '(is|are|it\'s|they\'re|costs|at|for|just|only|about|around|roughly|comes to|works out at) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-| )(one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ninety-nine|forty-nine|ninety-five|ninety-nine|hundred|thousand)',
  // A round sum said roughly: "about twenty for that size" (not "about twenty minutes", "just twenty past").
  '(about|around|roughly|just|only) (\\d\\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?! (minutes|mins|hours|hrs|days|weeks|months|years|seconds|secs|past|to|o\'clock|am|pm|people|of|percent|miles|metres|meters|feet|times|calls))',
  // Hundreds said aloud are a sum, not a clock time: "that pack's four hundred and twenty".
  '(one|two|three|four|five|six|seven|eight|nine) hundred and (ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|eleven|twelve|fifteen)',
  // A range is an answer too: "usually between sixty and one eighty", "anywhere from ninety to a hundred and twenty".
  // Its first figure is past the hours of a clock, so "between nine and five tomorrow" stays a time.
  '(between|from) (a |about |around )?(\\d\\d+|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)( \\w+)? (and|to) (a |about |around )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)',
];
/** A point in time a question is about: "will you be open after six tonight", "can it be done before friday". */
export const TIME_ASKED: CueEntry[] = [
  '(before|after|by|until|till|in time for) (the )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|lunch|lunchtime|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas|next)',
  '(today|tonight|this evening|this afternoon|this morning|tomorrow morning|tomorrow afternoon)',
  // "is there really nothing sooner", "anything earlier in the week": a time in the reply answers.
  '(nothing|anything|something|any) (sooner|earlier)',
];
export const ACTION_ANSWER: CueEntry[] = [
  // ("I can see two tickets on the system" looks, it does not act; "anything else I can help with" closes the call.)
  '(i\'ll|i will|i\'m going to|i am going to|let me|i\'ve|i have|i just|(?<!(anything|something) (else )?)i can(?! see)|(?<!(anything|something) (else )?)we can(?! see)|we\'ll|we will|i\'m gonna|i\'d be happy to|i\'d be glad to|i could|i did|we\'ve|i went ahead|happy to help)',
  '(done|all done|that\'s done|it\'s done|that\'s been|it\'s been|has been|have been|is now|are now|taken care of|sorted|processed|updated|cancelled|canceled|changed|refunded|credited|sent|booked|scheduled|blocked|unblocked|reset|fixed|restored|moved|removed|replaced|added|bagged|packed|put aside|set aside|applied|arranged|ordered|posted|logged|raised|waived)',
  '(sure|certainly|absolutely|of course|no problem|definitely)',
];
export const REFERRAL_ANSWER: CueEntry[] = [
  // (Not "i'll pop you down as a transfer": the noun is a booking moved, not a caller passed on.)
  '(transfer (you|this|it|that|your)|transferring (you|this|it|that|your)|put you through|connect you|escalate|escalating|pass (this|it|you) (on|to)|refer|call back|callback|reach out)',
  // Who will take it up: "the manager will go through that with you", "the team at reception would know", "check
  // with the manager", "that's handled by the complaints team". (Not a bare "engineer": "i've got an engineer in your area
  // on wednesday" books a visit, it answers no question about the price.)
  '(the|our|my|your|a) ([a-z]+ )?(department|team|specialist|supervisor|manager|technician|engineer)s?( (at|in|on) (the )?[a-z]+)? (will|can|could|would|should|does|do|deals|deal|handles|handle|looks|look|are the ones|is the one)(?! (be with you|be there|be round|be out|arrive|come (out|round|over|to you)|turn up|visit))',
  '(ask|asking|check with|checking with|speak to|speak with|talk to|talk with|by|over to|pass it to|send it to|with) (the|our|my|a) ([a-z]+ )?(department|team|specialist|supervisor|manager|technician|engineer)s?',
  // "Sales can tell you about that": naming who can help is a referral, however bare.
  // "you can find all the rates on our website": pointing to where the answer is, also a referral.
  '(you can|you\'ll|you will|you could) (find|see|check|look) .{0,40}(on|in) (our|the) (website|site|app|portal|online account)',
  // "it's best to have a look on the website", "they're all on our website under home services", "the fees page on the
  // website would say": where the answer is, however it is put.
  '(on|in) (our|the) ([a-z]+ )?(website|site|portal|online account)',
  // "the website will give you a price in a few minutes".
  '(the|our) (website|site|app|portal) (will|can|would|should) (give|tell|show|quote|let)',
  '(check|look at|look on|look in|visit|go to|go on|go onto) (our|the) (website|site|app|portal|online account)',
  '(sales|billing|support|customer care|customer service|collections|retentions|claims|accounts|they|the shop|the store|the branch|the airline|your bank|the bank) (can|will|could|would|should be able to) (tell|help|answer|advise|explain|sort|deal|look|assist|talk)',
  // "I can't advise on doses, but a pharmacist can tell you straight away, or you can ring 111": someone outside who can.
  '(a|the|your) (pharmacist|doctor|gp|vet|dentist|nurse|solicitor|accountant|adviser|advisor|insurer|landlord|council|surgery|practice) (can|will|could|would|should) (tell|help|advise|answer|explain)',
  '(you can|you could|just) (ring|call|phone) (111|them|the [a-z]+|your [a-z]+)',
  // "your funeral director handles those, so it's best to ask them": who to ask, without a department's name.
  '(best|better) (to )?(ask|check with|speak to|talk to|contact|ring|call) (them|the|your)',
  '(handles|handle|deals with|deal with|looks after|look after|arranges|arrange|organises|organise) (those|that|this|them|these)',
  // Who must do it instead: "he'll need to do that himself, by calling us or in the app".
  '(he\'ll|she\'ll|they\'ll|you\'ll|he will|she will|they will|you will) (need|have) to (do (that|it|this) (himself|herself|themselves|yourself)|call us|ring us|contact us|do (that|it) (in|on|through) the app)',
  // Whose it is to do: "a replacement is down to the retailer". (Not "you'll have to call the courier for that", which
  // sends the customer away as often as it refers.)
  '(is|are|that\'s|thats|it\'s|its) down to (the|your) [a-z]+',
  // "that might be something the crematorium does rather than us", "the council handles those, not us".
  '(the|your) ([a-z]+ )?[a-z]+ (does|do|handles|handle|deals with|offers|offer|sorts|sort)( (that|those|it|them|this))?,? (rather than|not|instead of) us',
];
export const YES_NO_ANSWER: CueEntry[] = [
  { re: '(good news|bad news|yes|yeah|yep|yup|no|nope|sure|correct|right|exactly|absolutely|certainly|of course|unfortunately|it is|it\'s|it does|it will|it won\'t|it can|we do|we don\'t|we can|we can\'t|i can|i can\'t|you can|you can\'t|you do|you don\'t|you will|you won\'t|there is|there\'s|there are|there isn\'t|not yet|not at the moment|i\'m afraid|afraid not|not at all|not really|not usually|not normally|not always|not unless|only if|no need|sadly|depends|that\'s it|that\'s right|that\'s correct|spot on|probably|probably not|possibly|most likely|likely|unlikely|i think so|i don\'t think so|i doubt it|hopefully)', negatable: false },
  // A short answer names its subject and the question's auxiliary: "he can", "they don't", "yours is uk and ireland only".
  { re: '(it|he|she|they|that|this|yours|we|you) (is|isn\'t|does|doesn\'t|do|don\'t|can|can\'t|will|won\'t|would|wouldn\'t|should|shouldn\'t|has|hasn\'t|have|haven\'t|was|wasn\'t)', negatable: false },
];

/**
 * The agent's own story in place of an answer: "i went there myself two years ago", "my sister had the same thing",
 * "honestly it's my favourite". A first reply made of this has not taken the question up.
 */
export const SMALL_TALK: CueEntry[] = [
  { re: '(i|we) (went|did a bit|had one|had the same|used to|tried it|love that|loved it|went there|were there)', negatable: false },
  { re: 'my (husband|wife|partner|sister|brother|mum|mom|dad|nan|gran|kids|son|daughter|other half)(\'s)? (is|was|has|had|did|does|went|got|swears|loves|asks|keeps|burns|exactly)', negatable: false },
  { re: '(honestly )?(it\'s|its) my (favourite|favorite)', negatable: false },
  // "we had ours go last winter", "i was there on a trip", "my own shed roof", and commiseration: "tell me about it".
  { re: '(we|i) had (ours|mine|hers|his|the same|one) (go|done|do|fitted|out|last|when|years)', negatable: false },
  { re: '(i|we) (was|were) there (on|last|in|for|years|a)', negatable: false },
  { re: 'my own [a-z]+', negatable: false },
  { re: 'tell me about it', negatable: false },
];

/** The customer says an earlier enquiry went unanswered: "you haven't answered my question", "that's not what i asked". */
export const NOT_ANSWERED: CueEntry[] = [
  '(you|you still) (haven\'t|have not|didn\'t|did not|never|still haven\'t) (answered|answer|told me|said)',
  '(you\'ve|you have) (not|never|still not) (answered|told me|said)',
  '(that\'s|that is|that was|that wasn\'t|it wasn\'t) (not )?(what i asked|my question|what i was asking|what i meant)',
  '(i|i\'d) (did )?(already )?asked (you )?(about|if|whether|before|earlier|already)',
  // "That tells me how a refund is paid. It doesn't tell me whether I'm getting one.", "you skipped my question", "that's
  // not an answer".
  '(that|it) (doesn\'t|does not|didn\'t|did not) (tell me|answer)',
  '(you|you\'ve|you have) (skipped|dodged|ignored|missed|sidestepped) (my|the) question',
  '(that\'s|thats|that is) not (an|a proper|a real) answer',
];
