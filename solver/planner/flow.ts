/**
 * Maximum flow (Dinic's algorithm) with the minimum cut it proves. The planner uses it to check
 * that the sessions it placed can all be staffed, and when they cannot, to learn which set of
 * people is too small for which sessions: that set becomes a new row of the placement model.
 */
export class FlowNetwork {
  private readonly head: number[] = [];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly capacity: number[] = [];
  private level: Int32Array = new Int32Array(0);
  private cursor: number[] = [];

  constructor(private nodes = 0) {
    for (let i = 0; i < nodes; i++) this.head.push(-1);
  }

  /** Adds a node and returns its number. */
  node(): number {
    this.head.push(-1);
    return this.nodes++;
  }

  /** Adds an edge (and its residual twin); returns the edge number. */
  edge(from: number, to: number, capacity: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.capacity.push(capacity, 0);
    this.next.push(this.head[from]!, this.head[to]!);
    this.head[from] = id;
    this.head[to] = id + 1;
    return id;
  }

  /** Flow currently on edge `id`. */
  flowOn(id: number): number {
    return this.capacity[id + 1]!;
  }

  /** Pushes the maximum flow from source to sink and returns its value. */
  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.bfs(source, sink)) {
      this.cursor = [...this.head];
      for (let pushed = this.dfs(source, sink, Number.POSITIVE_INFINITY); pushed > 0; pushed = this.dfs(source, sink, Number.POSITIVE_INFINITY)) {
        total += pushed;
      }
    }
    return total;
  }

  /** After maxFlow: the nodes still reachable from the source in the residual graph (its side of a minimum cut). */
  sourceSide(source: number): Set<number> {
    const seen = new Set([source]);
    const queue = [source];
    while (queue.length > 0) {
      const u = queue.shift()!;
      for (let e = this.head[u]!; e >= 0; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.capacity[e]! > 0 && !seen.has(v)) {
          seen.add(v);
          queue.push(v);
        }
      }
    }
    return seen;
  }

  private bfs(source: number, sink: number): boolean {
    this.level = new Int32Array(this.nodes).fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (let e = this.head[u]!; e >= 0; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.capacity[e]! > 0 && this.level[v]! < 0) {
          this.level[v] = this.level[u]! + 1;
          queue.push(v);
        }
      }
    }
    return this.level[sink]! >= 0;
  }

  private dfs(u: number, sink: number, limit: number): number {
    if (u === sink) return limit;
    for (; this.cursor[u]! >= 0; this.cursor[u] = this.next[this.cursor[u]!]!) {
      const e = this.cursor[u]!;
      const v = this.to[e]!;
      if (this.capacity[e]! <= 0 || this.level[v] !== this.level[u]! + 1) continue;
      const pushed = this.dfs(v, sink, Math.min(limit, this.capacity[e]!));
      if (pushed > 0) {
        this.capacity[e] = this.capacity[e]! - pushed;
        this.capacity[e + 1] = this.capacity[e + 1]! + pushed;
        return pushed;
      }
    }
    return 0;
  }
}
