/** A small row-wise builder for sparse MIPs, handed to HiGHS as typed CSR arrays. */

export class SparseModel {
  readonly colCost: number[] = [];
  readonly colLower: number[] = [];
  readonly colUpper: number[] = [];
  readonly integer: boolean[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  private readonly rowStarts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];

  get numCols(): number {
    return this.colCost.length;
  }

  get numRows(): number {
    return this.rowLower.length;
  }

  get nonzeros(): number {
    return this.indices.length;
  }

  /** Adds a column and returns its index. */
  addCol(lower: number, upper: number, integer: boolean, cost = 0): number {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.integer.push(integer);
    return this.colCost.length - 1;
  }

  /** Adds `lower <= sum(coef * x) <= upper`; repeated columns are merged. */
  addRow(lower: number, upper: number, cols: readonly number[], coefs?: readonly number[]): void {
    const merged = new Map<number, number>();
    cols.forEach((c, k) => merged.set(c, (merged.get(c) ?? 0) + (coefs ? (coefs[k] as number) : 1)));
    const sorted = [...merged.entries()].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
    for (const [c, v] of sorted) {
      this.indices.push(c);
      this.values.push(v);
    }
    this.rowStarts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  /** The CSR arrays of rows [from, to) that HiGHS takes. */
  rows(from = 0, to = this.numRows): { starts: Int32Array; indices: Int32Array; values: Float64Array } {
    const first = this.rowStarts[from] as number;
    const last = this.rowStarts[to] as number;
    return {
      starts: Int32Array.from(this.rowStarts.slice(from, to + 1), (v) => v - first),
      indices: Int32Array.from(this.indices.slice(first, last)),
      values: Float64Array.from(this.values.slice(first, last)),
    };
  }
}
