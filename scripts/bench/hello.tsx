// The baseline for start-up and for key latency: the smallest Ink app that stays up
// like the dashboard does and answers keys (it counts them), bundled exactly as the
// CLI is, so the difference from livedesk's figures is livedesk's own work.
import { Text, render, useApp, useInput } from 'ink';
import { useState } from 'react';

function Hello() {
  const { exit } = useApp();
  const [presses, setPresses] = useState(0);
  useInput((input) => {
    if (input === 'q') exit();
    else setPresses((count) => count + 1);
  });
  return <Text>Hello from Ink — {presses} keys</Text>;
}

render(<Hello />);
