// A worker thread of auditBatch: audits whole files and streams the results back in chunks.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { prepareAuditor, type BatchSettings, type WireItem, type WorkerMessage } from './batch.js';

/** Results per message: small enough to keep memory flat, large enough that messaging costs little. */
const CHUNK = 64;

const auditFile = await prepareAuditor(workerData as BatchSettings);
const port = parentPort!;

port.on('message', async ({ job, file }: { job: number; file: string }) => {
  const send = (message: WorkerMessage): void => port.postMessage(message);
  try {
    let items: WireItem[] = [];
    for await (const item of auditFile(file)) {
      items.push(item instanceof InputError ? { error: { file: item.file, location: item.location, reason: item.reason } } : { result: item });
      if (items.length === CHUNK) {
        send({ job, items, last: false });
        items = [];
      }
    }
    send({ job, items, last: true });
  } catch (error) {
    send({ job, bug: (error as Error)?.stack ?? String(error) });
  }
});
