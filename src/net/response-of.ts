// The response to a request that has been set up, with the fetch's abort signal
// reaching the response as well as the request.
import type { ClientRequest, IncomingMessage } from 'node:http';

/** Resolves with the response once it starts; the response dies with the signal too. */
export function responseOf(request: ClientRequest, signal: AbortSignal, onError: (error: unknown) => unknown = (error) => error): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request.once('response', (response) => {
      // The request's own abort does not always reach a response already being read.
      const destroy = (): void => {
        response.destroy();
      };
      signal.addEventListener('abort', destroy, { once: true });
      response.once('close', () => signal.removeEventListener('abort', destroy));
      resolve(response);
    });
    request.once('error', (error) => reject(onError(error)));
    request.end();
  });
}
