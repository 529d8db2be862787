import type { UseQueryResult } from '@tanstack/react-query';
import { ApiErrorAlert } from './ApiErrorAlert';
import { Loading } from './Loading';

type QueryState = Pick<UseQueryResult<unknown>, 'isPending' | 'isError' | 'error' | 'refetch'>;

/**
 * Where a page's data stands while it is not there: "Wird geladen …" while the query runs, the error with a
 * retry button when it failed (unless `showError` is false, for a page that says more itself, e.g. 403).
 */
export function QueryStatus({ query, loadingText, showError = true }: { query: QueryState; loadingText?: string; showError?: boolean }) {
  return (
    <>
      {query.isPending && <Loading text={loadingText} />}
      {query.isError && showError && <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
