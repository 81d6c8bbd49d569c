// An option nobody knows, said in one line with the option that was probably
// meant. Node's parseArgs says it in a long sentence that ends on an open quote.

/** Edit distance with transpositions: "--jsno" is one step from "--json". */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

const bare = (option: string) => option.replace(/^-+/u, '').split('=')[0]!.toLowerCase();

/** The known option closest to what was typed, or null when none is close. */
export function closestOption(typed: string, known: readonly string[]): string | null {
  const name = bare(typed);
  if (name === '') return null;
  const longs = known.filter((option) => option.startsWith('--'));
  // A unique beginning: "--arch" for "--archive".
  const starts = longs.filter((option) => bare(option).startsWith(name));
  if (name.length >= 3 && starts.length === 1) return starts[0]!;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const option of longs) {
    const steps = distance(name, bare(option));
    if (steps < bestDistance) [best, bestDistance] = [option, steps];
  }
  // Two slips in a long name, one in a short one; beyond that it is a guess.
  return bestDistance <= (name.length >= 6 ? 2 : 1) ? best : null;
}

/** "unknown option '--jsno': did you mean --json?" */
export function unknownOptionMessage(typed: string, known: readonly string[], help: string): string {
  const option = typed.split('=')[0]!;
  const closest = closestOption(option, known);
  return closest === null ? `unknown option '${option}' (${help} lists them)` : `unknown option '${option}': did you mean ${closest}?`;
}

/** The option Node's parseArgs did not know, from its error; null for any other error. */
export function unknownOptionIn(error: unknown): string | null {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return null;
  return /^Unknown option '([^']*)'/u.exec(error instanceof Error ? error.message : '')?.[1] ?? null;
}
