/**
 * Reading a Chromium trace for `bench:charts`: which main-thread tasks redrew a chart (they hold
 * the page's user-timing mark), how long each took, and, when the timeline category was traced,
 * where their time went (script, style, forced layout, paint), as self time per event name.
 */

/** A trace event as Chromium writes it (the fields read here). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Start, in µs. */
  readonly ts: number;
  /** Wall duration of a complete ('X') event, in µs. */
  readonly dur?: number;
  /** Thread (CPU) duration of a complete event, in µs. */
  readonly tdur?: number;
}

const endOf = (event: TraceEvent): number => event.ts + (event.dur ?? 0);

/** The renderer main-thread tasks (top-level RunTask events) that hold a `markName` mark, once each, in time order. */
export function markedTasks(events: readonly TraceEvent[], markName: string): TraceEvent[] {
  const marks = events.filter((event) => event.name === markName);
  const first = marks[0];
  if (!first) return [];
  const tasks = events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X')
    .filter((event) => event.pid === first.pid && event.tid === first.tid)
    .sort((a, b) => a.ts - b.ts);
  const found = new Set<TraceEvent>();
  for (const mark of marks) {
    const task = tasks.find((candidate) => candidate.ts <= mark.ts && mark.ts <= endOf(candidate));
    if (task) found.add(task);
  }
  return [...found];
}

/** CPU time of an event where the trace has it (thread timing), else its wall time, in µs. */
const cpuOf = (event: TraceEvent): number => event.tdur ?? event.dur ?? 0;

/**
 * CPU self time (ms) per event name inside `tasks`, summed: each complete event's CPU time minus
 * that of the events nested in it on the same thread. The task itself counts as 'RunTask' (its own
 * scheduling and anything not traced). CPU rather than wall time, so that other processes on a
 * busy machine do not land on whichever event they interrupted.
 */
export function selfTimeInside(
  events: readonly TraceEvent[],
  tasks: readonly TraceEvent[],
): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (name: string, us: number): void => {
    totals.set(name, (totals.get(name) ?? 0) + us / 1000);
  };
  for (const task of tasks) {
    const inside = events
      .filter(
        (event) =>
          event.ph === 'X' &&
          event.tid === task.tid &&
          event.pid === task.pid &&
          event.ts >= task.ts &&
          endOf(event) <= endOf(task),
      )
      // Outer events first: an earlier start, or the same start and a longer duration.
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: Array<{ event: TraceEvent; childUs: number }> = [];
    const close = (until: number): void => {
      for (let top = stack.at(-1); top && endOf(top.event) <= until; top = stack.at(-1)) {
        stack.pop();
        add(top.event.name, cpuOf(top.event) - top.childUs);
        const parent = stack.at(-1);
        if (parent) parent.childUs += cpuOf(top.event);
      }
    };
    for (const event of inside) {
      close(event.ts);
      stack.push({ event, childUs: 0 });
    }
    close(Number.POSITIVE_INFINITY);
  }
  return totals;
}
