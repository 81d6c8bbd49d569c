// Waiting for something a test cannot be told about directly: checked again every few
// milliseconds until it holds, and a failure that names what never happened.

/** Resolves once `condition()` holds; rejects after `timeoutMs` with `what` in the message. */
export async function waitFor(condition: () => boolean, what: string | (() => string), timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
