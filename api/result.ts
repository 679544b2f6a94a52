/**
 * How a result crosses a process boundary (Electron IPC or the local HTTP server): an envelope,
 * so an error keeps its code and field path instead of arriving as a bare string.
 * Runtime code here is plain TypeScript with no imports: the renderer and the preload use it too.
 */

export const API_ERROR_CODES = [
  'invalid-input', // the payload does not match the channel's schema; nothing was written
  'unknown-channel', // no such channel in the contract
  'forbidden', // the caller is not the app's own window or page
  'no-school', // no school has been opened in this data folder yet
  'school-exists', // the data folder already holds a school that would be replaced
  'url-not-allowed', // an external link that is not on the allow-list
  'database-too-new', // the data file was written by a newer Staffroom
  'cannot-undo', // an undo or redo no longer fits the school as it is now; nothing was changed
  'bad-response', // the other side answered with something that is not an envelope
  'desktop-only', // only the desktop app can do this (e.g. save a PDF without the print dialog)
  'internal', // a fault in the app; details are in the log, never in the message
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  /** Plain words for the person using the app. */
  message: string;
  /** Where in the input the problem is, e.g. `phase` or `pupils.3.name`. */
  path?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** The one error type every channel throws on the calling side. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly path: string | undefined;

  constructor(code: ApiErrorCode, message: string, path?: string) {
    super(message);
    this.code = code;
    this.path = path;
  }

  toBody(): ApiErrorBody {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}

export function success<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function failure<T = never>(error: ApiErrorBody): Envelope<T> {
  return { ok: false, error };
}

/** True for anything shaped like an envelope; used on data that arrived from elsewhere. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes(error.code) &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/** The value of a successful envelope; throws the typed ApiError of a failed one. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  const { code, message, path } = envelope.error;
  throw new ApiError(code, message, path);
}
