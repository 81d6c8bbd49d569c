// Child process for the lock tests: another program holding an archive's write
// lock, as a livedesk in the middle of a long write does. It takes the lock,
// says "locked", and lets go only when its stdin closes.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
process.stdin.resume();
process.stdin.on('end', () => {
  db.exec('ROLLBACK');
  db.close();
});
