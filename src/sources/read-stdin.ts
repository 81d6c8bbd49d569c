// Standard input as a source, named "-": `curl … | livedesk -`. It is read once,
// under the same two limits as any file or download (--max-size, --timeout), and
// let go of when either is reached, so a writer that never stops cannot hold the run.
import type { LocalFile } from './read-local-file.js';
import { overSize, pastDeadline } from './read-local-file.js';
import type { ReadLimits } from './read-limits.js';

export const STDIN_SOURCE = '-';

export function readStdin(limits: ReadLimits, stream: NodeJS.ReadStream = process.stdin): Promise<LocalFile> {
  if (stream.isTTY === true) {
    return Promise.reject(new Error('standard input is the terminal: pipe a feed into it, as in curl -s URL | livedesk -'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: () => void) => {
      clearTimeout(deadline);
      stream.off('data', take);
      stream.off('end', done);
      stream.off('error', failed);
      outcome();
    };
    const stop = (error: Error) =>
      finish(() => {
        stream.destroy();
        reject(error);
      });
    const take = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) stop(overSize(limits));
      else chunks.push(chunk);
    };
    const done = () => finish(() => resolve({ bytes: Buffer.concat(chunks, received), modified: new Date() }));
    const failed = (error: Error) => stop(error);
    const deadline = setTimeout(() => stop(pastDeadline(limits, received)), limits.timeoutMs);
    stream.on('data', take);
    stream.once('end', done);
    stream.once('error', failed);
  });
}
