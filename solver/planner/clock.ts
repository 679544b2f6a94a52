/** A deadline the planner checks between steps. */
export interface Clock {
  /** Milliseconds left, never below zero. */
  left(): number;
}

/** A clock running out `ms` milliseconds from now. */
export function clockFor(ms: number): Clock {
  const deadline = Date.now() + ms;
  return { left: () => Math.max(0, deadline - Date.now()) };
}
