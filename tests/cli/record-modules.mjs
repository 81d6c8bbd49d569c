// Preloaded with `node --import` by tests: appends the URL of every module the process
// loads to $LIVEDESK_TEST_MODULES, so a test can tell which bundle chunks a run needed.
import { register } from 'node:module';

const file = process.env.LIVEDESK_TEST_MODULES;
if (file) {
  const hooks = `
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, nextLoad) {
      appendFileSync(${JSON.stringify(file)}, url + '\\n');
      return nextLoad(url, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
