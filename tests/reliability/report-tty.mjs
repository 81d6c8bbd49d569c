// Runs livedesk in the terminal it was started in and, once livedesk has ended,
// prints the terminal's own settings (stty -a). Raw mode is a setting of the
// terminal, not bytes in the output, so only a process still attached to that
// terminal afterwards can tell whether livedesk switched it off again.
// Usage: node report-tty.mjs PID_FILE CLI [ARGS…]
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [pidFile, ...command] = process.argv.slice(2);
const child = spawn(process.execPath, command, { stdio: 'inherit' });
// The test signals livedesk itself, never this process, so it needs its pid.
writeFileSync(pidFile, String(child.pid));
child.on('exit', (code, signal) => {
  const stty = spawnSync('stty', ['-a'], { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' });
  const settings = (stty.stdout ?? '').replace(/\s+/g, ' ').trim();
  process.stdout.write(`\r\n[report-tty] exit=${code ?? signal}\r\n[report-tty] stty: ${settings}\r\n[report-tty] end\r\n`);
});
