const pending = new Set<() => void>();

process.on('exit', () => {
  for (const task of pending) task();
});

/**
 * Runs the synchronous `task` when the process exits (returning, `process.exit`, an uncaught error; not
 * on a signal the process does not handle, nor on SIGKILL). The returned function runs it now instead.
 */
export function runAtExit(task: () => void): () => void {
  pending.add(task);
  return () => {
    if (pending.delete(task)) task();
  };
}
