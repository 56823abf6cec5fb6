// Cue phrases of customer emotion: frustration, worry, loss, anger (negative) and relief, gratitude (positive).
import type { CueEntry } from '../cues.js';

export const NEGATIVE_EMOTION: CueEntry[] = [
  '(frustrated|frustrating|frustration|annoyed|annoying|angry|furious|livid|mad at|upset|fed up|sick of|tired of|disgusted|outraged)',
  '(worried|worry|worrying|anxious|nervous|scared|afraid|stressed|stressful|panicking|panic|concerned|freaking out)',
  '(ridiculous|unacceptable|absurd|outrageous|insane|pathetic|useless|terrible|horrible|awful|disgraceful|a joke|a nightmare)',
  '(i|we) (lost|have lost|\'ve lost|missed)',
  '(disappointed|disappointing|let down|devastated|heartbroken|depressed|miserable|hopeless|helpless|desperate|lonely|overwhelmed|exhausted|sad|hurt|crying)',
  '(nobody|no one|none of you) (helps|cares|listens|has helped|will help|is helping|seems to care)',
  '(second|third|fourth|fifth|sixth|tenth|another) time (i\'ve|i have|i am|i\'m|that i|we\'ve|i) (called|calling|rung|had to call)',
  '(calling|called|rung) (again|(for the )?(\\d+|two|three|four|five|several|many|multiple) times)',
  '(been|kept) (waiting|on hold) (for )?(hours|days|weeks|forever|ages)',
  'still (waiting|haven\'t|have not|hasn\'t|no)',
  'this is (the )?(last straw|ridiculous|unacceptable|a disgrace|insane|crazy|so annoying)',
  'what a (mess|nightmare|joke|pain)',
  '(i\'m|i am) (so |really |very |extremely )?(done|fed up|over it|at my wits end|losing my mind)',
  'waste of (my )?time',
  '(i\'ll|i will|i\'m going to|i\'m gonna) (cancel|leave|switch|complain|report)',
  'can\'t (believe|afford|sleep|cope|take it|stand)',
  '(struggling|struggle|suffering|hate|hated)',
];

export const POSITIVE_EMOTION: CueEntry[] = [
  'thank you (so|very) much',
  'thanks (so|very) much',
  '(thanks|thank you) a (lot|ton|million)',
  '(really|truly|much) appreciate',
  'i appreciate (it|that|your|you)',
  '(that\'s|that is|this is|it\'s|you\'re|you are) (great|wonderful|amazing|awesome|fantastic|brilliant|perfect|excellent|lovely|so helpful|very helpful|a lifesaver|a relief)',
  '(what a|such a) relief',
  '(i\'m|i am) (so |really |very )?(happy|glad|relieved|pleased|thrilled|delighted|grateful)',
  '(you\'ve|you have) been (so |very |really )?(helpful|great|wonderful|amazing|kind)',
  '(awesome|fantastic|wonderful|brilliant|amazing|excellent)',
];
