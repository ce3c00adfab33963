/** What the queue needs of an idle period: how long is left of it (0 when none is). */
export interface IdleDeadline {
  timeRemaining(): number;
}

/** Schedules a callback for the next idle period: window.requestIdleCallback, or a stand-in where there is none. */
export type RequestIdle = (callback: (deadline: IdleDeadline) => void) => void;

/**
 * A queue of small tasks run in the browser's idle periods: in the order
 * they were queued, at least one per idle period and as many more as fit in
 * it. A task that throws does not stall the rest: they go on in the next
 * idle period, and the error is still thrown.
 */
export function createIdleQueue(requestIdle: RequestIdle): (task: () => void) => void {
  const tasks: (() => void)[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestIdle(drain);
  };
  function drain(deadline: IdleDeadline) {
    scheduled = false;
    try {
      do tasks.shift()!();
      while (tasks.length > 0 && deadline.timeRemaining() > 0);
    } finally {
      if (tasks.length > 0) schedule();
    }
  }
  return (task) => {
    tasks.push(task);
    schedule();
  };
}
