// Ink draws every frame from scratch: each line of styled text is measured, cut to its
// box and split into styled characters again, with caches that last one frame. Between
// two frames almost every line is the same, and this work was most of a key press's
// cost (see `npm run bench -- --profile`). The build points the imports of Ink's output
// module at the modules in this folder, which remember results across frames. The values
// are the libraries' own, and Ink only reads them, so sharing them between frames is safe.
// This one is string-width.
import stringWidthOnce from 'string-width';
import { remembered } from '../../remembered.js';

const widthOf = remembered(20_000, (text: string) => stringWidthOnce(text));

export default function stringWidth(text: string): number {
  return widthOf(text);
}
