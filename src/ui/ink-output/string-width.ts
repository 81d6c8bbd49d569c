// string-width for Ink's output module, remembered across frames (see remembered.ts).
import stringWidthOnce from 'string-width';
import { remembered } from './remembered.js';

const widthOf = remembered(20_000, (text: string) => stringWidthOnce(text));

export default function stringWidth(text: string): number {
  return widthOf(text);
}
