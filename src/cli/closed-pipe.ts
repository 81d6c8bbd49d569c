// A reader that stops reading (`livedesk --print … | head -1`) is a normal end of a
// command-line tool, not an error: without a listener Node throws the EPIPE with a
// stack trace. Any other failure to write is one line and exit 1.

const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * Resolves once `stream`'s reader has gone away. From then on writes to it are
 * dropped quietly; a run with nothing else to do just ends (exit code unchanged),
 * and a run that would go on (--follow) waits on the promise to stop.
 */
export function whenReaderCloses(stream: NodeJS.WriteStream, describe: (message: string) => void): Promise<void> {
  return new Promise((resolve) => {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== undefined && CLOSED_CODES.has(error.code)) {
        resolve();
        return;
      }
      describe(`cannot write the output: ${error.message.split('\n')[0] ?? error.code ?? 'unknown error'}`);
      process.exit(1);
    });
  });
}
