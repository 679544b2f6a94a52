/** Runs one client call when a screen appears (and again on retry), tracking loading and failure. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/result';

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'done'; value: T };

export function useRequest<T>(load: () => Promise<T>): [RequestState<T>, () => void] {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'failed', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('internal', 'Something went wrong in this window. Reloading it may help.');
}
