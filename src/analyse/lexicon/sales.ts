// Cue phrases of selling: buying signals, offers, benefits and prices, decision asks, next steps.
import type { CueEntry } from '../cues.js';

// People whose better thing a customer mentions as a reason to want it (each word is the cue's first token).
const CLOSE_ONES = ['neighbour', 'neighbor', 'sister', 'brother', 'friend', 'mate', 'colleague', 'cousin', 'son', 'daughter', 'wife', 'husband', 'partner'];

/**
 * Buying interest; cues tagged "options" ask what there is ("is there anything with a window?", "what have you got?"),
 * so the agent's answer naming one with its price still puts it on the table as an offer.
 */
export const BUYING_SIGNAL: CueEntry[] = [
  'how much (is|are|does|do|would|will|for|it|to|more|extra)',
  '(what\'s|what is|what are|what would be) the (price|cost|rate|fee|monthly|total|deal)',
  'what (does|would|will) (it|that|this|the \\w+) cost',
  // "whats that cost", "what would that come to".
  '(what\'s|whats) (it|that|this) cost',
  '(do|does) (you|your company|you guys|you lot|you all) have (a|an|any|other|the|anything|something|fibre|broadband|insurance|cover|it|them|that|this|one)',
  // "do you lot do boiler cover", "do you sell the malaria tablets": whatever the product is called.
  '(do|does) (you|your company|you guys|you lot|you all) (also )?(sell|offer|carry|do|stock|provide) [a-z]+',
  '(whether|if) (you|you guys|you lot) (sell|offer|carry|do|stock|provide|have) [a-z]+',
  // Shopping for a product: "I'm looking at the seven kilo machine on your site", "we'd get him one of your checks".
  '(i\'m|im|i am|we\'re|we are) (looking at|interested in) (the|your|a|an|one of)',
  // Or said as where the call began: "i was looking at your spanish evening classes", "i wanted to see about upgrading",
  // "ringing to find out about your classes" (not "i was looking at my app").
  '(i was|i\'ve been|ive been|we were|we\'ve been) looking at (your|the new|one of your)',
  '(see|ask|asking) about (upgrading|getting (a|an|one|the)|joining|signing up|switching to|adding)',
  // "do you still do those wine boxes", "have you got any waterproofs in the sale", "how would i go about getting a book
  // of those", "is there anything left near us for the same show".
  '(do|did) you (still )?do (those|these) [\\w-]+',
  // "my granddaughter tells me i'm due an upgrade", "a chap at the golf club said you do an account with travel
  // insurance", "is there anything with a window?", "can you add a booster seat?", "is it worth having?".
  '(i\'m|im|i am|am i) due (an|my|for an?) upgrade',
  { re: 'is there anything with (a|an|more|the)', tag: 'options' },
  '(said|says|reckons|tells me) you do',
  { re: 'can you (also )?add (a|an|the|some|another)', tag: 'customer' },
  '(is|would) (it|that|this|they) (be )?worth (getting|adding|upgrading|going|switching|having)',
  // Whether something more costs more ("could she have her nails done while she's in, or is that extra?"), whether it
  // would save them money, and a business growing into a bigger plan ("we're taking on four more apprentices in
  // january").
  // (Not a remedy's cost, "will he be able to fix the lawn or is that extra", nor what they have already, "can i use the
  // pool on my membership, or is that extra", nor "is that extra bedroom...".)
  "(?<!(fix|fixed|repair|repaired|reseed|mend|mended|replace|replaced|sort|sorted|on my|on our|part of the|part of my)\\b.{0,30})(is|would) (that|it|this|those|they) (be )?extra(?=$|[?.,!]| or\\b| on top| then\\b)",
  'would (i|we) save (anything|money|much|on)',
  // (Growing asks what there is for a bigger team: the agent's priced answer is an offer.)
  { re: "(we're|were|we are) taking on (\\w+ )?(more |new |extra )?(staff|people|starters|apprentices|employees|drivers|users)", tag: 'options' },
  'have you got any ([\\w-]+ )?(in the sale|on offer)',
  'how (would|do|can|could) (i|we) go about (getting|buying|adding|booking|joining|signing up|upgrading)',
  'is there anything (left|free) (near|for|on|in)',
  '(find out|ask|asking|enquire|enquiring) about your (classes|courses|lessons|plans|packages|memberships|deals|offers|range|tariffs|bundles)',
  'see what (i|we) (could|can|would) get',
  '(get|buy|order|book) (him|her|them|me|us|myself) one of your',
  'how (does|would|do) (that|it|this|they) compare',
  // Asking for a place to book: "if you've got any space over christmas", "have you got any appointments on Saturday".
  '(you\'ve|you have|have you|you|you\'d) (got )?any (space|room|rooms|availability|slots?|spaces|places|tables|appointments|seats|tickets|pitches|berths) (over|on|for|this|next|left|free|available|in|at|that)',
  '(what|how much) (it\'ll|it will|it would|would it|will it) cost',
  'is there (some|any) (kind|sort) of (cover|plan|insurance|deal|package|protection|option|way (we|i) can (both )?(be|get|have|share))',
  '(what|see what) (you\'ve|you have|you) got',
  'how (do|can|would) (i|we) (pay for|get|order|book|sign up for|buy) (that|it|one|this|them)',
  '(sounds|looks) like (exactly |just )?what (i|we) (need|needed|want|wanted)',
  'if (we|i) (switched|switch|upgraded|upgrade|moved|move|changed) (to|up|over|mid)',
  '(is|would) (that|it) (be |work out )?cheaper (than|for (us|me)|if)',
  { re: 'what (else )?(do|would|can) you (offer|have|sell|recommend|suggest)', tag: 'options' },
  '(what\'s|what is) the difference in (price|cost)',
  // "is the matching pattern book still in stock", "could you do me a price on forty boxes".
  '(is|are) (it|that|they|the( [\\w-]+){1,3}) (still )?in stock',
  '(do|give|get) (me|us) a (price|quote|deal|good price|better price) (on|for)',
  '(does|would|will) (that|it|this) (make|work out) (it )?(any )?cheaper',
  '(send|email) me (a|the) (comparison|quote|price list|brochure|details|figures|numbers|breakdown|prices)',
  '(makes|make) more sense to (go|move|switch|upgrade)',
  '(we|i) could upgrade to',
  'upgrade (my|our|the|to) (\\w+ )?(phone|plan|package|room|seat|handset|broadband|tariff|account|cover)',
  // (Not what someone promised or money coming back, "I was told I'd get a refund", "so I'd get six hundred back"; nor
  // taking something off or away, "I want to take the sports pack off", "take my gas with me".)
  '(?<!(told|said|promised|thought|expected) )(i\'d|id|i would|i want to|i\'m looking to|i wanna|we\'d like to|we want to|i\'d love to) (like to )?(upgrade|buy|order|add|get(?! (a |my |the |some )?(refund|credit|money|back|results)|( [\\w-]+){1,5} back(?![a-z]))|switch|purchase|sign up|subscribe|try|renew|book|take(?!( [\\w-]+){0,4} (off|down|away|with (me|us|him|her|them))(?![a-z]))|hire|rent|lease|join|enrol|enroll)',
  'is there (a|an|any|anything|something) (cheaper|better|faster|bigger|premium|family|deal|discount|offer|promotion|plan|option|package)',
  'is there (a|an) (\\w+ )?(version|model|plan|option|package|room|deal|tariff|bundle|level|tier|policy) ((of )?cover )?(with|that|which)',
  // Weighing it up in other words: "is there a tariff that's cheaper for charging overnight", "are there any seats left
  // near the front", "could i put my name down for the january one", "whether a battery would make more sense", "how long
  // would it take to pay for itself", "is there an exit fee if it doesn't work out".
  '(is|there\'s) (there )?(a|an|any) [\\w-]+ (that\'s|that is|which is) (cheaper|better|faster|bigger|more)',
  // "what would they set me back", "what do you charge", "is there not like a cheaper one", "I don't know if you do that
  // sort of thing", "what's the difference from what I've paid".
  'what (would|will|does|do) (it|that|they|those|one|a new one) set (me|us) back',
  '(what|how much) (do|does|would|will) (you|you guys|you lot|it|they|that) charge',
  '(what|how much) (are|is) (you|you guys|you lot|they) charging (for|on)',
  '(is there|there\'s|isn\'t there) (not )?(like )?(a|any) (cheaper|smaller|bigger|better) (one|plan|option|version|model|package)',
  { re: '(if|whether) (you|you guys|you lot) (do|offer|provide) (that|this) (sort|kind) of (thing|service)', negatable: false },
  '(what\'s|what is|whats) the difference (from|between|to|on)',
  '(are there|is there|have you got|do you have) (any )?(\\w+ )?(seats|tickets|rooms|tables|places|spaces|spots|slots) (left|available|free|going)',
  '(put|get|pop) (my|our) names? down',
  'whether (a|an|the) [\\w-]+ ([\\w-]+ )?would (make (more )?sense|be worth it|pay off|work out cheaper|save)',
  'pay for (itself|themselves)',
  // "can you get anywhere near that", "how soon could it be on", "is the sports add-on still on offer", "does it come in
  // the same sage", "is there nothing cheaper", "what's the overnight rate", "what's a new one going to cost me".
  'can you (get|go|come) (anywhere )?near that',
  '(how soon|when) (could|can|would) (it|that|they|you) (be (on|set up|live|fitted|installed|in)|start|get it|have it)',
  '(still )?on offer',
  '(does|do|would) (it|they|that|those|the( [\\w-]+){1,3}) come in',
  'is there (nothing|anything) (cheaper|better|smaller|bigger)',
  // A product asked after by its kind, whatever is said between: "is there like a bundle or something i can add", "is
  // there a card you do that doesn't charge abroad", "is there any sort of discount"; or the size or price wanted:
  // "can i move to something smaller".
  'is there (not )?(like )?(a|an|any|some) (sort of |kind of )?([\\w-]+ ){0,2}(bundle|plan|card|deal|add on|add-on|addon|tariff|package|pass|discount|version|upgrade)',
  '(to|on|onto|for|need|want|get|have) something (cheaper|smaller|bigger|better|faster)',
  // Shopping for something that suits: "is there a card with you that doesn't charge these fees", "have you got anything
  // bigger?", "is the annual plan actually cheaper?", "what's the cheapest phone you could do me".
  '(is there|whether there\'s|if there\'s|whether there is|if there is) (a|an|any) [\\w-]+ ((with|of|from) (you|yours|you guys) )?(that|which) (doesn\'t|does not|won\'t|has no|hasn\'t got|doesn\'t have|includes|comes with|covers|charges less)',
  { re: '(have you got|have you|do you have|you got|got) (anything|something|one|any) (cheaper|bigger|smaller|better|faster|larger)', tag: 'options' },
  '(is|would) (the|a|an) ([\\w-]+ ){1,2}(actually |really |any )?cheaper',
  '(what\'s|whats|what is) the (cheapest|best) ([\\w-]+ ){0,3}(you could|you can|you\'d) do',
  // "is two thousand four hundred the cheapest you do?", "is that your best price?".
  '(the|your) (cheapest|lowest) (you do|you\'ve got|you have|you can do|option|one|price)',
  '(is that|that\'s|is this|is it) (your|the) (best price|best deal|best you can do)',
  '(what\'s|what is|what are|whats) the ([\\w-]+ ){1,2}(rate|rates|price|prices|cost|deal|tariff)',
  '(what\'s|what is|whats) (it|that|a new one|the new one|one) (going to|gonna) cost',
  '(what\'s|what is|whats|what are|what\'re) (it|that|this|they|those|one) (costing|going for|coming to|come to)',
  // The price asked in other words: "what sort of money are varifocals these days", "what are the new phones going for",
  // "i wanted to ask what a dental costs", "a ballpark on what an implant runs to", "is there not something sturdier i
  // could go for".
  'what (sort|kind) of (money|price|prices|cost|costs) (is|are|would|will|do|does|are we talking)',
  // "what size and what price roughly", "is the matching footstool still available".
  'what price',
  '(is|are) (it|that|they|those|that one|the matching( [\\w-]+){1,2}|the [\\w-]+ one) still available',
  // Wanting shown through family: "my daughter keeps on about one of those electric bikes", "he's been going on about
  // trying skis", "my wife keeps telling me I ought to get some".
  '(keeps|kept|keeps going|kept going|been going|been) on about (one of|getting|trying|having|some)',
  '(keeps|kept) (telling|saying to) me (i|we) (ought to|should) (get|buy|try|have|book)',
  '(what\'s|what is|whats|what are|what\'re) the ([\\w-]+ ){1,3}going for',
  'what (a|an|the|your) ([\\w-]+ ){0,2}(costs|runs to|would cost|will cost|would set me back)',
  '(is there|isn\'t there|have you got|do you have|have you) (not )?(something|anything) ([a-z]+er|more [a-z]+) (i|we) (could|can|might)',
  // Wanting it in so many words: "i'd happily take a whole case of that", "i've been eyeing up the album on your site".
  '(i\'d|i would|we\'d|we would) (happily|gladly|definitely|probably|certainly) (take|have|buy|order|pay for|get|go for)(?! (a |the |my |our )?(refund|credit|voucher|money back))',
  '(i\'ve|i have|we\'ve|we have) been (eyeing|eyeing up|meaning to get|thinking about getting|saving up for)',
  '(is there|what\'s the|what is the|how long is the) (an? )?(exit fee|minimum term|contract length|tie-in|lock-in|setup fee|set up fee|set-up fee|installation fee)',
  'are there (any )?(cheaper|better|other|deals|discounts|offers|promotions|plans|options|packages)',
  '(interested in|thinking about|thinking of|considering) (getting|buying|upgrading|switching|adding|a|an|the)',
  '(any|do you have any) (deals|offers|discounts|promotions|specials)',
  // "can i get some money back" is a refund request: the thing asked for must be something to buy.
  'can i (get|have|order|buy) (a|an|the|one|that|this|it) (\\w+ )?(new|bigger|better|faster|cheaper|premium|plan|upgrade|deal|package|bundle|phone|handset|contract|tariff|model|version|add-on|booster|subscription|seat|seats|licence|license|one)',
  'can i (upgrade|add|buy|order|switch to|sign up)',
  // ("Go on then, let's do it" takes up a decision ask: the decision itself.)
  '(sign me up|i\'ll take it|i\'ll go with)',
  // Weighing what an option costs or does against another: "are they much extra?", "are those a lot more?", "is there an
  // off-peak price?", "does the foil one take any longer?".
  '(are|is) (they|those|these|it|that|the [\\w-]+( [\\w-]+)?) (much|a lot|any|very|far|loads) (extra|more|dearer|pricier|cheaper)',
  'is there (an|a) (off-peak|monthly|annual|weekend|weekday|student|family|senior|single|couples?) (price|rate|option|version|plan|deal|ticket|membership)',
  '(does|do|would) the (?!(old|broken|faulty|current|existing|original|same) )[\\w-]+ (one|ones|version|model|option) (take|cost|last|include|come with)',
  // Asking what there is to choose from, or for a quote: "what my options are", "what sort of rate you'd give me".
  '(what|which) (are )?(my|the|our) options',
  'what options (do|would|are|have|i|we)',
  '(what|which) (sort|kind|type) of (rate|deal|price|discount|plan|package|quote|options|cover|interest)',
  '(i\'d like|i would like|can i get|could i get|can you give me|could you give me|can i have|could i have) (a |some |a few |the )?(quote|quotes|price|prices|comparison)',
  // Availability of a product: "have you got them in black", "does it come in blue".
  '(have|got|stock|do) (it|them|one|any|those|these|that|this) in (black|white|blue|red|grey|gray|silver|green|pink|gold|stock|a size|size|large|small|medium)',
  // "have you got the same dress in the navy?".
  '(have you got|do you have|you got) the same ([\\w-]+ ){0,2}in',
  '(come|comes) in (black|white|blue|red|grey|gray|silver|green|pink|gold|other colours|other colors|a size|different sizes)',
  // Price-minded interest: "does it work out cheaper", "would that bring it down", "is there a way to reduce it".
  '(work|works|working) out cheaper',
  '(bring|brings|get|gets) (it|the price|the premium|the cost|my premium|the bill) down',
  '(a way|any way|ways) to (reduce|lower|bring down|cut|get rid of)',
  // What a product includes or how soon it starts: "does that include seat reservations", "how quickly would it kick in".
  '(does|would|will|do) (that|it|this|they|the \\w+) (include|cover|come with)',
  'how (quickly|soon|fast) (would|will|does|can|could) (\\w+ ){1,3}(start|take effect|kick in|be active|be live|work|go live)',
  // The terms of buying it: "is there a contract on it", "how long am i tied in for", "can i pay monthly", "is there
  // any finance on it", "does it work with corran life", "what does the nine-fifty actually get you". ("Is that extra?" is
  // asked as often of a repair as of something to buy.)
  '(is there|is it on|would there be|will there be) (a |any )?(contract|minimum term|tie-in|lock-in)',
  'how long (am i|are we|would i be|would we be|will i be|will we be|is it) (tied|locked|signed) (in|up)',
  '(can|could) (i|we) (pay|spread it|spread the cost|split it|split the cost) (monthly|by the month|in instalments|over)',
  '(is there|any) (\\w+ )?(finance|payment plan|monthly option|instalment plan)',
  '(does|do|would|will) (it|that|they|those|the [\\w-]+) (actually )?work with',
  'what (does|do|would) (the|that|it|this|a|they) ([\\w-]+ ){0,2}(actually )?(get (me|us|you)|cover|include)',
  // Asking for the offer to take away, or for what there is: "could you send me all that in writing", "so what could i
  // get", "i was wondering what you could do for me", "i thought i'd see what's going".
  '(send|email|put) (me|us) (something|it|that|all that|all of that|the details|the prices|the options|a summary) (over )?in writing',
  'what (could|can|would) (i|we) get',
  'what (you could|you can|you\'d be able to|you would be able to) (do|offer) (for )?(me|us)',
  '(see|find out) what\'s (going(?! on)|out there|available|on offer)',
  // Weighing a purchase: "I'm thinking about going back to study", "I think I'd like to do it".
  '(thinking about|thinking of|considering|interested in) (going|doing|joining|taking|studying|signing|enrolling|starting|moving|switching)',
  '(i\'d|we\'d|i would|we would) (like|love) to (do it|go for it|go ahead|sign up|enrol|enroll|join|take it|give it a go)',
  // What it would come to: "what would the stain guard come to", "what would i actually pay on it", "how much cheaper".
  '(what|how much) (would|will|does|do) ([\\w-]+ ){1,6}(come to|run to)',
  'what (would|will|do) (i|we) (actually |roughly |end up )?(pay|be paying)',
  'how much (cheaper|less|difference|of a difference|of a saving|saving)',
  'what (sort of |kind of )?(difference|saving) (would|will|does|could) (that|it|this)',
  '(a|any) way to make (it|that|them) cheaper',
  '(what\'s|what is|anything) in between',
  '(is that|is it|is this) something (you|you guys|you lot) (can |could )?(do|offer|sell|have|provide|add|fit|supply)',
  '(is|are) there (a|an|any) ([\\w-]+ ){0,2}(thing|isa|saver|tariff|plan|package|deal|bundle|policy|product|version|model|membership|course) (for|with|that|i could|we could|you do)',
  // Someone close has the better thing: "my neighbour's on the faster fibre package", "my sister's got the new one".
  `(${CLOSE_ONES.flatMap((who) => [`${who}'s`, `${who} has`, `${who} is`]).join('|')}) (got|on|with) (the |a |an |one of the )?(new|newer|newest|latest|faster|bigger|better|premium|fancier|upgraded)`,
  '(should|shall) (i|we) (open|take|go for|get|buy|order|book|sign up for) (the|a|an|it|that|one)',
  // What it costs, however the thing is named: "what does the managed service cost", "how much more would a colour
  // model cost", "what's the damage", "what your fees are like".
  'what (does|would|will|do) ([\\w-]+ ){1,4}cost',
  'how much (more |extra |less )?(would|does|will|do|is) ([\\w-]+ ){1,4}(cost|be)(?![a-z])',
  '(know|tell me|give me|what\'s|what is) the (price|damage)',
  'what (your|the) (fees|prices|rates|charges|costs) (are|would be|look like|come to)',
  'is there (like )?(anything|something|one|a) (a bit |a little |any )?(cheaper|shorter|smaller|bigger|longer|lighter|faster)',
  '(could|can|would) you (hold|reserve|put aside|keep) (the|a|it|one|them|that) ',
  '(somewhere|something|an account) (where )?(it|that|they|the money) (earns|earn|pays|grows|grow) (a bit|more|interest|something)',
  // Weighing the deal's terms: "what's the catch", "is there a minimum term on that", "how soon could i have it", "i
  // wanted to see what i could move to", "a rough idea of cost".
  '(is there|what\'s|whats|what is|where\'s) (a|the) catch',
  '(is there|is it|what\'s the|whats the) (a |any )?(minimum term|monthly option|tie-in|lock-in|minimum contract)',
  'how (soon|quickly|fast) (could|can|would|will) (i|we) (have|get|start)',
  'what (i|we) (could|can) (move|switch|upgrade|go|change) (to|onto)',
  '(rough |ballpark )?idea of (the )?(cost|price|costs|prices)',
  // "what rates you've got at the moment", "what faster options you've got", "so what have you got" (not what they have
  // on file), "would it cost more", "i wanted to ask about upgrading", "what does that run to".
  { re: "what (have you got(?! (on|down|there|written|for me|on file|recorded)(?![a-z]))|(else|other|[a-z]+ (options|upgrades|deals|plans|fixes|offers|models|sizes|rates|packages)|options|upgrades|deals|plans|fixes|offers|rates|packages) (have you got|you've got|youve got|you have|do you have|you do|you've|have you))", tag: 'options' },
  '(would|will|does) (it|that|this) cost (more|extra|anything)',
  '(ask|asking|enquire|enquiring) about (upgrading|getting|buying|adding|booking|joining|signing up|switching)',
  'what (does|would|will) (that|it|this) (run|work out) to',
  // "and what would that add to the renewal?", "what would that cost", "what would that do to our bill?", "can that be
  // split at all, or is it all up front?".
  'what would (that|it|this) (add|be|cost|look like|do to (my|our|the) (bill|premium|payment)|make (the|my|our))',
  '(can|could) (that|it|this) be (split|spread)',
  // "what it'd cost to go up to seven days", "a rough figure for the Velux", "can I put some more into bonds".
  'what (it\'d|it would|would it) cost',
  '(rough|ballpark) (figure|price|estimate|quote)',
  '(can|could) i (put|add|buy|get|take|pay) (some |a bit |a little )?(more|another|extra)',
  // Shopping in other words: "I'm after piano lessons", "I saw you do ballroom classes?", "what sort of thing do you
  // offer", "wondering what it costs to get an advert", "any idea what that's going for", "what rate would I get",
  // "trying to get a feel for prices", "I wanted to see about an upgrade", "we should look at doing the loft".
  { re: "(i'm|im|i am|we're|we are) after (?!(a |an |the |some |any )?(refund|credit|compensation|answers?|update|explanation|apology|word|reference|number|copy|receipt|statement|money|name|person|manager|supervisor|complaint)(?![a-z]))(?!(my|our|your|his|her|their|it|that|this|them|all|the other) )[a-z]+", notInQuestion: false },
  '(i|we) (saw|see|heard|hear|noticed|read) (that )?you (do|did|offer|sell|have|run|started|now do)',
  '(what|which) (sort|sorts|kind|kinds|type|types) of (\\w+ )?(do|would|can) you (offer|do|have|sell|run)',
  'what (it|that|this|they|one) (costs|would cost|will cost)',
  "what (that's|thats|it's|its|they're|theyre) going for",
  'what (rate|price|deal|discount|interest rate) (would|could|can|will|do) (i|we) get',
  'feel for (the )?(prices?|costs?|what (it|they|that) (costs?|would cost))',
  'see about (a|an|getting|booking|buying|ordering|some)(?! (refund|credit|replacement|repair|complaint))',
  "(we|i) (should|could|might|ought to|want to|wanted to|need to) look at (doing|getting|having|buying|upgrading|switching)",
  // Paying more to get it sooner or better: "i'll pay extra if i have to", "i don't mind paying a bit extra".
  "(i'll|ill|i will|i'd|i would|happy to|don't mind|do not mind|wouldn't mind) (pay|paying) (a bit |a little |the )?(extra|more|difference)",
  // "I'd be tempted", "that's very tempting", "Tempting, but my wife would say no" (not "tempting to cancel").
  "(i'd|i would|we'd|we would|i'm|i am) (be )?(very |quite |really |sorely |a bit |a little )?tempted(?! to)",
  // "I'm looking to replace about twelve chairs", "the matching footstool, is that still available?", "what's the actual
  // difference apart from the name", "is that the same price?".
  "(i'm|im|i am|we're|we are) looking to (replace|buy|get|upgrade|order|book|hire|rent|add|kit out|fit out)",
  '(is|are) (that|it|this|they|those|these|one|any) (still )?(available|in stock)',
  "(what's|whats|what is) the (actual |real |main |big )?difference(?! (it|that|this) (makes|made))",
  '(is|would) (that|it|this) (be )?the same price',
  'tempting(?! to)',
];

/** Money owed rather than something to buy: "how much is the fee for the records" is a billing question. */
export const OWED: CueEntry[] = [
  // (Not the verb: "how much do you charge for whitening" asks a price.)
  '(fee|fees|(?<!(you|they|we) )(charge|charges)|bill|invoice|balance|fine|penalty|arrears|owe|owed|debt)',
];

/** Liking what was just offered: "that sounds really good", "ooh that does sound nice". */
export const LIKES: CueEntry[] = [
  '(that|it|this|they|those) (really |does |do |actually |honestly |definitely )?(sounds|sound|looks|look) (really |very |so |quite |pretty )?(good|great|nice|amazing|brilliant|tempting|interesting|perfect|lovely|handy|useful)',
  '(that|it|this) (might|would|could|should|does|may) (well )?suit (me|us)',
  '(ooh|oh) (that\'s|thats) (nice|tempting|handy|interesting)',
  // Taking to it in other words: "lifetime sounds better", "the fifteen pound one sounds about right", "that's less than
  // i thought", "we'd love that", "that does sound sensible", "let's go with the fixed", "that might suit me".
  '(sounds|sound|looks|look) (a lot |much |really |very |so |quite |pretty )?(alright|better|about right|sensible|reasonable|fair|ideal|lovely|amazing|like (a plan|the one|what i need|it\'d|it would))',
  '(that\'s|that is|it\'s|it is|thats|its) (a lot |much |quite a bit |way )?(less|cheaper|better) than (what )?(i|we)(\'d| had)? (thought|expected|feared|pay|paid)',
  '(that\'s|that is|it\'s|thats) (actually )?better than',
  '(i\'d|we\'d|id|wed) (love|like|want) (that|it|one|those|them)',
  '(let\'s|lets) go (with|for)',
  '(that|it|this) might suit',
  // Taking the idea in: "rally cover, eh. that's a thought", "i'm not against it".
  '(that\'s|thats|that is) (a thought|an idea|not a bad idea|worth thinking about)',
  '(i\'m|im|i am|we\'re|we are) not against (it|that|the idea)',
  // Warming to a price: "oh that's actually pretty decent", "the family thing might actually be worth it". ("That's much
  // better" and "that's more like it" are as often said of a refund or a date.)
  { re: "(that's|thats|that is|it's|its) (actually )?(pretty |quite |really |very )?(decent|reasonable|good value|not bad)(?! of)", negatable: false },
  '(might|would|could|will) (actually |well |definitely |probably )?be worth it',
];

/** Words that put a priced option on the table: with a price in the same or the next sentence they make an offer. */
export const PRESENTS: CueEntry[] = [
  // A proposal with its price: "I'd add screen cover: seven pounds a month", "I can add a lounge pass, thirty-five euros",
  // "what I can do is move you up to Comprehensive Plus", "we can deliver it to your door for four ninety-nine".
  '(i\'d|i would) (add|put|go with|suggest|recommend|look at|point you (at|to|towards))',
  // "the octavia estate would tick all of that, it's four nineteen a month", "I carry sealed alarms on the van, thirty-two
  // pounds fitted", "we hire out a loan bike for fifteen pounds a day".
  '(would|will|should) (tick (all|every|those|that|the)|fit the bill|suit you|be (ideal|perfect|just right|spot on|great) for (you|that|what you))',
  '(i|we) (carry|stock)',
  '(we|i) (hire|rent|lease|lend) (out )?(a|an|the|our)',
  // "while the engineer's there, they could fit a battery. The five kilowatt-hour unit is three thousand two hundred".
  '(they|the engineer|the fitter|the installer|he|she) could (also )?(fit|install|add|put in)',
  '(i|we) can (also )?(add|move|put|deliver|upgrade|switch|set you up|book you)',
  // "what I can do is move you up to Plus", "what i can do for you is forty percent off your next four boxes", "what I
  // can do is a freeze. It's four pounds a month": with a price, and not a remedy (sales.ts sets aside refunds, free
  // fixes and charges brought down).
  'what (i|we) (can|could) do (for you |for next time |for the future )?is',
  '(the one|the thing|what) (everyone\'s|everyone is|most people are|people are) (going for|buying|choosing)',
  '(i\'d|id|i would|we\'d|we could|i could) put you on',
  '(if you|you could|you can) (also )?add (our|the|a|an)',
  '(we\'ve|we have|we\'ve also|we also have|weve|weve also) got (a|an|the|some|our)',
  // "you want the starter block, ten hours for three forty", "what you want is our intensive", "i reckon you'd want a
  // seventy-five square foot unit", "how about dropping to our small box", "i could do you the first month at forty-five",
  // "what a lot of couples do is our celebration package", "we do the mesh pack, five pounds a month".
  '(you|you\'d|youd|you would) want (the|our)',
  '(you\'d|youd|you would) need (the|our)',
  '(what you want|what you need|what you\'re after|what youre after) is',
  // "the one you want is Charge Night", "the big one right now is the Nova X Pro".
  '(the one|the thing|the plan|the deal|the package|the tariff|the option) (you want|you need|you\'re after|youre after|for you) is',
  '(the )?(big|popular|hot) one (right now|at the moment|this month|this year) is',
  // "The Outlook 2 fits your system": a product put to the customer's case.
  '(would fit|fits|would suit|suits) your (system|setup|set-up|needs|home|house|car|phone)',
  // A product put to the customer as theirs to take, priced: "you want premium then, it's twenty-one ninety-nine", "you
  // could join quickbite plus for three ninety-nine a month", "the half case might be perfect for you", "the Vela 12 is
  // our best seller, thirty-four a month", "she'd love the Volt City then".
  '(you|you\'d|youd|you would) want [\\w-]+ ([\\w-]+ )?(then|that\'s|thats)',
  '(you|you\'d|youd) could (join|try|go for|do the|switch to|move to|upgrade to|step up to|go up to)',
  '(is|are|might be|would be|could be) (perfect|ideal|just right|the one) for (you|her|him|them|the two of you|both of you)',
  '(is|it\'s|its|that\'s) our (best seller|bestseller|best-seller|most popular)',
  '(she\'d|he\'d|they\'d|shed|hed|theyd) love the',
  '(i reckon|i think|i\'d say) (you\'d|youd|you would) (want|need|be best with|be better with)',
  'how about (dropping|switching|moving|going|upgrading|trying|adding|changing|swapping)',
  '(i could|i can) do you (the|a|an)',
  'what (a lot of|lots of|most|many) (people|couples|customers|families|parents|owners) (do|go for|choose|pick)',
  '(we|we also) (do|have|offer) (the|our)',
  // Something new put forward: "we've just started a little lifeguards club on sundays, eleven pounds a session".
  '(we\'ve|we have) (just |recently )?(started|launched|introduced|brought out|got in) (a|an|the|our|some)',
  '(we have|we also have|we do|we run|we also run|we offer|we also offer|we sell) (a|an)',
  // A product by its name, priced: "we have boiler care plus at fourteen pounds a month".
  '(we have|we also have|we now have|we do|we also do|we offer|we also offer) ([\\w-]+ ){1,3}at',
  // A conditional proposal with its price: "if you move to our SIM-only plan, it's eighteen a month", "if you raise
  // your excess to five hundred, the premium drops to...".
  'if you (move|switch|upgrade|change|go|went|moved|switched|upgraded|raise|raised|increase|lower|take|took|add|added|bump|pay|paid) (up )?(to|onto|your|the|our|a|an|it|annual|yearly|monthly)',
  // A product named in answer to a question about it: "there is, it's called Night Drive".
  '(it\'s|it is|that\'s|that is|they\'re) called',
  '(they\'re|they are|it\'s|it is) (made|designed|built) to (match|go with|fit|work with)',
  '(two|three|a couple of|a few) (routes|options|ways|choices)',
  'what would be (perfect|ideal|great) for you',
  '(there\'s|there is|there are) (a|an|our|the|also|two|three|some|this)',
  // "in that case there's basic with adverts at seven ninety nine", "we can do a pixel eight screen today, it's a hundred
  // and nine pounds", "i can see two together in row d at sixty-five each".
  '(there\'s|there is) ([\\w-]+ ){1,5}(with|at|for)',
  // A product named without an article, figures and all: "we've got Fibre 150 at twenty-six pounds a month", "we've just
  // had the nova 15 in, it's 34.99 a month".
  '(we\'ve|we have|i\'ve|i have) (just )?(got|had) ([\\w-]+ ){1,4}(at|for|in)',
  // "our fibre 500 is twenty-nine a month", "it's an add-on for business lines: five pounds a month", "i can freeze the
  // membership at five pounds a month".
  // (Not "the new total is two hundred and nineteen": what the customer now owes.)
  '(our|the new) (?!(total|price|bill|balance|amount|payment|cost)\\b)[\\w-]+ ([\\w-]+ )?(is|costs|comes in at|works out at)',
  '(it\'s|it is|that\'s|that is) (an|a) (add-on|add on|upgrade|bundle|plan|package|option|extra)',
  '(i|we) can (freeze|pause|drop|reduce|discount|knock)',
  '(i|we) can do (you )?(a|an|the|it|that|two|three|both)',
  '(i can see|i\'ve got|i have got|we\'ve got|we have got|i have|we have) (one|two|three|four|a couple|a few|some) (together|left|available|free|spare|that|in)',
  '(i\'d|i would|we\'d|we would) (recommend|suggest|go for|look at|point you to)',
  '(is|are|would be|it\'s|that\'s) (worth a look|worth considering|worth it|a good (fit|shout|option|choice|bet|match))',
  // What others like the customer take, with its price: "a lot of people add a glass protector and a case, it's fifteen
  // pounds for both", "most groups go for the e-bikes at thirty-five", "some brides add a bustle, it's sixty pounds", "a
  // lot of supporters in your position move over to our weekly lottery", "what a lot of our monthly wearers do is switch
  // to dailies", "what a lot of people do is drop to off peak".
  '(a lot of|lots of|most|many|some) (of )?(our )?([\\w-]+ )?(people|customers|owners|members|patients|drivers|groups|families|couples|brides|clients|businesses|parents|riders|supporters|wearers|users|households)( in your (position|situation|shoes))? (add|go for|take|choose|get|pick|opt for|move|switch|do is)',
  '(the other thing|one thing|something else) (worth|that\'s worth) (mentioning|knowing|a look|considering)',
  '(our|the) (best|cheapest|most popular|newest|latest) (deal|price|rate|option|plan|offer|fix|tariff|product)',
  // "our tyre cover's worth a look. Six pounds a month", "we'd also recommend malaria tablets, from thirty pounds".
  "[a-z]+'s worth a (look|thought)",
  '(i\'d|i would|we\'d|wed|we would) also (recommend|suggest)',
  'do (a|an) ([\\w-]+ ){0,3}(version|deal|plan|fix|tariff|option|package|bundle|cover)',
  '(our|the) ([\\w-]+ ){0,3}(cover|plan|pass|fix|tariff|saver|bundle|package|membership|subscription|course|warranty|policy) (takes|gives|costs|is|would|will|includes|lets)',
  // "easiest fix is the family plan, it's sixteen ninety-nine", "you'd need the winter sports add-on, it's thirty-eight
  // pounds", "you could also drop to third party, that'd bring it to about thirteen fifty", "we do have finance".
  '(easiest|best|simplest|cheapest|quickest) (fix|option|way|bet) (is|would be)',
  '(you\'d|you would) need (the|a|an|our)',
  '(you|we) (could|can) (also )?(drop|move|go|switch|swap|change) (down |up |over |you )?(to|onto)',
  '(we do|we also|we\'ve also) (have|offer|do|got)',
  // "you'd be better on our flexi season", "you can extend it to twelve months for another thirty-four", "one option:
  // the Pro uses aluminium poles", "you might want sheeting on that side".
  '(you\'d|youd|you would) be better (off )?(on|with) [\\w-]+',
  '(you can|you could) (extend|upgrade|top up|go up)',
  '(one|another|the other) option',
  '(you might|you may) (also )?want',
  // "our Essential plan covers...", "what i can do is pop you on our lite plan", "do you want candles with it, it's four
  // fifty".
  '(our|the) ([\\w-]+ ){0,3}(plan|cover|package|policy) covers',
  '(do you want|would you like|do you fancy|fancy) ([a-z]+ ){1,4}(with it|with that|as well|on top)',
  // The upsell's other openers, with a price: "while it's in, we're running a winter package for thirty-five",
  // "while we've got it open I can fit a glass protector for fifteen more", "while they're there, stain guard is forty-five".
  '(and )?while (it\'s|its|we\'re|were|they\'re|theyre|he\'s|she\'s|i\'m|im|you\'re|youre|we\'ve got it|we have it) (in|there|up there|round|open|here|booking that|at it|on the line)',
  // "it's free that week at fourteen hundred", "most people doing the north coast take our full cover".
  '(it\'s|it is|they\'re|they are|that one\'s) (free|available|in stock) (that|this|next|on|for|from)',
  '(a lot of|lots of|most|many) (people|customers|drivers|families|groups|couples) ([a-z]+ ){1,4}(add|go for|take|choose|get|pick|opt for) (our|the)',
];

// A number said as a price: digits, or words up to the hundreds ("forty", "a hundred and ten", "four ninety-nine").
const NUMBER_WORD = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/**
 * A cue that opens with an amount, written once per form of the amount (digits, hundreds, number words) so each form
 * can be looked up by its first word or digit rather than scanned over every turn.
 */
const AMOUNT_FORMS = ['\\d[\\d,.]*', `((a|one|two|three|four|five|six|seven|eight|nine) )?(hundred|thousand)( and)?( ${NUMBER_WORD})*`, `${NUMBER_WORD}((-| )${NUMBER_WORD})*`];
const AMOUNT = `(${AMOUNT_FORMS.join('|')})`;
const fromAmount = (rest: string): string[] => AMOUNT_FORMS.map((amount) => `${amount} ${rest}`);
const PERIOD = '(a|per) (day|night|month|year|week|person|head|seat|user|ticket|term|pair)';

/** What puts right rather than sells: "back on your card", "free of charge", "a refund", "brings the charges down". */
export const REMEDY: CueEntry[] = [
  '(refund|refunded|refunding|compensation|goodwill|credit (it|that|the|you)|credited|backdate|backdated|backdating)',
  'back (on|onto|to|into) your (card|account|bank)',
  '(free of charge|at no (extra |additional )?(cost|charge)|no extra (cost|charge)|for free)',
  '(brings|bring|bringing|takes|take) (the|your|those|these) (charges|charge|bill|fees) down',
];

/**
 * A price put against what the customer has or pays now: "for an extra forty five", "it's only nine pounds a day more",
 * "six pounds a month on top of what you pay now", "twelve pounds a seat instead of fifteen". Said by the business, the
 * other option is for sale: an upgrade, a cheaper plan or an add-on. (A bill explained the same way names what is owed;
 * sales.ts sets those aside.)
 */
export const PRICE_AGAINST_CURRENT: CueEntry[] = [
  `(for|at) (an extra|another) ${AMOUNT}(?!\\s+(minutes|hours|days|weeks|months|years|seconds|times)(?![a-z]))`,
  `(for|at) ${AMOUNT} (pounds |quid |dollars |euros )?(more|extra)(?!\\s+(minutes|hours|days|weeks|months|years|seconds|times|nights|people|seats|of)(?![a-z]))`,
  ...fromAmount(`(pounds |quid |dollars |euros )?${PERIOD} (more|extra|on top)`),
  ...fromAmount('(pounds |quid |dollars |euros )?(more|extra|less|cheaper) (a|per) (day|night|month|year|week|person|head|seat|user|ticket)'),
  ...fromAmount('(pounds |quid |dollars |euros )?(extra|more) (per person|each|a head|a night|per night)'),
  `(${PERIOD}|each|pounds|quid|dollars|euros|ninety-nine|ninety nine) instead of (the )?${AMOUNT}`,
  ...fromAmount('(pounds |quid |dollars |euros )?(less|more|cheaper) than (the|your|what you|you pay|you\'re paying|you are paying|you currently)'),
  // "thirty-eight pounds a week, against the fifteen you're paying now", "less than you're paying now".
  "(you're|youre|you are) paying now",
];

export const OFFER: CueEntry[] = [
  // "can I tempt you with our interval package?"
  '(can|could|may) i tempt you',
  // "the big thing right now is our spring promotion", "we can do finance over ten years".
  '(our|this month\'s|a special) ([a-z-]+ ){0,2}(promotion|promo)',
  '(we|i) (can )?(do|offer) finance',
  // Putting a product in front of the customer as a question: "have you seen our new bean-to-cup range?", "have you
  // thought about a second pair?".
  { re: '(have you|you might have|you may have) (seen|looked at|thought about|considered|heard about|come across) (our|the new|a second|a|an)', tag: 'agent' },
  // Not "have you tried a different cable": trying one of ours.
  { re: 'have you (tried|had a look at) (our|the new)', tag: 'agent' },
  // A trial put on the table: "there's a one month free trial on family".
  '(a|an|our|the) ((one|two|three|four|six|seven|ten|fourteen|thirty|ninety|\\d+)(-| )(day|week|month) )?(free trial|trial period)',
  // "there's a free thirty day trial on the movies pack".
  '(a|an|our|the) free ((one|two|three|four|six|seven|ten|fourteen|thirty|ninety|\\d+)(-| )(day|week|month) )?trial',
  // "oh and we do contact lenses as well, if you've ever thought about them" (not "we do that as well").
  'we (also )?do (?!(that|it|this|those|them|so|the same)(?![a-z]))([\\w-]+ ){1,3}(as well|too)',
  // (Not "i can give you the number", "i can hold the suite till six": giving and holding offer nothing new to buy.)
  '(i|we) can (offer|provide|extend|upgrade|throw in)',
  // "We also do a home insurance add-on", "our mesh booster plugs in...": a product named by the agent.
  '(we|i) (also |do |actually )?(do|have|offer|sell|stock|have got) (a|an|some|the|our) ([\\w-]+ ){0,3}(add-on|add on|addon|bundle|booster|extender|plan|package|tariff|deal|insurance|cover|policy|protection|warranty|upgrade|version|model|range|account|card|suite|tier|membership|subscription|saver|offer|promotion|promo|discount|trade-in|trade in|part exchange|part-exchange)',
  '(we\'ve|i\'ve) (also |actually )?got (a|an|some|the|our) ([\\w-]+ ){0,3}(add-on|add on|addon|bundle|booster|extender|plan|package|tariff|deal|insurance|cover|policy|protection|warranty|upgrade|version|model|range|account|card|suite|tier|membership|subscription|saver|offer|promotion|promo|discount)',
  '(our|the) ([\\w-]+ ){0,3}(add-on|bundle|booster|extender|plan|package|tariff|insurance|cover|protection|warranty|upgrade|suite|tier|membership|saver|model|version|scheme|club) (would|will|could|can|gives|includes|comes with|is perfect|might|plugs|suits|would suit)',
  // A pass as a product, not a boarding pass: "the delivery pass would save you on the charges".
  '(our|the) ([\\w-]+ ){0,2}pass (would|could|might) (save|suit|give|cover|get you|include|pay for)',
  // Another option put beside the first: "there's also the 500, which adds lumbar support", "theres also a fixed tariff".
  // (Not a free service or a fund, here and below: "there's also a free bereavement service", "a hardship fund".)
  { re: '(there\'s|theres|there is) also (a|an|the|our)(?! (free|hardship|little)\\b)', tag: 'agent' },
  // Something more the business sells: "we also do helmets for the kids", "we also do a pack of three".
  { re: 'we (also|now|even) (do|offer|sell|have|run)(?! (a |an |the )?(free|hardship)\\b)', tag: 'agent' },
  '(we\'ve got|we have|there\'s|there is) (\\d+|ten|fifteen|twenty|twenty five|thirty|forty|fifty|half) ?(percent|%) off',
  'have you (seen|looked at|heard of|heard about|tried|come across|thought about) our',
  '(are|were) you (on|in|with) our [\\w-]+ ([\\w-]+ )?(membership|plan|scheme|club|cover|pass|programme|program)',
  // "you'd be better off on our globecash plus", "it's worth adding our contents cover", "i can drop you to our
  // four-a-month".
  '(you\'d|you would) be better off (on|with) our',
  '(it\'s|its|it is|it\'d be|it would be) (well )?worth (adding|taking|getting|looking at|having) our',
  '(i|we) can (drop|move|put|switch|upgrade|downgrade|take) you (down |up |over |across )?(to|onto|on) our',
  // The upsell's opener, from the agent: "while I've got you, that phone's glass back cracks...".
  // Not the wrap-up "is anything else playing up while i've got you".
  { re: '(?<!(else|anything)\\b.{0,40})while (i\'ve|i have|i\'ve still|i still have) got you(?! (is there|is anything|anything))', tag: 'agent' },
  // A product of ours suggested or held out: "you could take our zero excess cover", "do you want a sat nav for the week?".
  '(you could|you can|you might want to|it might be worth|it\'d be worth|it would be worth) (take|taking|add|adding|get|getting|go for|going for|look at|looking at|try|trying|consider|considering|switch to|switching to|upgrade to|upgrading to) our',
  '(do you want|would you like|what about|how about|fancy) (a|an|our|the|some) ([\\w-]+ ){0,3}(case|cover|warranty|protector|bundle|upgrade|add-on|plan|pass|nav|insurance|membership|package|extension|service plan)(?! (number|reference|details))',
  // An incentive to take it up: "if you switch today i'll waive the switch fee".
  '(i\'ll|i will|we\'ll|we will) (waive|knock off|throw in|take off)',
  // Answering "is there a tariff for that?" with the product: "there is, it's called Night Drive", "we do, the Fix 24".
  '(there is|there\'s|we do|we have|yes we do|we certainly do|yes there is),? (it\'s|it is|that\'s) called',
  '(we do|we have|yes we do|we certainly do|yes there is|there is),? (the|our) [\\w-]+ ([\\w-]+ )?(\\d+|plan|tariff|fix|saver|account|bundle|package|pass|cover|option)',
  // The agent's own recommendation put as advice: "what i'd do is put you on the new galaxy", "best thing for you is our
  // family plan", "the half case might be perfect for you", "i'd point you to our keys beginners group", "we've also got
  // harvest red coming off the line", "the other thing you'll want is our excess cover", "if you want more data there's
  // the thirty gig at fifteen".
  { re: "what (i'd|id|i would) do is|(here's|heres) what (i'd|id|i would) do", tag: 'agent' },
  { re: '(the )?best (thing|move|option|bet|deal) (on the market |around |we have )?for you (right now |here |then )?is|best (move|bet) is (our|the|a)', tag: 'agent' },
  // (Not a slot that suits: "the ten o'clock might be perfect for you".)
  { re: "(?<!(slot|time|appointment|day|date|o'clock|oclock|one|that) )(might|would|could) be (perfect|ideal|just the thing|just right|spot on) for you", tag: 'agent' },
  { re: "(i'd|id|i would) (point|steer) you (to|towards) (our|the)", tag: 'agent' },
  { re: "(we've|weve|we have) also got", tag: 'agent' },
  { re: "the other thing (you'll|youll|you will|you'd|youd) want is", tag: 'agent' },
  { re: "if you (want|need|fancy) (more|extra|a bigger|a faster|faster|unlimited|a cheaper)( [\\w-]+){0,3},? (there's|theres|there is) (the|a|our)", tag: 'agent' },
  '(it\'s|they\'re|that\'s) on offer',
  '(would|might|will|should) suit you',
  '(it\'s|that\'s|that would be|it would be) (the|a) (better|best|good|great) (buy|fit|option|choice|deal)',
  'you (could|can) (move|switch|upgrade|change|go) (up )?(to|onto) (our|the|a)',
  'you (could|can) (add|get|have|try) (our|the|a|an) (\\w+ ){0,2}(add-on|bundle|booster|extender|plan|package|insurance|cover|protection|warranty|upgrade|membership)',
  '(i|we) could (offer|give|upgrade|switch|move|add|put|get|set) you',
  // First-person proposals of a better arrangement: "I can move you to our loyalty plan", "we can split it into payments".
  '(i|we) (can|could) (also )?(move|switch|bump|upgrade|transfer) you (up |over )?(to|onto|on)',
  // A refund alone is a remedy, not a sale ("i can refund it once as a goodwill gesture").
  '(i|we) (can|could) (also )?(split (it|the|that|your|this)|spread (it|the|that|your|this)|waive|knock)',
  '(customers|members|people|you) ([\\w-]+ ){0,3}can (switch|move|upgrade|change) to our',
  '(we|i) (have|offer|have got|also have) (a|an|some|the) (new |special |great |better |cheaper |premium |family |limited )?(plan|option|deal|package|promotion|promo|discount|offer|bundle|upgrade|service|product|program)',
  '(we\'ve|i\'ve) (also )?got (a|an|some|the) (new |special |great |better |cheaper |premium |family |limited )?(plan|option|deal|package|promotion|promo|discount|offer|bundle|upgrade|service|product|program)',
  // A named product of ours put forward: "there's the Site Pool 500 bundle", "there's our flexi season".
  '(there\'s|there is|theres) (the|our) ([\\w-]+ ){0,3}(plan|bundle|package|season|pass|membership|tariff|deal|add-on|upgrade|subscription|cover)',
  '(there\'s|there is) (a|an) (new |special |great |better |cheaper |premium )?(plan|option|deal|package|promotion|promo|discount|offer|bundle)',
  'would you be (interested|open)',
  '(are|were) you (interested|open) (in|to)',
  '(i\'d|id|i would) (recommend|suggest)',
  '(i|we) (recommend|suggest)',
  'you (might|may|could) (want to|like|consider|benefit)',
  'have you (considered|thought about)',
  'how about (trying|upgrading|adding|switching|a|an|the|donating|giving|contributing|joining|helping|we|making|starting|going)',
  'what if (i|we) (offered|gave|added|upgraded)',
  // (Not "you can switch back any time", "you can try it again now": terms and instructions; nor adding it later
  // yourself, "you can add it in the app any time", or to a phone wallet, "you can add the card to Apple Pay".)
  "you (could|can) (upgrade|add(?!( [\\w'-]+){0,3} (any ?time|in the app|online|on there|there|later|yourself|at the desk|on the day|straight away|before|up to)(?![a-z]))(?!( [\\w'-]+){1,3} to (your |the )?(phone|apple|google|samsung|wallet)))",
  '(consider|considering) (donating|a donation|making a donation|giving|helping|upgrading|switching)',
  'please (donate|consider|give|contribute|help)',
  '(would|could|can|will) you (like to )?(donate|contribute|give(?! me| us)|help(?! me| us)|make a donation|support|join)',
  // "I like to donate" or "they are able to give" is talk about oneself or others, and "however much you want to
  // donate" explains the procedure; only a guess at the listener's wish is offered ("you might want to give").
  'you (might|may) (want|like|wish) to (donate|contribute|give|make a donation|help|join|add|consider|try)',
  // Bare imperatives ("then definitely give the full two", "donate to them today"); sales.ts keeps them only at a
  // clause start, so "I'll donate a little" (the speaker's own plan) is not one.
  // (Not advice: "give it a couple of hours", "give the grille a good hoover"; nor "give your mum my best", "give your
  // name at reception".)
  { re: '(donate|contribute|give) (some|part|a portion|a little|a bit|any|your (donation|money|earnings|payment|bonus|support|whole|full|entire|task)|(?<!give )your|to|the(?! [\\w-]+( [\\w-]+)? (a|an) )|what|it(?! (a|an|about|another|some|until|till|time|a few|a couple|ten|five|fifteen|twenty|thirty)\\b)|now|today|\\$|\\d|all|half|everything)', tag: 'imperative' },
  '(talk|speak|chat) (to|with) you (about|regarding) (making a|donating|giving|a donation|upgrading|adding|switching|our)',
  // "we really need your help" said while asking for the gift.
  '(need|needs|could use|could really use) (you|your) (help|support|donation|contribution|generosity)',
  // Proposals phrased as a request: "I'm asking you to chip in", "we were hoping you'd join", "I need you to sign today".
  '(hoping|hope) (for )?(you to|you will|you would|you could|you can|you\'ll|you\'d) (donate|give|contribute|help(?! me| us)|join|consider|support|make|sign|try|chip)',
  // "I'm writing to ask you to give", "we wanted to see if you'd be willing to join": the speaker's own request.
  '(i|we|i\'m|we\'re) (\\w+ ){0,5}(ask|asking) (you )?((to|for) (donate|give|contribute|help|join|consider|support|spend|make|sign|chip|a donation|your (help|support|donation|contribution))|(if|whether) you)',
  '(i|we) (would like|need|want|really need|really want) you to (donate|give|contribute|make|help|join|consider|try|sign|chip|spend|go)',
  '(i\'d|we\'d) (really )?like you to (donate|give|contribute|make|help|join|consider|try|sign|chip|spend|go)',
  '(i|we) (\\w+ )?(encourage|urge|invite) you to',
  '(i\'d|i would|we\'d|we would) like to (recommend|suggest|offer|propose)',
  '(i|we) (usually|always|really|strongly|highly|normally|often) (recommend|suggest)',
  // "you could always give a bit more": a door held open ("you can donate online" only says how).
  'you (could|can) (always |still |even |of course )?(donate|give|contribute|add|do|get) (more|a (bit|little) more|extra)',
  '(you have|you\'ve got|you\'ll have|you get|here\'s) (an|the|a) (\\w+ )?(opportunity|chance|option) to',
  '(one thing|something|the best thing|all) you (could|can) do is',
  '(could|can|would) you (\\w+ )?(afford|spare|manage|swing)',
  'you (could|can|might) (\\w+ )?(swing|spare|manage|afford) (even|just|maybe|a|some|\\$|\\d)',
  '(do|would) you (want|like|wish) to (donate|contribute|give|help)',
  'how much (would|will|do|can|could) you (like to )?(donate|give|contribute|want to donate)',
];

export const BENEFIT: CueEntry[] = [
  // A price in hundreds for a stay or a set: "fourteen hundred and twenty for the seven nights".
  { re: `(hundred|thousand)( and)?( ${NUMBER_WORD})* for (the|a|your) ([a-z-]+ ){0,2}(nights|night|weeks|week|weekend|stay|pair|set|lot|year|term|course|block|package|day)`, tag: 'price' },
  { re: '\\$ ?\\d[\\d,]*(\\.\\d+)?', tag: 'price' },
  { re: '\\d[\\d,]*(\\.\\d+)? ?(dollars|bucks|euros|pounds|cents|usd|eur|gbp)', tag: 'price' },
  { re: '\\d+(\\.\\d+)? ?(%|percent) off', tag: 'price' },
  { re: '\\d[\\d,.]* (a|per|each) (month|year|week|line|user|seat|box|case|pack|bag|roll|session|lesson|class|visit|ticket|night|head|person)', tag: 'price' },
  // "its 12 a day" for hire or cover; (not "take 2 a day", a dose).
  { re: '(\\d{2,}|\\d+\\.\\d\\d) (a|per) day', tag: 'price' },
  // A price in figures without its currency, as transcripts often write it: "it's 289", "drops to 21.80".
  // Three figures or more, or pounds and pence; not a time, a distance, a count of something, nor one group of a longer
  // number ("it's 4471 0932").
  { re: '(it\'s|its|that\'s|thats|they\'re|theyre|costs|cost|only|just|another|to) (\\d{3}|[1-9],?\\d{3}|\\d+\\.\\d\\d)(?![\\d.:,]| \\d)(?! ?(am|pm|minutes|mins|hours|hrs|days|weeks|months|years|miles|metres|meters|km|kg|people|percent|%|times|square|feet|words|pages|th|st|nd|rd)(?![a-z]))', tag: 'price' },
  // After a bare "is" only a price that says so: "our five-year cover is 149 one-off", "the filter is 12.99" (not "the
  // code is 4471").
  { re: 'is (\\d{3}(?= (one-off|one off|each|a month|a year|a week|a night|per|fitted|installed|all in|inclusive|plus))|\\d+\\.\\d\\d(?![\\d.:,]| \\d))', tag: 'price' },
  // After "at", pounds and pence that cannot be a clock time ("at 42.99", not "at 10.30").
  { re: 'at (2[4-9]|[3-9]\\d|\\d{3,})\\.\\d\\d(?![\\d.:,]| \\d)', tag: 'price' },
  { re: '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)((-| )(one|two|three|four|five|six|seven|eight|nine|hundred))? (dollars|bucks|euros|pounds|quid)', tag: 'price' },
  { re: '(dollars|bucks|euros|pounds|quid|pound) (a|per|each) (month|year|week)', tag: 'price' },
  { re: '(\\d+|ten|fifteen|twenty|thirty|forty|fifty|half) ?(percent|%) off', tag: 'price' },
  { re: '(only|just) (\\w+ )?(more|extra|less) (a|per) month', tag: 'price' },
  { re: '(at |for )?(half price|half off)', tag: 'price' },
  // A rate: "pays four point four percent", "3.5% interest", "a hundred and ten each instead of a hundred and thirty-five".
  // (Digits and words apart: a cue that starts with a digit is scanned only in texts with one, a word is indexed.)
  { re: '\\d+(\\.\\d+)? ?(percent|per cent|%)', tag: 'price' },
  { re: '(one|two|three|four|five|six|seven|eight|nine|ten) (point (one|two|three|four|five|six|seven|eight|nine|zero|oh) )?(percent|per cent)', tag: 'price' },
  { re: '(instead of|down from|reduced from|rather than the usual|rather than) (the usual |the normal )?(\\d|£|\\$|€|a hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)', tag: 'price' },
  // A price in words with its period: "twenty-nine a month", "twenty-five each".
  { re: '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)((-| )(one|two|three|four|five|six|seven|eight|nine|hundred|and))* (a|per) (month|year|week|night|head|person)', tag: 'price' },
  { re: '\\d+ (each|quid)', tag: 'price' },
  // A supplement: "four hundred and twenty extra per person", "six hundred extra".
  { re: '(hundred|thousand)( and [a-z-]+)? (extra|more) (per person|each|a head|a night|per night)?', tag: 'price' },
  // Pounds and pence said as two numbers: "for seven ninety-nine", "about thirteen fifty", "it's twenty-nine ninety-five".
  // (Pence of a price, not the half hours of a time: "at twelve thirty" is not one.)
  { re: '(for|about|around|roughly|just|only|it\'s|its|that\'s|they\'re|costs?|be|is) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)((-| )(one|two|three|four|five|six|seven|eight|nine))? ((twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-| )(nine|five)|fifty|ninety|nineteen)', tag: 'price' },
  { re: 'at (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)((-| )(one|two|three|four|five|six|seven|eight|nine))? (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-| )nine', tag: 'price' },
  // A figure in words per unit sold: "thirty five a day", "forty eight a keg", "forty five for the room". (From ten up:
  // "take two a day" is a dose.)
  { re: `(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)((-| )(one|two|three|four|five|six|seven|eight|nine))? (a|per|each|for the) (day|keg|box|case|pack|bag|roll|shirt|room|pair|set|session|lesson|class|visit|ticket|unit)(?![a-z])`, tag: 'price' },
  // Hundreds said as the price of it: "that's two hundred and ten", "it's three hundred fitted", "the kit is two hundred
  // and ninety-five".
  // (Not a limit, an excess or a balance: "your limit is two thousand".)
  { re: `(it's|its|that's|thats|they're|theyre|(?<!(limit|limits|excess|balance|deposit|mileage|allowance|total|number) )(is|are)) ${NUMBER_WORD} (hundred|thousand)( and)?( ${NUMBER_WORD})*(?! (miles|metres|meters|feet|yards|people|words|hours|degrees|rpm|pages|years|calories|litres|liters|kilos|grams|mb|gb|square))`, tag: 'price' },
  // "there's the jogger at three hundred and seventy nine": hundreds after "at" are no clock time.
  { re: `at ${NUMBER_WORD} (hundred|thousand)( and)?( ${NUMBER_WORD})*(?! (miles|metres|meters|feet|yards|people|words|hours|degrees|rpm|pages))`, tag: 'price' },
  // A quoted price said as words after "at": "the PowerCell 5 at three thousand one hundred fitted".
  { re: 'at (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)( (hundred|thousand|and|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ninety-nine|forty-nine))* (fitted|installed|each|all in|inclusive|a pop|a head|per person|a night)', tag: 'price' },
  { re: '(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)((-| )(one|two|three|four|five|six|seven|eight|nine))? (each|quid)', tag: 'price' },
  // Unit rates: "twenty-two pence a unit", "14p per kWh", "eleven euros a day".
  // Split by how they start, so each is found from the index of first words rather than scanned for.
  { re: '\\d+(\\.\\d+)?((-| )(one|two|three|four|five|six|seven|eight|nine))?( point \\w+)? ?(pence|p|cents|euros|pounds|dollars) (a|per|each) (unit|kwh|day|night|week|month|year|minute|gig|gb|user|seat|lesson|session|term)', tag: 'price' },
  { re: '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)((-| )(one|two|three|four|five|six|seven|eight|nine))?( point \\w+)? ?(pence|p|cents|euros|pounds|dollars) (a|per|each) (unit|kwh|day|night|week|month|year|minute|gig|gb|user|seat|lesson|session|term)', tag: 'price' },
  '(it|this|that|the \\w+) (covers|protects|stops|would stop|will stop|fixes|would fix|boosts|carries|keeps)',
  '(you\'d|you would|you\'ll|you will|you) (get|have) (every|all the|access to|cover for|protection)',
  'so you (won\'t|don\'t|never|wouldn\'t|can)',
  { re: '(free of charge|at no (extra |additional )?(cost|charge)|no extra charge|for free|waive the (fee|charge))', tag: 'price' },
  '(you\'d|you would|you\'ll|you will|you\'re going to|you) (get|have|enjoy|save|receive) (twice|double|triple|more|faster|unlimited|extra|better|free|a discount|access|priority|\\d)',
  '(that|this|it|which) (saves|will save|would save|could save|gives|will give|would give|includes|comes with|means you)',
  'save (you )?(money|time|\\d|up to)',
  '(twice|double|three times) (the|as) (speed|fast|data|much|many)',
  '\\d+ times (the|as) (speed|fast|data|much|many)',
  '(faster|cheaper|better|more reliable) than',
  '(includes|included|comes with|benefit|benefits|advantage)',
  // Terms in the customer's favour, as the answer to "is there a contract?": "it's a rolling monthly plan, so there's no
  // contract". (Not "you can cancel any time before the fourteenth", said of what the customer already has.)
  '(there\'s |theres |there is |with |and )no (contract|minimum term|tie-in|lock-in|exit fee|cancellation fee|set-?up fee)',
  'rolling (monthly|month-to-month|month to month|plan|contract)',
  '(your|the) (donation|money|contribution|gift) (will|would|can|could|goes|helps|will help)',
];

// Steps of serving the call, not of a sale: "shall i check that for you", "want me to go over it again".
const SERVICE_STEPS = '(and|or|but|so|then|if|the|a|an|you|it|that|be|not|now|check|look|explain|repeat|read|go over|go through|run through|call|ring|give you a|transfer|put you through|spell|take (your|down|a)|note|make a note|hold on|wait|hang|leave|stay|find|see|try|pass|start with|confirm|just check|just confirm|do that|do this|log|raise|escalate|chase|switch it on|send you (a|the) (link|details|form|information))';

export const DECISION_ASK: CueEntry[] = [
  // Offering to do it, whatever it is: "shall i pop the care plan on", "want me to start it on the phone instead".
  `shall i (just |quickly )?(?!${SERVICE_STEPS}(?![a-z]))[a-z]+`,
  // The agent's: a customer's "you want me to pay extra to protect it from your own drivers?" is indignation.
  { re: `(would you like|(do |did )?you want|want|you'd like) me to (just )?(?!${SERVICE_STEPS}(?![a-z]))[a-z]+`, tag: 'agent' },
  // The agent's, not a customer's "can I upgrade to the lifetime policy?" (a request), nor "can I start with your policy
  // number" (a look-up).
  { re: '(shall|should|can|may) i (go ahead|set|add|book|place|process|sign|put|start(?! with)|order|upgrade|switch|activate|schedule|make)', tag: 'agent' },
  // "can i get that booked in for you?" asks for the decision; "can i get a different model?" asks for something.
  '(shall|should|can|may) i get (you|that|it|this|one|them|those) (booked|set|added|ordered|sent|signed|started|upgraded|switched|sorted|arranged|organised|organized|put|going)',
  'would you like (to|me to) (go ahead|proceed|sign|add|set|book|order|upgrade|switch|take|try|start|get|donate|make|do|give|reserve|hold|put|move|pop|arrange)',
  // Not information ("would you like the details on that?") or a slot to pick ("would you like that slot?").
  'would you like (that|it|one|the|them|those)(?! (details|information|info|link|number|leaflet|brochure|slot|appointment|time|date|day|one at))',
  // The offer put to the customer at the end of its sentence: "delivery is four ninety nine, do you want that?" (not
  // "do you want it delivered or collected?", which picks how).
  '(do|did) you want (that|it|one|them|those)(?=\\s*([?.!]|$))',
  // Said tersely as a sentence of its own: "Nine pounds a day. Add it?", "Want it added?", "Twenty quid and it's yours. Want
  // to?", "want one in the same box".
  { re: '(?<!\\b(i|we|you|they|he|she|just|really|don\'t|dont|i\'ll|ill|we\'ll|will|might|may|would|could|can) )(add (it|that|them|one|those)|want (it|that|one|them|to)( added| adding| on| booked)?)( in the same (box|order|parcel|delivery)| with (it|that|them|the order)| on (the|your) (order|bill|account|booking))?(?=\\s*([?.!]|$))', tag: 'agent' },
  // "can you let me know by friday whether you want them?"
  '(let me know|tell me)( by [a-z]+( [a-z]+){0,2})? (if|whether) (you want|you would like|you\'d like) (them|it|that|one|those)',
  '((do|did) you )?want me to (go ahead|proceed|sign|add|set|book|order|upgrade|switch|reserve|hold|put|pop|do|get|arrange|move)',
  '(do|did) you want (me to|to) (go ahead|proceed|sign|add|set|book|order|upgrade|switch|take|try|start|get|donate|make|do|give|reserve|hold)',
  '(are you|would you be) (ready|willing|happy|okay|ok) to (go ahead|proceed|sign|donate|give|make|start|commit|contribute)',
  // "would you consider yourself a giving person?" asks about the listener, not for a decision.
  'would you (consider(?! yourself| myself| it a| that a)|agree|commit)',
  'how much (would|will|do|can|could) you (like to )?(donate|give|contribute|want to)',
  'how (does|would) (that|\\$?\\d+\\w*) sound',
  '(should|shall) we (go ahead|do it|proceed|set)',
  '(ready|want) to (go ahead|proceed|get started)',
  'can i (count on|put you down|sign you up)',
  // Proposals asked as questions: "would you be interested in adding it?", "will you consider it?", "can we count on you?"
  '(would|will|could) you be interested in',
  '(will|would|could) you (please )?consider(?! yourself| myself| it a| that a)',
  '(won\'t|wouldn\'t) you (please )?(donate|give|help|contribute|join|consider|add|try|take)',
  'would you (care|like) to (help|donate|give|contribute|join|be (a )?part|be apart|increase|raise|double|up|add to|match|chip in)',
  '(do|did|would) you (also )?want to (also )?(join|donate|help|give|contribute|add|upgrade|switch|try|take|make)',
  'you want to join (me|us|in)',
  '(are|were) you (going|planning|ready|hoping|thinking) (to|of|on) (donate|donating|give|giving|contribute|contributing|start|join|joining|help|helping|make|making)',
  'do you plan (on|to) (donate|donating|give|giving|contribute|contributing|join|joining|help|helping|make|making)',
  'how much (of (it|that|your \\w+) )?(would|will|do|did|can|could) you (say|be|like|want|wanted|plan|think|feel)',
  'what do you think (you will|you would|you\'ll|you might|you want to) (be )?(donating|giving|choosing|contributing|doing|donate|give|choose|contribute|do)',
  '(can|could) (i|we) count you in',
  '(how about|what about|how bout) it',
  // An amount put to the listener: "how about $5?", "why not two dollars then", "say 50 cents?".
  '(how about|what about|why not|say|would) (just |even |only |maybe )?(\\$ ?\\.?\\d[\\d.,]*|\\.\\d+|\\d[\\d.,]* ?(dollars|cents|bucks|pounds|euros|quid|percent|%))',
  { re: '(be|is|it\'s|that\'s) (too much|asking too much) to (ask|give|do)', negatable: false },
  { re: '(are you sure|sure) you (don\'t|do not) want to', negatable: false },
  '(should|shall) we (give|donate|add|try|make|go with)',
  'have you (\\w+ )?(ever )?(considered|thought (about|of)) (donating|giving|making|upgrading|switching|adding|signing|joining|contributing|helping)',
  '(can|could) (we|i) count on (you|your)',
  '(will|would|could|can) you (donate|give(?! me| us)|contribute|join|commit|make a donation)',
  // The agent's proposal; the customer's "is that something you can sort?" asks, and "let's do it" is the decision itself.
  { re: '(is that|would that be) (something|a plan) you', tag: 'agent' },
  { re: '(let\'s|let us) (go ahead|set that|do it)', tag: 'agent' },
  'what do you say',
  'what do you think about (donating|giving|signing up|upgrading|going ahead)',
  '(are|were) you (still )?(interested|willing|open) (in|to)',
  'how (would|do) you feel about (donating|giving|making|upgrading|switching|adding|signing|joining|going ahead)',
  'have you (ever )?(considered|thought about) (donating|giving|making|upgrading|switching|adding|signing)',
  '(wouldn\'t|won\'t) you like to',
  'do you think (you|that you) (would|could|will|might|can) (be willing|like|want|donate|give|elect|consider|contribute|help|afford|go ahead)',
  'do you think (that )?(you\'d|you\'ll) (be willing|be able|like to|want to|donate|give|consider|contribute|help|afford|go ahead)',
  // "I wanted to see if you'd be willing to join", "just wondering whether you'd like to add it".
  '(see|ask|know|wondering|wonder|wondered) (if|whether) (you would|you\'d|you could|you might|you will|you can) (be (willing|able|interested|open)|like to|want to|consider)',
  'you wanna (donate|give|contribute|help|join|add|upgrade|try|go ahead|sign)',
  '(how much|what amount|what percentage|how many) (of (it|that|your \\w+) )?(are you|would you|will you|do you|can you|could you) (planning|want|like|willing|going|able|prepared|hoping|thinking)',
  // (Not "would you be able to read the meter for me", a task.)
  'would you be (willing|will|able(?! to (go|read|send|turn|look|tell|pop|bring|find|upload|email|text|ring|call|check|take a|get a|do a)(?![a-z]))|prepared|happy|open)',
];

/**
 * Cues of an action after the call. sales.ts keeps one only with a time ("I'll call you back before five"), except those
 * tagged "done": a booking already made or a reference given is concrete without one.
 */
export const NEXT_STEP: CueEntry[] = [
  // What happens next by the process, with its time: "refunds are paid within twenty-eight days", "the new card comes in
  // the post in three to five working days", "a decision normally takes about ten working days".
  '(is|are|gets|get) (normally |usually |typically |always )?(paid|processed|issued|posted|refunded|credited|dispatched|reviewed|decided|released|returned)',
  '(arrives|lands|comes through|comes in the post) (in|within|by|on|tomorrow|next|this)',
  // (Not how long a task lasts: "the form takes about five minutes".)
  '(normally |usually |typically )?takes (about |around |up to |roughly )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|\\d+)(?!( [\\w-]+)? (minutes?|mins|hours?|seconds)(?![a-z]))',
  // A booking confirmed: "i've put you in for friday at two", "that's you moved to the sixteenth". (A parting "see you
  // thursday" only recalls one.)
  { re: '(i\'ve|i have) (put|pencilled|penciled|got) you (in|down) for', tag: 'done' },
  { re: '(that\'s|thats) you (booked|moved|down|in|sorted) (in )?(for|to|on)', tag: 'done' },
  { re: '(you\'re|you are|you\'ve been|you have been) (all )?(booked|down) (in )?(for|on|at)', tag: 'done' },
  // With its time: "done, moved to Tuesday the fourteenth", "all booked for Friday", "that's you at eleven-fifteen".
  '(done|that\'s|thats|all|now) (booked|moved|rebooked) (in )?(for|to|on|at)',
  '(that\'s|thats) you at',
  '(i\'ll|ill|i will|i\'m going to|i am going to|we\'ll|we will|i\'m gonna|let me(?! (check|look|run|see|pull)(?![a-z]))) (let you know|measure|list|email|e-mail|send|message|go in|head in|run|prepare|put together|draw up|look into|check|hold|reserve|keep|extend|freeze|pop in|come in|call in|drop in|drop by|come by|collect|pick it up|call|ring|text|mail|ship|schedule|book|follow up|get back|escalate|transfer|process|submit|arrange|set up|put through|forward|raise|open|log|file|order|refund|credit|reset|issue)',
  // Someone or something sent out or over: "i can get a roofer out tomorrow", "i can get that to you wednesday". Tagged
  // "offered": followed by a question ("... shall i book that in?") it is only proposed.
  { re: '(i|we) can (have|get) (the|a|an|our|your|someone|somebody|him|her|them|it|that|those|these|this|one) ([\\w-]+ ){0,2}(with you|out|round|over|to you|across|there|delivered|sent|posted)', tag: 'offered' },
  { re: '(you\'re|you are|you\'ve been|you have been) (now )?on (the|our) (list|rota|schedule|books|round|system) for', tag: 'done' },
  // Speech-to-text drops the apostrophe of "he'll", "she'll", "we'll", leaving other words: read them only before a
  // verb of contact or delivery ("hell ring you twenty minutes before", "well do yours next tuesday").
  '(hell|shell|well) (ring|call|phone|text|email|send|post|pop round|pop over|be there|be round|be with you|do yours|sort it|book)',
  // A step on a condition or choice: "a replacement would come next wednesday on our own van".
  '(it|they|(the|your|a|an) ([\\w-]+ ){0,2}[\\w-]+) would (come(?! to)|arrive|go out|be delivered|be with you|reach you|be sent|be posted)',
  // "one of us will come back to you by Friday", "I'll be writing to them tonight", "the refund will be back on your
  // card in three to five days", "the hire bike's ready from four today", "you get a text the evening before".
  '(one of us|one of the team|one of our team|a colleague|my colleague|my manager|the team) will',
  '(i|we) can (ring|call|email|text|pop in|drop in|pop round|pop it in|drop it off|post it|come)',
  // Someone sent, by name or by pronoun: "he can come between one and three", "Kieran will text you when he's close".
  '(he|she|they) can (come|pop|call|ring|be there|be with you)',
  // Or by name: "dave can be there at 8am tomorrow".
  "(?!(you|nobody|who|which|that|it|this)\\b)[a-z]+ can be (there|with you|round)",
  // Back to the customer within a time: "the team ringing you within five working days", "released to you within
  // fifteen working days".
  '(you|to you|with you) within',
  // "the nearest engineer can be with you in about forty minutes".
  { re: '(can|could) be with you', tag: 'offered' },
  'will(?<=[a-z]+ will) (ring|call|text|phone|email|contact|visit|pop round|come round|come out|be in touch|get back to you|collect|deliver)',
  // Speech-to-text's "ill" is "I'll" before a verb ("ill pop a slip in the post this week"); "ill" the adjective is not
  // followed by one.
  'ill (then |also |just |probably |definitely )?(ring|call|phone|text|email|send|post|pop|drop|bring|get|forward|book|order|check|chase|come|pick|collect|put|upload|pay|transfer|arrange|give|speak|talk|update|write)',
  // A refund's way back, with its time: "its back on your card in three to five working days".
  "(it's|its|it is|that's|thats|they're|theyre|that'll|thatll) (be )?back (on|in|to) your (card|account|bank)",
  '(i\'ll|ill|i will|we\'ll|we will) be (writing|ringing|calling|emailing|sending|popping|dropping|coming)',
  // The customer's own part, with its time: "i'll dig it out tonight and send it over", "I'll have a proper look at it
  // tonight", "ill go through it with him tonight".
  // (Not "i'll tell you what", which only leads into a suggestion; nor "i'll ask my son to look", mostly said when sent
  // elsewhere.)
  "(i'll|i will|we'll) (dig|do (it|that|this|the)|get (it|that|them|those|the)|have a (look|proper look|read|think)|look (at|over|through)|tell (him|her|them|my|the)|show|go through (it|them|that|the)|grab|bring|speak|talk|fill|read|sort)",
  'ill (dig|do (it|that|this|the)|have a (look|proper look|read|think)|look (at|over|through)|tell (him|her|them|my|the)|show|go through (it|them|that|the)|grab|fill|read|sort)',
  '(will|should|it\'ll|they\'ll|that\'ll) be (back )?(on|in) your (card|account|bank)',
  // "refunds go back to your card within fourteen days", "it's paid back to your card within a week".
  '(go|goes|is paid|are paid|gets paid|get paid|is refunded|are refunded|is credited|it\'s paid|it\'s refunded|it\'s credited|it\'ll be paid) back (to|on|onto|into) your (card|account|bank)',
  // Money on its way back, said without a verb of doing: "back on your card within ten working days", "forty eight
  // pounds back to your card in three to five days", "the refund reaches your card within seven days".
  '((back|paid|returned) (on|to|onto|into)|reaches|hits) (your|the same|the original) (card|account|bank)',
  // What the business would do once the part is in: "it's due in on Friday, and we'd fit it the same day".
  '(we\'d|we would|they\'d|they would) (fit|send|deliver|book|ring|call|collect|install|replace|swap|post|email|text|come)',
  '(both|all|each) (of them )?will (come|arrive|go out|be sent|be delivered|ship)',
  'ready (from|for collection|to collect|to pick up)',
  '(you|you\'ll) get (a|an) (text|email|call|reminder|confirmation|letter) (the|on|by|before|within|in)',
  { re: '(i\'ve|i have|we\'ve|we have|i just|i\'ve just|i\'ve also) (booked|scheduled|sent|emailed|submitted|arranged|set up|ordered|placed|processed|escalated|raised|opened|logged|filed|credited|refunded|issued|reset|reserved|noted)', tag: 'done' },
  '(you\'ll|youll|you will|you should|you\'re going to|he should|she should|they should) (also |then |just )?(get|receive|see|hear|have(?! to| been| had))',
  // What the process does next, with its time: "it'll be reversed to your card within five working days", "the
  // replacement's dispatched within two working days", "the claims team replies within ten working days", "sixteen
  // fifty will land in your account within five working days".
  // (Not "it's live from today", "the fee's refunded": done now.)
  '(it\'ll|itll|it will|they\'ll|theyll|they will|that\'ll|thatll|it should|they should) (usually |normally |then |all )?be (reversed|processed|reviewed|dispatched|sent|posted|shipped|delivered|refunded|credited|cleared|approved|activated|released)',
  '(it\'s|its|they\'re|theyre|[a-z]+\'s) (usually |normally )?(dispatched|posted|shipped|processed|reviewed) (within|in|by)',
  '(replies|responds|gets back to you|get back to you) (within|in|by)',
  '(will|it\'ll|itll|they\'ll|theyll) (land|clear|go through) (in|on|within|by)',
  '(a|the|our) (technician|engineer|tech|specialist|supervisor|manager|courier|driver) (will|is going to|should|can)',
  '(it\'ll|they\'ll) (arrive|go out|be emailed|be sent|be on|be back|be delivered|be there|ship|be credited|be refunded|be restored|be fixed|be active|start|be in|be ready|be with you|phone|call|ring|text|email|contact|visit|come)',
  '(it|they|that|this) (should|will) be with you',
  // Speech-to-text drops the apostrophe: "thatll be with you thursday by royal mail".
  '(thatll|itll|theyll|that\'ll) (be with you|arrive|go out|be there|be delivered|be sent|come)',
  // A fix with its time: "the estimate is that it's fixed by six this evening".
  '(it\'s|it is|it\'ll be|it will be|it should be|should be) (fixed|sorted|back up|restored|resolved|working again)',
  // A slot found: "I've got a slot with Dr Hale at eleven forty". One that is only free ("i've got an engineer free
  // tomorrow, would you like that slot") is offered, not booked.
  '(i\'ve|i have|we\'ve|we have) (got|booked|found) (you )?(a|an) (slot|appointment|engineer|visit|callback|call back|table|room)(?! (free|available|spare|open)(?![a-z]))',
  '(i\'ll|ill|i will) (find out|order|check with)',
  // The customer's own errand, with its time: "I'll go and get it tomorrow", "I'll have a look tonight", "I can be there
  // in half an hour", "I can drop it in after work".
  { re: '(i\'ll|ill|i will|i can|we\'ll|we can) (just )?(go (and|to|round|in|over|back|after|down|up)|have a (look|read|think|go|chat|word)|do (it|that|this|them)|be there|pop|nip|bring|drop)', tag: 'customer' },
  // Any action promised in the future tense, whatever its verb ("i'll take his name off it today", "they'll get their
  // invitations in the next five minutes", "a fitter will swap it over"); sales.ts keeps it only with a time. Verbs of
  // state, cost and change are not actions: "it'll be eighteen a month from june", "the price will go up in april".
  '(i\'ll|i will|we\'ll|we will|they\'ll|they will|it\'ll|it will|he\'ll|she\'ll|he will|she will|someone will|somebody will|someone\'ll) (then |also |just |probably |usually |normally |definitely |personally |automatically |now )?(?!(be|cost|go(?! (through|over) )|stay|remain|need|have|expire|end|renew|apply|increase|rise|drop|change|say|show|look|depend|mean|not|never|probably|charge|lose|keep|only|still|work out|happen|let|get charged|save|match|miss|suit|help|fit|cover|come to|mind|like|love|want|know|see|find|notice|hate|enjoy|make sense)(?![a-z]))[a-z]+',
  // The same after a named doer ("the workshop will post it", "your new card will arrive"), read from "will" back (the
  // look-behind), so the cue is tried only where "will" is said.
  'will(?<=(the|your|our|a|an) ([\\w-]+ ){1,2}will) (then |also |just |probably |usually |normally |definitely |personally |automatically |now )?(?!(be|cost|go(?! (through|over) )|stay|remain|need|have|expire|end|renew|apply|increase|rise|drop|change|say|show|look|depend|mean|not|never|probably|charge|lose|keep|only|still|work out|happen|let|get charged|save|match|miss|suit|help|fit|cover|come to|mind|like|love|want|know|see|find|notice|hate|enjoy|make sense)(?![a-z]))[a-z]+',
  // What the speaker is doing now for the other party: "I'm sending it to them today".
  '(i\'m|we\'re|i am|we are) (sending|booking|arranging|ordering|posting|emailing|passing|forwarding|escalating|referring|scheduling)',
  '(it|they|(the|your|a|an) ([\\w-]+ ){0,2}[\\w-]+) (will|should|is going to) (arrive|land|reach|take|collect|pick up|come|call|ring|visit|deliver|bring|be ready|go out|be emailed|be sent|be on|be back|be delivered|be there|ship|be shipped|be processed|be credited|be refunded|show up|appear|be back|be restored|be fixed|show|be at|be in|be with you|be live|start|kick in|reach you)',
  // Said of the thing itself, in the present: "new card arrives in three to five days", "cover starts at midnight",
  // "replacements go out thursday", "and ships within two working days".
  '(it|the \\w+|your \\w+|new \\w+|new \\w+ \\w+) (arrives|ships|goes out|starts|kicks in|goes live)',
  '(they|[a-z]+s) (go out|ship|arrive) (today|tomorrow|tonight|on|this|next|by|within|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(and|then) (ships|goes out|arrives) (today|tomorrow|on|this|next|by|within)',
  // Someone sent, back or there with a time: "he'll be back on your street this thursday", "she'll have it back here
  // thursday morning", "fitters will be there after four".
  '(he\'ll|she\'ll|they\'ll|he will|she will|they will|[a-z]+s will) be (back|there|round|over|with you|out to you|along)',
  '(he\'ll|she\'ll|they\'ll|we\'ll|i\'ll|he will|she will|they will|we will|i will) have (it|them|that|those|yours|the \\w+) (back|ready|done|fixed|finished|repaired|with you)',
  // "the technician rings when he's leaving the job before" (not "the wedding rings didn't make it").
  '(the [\\w-]+|he|she|they) (rings|texts|phones|calls) (you|ahead|first|before|when|on the way|from the)',
  // A call back fixed in time: "speak to you before five", "talk to you tomorrow".
  // A parting "speak to you on Friday", "speak tomorrow" only recalls a call back arranged before; "I'll speak to you
  // tomorrow" promises one, and "speak tomorrow at ten" names its time.
  '(speak|talk) (to you )?(on [a-z]+ |tomorrow )?(by|before|at|first thing|after|within|in)',
  "(?<=(i'll|ill|we'll|i will|we will) )(speak|talk) (to you )?(on|tomorrow|this|then)",
  // What is expected to happen, with its time: "it should update by tonight", "they usually reply within ten working
  // days", "i can get her to ring you back tomorrow".
  '(it|they|that|this|he|she|we|the [\\w-]+|your [\\w-]+) (should|usually|normally|typically|generally) (?!(be|cost|go|stay|remain|need|have|say|look|depend|mean|not|never|charge|lose|keep|only|still|happen|let|help|fit|cover|like|want|know|see|find|work out)(?![a-z]))[a-z]+',
  '(i|we) can (get|have) (her|him|them|someone|somebody|an engineer|a manager|the team) (to )?(ring|call|phone|email|contact|visit)',
  '(expect|arrive|arrives|delivered|scheduled|booked) (it )?(by|on|within|in|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(i\'ll|i will|i\'m going to|we\'ll|i\'m gonna) (ring|phone|reissue|post|courier|contact|chase|check back|come back)',
  { re: '(is|are|it\'s|they\'re|that\'s) on (its|their) way', tag: 'done' },
  // The confirmation and its kin, named bare, with a time: "confirmation will be emailed within the hour", "updated
  // confirmation's on its way, should be with you in five minutes", "confirmation email in the next few minutes".
  '(confirmation\'s|receipt\'s|quote\'s|invoice\'s|contract\'s|reminder\'s|confirmation is|receipt is|quote is|invoice is|contract is|reminder is) on its way',
  '(confirmation|receipt|quote|invoice|paperwork|contract|reminder)s? (email |text |letter )?(will|should|is going to|\'ll) (be )?(emailed|sent|posted|texted|with you|arrive|come through|land)',
  '(confirmation|receipt|reminder) (email|text|letter)? ?(in|within) (the next|the hour|about|a few|an|a|\\d)',
  // A promise carried on by "and": "I'll speak to them this morning and ring you back by four".
  '(and|then) (ring|call|phone|text|email) you (back )?(by|before|at|on|tomorrow|today|this|first|within|in)',
  // "i can reserve one for you to collect tomorrow": a hold that comes with its time.
  '(i|we) can (reserve|hold|put aside|set aside|book|order|send|arrange|courier|post)',
  // A booking named as made, with its time: "its booked for thursday the eleventh", "the engineer's booked for
  // tomorrow", "that's booked, Biscuit with Mr Adeyemi tomorrow at ten" (read from "booked" back).
  'booked(?<=(\'s|\\bis|\\bare|\\bthats|\\bits|\\ball|\\bnow) booked)( in)?(?=[,.]| (for|on|with|at)\\b)',
  "(i've|ive|i have) (popped|put|slotted|pencilled|penciled|booked|got) you (in|down)",
  // Money off a bill to come: "it'll come off your January bill".
  "(it'll|itll|it will|that'll|thatll|that will|they'll|theyll) come off (your|the) ([\\w-]+ )?(bill|invoice|statement|payment)",
  // On a round with its day: "fittings are on today's van", "it's on Friday's delivery".
  "(is|are|it's|its|they're|theyre) on (today's|todays|tomorrow's|tomorrows|the next|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s) (van|delivery|lorry|post|run|wagon|collection|drop|round)",
  "(confirmation|receipt|reminder) (email|text|letter)?('s| is) (coming|going out|on its way)",
  '(both|all) (of them )?(go out|ship|arrive) (today|tomorrow|tonight|on|this|next|by|within)',
  "(your|the) next ([\\w-]+ ){0,3}(arrives|ships|goes out|comes|is due)",
  // What comes next named bare, its time straight after: "documents by email today", "confirmation email in five
  // minutes", "text within the hour", "engineer by Thursday afternoon" (a recap's verbless list).
  "(?<!(send|sending|sent|upload|submit|return|post|email|e-mail|sign|complete|fill in|through) (us |me |in |back )?(the |your |a |an |that )?)(?<!\\b(my|our|his|her|their) ([\\w-]+ )?)(e-?mails?|texts?|letters?|confirmations?|receipts?|documents|paperwork|contracts?|agreements?|statements?|papers|e-?tickets?|boarding pass(es)?|forms?|links?|codes?|quotes?|invoices?|packs?|call ?backs?|decision|refund|engineer|technician|plumber|electrician|adjuster|surveyor|courier|driver|visit|delivery|bill)('s)?( (comes?|coming|follows|goes out|arrives|lands|(will|should) (come|follow|arrive)( through| over)?))?( (by|via) (e-?mail|text|post|sms)| (to|in) your (e-?mail|inbox|phone|mobile)| in the post)?(?= (today|tonight|tomorrow|within|in (the next|[\\w-]+( [\\w-]+){0,3} (minutes?|hours?|days|working days|weeks?|fortnight))|by (the end|end|close|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midday|noon|lunch|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z0-9'])(?! of ))",
  // "your reference number is...", not "can I take the crime reference number".
  { re: '(your|a) reference (number )?(is|for)', tag: 'done' },
  { re: '(here\'s|here is) (your|the) reference', tag: 'done' },
  // What the process sends, said without a promise: "engineer tomorrow between nine and twelve", "confirmation comes by
  // email today", "the courier texts a two-hour window", "the wholesaler delivers tomorrow after two".
  '(engineer|technician|fitter|courier|driver|crew|van|refund|credit|new card|replacement|confirmation|certificate|key code|tracking|wholesaler|part|parts|assessor) (is |will be |are )?(due |booked )?(on the|tomorrow|today|tonight|this (morning|afternoon|evening)|next (week|monday|tuesday|wednesday|thursday|friday|saturday)|between)',
  '(engineer|technician|fitter|courier|driver|crew|confirmation|certificate|key code|tracking|wholesaler|assessor|email|text|letter) (comes|arrives|gets (emailed|sent|posted)|texts|delivers|rings|calls|goes out|reviews)',
  { re: '(ticket|case) (number|is open|has been)', tag: 'done' },
  // Sent with its time said: "your confirmation will go in the post today", "that's going out today", "the pac code is
  // coming to you by text now", "confirmation's on its way by email now" (a bare "the quote's on its way now" graders
  // leave as often as they mark).
  { re: '(going|goes|will go) (out|in the post|to you|to your (email|inbox|phone))( by (email|text|post))? (today|tonight|tomorrow|this (morning|afternoon|evening)|now)', tag: 'done' },
  { re: '(on (its|their) way|coming|comes|will come)( to you)? by (email|text|post) (now|today|this afternoon|tonight)', tag: 'done' },
];

/** Time expressions that make a next step concrete. */
export const WHEN: CueEntry[] = [
  '(today|tonight|tomorrow|this (morning|afternoon|evening|week|weekend|month)|next (week|month|business day|monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  '(on |by |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(within|in|under) (the next |about |around |roughly |up to )?(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)((-| )(one|two|three|four|five|six|seven|eight|nine))?|a few|few|couple of) (minutes?|hours?|days?|business days?|working days?|weeks?|months?|fortnight)',
  '(by|before|at) (the )?(end of (the )?(day|week|month)|noon|midnight|\\d{1,2}(:\\d\\d)? ?(am|pm|a\\.m\\.|p\\.m\\.|o\'clock|oclock))',
  // An hour in figures, as speech-to-text writes it: "i'll call you back before 4" (not "by 2 percent", "by 5 days").
  '(by|before) \\d{1,2}(:\\d\\d)?(?! ?(%|percent|pounds|quid|pence|p|days|weeks|months|years|hours|minutes|mins|euros|dollars|gig|gb|miles|kg)(?![a-z]))',
  '\\d{1,2}(:\\d\\d)? ?(am|pm|a\\.m\\.|p\\.m\\.)',
  '(right away|immediately|shortly|straight away|asap|as soon as possible|later today|first thing|within the hour)',
  // How long a refund or its processing takes: "the refund takes three to five working days", "processing takes up to
  // twenty-eight days". (Not "it takes about an hour", how long a job lasts, nor "you apply online, it takes ten working
  // days", which graders do not count.)
  `(refund|refunds|processing|that) takes (about |around |up to |roughly )?(\\d+|a few|a couple of|${NUMBER_WORD}((-| )${NUMBER_WORD})?)( (to|or) (\\d+|${NUMBER_WORD}))? (days|business days|working days|weeks)`,
  // Ranges and the next stretch of time: "in three to five working days", "in the next hour", "the evening before".
  '(within|in|under) (the next |about |around |roughly )?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) (to|-|or) (\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) (minutes|hours|days|business days|working days|weeks)',
  '(within|in|over) the next (minute|hour|day|week|few (minutes|hours|days)|couple of (minutes|hours|days))',
  '(the )?(day|evening|night|morning) before',
  // "the engineer will text you that morning", "he'll ring you when he's on his way".
  'that (morning|afternoon|evening|day|night)',
  'when (he\'s|she\'s|they\'re|it\'s|the [a-z]+ is) (on (his|her|their|its|the) way|ready|done|finished|back)',
  '(in|within) (about |around |roughly |like )?(the next )?(half an hour|half hour|an hour and a half)',
  '(about |around )?(half an hour|an hour|a day|two days|\\d+ minutes|(ten|fifteen|twenty|thirty|forty|forty five|forty-five|sixty) minutes) before',
  '(at|by|before|after|around) half (past )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
  // "for the twenty-eighth", "on the 14th", "between eight and one".
  '(for|on|by|from) the (\\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)th|twentieth|(twenty|twenty-)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)',
  'between (\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)( ?(am|pm))? and (\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
  '(by|before|at|after) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midday)( o\'clock| oclock| thirty)?( today| tomorrow| tonight)?',
  'tonight',
  // "around ten thirty", "about half nine", "at the weekend", "two days after that".
  '(around|about|for|from) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half (past )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\\d{1,2}(:\\d\\d)?)( o\'clock| oclock| thirty| fifteen| forty five| forty-five| ?am| ?pm)?( today| tomorrow| tonight| this (morning|afternoon|evening))?(?![a-z])(?!\\s+(pounds|quid|dollars|euros|percent|per|a month|months|years|gig|gb|mb|pence|p(?![a-z])))',
  '(at|over|by|on) the weekend',
  '\\d+ (days|weeks|hours|working days) (after|later|from)',
  '(one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (days|weeks|hours|working days) (after|later|from)',
  // "within a couple of hours", "around quarter to eight", "at lunchtime", "after work", "the first week of march".
  '(within|in) (the next )?a couple of (minutes|hours|days|weeks)',
  '(at |by |before |after |around |about )?(a )?quarter (past|to) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})',
  '(at|by|after|before|over|this) lunch(time)?',
  '(after|before) (work|school)( today| tomorrow| tonight)?',
  // A day's own round or a month's bill: "next wednesday's delivery", "today's van", "your january bill".
  "(today's|todays|tomorrow's|tomorrows|tonight's|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s)",
  "(january|february|march|april|may|june|july|august|september|october|november|december|next month's|this month's) (bill|invoice|statement)",
  // (A month alone, "in june", is as often when something lasts or changes as when a step is taken.)
  '(first|second|third|last) week (of|in) (january|february|march|april|may|june|july|august|september|october|november|december)',
];
