// Word wrapping by display width (CJK and emoji take two columns), so the detail
// view knows exactly how many rows a body takes and can scroll it line by line.
import stringWidth from 'string-width';

function splitLongWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && stringWidth(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraphLine(line: string, width: number): string[] {
  const words = line.split(/ +/).filter((word) => word !== '');
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const word of words) {
    const wordWidth = stringWidth(word);
    if (wordWidth > width) {
      if (current !== '') lines.push(current);
      const pieces = splitLongWord(word, width);
      current = pieces.pop() ?? '';
      currentWidth = stringWidth(current);
      lines.push(...pieces);
      continue;
    }
    if (current === '') {
      current = word;
      currentWidth = wordWidth;
    } else if (currentWidth + 1 + wordWidth <= width) {
      current += ' ' + word;
      currentWidth += 1 + wordWidth;
    } else {
      lines.push(current);
      current = word;
      currentWidth = wordWidth;
    }
  }
  lines.push(current);
  return lines;
}

/** Wraps each line of `text` to `width` columns; blank lines are kept. */
export function wrapText(text: string, width: number): string[] {
  const safeWidth = Math.max(1, Math.floor(width));
  return text.split('\n').flatMap((line) => wrapParagraphLine(line, safeWidth));
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts a single line to `width` columns, ending in … when something was cut. */
export function truncateLine(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  // One pass, adding up each character's width: measuring the growing prefix again at
  // every character made a screen of titles a noticeable part of the first frame.
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const cells = stringWidth(segment);
    if (used + cells > width - 1) break;
    out += segment;
    used += cells;
  }
  return out + '…';
}
