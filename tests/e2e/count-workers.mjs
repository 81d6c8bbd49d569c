// Loaded with `node --import` into livedesk's process by the worker test: appends one
// line to $LIVEDESK_TEST_WORKERS for every worker thread livedesk starts.
import { appendFileSync } from 'node:fs';

process.on('worker', () => appendFileSync(process.env.LIVEDESK_TEST_WORKERS, 'worker\n'));
