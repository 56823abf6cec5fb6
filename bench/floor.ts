// The benchmark's floor: read and JSON-parse every call on one core, nothing else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let calls = 0;
let turns = 0;
for (const file of files(process.argv[2])) {
  const text = readFileSync(file, 'utf8');
  const records = file.endsWith('.jsonl') ? text.split('\n').filter(Boolean) : [text];
  for (const record of records) {
    const call = JSON.parse(record) as { turns: unknown[] };
    calls++;
    turns += call.turns.length;
  }
}
process.stdout.write(`${JSON.stringify({ calls, turns })}\n`);
