import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/export-csv.js';
import { sampleDesk } from '../fixtures/sample-desk.js';

/** A strict RFC 4180 reader, to check the writer from the outside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes what RFC 4180 requires and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('writes no control character a terminal would act on, the source column included', () => {
    expect(csvCell('/feeds/wire\x1b]0;PWNED\x07\u009b31m.rss')).toBe('/feeds/wire␛]0;PWNED␇\ufffd31m.rss');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // A tab is a space once sanitised; a formula behind spaces is still one to some spreadsheets.
    expect(csvCell('\t=1')).toBe("' =1");
    expect(csvCell('  =1')).toBe("'  =1");
    expect(csvCell('\r\n=1')).toBe(`"'\n=1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('toCsv', () => {
  it('writes one row per update with CRLF line ends, readable by a strict reader', () => {
    const desk = sampleDesk();
    const text = toCsv(desk);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['source', 'source_title', 'id', 'time', 'time_text', 'title', 'body', 'link', 'author', 'reactions']);
    expect(rows).toHaveLength(desk.updates.length + 1);
    expect(rows[1]).toEqual([
      'blog',
      'Kati mutiny, live',
      'u2',
      '2020-08-18T16:40:00.000Z',
      '',
      `'${desk.updates[0]!.title}`,
      desk.updates[0]!.body,
      'https://example.com/live#post-2',
      'Ana Silva',
      '1',
    ]);
    expect(rows[2]?.[5]).toBe("'-1 soldiers? @channel");
    expect(rows[4]?.slice(3, 5)).toEqual(['', 'Earlier']);
  });

  it('adds a read column when read state is given', () => {
    const desk = sampleDesk();
    const rows = parseCsv(toCsv(desk, { readKeys: new Set([desk.updates[0]!.key]) }));
    expect(rows.map((r) => r[10])).toEqual(['read', 'true', 'false', 'false', 'false']);
  });
});
