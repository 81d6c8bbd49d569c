// How many big reads run at once. Each big read is a worker thread of its own, with an
// XML tree many times its text: a hundred sources polled together started a hundred of
// them, gigabytes between them. Behind the gate the others wait their turn, in order.
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createGate(limit: number): Gate {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its place straight to the next in line, so no newcomer slips in between.
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  };
  return {
    async run(task) {
      if (running < limit) running++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
