// Test helpers for the vendor readers: load a fixture, run one reader, and insist on exactly one call.
import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/errors.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { parseJsonIfLikely } from '../../../src/read/detect.js';
import type { Reader, ReadItem, ReadOptions, SourceText } from '../../../src/read/types.js';

export function fixtureSource(path: string): SourceText {
  return { file: `fixtures/vendor/${path}`, text: readFileSync(`fixtures/vendor/${path}`, 'utf8') };
}

export function fixtureJson(path: string): any {
  return JSON.parse(fixtureSource(path).text);
}

/** Runs a reader the way detection would: JSON parsed once, handed to sniff and read. */
export function readWith(reader: Reader, source: SourceText, options: ReadOptions = {}): ReadItem[] {
  return [...reader.read(source, options, parseJsonIfLikely(source.text))];
}

export function readOne(reader: Reader, source: SourceText, options: ReadOptions = {}): Transcript {
  const items = readWith(reader, source, options);
  if (items.length !== 1) throw new Error(`expected one call, got ${items.length}`);
  const [item] = items;
  if (item instanceof Error) throw item;
  return item;
}

/** Builds an in-memory JSON source, for cases no fixture covers. */
export function jsonSource(value: unknown, file = 'inline.json'): SourceText {
  return { file, text: JSON.stringify(value) };
}

/** The InputError a reader throws (or yields) for this source; fails the test when there is none. */
export function inputErrorOf(reader: Reader, source: SourceText, options: ReadOptions = {}): InputError {
  try {
    const items = readWith(reader, source, options);
    const error = items.find((i): i is InputError => i instanceof InputError);
    if (error) return error;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, got calls only');
}
