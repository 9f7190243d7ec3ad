/**
 * Runs tasks that share one resource one after another, for the whole process. The queue
 * is kept on globalThis because Astro loads the integration afresh when its dev server
 * restarts, while what the tasks share (Pagefind's one service process) stays.
 */
export function inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
  const queues = globalThis as unknown as Record<symbol, Promise<unknown> | undefined>;
  const slot = Symbol.for(key);
  const mine = (queues[slot] ?? Promise.resolve()).then(task);
  // The next task waits for this one, failed or not.
  queues[slot] = mine.catch(() => undefined);
  return mine;
}
