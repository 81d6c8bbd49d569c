// Under CI=true Ink renders only the final frame, which hides every intermediate
// frame that the component tests read. CI runs with CI=true, so clear it here.
delete process.env.CI;
