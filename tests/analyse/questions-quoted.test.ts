// Questions quoted in a story that runs across sentences and turns ("and he said" / "can i have it back"), and the turns that still ask.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/model/transcript.js';
import { analyse } from './helpers.js';

/** Whether the last turn of the call asks a question. */
const lastAsks = (...turns: Array<[Role, string]>) =>
  analyse(...turns).turns.at(-1)!.acts.some((a) => a.act === 'question');

describe('questions quoted across sentences and turns', () => {
  it.each<[string, Array<[Role, string]>]>([
    ['quotative ends the previous turn, listener backchannels', [['customer', 'so i rang them back and the man said'], ['agent', 'mm'], ['customer', 'can you give me the reference.']]],
    ['lower-case speech-to-text, same speaker straight on', [['customer', 'and then she goes'], ['customer', 'wheres your receipt']]],
    ['"i\'m like" closing the turn', [['customer', "and i'm like"], ['customer', 'why is it charging me twice']]],
    ['"i asked him"', [['customer', 'i asked him'], ['agent', 'right'], ['customer', 'will it be fixed by friday.']]],
    ['quotative sentence inside the turn', [['customer', 'So the engineer said. Can you move the sofa?']]],
    ['a quoted question goes on in the next turn', [['customer', "it's like, how do you know my number,"], ['customer', 'where did you get my details']]],
    ['a thought and its first word', [['customer', 'And I thought, gosh,'], ['customer', 'why would they cut us off']]],
    ['"i\'m going" as a quotative', [['customer', "and i'm going well how about a refund then"]]],
    ['"they go," before the question in the same sentence', [['customer', 'and they go, is this really what you ordered']]],
    ['a story told in the present, "they say, well,"', [['customer', 'and then they say, well, why should we refund it']]],
  ])('hears no question asked when %s', (_, turns) => {
    expect(lastAsks(...turns)).toBe(false);
  });

  it.each<[string, Array<[Role, string]>]>([
    ['the quotative was the other speaker\'s', [['customer', 'and then he said'], ['agent', 'sorry what did he say']]],
    ['"like i said" refers back, it quotes nothing', [['customer', 'like i said'], ['customer', 'can you check it again']]],
    ['"that\'s how it goes"', [['customer', "well that's how it goes"], ['customer', 'is there anything you can do']]],
    ['nobody told me', [['customer', 'Oh. Nobody told me.'], ['customer', 'Do I have to come in?']]],
    ['nobody asked me', [['customer', 'nobody asked me'], ['customer', 'do i need to sign anything']]],
    ['the listener took a long turn in between', [['customer', 'and he said'], ['agent', "right i can see the engineer's notes from tuesday here"], ['customer', 'can you send someone else']]],
    ['a statement closes the quotation', [['customer', "She said, where's your receipt? I don't keep receipts. Can you look it up with my card?"]]],
    ['"i\'m going to ask" is a plan', [['customer', "i'm going to ask, can you put me through to billing"]]],
    ['"i\'d say" gives a view before asking', [['customer', "i'd say, is it even worth fixing?"]]],
    ['"can i say" asks leave', [['customer', 'can i just say, do you know how long i have waited?']]],
  ])('still hears a question when %s', (_, turns) => {
    expect(lastAsks(...turns)).toBe(true);
  });
});
