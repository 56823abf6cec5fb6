// Small helpers for the reader tests: split a read into calls and errors, and read fixtures by name.
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/errors.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { ReadItem } from '../../src/read/types.js';

export function callsOf(items: Iterable<ReadItem>): Transcript[] {
  return [...items].filter((item): item is Transcript => !(item instanceof InputError));
}

export function errorsOf(items: Iterable<ReadItem>): InputError[] {
  return [...items].filter((item): item is InputError => item instanceof InputError);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

export function fixturePath(path: string): string {
  return new URL(`../../fixtures/${path}`, import.meta.url).pathname;
}

/** Exactly one call, or a failure that says what came back instead. */
export function onlyCall(items: Iterable<ReadItem>): Transcript {
  const all = [...items];
  const errors = errorsOf(all);
  if (errors.length > 0) throw new Error(`expected a call, got errors: ${errors.map((e) => e.message).join('; ')}`);
  if (all.length !== 1) throw new Error(`expected one call, got ${all.length}`);
  return all[0] as Transcript;
}

/** Exactly one InputError, or a failure that says what came back instead. */
export function onlyError(items: Iterable<ReadItem>): InputError {
  const all = [...items];
  const errors = errorsOf(all);
  if (errors.length !== 1 || all.length !== 1) {
    throw new Error(`expected one error, got ${all.length} items: ${all.map((i) => (i instanceof InputError ? i.message : `call ${i.id}`)).join('; ')}`);
  }
  return errors[0];
}
