// widest-line for Ink's text layout (render-node-to-output.js): it measures every text
// node's widest line in every frame, with no cache, so each row of the timeline went
// through string-width again at every key (a sixth of a key press's CPU). The width of
// a text never changes, and Ink only reads the number, so it is remembered across frames.
import widestLineOnce from 'widest-line';
import { remembered } from '../../remembered.js';

const widthOf = remembered(20_000, (text: string) => widestLineOnce(text));

export default function widestLine(text: string): number {
  return widthOf(text);
}
