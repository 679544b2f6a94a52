/** Findings about a school file, each tied to the place in the file it is about. */

/** A finding about the file: where it is (a JSON path such as `$.staff[3].name`) and what is wrong. */
export interface Problem {
  path: string;
  message: string;
}

/** Collects what the checks find: problems make a file invalid, warnings only inform. */
export class Findings {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  /** Records something that makes the file invalid. */
  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Records something a school should know about that does not make the file invalid. */
  warning(path: string, message: string): void {
    this.warnings.push({ path, message });
  }
}
