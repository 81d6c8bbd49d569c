// Per pattern row: what it found right, what it gave the wrong actor, and what else it
// proposed. Filled from both kinds of labelled set, printed by the eval script.

export interface RowTally {
  right: number;
  wrong: number;
  other: number;
}

export class PatternTally {
  readonly rows = new Map<string, RowTally>();

  add(row: string, verdict: keyof RowTally): void {
    let t = this.rows.get(row);
    if (t === undefined) {
      t = { right: 0, wrong: 0, other: 0 };
      this.rows.set(row, t);
    }
    t[verdict]++;
  }

  /** Rows sorted by how much they find. */
  sorted(): Array<[string, RowTally]> {
    return [...this.rows].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong) || a[0].localeCompare(b[0]));
  }
}
