import { useStdout } from 'ink';
import { useEffect } from 'react';
import type { TerminalSize } from '../state/layout.js';

export function readSize(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** Ink ignores resizes when it believes it runs in CI, so listen ourselves. */
export function useTerminalResize(onResize: (size: TerminalSize) => void): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const handle = () => onResize(readSize(stdout));
    stdout.on('resize', handle);
    return () => {
      stdout.off('resize', handle);
    };
  }, [stdout, onResize]);
}
