/** Finds the word a person most likely meant, for "did you mean ...?" hints. */

/** The candidate closest to `word` when one is close enough to be a likely typo, else null. */
export function closestWord(
  word: string,
  candidates: readonly string[],
  options: { prefixes?: boolean } = {},
): string | null {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    const distance = editDistance(lower, candidateLower);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Short words need an exact letter or two; longer ones tolerate a little more.
  if (best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 4))) return best;
  if (options.prefixes) {
    // "Monday" for "Mon", "Teacher" for "teacher": a longer spelling of an allowed short code.
    const prefixed = candidates.find((c) => c.length >= 2 && lower.startsWith(c.toLowerCase()));
    if (prefixed !== undefined) return prefixed;
  }
  return null;
}

/** Edits (insert, delete, change, swap two neighbours) that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(rows - 1, cols - 1);
}
