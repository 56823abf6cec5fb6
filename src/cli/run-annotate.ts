// `callaudit annotate`, the work: audit each call and print its turns with their acts and findings.
import { auditCall } from '../audit/audit-call.js';
import { resolveRules } from '../audit/run-rules.js';
import { InputError } from '../errors.js';
import { applyIdentity } from '../read/agent-identity.js';
import { readInputs } from '../read/index.js';
import { formatTurnsJsonl } from '../report/annotate/jsonl.js';
import { turnRecords } from '../report/annotate/records.js';
import { formatTurnsTable } from '../report/annotate/table.js';
import { chalkLevel } from '../report/color.js';
import type { AnnotateFlags } from './annotate.js';
import { EXIT, openSink, reportInputError, toReadOptions } from './shared.js';

export async function runAnnotate(paths: string[], flags: AnnotateFlags): Promise<number> {
  const rules = resolveRules({});
  const sink = openSink(flags.output);
  const color = chalkLevel({ isTTY: sink.isTTY, env: process.env }) > 0;
  let errors = 0;
  for await (const item of readInputs(paths, toReadOptions(flags))) {
    if (item instanceof InputError) {
      errors++;
      reportInputError(item);
      continue;
    }
    const call = applyIdentity(item, { agent: flags.agent });
    const result = auditCall(call, { rules, redact: flags.redact });
    const records = turnRecords(call, result, { redact: flags.redact });
    await sink.write(flags.format === 'jsonl' ? formatTurnsJsonl(records) : formatTurnsTable(result.key, records, { color }));
  }
  await sink.close();
  return errors ? EXIT.error : EXIT.ok;
}
