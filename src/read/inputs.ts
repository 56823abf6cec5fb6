// Expands command-line paths (files, folders, globs, "-") into the ordered list of files to read.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { readers } from './formats/index.js';

/** Extensions picked up when walking a folder; files named explicitly or by a glob are read whatever their name. */
export const TRANSCRIPT_EXTENSIONS = ['.json', '.jsonl', '.ndjson', '.txt', '.csv', '.vtt', '.srt'];

/** "-" on the command line: read standard input. */
export const STDIN_PATH = '-';

/** One file to read, or the error for a path that named nothing readable; in command-line order. */
export type InputEntry = string | InputError;

/**
 * Expands paths in the order given: a file as itself, a folder recursively (sorted, skipping dotfiles and
 * node_modules, transcript extensions only), a glob the shell did not expand (sorted), "-" for stdin.
 * A file reached twice is read once. Missing paths and empty folders become InputErrors in place.
 */
export async function expandInputs(paths: readonly string[], extensions: readonly string[] = folderExtensions()): Promise<InputEntry[]> {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const seen = new Set<string>();
  const entries: InputEntry[] = [];
  const add = (file: string) => {
    const key = file === STDIN_PATH ? STDIN_PATH : resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(file);
  };

  for (const path of paths) {
    if (path === STDIN_PATH) {
      add(STDIN_PATH);
      continue;
    }
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      // tinyglobby is loaded only for a path that names no file: most runs name files or folders.
      const globber = info.code === 'ENOENT' ? await import('tinyglobby') : undefined;
      if (globber?.isDynamicPattern(path)) {
        const matches = await expandGlob(path, globber);
        if (matches.length === 0) entries.push(new InputError(path, '', 'no files match this pattern'));
        for (const match of sortPaths(matches)) add(match);
        continue;
      }
      entries.push(new InputError(path, '', info.code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${info.code ?? info.message}`));
      continue;
    }
    if (info.isDirectory()) {
      const found = sortPaths(await walk(path, wanted));
      if (found.length === 0) entries.push(new InputError(path, '', `no transcripts found in ${path}`));
      for (const file of found) add(file);
      continue;
    }
    add(path);
  }
  return entries;
}

/** Folder extensions: the defaults plus whatever a registered reader declares (a vendor format's own extension). */
export function folderExtensions(): string[] {
  const all = new Set(TRANSCRIPT_EXTENSIONS);
  for (const reader of readers) for (const ext of reader.extensions) all.add(ext);
  return [...all];
}

/** Globs from the pattern's static folder, so results keep the pattern's form (absolute stays absolute) and node_modules is skipped anywhere. */
async function expandGlob(pattern: string, { glob, isDynamicPattern }: typeof import('tinyglobby')): Promise<string[]> {
  const segments = pattern.split('/');
  let firstDynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  if (firstDynamic === -1) firstDynamic = segments.length - 1;
  const base = segments.slice(0, firstDynamic).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(firstDynamic).join('/');
  const matches = await glob(rest, { cwd: base, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
  return matches.map((match) => join(base, match));
}

async function walk(dir: string, wanted: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, wanted)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && wanted.has(extname(entry.name).toLowerCase())) {
      // Symlinked folders are not followed (no cycles); a symlink to a file is read like the file.
      if (entry.isSymbolicLink() && !(await stat(full).then((s) => s.isFile(), () => false))) continue;
      out.push(full);
    }
  }
  return out;
}

/** Code-point order: the same on every machine and locale. */
function sortPaths(paths: string[]): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
