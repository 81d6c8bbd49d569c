// slice-ansi for Ink's output module, remembered across frames (see string-width.ts).
import sliceAnsiOnce from 'slice-ansi';
import { remembered } from '../../remembered.js';

const sliceOf = remembered(5_000, (key: string) => {
  const [start, end, ...rest] = key.split(':');
  return sliceAnsiOnce(rest.join(':'), Number(start), end === '' ? undefined : Number(end));
});

export default function sliceAnsi(text: string, start: number, end?: number): string {
  return sliceOf(`${start}:${end ?? ''}:${text}`);
}
