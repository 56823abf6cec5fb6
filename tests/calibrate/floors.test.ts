// Detection quality held in place: F1 per detector and per rule on fixtures/labelled may rise, never fall below these.
// The set is measured in parts. The first 44 calls are the ones the detectors were first tuned on. Each later batch of
// 20 was written and labelled without running callaudit, measured once as it arrived (the commit is named), and only
// then used to improve the detectors; the next batch held that work to account. A part's floors start at its first
// measurement, rounded down to 0.05, and are raised as the detectors improve on it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCall } from '../../src/audit/audit-call.js';
import { resolveRules } from '../../src/audit/run-rules.js';
import { calibrate, type CalibrationReport } from '../../src/calibrate/compare.js';
import { loadLabels, type LabelSet } from '../../src/calibrate/labels.js';
import { InputError } from '../../src/errors.js';
import type { CallResult } from '../../src/model/results.js';
import { readInputs } from '../../src/read/index.js';

interface Part {
  name: string;
  /** Call numbers lb-<first>..lb-<last>. */
  first: number;
  last: number;
  /** F1 per act, turn level. */
  acts: Record<string, number>;
  /** F1 per rule, call level, with "fail" as the positive class: the findings a grader agrees with. */
  rules: Record<string, number>;
}

// The next-step window (fourteenth session): a next step carries an offer or answers buying interest only in the agent's
// first turn after it, since later ones are nearly always about other business. On all 1,364 calls sales-follow-through
// agreement went 80.1 -> 81.2 and its F1 0.56 -> 0.63 (37 calls more agree, 21 fewer); 31 part floors rose and 13 fell,
// each of those named where it falls.
const PARTS: Part[] = [
  {
    name: 'the first 44 calls (tuned on from the start)',
    first: 1,
    last: 44,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.95, 'next-step': 0.9, 'decision-ask': 0.95, acknowledgement: 0.95,
      'resolution-check': 0.85, 'customer-emotion': 0.9, 'buying-signal': 0.9, offer: 0.75, paraphrase: 0.85,
    },
    // unresolved-enquiries 0.65 -> 0.6 when next-step detection improved (F1 0.73 -> 0.90): lb-011 now ends with a
    // detected next step, so one ignored question of three leaves the rule's partial score at 77 where the grader fails.
    // sales-follow-through 0.8 -> 0.75 with the next-step window (see PARTS).
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.75, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // First measured at 682fb5d: offer 0.13, buying-signal 0.17, next-step 0.60, paraphrase 0.59.
    name: 'fresh batch 1 (lb-045..lb-064)',
    first: 45,
    last: 64,
    // question 0.9 -> 0.85 with the question work on Switchboard's train split (F1 +2 on its half held out, both as
    // written and unpunctuated): 0.901 -> 0.891 here, one turn; on all 124 calls 0.897 -> 0.893.
    // next-step 0.95 -> 0.9 when any verb of the future with a time became a step (batches 5-6: 0.72 -> 0.83; all 124
    // calls 0.887 -> 0.898): here "your tutor will point you to it in the first week" now counts, and the grader did not.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.95, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.9, 'buying-signal': 0.9, offer: 0.65, paraphrase: 0.85,
    },
    // questions-asked 0.8 -> 0.75: lb-060's offer is now detected, so the rule ends discovery there, after one question
    // (the grader passes it). Rule floors on 20 calls move by a call at a time. 0.75 -> 0.7: "she died in February" is
    // now heard as distress, so lb-058 has a problem to discover and its single question fails the rule's default of
    // two (the grader passes it; the known policy difference, see README).
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.7, 'questions-asked': 0.85, 'sales-follow-through': 0.55 },
  },
  {
    // First measured at 80400fc: offer 0.40, buying-signal 0.42, customer-emotion 0.57, next-step 0.67.
    name: 'fresh batch 2 (lb-065..lb-084)',
    first: 65,
    last: 84,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.95, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.9,
    },
    // unresolved-enquiries 0.3 -> 0 (fifteenth session) when "in the student portal" became a referral: lb-071, which its
    // grader fails for a dropped discount question, had failed only because the portal answer was not read; the discount
    // question's reply ("I'm not sure... let me see... no, I can't find it") still reads as acting on it.
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.75, 'sales-follow-through': 0.6 },
  },
  {
    // First measured at 818aece, after the tuning on batches 1 and 2: offer 0.36, buying-signal 0.49, customer-emotion
    // 0.49, empathy 0.55, next-step 0.65.
    name: 'fresh batch 3 (lb-085..lb-104)',
    first: 85,
    last: 104,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.9,
      // buying-signal 0.75 -> 0.7 with the same question work: a question after an offer is interest, and fewer turns
      // now read as questions (0.75 -> 0.72).
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.7, paraphrase: 0.8,
    },
    // questions-asked 0.6 -> 0.5 when the rule's default became one discovery question and identity checks stopped
    // counting (agreement with the graders on all 124 calls 60.5% -> 69.4%): lb-090 now passes as its grader does, and
    // lb-098 passes on one question about the block where its grader wanted more.
    // unresolved-enquiries lowered one step when answers and echoes said with a rising "?" ("Last Sunday? Maybe
    // Saturday.") stopped counting as enquiries: on all 324 calls agreement rose (77.2% -> 79.3%, with requests matched
    // on the turn's words), but here a call the grader fails had failed only because such an echo went "unanswered"; it
    // now passes on the share of real questions answered (lb-093).
    // empathy-phrases 0.95 -> 0.9 (sixteenth session) when run-on questions with "that" as subject were read: lb-096's
    // "does that answer everything you were worried about" is now a question, so its "you were worried" names what
    // troubles the customer inside a question rather than recognising it, and the worry voiced two turns before goes
    // without empathy; its grader passes the call.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.75, 'questions-asked': 0.85, 'sales-follow-through': 1 },
  },
  {
    // First measured at 4499ebf, after the tuning on batch 3: the held-out figure for that work.
    name: 'fresh batch 4 (lb-105..lb-124)',
    first: 105,
    last: 124,
    // Raised after the work on batches 5 and 6 (empathy 0.56 -> 0.6, customer-emotion 0.38 -> 0.5, paraphrase 0.26 -> 0.4,
    // rule empathy-phrases 0.22 -> 0.67).
    // acknowledgement 0.8 -> 0.75 (twentieth session) when "you're right" became one (on all 2,804 calls 80.4 -> 80.9):
    // lb-119's "you're right sso isn't on team" concedes the point, and its grader leaves it.
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.85, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.65, paraphrase: 0.45,
    },
    // unresolved-enquiries 0.75 -> 0.7 (fifteenth session) when a tag seeking agreement stopped being an enquiry: lb-124's
    // "It's all going up everywhere, isn't it." no longer counts as one answered, so its one unanswered question ("Half
    // what the letter says?") weighs more and the call fails, where its grader passes it.
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.7, 'questions-asked': 0.95, 'sales-follow-through': 0.7 },
  },
  {
    // Written without running callaudit; first measured at 4966913 (appraisals only), then tuned on with batch 6:
    // customer-emotion 0.59, empathy 0.70, paraphrase 0.56, offer 0.50, buying-signal 0.47, next-step 0.72.
    name: 'fresh batch 5 (lb-125..lb-144)',
    first: 125,
    last: 144,
    // buying-signal 0.9 -> 0.85 when "could you email me the figures" became interest (batch 8's writer labels it so);
    // this batch's writer did not, in lb-129.
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.95, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.9,
      'resolution-check': 0.85, 'customer-emotion': 0.9, 'buying-signal': 0.85, offer: 0.9, paraphrase: 0.8,
    },
    // unresolved-enquiries 0.8 -> 0.65: lb-130's "back to the original card within seven to ten days" is now read as the
    // next step it is (the grader marks it), so the call ends settled and its one unanswered request no longer fails it.
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.65, 'questions-asked': 0.95, 'sales-follow-through': 0.8 },
  },
  {
    // First measured at 8069738, before this batch's session: customer-emotion 0.51, buying-signal 0.32, offer 0.50,
    // next-step 0.72, empathy 0.67. Then tuned on with batch 5.
    // sales-follow-through 0.95 -> 0.85 (twelfth session): lb-155: a freeze fee read as an offer, and now that the
    // benefit an offer states no longer carries it, a call graders found no sale in fails.
    name: 'fresh batch 6 (lb-145..lb-164)',
    first: 145,
    last: 164,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.95, acknowledgement: 0.9,
      'resolution-check': 0.85, 'customer-emotion': 0.9, 'buying-signal': 0.85, offer: 0.75, paraphrase: 0.85,
    },
    // sales-follow-through 0.85 -> 0.75 with the next-step window (see PARTS): lb-148 now fail.
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.8, 'questions-asked': 0.8, 'sales-follow-through': 0.75 },
  },
  {
    // Held out from the work on batches 5 and 6; first measured at d35e137 (before: at 8069738).
    name: 'fresh batch 7 (lb-165..lb-184)',
    first: 165,
    last: 184,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.85, offer: 0.75, paraphrase: 0.75,
    },
    // unresolved-enquiries lowered one step when answers and echoes said with a rising "?" ("Last Sunday? Maybe
    // Saturday.") stopped counting as enquiries: on all 324 calls agreement rose (77.2% -> 79.3%, with requests matched
    // on the turn's words), but here a call the grader fails had failed only because such an echo went "unanswered"; it
    // now passes on the share of real questions answered (lb-168).
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.75, 'questions-asked': 0.7, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way, half of it speech-to-text style; first measured at d35e137.
    // sales-follow-through 0.85 -> 0.8 (twelfth session): lb-197: the colour lease quoted with a hand-over to sales
    // "after two" said by the customer; a benefit in the offer's own turn no longer carries it.
    name: 'fresh batch 8 (lb-185..lb-204)',
    first: 185,
    last: 204,
    acts: {
      question: 0.8, enquiry: 0.9, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.95, acknowledgement: 0.9,
      'resolution-check': 0.85, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.75, paraphrase: 0.8,
    },
    // unresolved-enquiries 0.55 -> 0.5 -> 0.55: lowered when a question asked again in vain made its first asking
    // unanswered too (lb-198's "i want to know they last" was read as a repeat of "i want to get them phones"), raised
    // back when wants sharing only their framing words stopped counting as repeats.
    // sales-follow-through 0.95 -> 0.85 when decision asks were read whatever their verb (decision-ask F1 on all calls
    // 0.75 -> 0.83): lb-191's "shall I pop the ocean-view upgrade on" is one, and the rule lets it answer the customer's
    // unanswered question about transfers, which the grader calls ignored. Tying the answer to the question (enquiry
    // tracking) fixed lb-191 but failed lb-039, lb-045, lb-061 and lb-062, so it was not kept.
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.55, 'questions-asked': 0.85, 'sales-follow-through': 0.8 },
  },
  {
    // Held out from all of the fourth session's work (written while it was tuning on batches 5-8); first measured at
    // 7712cae. At 8069738, the session's start: customer-emotion 0.56, empathy 0.55, next-step 0.78, offer 0.36.
    // sales-follow-through 0.95 -> 0.8 (twelfth session): lb-205: a reading tip read as an offer, which the benefit
    // in its own turn no longer carries, so a call graders found no sale in fails.
    // empathy-phrases 0.8 -> 0.75 (twentieth session): lb-219's "I'm in a right muddle with it all" is now read as the
    // feeling graders mark, and the agent's answer to it ("so you're not left without your shopping") is missed.
    name: 'fresh batch 9 (lb-205..lb-224)',
    first: 205,
    last: 224,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.9, offer: 0.85, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.5, 'questions-asked': 0.65, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (listening-heavy, half speech-to-text); first measured at 7712cae. At 8069738: paraphrase
    // 0.71, empathy 0.48, next-step 0.62, question 0.82.
    name: 'fresh batch 10 (lb-225..lb-244)',
    first: 225,
    last: 244,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.7, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.85, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.65, 'questions-asked': 0.7, 'sales-follow-through': 0.65 },
  },
  {
    // Written while batches 9 and 10 were tuned on, held out from all of it; first measured at f9719d2. At 8069738,
    // the fourth session's start (with batch 12): customer-emotion 0.51, empathy 0.60, paraphrase 0.63.
    name: 'fresh batch 11 (lb-245..lb-264)',
    first: 245,
    last: 264,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.65, paraphrase: 0.9,
    },
    // unresolved-enquiries 0.35 -> 0 with the seventh session's work on matching answers to enquiries (all 684 calls:
    // agreement 77.8 -> 81.9, kappa 0.37 -> 0.47; the 40 fresh calls of batches 33-34: 82.5 -> 90.0): lb-249, where a
    // refusal now answers "can you not send another box" and the grader fails the call on a later question, and lb-253,
    // where "all the permit information is on the website" now answers "can I come or not".
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (sales and retention, half speech-to-text); first measured at f9719d2.
    name: 'fresh batch 12 (lb-265..lb-284)',
    first: 265,
    last: 284,
    acts: {
      question: 0.75, enquiry: 0.9, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.95,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0, 'questions-asked': 0.75, 'sales-follow-through': 0.85 },
  },
  {
    // Written while batches 11 and 12 were tuned on, held out from all of it; first measured at 96b9bad (the last
    // detector change of the fourth session).
    name: 'fresh batch 13 (lb-285..lb-304)',
    first: 285,
    last: 304,
    acts: {
      question: 0.8, enquiry: 0.9, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.7, acknowledgement: 0.95,
      'resolution-check': 0.85, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.45, paraphrase: 0.65,
    },
    // unresolved-enquiries 0.5 -> 0.4 with the seventh session's work on matching answers to enquiries (all 684 calls:
    // agreement 77.8 -> 81.9, kappa 0.37 -> 0.47; the 40 fresh calls of batches 33-34: 82.5 -> 90.0): lb-297, where the
    // price the agent gave for the service now answers "how much is that" asked of the regas too, and lb-301, where "is
    // it going to happen again" is no longer answered by an action on something else and the grader took "the retry bug
    // was fixed last week" as its answer.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.4, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (feelings running high or deep, half speech-to-text); first measured at 96b9bad. Offers
    // and buying signals in these calls (a forbearance plan, a headstone's lettering) were mostly missed.
    name: 'fresh batch 14 (lb-305..lb-324)',
    first: 305,
    last: 324,
    // unresolved-enquiries 0.85 -> 0.75 when speech-to-text's "ill get doctor evans to ring you ... about half two" was
    // read as the step it is (eleventh session; next-step on all 1,084 calls 84.6 -> 85.2): lb-312 now ends on an agreed
    // step, which settles the call for the rule, while its grader fails the question about the tests left unanswered.
    // decision-ask 0.9 -> 0.8 (fifteenth session) when the agent's offer to act became a decision ask only once
    // something is offered, priced or asked for: lb-313's "shall I book the Vireo in for Thursday?" (the Vireo's offer
    // earlier is not read) is now read as a service.
    acts: {
      question: 0.85, enquiry: 0.75, empathy: 0.85, 'next-step': 0.9, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.4, offer: 0.55, paraphrase: 0.9,
    },
    // sales-follow-through 0.45 -> 0.3 with the next-step window (see PARTS).
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.85, 'questions-asked': 0.7, 'sales-follow-through': 0.3 },
  },
  {
    // Written at the start of the fifth session without running callaudit (sales-heavy), first measured at 9166e87
    // (offer 0.64, buying-signal 0.53, decision-ask 0.57, resolution-check 0.69), then tuned on. Floors for both are
    // set where that work left them.
    name: 'fresh batch 15 (lb-325..lb-344)',
    first: 325,
    last: 344,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.65, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.85, offer: 0.85, paraphrase: 0.8,
    },
    // sales-follow-through 0.65 -> 0.5 with the next-step window (see PARTS): lb-334, lb-341 now fail.
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.5, 'questions-asked': 0.85, 'sales-follow-through': 0.5 },
  },
  {
    // Written alongside batch 15 (feelings in indirect words), first measured at 9166e87 (customer-emotion 0.65,
    // paraphrase 0.54, empathy 0.78), then tuned on.
    name: 'fresh batch 16 (lb-345..lb-364)',
    first: 345,
    last: 364,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.9, 'next-step': 0.9, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.9, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.65,
    },
    // questions-asked 0.75 -> 0.65 when a next step stopped ending discovery while the agent goes on asking (19 calls
    // of the set agree more, 5 less): lb-350's "they will ring you by friday" is now followed by a chatty tag
    // question run on by speech-to-text ("this weather does not help does it i have had ..."), counted as discovery.
    // sales-follow-through 0.65 -> 0.4 when money coming back stopped counting as buying interest ("Can you tell me what
    // I'd get back?"): lb-349 failed by luck on that question; its real signal, the lifetime policy's price, is
    // answered, so it now passes where its graders fail it.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.5, 'questions-asked': 0.65, 'sales-follow-through': 0.4 },
  },
  {
    // Batches 17-20 were written at the start of the fifth session, held out from all of its work and measured once at
    // e99315f (and, for comparison, at 9166e87, the session's start); their floors start at that measurement.
    name: 'fresh batch 17 (lb-365..lb-384)',
    first: 365,
    last: 384,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.95, acknowledgement: 0.6,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.65, paraphrase: 0.75,
    },
    // sales-follow-through 0.75 -> 0.65 with the next-step window (see PARTS).
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.8, 'questions-asked': 0.8, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (listening and enquiries).
    name: 'fresh batch 18 (lb-385..lb-404)',
    first: 385,
    last: 404,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.75, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.75, paraphrase: 0.7,
    },
    // unresolved-enquiries 0.35 -> 0.2 with the seventh session's work on matching answers to enquiries (all 684 calls:
    // agreement 77.8 -> 81.9, kappa 0.37 -> 0.47; the 40 fresh calls of batches 33-34: 82.5 -> 90.0): lb-404, where
    // "it's all on our website" now answers the rate question the grader judged brushed off.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.2, 'questions-asked': 0.75, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (retention and sales, half speech-to-text).
    name: 'fresh batch 19 (lb-405..lb-424)',
    first: 405,
    last: 424,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.45, 'questions-asked': 0.7, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (quiet feelings in everyday service).
    name: 'fresh batch 20 (lb-425..lb-444)',
    first: 425,
    last: 444,
    // paraphrase 0.85 -> 0.8: a recap is no longer a restatement (graders marked 1 of 7), and lb-429's "So, just to
    // recap: you'll bring the January slip in tomorrow" is that one.
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.95, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.75, offer: 0.9, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.3 },
  },
  {
    // Batches 21 and 22 were written near the end of the fifth session, after the measurement of 17-20, and held out
    // from all of the session's work; measured once at 7778cd8 (and at 9166e87 and e99315f for comparison).
    name: 'fresh batch 21 (lb-445..lb-464)',
    first: 445,
    last: 464,
    // empathy-phrases 0.75 -> 0.7 when "blimey" was read as the shock it is (eleventh session; customer-emotion on all
    // 1,084 calls 83.6 -> 84.1, empathy-phrases agreement 84.3 -> 84.9): lb-462's agent meets it with a promise, not
    // sympathy, and the rule fails that; its grader passes the call on the sympathy said earlier.
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.45, 'questions-asked': 0.8, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (feelings, plainly or indirectly said).
    name: 'fresh batch 22 (lb-465..lb-484)',
    first: 465,
    last: 484,
    acts: {
      question: 0.8, enquiry: 0.9, empathy: 0.9, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0,
      'resolution-check': 0.85, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.85, paraphrase: 0.85,
    },
    // sales-follow-through 0.45 -> 0.4 with the next-step window (see PARTS): lb-470 now fail.
    // unresolved-enquiries 0.55 -> 0.5 (seventeenth session) when "is there anywhere else it could have ended up" became
    // the question and enquiry its grader labels: lb-474's terse reply ("depot lost property the number is on the app")
    // names a place and shares no word with it.
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.5, 'questions-asked': 0.55, 'sales-follow-through': 0.4 },
  },
  {
    // Batches 23-26 were written at the start of the sixth session and measured at 4ec646a, the session's start.
    // Batches 23 and 24 were then tuned on; their floors start at the session's end.
    name: 'fresh batch 23 (lb-485..lb-504)',
    first: 485,
    last: 504,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.85, offer: 0.9, paraphrase: 0.9,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.85, 'questions-asked': 0.75, 'sales-follow-through': 0.9 },
  },
  {
    // Tuned on in the sixth session (sales in varied words, half speech-to-text).
    name: 'fresh batch 24 (lb-505..lb-524)',
    first: 505,
    last: 524,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.95, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.75,
    },
    // sales-follow-through 0.6 -> 0.55 with the next-step window (see PARTS): lb-507, lb-520, lb-524 now fail.
    // unresolved-enquiries 0.5 -> 0.4 when disbelief in a question's shape stopped counting as a question ("are you
    // having a laugh", "are you serious"): lb-518 had failed on that unanswered "enquiry"; its graders fail it for
    // another, and it now passes.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 0.85, 'sales-follow-through': 0.55 },
  },
  {
    // Held out from the sixth session's first work and measured once more at 8bce89c (emotion, offers and buying
    // signals unchanged from the start, empathy 73 -> 75), then tuned on (questions in many shapes).
    name: 'fresh batch 25 (lb-525..lb-544)',
    first: 525,
    last: 544,
    // buying-signal 0.85 -> 0.8 when a remedy stopped counting as an offer (tenth session; offer on all 1,004 calls 73.5
    // -> 74.8): lb-539's "I can add him at no charge" is no offer, as its grader says, and so the customer's question
    // after it ("how long does the redirection last?") is no longer read as interest in it, where the grader hears some.
    // unresolved-enquiries 0.65 -> 0.5 and sales-follow-through 0.55 -> 0.3 when "itll be ready after two today" was read
    // as a step (eleventh session): lb-532's step answers when to collect, and the rules count it as settling the call
    // and taking up the customer's interest in delivery; its grader fails both, as the delivery price went unanswered.
    // (Counting interest as ignored whenever a question in its turn goes unanswered was tried: sales agreement 77.2 ->
    // 76.4 on all calls.)
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.9, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.55, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // Held out and tuned on the same way as batch 25 (listening, feelings).
    // questions-asked 0.9 -> 0.8 (twelfth session): lb-560's stain-guard upsell ("it's forty five for the room") is now
    // read as an offer, and the agent's one discovery question ("tuesday yep what kind of carpet is it") is missed.
    name: 'fresh batch 26 (lb-545..lb-564)',
    first: 545,
    last: 564,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.65, 'questions-asked': 0.8, 'sales-follow-through': 0.8 },
  },
  {
    // Batches 27 and 28 were written during the sixth session, held out from all of its work and measured once at its
    // end (d4ce24e), against its start (4ec646a); their floors start at that measurement.
    name: 'fresh batch 27 (lb-565..lb-584)',
    first: 565,
    last: 584,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.95, 'next-step': 0.85, 'decision-ask': 0.95, acknowledgement: 0.7,
      'resolution-check': 0.8, 'customer-emotion': 0.9, 'buying-signal': 0.9, offer: 0.85, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.7, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (service and retention, feelings and offers).
    name: 'fresh batch 28 (lb-585..lb-604)',
    first: 585,
    last: 604,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.65, offer: 0.9, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 1, 'questions-asked': 0.95, 'sales-follow-through': 0 },
  },
  {
    // Batches 29 and 30 were written in the sixth session's second half, held out from all of its work and measured once
    // at 3d3abdb (and at 4ec646a, 8bce89c and d4ce24e for comparison); their floors start at that measurement.
    // empathy-phrases 0.8 -> 0.7 (twelfth session): lb-607: a false empathy cue ("so that's a failed sealed unit")
    // now counts later feelings as heard.
    name: 'fresh batch 29 (lb-605..lb-624)',
    first: 605,
    last: 624,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.95, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.75, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.8, 'questions-asked': 0.9, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (feelings and sales in service calls).
    name: 'fresh batch 30 (lb-625..lb-644)',
    first: 625,
    last: 644,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.95, 'next-step': 0.75, 'decision-ask': 0.75, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.75, paraphrase: 0.75,
    },
    // sales-follow-through 0.35 -> 0.3 in the same change: lb-630's "What I can do is a freeze. It's four pounds a month"
    // is now the offer its grader labels, and the agent's follow-through ("Do you want the freeze or the cancellation?")
    // is a choice no decision-ask cue reads, so the rule fails the call the grader passes.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.55, 'questions-asked': 0.95, 'sales-follow-through': 0.55 },
  },
  {
    // Batches 31 and 32 were written at the sixth session's end and measured once at aacf3ad, its last detector state
    // (and at 4ec646a, its start); their floors start at that measurement.
    // empathy-phrases 0.75 -> 0.65 (twelfth session): lb-647: "how annoying when you've been waiting" now counts the
    // later "I'm a bit stuck" as heard, which graders failed.
    name: 'fresh batch 31 (lb-645..lb-664)',
    first: 645,
    last: 664,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.75, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.5, paraphrase: 0.75,
    },
    // offer 0.55 -> 0.5 in the same change: lb-664's "we can pause for up to six months at no cost or switch you to a
    // kit every other month for fourteen ninety nine" now reads as the free pause it opens with.
    // empathy-phrases 0.75 -> 0.7 when "it feels like money down the drain" was read as the feeling the grader labels:
    // lb-664 is now judged, and the agent's reply in words no cue holds ("nobody's got craft time with a newborn")
    // fails it, where before the rule did not apply; the grader passes it either way.
    // unresolved-enquiries 0.7 -> 0.55 when a supply "been off" was read as a fault (eleventh session): lb-658's request
    // for someone to come is then a request for a fix, which the agent's later "i can't put you through" is taken to
    // address; the same change lets lb-049 and lb-363 be judged as their graders do (agreement on all calls unchanged).
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (service and retention: feelings and sales).
    name: 'fresh batch 32 (lb-665..lb-684)',
    first: 665,
    last: 684,
    // decision-ask 0.8 -> 0.75 (fifteenth session) when the agent's offer to act became a decision ask only once
    // something is offered, priced or asked for: lb-679's "do you want me to book you in for the premium" (a guarantee,
    // no price, in the turn) is now read as a service.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.75, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.25, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Batches 33-36 were written at the start of the seventh session by helpers who saw no code and no other calls, and
    // measured once at 755c0e4, the session's start. Batches 33 and 34 (enquiries and how agents answer them) were then
    // tuned on; their floors start at the session's end.
    name: 'fresh batch 33 (lb-685..lb-704)',
    first: 685,
    last: 704,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.95,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.75, paraphrase: 0.7,
    },
    // unresolved-enquiries 0.8 -> 0.7 (twenty-fourth session, next steps told as what the process does next: next-step
    // 81.94 -> 82.17 on the 4,724 calls): lb-704's reprint "it'll be dispatched tomorrow" is now a next
    // step, which settles the call its grader fails for a dropped question.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.7, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Tuned on the same way (enquiries and their fate, customers quoting others, feelings told flatly).
    name: 'fresh batch 34 (lb-705..lb-724)',
    first: 705,
    last: 724,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.85, 'customer-emotion': 0.7, 'buying-signal': 0.55, offer: 0.65, paraphrase: 0.6,
    },
    // sales-follow-through 0.3 -> 0.25 with the next-step window (see PARTS): lb-720 now fail.
    // unresolved-enquiries 0.75 -> 0.65 (sixteenth session) when bookings named as made ("the engineer's booked for
    // tomorrow, between eight and twelve") became next steps: lb-717 no longer fails for ending without one; its grader
    // fails it for the refund question a chatty reply talks around, which callaudit still takes as answered.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.25 },
  },
  {
    // Batches 35 and 36 were held out from all of the seventh session's work and measured once more at its last detector
    // state, 54f8b50 (a normal mixed week); their floors start at that measurement.
    // sales-follow-through 0.45 -> 0.4 (twelfth session): lb-744: a photo-paper add-on the customer declines after
    // the sale was made; a benefit in the offer's own turn no longer carries it.
    name: 'fresh batch 35 (lb-725..lb-744)',
    first: 725,
    last: 744,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.7, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.5,
      'resolution-check': 0.95, 'customer-emotion': 0.9, 'buying-signal': 0.6, offer: 0.95, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 0.85, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (retention and sales: feelings and selling meet).
    // question 0.8 -> 0.75 (eighteenth session) when an offer to act ("Would you like me to switch you over today?") was
    // read as a question as well as a decision ask, as the graders of nearly every other batch label it: this batch's
    // grader marks those ten asks as decision asks only.
    name: 'fresh batch 36 (lb-745..lb-764)',
    first: 745,
    last: 764,
    acts: {
      question: 0.75, enquiry: 0.85, empathy: 0.9, 'next-step': 0.9, 'decision-ask': 0.95, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.85,
    },
    // empathy-phrases 0.85 -> 0.75 when customer emotion in plain words was read ("really self conscious about my
    // smile"): in lb-763 the agent's fitting reply to that first feeling now counts the later "a bit scared" as heard
    // (option heardAfterFittingEmpathy), where the grader fails the call for the brushed-off second feeling.
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.5, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // Batches 37-40 were written at the start of the eighth session by helpers who saw no code and no other calls, and
    // measured once at 4fa1d07, the session's start. Batches 37 (feelings told through the situation, offers in many
    // shapes) and 38 (replies in other words, buying interest shown indirectly) were then tuned on.
    name: 'fresh batch 37 (lb-765..lb-784)',
    first: 765,
    last: 784,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.6, 'buying-signal': 0.6, offer: 0.85, paraphrase: 0.7,
    },
    // buying-signal 0.65 -> 0.6 in the same change: lb-771's "What I can do is add our evening package" is now the offer
    // its grader labels, and the customer's "What about the weekend after, though?" is read as interest in it (the
    // grader: no).
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Tuned on the same way.
    // unresolved-enquiries 0.45 -> 0.3 (seventeenth session) when "no it isn't can you get someone to come and empty it"
    // became the question and enquiry its grader labels: lb-795 then has three enquiries, one unanswered, and scores
    // above the pass mark, where its grader fails the call for the one left.
    name: 'fresh batch 38 (lb-785..lb-804)',
    first: 785,
    last: 804,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.9, 'decision-ask': 0.95, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.3, 'questions-asked': 0.9, 'sales-follow-through': 0.25 },
  },
  {
    // Batches 39 and 40 were held out from the eighth session's work (an ordinary week; more retention and sales).
    name: 'fresh batch 39 (lb-805..lb-824)',
    first: 805,
    last: 824,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.85, offer: 0.8, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.7, 'questions-asked': 0.9, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 40 (lb-825..lb-844)',
    first: 825,
    last: 844,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.95, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.9, offer: 0.9, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.55, 'unresolved-enquiries': 0.55, 'questions-asked': 0.75, 'sales-follow-through': 0.65 },
  },
  {
    // Batches 41-46 were written in the ninth session by helpers who saw no code and no other calls: 41-44 at its start,
    // measured once at 165a79e (the session's start), of which 41 (feelings told through the situation) and 42 (whether a
    // question is really answered) were tuned on, and 43-44 (an ordinary week; sales and service) held out and measured
    // again at 59ee838, its last detector state. Their floors start at that measurement.
    name: 'fresh batch 41 (lb-845..lb-864)',
    first: 845,
    last: 864,
    // resolution-check 0.95 -> 0.9 when "does that work for you?" became a plan put to the customer, not a check (the
    // graders marked 2 of 35 such turns as checks): lb-849's "i'm refunding one night ... does that work for you" is one.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.5, paraphrase: 0.85,
    },
    // sales-follow-through 0.65 -> 0.55 with the next-step window (see PARTS).
    // sales-follow-through 0.55 -> 0.3 (twenty-fourth session, prices said as hundreds after "is": offers 74.37 ->
    // 74.59 and sales-follow-through 80.19 -> 80.33 on the 4,724 calls): lb-860's battery offer is now found, and its
    // booked survey passes the call its grader fails.
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0, 'questions-asked': 0.95, 'sales-follow-through': 0.3 },
  },
  {
    // Tuned on the same way (whether each question or request is really addressed).
    name: 'fresh batch 42 (lb-865..lb-884)',
    first: 865,
    last: 884,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.95, 'next-step': 0.85, 'decision-ask': 0.95, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.5, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.7, 'questions-asked': 0.9, 'sales-follow-through': 0.4 },
  },
  {
    // Held out (an ordinary week, half speech-to-text).
    name: 'fresh batch 43 (lb-885..lb-904)',
    first: 885,
    last: 904,
    // next-step 0.85 -> 0.8 and questions-asked 0.8 -> 0.75 when speech-to-text's "... would that work" at a sentence's
    // end became a question: lb-891's "we can get a technician to you on wednesday ... would that work" is now a step
    // only proposed (as "... shall I book that in?" is), which the grader marks as a step, and the rule then counts the
    // agent's later question as discovery.
    acts: {
      question: 0.85, enquiry: 0.8, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.95,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.75, offer: 0.6, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.35, 'questions-asked': 0.75, 'sales-follow-through': 0.65 },
  },
  {
    // Held out (sales and service mixed).
    name: 'fresh batch 44 (lb-905..lb-924)',
    first: 905,
    last: 924,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.95, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.4, paraphrase: 0.95,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 0.9, 'sales-follow-through': 0.4 },
  },
  {
    // Written mid-session, held out from all of it, measured at 165a79e and 59ee838 (listening and questions).
    name: 'fresh batch 45 (lb-925..lb-944)',
    first: 925,
    last: 944,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.55, paraphrase: 0.7,
    },
    // unresolved-enquiries 0.9 -> 0.8 (fifteenth session) when a tag seeking agreement stopped being an enquiry: lb-940
    // had failed, as its grader fails it, only because "Well, that's three days I've been without a phone for nothing,
    // isn't it?" went unanswered.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.8, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (an ordinary week).
    name: 'fresh batch 46 (lb-945..lb-964)',
    first: 945,
    last: 964,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.95, 'next-step': 0.95, 'decision-ask': 0.75, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.45, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.7, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // Batches 47-50 were written at the start of the tenth session by helpers who saw no code and no other calls, and
    // measured once at 0863830 (the session start). 47 (sales in many shapes) was labelled again by a second helper who
    // read only the guideline and the calls (its writer had labelled without the guideline). 47 and 48 were tuned on;
    // 47 first measured offer 0.72, buying-signal 0.43, next-step 0.65.
    name: 'fresh batch 47 (lb-965..lb-984)',
    first: 965,
    last: 984,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.6, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.75,
    },
    // empathy-phrases 0.9 -> 0.85 when "it's wearing us all a bit thin" was heard (emotion 0.80 -> 0.90): lb-966 then has a
    // feeling to answer, and the rule passes the agent's reply where the grader fails it (agreement unchanged, 17 of 20).
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.45, 'questions-asked': 0.95, 'sales-follow-through': 0.7 },
  },
  {
    // Tuned on the same way (whether questions are really addressed, in ordinary calls); first measured customer-emotion
    // 0.65, offer 0.50, unresolved-enquiries 0.29.
    name: 'fresh batch 48 (lb-985..lb-1004)',
    first: 985,
    last: 1004,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.95, acknowledgement: 0.45,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.45, paraphrase: 0.7,
    },
    // sales-follow-through 0.35 -> 0.3 with the next-step window (see PARTS): lb-991 now fail.
    rules: { 'empathy-phrases': 0.95, 'unresolved-enquiries': 0.35, 'questions-asked': 0.5, 'sales-follow-through': 0.3 },
  },
  {
    // Batches 49-52 were held out from all of the tenth session's detector work: 49 and 50 written at its start, 51 and 52
    // an hour in, all four by helpers who saw no code. Measured once at 0863830 (the session start) and again at c1d0772
    // (after the work). 49 (an ordinary week): nothing moved; offer 0.63, paraphrase 0.63.
    name: 'fresh batch 49 (lb-1005..lb-1024)',
    first: 1005,
    last: 1024,
    // decision-ask 0.95 -> 0.9 (fifteenth session) when terse asks ("Add it?", "Want it?") were read: lb-1009's
    // "Earliest is Tuesday at nine. Want it?" offers a slot, which the guideline does not count.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.8, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.6, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.35, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (sales and service): empathy 0.62 -> 0.67, nothing else moved (buying-signal 0.60,
    // next-step 0.63).
    name: 'fresh batch 50 (lb-1025..lb-1044)',
    first: 1025,
    last: 1044,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.65, 'next-step': 0.6, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.8, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.45, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (feelings and empathy in everyday service): customer-emotion 0.72 -> 0.74, nothing else
    // moved (buying-signal 0.47, offer 0.59).
    name: 'fresh batch 51 (lb-1045..lb-1064)',
    first: 1045,
    last: 1064,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.65, 'next-step': 0.75, 'decision-ask': 0.75, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.65, paraphrase: 0.95,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.7, 'questions-asked': 0.7, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (retention and sales; figures in half its speech-to-text): customer-emotion 0.83 -> 0.81,
    // nothing else moved (offer 0.57, buying-signal 0.51). Its offer misses were then read and two cues added (9ffe574):
    // offer 0.57 -> 0.68.
    name: 'fresh batch 52 (lb-1065..lb-1084)',
    first: 1065,
    last: 1084,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.75, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.85, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.65, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.35, 'questions-asked': 0.85, 'sales-follow-through': 0.4 },
  },
  {
    // Batches 53-58 were written at the start of the eleventh session by helpers who saw no code and measured once at its
    // start, 0254ae7. 53 (sales in many shapes), 54 (whether questions are really answered) and 55 (next steps in many
    // shapes) were then tuned on; 56-58 were held out from the session's work and measured again at its end.
    name: 'fresh batch 53 (lb-1085..lb-1104)',
    first: 1085,
    last: 1104,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 0.75, acknowledgement: 0.95,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.65, 'questions-asked': 0.75, 'sales-follow-through': 0.8 },
  },
  {
    // Tuned on the same way (whether questions are really answered).
    name: 'fresh batch 54 (lb-1105..lb-1124)',
    first: 1105,
    last: 1124,
    // unresolved-enquiries 0.45 -> 0.35 when a question put after what it asks about ("and the august one what about
    // that") was read (the same day): lb-1119's is now an enquiry, and the chatty reply after it, which shares a word and
    // points to the website, counts as its answer.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.95, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.9, paraphrase: 0.65,
    },
    // sales-follow-through 0.95 -> 0.8 with the next-step window (see PARTS).
    // unresolved-enquiries 0.35 -> 0.2 (eighteenth session) when a request may be acted on six agent turns later:
    // lb-1118's booking now answers "I'd like to book Biscuit in", so the call passes; its grader fails it because "does
    // someone stay with him?" gets only reassurance, which the rule takes as an answer, and the call had failed for the
    // booking instead.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.2, 'questions-asked': 0.85, 'sales-follow-through': 0.8 },
  },
  {
    // Tuned on the same way (next steps in many shapes, half speech-to-text).
    name: 'fresh batch 55 (lb-1125..lb-1144)',
    first: 1125,
    last: 1144,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.9, 'decision-ask': 0.95, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.55, offer: 0.9, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.65, 'questions-asked': 0.75, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (sensitive calls: bereavement, illness, debt, caring).
    name: 'fresh batch 56 (lb-1145..lb-1164)',
    first: 1145,
    last: 1164,
    acts: {
      question: 0.75, enquiry: 0.9, empathy: 0.9, 'next-step': 0.9, 'decision-ask': 0.95, acknowledgement: 0.55,
      'resolution-check': 0.95, 'customer-emotion': 0.6, 'buying-signal': 0.5, offer: 0.9, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (an everyday mix; half speech-to-text, figures in half of those).
    name: 'fresh batch 57 (lb-1165..lb-1184)',
    first: 1165,
    last: 1184,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.75, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (terse and messy calls: interruptions, questions without marks).
    name: 'fresh batch 58 (lb-1185..lb-1204)',
    first: 1185,
    last: 1204,
    // decision-ask 0.8 -> 0.75 (fifteenth session) when the agent's offer to act became a decision ask only once
    // something is offered, priced or asked for: lb-1197's "theres fifty off so three forty shall i pop you down" (a
    // price said as bare figures) is now read as a service.
    acts: {
      question: 0.8, enquiry: 0.8, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.75, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.6, 'buying-signal': 0.45, offer: 0.45, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.7, 'questions-asked': 0.9, 'sales-follow-through': 0.75 },
  },
  {
    // Batches 59-62 were written in the twelfth session by helpers who read only the guideline, held out from all of
    // its work, and measured at its start (4727595) and after its last detector change (f337b73); floors start there.
    name: 'fresh batch 59 (lb-1205..lb-1224)',
    first: 1205,
    last: 1224,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.7, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.95,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.4, paraphrase: 0.75,
    },
    // sales-follow-through 0.45 -> 0.3 with the next-step window (see PARTS): lb-1211, lb-1216, lb-1217, lb-1220 now fail.
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.55, 'questions-asked': 0.75, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 60 (lb-1225..lb-1244)',
    first: 1225,
    last: 1244,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.8, 'decision-ask': 0.75, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.55, 'buying-signal': 0.45, offer: 0.7, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.55, 'unresolved-enquiries': 0.45, 'questions-asked': 0.7, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 61 (lb-1245..lb-1264)',
    first: 1245,
    last: 1264,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.7, 'next-step': 0.7, 'decision-ask': 0.85, acknowledgement: 0.65,
      'resolution-check': 0.85, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.55, paraphrase: 0.8,
    },
    // sales-follow-through 0.95 -> 0.8 with the next-step window (see PARTS): lb-1256 now fail.
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.75, 'questions-asked': 0.8, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 62 (lb-1265..lb-1284)',
    first: 1265,
    last: 1284,
    // acknowledgement 0.8 -> 0.75 (twentieth session) with "you're right" (see batch 4): lb-1279's "youre right we should
    // have rung you first im sorry" is marked as empathy only.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.45, paraphrase: 0.75,
    },
    // sales-follow-through 0.5 -> 0.4: lb-1266's "give the horses a pat from me" is no longer an offer, and the price
    // asked for a pallet is answered only by the delivery already asked for in the same turn (graders fail it).
    rules: { 'empathy-phrases': 0.45, 'unresolved-enquiries': 0, 'questions-asked': 0.75, 'sales-follow-through': 0.4 },
  },
  {
    // Batches 63-66 were written in the thirteenth session by helpers who read only the guideline, held out from all of
    // its work, and measured at its start (7bef0a2) and at the end of that work (fixtures/labelled/HISTORY.md); floors start there.
    // acknowledgement 0.8 -> 0.75 (sixteenth session) when an agent's "that's helpful" became one: lb-1288's agent takes in
    // the mileage with "That's helpful, because the policy still has you down for ten thousand", which its grader leaves.
    name: 'fresh batch 63 (lb-1285..lb-1304)',
    first: 1285,
    last: 1304,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.5, offer: 0.7, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.8, 'questions-asked': 0.75, 'sales-follow-through': 0.45 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 64 (lb-1305..lb-1324)',
    first: 1305,
    last: 1324,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.75, 'next-step': 0.65, 'decision-ask': 1, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.5, offer: 0.55, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.45, 'questions-asked': 0.7, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 65 (lb-1325..lb-1344)',
    first: 1325,
    last: 1344,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.7, 'next-step': 0.65, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.85, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way.
    name: 'fresh batch 66 (lb-1345..lb-1364)',
    first: 1345,
    last: 1364,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 1, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.6, paraphrase: 0.75,
    },
    // unresolved-enquiries 0.75 -> 0.55 (fifteenth session) when "anything else I can help with" stopped counting as
    // acting: lb-1355's whitening question ("how long does it take to work") is now taken as answered by the hygienist
    // booking's time two turns later, where the closing line had made that reply look like an action on something else.
    // sales-follow-through 0.8 -> 0.5 (seventeenth session) when "... or thursday at nine which is better" became the
    // question it is: lb-1355's agent then seems to ask before answering the whitening interest, and the hygienist
    // booking's next step after it passes the call, where its grader fails it for the whitening left unpriced.
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.55, 'questions-asked': 0.75, 'sales-follow-through': 0.5 },
  },
  {
    // Batches 67-70 were written at the start of the fourteenth session by helpers who read only the guideline (67: sales
    // inside ordinary service calls, in less usual industries), held out from its work up to 7970a9d, and measured at its
    // start (bd0c668) and at 7970a9d (fixtures/labelled/HISTORY.md); floors start there.
    name: 'fresh batch 67 (lb-1365..lb-1384)',
    first: 1365,
    last: 1384,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.75, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.8, offer: 0.65, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.8, 'questions-asked': 0.65, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (whether questions and requests are really dealt with).
    name: 'fresh batch 68 (lb-1385..lb-1404)',
    first: 1385,
    last: 1404,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.9, 'decision-ask': 0.8, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.4, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.25, 'questions-asked': 1, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (feelings and empathy in everyday service).
    name: 'fresh batch 69 (lb-1405..lb-1424)',
    first: 1405,
    last: 1424,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.65, 'decision-ask': 0.65, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.6, 'buying-signal': 0.7, offer: 0.7, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.55, 'questions-asked': 0.65, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (an ordinary mixed week at an outsourced centre, twelve of twenty speech-to-text).
    name: 'fresh batch 70 (lb-1425..lb-1444)',
    first: 1425,
    last: 1444,
    acts: {
      question: 0.8, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.65, offer: 0.75, paraphrase: 0.8,
    },
    // empathy-phrases 0.7 -> 0.65 when "i can get you" stopped counting as understanding ("Yes, I can get you a
    // price"): lb-1444's only empathy was that, so the call its graders pass for the congratulations now fails.
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.8, 'questions-asked': 0.65, 'sales-follow-through': 0.3 },
  },
  {
    // Batches 71-74 were written a third of the way into the fourteenth session the same way (71: sales and retention in an ordinary week),
    // held out from the rest of its work, and measured at 7970a9d and at the end (fixtures/labelled/HISTORY.md).
    // sales-follow-through 0.7 -> 0.65 (eighteenth session) when a plan named with its price became an offer:
    // lb-1450's essentials plan is one (its grader labels it), but the agent carries it forward only by telling the
    // customer how to switch, which the rule does not count, so the call fails where its grader passes it.
    name: 'fresh batch 71 (lb-1445..lb-1464)',
    first: 1445,
    last: 1464,
    // acknowledgement 0.9 -> 0.85 when a speech-to-text "got it" followed by its next clause was read as closing a
    // read-back ("since tuesday got it and is it only the kitchen tap"): lb-1457's "lovely got it so thats the kodiaq"
    // takes the booking in, which its graders leave.
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.75, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.75, 'questions-asked': 0.75, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (listening: restatements, read-backs and acknowledgements).
    name: 'fresh batch 72 (lb-1465..lb-1484)',
    first: 1465,
    last: 1484,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.9, 'next-step': 0.6, 'decision-ask': 0.75, acknowledgement: 0.75,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.55, offer: 0.35, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (feelings told in people's own way).
    // offer 0.7 -> 0.65 (seventeenth session) when "we do the ..." with a price became an offer: lb-1503's agent answers
    // "Do you do one of those, and what does it cost?" with "We do, the Clearsound TV Streamer. It's a hundred and
    // forty-nine pounds", which its grader reads as the price of what was asked about.
    name: 'fresh batch 73 (lb-1485..lb-1504)',
    first: 1485,
    last: 1504,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.7, 'decision-ask': 0.75, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.55, 'buying-signal': 0.7, offer: 0.65, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0.65, 'questions-asked': 0.8, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (an ordinary mixed week, ten of twenty in speech-to-text).
    name: 'fresh batch 74 (lb-1505..lb-1524)',
    first: 1505,
    last: 1524,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.95, 'next-step': 0.65, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.3, 'questions-asked': 0.8, 'sales-follow-through': 0.3 },
  },
  {
    // Batches 75-78 were written at the start of the fifteenth session by helpers who read only the guideline (75: what
    // happens next, steps with and without a verb, vague promises, bookings, callbacks declined), held out from its work
    // up to b9e1bcb, and measured at its start (a26e9d0) and at b9e1bcb (fixtures/labelled/HISTORY.md); floors start
    // at b9e1bcb.
    name: 'fresh batch 75 (lb-1525..lb-1544)',
    first: 1525,
    last: 1544,
    // offer 0.55 -> 0.5 (fifteenth session) when terse asks were read: lb-1534's "Nine pounds a day, capped at
    // forty-five. Add it?" now also puts the seat on the table, where its grader counts the price of what was asked for.
    acts: {
      question: 0.9, enquiry: 0.8, empathy: 0.8, 'next-step': 0.6, 'decision-ask': 0.5, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.5, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (enquiries and whether they are really answered).
    name: 'fresh batch 76 (lb-1545..lb-1564)',
    first: 1545,
    last: 1564,
    // offer 0.55 -> 0.45 (fifteenth session) when "Is the annual plan actually cheaper?" became buying interest: lb-1562's
    // priced answer with its ask is now a reply to that interest rather than an offer, where its grader marks an offer.
    // unresolved-enquiries 0.45 -> 0.3 (twenty-third session) when "when" before a subject stopped asking for a time: lb-1564's
    // "why is it still there ... and also when i dropped it off" is now answered by "the hold was released ... so thats
    // with your bank now"; its grader fails the call for the "and the scratch" that ends turn 7, which is not read as an
    // enquiry, so the fail is now missed.
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.55,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.45, paraphrase: 0.35,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.3, 'questions-asked': 0.8, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (an ordinary mixed week, eight of twenty in speech-to-text).
    name: 'fresh batch 77 (lb-1565..lb-1584)',
    first: 1565,
    last: 1584,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.65, 'buying-signal': 0.5, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.75, 'questions-asked': 0.65, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (discovery questions of every shape and care, ten of twenty in speech-to-text).
    name: 'fresh batch 78 (lb-1585..lb-1604)',
    first: 1585,
    last: 1604,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.5,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.5, offer: 0.65, paraphrase: 1,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.85, 'questions-asked': 0.65, 'sales-follow-through': 0 },
  },
  {
    // Batches 79-82 were written at b9e1bcb, part way into the fifteenth session, the same way (79: selling inside
    // service calls, prices said every way, free services offered), held out from the rest of its work, and measured at
    // b9e1bcb and at 2972e27 (fixtures/labelled/HISTORY.md); floors start at 2972e27.
    name: 'fresh batch 79 (lb-1605..lb-1624)',
    first: 1605,
    last: 1624,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.95, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.8, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.65, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (questions the customer needs answered: several at once, refusals, put off, asked twice,
    // rhetorical ones).
    // empathy-phrases 0.7 -> 0.65 (nineteenth session) when "he can't sit here freezing all night" became customer
    // emotion: lb-1639's agent answers it with "No, and I don't want him to" and heaters by four, which its grader
    // labels empathy and the detector does not read, so the call fails where its grader passes it.
    name: 'fresh batch 80 (lb-1625..lb-1644)',
    first: 1625,
    last: 1644,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.65, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.4, offer: 0.75, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (an ordinary mixed week, seven of twenty in speech-to-text).
    name: 'fresh batch 81 (lb-1645..lb-1664)',
    first: 1645,
    last: 1664,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.2, 'questions-asked': 0.75, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (listening and care on difficult calls, ten of twenty in speech-to-text).
    // empathy-phrases 0.7 -> 0.65 (nineteenth session) when "ive just been sat here looking at it" became customer
    // emotion: lb-1680's agent recognises the shock only four turns later, which its grader passes and the rule does not.
    name: 'fresh batch 82 (lb-1665..lb-1684)',
    first: 1665,
    last: 1684,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.8, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.55, 'buying-signal': 0.85, offer: 0.55, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.3, 'questions-asked': 0.85, 'sales-follow-through': 0.55 },
  },
  {
    // Batches 83-86 were written at 008bd0c, the start of the sixteenth session, by helpers who saw only the
    // labelling guideline (83: replies that do and do not answer: several questions in a turn, a reply sharing a word
    // but answering another thing, stories instead of answers), held out from the session's work, and measured at
    // 008bd0c and at its end (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 83 (lb-1685..lb-1704)',
    first: 1685,
    last: 1704,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.65, 'decision-ask': 0.8, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.8, offer: 0.85, paraphrase: 0.35,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.8, 'questions-asked': 0.85, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (how people ask when they are not writing: declarative and indirect questions, questions
    // inside statements, look-alikes such as "what I did was" and reported questions).
    name: 'fresh batch 84 (lb-1705..lb-1724)',
    first: 1705,
    last: 1724,
    acts: {
      question: 0.8, enquiry: 0.7, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.8,
      'resolution-check': 0.8, 'customer-emotion': 0.65, 'buying-signal': 0.5, offer: 0.8, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (chatty, rambling callers with the real request buried mid-turn, seven of twenty in
    // speech-to-text).
    // buying-signal 0.7 -> 0.65 and questions-asked 0.8 -> 0.7 (eighteenth session) when a plan or pass named with its
    // price became an offer: lb-1727's "Travel pass. Two fifty a day" is one (its grader labels it), so the rule now
    // reads the agent as pitching before asking, and the customer's "Dad?" after it reads as interest; lb-1744's "And the
    // broken ones?" after the offer asks about the repair.
    name: 'fresh batch 85 (lb-1725..lb-1744)',
    first: 1725,
    last: 1744,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.5,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.65, 'questions-asked': 0.7, 'sales-follow-through': 0.25 },
  },
  {
    // Held out the same way (an ordinary mixed week, seven of twenty in speech-to-text).
    name: 'fresh batch 86 (lb-1745..lb-1764)',
    first: 1745,
    last: 1764,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.75, acknowledgement: 0.5,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0, 'questions-asked': 0.75, 'sales-follow-through': 0.75 },
  },
  {
    // Batches 87-90 were written at 121f058, part way into the sixteenth session, the same way (87: how customers and
    // agents ask in everyday speech: checks said as statements, indirect asks, questions tucked in after a story), held
    // out from the rest of its work, and measured at 121f058 and at its end (fixtures/labelled/HISTORY.md); floors start
    // at the end.
    name: 'fresh batch 87 (lb-1765..lb-1784)',
    first: 1765,
    last: 1784,
    acts: {
      question: 0.75, enquiry: 0.55, empathy: 0.75, 'next-step': 0.9, 'decision-ask': 0.85, acknowledgement: 0.6,
      'resolution-check': 1, 'customer-emotion': 0.7, 'buying-signal': 0.4, offer: 0.35, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (products and prices in service calls: what is available and what it costs, interest shown
    // indirectly, bookings confirmed with their times).
    name: 'fresh batch 88 (lb-1785..lb-1804)',
    first: 1785,
    last: 1804,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.95, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.85, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0.5, 'questions-asked': 0.8, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (an ordinary mixed week, seven of twenty in speech-to-text).
    name: 'fresh batch 89 (lb-1805..lb-1824)',
    first: 1805,
    last: 1824,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.7, 'next-step': 0.6, 'decision-ask': 0.8, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.7, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.5, 'questions-asked': 0.6, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (feelings in service calls, some told only through what is at stake).
    name: 'fresh batch 90 (lb-1825..lb-1844)',
    first: 1825,
    last: 1844,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.65, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.5, 'questions-asked': 0.75, 'sales-follow-through': 0.6 },
  },
  {
    // Batches 91-94 were written at the start of the seventeenth session (12973cb) by helpers who read only the guideline
    // (91: checks and questions said as statements, questions tucked into a story), held out from all of its work, and
    // measured at 12973cb and at its end (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 91 (lb-1845..lb-1864)',
    first: 1845,
    last: 1864,
    acts: {
      question: 0.75, enquiry: 0.5, empathy: 0.6, 'next-step': 0.7, 'decision-ask': 0.85, acknowledgement: 0.4,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.35, offer: 0.6, paraphrase: 0.4,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (sales and renewals, buying interest shown indirectly through family, plans and comparisons).
    name: 'fresh batch 92 (lb-1865..lb-1884)',
    first: 1865,
    last: 1884,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.65, offer: 0.7, paraphrase: 0.45,
    },
    // empathy-phrases 0.9 -> 0.85 when "i can get you" stopped counting as understanding: lb-1865's "I can get you both
    // sorted today" was its only empathy, so the money worries its graders see met now fail it.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.2, 'questions-asked': 0.7, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (several questions in one turn; replies that answer another thing, tell a story or quote a
    // policy).
    name: 'fresh batch 93 (lb-1885..lb-1904)',
    first: 1885,
    last: 1904,
    acts: {
      question: 0.85, enquiry: 0.95, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.5, offer: 0.4, paraphrase: 0.6,
    },
    // unresolved-enquiries 0.35 -> 0.2 (twenty-fourth session, next steps told as what the process does next: next-step
    // 81.94 -> 82.17 on the 4,724 calls): lb-1897's payment "will land in your account within five working days" is now
    // a next step, which settles the call its grader fails for a dodged question.
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.2, 'questions-asked': 1, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (an ordinary week, eight of twenty in speech-to-text).
    name: 'fresh batch 94 (lb-1905..lb-1924)',
    first: 1905,
    last: 1924,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 1, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.3, 'questions-asked': 0.75, 'sales-follow-through': 0.55 },
  },
  {
    // Batches 95-98 were written at d44101b, part way into the seventeenth session, the same way (95: an ordinary busy
    // week, speech-to-text heavy), held out from the rest of its work, and measured at d44101b and at its end
    // (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 95 (lb-1925..lb-1944)',
    first: 1925,
    last: 1944,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.45, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (a sale in a service call: upgrades, add-ons, retention offers, options with prices).
    // sales-follow-through 0.55 -> 0.45 (seventeenth session, after the merge) when an angry "Are you serious? ... No."
    // stopped reading as interest in the offer: lb-1958's grader fails the call for a poor fit the customer rejects,
    // which the rule does not read; the false buying signal had failed it for the wrong reason.
    name: 'fresh batch 96 (lb-1945..lb-1964)',
    first: 1945,
    last: 1964,
    acts: {
      question: 0.85, enquiry: 0.95, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.55, offer: 0.8, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.45 },
  },
  {
    // Held out the same way (feelings and listening: upset, anxious, relieved or embarrassed customers).
    name: 'fresh batch 97 (lb-1965..lb-1984)',
    first: 1965,
    last: 1984,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.65, offer: 0.5, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (follow-through: questions asked twice, requests buried mid-story, answers put off to another
    // team, endings settled and open).
    name: 'fresh batch 98 (lb-1985..lb-2004)',
    first: 1985,
    last: 2004,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.85, acknowledgement: 0.65,
      'resolution-check': 0.9, 'customer-emotion': 0.6, 'buying-signal': 0.6, offer: 0.45, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.5, 'questions-asked': 0.75, 'sales-follow-through': 0.25 },
  },  {
    // Batches 99-106 were written at the start of the eighteenth session (c1ee782) by helpers who read only the guideline
    // (99: replies about something near what was asked, beside exact answers), held out from all of its work, and measured
    // at c1ee782 and at its end (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 99 (lb-2005..lb-2024)',
    first: 2005,
    last: 2024,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.2, 'questions-asked': 0.65, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (sales and retention: interest shown through cost, timing, fit, what a neighbour pays).
    name: 'fresh batch 100 (lb-2025..lb-2044)',
    first: 2025,
    last: 2044,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.65,
      'resolution-check': 1, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.35,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.65, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (terse speech-to-text: bare detail requests, checks run on, requests said as statements).
    name: 'fresh batch 101 (lb-2045..lb-2064)',
    first: 2045,
    last: 2064,
    acts: {
      question: 0.85, enquiry: 0.75, empathy: 0.5, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 1,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.75, offer: 0.25, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (complaints and anxious customers; real, scripted, brushed-off and negated apologies).
    name: 'fresh batch 102 (lb-2065..lb-2084)',
    first: 2065,
    last: 2084,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.65, 'buying-signal': 0.4, offer: 0.75, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.75, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (requests piling up: dealt with, referred, promised for later, forgotten).
    name: 'fresh batch 103 (lb-2085..lb-2104)',
    first: 2085,
    last: 2104,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.7, offer: 0.75, paraphrase: 0.5,
    },
    // unresolved-enquiries 0.6 -> 0.5 when next steps named bare with their time were read ("New one in five working
    // days"): lb-2097 now ends settled, so the postal statements it never answers no longer fail it.
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.5, 'questions-asked': 0.85, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (offers that do not fit, rejected or ignored; recoveries with a better fit).
    name: 'fresh batch 104 (lb-2105..lb-2124)',
    first: 2105,
    last: 2124,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.5, offer: 0.8, paraphrase: 0.45,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (listening: summaries, read-backs, wrong summaries corrected by the customer).
    name: 'fresh batch 105 (lb-2125..lb-2144)',
    first: 2125,
    last: 2144,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.75, offer: 0.9, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0, 'questions-asked': 1, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (an ordinary day of mixed calls, ten of twenty in speech-to-text).
    name: 'fresh batch 106 (lb-2145..lb-2164)',
    first: 2145,
    last: 2164,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.85, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.25, 'questions-asked': 1, 'sales-follow-through': 0.75 },
  },
  {
    // Batches 107-114 were written at 04f363e, part way into the eighteenth session, the same way (107: upgrades,
    // renewals and add-ons, products named in many ways), held out from the rest of its work, and measured at 04f363e
    // and at its end (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 107 (lb-2165..lb-2184)',
    first: 2165,
    last: 2184,
    acts: {
      question: 0.9, enquiry: 0.8, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.75, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.75, 'questions-asked': 0.65, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (specific questions, and replies that may not answer them: vague, policy, a neighbouring
    // answer).
    name: 'fresh batch 108 (lb-2185..lb-2204)',
    first: 2185,
    last: 2204,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.9, 'buying-signal': 0.5, offer: 0.8, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (everyday service calls, speech-to-text heavy).
    name: 'fresh batch 109 (lb-2205..lb-2224)',
    first: 2205,
    last: 2224,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.75, 'next-step': 0.7, 'decision-ask': 0.55, acknowledgement: 0.5,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.65, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.55, 'questions-asked': 0.65, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (worried, grieving, embarrassed or relieved customers; empathy real, scripted or missing).
    name: 'fresh batch 110 (lb-2225..lb-2244)',
    first: 2225,
    last: 2244,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.65, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.85, 'questions-asked': 0.85, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (a sale that goes well or badly: interest through price, timing and fit; pushes to the
    // website).
    name: 'fresh batch 111 (lb-2245..lb-2264)',
    first: 2245,
    last: 2264,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.65, offer: 0.4, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (endings: settled, a next step agreed, left open, the customer giving up; checks before
    // closing).
    name: 'fresh batch 112 (lb-2265..lb-2284)',
    first: 2265,
    last: 2284,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.6, acknowledgement: 0.85,
      'resolution-check': 1, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.5, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.5, 'questions-asked': 1, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (listening and clarity: summaries, read-backs, jargon explained, corrections).
    name: 'fresh batch 113 (lb-2285..lb-2304)',
    first: 2285,
    last: 2304,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 0.75, acknowledgement: 0.55,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.85, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (a mixed day at an outsourced centre, ten of twenty in speech-to-text).
    name: 'fresh batch 114 (lb-2305..lb-2324)',
    first: 2305,
    last: 2324,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.75, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.6, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0.3 },
  },
  {
    // Batches 115-122 were written at the start of the nineteenth session (95987cb) by helpers who read only the
    // guideline (115: specific questions met by replies that sound helpful and may miss: a pitch sharing the question's
    // words, chat, a policy for a neighbouring case), held out from all of its work, and measured at 95987cb and at its
    // end (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 115 (lb-2325..lb-2344)',
    first: 2325,
    last: 2344,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.65, offer: 0.4, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.55, 'unresolved-enquiries': 0.65, 'questions-asked': 0.75, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (ask several things in one breath, speech-to-text heavy, ten of twenty).
    name: 'fresh batch 116 (lb-2345..lb-2364)',
    first: 2345,
    last: 2364,
    acts: {
      question: 0.9, enquiry: 0.8, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.5, paraphrase: 0.65,
    },
    // questions-asked 0.8 -> 0.7 (twenty-third session) when cover the business names as its own became a product:
    // lb-2352's "its our additional driver cover at eight pounds a day" is now the offer its grader labels, and the
    // rule counts discovery only before it, where its grader passes the call.
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.7, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (products sold in ways easy to miss: by what they do, in passing, as advice).
    name: 'fresh batch 117 (lb-2365..lb-2384)',
    first: 2365,
    last: 2384,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.6,
      'resolution-check': 0.85, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.55, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (acknowledgements in many voices, read-backs and corrections).
    name: 'fresh batch 118 (lb-2385..lb-2404)',
    first: 2385,
    last: 2404,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.55, 'questions-asked': 0.85, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (a mixed day, speech-to-text heavy, ten of twenty).
    name: 'fresh batch 119 (lb-2405..lb-2424)',
    first: 2405,
    last: 2424,
    // enquiry 0.9 -> 0.85 (twentieth session) when a thing wanted in a sentence after the answer to the agent became a
    // request (enquiry on all 2,804 calls 91.25 -> 91.36): lb-2410's "Shorten it, I think. I'd like it gone before I
    // retire." gives the reason for the choice, and its grader marks no request. offer 0.9 -> 0.8 in the same session:
    // lb-2420's "what would that look like for eighteen seats?" is now the buying interest its grader marks, so the
    // priced answer to it reads as an answer, where the grader marks an offer as well.
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.65, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.4, 'questions-asked': 0.7, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (questions of every shape, tags and rhetorical ones among them).
    name: 'fresh batch 120 (lb-2425..lb-2444)',
    first: 2425,
    last: 2444,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.75, 'next-step': 0.7, 'decision-ask': 0.6, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.5, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.25, 'questions-asked': 0.6, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (feelings said plainly, in idiom, with sarcasm or understatement).
    name: 'fresh batch 121 (lb-2445..lb-2464)',
    first: 2445,
    last: 2464,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.55,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.9, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.8, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (how calls end: fixed, booked, referred, given up, with or without a check).
    name: 'fresh batch 122 (lb-2465..lb-2484)',
    first: 2465,
    last: 2484,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.75, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.7, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.75, 'questions-asked': 0.9, 'sales-follow-through': 0.8 },
  },
  {
    // Batches 123-130 were written at c66430b, part way into the nineteenth session, the same way (123: retention and
    // cancellation, products named in the agent's own words), held out from the rest of its work, and measured at
    // c66430b and at its end (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 123 (lb-2485..lb-2504)',
    first: 2485,
    last: 2504,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.95, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 1, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.85, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.5, 'questions-asked': 0.75, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (products mentioned in passing while sorting something else; ten of twenty in
    // speech-to-text).
    name: 'fresh batch 124 (lb-2505..lb-2524)',
    first: 2505,
    last: 2524,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.5,
      'resolution-check': 0.9, 'customer-emotion': 0.9, 'buying-signal': 0.8, offer: 0.5, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.4, 'questions-asked': 0.85, 'sales-follow-through': 0.35 },
  },
  {
    // Held out the same way (questions half-answered: a similar question, a general rule, a promise with no time).
    name: 'fresh batch 125 (lb-2525..lb-2544)',
    first: 2525,
    last: 2544,
    // buying-signal 0.7 -> 0.65 (twenty-fourth session, prices said as hundreds after "is": offers 74.37 -> 74.59 and
    // sales-follow-through 80.19 -> 80.33 on the 4,724 calls): after lb-2538's packing price, the customer's question
    // about the date reads as interest in it.
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.75, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 0.7, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (buying interest shown indirectly, or only questions about what the customer has).
    name: 'fresh batch 126 (lb-2545..lb-2564)',
    first: 2545,
    last: 2564,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.5, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (summing up, reading back and checking understanding, ten of twenty in speech-to-text).
    name: 'fresh batch 127 (lb-2565..lb-2584)',
    first: 2565,
    last: 2584,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.7, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.75, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.65, 'questions-asked': 0.8, 'sales-follow-through': 1 },
  },
  {
    // Held out the same way (next steps said in many ways, and vague promises).
    name: 'fresh batch 128 (lb-2585..lb-2604)',
    first: 2585,
    last: 2604,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.65, 'decision-ask': 0.75, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.5, 'questions-asked': 0.75, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (upset and anxious customers on speech-to-text lines, ten of twenty).
    name: 'fresh batch 129 (lb-2605..lb-2624)',
    first: 2605,
    last: 2624,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.8, acknowledgement: 1,
      'resolution-check': 0.9, 'customer-emotion': 0.55, 'buying-signal': 0.85, offer: 0.55, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (a mixed day serving small businesses and households).
    name: 'fresh batch 130 (lb-2625..lb-2644)',
    first: 2625,
    last: 2644,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.75, offer: 0.8, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 0.85, 'sales-follow-through': 0.8 },
  },
  {
    // Batches 131-138 were written at the start of the twentieth session (8a63e6b) by helpers who read only the
    // guideline (131: several questions or requests in one call, some forgotten), held out from its first changes, and
    // measured at 8a63e6b and 6a82cbd (fixtures/labelled/HISTORY.md); floors start at 6a82cbd.
    name: 'fresh batch 131 (lb-2645..lb-2664)',
    first: 2645,
    last: 2664,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.8, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.55, offer: 0.55, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.4, 'unresolved-enquiries': 0.35, 'questions-asked': 0.8, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (offers in the agent's own words, plainly or in passing, ten of twenty in speech-to-text).
    name: 'fresh batch 132 (lb-2665..lb-2684)',
    first: 2665,
    last: 2684,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.85, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (sales that go all the way or stall: interest, offer, benefit, price, ask, next step).
    name: 'fresh batch 133 (lb-2685..lb-2704)',
    first: 2685,
    last: 2704,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.85, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.55, offer: 0.6, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0.75, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (repeat callers and questions asked again because the first answer missed).
    name: 'fresh batch 134 (lb-2705..lb-2724)',
    first: 2705,
    last: 2724,
    // decision-ask 1 -> 0.85 and offer 0.7 -> 0.65 (twenty-fourth session, prices said as hundreds after "is": offers
    // 74.37 -> 74.59 and sales-follow-through 80.19 -> 80.33 on the 4,724 calls): lb-2724's agent explains the
    // varifocal package the customer already bought ("our varifocal package is two hundred and forty-nine"), which now
    // reads as an offer, and the later ask to take the coating off as a decision ask.
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.45, offer: 0.65, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.75, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (technical support with diagnostic questions, ten of twenty in speech-to-text).
    name: 'fresh batch 135 (lb-2725..lb-2744)',
    first: 2725,
    last: 2744,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.8,
      'resolution-check': 0.8, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.3, 'questions-asked': 0.55, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (complaints about money and mistakes, owned or hidden behind policy).
    name: 'fresh batch 136 (lb-2745..lb-2764)',
    first: 2745,
    last: 2764,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.3,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 1, offer: 0.9, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 0.65, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (a mixed day on travel, utilities and retail lines, ten of twenty in speech-to-text).
    name: 'fresh batch 137 (lb-2765..lb-2784)',
    first: 2765,
    last: 2784,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.6, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.4, 'questions-asked': 0.8, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (short calls with a single request or question).
    name: 'fresh batch 138 (lb-2785..lb-2804)',
    first: 2785,
    last: 2804,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.65, 'next-step': 0.7, 'decision-ask': 1, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.8, offer: 0.65, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.5, 'questions-asked': 0.45, 'sales-follow-through': 0.65 },
  },
  {
    // Batches 139-146 were written twenty minutes into the twentieth session by helpers who read only the guideline
    // (139: retail and e-commerce, interest in another product in passing), held out from its work until measured at
    // 8a63e6b, 6a82cbd and 72ebb49 (fixtures/labelled/HISTORY.md); floors start at 72ebb49.
    name: 'fresh batch 139 (lb-2805..lb-2824)',
    first: 2805,
    last: 2824,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.7, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.65, 'questions-asked': 0.7, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (healthcare administration, pharmacies, vets and dentists, ten of twenty in speech-to-text).
    name: 'fresh batch 140 (lb-2825..lb-2844)',
    first: 2825,
    last: 2844,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.7, acknowledgement: 0.5,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.7, paraphrase: 0.6,
    },
    // sales-follow-through 0.55 -> 0.5 (same session, after the merge): lb-2831's "we'd also recommend malaria tablets,
    // from around thirty pounds" is now the offer its grader labels, and the rule finds it not followed through.
    // unresolved-enquiries 0.65 -> 0.55 (twenty-third session) when a time answered a request for today: lb-2835's "can
    // you bring it today" is answered by "the next delivery to your area is thursday", as its enquiry grader says; the
    // call fails for "could the pharmacist at least give me a ring", run on after a statement and not read as an enquiry.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 0.75, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (business customers with several requests at once, upgrades and contract changes).
    name: 'fresh batch 141 (lb-2845..lb-2864)',
    first: 2845,
    last: 2864,
    acts: {
      question: 0.9, enquiry: 0.8, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (confused customers and explanations, ten of twenty in speech-to-text).
    name: 'fresh batch 142 (lb-2865..lb-2884)',
    first: 2865,
    last: 2884,
    acts: {
      question: 0.9, enquiry: 0.8, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.4, offer: 0.5, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.5, 'questions-asked': 0.8, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (agents who have to say no: owned, apologised for, referred or hidden behind policy).
    name: 'fresh batch 143 (lb-2885..lb-2904)',
    first: 2885,
    last: 2904,
    acts: {
      question: 0.8, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.6,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.75,
    },
    // unresolved-enquiries 0.55 -> 0.3 (same session, after the merge): lb-2895's customer ends with her own step ("ill
    // list them tonight then"), now read, which settles the ending by the rule; its grader fails the call for the
    // booking-fee question dropped earlier. (Letting only the agent's steps settle it was measured: no better overall.)
    // empathy-phrases 1 -> 0.9 when a bare "I understand" stopped counting as empathy: lb-2903's "you had enough on
    // your plate i understand", closing a speech-to-text turn, was its only empathy.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.3, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (sales in unexpected places: service calls where a plan, accessory or cover would fit).
    name: 'fresh batch 144 (lb-2905..lb-2924)',
    first: 2905,
    last: 2924,
    acts: {
      question: 0.75, enquiry: 0.9, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.5,
      'resolution-check': 0.85, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.6, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.3, 'questions-asked': 0.7, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (a mixed day on banking, insurance and housing lines, ten of twenty in speech-to-text).
    name: 'fresh batch 145 (lb-2925..lb-2944)',
    first: 2925,
    last: 2944,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.5, offer: 0.65, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (warm, chatty calls with older and vulnerable customers).
    name: 'fresh batch 146 (lb-2945..lb-2964)',
    first: 2945,
    last: 2964,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.65,
      'resolution-check': 0.9, 'customer-emotion': 0.65, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.25, 'questions-asked': 0.75, 'sales-follow-through': 0.25 },
  },
  {
    // Batches 147-154 were written forty minutes into the twentieth session by helpers who read only the guideline
    // (147: subscriptions and memberships, changes proposed in the agent's own words), held out from all of its work, and
    // measured at 8a63e6b and at its end, bb68ce7 (fixtures/labelled/HISTORY.md); floors start at bb68ce7.
    name: 'fresh batch 147 (lb-2965..lb-2984)',
    first: 2965,
    last: 2984,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.7, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.6, 'questions-asked': 0.85, 'sales-follow-through': 0.7 },
  },
  {
    // Held out the same way (brief acknowledgements or none, read-backs and sums, ten of twenty in speech-to-text).
    name: 'fresh batch 148 (lb-2985..lb-3004)',
    first: 2985,
    last: 3004,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.95,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.9, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.65, 'questions-asked': 1, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (calls that end in many ways: booked, due, refunded, the customer's errand, vague or nothing).
    name: 'fresh batch 149 (lb-3005..lb-3024)',
    first: 3005,
    last: 3024,
    // acknowledgement 0.85 -> 0.8 when a speech-to-text "got it" followed by its next clause was read as closing a
    // read-back: lb-3019's "yeah got it and oh my god three texts" is the customer receiving the texts.
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.7, offer: 0.5, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (buying interest said indirectly, ten of twenty in speech-to-text).
    name: 'fresh batch 150 (lb-3025..lb-3044)',
    first: 3025,
    last: 3044,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 1,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.3, 'questions-asked': 0.65, 'sales-follow-through': 0.7 },
  },
  {
    // Held out the same way (travel, hospitality and events: bookings changed, extras offered, delays).
    name: 'fresh batch 151 (lb-3045..lb-3064)',
    first: 3045,
    last: 3064,
    // resolution-check 0.85 -> 0.8 when a customer's check became only whether it is settled ("so that's all done then,
    // is it?"): lb-3058's "The catering, Sam. Is that done?" asks about something not yet talked over, which its
    // graders read as a question.
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.7, 'next-step': 0.9, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.8, 'customer-emotion': 0.7, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (utilities, local government and housing: when, how much and why).
    name: 'fresh batch 152 (lb-3065..lb-3084)',
    first: 3065,
    last: 3084,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.95, 'next-step': 0.75, 'decision-ask': 0.75, acknowledgement: 0.6,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.5, offer: 0.5, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.25, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // Held out the same way (a mixed day on telecom, retail and insurance lines, ten of twenty in speech-to-text).
    name: 'fresh batch 153 (lb-3085..lb-3104)',
    first: 3085,
    last: 3104,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.75, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (a mixed day serving small businesses and households).
    name: 'fresh batch 154 (lb-3105..lb-3124)',
    first: 3105,
    last: 3124,
    // next-step 0.85 -> 0.8 when a parting "speak to you on Friday" stopped counting as a step (graders count about one
    // in four): lb-3119's "Speak to you this afternoon" is one they count.
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.65, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.8, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.65, 'questions-asked': 0.75, 'sales-follow-through': 0.4 },
  },
  {
    // Batches 155-162 were written at 4155a52, an hour into the twentieth session, the same way (155: two or three
    // questions across the call, some let slide), held out from the rest of its work, and measured at 8a63e6b and
    // bb68ce7 (fixtures/labelled/HISTORY.md); floors start at bb68ce7.
    name: 'fresh batch 155 (lb-3125..lb-3144)',
    first: 3125,
    last: 3144,
    acts: {
      question: 0.9, enquiry: 0.95, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.55, paraphrase: 0.65,
    },
    // unresolved-enquiries 0.4 -> 0.25 when next steps named bare with their time were read ("New confirmation by email
    // within ten minutes"): lb-3134 now ends settled and passes, though its meet-and-greet price is left to the
    // website.
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.25, 'questions-asked': 0.65, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (sales in less usual industries, ten of twenty in speech-to-text).
    name: 'fresh batch 156 (lb-3145..lb-3164)',
    first: 3145,
    last: 3164,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 1, 'customer-emotion': 0.7, 'buying-signal': 0.5, offer: 0.65, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.7, 'questions-asked': 0.9, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (upset said with reserve, dry humour or resignation).
    name: 'fresh batch 157 (lb-3165..lb-3184)',
    first: 3165,
    last: 3184,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.7, acknowledgement: 0.6,
      'resolution-check': 0.9, 'customer-emotion': 0.4, 'buying-signal': 0.75, offer: 0.8, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.75 },
  },
  {
    // Held out the same way (young customers and casual speech, ten of twenty in speech-to-text).
    name: 'fresh batch 158 (lb-3185..lb-3204)',
    first: 3185,
    last: 3204,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.75, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.25, 'questions-asked': 0.85, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (checks of understanding and resolution, and fixes that did not work).
    name: 'fresh batch 159 (lb-3205..lb-3224)',
    first: 3205,
    last: 3224,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.65, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.65,
      'resolution-check': 0.65, 'customer-emotion': 0.8, 'buying-signal': 0.9, offer: 0.9, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0, 'questions-asked': 0.75, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (a mixed day serving small businesses and households).
    name: 'fresh batch 160 (lb-3225..lb-3244)',
    first: 3225,
    last: 3244,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.6,
      'resolution-check': 0.9, 'customer-emotion': 0.65, 'buying-signal': 0.65, offer: 0.7, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.3, 'questions-asked': 0.85, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (a mixed day on energy, water, telecom and delivery lines, ten of twenty in speech-to-text).
    name: 'fresh batch 161 (lb-3245..lb-3264)',
    first: 3245,
    last: 3264,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.75, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (upgrades, renewals and retention with alternatives in the agent's own words).
    name: 'fresh batch 162 (lb-3265..lb-3284)',
    first: 3265,
    last: 3284,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.8, 'decision-ask': 0.7, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.85, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.5, 'questions-asked': 0.9, 'sales-follow-through': 0 },
  },
  {
    // Batches 163-170 were written at a51eb72, near the end of the twentieth session, by helpers who read only the
    // guideline (163: upset said politely, with understatement, dry humour or resignation), held out from its last
    // change (9edcbce) and measured before and after it (fixtures/labelled/HISTORY.md); floors start at 9edcbce.
    name: 'fresh batch 163 (lb-3285..lb-3304)',
    first: 3285,
    last: 3304,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.9, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.45, 'buying-signal': 0.7, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.85, 'questions-asked': 1, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (worry and frustration told through the situation, ten of twenty in speech-to-text).
    name: 'fresh batch 164 (lb-3305..lb-3324)',
    first: 3305,
    last: 3324,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.65, offer: 0.65, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0, 'questions-asked': 1, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (a mixed day serving small businesses and households).
    name: 'fresh batch 165 (lb-3325..lb-3344)',
    first: 3325,
    last: 3344,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.65, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.75, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (a mixed day on retail, travel and home services lines, ten of twenty in speech-to-text).
    name: 'fresh batch 166 (lb-3345..lb-3364)',
    first: 3345,
    last: 3364,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.6,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.25, paraphrase: 0.4,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.3, 'questions-asked': 0.6, 'sales-follow-through': 0.25 },
  },
  {
    // Held out the same way (options put in the agent's own words, customers asking what there is and what it costs).
    name: 'fresh batch 167 (lb-3365..lb-3384)',
    first: 3365,
    last: 3384,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.7, 'next-step': 0.75, 'decision-ask': 0.7, acknowledgement: 0.7,
      'resolution-check': 1, 'customer-emotion': 0.7, 'buying-signal': 0.75, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (several customer questions over the call, answered, referred or let slide).
    name: 'fresh batch 168 (lb-3385..lb-3404)',
    first: 3385,
    last: 3404,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.8, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.35, 'questions-asked': 0.9, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (listening, acknowledging and reading back, or not, ten of twenty in speech-to-text).
    name: 'fresh batch 169 (lb-3405..lb-3424)',
    first: 3405,
    last: 3424,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 1, 'customer-emotion': 0.7, 'buying-signal': 0.55, offer: 0.5, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 0.85, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (complaints ending in a remedy, a refusal or a referral).
    name: 'fresh batch 170 (lb-3425..lb-3444)',
    first: 3425,
    last: 3444,
    acts: {
      question: 0.8, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.65,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.55, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.3, 'questions-asked': 0.9, 'sales-follow-through': 0 },
  },
  {
    // Batches 171-178 were written at be78c14, at the start of the twenty-first session, by helpers who read only the
    // guideline (171: unhappiness said only through politeness, irony, understatement or a shrug), held out from its
    // first change (fe825bc) and measured before and after it (fixtures/labelled/HISTORY.md); floors start at fe825bc.
    name: 'fresh batch 171 (lb-3445..lb-3464)',
    first: 3445,
    last: 3464,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.6,
      'resolution-check': 0.9, 'customer-emotion': 0.3, 'buying-signal': 0.55, offer: 0.9, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0.4, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (several specific questions, some answered with a neighbour, a story or a pitch).
    name: 'fresh batch 172 (lb-3465..lb-3484)',
    first: 3465,
    last: 3484,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.95, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.6, 'buying-signal': 0.45, offer: 0.7, paraphrase: 0.4,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.55, 'questions-asked': 0.7, 'sales-follow-through': 0.2 },
  },
  {
    // Held out the same way (offers, upgrades and add-ons in the agent's own words, some in passing).
    name: 'fresh batch 173 (lb-3485..lb-3504)',
    first: 3485,
    last: 3504,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.75, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.55, 'unresolved-enquiries': 0.3, 'questions-asked': 0.65, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (a mixed day on utilities, telecoms, insurance and healthcare lines, nine of twenty in speech-to-text).
    name: 'fresh batch 174 (lb-3505..lb-3524)',
    first: 3505,
    last: 3524,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.95, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.6, paraphrase: 0.9,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.4, 'questions-asked': 0.8, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (customers in real trouble met with empathy, stock apologies, brush-offs or none).
    name: 'fresh batch 175 (lb-3525..lb-3544)',
    first: 3525,
    last: 3544,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 1, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.7, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 0.7, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (agents who check understanding in their own words, customers who explain in a roundabout way).
    name: 'fresh batch 176 (lb-3545..lb-3564)',
    first: 3545,
    last: 3564,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.65, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.75, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.3, 'questions-asked': 0.75, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (questions said without question marks or as statements).
    name: 'fresh batch 177 (lb-3565..lb-3584)',
    first: 3565,
    last: 3584,
    // offer 0.45 -> 0.4 (twenty-fourth session, prices said as hundreds after "is": offers 74.37 -> 74.59 and
    // sales-follow-through 80.19 -> 80.33 on the 4,724 calls): lb-3575's price of the kitchen-only packing the customer
    // asked for reads as an offer.
    acts: {
      question: 0.85, enquiry: 0.8, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.55,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.5, offer: 0.4, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.55, 'questions-asked': 0.65, 'sales-follow-through': 0.25 },
  },
  {
    // Held out the same way (a mixed day on travel, retail, banking and local government lines).
    name: 'fresh batch 178 (lb-3585..lb-3604)',
    first: 3585,
    last: 3604,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0 },
  },
  {
    // Batches 179-186 were written at fe825bc, early in the twenty-first session, by helpers who read only the guideline
    // (179: unhappy customers of every temperament), held out from all of that session's work and measured at fe825bc and
    // at its end, e02f9ef (fixtures/labelled/HISTORY.md); floors start at e02f9ef.
    name: 'fresh batch 179 (lb-3605..lb-3624)',
    first: 3605,
    last: 3624,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.9, offer: 0.85, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.75, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (several questions in one turn or across the call, answered, half-answered or not).
    name: 'fresh batch 180 (lb-3625..lb-3644)',
    first: 3625,
    last: 3644,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.5, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.5,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.55, paraphrase: 0.4,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.7, 'questions-asked': 0.85, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (sales, upgrades and retention in retail, travel, subscriptions and home services).
    name: 'fresh batch 181 (lb-3645..lb-3664)',
    first: 3645,
    last: 3664,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (a mixed day on banking, insurance, energy and local services lines, nine of twenty in speech-to-text).
    name: 'fresh batch 182 (lb-3665..lb-3684)',
    first: 3665,
    last: 3684,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.85, 'customer-emotion': 0.7, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.55, 'questions-asked': 0.8, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (customers in hard circumstances met with empathy in their own words, stock phrases, brush-offs or none).
    name: 'fresh batch 183 (lb-3685..lb-3704)',
    first: 3685,
    last: 3704,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.75, acknowledgement: 0.85,
      'resolution-check': 1, 'customer-emotion': 0.65, 'buying-signal': 0.7, offer: 0.45, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.25, 'questions-asked': 0.8, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (agents who check understanding or carry on; customers who explain in a muddle).
    name: 'fresh batch 184 (lb-3705..lb-3724)',
    first: 3705,
    last: 3724,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.65, 'next-step': 0.55, 'decision-ask': 0.85, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.5, paraphrase: 0.7,
    },
    // sales-follow-through 0.65 -> 0.55 when "give your dad our best" stopped counting as a donation ask: lb-3717
    // failed only for that; its graders fail it for "Is that dearer?", which callaudit does not read as interest.
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0, 'questions-asked': 0.7, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (questions said as statements and requests ("I need to know...", "what I want is...")).
    name: 'fresh batch 185 (lb-3725..lb-3744)',
    first: 3725,
    last: 3744,
    acts: {
      question: 0.9, enquiry: 0.75, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.8, offer: 0.8, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.75, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (a mixed day on healthcare admin, education, motoring and telecoms lines).
    name: 'fresh batch 186 (lb-3745..lb-3764)',
    first: 3745,
    last: 3764,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 1, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.55, offer: 0.7, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.85, 'questions-asked': 0.8, 'sales-follow-through': 0.85 },
  },
  {
    // Batches 187-194 were written at 27ecf3b, an hour into the twenty-first session, by helpers who read only the
    // guideline (187: complaints with restraint, irony and pointed thanks), held out from the rest of that session's work
    // and measured at 27ecf3b and e02f9ef (fixtures/labelled/HISTORY.md); floors start at e02f9ef.
    name: 'fresh batch 187 (lb-3765..lb-3784)',
    first: 3765,
    last: 3784,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.55, 'buying-signal': 0.75, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (questions about money beside other questions, answered with amounts, yes or no, something else or nothing).
    name: 'fresh batch 188 (lb-3785..lb-3804)',
    first: 3785,
    last: 3804,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.7, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.6, offer: 0.75, paraphrase: 0.55,
    },
    // empathy-phrases 0.85 -> 0.8 when "happy birthday" stopped counting as empathy (a well-wish; on the labelled set 1
    // right in 19): lb-3795's "oh happy birthday thats so exciting" is what its graders pass the nervous learner's call
    // for.
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.8, 'sales-follow-through': 0.75 },
  },
  {
    // Held out the same way (agents recommending products or plans as advice, fitting or pushed).
    name: 'fresh batch 189 (lb-3805..lb-3824)',
    first: 3805,
    last: 3824,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.95, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 1, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.65, 'questions-asked': 0.9, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (a mixed day on retail, travel, home services and pharmacy lines, nine of twenty in speech-to-text).
    name: 'fresh batch 190 (lb-3825..lb-3844)',
    first: 3825,
    last: 3844,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.65,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.8, offer: 0.55, paraphrase: 0.35,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.55, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (next steps agreed on both sides, or vague endings).
    name: 'fresh batch 191 (lb-3845..lb-3864)',
    first: 3845,
    last: 3864,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.95, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.45, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 1, 'questions-asked': 0.9, 'sales-follow-through': 0.25 },
  },
  {
    // Held out the same way (summing up and reading back, run on and tidy, sometimes with sympathy).
    name: 'fresh batch 192 (lb-3865..lb-3884)',
    first: 3865,
    last: 3884,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.9, 'next-step': 0.65, 'decision-ask': 0.9, acknowledgement: 0.55,
      'resolution-check': 0.85, 'customer-emotion': 0.7, 'buying-signal': 0.75, offer: 0.5, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.4, 'questions-asked': 0.85, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (worried or annoyed customers with several questions and some sales).
    name: 'fresh batch 193 (lb-3885..lb-3904)',
    first: 3885,
    last: 3904,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.5, 'questions-asked': 1, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (a mixed day on insurance, energy, council services and subscriptions lines).
    name: 'fresh batch 194 (lb-3905..lb-3924)',
    first: 3905,
    last: 3924,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.5, offer: 0.7, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.8, 'questions-asked': 0.85, 'sales-follow-through': 0.5 },
  },
  {
    // Batches 195-202 were written at ec9c90a, at the start of the twenty-second session, by helpers who read only the
    // guideline (195: what/when/where/which/how questions answered exactly, by a neighbouring thing, by half or not at
    // all), measured at ec9c90a and through that session's work (fixtures/labelled/HISTORY.md); floors start at
    // its end.
    name: 'fresh batch 195 (lb-3925..lb-3944)',
    first: 3925,
    last: 3944,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.7, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.9,
      'resolution-check': 0.85, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.75, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.65, 'questions-asked': 0.9, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (speech-to-text calls, twelve of twenty, with questions after short lead-ins and
    // statements that start the same way).
    name: 'fresh batch 196 (lb-3945..lb-3964)',
    first: 3945,
    last: 3964,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.7, 'next-step': 0.85, 'decision-ask': 0.95, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.45, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.25, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (real grievances (repeat contacts, missed visits, wrong items, surprise charges)
    // kept mostly polite).
    name: 'fresh batch 197 (lb-3965..lb-3984)',
    first: 3965,
    last: 3984,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.75, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.8,
      'resolution-check': 1, 'customer-emotion': 0.6, 'buying-signal': 0.5, offer: 0.65, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (a mixed day on telecoms, banking, utilities and retail lines).
    name: 'fresh batch 198 (lb-3985..lb-4004)',
    first: 3985,
    last: 4004,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.9,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.65, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.4, 'questions-asked': 0.8, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (several customer questions and requests in a row, some inside statements, some
    // answered much later).
    name: 'fresh batch 199 (lb-4005..lb-4024)',
    first: 4005,
    last: 4024,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.45, offer: 0.65, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.5, 'questions-asked': 0.75, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (sales and retention: offers, prices, benefits, interest or doubt, decision asks and
    // next steps).
    name: 'fresh batch 200 (lb-4025..lb-4044)',
    first: 4025,
    last: 4044,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.35,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.85, offer: 0.75, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0.25, 'questions-asked': 1, 'sales-follow-through': 0.75 },
  },
  {
    // Held out the same way (a mixed day on healthcare admin, travel, insurance and home services lines, nine of
    // twenty in speech-to-text).
    name: 'fresh batch 201 (lb-4045..lb-4064)',
    first: 4045,
    last: 4064,
    // next-step 0.75 -> 0.7 when a parting "speak to you on Friday" stopped counting as a step (graders count about one
    // in four): lb-4060's "Speak to you on Thursday" is one they count.
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.65, offer: 0.65, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.3, 'questions-asked': 0.75, 'sales-follow-through': 0.8 },
  },
  {
    // Held out the same way (agents who listen well or badly: summaries, acknowledgements, named sympathy, brush-offs).
    name: 'fresh batch 202 (lb-4065..lb-4084)',
    first: 4065,
    last: 4084,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.65, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.55,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0 },
  },
  {
    // Batches 203-210 were written at 2d8714e, early in the twenty-second session, by helpers who read only the
    // guideline
    // (203: a mixed day on water, parcels, gyms and insurance lines), measured at ec9c90a and at the session's end; the
    // final-copula question rule drew on their misses (fixtures/labelled/HISTORY.md). Floors start at the
    // session's end.
    name: 'fresh batch 203 (lb-4085..lb-4104)',
    first: 4085,
    last: 4104,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.65,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.55, 'questions-asked': 0.7, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (complaints handled well and badly: sympathy that names the situation, rote
    // apologies, brush-offs, fixes only).
    name: 'fresh batch 204 (lb-4105..lb-4124)',
    first: 4105,
    last: 4124,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.95, 'next-step': 0.85, 'decision-ask': 0.65, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.6, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.5, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (speech-to-text calls, nine of twenty, with several questions a turn from both sides).
    name: 'fresh batch 205 (lb-4125..lb-4144)',
    first: 4125,
    last: 4144,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.75, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.7, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.6, 'unresolved-enquiries': 0.4, 'questions-asked': 0.8, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (options, prices and upgrades: offers, benefits, decision asks or drift, next steps
    // with or without a time).
    name: 'fresh batch 206 (lb-4145..lb-4164)',
    first: 4145,
    last: 4164,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.65, 'next-step': 0.9, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.6, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.4, 'questions-asked': 1, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (a mixed day on council, healthcare admin, vet and home services lines).
    name: 'fresh batch 207 (lb-4165..lb-4184)',
    first: 4165,
    last: 4184,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.6, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.4, paraphrase: 0.8,
    },
    // sales-follow-through 0.65 -> 0.55 (twenty-fourth session, "how much do you charge" and what a choice would "come
    // to" read as buying interest: buying-signal 74.26 -> 74.50 and sales-follow-through 80.53 -> 80.63 on the 4,884
    // calls): lb-4169's "how much do you charge for that" is now read, and its answer ("thirty eight pound", said
    // without the s) is not, so the rule fails a call the grader passes.
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.15, 'questions-asked': 0.5, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (several matters raised in one call and the customer coming back to those not dealt with).
    name: 'fresh batch 208 (lb-4185..lb-4204)',
    first: 4185,
    last: 4204,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.4,
    },
    // buying-signal 0.75 -> 0.7 (twenty-third session) when an upgrade named with its price became an offer: lb-4200's
    // "you're eligible for an early upgrade ... thirty-eight a month" is the offer its grader labels, and the customer's
    // "What am I paying now?" after it now reads as interest in it, where its grader does not mark one.
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.4, 'questions-asked': 0.8, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (checking understanding: summaries, read-backs, acknowledgements, instructions
    // repeated back, or none of it).
    name: 'fresh batch 209 (lb-4205..lb-4224)',
    first: 4205,
    last: 4224,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.5, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (a mixed day on retail, telecoms, travel and subscriptions lines).
    name: 'fresh batch 210 (lb-4225..lb-4244)',
    first: 4225,
    last: 4244,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.65, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.5 },
  },
  {
    // Batches 211-218 were written at 714241c, late in the twenty-second session, by helpers who read only the
    // guideline (211: a mixed speech-to-text day, nine of twenty), held out from all of that session's work and
    // measured at its start (ec9c90a) and end (fixtures/labelled/HISTORY.md); floors start at its end.
    name: 'fresh batch 211 (lb-4245..lb-4264)',
    first: 4245,
    last: 4264,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.75, 'next-step': 0.65, 'decision-ask': 0.8, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.7,
    },
    // offer 0.65 -> 0.6 (twenty-third session) when a railcard named with its price became a product: lb-4262's "for you
    // the sixteen to twenty five railcard is thirty five pounds a year" is now an offer, which its grader did not mark.
    // sales-follow-through 0.65 -> 0.6 when how long a task lasts stopped counting as a next step ("it takes about five
    // minutes"): lb-4262 passed on that alone; its graders pass the railcard sent to the website, callaudit now fails it.
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.6, 'questions-asked': 0.85, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (customers in a bind (a deadline, a family event, no heating, no internet for work)
    // and how agents judge it).
    name: 'fresh batch 212 (lb-4265..lb-4284)',
    first: 4265,
    last: 4284,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.75, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.65, 'buying-signal': 0.55, offer: 0.85, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.25, 'questions-asked': 0.9, 'sales-follow-through': 0.25 },
  },
  {
    // Held out the same way (a mixed day on banking, pharmacy, travel and home services lines).
    name: 'fresh batch 213 (lb-4285..lb-4304)',
    first: 4285,
    last: 4304,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (speech-to-text troubleshooting, eight of twenty: checks and read-outs asked for,
    // questions asked back).
    name: 'fresh batch 214 (lb-4305..lb-4324)',
    first: 4305,
    last: 4324,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.85,
      'resolution-check': 0.8, 'customer-emotion': 0.75, 'buying-signal': 0.9, offer: 0.75, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // Held out the same way (a mixed day on retail, subscriptions, council and insurance lines).
    name: 'fresh batch 215 (lb-4325..lb-4344)',
    first: 4325,
    last: 4344,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.9, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.7, offer: 0.65, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0, 'questions-asked': 0.85, 'sales-follow-through': 0.75 },
  },
  {
    // Held out the same way (customers checking what they have understood; agents confirming, correcting or moving on).
    name: 'fresh batch 216 (lb-4345..lb-4364)',
    first: 4345,
    last: 4364,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.55, offer: 0.4, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.3, 'unresolved-enquiries': 0, 'questions-asked': 0.65, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (sales, renewals and retention across telecoms, energy, insurance and memberships).
    name: 'fresh batch 217 (lb-4365..lb-4384)',
    first: 4365,
    last: 4384,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.95,
      'resolution-check': 1, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.7, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.4, 'questions-asked': 0.75, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (a mixed day on travel, healthcare admin, vet and utilities lines).
    name: 'fresh batch 218 (lb-4385..lb-4404)',
    first: 4385,
    last: 4404,
    // next-step 0.85 -> 0.8 (twenty-fourth session, next steps told as what the process does next: next-step 81.94 ->
    // 82.17 on the 4,724 calls): lb-4394's "That's moved to fourteen-thirty on the twelfth" reads as a booking
    // confirmed, which its grader did not mark.
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.8,
      'resolution-check': 0.85, 'customer-emotion': 0.8, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.2, 'questions-asked': 0.9, 'sales-follow-through': 0.7 },
  },
  {
    // Batches 219-226 were written during the twenty-third session (at 14149ea, after its enquiry changes and
    // before its
    // offer change) by helpers who read only the guideline (219: products named with their price, offered, asked about
    // or already had), measured at 8ffda51, 14149ea and ff59ac7 (fixtures/labelled/HISTORY.md); floors start at
    // the end.
    name: 'fresh batch 219 (lb-4405..lb-4424)',
    first: 4405,
    last: 4424,
    acts: {
      question: 0.8, enquiry: 0.85, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.7,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.65, paraphrase: 0.75,
    },
    // empathy-phrases 0.9 -> 0.8 when "i can get you" stopped counting as understanding: lb-4407's "I can get you the
    // new Nova 15" made it pass where its graders see nothing to meet (na); now it fails on the customer's second
    // "still no".
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.7, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (two or three questions or requests in a call, answered, refused, referred, chatted
    // past or forgotten).
    name: 'fresh batch 220 (lb-4425..lb-4444)',
    first: 4425,
    last: 4444,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.65,
      'resolution-check': 1, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.2, 'questions-asked': 0.9, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (a mixed day on retail, telecoms and banking lines).
    name: 'fresh batch 221 (lb-4445..lb-4464)',
    first: 4445,
    last: 4464,
    // offer 0.45 -> 0.3 (twenty-fourth session, "how much do you charge" and what a choice would "come to" read as
    // buying interest: buying-signal 74.26 -> 74.50 and sales-follow-through 80.53 -> 80.63 on the 4,884 calls):
    // lb-4464's "roughly what would they run to?" is now interest, so the agent's priced lens plan reads as the answer
    // to it rather than an offer (the grader counts it one).
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.8, offer: 0.3, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0, 'questions-asked': 0.55, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (a speech-to-text day, all twenty: questions and requests buried mid-sentence).
    name: 'fresh batch 222 (lb-4465..lb-4484)',
    first: 4465,
    last: 4484,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.6, 'next-step': 0.85, 'decision-ask': 0.8, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.6, offer: 0.7, paraphrase: 0.85,
    },
    // empathy-phrases 0.9 -> 0.85 when "just so i understand" stopped counting as empathy (it leads a read-back): lb-4479
    // passed on that alone; its graders pass it, callaudit now fails it.
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.5, 'questions-asked': 1, 'sales-follow-through': 0.6 },
  },
  {
    // Held out the same way (insurance, car hire and travel: excess cover, upgrades, add-ons, claims and
    // cancellations).
    name: 'fresh batch 223 (lb-4485..lb-4504)',
    first: 4485,
    last: 4504,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.7, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.8,
      'resolution-check': 1, 'customer-emotion': 0.75, 'buying-signal': 0.85, offer: 0.7, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.3, 'questions-asked': 1, 'sales-follow-through': 0.7 },
  },
  {
    // Held out the same way (upset said plainly, with restraint or with sarcasm, and recognised well, badly or
    // not at all).
    name: 'fresh batch 224 (lb-4505..lb-4524)',
    first: 4505,
    last: 4524,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.8, 'next-step': 0.85, 'decision-ask': 0.8, acknowledgement: 0.5,
      'resolution-check': 0.95, 'customer-emotion': 0.65, 'buying-signal': 0.85, offer: 0.75, paraphrase: 0.75,
    },
    // questions-asked 0.9 -> 0.85 (twenty-fourth session, prices said as hundreds after "is": offers 74.37 -> 74.59 and
    // sales-follow-through 80.19 -> 80.33 on the 4,724 calls): lb-4524's battery pitch now has its price, and the rule
    // no longer judges the call its grader fails for no discovery.
    rules: { 'empathy-phrases': 0.75, 'unresolved-enquiries': 0.25, 'questions-asked': 0.85, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (a mixed day on utilities, council, healthcare admin and vet lines).
    name: 'fresh batch 225 (lb-4525..lb-4544)',
    first: 4525,
    last: 4544,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.5, offer: 0.65, paraphrase: 0.8,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.25, 'questions-asked': 0.7, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (checking understanding: read-backs, paraphrases and acknowledgements, answers exact
    // or loose).
    name: 'fresh batch 226 (lb-4545..lb-4564)',
    first: 4545,
    last: 4564,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.85, 'decision-ask': 0.65, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.75, offer: 0.85, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.5, 'questions-asked': 0.7, 'sales-follow-through': 0.65 },
  },  {
    // Batches 227-234 were written at the start of the twenty-fourth session (at ffa26d9) by helpers who read only the
    // guideline (227: customers asking in speech-to-text run-ons: a question straight after a statement, a trailing
    // 'and the X' or 'what about the X', needs said as requests), measured at ffa26d9, 8949615 and b100917
    // (fixtures/labelled/HISTORY.md); 227-230 were then read for the session's question change, 231-234 held out;
    // floors start at the end.
    name: 'fresh batch 227 (lb-4565..lb-4584)',
    first: 4565,
    last: 4584,
    acts: {
      question: 0.95, enquiry: 0.95, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.5, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.25, 'questions-asked': 0.65, 'sales-follow-through': 0 },
  },
  {
    // Read the same way (a mixed day at a utilities, broadband and mobile centre).
    name: 'fresh batch 228 (lb-4585..lb-4604)',
    first: 4585,
    last: 4604,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.75, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.65, offer: 0.6, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.4, 'questions-asked': 0.65, 'sales-follow-through': 1 },
  },
  {
    // Read the same way (customers in real trouble: bereavement, illness, money, stranded; said plainly, with restraint
    // or only through the situation).
    name: 'fresh batch 229 (lb-4605..lb-4624)',
    first: 4605,
    last: 4624,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.85, 'next-step': 0.75, 'decision-ask': 0.65, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.6, 'buying-signal': 0.5, offer: 0.35, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0, 'questions-asked': 0.6, 'sales-follow-through': 0.65 },
  },
  {
    // Read the same way (sales and retention: add-ons, upgrades and renewals with prices, interest shown indirectly,
    // deals that close or stall).
    name: 'fresh batch 230 (lb-4625..lb-4644)',
    first: 4625,
    last: 4644,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.7, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0, 'questions-asked': 0.8, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (a speech-to-text day, all twenty, across retail, travel, council and healthcare
    // administration).
    name: 'fresh batch 231 (lb-4645..lb-4664)',
    first: 4645,
    last: 4664,
    acts: {
      question: 0.9, enquiry: 0.85, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.45,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.6, offer: 0.55, paraphrase: 0.5,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.4, 'questions-asked': 0.9, 'sales-follow-through': 0 },
  },
  {
    // Held out the same way (promises kept or forgotten, two or three things asked at once, dropped questions coming
    // back).
    name: 'fresh batch 232 (lb-4665..lb-4684)',
    first: 4665,
    last: 4684,
    acts: {
      question: 0.8, enquiry: 0.85, empathy: 0.75, 'next-step': 0.75, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.7, 'questions-asked': 0.8, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (listening: acknowledgements, read-backs, customers checking what they understood,
    // misunderstandings put right).
    name: 'fresh batch 233 (lb-4685..lb-4704)',
    first: 4685,
    last: 4704,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.7, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.7, offer: 0.75, paraphrase: 0.7,
    },
    // unresolved-enquiries 0.65 -> 0.4 when next steps named bare with their time were read ("Confirmation email will
    // come over in the next hour"): lb-4701 now ends settled and passes, though the second morning off work is never
    // taken up.
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.4, 'questions-asked': 0.7, 'sales-follow-through': 0.4 },
  },
  {
    // Held out the same way (a mixed day for small businesses: payroll and accounting software, office supplies,
    // insurance, card terminals, vans).
    name: 'fresh batch 234 (lb-4705..lb-4724)',
    first: 4705,
    last: 4724,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.85, acknowledgement: 0.9,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.6, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.9, 'sales-follow-through': 0.55 },
  },
  {
    // Batches 235-242 were written during the twenty-fourth session (at 9ec235e, after its enquiry and question
    // changes) by helpers who read only the guideline (235: a mixed week at an outsourced centre: retail, utilities,
    // travel and banking queues), held out from the rest of its work and measured at 9ec235e and after each change
    // (fixtures/labelled/HISTORY.md); floors start at the end.
    name: 'fresh batch 235 (lb-4725..lb-4744)',
    first: 4725,
    last: 4744,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.75, 'decision-ask': 0.8, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 1, 'sales-follow-through': 0.65 },
  },
  {
    // Held out the same way (questions and requests of every shape, answered exactly, nearly, with a neighbour or not
    // at all).
    name: 'fresh batch 236 (lb-4745..lb-4764)',
    first: 4745,
    last: 4764,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.7, 'next-step': 0.7, 'decision-ask': 0.65, acknowledgement: 1,
      'resolution-check': 1, 'customer-emotion': 0.65, 'buying-signal': 0.65, offer: 0.7, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0, 'questions-asked': 0.65, 'sales-follow-through': 0.5 },
  },
  {
    // Held out the same way (products and add-ons offered in the agents' own words with prices said many ways, and
    // prices of what the customer asked for).
    name: 'fresh batch 237 (lb-4765..lb-4784)',
    first: 4765,
    last: 4784,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.65, acknowledgement: 0.6,
      'resolution-check': 0.85, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.8, paraphrase: 0.35,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0, 'questions-asked': 0.8, 'sales-follow-through': 0.3 },
  },
  {
    // Held out the same way (upset customers of every temperament, and happy or relieved ones; agents who recognise it
    // well, by rote or not at all).
    name: 'fresh batch 238 (lb-4785..lb-4804)',
    first: 4785,
    last: 4804,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.7, 'next-step': 0.7, 'decision-ask': 0.85, acknowledgement: 0.7,
      'resolution-check': 0.9, 'customer-emotion': 0.7, 'buying-signal': 0.75, offer: 1, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.2, 'questions-asked': 0.7, 'sales-follow-through': 0.85 },
  },
  {
    // Held out the same way (a speech-to-text day, all twenty: telecoms, insurance, healthcare administration and home
    // services).
    name: 'fresh batch 239 (lb-4805..lb-4824)',
    first: 4805,
    last: 4824,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.85, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.3, 'questions-asked': 0.8, 'sales-follow-through': 0.55 },
  },
  {
    // Held out the same way (agents asking for details and diagnosing; customers reading back what they were told).
    name: 'fresh batch 240 (lb-4825..lb-4844)',
    first: 4825,
    last: 4844,
    acts: {
      question: 0.95, enquiry: 0.85, empathy: 0.8, 'next-step': 0.6, 'decision-ask': 1, acknowledgement: 0.85,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.8, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 1, 'sales-follow-through': 1 },
  },
  {
    // Held out the same way (calls that end well or badly: next steps with a time, promises without one, problems left
    // open).
    name: 'fresh batch 241 (lb-4845..lb-4864)',
    first: 4845,
    last: 4864,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.7, 'next-step': 0.75, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.7, offer: 0.7, paraphrase: 0.85,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0.75, 'questions-asked': 0.75, 'sales-follow-through': 1 },
  },
  {
    // Held out the same way (a mixed household day: council services, water, energy, pets, removals and home
    // insurance).
    name: 'fresh batch 242 (lb-4865..lb-4884)',
    first: 4865,
    last: 4884,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 1, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.55, offer: 0.55, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.85, 'unresolved-enquiries': 0.75, 'questions-asked': 0.85, 'sales-follow-through': 0.8 },
  },
  {
    // Batches 243-250 were written at the start of the twenty-fifth session (at b4b7f81) by helpers who read only the
    // guideline (243: a bank and a building society: cards, payments, mortgages, savings, fraud worries), measured
    // there first; 243-246 were then read for its changes, 247-250 held out from its work
    // (fixtures/labelled/HISTORY.md). Floors start at the end.
    name: 'fresh batch 243 (lb-4885..lb-4904)',
    first: 4885,
    last: 4904,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.75, 'decision-ask': 1, acknowledgement: 0.75,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.7, offer: 0.65, paraphrase: 0.65,
    },
    rules: { 'empathy-phrases': 0.9, 'unresolved-enquiries': 0.65, 'questions-asked': 0.85, 'sales-follow-through': 0.4 },
  },
  {
    // Same round (a speech-to-text day, all twenty: broadband, mobile, energy, insurance and travel).
    name: 'fresh batch 244 (lb-4905..lb-4924)',
    first: 4905,
    last: 4924,
    acts: {
      question: 0.9, enquiry: 0.8, empathy: 0.75, 'next-step': 0.8, 'decision-ask': 0.9, acknowledgement: 0.4,
      'resolution-check': 0.9, 'customer-emotion': 0.8, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.8, 'sales-follow-through': 0.4 },
  },
  {
    // Same round (sales follow-through: offers with benefits and prices, price questions, decision asks answered yes,
    // no or later).
    name: 'fresh batch 245 (lb-4925..lb-4944)',
    first: 4925,
    last: 4944,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.85, 'decision-ask': 0.85, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.75, 'buying-signal': 0.8, offer: 0.75, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 1, 'unresolved-enquiries': 0.55, 'questions-asked': 0.85, 'sales-follow-through': 0.7 },
  },
  {
    // Same round (listening and paraphrase: problems put back in the agent's words, details checked, customers not
    // heard).
    name: 'fresh batch 246 (lb-4945..lb-4964)',
    first: 4945,
    last: 4964,
    acts: {
      question: 0.85, enquiry: 0.9, empathy: 0.7, 'next-step': 0.7, 'decision-ask': 0.8, acknowledgement: 0.6,
      'resolution-check': 0.95, 'customer-emotion': 0.6, 'buying-signal': 0.8, offer: 0.5, paraphrase: 0.7,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.65, 'questions-asked': 0.65, 'sales-follow-through': 0.3 },
  },
  {
    // Same round (two or three questions or requests in one turn, answered, referred, promised or dropped).
    name: 'fresh batch 247 (lb-4965..lb-4984)',
    first: 4965,
    last: 4984,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.8, 'next-step': 0.8, 'decision-ask': 0.7, acknowledgement: 0.8,
      'resolution-check': 0.95, 'customer-emotion': 0.8, 'buying-signal': 0.75, offer: 0.8, paraphrase: 0.55,
    },
    rules: { 'empathy-phrases': 0.7, 'unresolved-enquiries': 0, 'questions-asked': 0.6, 'sales-follow-through': 0.55 },
  },
  {
    // Same round (feelings said outright or only through what happened, met well, by rote, with a brush-off or not at
    // all).
    name: 'fresh batch 248 (lb-4985..lb-5004)',
    first: 4985,
    last: 5004,
    acts: {
      question: 0.85, enquiry: 0.85, empathy: 0.65, 'next-step': 0.8, 'decision-ask': 0.8, acknowledgement: 0.75,
      'resolution-check': 0.9, 'customer-emotion': 0.65, 'buying-signal': 0.8, offer: 0.7, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0, 'questions-asked': 0.6, 'sales-follow-through': 0.85 },
  },
  {
    // Same round (travel and leisure: airlines, rail, hotels, car hire, gyms and event tickets).
    name: 'fresh batch 249 (lb-5005..lb-5024)',
    first: 5005,
    last: 5024,
    acts: {
      question: 0.9, enquiry: 0.9, empathy: 0.85, 'next-step': 0.8, 'decision-ask': 0.7, acknowledgement: 0.65,
      'resolution-check': 0.95, 'customer-emotion': 0.7, 'buying-signal': 0.6, offer: 0.7, paraphrase: 0.6,
    },
    rules: { 'empathy-phrases': 0.65, 'unresolved-enquiries': 0.3, 'questions-asked': 0.6, 'sales-follow-through': 0.5 },
  },
  {
    // Same round (health and care administration, pharmacy, opticians, vets and dentists).
    name: 'fresh batch 250 (lb-5025..lb-5044)',
    first: 5025,
    last: 5044,
    acts: {
      question: 0.95, enquiry: 0.9, empathy: 0.9, 'next-step': 0.7, 'decision-ask': 0.9, acknowledgement: 0.65,
      'resolution-check': 0.9, 'customer-emotion': 0.75, 'buying-signal': 0.65, offer: 0.75, paraphrase: 0.75,
    },
    rules: { 'empathy-phrases': 0.8, 'unresolved-enquiries': 0.75, 'questions-asked': 0.85, 'sales-follow-through': 0.65 },
  },
];

const root = join(import.meta.dirname, '../../fixtures/labelled');
const callNumber = (id: string): number => Number(/^lb-(\d+)/.exec(id)?.[1] ?? NaN);
let labels: LabelSet;
let results: CallResult[];

beforeAll(async () => {
  labels = loadLabels(['call-labels.csv', 'turn-labels.csv', 'enquiry-labels.csv'].map((name) => join(root, name)));
  const rules = resolveRules({});
  results = [];
  for await (const item of readInputs([join(root, 'calls')])) {
    if (item instanceof InputError) throw item;
    results.push(auditCall(item, { rules, redact: true }));
  }
});

/** Calibration over one part's calls, with their labels only. */
function calibratePart(part: Part): CalibrationReport {
  const keep = (id: string): boolean => callNumber(id) >= part.first && callNumber(id) <= part.last;
  const labelled: LabelSet = {
    calls: labels.calls.filter((l) => keep(l.callId)),
    turns: labels.turns.filter((l) => keep(l.callId)),
    enquiries: labels.enquiries.filter((l) => keep(l.callId)),
  };
  return calibrate(results.filter((r) => keep(r.callId)), labelled);
}

describe('fixtures/labelled', () => {
  it('is made of the parts, every call in one', () => {
    const numbers = results.map((r) => callNumber(r.callId));
    expect(numbers.every((n) => PARTS.some((p) => n >= p.first && n <= p.last))).toBe(true);
  });
});

describe.each(PARTS)('calibration floors on fixtures/labelled: $name', (part) => {
  let report: CalibrationReport;
  beforeAll(() => {
    report = calibratePart(part);
  });

  it('compares every labelled call of the part', () => {
    expect(report.missingCalls).toEqual([]);
    expect(report.callsCompared).toBe(part.last - part.first + 1);
  });

  it.each(Object.entries(part.acts))('act %s keeps F1 >= %s', (act, floor) => {
    const measured = report.acts.find((a) => a.act === act);
    expect(measured, act).toBeDefined();
    expect(measured!.f1 ?? 0).toBeGreaterThanOrEqual(floor - 1e-9);
  });

  it.each(Object.entries(part.rules))('rule %s keeps F1 >= %s', (rule, floor) => {
    const measured = report.rules.find((r) => r.rule === rule);
    expect(measured, rule).toBeDefined();
    expect(measured!.f1 ?? 0).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});

// Enquiry by enquiry (enquiry-labels.csv: graders who did not write the calls judged which agent turn addressed each
// enquiry of a random sample of calls): does callaudit leave the same enquiries unaddressed? Measured over the whole
// sample, which is spread across the parts. Set in the twenty-third session at its end's figures, rounded down to 0.05.
describe('enquiry floors on fixtures/labelled', () => {
  const FLOORS = { f1: 0.45, kappa: 0.35 };
  it.each(Object.entries(FLOORS))('left-unaddressed %s keeps >= %s', (measure, floor) => {
    const report = calibrate(results, { calls: [], turns: [], enquiries: labels.enquiries });
    expect(report.missingCalls).toEqual([]);
    expect(report.enquiries![measure as keyof typeof FLOORS] ?? 0).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
