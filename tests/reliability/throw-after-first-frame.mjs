// Loaded with `node --import` into livedesk's own process by the process-exit test:
// once the dashboard has drawn its first frame, a timer throws, as a bug in an
// event handler would. Nothing in livedesk knows about it.
const write = process.stdout.write.bind(process.stdout);
let armed = false;
process.stdout.write = (chunk, ...rest) => {
  const written = write(chunk, ...rest);
  if (!armed && String(chunk).includes('\x1b[?1049h')) {
    armed = true;
    setTimeout(() => {
      throw new Error('injected fault');
    }, 1_000);
  }
  return written;
};
