import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Under CI=true Ink renders only the final frame, which hides every intermediate
// frame that the component tests read. CI runs with CI=true, so clear it here.
delete process.env.CI;
// Times are shown on the reader's clock; pin it so expectations hold anywhere.
process.env.TZ = 'UTC';
// Every livedesk a test starts (children inherit this) keeps its archive, config and
// code cache in a fresh folder, never in the home directory of whoever runs the tests.
const home = mkdtempSync(path.join(tmpdir(), 'livedesk-test-home-'));
process.env.XDG_DATA_HOME = path.join(home, 'data');
process.env.XDG_CONFIG_HOME = path.join(home, 'config');
process.env.XDG_CACHE_HOME = path.join(home, 'cache');
// Tests that want a proxy set their own; one in the environment of whoever runs
// the tests would otherwise carry every loopback request of the CLI's children.
for (const name of ['http_proxy', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY']) delete process.env[name];
