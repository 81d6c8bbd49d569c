// Under CI=true Ink renders only the final frame, which hides every intermediate
// frame that the component tests read. CI runs with CI=true, so clear it here.
delete process.env.CI;
// Times are shown on the reader's clock; pin it so expectations hold anywhere.
process.env.TZ = 'UTC';
