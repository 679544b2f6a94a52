/** Why an edit was refused; the message is plain school language and nothing was written. */

export type RefusalReason =
  | 'invalid' // a value does not fit the staffroom/1 format
  | 'in-use' // something else in the school still refers to what would be removed
  | 'not-found' // the edit names something that is not there
  | 'conflict'; // the school has changed since, so an undo or redo no longer fits

/** An edit (or undo, or redo) that was refused and rolled back; `message` says why in plain words. */
export class EditRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** Where in the changed object the problem is, e.g. `skills.0.expires`, when it is one field. */
    readonly path?: string,
  ) {
    super(message);
    this.name = 'EditRefusedError';
  }
}
