// Ink 6.8 has no alternate screen: enter it ourselves and make sure every way
// out — quit, signal, crash — puts the reader's terminal back as it was.

const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

export interface ScreenGuard {
  restore(): void;
}

export function enterAlternateScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): ScreenGuard {
  let restored = false;
  stdout.write(ENTER_ALTERNATE_SCREEN);
  return {
    restore() {
      if (restored) return;
      restored = true;
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
      stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
    },
  };
}
