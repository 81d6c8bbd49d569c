// The benchmark's output: livedesk's own figures against their targets, then livedesk
// beside newsboat with the ratio each target is stated in, then the notes.
import type { Row } from './bench-context.js';
import type { SideRow } from './side-by-side.js';

const mark = (pass: boolean | null) => (pass === null ? '–' : pass ? '✓' : '✗');

/** A Markdown table, columns padded to line up in a terminal too. */
export function markdownTable(header: string[], body: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|', ...body.map(line)].join('\n') + '\n';
}

export function printTable(rows: readonly Row[], sideRows: readonly SideRow[], notes: readonly string[]): void {
  if (rows.length > 0) process.stdout.write(markdownTable(['measure', 'figure', 'target', '✓/✗'], rows.map((row) => [row.measure, row.figure, row.target, mark(row.pass)])));
  if (sideRows.length > 0) {
    process.stdout.write(rows.length > 0 ? '\n' : '');
    process.stdout.write(
      markdownTable(
        ['side by side, same run', 'newsboat', 'livedesk', 'livedesk ÷ newsboat', 'target', '✓/✗'],
        sideRows.map((row) => [row.measure, row.newsboat, row.livedesk, row.ratio, row.target, mark(row.pass)]),
      ),
    );
  }
  if (notes.length > 0) process.stdout.write('\n' + notes.map((note) => `- ${note}`).join('\n') + '\n');
}
