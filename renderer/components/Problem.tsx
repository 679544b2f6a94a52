/** A failed request, said plainly, with a way to try again where that can help. */
import type { ApiError } from '../../api/result';

export function Problem({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="problem" role="alert">
      <h2>Staffroom could not do that</h2>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
